"""Runs of days and spans written as one word: "for a third straight day", "the second night in a row",
"a weeklong strike", "a yearlong inquiry".

A day counted in a run is the day the narrative is at (the last day named, else the publication date):
"Shares fell for a third straight day" tells of today's fall, "protesters gathered for the second
night" of last night. TimeML reads them as that DATE; a week, month, quarter or year counted in a run
is the week, month, quarter or year of that day."""

from __future__ import annotations

import re

from generator.annotate.timex.normalise import (
    Normalised,
    _Context,
    _point_value,
    _shifted_unit_value,
    _unanchored,
    _unknown_unit_value,
    duration_value,
)

_ORDINAL_WORDS = (r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                  r"|\d{1,2}(?:nd|rd|th)")
_RUN_ADJECTIVE = r"straight|consecutive|successive|running"
# The run must say it is a run: an adjective ("third straight day"), "in a row" after it, or "for"
# before it ("for the second day"). "The second day of the trial" names another day: no "of" after.
ORDINAL_RUN = (
    rf"(?i:\b(?:(?P<for>for)\s+)?(?P<core>(?:the|a)\s+(?P<nth>{_ORDINAL_WORDS})\s+"
    rf"(?:(?P<adjective>{_RUN_ADJECTIVE})\s+)?(?P<unit>day|night|week|month|quarter|year)"
    r"(?P<row>\s+in\s+a\s+row)?)\b)(?![\w-]|\s+of\b)"
)
_WORD_UNITS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year",
               "decade": "decade"}
ONE_WORD_SPAN = rf"(?i:\b(?P<unit>{'|'.join(_WORD_UNITS)})long\b)(?!-)"


def accept_ordinal_run(match: re.Match[str], text: str, doc: object, starts: list[int]) -> bool:
    """A quarter is counted in a run only with a word of the run ("the third straight quarter", "a
    second quarter in a row"; wave 11): "for the second quarter" is the calendar's Q2."""
    if match.group("unit").lower() == "quarter":
        return bool(match.group("adjective") or match.group("row"))
    return bool(match.group("for") or match.group("adjective") or match.group("row"))


def norm_ordinal_run(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """The day (or night, week, month, year) the narrative is at."""
    unit = m.group("unit").lower()
    day = ctx.reference or ctx.dct
    if day is None:
        return _unanchored("DATE", "XXXX-XX-XX" if unit in {"day", "night"} else _unknown_unit_value(unit))
    if unit == "night":
        return Normalised("DATE", f"{day.isoformat()}TNI")
    if unit == "day":
        return _point_value("DATE", day.isoformat(), None, m.start(), ctx)
    return Normalised("DATE", _shifted_unit_value(unit, 0, day) or "")


def norm_one_word_span(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"weeklong", "yearlong": one unit long."""
    return Normalised("DURATION", duration_value(1, _WORD_UNITS[m.group("unit").lower()]))
