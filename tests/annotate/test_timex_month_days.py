"""Days named by their place in a period (issue 17, wave 8), on invented sentences: "on the 15th" is a
day of the month in focus, "the last trading day of the year" the last weekday a market opens; and
"two years ago" stays one DATE, as TimeML's TIMEX3 writes it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

WEDNESDAY = dt.date(2024, 1, 17)


def found(nlp: Language, text: str, published: dt.date | None = WEDNESDAY,
          parsed: bool = True) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value)
            for t in find_timexes(text, published, nlp(text) if parsed else None)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    # The month the text last named.
    ("In October the shop was sold. On the 21st, the new owners reopened it.", "the 21st", "2023-10-21"),
    ("The ferry sailed on March 3, 2019 and docked on the 9th.", "the 9th", "2019-03-09"),
    # No month named: the publication date's, or the month before it for a day still to come in a
    # past clause, the month after it for a day gone by in a future clause.
    ("The council voted on the 8th to close the bridge.", "the 8th", "2024-01-08"),
    ("The council voted on the 28th to close the bridge.", "the 28th", "2023-12-28"),
    ("The council will vote on the 3rd.", "the 3rd", "2024-02-03"),
    ("The council will vote on the 29th.", "the 29th", "2024-01-29"),
    ("The road stays shut until the 25th, when repairs end.", "the 25th", "2024-01-25"),
    ("The mayor said on the 12th that the pool would reopen.", "the 12th", "2024-01-12"),
    ("The lake froze from the 2nd to the 9th of the month.", "the 9th of the month", "2024-01-09"),
    ("Ferries ran between the 3rd and the 9th, the port said.", "the 9th", "2024-01-09"),
    # A weekday before it: the month in which the day falls on that weekday.
    ("The hearing is set for Monday the 5th.", "Monday the 5th", "2024-02-05"),
    ("The hearing was held on Friday, the 29th.", "Friday, the 29th", "2023-12-29"),
])
def test_an_ordinal_day_is_a_day_of_the_month_in_focus(nlp: Language, text: str, expression: str, value: str,
                                                       parsed: bool) -> None:
    assert found(nlp, text, parsed=parsed)[expression] == ("DATE", value)


@pytest.mark.parametrize("text", [
    "The office is on the 15th floor.",
    "The chapel dates back to the 15th century.",
    "She finished on the 3rd hole in a tie.",
    "The riders turned onto the 5th Avenue bridge.",
    "He came back on the 2nd attempt.",
    "The 15th amendment was read aloud.",
    "The firm rents the 1st and the 2nd floors.",
    "Trade and the 5th fleet grew.",
])
def test_an_ordinal_before_a_noun_is_no_day(nlp: Language, text: str) -> None:
    assert not [key for key in found(nlp, text) if key.startswith("the ") and key[4:5].isdigit()
                and "century" not in key]


def test_an_ordinal_day_without_a_publication_date_keeps_its_day_only(nlp: Language) -> None:
    assert found(nlp, "The vote was held on the 14th.", published=None)["the 14th"] == ("DATE", "XXXX-XX-14")


def test_a_day_the_month_does_not_have_is_no_date(nlp: Language) -> None:
    assert "the 30th" not in found(nlp, "In February 2023 the port froze. On the 30th, ships left.")


@pytest.mark.parametrize(("text", "expression", "value"), [
    # 2023-12-31 is a Sunday: the last open day is Friday the 29th.
    ("Shares slipped on the last trading day of the year.", "the last trading day of the year", "2023-12-29"),
    # New Year's Day is closed: 2024-01-02.
    ("Shares rose on the first trading day of 2024.", "the first trading day of 2024", "2024-01-02"),
    ("Rents fall due on the last business day of the month.", "the last business day of the month",
     "2024-01-31"),
    # A past clause: last week's Friday; a future one: this week's.
    ("Volumes were thin on the final trading day of the week.", "the final trading day of the week",
     "2024-01-12"),
    ("The fund will close on the last trading day of the week.", "the last trading day of the week",
     "2024-01-19"),
    ("Dividends will be paid on the first business day of the quarter.",
     "the first business day of the quarter", "2024-04-01"),
    # The year the text last named.
    ("The index fell in 2019, and it closed lower on the last trading day of the year.",
     "the last trading day of the year", "2019-12-31"),
])
def test_the_first_or_last_trading_day_of_a_period(nlp: Language, text: str, expression: str,
                                                   value: str) -> None:
    assert found(nlp, text)[expression] == ("DATE", value)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bakery closed two years ago.", "two years ago", "2022"),
    ("The bridge opened three months ago.", "three months ago", "2023-10"),
])
def test_an_ago_is_one_date_as_timeml_writes_it(nlp: Language, text: str, expression: str,
                                                value: str) -> None:
    assert found(nlp, text)[expression] == ("DATE", value)
