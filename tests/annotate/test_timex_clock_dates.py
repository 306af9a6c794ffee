"""A clock time written next to the calendar date of its day is one TIME (issue 17, wave 14), as it
already was next to a weekday: "November 10 at 3 p.m.", "3 p.m. on March 3". Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

WEDNESDAY = dt.date(2024, 3, 13)


def found(nlp: Language, text: str, published: dt.date | None = WEDNESDAY,
          parsed: bool = True) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, published, nlp(text) if parsed else None)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The ferry left on March 4 at 3 p.m.", "March 4 at 3 p.m.", "2024-03-04T15:00"),
    ("The ferry will leave at 9:30 a.m. on April 2.", "9:30 a.m. on April 2", "2024-04-02T09:30"),
    ("The dam gave way on Monday, March 11 at approximately 4:15 am.",
     "Monday, March 11 at approximately 4:15 am", "2024-03-11T04:15"),
    ("The kiln was lit on 5 February 2021, at about 9pm.", "5 February 2021, at about 9pm",
     "2021-02-05T21:00"),
    # A weekday with its date after the clock: before, the date took the weekday and the clock was lost.
    ("The ferry left at 3 p.m. Monday, March 11, the port said.", "3 p.m. Monday, March 11",
     "2024-03-11T15:00"),
    ("The ferry left at 3 p.m. on Monday, 11 March.", "3 p.m. on Monday, 11 March", "2024-03-11T15:00"),
])
def test_a_clock_time_beside_its_date_is_one_time(nlp: Language, parsed: bool, text: str, expression: str,
                                                  value: str) -> None:
    assert found(nlp, text, parsed=parsed) == {expression: ("TIME", value)}


def test_without_a_publication_date_the_day_is_the_dates(nlp: Language) -> None:
    text = "The ferry left on March 4 at 3 p.m."
    assert found(nlp, text, None) == {"March 4 at 3 p.m.": ("TIME", "XXXX-03-04T15:00")}


@pytest.mark.parametrize(("text", "expected"), [
    # Not beside each other: two expressions.
    ("The ferry left on March 4 and docked at 3 p.m.", {"March 4", "3 p.m."}),
    # A clock with a day word of its own is no time of the date beside it.
    ("The ferry left at 3 p.m. yesterday, March 12 being a holiday.", {"3 p.m. yesterday", "March 12"}),
    # One hour of several days: the clock stays apart.
    ("The ferry sailed at 6 a.m. on 10 March and 11 March.", {"6 a.m.", "10 March", "11 March"}),
    ("The ferry sailed on 10 March and 11 March at 6 a.m.", {"6 a.m.", "10 March", "11 March"}),
    # A month or a year is no day: the clock stays apart.
    ("The ferry left in March at 3 p.m.", {"March", "3 p.m."}),
])
def test_what_is_no_clock_of_its_date_stays_apart(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(found(nlp, text)) == expected
