"""What every normaliser shares: the result (`Normalised`), the context it reads (text, DCT, parse,
last day mentioned) and calendar arithmetic (nth weekday, month ends, ISO weeks, durations)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from generator.annotate.timex.deadlines import is_past_granted_deadline, is_set_deadline, names_set_deadline
from generator.annotate.timex.lexicon import (
    NUMBER_WORDS,
    POINT_MODS,
    TIME_UNITS,
    UNIT_CODES,
    UNIT_YEARS,
    VAGUE_NUMBERS,
)
from generator.annotate.timex.tense import (
    _DEADLINE,
    Tense,
    _tense_from_parse,
    _token_at,
    clause_tense,
)
from generator.models import TimexType

Chosen = TypeVar("Chosen")  # what a candidate period stands for: a year, a date

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Normalised:
    type: TimexType
    value: str
    mod: str | None = None
    anchored: bool = True
    counted: str | None = None  # the duration counted to reach a date ("two years ago": P2Y)


@dataclass
class _Context:
    """What the normalisers need besides the match: the text, the DCT and the parse."""

    text: str
    dct: dt.date | None
    doc: Doc | None
    token_starts: list[int] = field(default_factory=list)
    reference: dt.date | None = None  # the last day mentioned, for "the same day", "the next day"
    reference_offset: int = -1
    reference_value: str | None = None  # the last DATE value with a year, for "that year", "the same month"
    quarter_named: str | None = None  # the last quarter named with its year (2031-Q2), for "in the quarter"
    # The year chosen for each (month, day) named without one: "November 16" named twice is one day.
    days_named: dict[tuple[int, int], int] = field(default_factory=dict)
    # The year of the last date the text wrote with its year, by month: "on May 4, 2023 ... around 2
    # a.m. May 5" is the next day, not a day of the year the article came out in (wave 14).
    months_named: dict[int, int] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense:
        if self.doc is not None:
            date = _token_at(self.doc, self.token_starts, start)
            if date is not None and (is_past_granted_deadline(date) or is_set_deadline(date)):
                return "unknown"  # "gave the bank until Friday to raise capital": the nearest Friday
            tense = _tense_from_parse(self.doc, self.token_starts, start)
        elif names_set_deadline(self.text, start, end):
            return "unknown"  # "has handed the firm a June 3 deadline": the nearest June 3
        else:
            tense = clause_tense(self.text, start, end)
        if tense == "unknown" and _DEADLINE.search(self.text[max(0, start - 12):start]):
            return "future"  # "closed until Friday", "by early June": a deadline still to come
        return tense


# --------------------------------------------------------------------------- anchoring helpers


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def _choose(candidates: Sequence[tuple[dt.date, dt.date, Chosen]], dct: dt.date, tense: Tense) -> Chosen:
    """Pick the candidate period that fits the tense: on or before the DCT for the past, on or after
    it for the future, otherwise the nearest (ties go to the past, as news mostly reports the past)."""
    if tense == "past":
        fitting = [c for c in candidates if c[0] <= dct]
        if fitting:
            return max(fitting, key=lambda c: c[0])[2]
    if tense == "future":
        fitting = [c for c in candidates if c[1] >= dct]
        if fitting:
            return min(fitting, key=lambda c: c[0])[2]

    def distance(c: tuple[dt.date, dt.date, Chosen]) -> tuple[int, int]:
        if c[0] <= dct <= c[1]:
            return (0, 0)
        gap = (c[0] - dct).days if c[0] > dct else (dct - c[1]).days
        return (gap, 1 if c[0] > dct else 0)

    return min(candidates, key=distance)[2]


# A day named without its year this close to the publication date is the one around it, whatever the
# tense: news gives the year of a day a year away ("on November 11" in an article of 5 November 2005
# is 2005-11-11 even in "the stop on November 11 was cancelled").
NEAR_DAYS = 7


def _year_for_month(month: int, dct: dt.date, tense: Tense, day: int | None = None) -> int:
    candidates: list[tuple[dt.date, dt.date, int]] = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if day is not None:
            try:
                start = end = dt.date(year, month, day)
            except ValueError:
                continue
        else:
            start, end = dt.date(year, month, 1), _month_end(year, month)
        candidates.append((start, end, year))
    near = [year for start, _, year in candidates if abs((start - dct).days) <= NEAR_DAYS]
    if day is not None and near:
        return near[0]
    return _choose(candidates, dct, tense) if candidates else dct.year


def _weekday_date(weekday: int, dct: dt.date, tense: Tense) -> dt.date:
    candidates = []
    for shift in range(-7, 8):
        day = dct + dt.timedelta(days=shift)
        if day.isoweekday() == weekday and day != dct - dt.timedelta(days=7) and day != dct + dt.timedelta(7):
            candidates.append((day, day, day))
    if tense == "unknown":
        tense = "past"  # a bare weekday in news reports mostly refers to the days just gone
    return _choose(candidates, dct, tense)


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def _number(text: str) -> float | None:
    """The value of a number written in digits or words; None for vague amounts ("several")."""
    words = text.lower().replace("-", " ").split()
    if not words or any(w in VAGUE_NUMBERS for w in words):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", words[0]):
        return float(words[0])
    if len(words) > 1 and words[0] in {"a", "an"} and words[1] in NUMBER_WORDS and words[1] != "half":
        words = words[1:]  # "a couple of", "a single", "a dozen": the article counts nothing of its own
    if words[0] == "half":
        return 0.5  # "half a year"
    if words[-1] == "half" and len(words) > 1:  # "two and a half", "a half": the whole part, plus a half
        whole = words[:words.index("and")] if "and" in words else []
        return (_number(" ".join(whole)) or 0.0) + 0.5 if whole else 0.5
    total = 0.0
    for word in words:
        if word in {"and", "of"}:
            continue
        if word == "half":
            total = total + 0.5 if total else 0.5
        elif word == "hundred":
            total = (total or 1) * 100
        elif word in NUMBER_WORDS:
            total += NUMBER_WORDS[word]
    return total or None


def _format_amount(amount: float | None) -> str:
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _unit_of(word: str) -> str:
    word = word.lower().rstrip(".")
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNIT_CODES else word


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3Y, PT30M, P10Y for a decade, PXY when the amount is vague."""
    if unit in UNIT_YEARS:
        years = None if amount is None else amount * UNIT_YEARS[unit]
        return f"P{_format_amount(years)}Y"
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{_format_amount(amount)}{UNIT_CODES[unit]}"


# --------------------------------------------------------------------------- normalisers


def _unanchored(kind: TimexType, value: str, mod: str | None = None) -> Normalised:
    return Normalised(kind, value, mod, anchored=False)


def _mod_of(phrase: str | None) -> str | None:
    if not phrase:
        return None
    key = re.sub(r"\s+", " ", phrase.strip().lower())
    key = re.sub(r"\s+the$", "", key)
    if key.startswith("the ") and key not in POINT_MODS:
        key = key[4:]
    return POINT_MODS.get(key, POINT_MODS.get(key.rstrip("-")))


_HALF = re.compile(r"(?:the\s+)?(?P<which>first|second)\s+half\s+of", re.IGNORECASE)


def half_of_year(phrase: str | None, unit: str, value: str) -> tuple[str, str | None] | None:
    """"the first half of the year", "the second half of next year": TIMEX3's half year (2024-H1),
    as "the first half of 2024" is, not the year with a modifier. None for any other modifier."""
    half = _HALF.match((phrase or "").strip())
    if half is None or unit != "year" or not re.fullmatch(r"\d{4}", value):
        return None
    return f"{value}-H{1 if half.group('which').lower() == 'first' else 2}", None


# A date that is all of a parenthesis ("ran for 301 yards (9/14/58)"): an aside citing when, not the
# narrative's day, so "the same day" or "of the day" after it is not counted from it (wave 13).
_ASIDE_END = re.compile(r"[^()\n]{1,24}\)")


def _point_value(kind: TimexType, value: str, mod: str | None, start: int, ctx: _Context) -> Normalised:
    aside = ctx.text[:start].rstrip().endswith("(") and _ASIDE_END.match(ctx.text, start) is not None
    if kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and not aside:
        ctx.reference = dt.date.fromisoformat(value)
        ctx.reference_offset = start
    return Normalised(kind, value, mod)


def _relative_shift(rel: str) -> int:
    """-1 for last/previous/past, +1 for next/coming/following, 0 for this or no word at all."""
    words = rel.split()
    if not words:
        return 0  # "in the summer": no relative word, the tense decides
    last = words[-1]
    if last in {"last", "previous", "past"} or rel == "this past":
        return -1
    if last in {"next", "coming", "following"}:
        return 1
    return 0


def _unknown_unit_value(unit: str) -> str:
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "day": "XXXX-XX-XX"}.get(unit, "XXXX")


def _shifted_unit_value(unit: str, shift: int, dct: dt.date) -> str | None:
    if unit == "day":
        return (dct + dt.timedelta(days=shift)).isoformat()
    if unit in {"week", "weekend"}:
        week = _iso_week(dct + dt.timedelta(days=7 * shift))
        return week + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        year, month = _shift_months(dct.year, dct.month, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = _shift_months(dct.year, dct.month, 3 * shift)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{dct.year + shift:04d}"
    if unit == "decade":
        return str(dct.year // 10 + shift)
    if unit == "century":
        return f"{dct.year // 100 + shift:02d}"
    return None

