""""The day before the vote", "the day after her death" (invented sentences): one day off the date the
article gives that happening, not off the last day the narrative named. Without a dated telling of
the happening, the narrative's last day still decides, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2031, 5, 7)  # a Wednesday

# (article, the expression, the value it should take)
ARTICLES = [
    # the happening told by its verb before the expression, another day named in between
    ("The council voted on the budget on March 3. The mayor spoke to reporters on March 1. "
     "The day before the vote, the mayor met the unions.", "The day before", "2031-03-02"),
    # told after the expression
    ("The mayor spoke to reporters on March 1. The day before the vote, the mayor met the unions. "
     "The council voted on the budget on March 3.", "The day before", "2031-03-02"),
    # an event noun whose verb is another word ("death" / "died")
    ("The singer died on Sunday. Her manager spoke on Tuesday. The day after her death, fans gathered "
     "at the theatre.", "The day after", "2031-05-05"),
    # the date on the noun itself ("the vote on March 3")
    ("The vote on March 3 was close. The mayor spoke on March 1. The day after the vote, the mayor "
     "resigned from office.", "The day after", "2031-03-04"),
    # a plan: the day before a vote that lies ahead
    ("The council will vote on Friday. The day before the vote, the mayor will meet the unions.",
     "The day before", "2031-05-08"),
    # no dated telling of the happening: the last day named decides, as before
    ("The mayor spoke on March 1. The day before the budget, the mayor met the unions.",
     "The day before", "2031-02-28"),
    # a date right after the expression still decides ("the day before Christmas")
    ("The storm hit on Tuesday. The day before Christmas, crews cleared the roads.", "The day before",
     "2030-12-24"),
]


@pytest.mark.parametrize(("article", "expression", "value"), ARTICLES)
def test_the_day_before_a_happening_counts_from_its_date(nlp, article, expression, value):
    start = article.index(expression)
    found = [t for t in find_timexes(article, PUBLISHED, nlp(article)) if t.start == start]
    assert [t.value for t in found] == [value]


def test_the_nearest_telling_before_the_expression_is_taken(nlp):
    article = ("Members voted on March 3. They voted again on March 10. The day after the vote, "
               "the chair resigned from the board.")
    start = article.index("The day after")
    found = [t for t in find_timexes(article, PUBLISHED, nlp(article)) if t.start == start]
    assert [t.value for t in found] == ["2031-03-11"]


# "One day after the loss", "a week after the vote": a counted amount before "after"/"before" and a
# happening the text dates is that day, not a duration (were P1D, P1W, P2D).
COUNTED = [
    ("The team lost the final on March 3. One day after the loss, the coach resigned.", "One day",
     "2031-03-04"),
    ("A week after the vote on March 3, the mayor resigned.", "A week", "2031-03-10"),
    ("The council voted on March 3. Two days before the vote, the mayor met the unions.", "Two days",
     "2031-03-01"),
    # unchanged: no dated happening, a duration as before
    ("One day after the budget, the mayor met the unions.", "One day", "P1D"),
]


@pytest.mark.parametrize(("article", "expression", "value"), COUNTED)
def test_a_counted_offset_from_a_dated_happening_is_a_day(nlp, article, expression, value):
    start = article.index(expression)
    found = [t for t in find_timexes(article, PUBLISHED, nlp(article)) if t.start == start]
    assert [t.value for t in found] == [value]


def test_the_date_of_the_happening_named_does_not_date_the_clause(nlp):
    article = "A week after the vote on March 3, the mayor resigned."
    by_text = {t.text: t for t in find_timexes(article, PUBLISHED, nlp(article))}
    assert by_text["March 3"].in_passing and not by_text["A week"].in_passing
    assert by_text["A week"].event is not None and "resigned" in by_text["A week"].event.text


@pytest.mark.parametrize("article", [
    "One day after the striker was ruled out for the season, the coach resigned.",
    "The club suspended the striker for the rest of the season.",
])
def test_a_season_after_for_says_how_long_and_dates_nothing(nlp, article):
    season = next(t for t in find_timexes(article, PUBLISHED, nlp(article)) if "season" in t.text)
    assert season.in_passing
