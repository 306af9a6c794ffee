"""A date a reader sees is words, never a TIMEX3 code: tooltips over an undated article's "today" or
"Friday evening", a number's detail line, chart labels and their data tables."""

from __future__ import annotations

import re

import pytest

from generator.charts.data import number_item
from generator.models import Quantity
from generator.render.views import describe_fact
from generator.wording import date_tooltip, describe_timex_value, display_timex

# What a TIMEX3 code looks like: X placeholders, ISO weeks, a clock time glued to a date, a part of a day.
CODE = re.compile(r"X{2}|\bW\d{2}\b|-W[X\d]|T\d{2}:|T[A-Z]{2}\b|\bWE\b")


@pytest.mark.parametrize(("value", "words"), [
    ("XXXX-XX-XX", "a day (date unknown)"),  # "today" in an article with no date
    ("XXXX-WXX-5", "a Friday (date unknown)"),
    ("XXXX-WXX-5TEV", "a Friday evening (date unknown)"),
    ("XXXX-XX-XXT19:00", "19:00 (day unknown)"),  # "7 p.m."
    ("XXXX-XX-XXTXX:XX", "a time of day (day unknown)"),  # a game's "second half"
    ("XXXX-WXX", "a week (date unknown)"),  # "last week"
    ("XXXX-WXX-WE", "a weekend (date unknown)"),  # "last weekend" (wave 10)
    ("XXXX-XX", "a month (date unknown)"),
    ("XXXX", "a year (unknown)"),
    ("XXXX-SU", "summer (year unknown)"),
    ("XXXX-12", "December (year unknown)"),
])
def test_a_value_with_unknown_parts_reads_in_words(value: str, words: str) -> None:
    assert display_timex(value, None) == words
    assert date_tooltip(value) == words
    assert not CODE.search(describe_timex_value(value))


@pytest.mark.parametrize(("value", "tooltip"), [
    ("2024-01-19", "19 January 2024 (2024-01-19)"),  # a plain calendar date keeps its ISO form
    ("2024-01-19T15:00", "15:00"),
    ("2024-W03-WE", "weekend of 20 January 2024"),  # an ISO week code alone: words only
    ("P3Y", "3 years"),
])
def test_a_tooltip_adds_only_a_calendar_dates_iso_form(value: str, tooltip: str) -> None:
    assert tooltip in date_tooltip(value)
    if "W" in value or "T" in value or value.startswith("P"):
        assert value not in date_tooltip(value)


def test_a_numbers_detail_and_its_chart_label_word_its_date() -> None:
    ferries = Quantity(id="q1", text="12 ferries", value=12, unit="ferries", about="ferries in service",
                       date="2024-W03-WE")
    _, _, _, detail, _ = describe_fact(ferries)
    assert "date: weekend of 20 January 2024" in detail and not CODE.search(detail)
    clocked = ferries.model_copy(update={"date": "2024-01-19T07:00"})
    label = number_item(clocked, "count").label
    assert "19 January 2024, 07:00" in label and not CODE.search(label)
