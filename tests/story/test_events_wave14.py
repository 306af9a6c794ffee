"""One real event, one row (issue 16, wave 14): a telling that is another cut short, word for word (an
outlet ran the same copy shortened), is the same event; a happening told as planned, agreed or due
("is scheduled to return") is told by the verb it plans. Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes
from generator.models import TimelineEntry, TimexEvent
from generator.story.same_event import cut_short
from generator.story.timeline import timeline_candidates
from tests.story.story_tools import annotated_article, timeline_of

TUESDAY = dt.date(2024, 3, 5)  # published the day after Monday 4 March 2024
LONG = ("a", "Sentencing will be formally announced on Monday before Judge Orla Vance in Tarrow.")
SHORT = ("b", "Sentencing will be formally announced on Monday.")


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, TUESDAY, f"Outlet {name}")
                        for name, text in articles])


def test_a_telling_cut_short_is_one_row_with_the_longer(nlp):
    rows = _rows(nlp, [LONG, SHORT])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-11", 2)]


def test_without_the_copy_rule_the_two_tellings_are_two_rows(nlp, monkeypatch):
    """The longer telling adds too many words for the overlap and near-identity tests, and the shorter
    names nobody and nothing the statement is about besides the happening."""
    monkeypatch.setattr("generator.story.same_event.cut_short", lambda a, b: False)
    assert len(_rows(nlp, [LONG, SHORT])) == 2


def _pair(nlp: Language, first: tuple[str, str], second: tuple[str, str]):
    pairs = [annotated_article(nlp, name, text, TUESDAY, f"Outlet {name}") for name, text in (first, second)]
    candidates = timeline_candidates([a for a, _ in pairs], [n for _, n in pairs], {}, {})
    by_article = {c.article.id: c for c in candidates}
    return by_article["a"], by_article["b"]


def test_cut_short_reads_the_words_in_order(nlp):
    long, short = _pair(nlp, LONG, SHORT)
    assert cut_short(long, short) and cut_short(short, long)


@pytest.mark.parametrize("other", [
    "Sentencing will be announced formally on Monday.",  # the same words, another order
    "Sentencing will be formally postponed on Monday.",  # another word
])
def test_other_words_or_another_order_is_no_copy(nlp, other):
    long, short = _pair(nlp, LONG, ("b", other))
    assert not cut_short(long, short)


def test_a_bare_clause_is_no_copy_of_every_longer_one(nlp):
    """"Sentencing will be announced" holds too few words to say which telling it was cut from."""
    long, short = _pair(nlp, LONG, ("b", "Sentencing will be announced on Monday."))
    assert not cut_short(long, short)


def test_the_copy_on_another_day_stays_apart(nlp):
    rows = _rows(nlp, [LONG, ("b", "Sentencing will be formally announced on Friday 15 March.")])
    assert len(rows) == 2


# --------------------------------------------------------------------------- a planned happening


def _events(nlp: Language, sentence: str) -> list[TimexEvent]:
    doc = nlp(sentence)
    timexes = find_timexes(sentence, TUESDAY, doc)
    attach_events(timexes, doc)
    return [timex.event for timex in timexes if timex.event is not None]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dana Orrin is scheduled to return to the sideline on Sunday.", "return"),
    ("Marlow Foods agreed on Monday to buy the Pellin dairy.", "buy"),
    ("The board decided on Saturday to dismiss the coach.", "dismiss"),
    ("Prices began to fall on Monday.", "fall"),
    ("The mayor refused to resign on Monday.", "refuse"),  # a refusal is no resignation
    ("The mayor threatened to quit on Monday.", "threaten"),
])
def test_a_planned_happening_is_told_by_the_verb_it_plans(nlp, sentence, expected):
    assert [event.predicate for event in _events(nlp, sentence)] == [expected]


def test_a_happening_and_its_schedule_are_one_row(nlp):
    rows = _rows(nlp, [
        ("a", "Dana Orrin will return to the sideline on Sunday after a long illness."),
        ("b", "Dana Orrin is scheduled to return as head coach of the Tarrow Owls on Sunday.")])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-10", 2)]


# --------------------------------------------------------------------------- a happening as the subject


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The blast shattered windows across Dunmore on Monday.", "blast"),
    ("The fire chief of Dunmore resigned on Monday.", ""),  # a chief, not a fire
    ("The council approved the budget on Monday.", ""),
    ("Officials said on Monday that the blast shattered windows.", ""),  # a report tells the report
])
def test_a_subject_that_names_a_happening_is_the_statement_s_happening(nlp, sentence, expected):
    assert [event.happening for event in _events(nlp, sentence)] == [expected]


FIRE = [("a", "Fire gutted the old Varga mill in Tarrow on Monday."),
        ("b", "The blaze that swept through the Varga mill in Tarrow took a piece of the town's past "
              "on Monday.")]


def test_a_happening_told_by_what_it_did_is_one_row_with_it(nlp):
    rows = _rows(nlp, FIRE)
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-04", 2)]
