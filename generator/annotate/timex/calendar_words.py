"""Words of the calendar that name a span or a part of the week in one word: "a fortnight" (two
weeks; "a fortnight ago" is the day two weeks back), "fortnightly" (every two weeks), "midweek" (the
middle of a week: the one just gone when the clause tells what happened, else the one at hand), and
an era named after someone or something ("the Douglas era", "the Cold War era", "the post-Soviet era":
a time gone by, TimeML's PAST_REF)."""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.timex.lexicon import AMOUNT_MOD, AMOUNT_MODS, NUMBER
from generator.annotate.timex.normalise import (
    Normalised,
    _Context,
    _format_amount,
    _iso_week,
    _number,
    _unanchored,
    _weekday_date,
)

# "a fortnight ago", "two fortnights from now"
FORTNIGHT_AGO = rf"""(?i:\b(?P<amount>{NUMBER})[\s-]+fortnights?\s+(?P<dir>ago|from\s+now|hence)\b)"""
# "a fortnight", "nearly a fortnight", "the past fortnight", "three fortnights"; not "a fortnight-long
# visit" cut in two (the hyphen keeps it one word, as for the other units)
FORTNIGHT = rf"""(?i:(?:\b(?P<amod>{AMOUNT_MOD})\s+(?!the\b))?
    (?:\b(?P<rel>the\s+(?:past|last|next|coming|previous|following|first))\s+|\b(?P<amount>{NUMBER})[\s-]+)
    fortnights?(?P<long>-long)?)\b(?![\w-])|\b(?i:fortnightly)\b"""
# "midweek", "mid-week"; not "a midweek match", "every midweek", which name no one week
MIDWEEK = r"""(?<!\ba\s)(?<!\bA\s)(?<!\bevery\s)(?<!\beach\s)\b(?i:mid-?week)\b(?!-)"""
_FORTNIGHT_DAYS = 14


def norm_fortnight_ago(m: re.Match[str], ctx: _Context) -> Normalised | None:
    amount = _number(m.group("amount"))
    direction = -1 if m.group("dir").lower() == "ago" else 1
    counted = f"P{_format_amount(None if amount is None else 2 * amount)}W"  # as "two weeks ago" counts
    if ctx.dct is None or amount is None or amount != int(amount):
        return Normalised("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", anchored=False,
                          counted=counted)
    shift = dt.timedelta(days=direction * _FORTNIGHT_DAYS * int(amount))
    return Normalised("DATE", (ctx.dct + shift).isoformat(), counted=counted)


def norm_fortnight(m: re.Match[str], ctx: _Context) -> Normalised | None:
    if m.group(0).lower() == "fortnightly":
        return Normalised("SET", "P2W")
    amount: float | None = 1.0
    if m.group("amount"):
        amount = _number(m.group("amount"))
    weeks = None if amount is None else 2 * amount
    mod = AMOUNT_MODS.get(re.sub(r"\s+", " ", (m.group("amod") or "").lower()))
    return Normalised("DURATION", f"P{_format_amount(weeks)}W", mod)


def norm_midweek(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """The middle of the week: that of the Wednesday the clause's tense points to."""
    if ctx.dct is None:
        return _unanchored("DATE", "XXXX-WXX", "MID")
    wednesday = _weekday_date(3, ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", _iso_week(wednesday), "MID")


# A bare "New Year" is the holiday after a preposition of time ("after the New Year", "over New
# Year's"); elsewhere it is as often another calendar's ("Lunar New Year"), a greeting ("Happy New
# Year") or part of a name.
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:after|before|until|till|over|since|by|around|during|at|through|into|from|for|ahead\s+of|on)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def accept_holiday(match: re.Match[str], text: str, doc: object, starts: list[int]) -> bool:
    """Every holiday the rule names, but a bare "New Year" only after a preposition of time."""
    if not re.fullmatch(r"New\s+Year(?:['’]s)?", match.group("holiday")):
        return True
    return bool(_TIME_PREPOSITION_BEFORE.search(text, max(0, match.start("holiday") - 20),
                                                match.start("holiday")))


# "the Douglas era", "the Cold War era", "the post-Soviet era": up to four capitalised words before a
# lower-case "era"; not a determiner or "New" opening a sentence ("A new era", "This era", "New era").
_NAME_WORD = r"[A-Z][\w'’.&]*"
NAMED_ERA = rf"""(?:\b[Tt]he\s+)?\b(?:[Pp](?:ost|re)-)?
    (?!(?:The|A|An|This|That|Its|His|Her|Their|Our|New|Every|Each|One)\b)
    {_NAME_WORD}(?:[\s-]+{_NAME_WORD}){{0,3}}\s+era\b(?![\w-])"""


def norm_named_era(m: re.Match[str], ctx: _Context) -> Normalised | None:
    return Normalised("DATE", "PAST_REF", anchored=ctx.dct is not None)


CALENDAR_WORD_RULES = [
    ("fortnight-ago", FORTNIGHT_AGO, norm_fortnight_ago),
    ("fortnight", FORTNIGHT, norm_fortnight),
    ("midweek", MIDWEEK, norm_midweek),
    ("named-era", NAMED_ERA, norm_named_era),
]
