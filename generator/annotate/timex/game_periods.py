"""Parts of a game: "the fourth quarter", "the first half", "the second period", "the third inning"
in a sentence about play are periods of the match, not quarters or halves of the calendar year.

TimeML gives a calendar value (2024-Q4, 2024-H1) only to the year's quarters and halves. A game's
quarter is a stretch of the game's day (ECB+ marks it a time of the day), whose date the text names
elsewhere if at all: it is kept as a TIME of unknown day and hour (XXXX-XX-XXTXX:XX), unanchored, so
no page dates an event by it and no reader sees a quarter of the year. The evidence is the
sentence: words of play ("scored", "touchdown", "the game", "trailed") against words of trade
("profit", "sales", "fiscal"); when the sentence holds neither, its paragraph decides, and when the
paragraph holds neither, the whole article: a story about a game ("McX scored 20 in the second half")
names its play in other sentences (scores "65-53", "points", "rebounds", "the game"). A year or a
relative year ("the fourth quarter of 2012", "the first half of this year") and "Q3" are always the
calendar's, and so is a quarter whose next word is a figure of trade ("fourth-quarter profit")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.annotate.quantities.doc_index import sentence_of
from generator.annotate.timex.dates import _norm_quarter
from generator.annotate.timex.lexicon import _FULL_WEEKDAY
from generator.annotate.timex.normalise import Normalised, _Context, _unanchored
from generator.annotate.timex.tense import _token_at

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc

# One of these in a sentence makes it a sentence about play.
_PLAY = re.compile(
    r"\b(?:scor(?:ed|es|ing)|touchdowns?|field\s+goals?|goals?|baskets?|rebounds?|assists?|innings?"
    r"|half-?time|overtime|quarterbacks?|playoffs?|game|games|match|matches|teams?|teammates?|coach"
    r"|trail(?:ed|ing)|rall(?:ied|y)|referee|stadium|the\s+score|goalkeepers?|strikers?|semi-?finals?"
    r"|quarter-?finals?|tournaments?|championships?|three-pointers?|free\s+throws?|home\s+runs?|wickets?"
    r"|extra\s+time|\d{1,3}-\d{1,3}\s+(?:win|loss|lead|victory"
    r"|defeat))\b", re.IGNORECASE)
# Two of these: "led", "points" and a tally ("14-3", also a vote's) alone are as much words of
# markets or politics as of play.
_WEAK_PLAY = re.compile(r"\b(?:led|lead|points|win|won|victory|defeat(?:ed)?|beat|fans|players?"
                        r"|\d{1,3}-\d{1,3})\b",
                        re.IGNORECASE)
# Words of trade and of the economy: a quarter or a half among them is the calendar's.
_TRADE = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|quarterly|fiscal|gdp|economy|economic|output|shipments"
    r"|dividends?|analysts?|investors?|forecasts?|guidance|inflation|unemployment|deliveries|orders"
    r"|margins?|results|shares|stocks?|percent|per\s+cent|billion|million)\b|[%$€£¥]", re.IGNORECASE)
_TRADE_NEXT = re.compile(r"[\s-]*(?:profits?|earnings|revenues?|sales|results|loss(?:es)?|growth|gdp"
                         r"|output|figures|numbers|report)\b", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“‘(])")


def is_game_period(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """True when a quarter or half without a year is a part of a game by its sentence or paragraph."""
    groups = match.groupdict()
    if groups.get("year") or groups.get("rel") or groups.get("qnum"):
        return False
    if _TRADE_NEXT.match(text, match.end()):
        return False  # "fourth-quarter profit", "first-half results"
    for context in (_sentence(match, text, doc, starts), _paragraph(match, text)):
        if _TRADE.search(context):
            return False
        if _PLAY.search(context) or len(_WEAK_PLAY.findall(context)) >= 2:
            return True
    return article_about_play(text)


# An article is about play when its words of play are many and outnumber its words of trade twice over:
# a sports story speaks of contracts in millions now and then, a business story of a "team" or a "win".
_ARTICLE_PLAY_MINIMUM = 3


@lru_cache(maxsize=8)  # asked once per quarter, half or season of the same article
def article_about_play(text: str) -> bool:
    """True when the whole article is a story of play: its words of play (two weak ones counting as one)
    number at least three and more than twice its words of trade."""
    play = len(_PLAY.findall(text)) + len(_WEAK_PLAY.findall(text)) // 2
    return play >= _ARTICLE_PLAY_MINIMUM and play > 2 * len(_TRADE.findall(text))


def _sentence(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> str:
    token = _token_at(doc, starts, match.start()) if doc is not None else None
    if token is not None:
        return sentence_of(token).text
    paragraph_start, paragraph_end = _paragraph_bounds(match, text)
    start = paragraph_start
    for end_mark in _SENTENCE_END.finditer(text, paragraph_start, match.start()):
        start = end_mark.end()
    following = _SENTENCE_END.search(text, match.end(), paragraph_end)
    return text[start:following.start() + 1 if following else paragraph_end]


def _paragraph(match: re.Match[str], text: str) -> str:
    start, end = _paragraph_bounds(match, text)
    return text[start:end]


def _paragraph_bounds(match: re.Match[str], text: str) -> tuple[int, int]:
    before = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, match.start())]
    after = _PARAGRAPH_BREAK.search(text, match.end())
    return (before[-1] if before else 0), (after.start() if after else len(text))

GAME_PART_VALUE = "XXXX-XX-XXTXX:XX"
# Periods only games have: "the second period", "the bottom of the ninth inning".
GAME_PART = (r"\b(?i:(?:the\s+)?(?:(?:top|bottom)\s+of\s+the\s+)?(?P<ordinal>first|second|third|fourth|fifth"
             r"|sixth|seventh|eighth|ninth|tenth|final|1st|2nd|3rd|[4-9]th)[\s-]+(?:period|inning))\b")


def norm_quarter_or_game_part(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """A quarter or half of the year, or, in a sentence about play, a part of the game."""
    if is_game_period(m, ctx.text, ctx.doc, ctx.token_starts):
        if _names_a_kind_of_play(m, ctx.text):
            return None
        return _unanchored("TIME", GAME_PART_VALUE)
    return _norm_quarter(m, ctx)


# A word after a game's quarter or half that is still a time: "the fourth quarter Sunday".
_TIME_NEXT = re.compile(rf"[\s-]+(?:{_FULL_WEEKDAY}|today|yesterday|tonight|on|of|in|at|and|or)\b",
                        re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\s-]+[A-Za-z]")
_TIMING_BEFORE = re.compile(r"\b(?:late|early|mid|midway|in|during|into|through|throughout|until|by|of)\s*$",
                            re.IGNORECASE)


def _names_a_kind_of_play(m: re.Match[str], text: str) -> bool:
    """"his fourth-quarter heroics", "another fourth quarter victory", "a 4th-quarter TD": a game's
    quarter or half with no article before a noun says what kind of play it was, not when something
    happened; "in the fourth quarter", "late fourth-quarter sacks" (a word of timing before it) stay
    times."""
    if m.group(0).lower().startswith("the"):
        return False
    if not _NEXT_WORD.match(text, m.end()) or _TIME_NEXT.match(text, m.end()):
        return False
    return not _TIMING_BEFORE.search(text[max(0, m.start() - 12):m.start()])


def norm_game_part(m: re.Match[str], ctx: _Context) -> Normalised | None:
    if _names_a_kind_of_play(m, ctx.text):
        return None  # "a ninth-inning home run"
    return _unanchored("TIME", GAME_PART_VALUE)


def accept_game_part(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"the second period" is a game's only in a sentence about play (not "the second period of
    growth", "a third period in office")."""
    return is_game_period(match, text, doc, starts)
