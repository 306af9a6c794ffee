"""Words of the calendar found in one piece (invented sentences): "a fortnight" is two weeks and
"a fortnight ago" the day two weeks back; "midweek" the middle of a week; "the New Year" after a
preposition of time the holiday of January 1 (another calendar's New Year, a greeting, a name are
not it); a fiscal quarter keeps the fiscal year the text gives and stays vague without one (no
company's fiscal calendar is guessed); "the year's first quarter" is one expression ("last year's
first quarter" stays two, as test_timex_classes has it)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

A_MONDAY = dt.date(2024, 1, 8)
A_FRIDAY = dt.date(2024, 1, 12)
A_DECEMBER_DAY = dt.date(2023, 12, 14)


def _found(nlp: Language, text: str, published: dt.date = A_MONDAY) -> list[tuple[str, str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value, t.mod) for t in find_timexes(text, published, nlp(text))]


@pytest.mark.parametrize(("text", "expression", "kind", "value"), [
    ("The talks lasted a fortnight.", "a fortnight", "DURATION", "P2W"),
    ("The shop will open in a fortnight.", "a fortnight", "DURATION", "P2W"),
    ("The ferry stayed in port for the past fortnight.", "the past fortnight", "DURATION", "P2W"),
    ("He stayed for two fortnights.", "two fortnights", "DURATION", "P4W"),
    ("The mill shut a fortnight ago.", "a fortnight ago", "DATE", "2023-12-25"),
    ("The newsletter is sent fortnightly.", "fortnightly", "SET", "P2W"),
])
def test_a_fortnight_is_two_weeks(nlp: Language, text: str, expression: str, kind: str, value: str) -> None:
    assert (expression, kind, value) in [found[:3] for found in _found(nlp, text)]


def test_nearly_a_fortnight_keeps_its_bound(nlp: Language) -> None:
    assert ("nearly a fortnight", "DURATION", "P2W", "LESS_THAN") in _found(
        nlp, "The strike lasted nearly a fortnight.")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Ticket sales slowed midweek, the club said.", A_MONDAY, "2024-W01"),  # the week just gone
    ("Ticket sales slowed midweek, the club said.", A_FRIDAY, "2024-W02"),  # this week's Wednesday
    ("The board will decide midweek.", A_MONDAY, "2024-W02"),
    ("The board will decide mid-week.", A_FRIDAY, "2024-W03"),
])
def test_midweek_is_the_middle_of_a_week(nlp: Language, text: str, published: dt.date, value: str) -> None:
    found = [f for f in _found(nlp, text, published) if f[0].lower().startswith("mid")]
    assert found and found[0][2:] == (value, "MID")


def test_a_midweek_match_names_no_week(nlp: Language) -> None:
    assert not [f for f in _found(nlp, "The club loses a midweek match now and then.") if "mid" in f[0]]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The depot will reopen after the New Year.", A_DECEMBER_DAY, "2024-01-01"),
    ("The depot reopened after the New Year.", A_MONDAY, "2024-01-01"),
    ("Crowds filled the square over New Year's.", A_MONDAY, "2024-01-01"),
])
def test_the_new_year_is_the_holiday(nlp: Language, text: str, published: dt.date, value: str) -> None:
    found = [f for f in _found(nlp, text, published) if "New Year" in f[0]]
    assert found and found[0][1:3] == ("DATE", value)


@pytest.mark.parametrize("text", ["Crowds gathered for the Lunar New Year.",
                                  "Happy New Year, the mayor said.", "A New Year sale drew shoppers."])
def test_another_new_year_or_a_greeting_is_no_january_first(nlp: Language, text: str) -> None:
    assert not [f for f in _found(nlp, text) if f[2].endswith("-01-01")]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Profit rose in the fiscal first quarter.", "the fiscal first quarter", "XXXX-Q1"),
    ("Profit rose in the fiscal 2023 second quarter.", "the fiscal 2023 second quarter", "2023-Q2"),
    ("Profit rose in the fiscal third quarter of 2022.", "the fiscal third quarter of 2022", "2022-Q3"),
    ("Output fell in the year's first quarter.", "the year's first quarter", "2024-Q1"),
    ("Output fell in the year's second half.", "the year's second half", "2024-H2"),
])
def test_a_quarter_is_one_expression_with_the_year_the_text_gives(nlp: Language, text: str, expression: str,
                                                                   value: str) -> None:
    found = _found(nlp, text)
    assert [(f[0], f[2]) for f in found] == [(expression, value)]


@pytest.mark.parametrize(("text", "expression"), [
    # an era named after someone or something is a time gone by (was missed)
    ("The yard built its last ferry, ending the Halvorsen era.", "the Halvorsen era"),
    ("Ferry yard closes, ending Halvorsen era", "Halvorsen era"),
    ("The rules date from the Cold War era.", "the Cold War era"),
    ("Trade grew slowly in the post-Soviet era.", "the post-Soviet era"),
    ("The Steam Age era ended in 1950.", "The Steam Age era"),
])
def test_a_named_era_is_a_time_gone_by(nlp: Language, text: str, expression: str) -> None:
    assert (expression, "DATE", "PAST_REF", None) in _found(nlp, text)


@pytest.mark.parametrize("text", [
    "A new era began for the ferry line.",
    "This era of cheap fares is over.",
    "Era Ferries cut its fares.",
    "The era-defining ship sailed.",
])
def test_an_era_named_after_nothing_is_no_time(nlp: Language, text: str) -> None:
    assert not any("era" in found[0].lower() for found in _found(nlp, text))
