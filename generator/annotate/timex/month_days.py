"""Days named by their place in a period the narrative is at: "on the 15th" (a day of the month in
focus) and "the last trading day of the year" (the last weekday of that year a market opens).

TimeML values both as the DATE they name. "The 15th" belongs to the month the text last named ("In
January ... On the 21st" is January 21st), else to the publication date's month or the one next to it,
whichever the clause's tense points to ("said on the 28th" in an article of 3 March is 28 February);
a day within a week of the publication date is that one whatever the tense, as a month's day is.
A trading (business, working) day is a weekday other than New Year's Day and Christmas Day, the two
days nearly every market and office closes; other holidays differ by country and are not guessed."""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.timex.lexicon import _FULL_WEEKDAY, WEEKDAYS, YEAR
from generator.annotate.timex.narrative import named_period_start
from generator.annotate.timex.normalise import (
    NEAR_DAYS,
    Normalised,
    _choose,
    _Context,
    _month_end,
    _point_value,
    _shift_months,
    _unanchored,
)
from generator.annotate.timex.tense import Tense

# "on the 15th", "by the 3rd", "since the 21st", "Monday the 17th", "on the 4th of this month": a
# preposition of time or a weekday, "the" and a numeric ordinal.
MONTH_DAY = (rf"(?:\b(?P<prep>(?i:on|by|until|till|since|from|through|before|after|to|between|and|or))\s+)?"
             rf"(?P<core>(?:(?P<weekday>{_FULL_WEEKDAY}),?\s+)?(?i:the)\s+(?P<day>[12]\d|3[01]|0?[1-9])"
             rf"(?i:st|nd|rd|th)(?:\s+of\s+(?:the|this)\s+month)?)\b(?![\w-])")
# Words that may follow such a day; any other word makes the ordinal a noun's ("the 15th floor").
_AFTER_A_DAY = {"and", "or", "to", "at", "in", "when", "after", "before", "as", "but", "with", "from",
                "until", "through", "while", "because", "following", "amid", "that", "for"}
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_COORDINATED_ORDINAL = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b",
                                  re.IGNORECASE)
_ORDINAL_DAY_BEFORE = re.compile(r"\bthe\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th),?\s*$", re.IGNORECASE)


def accept_month_day(match: re.Match[str], text: str, doc: object, starts: list[int]) -> bool:
    """"on the 15th, shares rose", "until the 3rd when", "Monday the 17th"; not "on the 15th floor",
    "the 21st Century", nor an ordinal with neither a preposition nor a weekday before it."""
    if not (match.group("prep") or match.group("weekday")):
        return False
    if (match.group("prep") or "").lower() in {"and", "or"} and not _ORDINAL_DAY_BEFORE.search(
            text, max(0, match.start() - 24), match.start()):
        return False  # "and the 9th" only after another such day ("between the 3rd and the 9th")
    return _no_noun_after(text, match.end())


def _no_noun_after(text: str, end: int) -> bool:
    """Punctuation, the end or a word of _AFTER_A_DAY follows; after "and the 2nd", what follows that."""
    coordinated = _COORDINATED_ORDINAL.match(text, end)
    if coordinated is not None:
        return _no_noun_after(text, coordinated.end())  # "the 1st and the 2nd floors": both are floors
    following = _NEXT_WORD.match(text, end)
    if following is None or text[end:following.start(1)].strip():
        return True  # punctuation or the end of the text follows
    return following.group(1).lower() in _AFTER_A_DAY and following.group(1)[:1].islower()


def norm_month_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """That day of the month the text last named, else of the month around the publication date that
    the tense points to; a weekday before it picks the month in which the day falls on it."""
    day = int(m.group("day"))
    weekday = WEEKDAYS[m.group("weekday").lower()] if m.group("weekday") else None
    named = named_period_start("month", ctx)
    if named is not None:
        months = [(named.year, named.month)]
    elif ctx.dct is not None:
        months = [_shift_months(ctx.dct.year, ctx.dct.month, shift) for shift in (-1, 0, 1)]
    else:
        return _unanchored("DATE", f"XXXX-XX-{day:02d}")
    days = [dt.date(year, month, day) for year, month in months if day <= _month_end(year, month).day]
    days = [named_day for named_day in days if named_day.isoweekday() == weekday] or days
    if not days:
        return None
    tense = ctx.tense(*m.span("core"))
    chosen = days[0] if len(days) == 1 or ctx.dct is None else _nearest(days, ctx.dct, tense)
    return _point_value("DATE", chosen.isoformat(), None, m.start("core"), ctx)


def _nearest(days: list[dt.date], dct: dt.date, tense: Tense) -> dt.date:
    """A day within a week of the publication date, else the one the tense points to."""
    near = [day for day in days if abs((day - dct).days) <= NEAR_DAYS]
    return near[0] if near else _choose([(day, day, day) for day in days], dct, tense)


# "the last trading day of the year", "the first business day of 2009", "the final trading day of the
# month (quarter, week)".
TRADING_DAY = (rf"(?i:\b(?:the\s+)?(?P<which>first|last|final)\s+(?:full\s+)?(?:trading|business|working)"
               rf"\s+day\s+of\s+(?:(?P<unit>the\s+(?:year|month|quarter|week))|(?P<year>{YEAR})))\b")
_CLOSED = {(1, 1), (12, 25)}  # New Year's Day, Christmas Day


def norm_trading_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """The first or last open weekday of the year (month, quarter, week) named or in focus."""
    first = m.group("which").lower() == "first"
    if m.group("year"):
        periods = [(dt.date(int(m.group("year")), 1, 1), dt.date(int(m.group("year")), 12, 31))]
    else:
        periods = _periods_around(m.group("unit").split()[-1].lower(), ctx)
    if not periods:
        return _unanchored("DATE", "XXXX-XX-XX")
    days = [_open_day(start, end, first) for start, end in periods]
    if len(days) == 1 or ctx.dct is None:
        chosen = days[0]
    else:
        chosen = _choose([(day, day, day) for day in days], ctx.dct, ctx.tense(*m.span()))
    return _point_value("DATE", chosen.isoformat(), None, m.start(), ctx)


def _periods_around(unit: str, ctx: _Context) -> list[tuple[dt.date, dt.date]]:
    """The period the text last named (a year or month), else those before, around and after the DCT."""
    named = named_period_start(unit, ctx) if unit in {"year", "month"} else None
    if named is not None:
        return [_period_of(unit, named)]
    if ctx.dct is None:
        return []
    anchor = ctx.dct
    steps = {"year": 365, "quarter": 91, "month": 30, "week": 7}[unit]
    return [_period_of(unit, anchor + dt.timedelta(days=steps * shift)) for shift in (-1, 0, 1)]


def _period_of(unit: str, day: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    first_month = day.month if unit == "month" else (day.month - 1) // 3 * 3 + 1
    last_month = day.month if unit == "month" else first_month + 2
    return dt.date(day.year, first_month, 1), _month_end(day.year, last_month)


def _open_day(start: dt.date, end: dt.date, first: bool) -> dt.date:
    day, step = (start, 1) if first else (end, -1)
    while day.weekday() >= 5 or (day.month, day.day) in _CLOSED:
        day += dt.timedelta(days=step)
    return day
