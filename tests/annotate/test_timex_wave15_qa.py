"""Dates a reader of a celebrity court story would be misled by (issue 17, wave 15, a new user's view).
Invented sentences only.

* a hyphened verb in the simple past that the tagger reads as a participle ("after Jo rear-ended a
  van on June 8") still tells a past day: a participle with a subject of its own and no auxiliary is a
  finite past verb, and so is a past form parsed as a modifier of a noun but standing before the
  noun's article ("rear-ended a van": a modifier would stand after it, "a rear-ended van");
* a date naming a time limit that a verb of granting or setting gives ("has handed the firm a June 3
  deadline") lies after the setting, not before the telling: the day nearest the publication date;
  and it is the limit's day, not the setting's, so it dates no clause (no timeline row on that day)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes
from generator.models import Timex

THURSDAY = dt.date(2023, 5, 4)


def found(nlp: Language, text: str, parsed: bool = True) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, THURSDAY, nlp(text) if parsed else None)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Her new stay at the clinic comes after Jo Vale rear-ended a van with her car on June 8, and then "
     "lied to the police.", "June 8", "2022-06-08"),
    ("The suspension comes after Vale rear-ended a bus near the pier on June 8, the league said.",
     "June 8", "2022-06-08"),
    ("The fine comes after the trader short-changed a client on June 20, the board says.", "June 20",
     "2022-06-20"),
])
def test_a_hyphened_simple_past_dates_a_past_day(nlp: Language, parsed: bool, text: str, expression: str,
                                                  value: str) -> None:
    assert found(nlp, text, parsed)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The school will reopen on June 8, officials said.", "June 8", "2023-06-08"),
    ("Jo Vale is expected to return to court on June 8.", "June 8", "2023-06-08"),
    ("The van, hit on June 8, was towed away.", "June 8", "2022-06-08"),
])
def test_participles_without_their_own_subject_keep_their_reading(nlp: Language, text: str, expression: str,
                                                                  value: str) -> None:
    assert found(nlp, text)[expression] == value


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("She asked for a delay and the panel has given her a May 12 deadline, the agency said.", "May 12",
     "2023-05-12"),
    ("The council gave the builder a May 15 deadline to finish the roof.", "May 15", "2023-05-15"),
    ("The panel has handed the firm a May 15 deadline, the agency said.", "May 15", "2023-05-15"),
    ("The regulator set a deadline of May 20 for the report, the paper said.", "May 20", "2023-05-20"),
])
def test_a_deadline_set_in_the_past_is_the_nearest_day(nlp: Language, parsed: bool, text: str,
                                                        expression: str, value: str) -> None:
    assert found(nlp, text, parsed)[expression] == value


@pytest.mark.parametrize("parsed", [True, False])
def test_a_missed_deadline_keeps_the_past(nlp: Language, parsed: bool) -> None:
    text = "The firm missed a May 12 deadline, the regulator said."
    assert found(nlp, text, parsed)["May 12"] == "2022-05-12"


def test_a_deadline_set_months_back_stays_in_its_year(nlp: Language) -> None:
    # the nearest day of the three years is the one months back, as the past tense would give
    assert found(nlp, "The board set a deadline of March 1 for the bids.")["March 1"] == "2023-03-01"


def _timex(nlp: Language, text: str, expression: str) -> Timex:
    return next(t for t in find_timexes(text, THURSDAY, nlp(text)) if t.text == expression)


@pytest.mark.parametrize(("text", "expression"), [
    ("She asked for a delay and the panel has given her a May 12 deadline, the agency said.", "May 12"),
    ("The regulator set a deadline of May 20 for the report.", "May 20"),
])
def test_a_set_deadline_does_not_date_its_setting(nlp: Language, text: str, expression: str) -> None:
    timex = _timex(nlp, text, expression)
    assert timex.in_passing and timex.event is None


def test_a_missed_deadline_still_dates_its_clause(nlp: Language) -> None:
    timex = _timex(nlp, "The firm missed a May 12 deadline for the filing, the regulator said.", "May 12")
    assert not timex.in_passing and timex.event is not None
