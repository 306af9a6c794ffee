"""Pure helpers over TIMEX3 date values: EDTF form, covered date range, precision.

How a value is worded for readers is `generator.wording.display_date`.

Conventions (documented because they are choices, not facts):

* `mod` START/MID/END split a period into thirds: "early 2023" is January-April, "mid-2023" May-August,
  "late December" the 21st to the 31st. For a week or a day the mod changes nothing.
* Seasons are the northern meteorological ones (spring = March-May, winter = December to February).
* A fiscal year ("FY2009") is taken as its calendar year; organisations differ and the text rarely says.
* EDTF: the value's own EDTF form; START/MID/END stay in `mod` (and in `date_range`) rather than being
  forced into an interval, APPROX adds "~", BEFORE/AFTER become open intervals. Week values become
  their Monday-Sunday interval, seasons and quarters the EDTF Level 2 sub-year codes (21-24, 33-36).
  What cannot be placed in time (PRESENT_REF, durations, values with unknown digits in the year or
  week) is "X".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "unknown"]

_PRECISION_RANK = {"unknown": 0, "decade": 1, "year": 2, "quarter": 3, "season": 3, "month": 4, "week": 5,
                   "day": 6}
_EDTF_SEASONS = {"SP": "21", "SU": "22", "FA": "23", "WI": "24"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})(-WE|-[1-7])?$")
QUARTER_VALUE = re.compile(r"^(\d{4})-(Q[1-4]|H[12])$")
SEASON_VALUE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
YEAR_VALUE = re.compile(r"^(?:FY)?(\d{4})$")
DECADE_VALUE = re.compile(r"^(\d{3})$")
CENTURY_VALUE = re.compile(r"^(\d{2})$")


def precision(value: str) -> Precision:
    """How finely `value` places a date ("unknown" for anything that is not a calendar date)."""
    if DAY_VALUE.match(value):
        return "day"
    if WEEK_VALUE.match(value):
        return "week"
    if MONTH_VALUE.match(value):
        return "month"
    if SEASON_VALUE.match(value):
        return "season"
    if QUARTER_VALUE.match(value):
        return "quarter"
    if YEAR_VALUE.match(value):
        return "year"
    if DECADE_VALUE.match(value):
        return "decade"
    return "unknown"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _base_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The whole period the value names, before any START/MID/END modifier."""
    if match := DAY_VALUE.match(value):
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return day, day
    if match := WEEK_VALUE.match(value):
        return week_range(int(match[1]), int(match[2]), match[3])
    if match := MONTH_VALUE.match(value):
        year, month = int(match[1]), int(match[2])
        return (dt.date(year, month, 1), _month_end(year, month)) if 1 <= month <= 12 else None
    if match := SEASON_VALUE.match(value):
        year, (first, last) = int(match[1]), _SEASON_MONTHS[match[2]]
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        return dt.date(year, first, 1), _month_end(end_year, end_month)
    if match := QUARTER_VALUE.match(value):
        year, code = int(match[1]), match[2]
        first, months = ((int(code[1]) - 1) * 3 + 1, 3) if code[0] == "Q" else ((int(code[1]) - 1) * 6 + 1, 6)
        return dt.date(year, first, 1), _month_end(year, first + months - 1)
    if match := YEAR_VALUE.match(value):
        year = int(match[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if match := DECADE_VALUE.match(value):
        first = int(match[1]) * 10
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    if match := CENTURY_VALUE.match(value):
        first = int(match[1]) * 100
        return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31)
    return None


def week_range(year: int, week: int, part: str | None) -> tuple[dt.date, dt.date] | None:
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    if part == "-WE":
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    if part:
        day = monday + dt.timedelta(days=int(part[1:]) - 1)
        return day, day
    return monday, monday + dt.timedelta(days=6)


def _thirds(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """START/MID/END narrow a month to days 1-10/11-20/21-end and longer periods to thirds."""
    if mod not in {"START", "MID", "END"} or (end - start).days < 20:
        return start, end
    if start.day == 1 and end == _month_end(start.year, start.month) and start.month == end.month:
        bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[mod]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months % 3 == 0:
        third = months // 3
        index = {"START": 0, "MID": 1, "END": 2}[mod]
        first = start.year * 12 + start.month - 1 + index * third
        last = first + third - 1
        return dt.date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)
    length = (end - start).days + 1
    index = {"START": 0, "MID": 1, "END": 2}[mod]
    first_day = start + dt.timedelta(days=length * index // 3)
    return first_day, start + dt.timedelta(days=length * (index + 1) // 3 - 1)


def date_range(value: str, mod: str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day the value (narrowed by its mod) can mean; (None, None) when unplaceable."""
    base = _base_range(value)
    if base is None:
        return None, None
    start, end = _thirds(*base, mod)
    if mod in {"BEFORE", "ON_OR_BEFORE"}:
        return None, end if mod == "ON_OR_BEFORE" else start - dt.timedelta(days=1)
    if mod in {"AFTER", "ON_OR_AFTER"}:
        return (start if mod == "ON_OR_AFTER" else end + dt.timedelta(days=1)), None
    return start, end


def to_edtf(value: str, mod: str | None = None) -> str:
    """The Extended Date/Time Format form of a TIMEX3 date value (see the module notes)."""
    edtf = _plain_edtf(value)
    if edtf == "X":
        return edtf
    if mod == "APPROX":
        return f"{edtf}~" if "/" not in edtf else edtf
    if mod in {"BEFORE", "ON_OR_BEFORE"}:
        return f"../{edtf}"
    if mod in {"AFTER", "ON_OR_AFTER"}:
        return f"{edtf}/.."
    return edtf


def _plain_edtf(value: str) -> str:
    if match := DAY_VALUE.match(value):
        time = value[10:]
        if re.fullmatch(r"T\d{2}:\d{2}Z?", time):
            return f"{value[:10]}T{time[1:6]}:00{'Z' if time.endswith('Z') else ''}"
        return value[:10]
    if match := WEEK_VALUE.match(value):
        week = week_range(int(match[1]), int(match[2]), match[3])
        if week is None:
            return "X"
        return week[0].isoformat() if week[0] == week[1] else f"{week[0].isoformat()}/{week[1].isoformat()}"
    if MONTH_VALUE.match(value):
        return value
    if match := SEASON_VALUE.match(value):
        return f"{match[1]}-{_EDTF_SEASONS[match[2]]}"
    if match := QUARTER_VALUE.match(value):
        code = match[2]
        number = 32 + int(code[1]) if code[0] == "Q" else 39 + int(code[1])  # Q1-Q4: 33-36, H1/H2: 40/41
        return f"{match[1]}-{number}"
    if match := YEAR_VALUE.match(value):
        return match[1]
    if DECADE_VALUE.match(value):
        return f"{value}X"
    if CENTURY_VALUE.match(value):
        return f"{value}XX"
    if re.fullmatch(r"XXXX-(\d{2})(-\d{2})?", value):
        return value  # EDTF Level 1 unspecified year: "XXXX-12"
    return "X"


DateLike = str | tuple[str, str | None] | Any


def is_more_precise(a: DateLike, b: DateLike) -> bool:
    """Whether date `a` pins the time down more narrowly than `b`.

    Each is a value, a (value, mod) pair or an object with `value` and `mod` (an EventDate). The
    narrower covered range wins ("December 27" over "late December" over "December"); anything
    placeable beats anything that is not.
    """
    width_a, width_b = _width(a), _width(b)
    if width_a is None:
        return False
    return width_b is None or width_a < width_b


def _width(date: DateLike) -> int | None:
    if isinstance(date, str):
        value, mod = date, None
    elif isinstance(date, tuple):
        value, mod = date
    else:
        value, mod = date.value, date.mod
    start, end = date_range(value, mod)
    if start is None or end is None:
        return None
    return (end - start).days
