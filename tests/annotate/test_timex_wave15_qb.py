"""Dated statements a timeline row shows (wave 15, a new user's view of a sports-staff story).
Invented text.

* Years listed alone in a parenthesis name the occasions the noun before them counts ("a three-time
  champion (2011, '14, '17)"): none dates the clause (`timex/year_lists.py`).
* A sentence opened by a reporter's contact ("Reached by phone on Monday, X declined to comment"): the
  date is the clause's, and the row is that clause, not the participle alone
  (`timex/contact_participles.py`).
* A statement cut to its length never keeps a noun of part without its "of" phrase ("the end",
  "was part") nor a measure without the offset it measures ("three weeks" without "after the vote")
  (`timex/statement_cut.py`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes

DAY = dt.date(2025, 4, 3)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _events(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    timexes = find_timexes(text, DAY, doc)
    attach_events(timexes, doc)
    return [(t.text, t.event.text if t.event is not None else None) for t in timexes]


def test_years_listed_in_a_parenthesis_date_no_statement(nlp: Language) -> None:
    events = _events(nlp, "The three-time champion (2011, '14, '17, '19) led the club to eight cup finals.")
    assert all(event is None for _, event in events), events


@pytest.mark.parametrize("sentence", [
    "The two-time winner (1998 and 2003) opened the new track.",
    "A four-time finalist (2001, 2004, 2008, 2012) coached the junior side.",
])
def test_any_list_of_two_or_more_years_is_no_date_of_the_clause(nlp: Language, sentence: str) -> None:
    events = _events(nlp, sentence)
    assert events and all(event is None for _, event in events), events


@pytest.mark.parametrize(("sentence", "timex"), [
    ("The old mill (1911) burned down on Friday.", "Friday"),
    ("The champion won the race on Sunday, her third title (2011, '14, '17).", "Sunday"),
    ("The museum opened in 1999 and closed in 2003.", "1999"),
])
def test_a_date_outside_a_list_of_years_still_dates_its_clause(nlp: Language, sentence: str,
                                                               timex: str) -> None:
    events = dict(_events(nlp, sentence))
    assert events.get(timex), events


@pytest.mark.parametrize(("sentence", "row"), [
    ("Called at home yesterday, the mayor declined to comment.", "The mayor declined to comment"),
    ("Reached by telephone on Monday, Dan Pell declined to comment.", "Dan Pell declined to comment"),
    ("Asked about the delay on Friday, the minister said the bridge would open soon.",
     "The minister said the bridge would open soon"),
])
def test_a_sentence_opened_by_a_reporters_contact_is_dated_as_a_whole(nlp: Language, sentence: str,
                                                                       row: str) -> None:
    events = [event for _, event in _events(nlp, sentence)]
    assert events == [row], events


def test_another_opening_participle_keeps_its_own_date(nlp: Language) -> None:
    # an election in 2019 is no date of what the mayor does now
    events = dict(_events(nlp, "Elected in 2019, the mayor now runs the harbour board."))
    assert events.get("2019") != "The mayor now runs the harbour board", events


@pytest.mark.parametrize(("sentence", "kept"), [
    ("She also worked nine years as a clerk for the council, was part of the team under Lund when they won "
     "the county cup in 2014 and formed a close friendship with Ada Vell.", "part of the team"),
    # cut harder: the "of" phrase's object may not go alone either (before: "He was part")
    ("He also spent six years as a scout for the Owls, was part of the staff under Lund when they reached "
     "the county cup final in 2014 and formed a close bond with the young striker Ada Vell.",
     "part of the staff"),
])
def test_a_noun_of_part_keeps_its_of_phrase_when_a_statement_is_cut(nlp: Language, sentence: str,
                                                                    kept: str) -> None:
    row = dict(_events(nlp, sentence))["2014"]
    assert row is not None and kept in row, row


@pytest.mark.parametrize(("sentence", "timex", "row"), [
    ("In a sudden step nearly four weeks following the close of their campaign, the Owls dismissed Dan Pell "
     "on Tuesday after two years as manager and replaced him with Tom Ware, one of the best-loved players "
     "in club history.", "Tuesday",
     "In a sudden step, the Owls dismissed Dan Pell after two years as manager"),
    ("In an abrupt decision almost two weeks following the end of their tour, the band dropped its drummer "
     "Dan Pell on Friday after one year with the group and replaced him with Tom Ware, one of the best-known "
     "session players in the city.", "Friday",
     "In an abrupt decision, the band dropped its drummer after one year with the group"),
])
def test_a_measure_goes_with_the_offset_it_measures(nlp: Language, sentence: str, timex: str,
                                                    row: str) -> None:
    events = dict(_events(nlp, sentence))
    assert events[timex] == row, events
