"""Wave 10 (issue 17), invented sentences: a bare plural before "ago" is some of them ("decades ago",
PAST_REF, as "several decades ago" already was), and a verb that opens or closes a period takes it as
its object ("shares ended the week lower": that week, as "closed the day" already was), and a period
adjective ("the year-earlier quarter") is one period before the one in focus."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

WEDNESDAY = dt.date(2024, 1, 17)


def _found(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY, nlp(text))}


@pytest.mark.parametrize(("text", "expression"), [
    ("The rule was written decades ago.", "decades ago"),
    ("The deal was struck months ago by the two firms.", "months ago"),
    ("Shares peaked weeks ago.", "weeks ago"),
    ("The strike ended days ago, the union said.", "days ago"),
    ("The mill was founded years ago.", "years ago"),
])
def test_a_bare_plural_before_ago_is_some_time_before(nlp: Language, text: str, expression: str) -> None:
    assert _found(nlp, text)[expression] == ("DATE", "PAST_REF")


def test_a_number_before_ago_still_counts(nlp: Language) -> None:
    assert _found(nlp, "The plant opened two years ago.")["two years ago"] == ("DATE", "2022")


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Shares ended the week down 4%.", "the week", "2024-W03"),
    ("Stocks closed the year up 10%.", "the year", "2024"),
    ("Stocks started the month strongly.", "the month", "2024-01"),
    ("The bank opened the quarter with losses.", "the quarter", "2024-Q1"),
    ("Investors began the year in a gloomy mood.", "the year", "2024"),
    ("The Dow finished the day higher.", "the day", "2024-01-17"),
])
def test_a_period_a_verb_opens_or_closes_is_that_period(nlp: Language, text: str, expression: str,
                                                        value: str) -> None:
    assert _found(nlp, text)[expression] == ("DATE", value)


@pytest.mark.parametrize(("text", "words"), [
    ("The union started the week before the vote.", "the week"),  # "the week before": another rule's
    ("Officials opened the month of talks with a speech.", "the month"),  # a period of something
    ("The company ended the year-long strike on Monday.", "the year"),  # a compound
])
def test_a_period_verb_leaves_other_phrases_alone(nlp: Language, text: str, words: str) -> None:
    assert words not in _found(nlp, text)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Revenue in the year-earlier period was $2 billion.", "year-earlier", "2023"),
    ("Sales were up 4% on year-ago levels.", "year-ago", "2023"),
    ("Prices were above month-earlier levels.", "month-earlier", "2023-12"),
])
def test_a_period_adjective_is_one_period_before(nlp: Language, text: str, expression: str,
                                                  value: str) -> None:
    # wave 10: "the year-earlier quarter" read as "a year earlier" reads it
    assert _found(nlp, text)[expression] == ("DATE", value)
