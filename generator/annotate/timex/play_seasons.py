"""Seasons of play and of trade: "this season", "after one season", "the 2008-09 season", "the
offseason", "the holiday season", "the end of their season", a league's "Week 16".

A season of this kind is no season of the calendar (spring, summer ...): it is the period a sport, a
show or a trade runs each year, named by a determiner or a possessive ("the", "this", "their") and
up to two modifiers ("the regular season", "the NBA season", "the holiday season"). It is a DATE of
the year it runs in: the year given, else the publication year, one back for "last"/"previous", one
on for "next"/"coming"; a counted season ("after one season", "a single season") is a DURATION in
years, since a season comes once a year ("the 2009-10 season" is left to the years it spans, a
DURATION as MEANTIME reads year ranges). In a story about play (told by the whole article, as for a
game's halves) a season named without a year is no calendar year: a league's season runs across the
new year ("the duration of the season" in a January article is not that year's), so it is left
unanchored and no page dates an event by it. A league's numbered week ("Week 16") is a week of the
season, not of the calendar, so its value keeps unknown digits. "Season 3" (an episode numbering),
"season tickets" (a kind of ticket) and "season-worst" (a compound word) name no time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.timex.game_periods import article_about_play
from generator.annotate.timex.normalise import Normalised, _Context, _unanchored

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc

from generator.annotate.timex.tense import _token_at

_PART = (r"the\s+(?:first|second|third|fourth|last|final|early|late|middle|start|end|beginning|rest"
         r"|remainder|close)(?:\s+(?:quarter|half|part|weeks?|months?|games?|days?))?")
_DETERMINER = (r"a\s+single|this|last|next|that|the|all|one|an|a|their|its|his|her|our|whose"
               r"|previous|coming|current")
# A modifier is no determiner: "the club last season" is "last season", not the club's season.
_MODIFIER = (r"(?:(?:1\d|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?"
             r"|(?!(?:this|last|next|that|previous|coming|current)\b)(?-i:[a-z][a-z-]+|[A-Z]{2,5}(?:['’]s)?))")
PLAY_SEASON = (
    rf"(?:\b(?P<part>(?i:{_PART}))\s+(?i:of)\s+)?"
    rf"\b(?P<det>(?i:{_DETERMINER}))\s+(?P<mods>(?:{_MODIFIER}\s+){{0,2}})"
    r"(?P<season>(?i:(?:off|post|pre)-?season|season))\b(?![-–]|\s*\d)"
    r"|\b(?P<bare>(?i:(?:off|post|pre)-?season))\b(?![-–])"
    r"|\b(?-i:Week)\s+(?P<week>\d{1,2})\b(?![-–.,]\d)"
)
_COUNTED = {"one": 1, "a single": 1}
_PART_MODS = {"first": "START", "early": "START", "start": "START", "beginning": "START", "middle": "MID",
              "second": "END", "third": "END", "fourth": "END", "last": "END", "final": "END", "late": "END",
              "end": "END", "rest": "END", "remainder": "END", "close": "END"}
_SHIFT = {"last": -1, "previous": -1, "next": 1, "coming": 1}
_YEAR = re.compile(r"(?:1\d|20)\d\d")
_YEAR_RANGE = re.compile(r"\d{4}[-–/]\d")
# Modifiers after which "season" is a season of the calendar or no period at all.
_NOT_PLAY = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+$", re.IGNORECASE)


def accept_play_season(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"this summer season" is the calendar's summer; "the season opener", "season tickets" (a noun
    that modifies another, told by the parse) name no time."""
    if match.group("week"):
        return True
    mods = match.group("mods") or ""
    if _NOT_PLAY.search(mods) or _YEAR_RANGE.search(mods):
        return False  # "the 2009-10 season" is the range of years it spans (the year-range rule)
    if doc is None:
        return True
    token = _token_at(doc, starts, match.start("season") if match.group("season") else match.start("bare"))
    return token is None or token.dep_ != "compound"


def norm_play_season(m: re.Match[str], ctx: _Context) -> Normalised | None:
    if m.group("week"):
        return _unanchored("DATE", "XXXX-WXX")
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    if det in _COUNTED:
        return Normalised("DURATION", f"P{_COUNTED[det]}Y")
    mod = _PART_MODS[m.group("part").split()[1].lower()] if m.group("part") else None
    year = _YEAR.search(m.group("mods") or "")
    if year:
        return Normalised("DATE", year.group(0), mod)
    if ctx.dct is None or article_about_play(ctx.text):
        return _unanchored("DATE", "XXXX", mod)
    shift = _SHIFT.get(det, 0)
    if det not in _SHIFT and _YEAR_END_TRADE.search(m.group("mods") or "") and _last_years(m, ctx):
        shift = -1
    return Normalised("DATE", f"{ctx.dct.year + shift:04d}", mod)


# A season of trade at the end of the year (November, December).
_YEAR_END_TRADE = re.compile(r"\b(?:holiday|festive)\b", re.IGNORECASE)


def _last_years(m: re.Match[str], ctx: _Context) -> bool:
    """"Sales fell during the holiday season" told in March is last year's season: the season runs in
    November and December, so before November a past-tense clause names the one before the
    publication date, and in January or February any clause not told as future does."""
    assert ctx.dct is not None
    if ctx.dct.month >= 11:
        return False
    tense = ctx.tense(m.start("season"), m.end("season"))
    return tense == "past" or (ctx.dct.month <= 2 and tense != "future")
