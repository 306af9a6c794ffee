"""Whose day a day-word names (invented sentences). "Later that day", "that morning" in a past clause
go on from the last happening the narrative told as done, not from a day a plan or a quotation named
in between; "today", "yesterday" inside a quotation count from the day of the speech when the
attribution dates it, else from the article's day."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2031, 5, 7)  # a Wednesday: Tuesday is 6 May, Friday 9 May, Monday 5 May

# (article, the expression, the value it should take)
NARRATIVE = [
    # a day a quotation looks ahead to is not the narrative's day (was 2031-05-09)
    ('The storm hit the coast on Tuesday. "Power will be back on Friday," the mayor said. Later that '
     "day, crews cleared the roads.", "that day", "2031-05-06"),
    # nor a day a plan names (was 2031-05-09TEV)
    ("The storm hit the coast on Tuesday. Power is due back on Friday. That evening, crews cleared the "
     "roads.", "That evening", "2031-05-06TEV"),
    ("The strike began on Monday. The union will meet the owners on Friday. Earlier in the day, "
     "pickets blocked the gates.", "Earlier in the day", "2031-05-05"),
    # unchanged: a plain narrative, and a plan's own morning
    ("The storm hit the coast on Tuesday. That morning, crews cleared the roads.", "That morning",
     "2031-05-06TMO"),
    ("The council will vote on Friday. That morning, the mayor will meet the unions.", "That morning",
     "2031-05-09TMO"),
]

SPEECH = [
    # the attribution dates the speech (were 2031-05-07 and 2031-05-06)
    ('"We will sign the deal today," the chief executive said on Monday.', "today", "2031-05-05"),
    ('"We signed the deal yesterday," the chief executive said on Monday.', "yesterday", "2031-05-04"),
    ('The chief executive said on Monday: "We signed the deal yesterday."', "yesterday", "2031-05-04"),
    ('"We lost power yesterday," the mayor told reporters on March 4.', "yesterday", "2031-03-03"),
    ('"The vote is tomorrow," she said on March 3.', "tomorrow", "2031-03-04"),
    # a part of the speaker's day too (were 2031-05-06TNI and 2031-05-07TMO)
    ('"We heard shots last night," the mayor said on Monday.', "last night", "2031-05-04TNI"),
    ('"We met them this morning," the mayor said on Monday.', "this morning", "2031-05-05TMO"),
    ('"We heard shots last night," the mayor said.', "last night", "2031-05-06TNI"),
    # unchanged: an undated attribution is the article's day; a day-word outside any quotation
    ('"We will sign the deal today," the chief executive said.', "today", "2031-05-07"),
    ("The chief executive said on Monday that the deal was signed today.", "today", "2031-05-07"),
]


def _value(nlp, article: str, expression: str) -> list[str]:
    start = article.index(expression)
    return [t.value for t in find_timexes(article, PUBLISHED, nlp(article)) if t.start == start]


@pytest.mark.parametrize(("article", "expression", "value"), NARRATIVE)
def test_a_past_narrative_keeps_its_day(nlp, article, expression, value):
    assert _value(nlp, article, expression) == [value]


@pytest.mark.parametrize(("article", "expression", "value"), SPEECH)
def test_a_quoted_day_is_the_speakers(nlp, article, expression, value):
    assert _value(nlp, article, expression) == [value]


FILLER = "Crews on the pier said the water rose fast and the lights went out along the front. " * 3
# (article, the clock time, the value it should take): a day a speaker names is the speaker's
CLOCKS = [
    # a day named only in a quotation does not date the narrative's clock (was 2031-05-05T06:00)
    ('The mayor said: "We met the union on Monday and again this morning." The strike began at 6 a.m.',
     "6 a.m.", "2031-05-07T06:00"),
    ('"We met the union on Friday," the mayor said. At 9 p.m., the talks broke down.', "9 p.m.",
     "2031-05-07T21:00"),
    # the narrative's day named far back does not date a clock time in a quotation (was 2031-05-01T23:00)
    ("Fire crews reached the warehouse on Thursday, May 1. " + FILLER + '"It rang at 11 p.m.," a guard '
     "said.", "11 p.m.", "2031-05-07T23:00"),
    # unchanged: the narrative's own day, near or far; a quotation's own day for its own clock
    ("Fire crews reached the warehouse on Thursday, May 1. " + FILLER + "A guard heard the alarm at 11 "
     "p.m.", "11 p.m.", "2031-05-01T23:00"),
    ('Fire crews reached the warehouse on Thursday, May 1. "We woke up at 3 a.m. to the smoke," a '
     "neighbour said.", "3 a.m.", "2031-05-01T03:00"),
    ('"We got there on Monday and the roof fell at 9 p.m.," the chief said.', "9 p.m.", "2031-05-05T21:00"),
]


@pytest.mark.parametrize(("article", "expression", "value"), CLOCKS)
def test_a_clock_is_dated_by_a_day_of_its_own_voice(nlp, article, expression, value):
    assert _value(nlp, article, expression) == [value]
