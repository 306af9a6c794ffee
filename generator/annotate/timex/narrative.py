"""Normalisers of expressions that name a period the narrative has already reached: "that year",
"the same month", "in the afternoon", "overnight". Each reads the last date the text named before it
(the narrative's reference), and the publication date only when the text named none."""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.timex.lexicon import DAYLIGHT_PARTS, PART_OF_DAY
from generator.annotate.timex.normalise import (
    Normalised,
    _Context,
    _shifted_unit_value,
    _unanchored,
    _unknown_unit_value,
    duration_value,
)

# The part of the last named date that names a period of each unit: any date names its year, a month
# or a day names its month, and only a quarter names a quarter ("in 2007" says nothing of its quarters).
_NAMED_PERIOD = {"year": re.compile(r"\d{4}"), "month": re.compile(r"\d{4}-(\d{2})"),
                 "quarter": re.compile(r"\d{4}-Q([1-4])$")}


def named_period_start(unit: str, ctx: _Context) -> dt.date | None:
    """The first day of the year (month, quarter) the text last named, if it named one before this point."""
    if unit not in _NAMED_PERIOD:
        return None
    named = _NAMED_PERIOD[unit].match(ctx.reference_value or "")
    if named is None:
        return None
    year = int(named.group(0)[:4])
    if unit == "month":
        return dt.date(year, int(named.group(1)), 1)
    if unit == "quarter":
        return dt.date(year, 3 * int(named.group(1)) - 2, 1)
    return dt.date(year, 1, 1)


def norm_anaphoric_period(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"that year", "the same month", "the year before": the year (or month) of the last date the
    text named ("built in 1935, the same year ..." is 1935), else the publication date's; "before"
    and "after" step one back or on."""
    unit = m.group("unit").lower()
    which = (m.group("which") or "").lower()
    shift = -1 if which == "before" else 1 if which == "after" else 0
    # a week is the week of the last day the text named ("On Monday ... The week before"; wave 11)
    day = (ctx.reference if unit == "week" else named_period_start(unit, ctx)) or ctx.dct
    if day is None:
        return _unanchored("DATE", _unknown_unit_value(unit))
    return Normalised("DATE", _shifted_unit_value(unit, shift, day) or "")


def norm_part_of_reference_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"in the afternoon", "in morning trading", "overnight": that part of the last day named, else of
    the publication day (TimeML's TIME values 2024-01-17TAF, ...TNI)."""
    part = (m.group("part") or "night").lower()
    code = PART_OF_DAY[part]
    day = ctx.reference or ctx.dct
    if day is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{code}")
    return Normalised("TIME", f"{day.isoformat()}T{code}")


def norm_daylight_part(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"at dawn", "by nightfall", "around lunchtime", "in mid-afternoon": a part of the last day named,
    else of the publication day, as "in the afternoon" is (dawn 2024-01-17TMO, dusk ...TEV)."""
    code = DAYLIGHT_PARTS[re.sub(r"\s+", " ", m.group("light").lower())]
    day = ctx.reference or ctx.dct
    if day is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{code}")
    return Normalised("TIME", f"{day.isoformat()}T{code}")


def norm_anaphoric_part_of_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"that night", "the next morning", "the previous evening": a part of the day last named (or of
    the publication day), one day on for "next"/"following", one day back for "previous"; "the night
    before", "the morning after" at the end of a clause say the same (wave 15)."""
    words = set(m.group(0).lower().split())
    shift = 1 if {"next", "following", "after"} & words else -1 if {"previous", "before"} & words else 0
    code = PART_OF_DAY[(m.group("part") or m.group("part2")).lower()]
    day = ctx.reference or ctx.dct
    if day is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{code}")
    return Normalised("TIME", f"{(day + dt.timedelta(days=shift)).isoformat()}T{code}")


def norm_all_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"all day", "all year": the whole of one unit, a duration (P1D, P1Y)."""
    return Normalised("DURATION", duration_value(1, m.group("unit").lower()))


def norm_every_part_of_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"every night", "each morning": that part of every day (TimeML's set XXXX-XX-XXTNI)."""
    return Normalised("SET", f"XXXX-XX-XXT{PART_OF_DAY[m.group('part').lower()]}")
