"""Normalisers of dates relative to the publication date or to a day just mentioned: weekdays,
today/yesterday, "two weeks ago", "next month", durations, sets, clock times."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from generator.annotate.timex.lexicon import (
    AMOUNT_MODS,
    LATEST,
    NUMBER_WORDS,
    PART_OF_DAY,
    PREVIOUS_SYNONYMS,
    UNIT_YEARS,
    WEEKDAYS,
    _alternation,
)
from generator.annotate.timex.narrative import named_period_start
from generator.annotate.timex.normalise import (
    Normalised,
    _Context,
    _iso_week,
    _mod_of,
    _number,
    _point_value,
    _relative_shift,
    _shift_months,
    _shifted_unit_value,
    _unanchored,
    _unit_of,
    _unknown_unit_value,
    _weekday_date,
    duration_value,
    half_of_year,
)

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    pass



def _weekday_or_relative_day(word: str, start: int, end: int, ctx: _Context) -> tuple[str, bool] | None:
    """Day value of a weekday name or of today/yesterday/tomorrow, and whether it is anchored."""
    key = word.lower().rstrip(".")
    shifts = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if ctx.dct is None:
        return (f"XXXX-WXX-{WEEKDAYS[key]}", False) if key in WEEKDAYS else ("XXXX-XX-XX", False)
    if key in shifts:
        return (ctx.dct + dt.timedelta(days=shifts[key])).isoformat(), True
    return _weekday_date(WEEKDAYS[key], ctx.dct, ctx.tense(start, end)).isoformat(), True


def _norm_weekday(m: re.Match[str], ctx: _Context) -> Normalised | None:
    rel = (m.group("rel") or "").lower()
    weekday = WEEKDAYS[m.group("weekday").lower().rstrip(".")]
    part = m.group("part")
    if ctx.dct is None:
        value = f"XXXX-WXX-{weekday}"
        if part:
            return _unanchored("TIME", value + "T" + PART_OF_DAY[part.lower()])
        return _unanchored("DATE", value)
    if rel in {"last", "past", "this past"}:
        day = _weekday_date(weekday, ctx.dct - dt.timedelta(days=1), "past")
    elif rel in {"next", "coming", "this coming"}:
        day = _weekday_date(weekday, ctx.dct + dt.timedelta(days=1), "future")
    elif rel == "this":
        day = _weekday_date(weekday, ctx.dct, "future")
    else:
        day = _weekday_date(weekday, ctx.dct, ctx.tense(m.start("weekday"), m.end()))
    if part:
        return Normalised("TIME", f"{day.isoformat()}T{PART_OF_DAY[part.lower()]}")
    return _point_value("DATE", day.isoformat(), _mod_of(m.group("mod")), m.start(), ctx)


def _norm_relative_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    word = m.group("word").lower()
    part = m.group("part")
    if word in {"day before yesterday", "day after tomorrow"}:
        shift = -2 if "before" in word else 2
        if ctx.dct is None:
            return _unanchored("DATE", "XXXX-XX-XX")
        return _point_value("DATE", (ctx.dct + dt.timedelta(days=shift)).isoformat(), None, m.start(), ctx)
    if word in {"this", "last"}:  # "this morning", "last night"
        anchor = "yesterday" if word == "last" else "today"
        result = _weekday_or_relative_day(anchor, m.start(), m.end(), ctx)
    else:
        result = _weekday_or_relative_day(word, m.start(), m.end(), ctx)
    if result is None:
        return None
    value, anchored = result
    if word == "tonight" and not part:
        part = "night"
    if part:
        return Normalised("TIME", f"{value}T{PART_OF_DAY[part.lower()]}", anchored=anchored)
    if not anchored:
        return _unanchored("DATE", value)
    return _point_value("DATE", value, None, m.start(), ctx)


def _norm_ago(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"two years ago", "three weeks from now": the date reached, with the duration counted to reach it
    (`Normalised.counted`: P2Y, P3W; PXY for "decades ago", some of them)."""
    unit = _unit_of(m.group("unit") or m.group("plural"))
    amount = _number(m.group("amount")) if m.group("amount") else None  # "decades ago": some decades
    found = _date_counted(unit, amount, m, ctx)
    # "about two years ago" is about that date; "more than two years ago" is before it, a bound TimeML
    # writes otherwise than the duration's MORE_THAN, so only the approximation is kept
    approx = amount is not None and AMOUNT_MODS.get(_words(m.groupdict().get("amod"))) == "APPROX"
    mod = "APPROX" if approx else found.mod
    return dataclasses.replace(found, counted=duration_value(amount, unit), mod=mod)


def _words(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower())


def _date_counted(unit: str, amount: float | None, m: re.Match[str], ctx: _Context) -> Normalised:
    direction = -1 if m.group("dir").lower() == "ago" else 1
    if ctx.dct is None or amount is None or amount != int(amount):
        return _unanchored("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    n = int(amount) * direction
    dct = ctx.dct
    if unit == "day":  # a day of its own: later "the next day" counts from it
        return _point_value("DATE", (dct + dt.timedelta(days=n)).isoformat(), None, m.start(), ctx)
    if unit == "week":
        return Normalised("DATE", (dct + dt.timedelta(days=n * 7)).isoformat())
    if unit == "month":
        year, month = _shift_months(dct.year, dct.month, n)
        return Normalised("DATE", f"{year:04d}-{month:02d}")
    if unit in {"year", "decade", "century"}:
        years = n * UNIT_YEARS.get(unit, 1)
        return Normalised("DATE", f"{dct.year + years:04d}")
    if unit == "quarter":
        year, month = _shift_months(dct.year, dct.month, 3 * n)
        return Normalised("DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}")
    return Normalised("TIME", "PAST_REF" if direction < 0 else "FUTURE_REF")


def _norm_relative_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """this/last/next week|month|year|quarter|decade|weekend, with an optional adjective."""
    rel = " ".join(PREVIOUS_SYNONYMS.get(word, word) for word in m.group("rel").lower().split())
    rel = LATEST.get(rel, rel)
    unit = m.group("unit").lower()
    mod = _mod_of(m.group("mod"))
    fiscal = unit == "year" and bool(_FISCAL.search(m.group(0)))
    if rel in {"the past", "the last", "past", "the coming", "the next"} and unit != "quarter" and not fiscal:
        # TimeML reads "the past year" as the twelve months up to now (a duration), not last year.
        return Normalised("DURATION", duration_value(1, unit), mod)
    shift = _relative_shift(rel)
    # "in 2008, down 23% from the previous year": previous to the year the text named, not the DCT's.
    named = named_period_start(unit, ctx) if rel.split()[-1] in {"previous", "following"} else None
    anchor = named or ctx.dct
    if anchor is None:
        return _unanchored("DATE", _unknown_unit_value(unit), mod)
    value = _shifted_unit_value(unit, shift, anchor)
    if not value:
        return None
    value, mod = half_of_year(m.group("mod"), unit, value) or (value, mod)
    if fiscal:
        value = f"FY{value}"  # "last fiscal year" as TIMEX3 writes "fiscal 2007": FY2007
    return Normalised("DATE", value, mod)


_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)


def _norm_weekend(m: re.Match[str], ctx: _Context) -> Normalised | None:
    if ctx.dct is None:
        return _unanchored("DATE", "XXXX-WXX-WE")
    saturday = _weekday_date(6, ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", _iso_week(saturday) + "-WE")


def _norm_duration(m: re.Match[str], ctx: _Context) -> Normalised | None:
    unit = _unit_of(m.group("unit"))
    amount_text = m.group("amount")
    amount = _number(amount_text) if amount_text else None
    if amount_text is None and m.group("rel") is None:
        amount = None
    elif amount_text is None:
        amount = 1
    amount_mod = re.sub(r"\s+", " ", (m.group("amod") or "").lower())
    # "over thousands of years": a preposition before a vague amount, not "more than"
    mod = None if amount_mod == "over" and amount is None else AMOUNT_MODS.get(amount_mod)
    if amount_text and amount_text.lower() in {"a", "an"}:
        if unit in {"quarter", "second"}:
            return None  # "a quarter of its dealers" is a fraction, "a second plane" an ordinal
        if m.group("unit").lower().endswith("s"):
            amount = None  # "a decades-long dispute": the article belongs to the noun
    if amount_text and amount_text.lower() in {"a", "an"} and _is_rate(ctx.text, m.start()):
        return Normalised("SET", duration_value(1, unit))
    return Normalised("DURATION", duration_value(amount, unit), mod)


def _is_rate(text: str, start: int) -> bool:
    """"15 a year", "twice a week", "ten a month", "30 flights a month", "$300 million in fuel a year":
    "a <unit>" up to three words after an amount is a frequency, unless a preposition takes it as its
    object ("20 died in a day", "jailed 20 years for a week's theft" stay spans of time)."""
    before = text[max(0, start - 60):start].lower()
    return bool(_RATE_AMOUNT_BEFORE.search(before)) and not _PREPOSITION_BEFORE.search(before)


_RATE_AMOUNT = _alternation([word for word in NUMBER_WORDS if word not in {"a", "an", "half", "single"}]
                            + ["once", "twice", "thrice", "times", "percent", "billion", "million",
                               "thousand", "cent", "cents"])
_RATE_AMOUNT_BEFORE = re.compile(rf"(?:\d[\d,.]*%?|\b(?:{_RATE_AMOUNT})\b)(?:\s+[a-z$-]+){{0,3}}\s*$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|within|for|over|after|before|than|about|around|under|by|per|of"
                                 r"|from|to|as|at|into|during|nearly|almost)\s*$")


def _norm_set(m: re.Match[str], ctx: _Context) -> Normalised | None:
    word = m.group(0).lower()
    adverbs = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
               "daily": "P1D", "nightly": "P1NI", "hourly": "PT1H", "quarterly": "P1Q", "biannual": "P6M",
               "biennial": "P2Y"}
    if word in adverbs:
        return Normalised("SET", adverbs[word])
    if m.group("weekday"):
        return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}")
    amount = _number(m.group("amount")) if m.group("amount") else 1
    return Normalised("SET", duration_value(amount, _unit_of(m.group("unit"))))


def _norm_set_weekdays(m: re.Match[str], ctx: _Context) -> Normalised | None:
    return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}")


REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the time being": "PRESENT_REF",
    "at this time": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "recent years": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF",
}


def _norm_reference(m: re.Match[str], ctx: _Context) -> Normalised | None:
    key = re.sub(r"\s+", " ", m.group(0).lower())
    return Normalised("DATE", REFERENCE_WORDS[key], anchored=ctx.dct is not None)


def _norm_anaphoric_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the same day", "the next day", "that day": relative to the last day mentioned, else the DCT."""
    words = [PREVIOUS_SYNONYMS.get(word, word) for word in m.group(0).lower().split()]
    reference = ctx.reference or ctx.dct
    if reference is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    shift = 1 if {"next", "following", "after"} & set(words) else -1 if {"previous", "before"} & set(
        words) else 0
    day = reference + dt.timedelta(days=shift)
    if shift and _WORKDAY.intersection(words):  # "the previous trading day" of a Monday is the Friday
        while day.isoweekday() > 5:
            day += dt.timedelta(days=shift)
    # The day found becomes the narrative's reference in turn: "On Monday ... The next day ... The
    # following day" walks forward one day at a time, across sentences.
    return _point_value("DATE", day.isoformat(), None, m.start(), ctx)


_WORKDAY = frozenset({"trading", "business", "working"})


def _clock_value(text: str) -> str | None:
    text = text.lower().strip()
    if text == "noon":
        return "12:00"
    if text == "midnight":
        return "24:00"
    match = re.match(r"(\d{1,2})(?:[:.]?(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)?", text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    zone = "Z" if re.search(r"\b(?:utc|gmt|z)\b", text) else ""
    return f"{hour:02d}:{minute:02d}{zone}"


CLOCK_REFERENCE_REACH = 200  # characters: a clock time belongs to a day named shortly before it


def _norm_clock(m: re.Match[str], ctx: _Context) -> Normalised | None:
    clock = _clock_value(m.group("clock"))
    if clock is None:
        return None
    day_word = m.group("dayword")
    if day_word:
        key = day_word.lower().rstrip(".")
        if key in WEEKDAYS or key in {"today", "yesterday", "tomorrow", "tonight"}:
            result = _weekday_or_relative_day(day_word, m.start(), m.end(), ctx)
        else:
            result = None
        if result is None:
            return None
        day, anchored = result
    elif ctx.reference is not None and m.start() >= ctx.reference_offset and _on_the_reference_day(m, ctx):
        day, anchored = ctx.reference.isoformat(), True  # "test flight Tuesday ... at 18:00 UTC"
        # The narrative is still on that day: "at 9:26 p.m. ... at 10:05 p.m. ... around 10 p.m." is
        # one night told hour by hour, each hour in reach of the one before (wave 14).
        ctx.reference_offset = m.start()
    elif ctx.dct is not None:
        day, anchored = ctx.dct.isoformat(), True
    else:
        day, anchored = "XXXX-XX-XX", False
    return Normalised("TIME", f"{day}T{clock}", anchored=anchored)


def _told_on_the_narratives_day(m: re.Match[str], ctx: _Context) -> bool:
    """"Police found the car Thursday night. [...paragraphs of the night...] A neighbour saw it at
    11:52 p.m.": a clock time told in the past, with no day of its own, is of the last day the narrative
    named, however far back, when that day is not after the publication date; the publication date
    is a worse guess for it (wave 14)."""
    return ctx.reference is not None and ctx.dct is not None and ctx.reference <= ctx.dct \
        and ctx.tense(m.start(), m.end()) == "past"


def _on_the_reference_day(m: re.Match[str], ctx: _Context) -> bool:
    """A clock time with no day of its own is of the day named shortly before it, or of the narrative's
    last day (`_told_on_the_narratives_day`), but a day a speaker names is the speaker's: it does not
    date the narrative's clock times ("'We met them on Monday,' she said. The strike began at 6 a.m."
    is not Monday's 6 a.m.), and the narrative's day named far back does not date a clock time in a
    quotation ("'It rang at 11 p.m.,' he added" is the speaker's, on the article's day)."""
    from generator.annotate.quote_marks import quoted_parts  # pure regular expressions, cached per text

    def quotation(offset: int) -> int:
        return next((part.start for part in quoted_parts(ctx.text) if part.start <= offset < part.end), -1)

    told_by, clock_in = quotation(ctx.reference_offset), quotation(m.start())
    if m.start() - ctx.reference_offset < CLOCK_REFERENCE_REACH:
        return told_by < 0 or told_by == clock_in
    return told_by == clock_in and _told_on_the_narratives_day(m, ctx)


def _norm_clock_any(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """Clock times, with the day they are attached to on either side ("12:00 UTC Monday")."""
    # _DayWordMatch has the part of re.Match that _norm_clock reads (group, start, end, span).
    return _norm_clock(_DayWordMatch(m), ctx)  # type: ignore[arg-type]


class _DayWordMatch:
    """Presents a clock match's trailing day word as `dayword`, so one normaliser handles both orders."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self, name: str) -> str | None:
        if name == "dayword":
            return self._match.group("dayword") or self._match.group("dayword2")
        return self._match.group(name)

    def start(self, *args: str) -> int:
        return self._match.start(*args)

    def end(self, *args: str) -> int:
        return self._match.end(*args)

    def span(self) -> tuple[int, int]:
        return self._match.span()

