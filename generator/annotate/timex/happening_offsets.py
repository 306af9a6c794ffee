"""A day before or after a happening the text dates: "the day before the vote", "the day after her
death". The day is counted from the date the article gives that happening ("the council voted on
March 3"), not from the last day the narrative named, which may be another one ("the mayor spoke on
March 1. The day before the vote, ..." is 2 March, not 28 February)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from generator.annotate.doc_text import doc_text
from generator.annotate.timex.tense import _happening_verbs, _token_at, _what_the_date_dates
from generator.models import Timex

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Token

_DAY_OFF = re.compile(r"(?i:the\s+day\s+(?P<which>before|after))")
# "One day after the defeat", "a week before the vote": an amount the tagger reads as a duration
# (TimeML's "one day"), which with "after"/"before" and a dated happening names a day.
_COUNTED_OFF = re.compile(r"(?i:(?P<amount>an?|one|two|three|four|five|six|seven|\d{1,2})\s+"
                          r"(?P<unit>day|week)s?)")
_COUNTED_WORD = re.compile(r"\s+(?P<which>(?i:before|after))\b")
_AMOUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def anchor_on_dated_happenings(timexes: list[Timex], doc: Doc, token_starts: list[int]) -> None:
    """Re-anchor each "the day before/after <happening>" on the date of that happening, when another
    date of the text dates it (the noun itself, "the vote on March 3", or a verb the noun is made
    from, "voted on March 3"); the nearest such date before the expression, else the nearest after."""
    for timex in timexes:
        shift = _days_off(timex, doc_text(doc))
        noun = _happening_after(doc, token_starts, timex) if shift is not None else None
        if shift is None or noun is None:
            continue
        verbs = _happening_verbs(noun)
        dating = [other for other in timexes if other is not timex and _DAY_VALUE.match(other.value)
                  and _dated_words(_root(doc, token_starts, other)) & verbs]
        before = [other for other in dating if other.start < timex.start]
        chosen = before[-1] if before else dating[0] if dating else None
        if chosen is None:
            continue
        day = dt.date.fromisoformat(chosen.value[:10]) + dt.timedelta(days=shift)
        if timex.end <= chosen.start < doc[noun.right_edge.i].idx + len(doc[noun.right_edge.i]):
            chosen.in_passing = True  # "a week after the vote on March 3": March 3 is the vote's day
        if timex.type == "DURATION":  # "a week after the vote": the week counted to reach the day
            timex.counted = timex.value
        timex.type, timex.value, timex.anchored = "DATE", day.isoformat(), chosen.anchored


def _days_off(timex: Timex, text: str) -> int | None:
    """Days from the happening: -1 for "the day before", +7 for "a week after" (the word "after" or
    "before" inside the expression, or right after a counted amount); None for any other expression."""
    match = _DAY_OFF.fullmatch(timex.text)
    if match is not None:
        return -1 if match.group("which").lower() == "before" else 1
    counted = _COUNTED_OFF.fullmatch(timex.text) if timex.type == "DURATION" else None
    following = _COUNTED_WORD.match(text, timex.end) if counted else None
    if counted is None or following is None:
        return None
    amount = counted.group("amount").lower()
    days = (int(amount) if amount.isdigit() else _AMOUNTS[amount]) * (7 if counted.group("unit").lower()
                                                                       == "week" else 1)
    return -days if following.group("which").lower() == "before" else days


def _happening_after(doc: Doc, token_starts: list[int], timex: Timex) -> Token | None:
    """The happening noun "before"/"after" governs ("the day before the vote", "one day after the
    vote": vote)."""
    preposition = _token_at(doc, token_starts, timex.end - 1)
    if preposition is not None and preposition.lower_ not in {"before", "after"} and \
            preposition.i + 1 < len(doc):
        preposition = doc[preposition.i + 1]  # "one day | after the vote"
    if preposition is None or preposition.lower_ not in {"before", "after"}:
        return None
    noun = next((child for child in preposition.children if child.dep_ == "pobj"), None)
    # Any common noun: only a date of the text that dates it (or a verb it is made from) is taken, so
    # "the day before the vote" needs "voted on ..." or "the vote on ..." elsewhere.
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _dated_words(date: Token) -> frozenset[str]:
    """What a date dates (`tense._what_the_date_dates`), and the noun it hangs on by a preposition
    ("the vote on March 3": vote, which `names_a_happening` does not know as a happening)."""
    words = _what_the_date_dates(date)
    holder = date.head
    if date.dep_ == "pobj" and holder.dep_ == "prep" and holder.head.pos_ == "NOUN" and holder.i < date.i:
        words |= {holder.head.lemma_.lower()}
    return words


def _root(doc: Doc, token_starts: list[int], timex: Timex) -> Token:
    """The date's head word ("3" of "March 3" hangs on "March": the phrase's root)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is not None:
        return span.root
    token = _token_at(doc, token_starts, timex.start)
    return token if token is not None else doc[0]
