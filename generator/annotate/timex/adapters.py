"""Adapters that let an existing normaliser read a new wording: a match whose group is read as other
words ("a year and a half" as "one and a half" years, "midday" as "noon"), and the normalisers built
on them."""

from __future__ import annotations

import dataclasses
import re

from generator.annotate.timex.dates import _norm_mod_unit
from generator.annotate.timex.lexicon import UNIT_YEARS
from generator.annotate.timex.narrative import (
    named_period_start,
    norm_anaphoric_period,
    norm_part_of_reference_day,
)
from generator.annotate.timex.normalise import (
    Normalised,
    _Context,
    _shifted_unit_value,
    _unanchored,
    _unit_of,
    _unknown_unit_value,
    duration_value,
)
from generator.annotate.timex.relative import _norm_ago, _norm_clock_any, _norm_duration

# --------------------------------------------------------------------------- normalisers' adapters


class _RenamedGroup:
    """A match that reads one group as other words, so that an existing normaliser handles a new
    wording ("a year and a half" as "one and a half" years, "midday" as "noon")."""

    def __init__(self, match: re.Match[str], name: str, value: str | None) -> None:
        self._match, self._name, self._value = match, name, value

    def group(self, name: str | int = 0) -> str | None:
        return self._value if name == self._name else self._match.group(name)

    def groupdict(self) -> dict[str, str | None]:
        return {**self._match.groupdict(), self._name: self._value}

    def start(self, *args: str) -> int:
        return self._match.start(*args)

    def end(self, *args: str) -> int:
        return self._match.end(*args)

    def span(self, *args: str) -> tuple[int, int]:
        return self._match.span(*args)


def _norm_duration_and_half(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"a year and a half", "two hours and a half": the amount plus a half."""
    amount = m.group("amount")
    if not m.group("half") or not amount:
        return _plural_is_vague(m, _norm_duration(m, ctx))
    whole = "one" if amount.lower() in {"a", "an"} else amount
    return _norm_duration(_RenamedGroup(m, "amount", f"{whole} and a half"), ctx)  # type: ignore[arg-type]


def _norm_earlier_later(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"a year earlier", "40 days later": counted from the narrative's reference time, as "ago" counts
    from the DCT. Years (decades), months and quarters count from the period the text last named ("founded
    in 1976. Two years later" is 1978, not two years after publication); days and weeks from the last
    day it named; else from the DCT. A day found becomes the narrative's reference in turn.
    A bare plural ("hours later", "days earlier") names no amount to count: a span of some hours
    (PTXH), as TimeML writes a vague amount, not a date (wave 12)."""
    plural = m.groupdict().get("plural")
    if plural:
        return Normalised("DURATION", duration_value(None, _unit_of(plural)))
    unit = _unit_of(m.group("unit"))
    named = named_period_start("year" if unit in UNIT_YEARS else unit, ctx)
    anchored = dataclasses.replace(ctx, dct=named or ctx.reference or ctx.dct)
    direction = "ago" if m.group("dir").lower() == "earlier" else "from now"
    found = _norm_ago(_RenamedGroup(m, "dir", direction), anchored)  # type: ignore[arg-type]
    ctx.reference, ctx.reference_offset = anchored.reference, anchored.reference_offset
    return found


def norm_period_adjective(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the year-earlier quarter", "year-ago sales", "month-earlier levels" (wave 10): one unit before the
    period in focus, as "a year earlier" reads it."""
    one_earlier = _RenamedGroup(_RenamedGroup(m, "amount", "one"), "dir", "earlier")  # type: ignore[arg-type]
    return _norm_earlier_later(one_earlier, ctx)  # type: ignore[arg-type]


def norm_unit_end(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"at year-end", "by quarter end", "year-end 2009" (wave 12): the end of that year, else of the
    current year (month, quarter), as "the end of the year" reads it; "that year-end" is the end of the
    period the text last named, as "that year" is."""
    year = m.group("year") or m.group("year2")
    unit = m.group("unit").lower()
    if year and unit == "year":
        return Normalised("DATE", year, "END")
    named = named_period_start(unit, ctx) if m.group("that") else None
    anchored = dataclasses.replace(ctx, dct=named) if named else ctx
    return _norm_mod_unit(_RenamedGroup(m, "mod", "the end of"), anchored)  # type: ignore[arg-type]


def _norm_in_the_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"earlier in the week", "later in the year": the current week or year, its early or late part."""
    mod = "early" if m.group("mod").lower() == "earlier" else "late"
    return _norm_mod_unit(_RenamedGroup(m, "mod", mod), ctx)  # type: ignore[arg-type]


_ONE_UNIT = re.compile(r"^(PT?)1([A-Z])$")


def _plural_is_vague(m: re.Match[str], found: Normalised | None) -> Normalised | None:
    """"the coming weeks", "the past months": some weeks or months (PXW), not one."""
    one = _ONE_UNIT.match(found.value) if found is not None else None
    if found is None or one is None or m.group("amount") or not m.group("unit").lower().endswith("s"):
        return found
    return dataclasses.replace(found, value=f"{one.group(1)}X{one.group(2)}")


def _norm_the_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"lost $2 billion in the quarter", "fell 7% for the week": the week, month, quarter or year of
    the last day the narrative named, else of the DCT; but a quarter the text named is the quarter it
    goes on about, whatever day was named since ("profit rose in the second quarter ... on Monday it
    said sales fell in the quarter": the second quarter; wave 15)."""
    unit = m.group("unit").lower()
    if unit == "quarter" and ctx.quarter_named is not None:
        return Normalised("DATE", ctx.quarter_named)
    day = ctx.reference or ctx.dct
    if day is None:
        return _unanchored("DATE", _unknown_unit_value(unit))
    return Normalised("DATE", _shifted_unit_value(unit, 0, day) or "")


def _norm_anaphoric_period(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"that year" and "the year before" name their unit in two places of the pattern."""
    unit = m.group("unit") or m.group("unit2")
    return norm_anaphoric_period(_RenamedGroup(m, "unit", unit), ctx)  # type: ignore[arg-type]


def _norm_part_of_reference_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """The part of the day, whichever wording named it ("in the afternoon", "afternoon trading")."""
    part = m.group("part") or m.group("part2")
    return norm_part_of_reference_day(_RenamedGroup(m, "part", part), ctx)  # type: ignore[arg-type]


def _norm_clock_words(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """Clock times, "midday" read as "noon"."""
    clock = m.group("clock") or ""
    if clock.lower().replace("-", "") == "midday":
        return _norm_clock_any(_RenamedGroup(m, "clock", "noon"), ctx)  # type: ignore[arg-type]
    return _norm_clock_any(m, ctx)
