"""Reader-facing wording: fractions read as written, claims said as complete sentences, durations in words."""

from __future__ import annotations

import pytest

from generator.charts.text import format_value
from generator.wording import (
    claim_sentence,
    claim_verb,
    display_duration,
    display_timex,
    fraction_words,
    value_with_unit,
)


@pytest.mark.parametrize(
    ("value", "words"),
    [(0.3333, "a third"), (0.6667, "two thirds"), (0.5, "half"), (0.25, "a quarter"),
     (0.75, "three quarters"), (0.2, "a fifth"), (0.1, "a tenth")],
)
def test_common_fractions_read_in_words(value: float, words: str) -> None:
    assert fraction_words(value) == words


def test_a_value_no_small_fraction_matches_keeps_its_digits() -> None:
    assert fraction_words(0.37) == "0.37"


def test_detail_lines_and_chart_labels_say_the_fraction_not_its_unit_name() -> None:
    assert value_with_unit(0.3333, "fraction") == "a third"
    assert value_with_unit(1200, "people") == "1,200 people"
    assert format_value(0.6667, "fraction") == "two thirds"


def test_a_claim_in_its_own_words_names_its_party_and_verb() -> None:
    said = claim_sentence("The board", claim_verb("statement", "statement", "positive"), "it had paid")
    assert said == "The board said that it had paid."
    asked = claim_sentence("A pilot", claim_verb("statement", "question", "positive"), "if the quay was safe")
    assert asked == "A pilot asked if the quay was safe."
    assert claim_verb("statement", "statement", "negative") == "did not say"


def test_a_party_worded_in_lower_case_opens_its_line_and_its_heading_with_a_capital() -> None:
    from generator.models import Claim
    from generator.render.views import describe_fact

    said = claim_verb("statement", "statement", "positive")
    assert claim_sentence("ferry critics", said, "the timetable was late") == (
        "Ferry critics said that the timetable was late.")
    claim = Claim(id="c", by="ferry critics", text="the timetable was late", kind="statement")
    assert describe_fact(claim)[1] == "Ferry critics said: the timetable was late"


@pytest.mark.parametrize(("value", "shown"), [
    ("P3Y", "3 years"), ("P1D", "1 day"), ("PT2H56M32S", "2 hours 56 minutes 32 seconds"),
    ("P2DE", "2 decades"), ("P1CE", "1 century"), ("PXY", "years"), ("P1NI", "1 night"),
    ("P1.5Y", "1.5 years"),
])
def test_a_duration_reads_in_words_not_as_its_code(value: str, shown: str) -> None:
    assert display_duration(value) == shown
    assert display_timex(value, None) == shown


@pytest.mark.parametrize("value", ["2024-01-05", "PRESENT_REF", "P", "PT", "PAST"])
def test_what_is_no_duration_is_left_to_the_date_display(value: str) -> None:
    assert display_duration(value) is None
