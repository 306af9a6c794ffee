"""Wave 11 (issue 17), invented sentences: "The week before", "that week", "the same week" are the
week of the last day named (as "the year before" already was for years); bare "coming weeks" is
some weeks ahead, as "the coming weeks" already was; "Early" and "Late" at the head of a sentence
are the same modifiers as in lower case; "end-2008", "end-March" are the end of that period; "the
prior year", "the preceding quarter", "prior-year sales" are "the previous" one."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

WEDNESDAY = dt.date(2008, 3, 12)  # ISO week 11


def _found(nlp: Language, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {t.text: (t.type, t.value, t.mod) for t in find_timexes(text, WEDNESDAY, nlp(text))}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The strike began on Monday. The week before, talks had collapsed.", "The week before", "2008-W10"),
    ("The strike began on Monday. That week, talks had collapsed.", "That week", "2008-W11"),
    ("The plant shut on Feb. 27. The same week, the union voted.", "The same week", "2008-W09"),
    ("The plant shut on Feb. 27, and the week after, the union voted.", "the week after", "2008-W10"),
])
def test_an_anaphoric_week_is_the_week_of_the_last_day_named(nlp: Language, text: str, expression: str,
                                                             value: str) -> None:
    assert _found(nlp, text)[expression][:2] == ("DATE", value)


def test_the_week_before_an_event_stays_no_anaphoric_week(nlp: Language) -> None:
    assert "the week before" not in _found(nlp, "Shares fell in the week before the vote.")


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The firm will report results in coming weeks.", "coming weeks", "PXW"),
    ("Prices may rise in coming months, analysts said.", "coming months", "PXM"),
    ("A decision is due in upcoming days.", "upcoming days", "PXD"),
    ("The firm will report results in the coming weeks.", "the coming weeks", "PXW"),  # as before
])
def test_bare_coming_before_a_plural_unit_is_some_of_them_ahead(nlp: Language, text: str,
                                                                expression: str, value: str) -> None:
    assert _found(nlp, text)[expression][:2] == ("DURATION", value)


def test_coming_before_no_unit_is_no_time(nlp: Language) -> None:
    assert _found(nlp, "The coming storm worried traders.") == {}


@pytest.mark.parametrize(("text", "expression", "value", "mod"), [
    ("Early Monday, the company announced its plan.", "Early Monday", "2008-03-10", "START"),
    ("Late Friday, the union voted to strike.", "Late Friday", "2008-03-07", "END"),
    ("Early 2007 was a hard time for the firm.", "Early 2007", "2007", "START"),
    ("Mid-2005 marked the peak of the market.", "Mid-2005", "2005", "MID"),
    ("The union voted late Friday.", "late Friday", "2008-03-07", "END"),  # as before
])
def test_a_capitalised_modifier_is_the_same_modifier(nlp: Language, text: str, expression: str, value: str,
                                                     mod: str) -> None:
    assert _found(nlp, text)[expression][1:] == (value, mod)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Sales fell 10% at end-2008.", "end-2008", "2008"),
    ("The bank expects the rate to be 3% by end-June 2009.", "end-June 2009", "2009-06"),
    ("End-2007 figures were weak.", "End-2007", "2007"),
])
def test_end_hyphened_to_a_period_is_its_end(nlp: Language, text: str, expression: str, value: str) -> None:
    assert _found(nlp, text)[expression][1:] == (value, "END")


def test_end_of_year_before_a_noun_stays_no_date(nlp: Language) -> None:
    assert _found(nlp, "The end-of-year rally faded.") == {}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Sales rose 5% from the prior year.", "the prior year", "2007"),
    ("Profit fell from the prior quarter.", "the prior quarter", "2007-Q4"),
    ("Shares fell the prior week.", "the prior week", "2008-W10"),
    ("Sales rose from the preceding quarter.", "the preceding quarter", "2007-Q4"),
    ("Stocks rose after falling the prior day.", "the prior day", "2008-03-11"),
    ("Sales rose from the prior-year period.", "prior-year", "2007"),
    ("The prior-quarter figure was revised.", "prior-quarter", "2007-Q4"),
])
def test_prior_and_preceding_are_previous(nlp: Language, text: str, expression: str, value: str) -> None:
    assert _found(nlp, text)[expression][:2] == ("DATE", value)


def test_prior_without_the_is_no_period(nlp: Language) -> None:
    assert _found(nlp, "The firm had no prior year of losses.") == {}


@pytest.mark.parametrize(("text", "expression"), [
    ("The firm lost money for the third straight quarter.", "the third straight quarter"),
    ("The firm posted a loss for a fourth consecutive quarter.", "a fourth consecutive quarter"),
    ("The firm lost money for the second quarter in a row.", "the second quarter in a row"),
])
def test_a_quarter_counted_in_a_run_is_the_quarter_the_text_is_at(nlp: Language, text: str,
                                                                  expression: str) -> None:
    assert _found(nlp, text)[expression][:2] == ("DATE", "2008-Q1")


def test_for_the_second_quarter_stays_the_calendar_quarter(nlp: Language) -> None:
    found = _found(nlp, "Profit for the second quarter rose 5%.")
    assert found["the second quarter"][:2] == ("DATE", "2007-Q2")


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Profit fell in the January-March quarter.", "the January-March quarter", "2008-Q1"),
    ("Sales rose in the April-June period.", "the April-June period", "2007-Q2"),
    ("Sales rose in the July-September 2007 quarter.", "the July-September 2007 quarter", "2007-Q3"),
    ("Results for the October-December quarter were weak.", "the October-December quarter", "2007-Q4"),
])
def test_three_months_of_a_quarter_name_that_quarter(nlp: Language, text: str, expression: str,
                                                     value: str) -> None:
    assert _found(nlp, text)[expression][:2] == ("DATE", value)


def test_months_that_make_no_quarter_stay_months(nlp: Language) -> None:
    assert "the January-June period" not in _found(nlp, "Sales rose in the January-June period.")


@pytest.mark.parametrize(("text", "expression", "value"), [
    # company results name a quarter by the month it ends (were the month alone: 2007-12, 2007-06)
    ("Results for the December quarter were weak.", "the December quarter", "2007-Q4"),
    ("Sales rose 9% in the June quarter.", "the June quarter", "2007-Q2"),
    ("Revenue for the September 2006 quarter rose.", "the September 2006 quarter", "2006-Q3"),
    ("The firm sold 3 million units in the March-quarter.", "the March-quarter", "2008-Q1"),
])
def test_the_month_a_quarter_ends_names_that_quarter(nlp: Language, text: str, expression: str,
                                                     value: str) -> None:
    assert _found(nlp, text)[expression][:2] == ("DATE", value)


@pytest.mark.parametrize(("text", "expression"), [
    ("Sales rose in the November quarter.", "November"),  # no calendar quarter ends in November
    ("The December period was quiet.", "December"),  # "period" after one month is no quarter
])
def test_a_month_that_ends_no_quarter_stays_a_month(nlp: Language, text: str, expression: str) -> None:
    assert expression in _found(nlp, text)
