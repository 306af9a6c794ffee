"""The same period in another year, one expression: "the same month last year", "the same quarter of
2007", "the same period a year earlier", "the same day in 2019" (wave 14). Before, the tagger cut it in
two ("the same month", the period the text named, and "last year"), which gave the month of the wrong
year and a second expression; TimeML marks the whole phrase once, with the value of the period it names.

The value: the period the text last named (a month, a quarter; a day or a week from the last day it
named), else the publication date's, moved to the year the words give: a year written out ("of 2007"),
or one year back ("last year", "a year ago", "the previous year") from the year of that period. A
period the words do not pin ("the same period", "the same time") is that year."""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.timex.narrative import named_period_start
from generator.annotate.timex.normalise import Normalised, _Context, _unanchored

SAME_PERIOD = r"""(?i:\bthe\s+same\s+(?P<unit>day|week|month|quarter|period|time)\s+(?:(?:of|in)\s+)?
    (?:(?P<year>(?:1[89]|2\d)\d\d)(?![\w-])
    |(?:(?:the\s+)?(?:last|previous|prior|preceding)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)
    |the\s+year\s+before)\b(?![\w-])))"""


def norm_same_period(m: re.Match[str], ctx: _Context) -> Normalised | None:
    unit = m.group("unit").lower()
    named = _period_in_focus(unit, ctx)
    written = m.group("year")
    if named is None and written is None:
        return _unanchored("DATE", "XXXX")
    if named is None:
        return Normalised("DATE", written or "")
    year = int(written) if written else named.year - 1
    if unit == "month":
        return Normalised("DATE", f"{year:04d}-{named.month:02d}")
    if unit == "quarter":
        return Normalised("DATE", f"{year:04d}-Q{(named.month - 1) // 3 + 1}")
    if unit == "week":
        return Normalised("DATE", f"{year:04d}-W{named.isocalendar()[1]:02d}")
    if unit == "day":
        try:
            return Normalised("DATE", named.replace(year=year).isoformat())
        except ValueError:  # February 29 in a year without one
            return Normalised("DATE", f"{year:04d}-02")
    return Normalised("DATE", f"{year:04d}")


def _period_in_focus(unit: str, ctx: _Context) -> dt.date | None:
    """A day of the period the text last named (a month, a quarter, a year; for a day or a week the last
    day it named), else the publication date; None when neither is known."""
    if unit in {"day", "week"}:
        return ctx.reference or ctx.dct
    grain = unit if unit in {"month", "quarter"} else "year"
    return named_period_start(grain, ctx) or ctx.dct


SAME_PERIOD_RULES = [("same-period", SAME_PERIOD, norm_same_period)]
