"""Normalisers of calendar dates: full and numeric dates, months, years, weeks of a month, decades,
centuries, quarters, seasons, holidays."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dateutil.easter import easter

from generator.annotate.timex.lexicon import MONTHS, ORDINALS, SEASON_MONTHS, SEASONS, WEEKDAYS
from generator.annotate.timex.normalise import (
    Normalised,
    _choose,
    _Context,
    _iso_week,
    _mod_of,
    _month_end,
    _nth_weekday,
    _point_value,
    _relative_shift,
    _shift_months,
    _shifted_unit_value,
    _unanchored,
    _unknown_unit_value,
    _year_for_month,
    half_of_year,
)
from generator.annotate.timex.tense import _token_at

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc

HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year": lambda y: dt.date(y, 1, 1),  # "after the New Year": the holiday
    "new year's": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "easter": easter,
    "easter sunday": easter,
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "independence day": lambda y: dt.date(y, 7, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "labour day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _month_end(y, 5) - dt.timedelta(days=(_month_end(y, 5).isoweekday() - 1) % 7),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "st patrick's day": lambda y: dt.date(y, 3, 17),
    "st. patrick's day": lambda y: dt.date(y, 3, 17),
}
# "the Boxing Day tsunami of 2004", "on Christmas Day in 1914": a year the sentence gives the day a few
# words later, before the sentence ends.
_LATER_YEAR = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s+(?:of|in)\s+((?:1\d{3}|20\d{2}))\b")


def _norm_full_date(m: re.Match[str], ctx: _Context) -> Normalised | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day").rstrip("stndrh"))  # the DAY pattern: digits, then st/nd/rd/th
    weekday = WEEKDAYS.get((m.group("weekday") or "").lower().rstrip("."))
    year_text = m.group("year")
    mod = _mod_of(m.groupdict().get("mod"))
    if year_text:
        year = _expand_year(year_text, ctx.dct)
        ctx.months_named[month] = year
    elif weekday is not None and ctx.dct is not None:
        year = _year_matching_weekday(month, day, weekday, ctx.dct) or _year_for_month(
            month, ctx.dct, ctx.tense(*m.span()), day)
    elif (month, day) in ctx.days_named:  # the day the text named before: one date, one year
        year = ctx.days_named[(month, day)]
    elif _month_of_a_year_written(month, ctx, m):
        year = ctx.months_named[month]  # a day of the month the text named with its year
    elif ctx.dct is not None:
        year = _year_for_month(month, ctx.dct, ctx.tense(*m.span()), day)
    else:
        return _unanchored("DATE", f"XXXX-{month:02d}-{day:02d}", mod)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    if not year_text:  # a day of a year the text gives ("May 2, 1890") may come back as this year's
        ctx.days_named.setdefault((month, day), year)
    return _point_value("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod, m.start(), ctx)


def _month_of_a_year_written(month: int, ctx: _Context, m: re.Match[str]) -> bool:
    """"The ferry sank on May 4, 2024 ... Its hull was found on May 6": a day told in the past, of a
    month the text wrote with its year, is of that year, when that year is the DCT's or the one before
    (the year a writer leaves out as understood). "Founded on May 2, 1890 ... every year on May 2"
    and "sank in May 2024 ... will open on May 9" keep the year their tense gives."""
    year = ctx.months_named.get(month)
    return year is not None and ctx.dct is not None and ctx.dct.year - 1 <= year <= ctx.dct.year \
        and ctx.tense(*m.span()) == "past"


def _expand_year(text: str, dct: dt.date | None) -> int:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    pivot = (dct.year % 100 if dct else 30) + 10  # "'82" is 1982 but "'24" is 2024 for a 2024 article
    century = (dct.year // 100 * 100) if dct else 2000
    return century + two if two <= pivot else century - 100 + two


def _year_matching_weekday(month: int, day: int, weekday: int, dct: dt.date) -> int | None:
    """The year nearest the DCT in which `month`/`day` falls on `weekday` ("Friday January 5")."""
    for shift in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        year = dct.year + shift
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def _norm_numeric_date(m: re.Match[str], ctx: _Context) -> Normalised | None:
    groups = m.groupdict()
    if groups.get("iso_year"):
        year, month, day = int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
    else:
        first, second = int(groups["first"]), int(groups["second"])
        year = _expand_year(groups["num_year"], ctx.dct)
        # Month first (US usage) unless the first number cannot be a month; dots are European.
        month, day = (first, second) if first <= 12 and groups["sep"] != "." else (second, first)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return _point_value("DATE", f"{year:04d}-{month:02d}-{day:02d}", None, m.start(), ctx)


def _norm_month(m: re.Match[str], ctx: _Context) -> Normalised | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    mod = _mod_of(m.group("mod"))
    rel = (m.group("rel") or "").lower().split()
    year_text = m.group("year")
    if year_text:
        ctx.months_named[month] = _expand_year(year_text, ctx.dct)
        return Normalised("DATE", f"{ctx.months_named[month]:04d}-{month:02d}", mod)
    if ctx.dct is None:
        return _unanchored("DATE", f"XXXX-{month:02d}", mod)
    if m.group("yrel"):  # "October of next year"
        year = ctx.dct.year + _relative_shift(m.group("yrel").lower())
        return Normalised("DATE", f"{year:04d}-{month:02d}", mod)
    if rel and rel[-1] in {"last", "past", "previous"}:
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel and rel[-1] in {"next", "coming"}:
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel and rel[-1] == "this":
        year = ctx.dct.year
    else:
        year = _year_for_month(month, ctx.dct, ctx.tense(m.start("month"), m.end()))
    return Normalised("DATE", f"{year:04d}-{month:02d}", mod)


def norm_month_range_quarter(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the April-June quarter", "the January-March period" (wave 11), "the July-to-September quarter of
    2009" (wave 12), "the December quarter" (wave 15): the calendar quarter its first and last months
    bound, or its one month ends, in the year its last month falls in (the year written, else the
    tense's)."""
    last = MONTHS[m.group("month").lower().rstrip(".")]
    quarter = f"Q{last // 3}"
    year_text = m.group("year") or m.group("of_year")
    if year_text:
        return Normalised("DATE", f"{_expand_year(year_text, ctx.dct):04d}-{quarter}")
    if ctx.dct is None:
        return _unanchored("DATE", f"XXXX-{quarter}")
    year = _year_for_month(last, ctx.dct, ctx.tense(m.start("month"), m.end()))
    return Normalised("DATE", f"{year:04d}-{quarter}")


def accept_month_range_quarter(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """Only three months that make a calendar quarter: January-March, April-June, July-September,
    October-December; one month alone names the quarter it ends ("the December quarter", "the June
    quarter" of company results: October-December, April-June)."""
    last = MONTHS[match.group("month").lower().rstrip(".")]
    if match.group("first") is None:
        return last % 3 == 0
    first = MONTHS[match.group("first").lower().rstrip(".")]
    return first % 3 == 1 and last == first + 2


def _norm_year(m: re.Match[str], ctx: _Context) -> Normalised | None:
    mod = _mod_of(m.groupdict().get("mod"))
    return Normalised("DATE", f"{_expand_year(m.group('year'), ctx.dct):04d}", mod)


def _norm_year_range(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"2009-2010", "1957-58", "from 2009 to 2011": the years between, as MEANTIME annotates them
    (a DURATION of last minus first years)."""
    first = int(m.group("first"))
    last_text = m.group("last")
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    return Normalised("DURATION", f"P{last - first}Y")


def _norm_week_of_month(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the last week of March": the ISO week holding most of that week of the month."""
    month = MONTHS[m.group("month").lower()]
    if m.group("year"):
        year = _expand_year(m.group("year"), ctx.dct)
    elif ctx.dct is not None:
        year = _year_for_month(month, ctx.dct, ctx.tense(*m.span()))
    else:
        return _unanchored("DATE", "XXXX-WXX")
    which = m.group("which").lower()
    if which in {"last", "final"}:
        day = _month_end(year, month) - dt.timedelta(days=3)
    else:
        day = dt.date(year, month, 1) + dt.timedelta(days=3 + 7 * (ORDINALS[which] - 1))
    return Normalised("DATE", _iso_week(day))


def _norm_mod_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the end of the year", "the beginning of the month": the current one, with a modifier."""
    unit = m.group("unit").lower()
    mod = _mod_of(m.group("mod"))
    if ctx.dct is None:
        return _unanchored("DATE", _unknown_unit_value(unit), mod)
    value = _shifted_unit_value(unit, 0, ctx.dct) or ""
    value, mod = half_of_year(m.group("mod"), unit, value) or (value, mod)
    return Normalised("DATE", value, mod)


def _norm_part_of_the_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    day = ctx.reference or ctx.dct
    mod = "END" if m.group("mod").lower().startswith("late") else "START"
    if day is None:
        return _unanchored("DATE", "XXXX-XX-XX", mod)
    return Normalised("DATE", day.isoformat(), mod)


def _norm_fiscal_year(m: re.Match[str], ctx: _Context) -> Normalised | None:
    return Normalised("DATE", f"FY{_expand_year(m.group('year'), ctx.dct):04d}")


def _norm_decade(m: re.Match[str], ctx: _Context) -> Normalised | None:
    mod = _mod_of(m.group("mod"))
    if m.group("century") is not None:
        digits = m.group("century")
        if digits.endswith("00") and digits < "2000":  # "the 1800s": the hundred years, the 19th century
            return Normalised("DATE", digits[:2], mod)
        return Normalised("DATE", digits[:3], mod)  # "the 1980s"; "the 2000s" is the decade, as news says it
    two = m.group("decade")
    century = 19 if ctx.dct is None or int(two) > ctx.dct.year % 100 else ctx.dct.year // 100
    return Normalised("DATE", f"{century}{two[0]}", mod)


def _norm_century(m: re.Match[str], ctx: _Context) -> Normalised | None:
    ordinal = int(re.sub(r"\D", "", m.group("nth")))
    return Normalised("DATE", f"{ordinal - 1:02d}", _mod_of(m.group("mod")))


def _quarter_number(groups: dict[str, str | None]) -> int:
    """1-4 for "Q3" or "the third quarter"; 0 for a half ("the 2nd half"), which names no quarter."""
    if groups.get("qnum"):
        return int(groups["qnum"] or 0)
    ordinal = groups.get("ordinal")
    return ORDINALS[ordinal.lower()] if ordinal else 0


_POSSESSIVE_YEAR = re.compile(
    r"\b(?:(?P<year>(?:1\d|20)\d\d)|(?P<rel>last|this|next|previous)\s+year)['’]s\s+(?:the\s+)?$",
    re.IGNORECASE)


def _owning_year(ctx: _Context, start: int) -> int | None:
    """The year a possessive in front names: "2008's fourth quarter", "last year's first half"."""
    owner = _POSSESSIVE_YEAR.search(ctx.text[max(0, start - 20):start])
    if owner is None:
        return None
    if owner.group("year"):
        return int(owner.group("year"))
    return ctx.dct.year + _relative_shift(owner.group("rel").lower()) if ctx.dct is not None else None


def _year_of_the_narrative(ctx: _Context) -> int | None:
    """"The year's first quarter": the year of the day the narrative last named, else of the DCT (as
    "in the year"). "Last year's", "2008's" stay expressions of their own (`_owning_year`)."""
    day = ctx.reference or ctx.dct
    return day.year if day is not None else None


def _norm_quarter(m: re.Match[str], ctx: _Context) -> Normalised | None:
    groups = m.groupdict()
    half = groups.get("half")
    quarter = _quarter_number(groups)
    code = f"H{1 if half.lower() in {'first', '1st'} else 2}" if half else f"Q{quarter}"
    year_text, rel = groups.get("year") or groups.get("fyear"), (groups.get("rel") or "").lower()
    if year_text:  # "the fiscal 2024 first quarter": the quarter kept with the year the text gives
        return Normalised("DATE", f"{_expand_year(year_text, ctx.dct):04d}-{code}")
    owner = _owning_year(ctx, m.start()) if groups.get("owner") is None else _year_of_the_narrative(ctx)
    if owner is not None:
        return Normalised("DATE", f"{owner:04d}-{code}")
    if ctx.dct is None or (groups.get("fiscal") and not rel):
        return _unanchored("DATE", f"XXXX-{code}")  # "the fiscal first quarter": no calendar is told
    if rel:
        return Normalised("DATE", f"{ctx.dct.year + _relative_shift(rel):04d}-{code}")
    if (groups.get("ordinal") or "").lower() == "last" and not half:
        year, month = _shift_months(ctx.dct.year, ctx.dct.month, -3)  # "the last quarter": the one before
        return Normalised("DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}")
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        first_month = (quarter - 1) * 3 + 1 if not half else (1 if code == "H1" else 7)
        span = 3 if not half else 6
        candidates.append((dt.date(year, first_month, 1), _month_end(year, first_month + span - 1), year))
    year = _choose(candidates, ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", f"{year:04d}-{code}")


def _norm_season(m: re.Match[str], ctx: _Context) -> Normalised | None:
    code = SEASONS[m.group("season").lower()]
    mod = _mod_of(m.group("mod"))
    if m.group("year"):
        return Normalised("DATE", f"{_expand_year(m.group('year'), ctx.dct):04d}-{code}", mod)
    if ctx.dct is None:
        return _unanchored("DATE", f"XXXX-{code}", mod)
    candidates = _season_spans(code, ctx.dct)
    shift = _relative_shift((m.group("rel") or "").lower())
    if shift > 0:  # "next fall" said in January: this year's autumn, the first one still to begin
        year = next(year for start, _, year in candidates if start > ctx.dct)
    elif shift < 0:  # "last summer" said in November: this year's, the latest one already over
        year = next(year for _, end, year in reversed(candidates) if end < ctx.dct)
    elif m.group("rel"):  # "this spring"
        year = ctx.dct.year
    else:  # the three nearest seasons, as for quarters and holidays
        year = _choose(candidates[1:], ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", f"{year:04d}-{code}", mod)


def _season_spans(code: str, dct: dt.date) -> list[tuple[dt.date, dt.date, int]]:
    """The season in the years around the publication date, earliest first: (first day, last day, year);
    a winter is named by the year its December falls in."""
    first, last = SEASON_MONTHS[code]
    spans = []
    for year in range(dct.year - 2, dct.year + 2):
        end_year, end_month = _shift_months(year, first, last - first)
        spans.append((dt.date(year, first, 1), _month_end(end_year, end_month), year))
    return spans


def _norm_holiday(m: re.Match[str], ctx: _Context) -> Normalised | None:
    name = re.sub(r"\s+", " ", m.group("holiday").lower()).replace("’", "'")
    rule = HOLIDAYS[name]
    later = _LATER_YEAR.match(ctx.text[m.end():m.end() + 60])
    year_text = (m.group("year") or m.group("preyear") or (later.group(1) if later else None)
                 or _year_in_phrase(ctx, m.start(), m.end()))
    if year_text:  # the year the text gives this day ("the 2004 Boxing Day tsunami"), never the DCT's
        return _point_value("DATE", rule(_expand_year(year_text, ctx.dct)).isoformat(), None, m.start(), ctx)
    if ctx.dct is None:
        return _unanchored("DATE", rule(2000).strftime("XXXX-%m-%d"))
    candidates = [(rule(y), rule(y), y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    year = _choose(candidates, ctx.dct, ctx.tense(*m.span()))
    return _point_value("DATE", rule(year).isoformat(), None, m.start(), ctx)


_YEAR_TOKEN = re.compile(r"^(?:1\d{3}|20\d{2})$")


def _year_in_phrase(ctx: _Context, start: int, end: int) -> str | None:
    """The year the sentence gives the happening a holiday names: "the Boxing Day tsunami, which killed
    thousands in 2004" (the year inside the phrase of the noun the holiday modifies, relative clause
    included). Only with a parse; a year elsewhere in the sentence dates something else."""
    if ctx.doc is None:
        return None
    token = _token_at(ctx.doc, ctx.token_starts, max(start, end - 1))
    while token is not None and token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    if token is None or token.idx < start:
        return None  # the holiday is not a modifier of a noun of its own
    years = [t.text for t in token.subtree if _YEAR_TOKEN.match(t.text) and not start <= t.idx < end]
    return years[0] if len(set(years)) == 1 else None
