"""Estimate when an article was published when its metadata does not say.

The heuristic, from the strongest evidence to the weakest:

1. Days the text names completely ("January 5, 2024", "2024-01-05"), or names by month, day and
   weekday ("Friday January 5": the weekday pins the year, searched outwards from the copyright year,
   or from the latest year the text names), are lower bounds when the clause around them is not in the
   future tense: an article reports what already happened. The estimate is the latest such day, i.e.
   the earliest publication date consistent with the text.
2. Failing that, the first day of the latest month the text names completely ("March 2023").
3. Failing that, 1 January of the copyright year ("© 2024").
4. Nothing at all: None.

Bare years are not used: "in 2023" is as likely in a 2025 retrospective as in a 2023 report. The
pipeline marks the result as estimated and warns.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.timex.find import find_timexes
from generator.annotate.timex.lexicon import WEEKDAYS
from generator.annotate.timex.tense import clause_tense
from generator.models import Timex

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_UNKNOWN_YEAR_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)
WEEKDAY_SEARCH_YEARS = 6  # a month/day/weekday combination recurs every 5-11 years


def estimate_publication_date(text: str, copyright_year: int | None,
                              timexes: list[Timex] | None = None) -> dt.date | None:
    """A plausible publication date from the text alone (see the module notes); None if no clue.

    `timexes` should be tagged without a publication date (as `find_timexes(text, None)` does, which
    is what happens when they are not given), so that only what the text itself fixes is anchored.
    """
    if timexes is None:
        timexes = find_timexes(text, None)
    reported = [t for t in timexes
                if t.type in {"DATE", "TIME"} and clause_tense(text, t.start, t.end) != "future"]
    explicit_days = [day for t in reported if t.anchored and (day := _explicit_day(t.value))]
    named_years = [int(t.value[:4]) for t in timexes if t.anchored and re.match(r"\d{4}", t.value)]
    reference_year = copyright_year or max(named_years, default=None)
    pinned_days = [day for t in reported if (day := _weekday_pinned_day(t, reference_year))]
    days = explicit_days + pinned_days
    if days:
        return max(days)
    months = [month for t in reported if t.anchored and (month := _explicit_month(t.value))]
    if months:
        return max(months)
    if copyright_year:
        return dt.date(copyright_year, 1, 1)
    return None


def _explicit_day(value: str) -> dt.date | None:
    match = _DAY.match(value[:10])
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _explicit_month(value: str) -> dt.date | None:
    match = _MONTH.match(value)
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    return dt.date(int(match[1]), int(match[2]), 1)


def _weekday_pinned_day(timex: Timex, reference_year: int | None) -> dt.date | None:
    """"Friday January 5" with no year: the year nearest `reference_year` where the 5th is a Friday."""
    match = _UNKNOWN_YEAR_DAY.match(timex.value)
    weekday_word = _WEEKDAY_WORD.search(timex.text)
    if not match or not weekday_word or reference_year is None:
        return None
    weekday = WEEKDAYS[weekday_word.group(1).lower()]
    month, day = int(match[1]), int(match[2])
    for distance in range(WEEKDAY_SEARCH_YEARS + 1):
        for year in (reference_year - distance, reference_year + distance):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate.isoweekday() == weekday:
                return candidate
    return None
