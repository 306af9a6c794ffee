"""Estimating the publication date from the text when the metadata gives none."""

from __future__ import annotations

import datetime as dt

from generator.annotate.timex.publication import estimate_publication_date
from tests.conftest import SEEDS


def test_demo_seed_000_is_dated_by_its_weekday_and_copyright():
    text = (SEEDS / "000_3beb3d5ee71508d2.txt").read_text(encoding="utf-8")
    estimate = estimate_publication_date(text, 2024)
    assert estimate is not None
    assert dt.date(2024, 1, 5) <= estimate <= dt.date(2024, 1, 12)


def test_latest_explicit_past_date_is_the_estimate():
    text = ("The company was founded on March 3, 2019. It reported losses on 14 February 2021, and its "
            "chief executive resigned on 2021-02-20.")
    assert estimate_publication_date(text, None) == dt.date(2021, 2, 20)


def test_future_dates_are_not_lower_bounds():
    text = "The plan was approved on June 2, 2022. Construction will start on January 9, 2025."
    assert estimate_publication_date(text, None) == dt.date(2022, 6, 2)


def test_weekday_pins_the_year_near_the_copyright_year():
    text = "The minister spoke on Thursday, March 7 about the budget."
    assert estimate_publication_date(text, 2019) == dt.date(2019, 3, 7)
    assert estimate_publication_date(text, 2023) == dt.date(2024, 3, 7)  # 7 March 2023 was a Tuesday


def test_month_then_copyright_year_then_nothing():
    assert estimate_publication_date("Prices rose in March 2022 and fell later.", None) == dt.date(2022, 3, 1)
    assert estimate_publication_date("Prices rose and then fell.", 2020) == dt.date(2020, 1, 1)
    assert estimate_publication_date("Prices rose and then fell.", None) is None
    assert estimate_publication_date("", None) is None
