"""Time expressions of wave 12 (issue 17), on invented sentences: a quarter named by its months with
"to" or "through", a bare plural counted "later" or "earlier", the words for a time of the day that
name no clock time (dawn, dusk, lunchtime), a part of a named day, a period's end in one word ("at
year-end"), a part of the day dated by its clause, the previous or next trading day, a kind of
weekend."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes
from tests.annotate.test_timex_anchors import WEDNESDAY, found


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bakery's results for the July-to-September period came out in 2023.",
     "the July-to-September period", "2023-Q3"),
    ("Sales in the October through December quarter of 2022 rose.",
     "the October through December quarter of 2022", "2022-Q4"),
    ("The ferry line lost money in the January to March 2023 quarter.",
     "the January to March 2023 quarter", "2023-Q1"),
])
def test_a_quarter_named_by_its_months_with_to_or_through(nlp: Language, text: str, expression: str,
                                                           value: str, parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("DATE", value)


def test_months_joined_by_to_are_no_quarter_without_the_noun(nlp: Language) -> None:
    timexes = found(nlp, "The fair ran from March to June in 2022.")
    assert "March" in timexes and "June" in timexes
    assert not any("quarter" in text or " to " in text for text in timexes)


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The mayor resigned. Hours later, the council met.", "Hours later", "PTXH"),
    ("Days earlier, the baker had warned of a shortage.", "Days earlier", "PXD"),
    ("The pier was rebuilt, and years later it burned down.", "years later", "PXY"),
])
def test_a_bare_plural_later_or_earlier_is_a_span_of_some_units(nlp: Language, text: str, expression: str,
                                                                 value: str, parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("DURATION", value)


def test_a_plural_earlier_than_is_a_comparison_not_a_time(nlp: Language) -> None:
    assert "weeks earlier" not in " ".join(found(nlp, "The bridge opened weeks earlier than planned."))


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Fishermen left the harbour at dawn.", "dawn", "2024-01-17TMO"),
    ("The march ended by nightfall.", "nightfall", "2024-01-17TNI"),
    ("Crowds gathered around lunchtime near the square.", "lunchtime", "2024-01-17TMI"),
    ("The bridge reopened in mid-afternoon.", "mid-afternoon", "2024-01-17TAF"),
    ("On 3 May 2022 the ferry sank after sunset.", "sunset", "2022-05-03TEV"),
])
def test_a_time_of_day_without_a_clock(nlp: Language, text: str, expression: str, value: str,
                                       parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("TIME", value)


@pytest.mark.parametrize("text", [
    "The dawn of a new age in baking has come.",
    "The bill holds a sunset clause for the tax.",
    "Twilight is a novel about a town.",
    "The bakery opened a shop on Sunset Boulevard.",
])
def test_a_daylight_word_without_a_preposition_names_no_time(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "kind", "value"), [
    ("The bakery was robbed on the night of March 3, 2022.", "the night of March 3, 2022", "TIME",
     "2022-03-03TNI"),
    ("The plan was shown on the morning of 5 June 2021.", "the morning of 5 June 2021", "TIME",
     "2021-06-05TMO"),
])
def test_a_part_of_a_named_day_is_one_time(nlp: Language, text: str, expression: str, kind: str,
                                           value: str, parsed: bool) -> None:
    assert found(nlp, text, parsed) == {expression: (kind, value)}


def test_a_part_of_an_event_is_no_time(nlp: Language) -> None:
    assert found(nlp, "The morning of the parade was cold.") == {}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value", "mod"), [
    ("The mill expects a profit at year-end.", "year-end", "2024", "END"),
    ("The bank will close the branch by quarter end.", "quarter end", "2024-Q1", "END"),
    ("Year-end 2021 stocks of flour were low.", "Year-end 2021", "2021", "END"),
    ("The 2020 year-end count was higher.", "2020 year-end", "2020", "END"),
    # the possessive says the same (wave 15; was missed)
    ("The mill expects a profit by year's end.", "year's end", "2024", "END"),
    ("The bank will sell the branch before the quarter’s end.", "quarter’s end", "2024-Q1", "END"),
])
def test_the_end_of_a_period_in_one_word(nlp: Language, text: str, expression: str, value: str, mod: str,
                                         parsed: bool) -> None:
    timexes = {t.text: (t.value, t.mod) for t in find_timexes(text, WEDNESDAY, nlp(text) if parsed else None)}
    assert timexes == {expression: (value, mod)}


def test_the_medium_term_is_the_future(nlp: Language) -> None:
    assert found(nlp, "The baker expects prices to rise in the medium term.") == {
        "the medium term": ("DATE", "FUTURE_REF")}


def test_that_year_end_is_the_end_of_the_year_last_named(nlp: Language) -> None:
    assert found(nlp, "The ferry line began in 2019 and was sold that year-end.") == {
        "2019": ("DATE", "2019"), "that year-end": ("DATE", "2019")}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Bread prices rose 1% in morning trade on Monday.", "morning", "2024-01-15TMO"),
    ("The ferry left in the evening on 3 March 2022, its crew said.", "the evening", "2022-03-03TEV"),
])
def test_a_part_of_the_day_takes_the_day_its_clause_names_after_it(nlp: Language, text: str,
                                                                    expression: str, value: str) -> None:
    assert found(nlp, text)[expression] == ("TIME", value)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Bakers struck this morning and marched on Monday.", "this morning", "2024-01-17TMO"),
    ("In the afternoon, the mill said it would reopen on Friday.", "the afternoon", "2024-01-17TAF"),
])
def test_a_part_of_the_day_keeps_its_own_day(nlp: Language, text: str, expression: str, value: str) -> None:
    assert found(nlp, text)[expression] == ("TIME", value)


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Flour futures fell 2% from the previous trading day.", "the previous trading day", "2024-01-16"),
    ("On Monday, 15 January 2024, wheat fell from the previous trading day.", "the previous trading day",
     "2024-01-12"),
    ("The mill shut on Friday, 12 January 2024, and reopened the next business day.",
     "the next business day", "2024-01-15"),
])
def test_the_previous_or_next_trading_day_skips_the_weekend(nlp: Language, text: str, expression: str,
                                                            value: str, parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("DATE", value)


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression"), [
    ("Bakeries were shut over the holiday weekend.", "the holiday weekend"),
    ("Traffic was light during the long weekend.", "the long weekend"),
    ("The ferry ran extra trips for the three-day weekend.", "the three-day weekend"),
])
def test_a_named_kind_of_weekend_is_the_weekend(nlp: Language, text: str, expression: str,
                                                parsed: bool) -> None:
    assert found(nlp, text, parsed) == {expression: ("DATE", "2024-W02-WE")}
