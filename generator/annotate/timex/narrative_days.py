"""Two readings of a day that depend on who is telling and when (rules of English, no corpus case):

* "Later that day", "earlier in the day", "that morning" in a clause told in the past go on from the
  day of the last happening the narrative told as done, not from a day a plan or a quotation named in
  between ("The storm hit on Tuesday. Power is due back on Friday. Later that day, crews ..." is
  Tuesday).
* "today", "yesterday", "tomorrow" inside a quotation are the speaker's days: the article's when the
  attribution is undated ("... today," she said), but counted from the day of the speech when the
  attribution dates it ("... yesterday," she said on Monday: the Sunday before that Monday)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from generator.annotate.quantities.doc_index import sentence_of
from generator.annotate.quote_marks import quoted_parts
from generator.annotate.timex.tense import _tense_from_parse, _token_at
from generator.models import Timex

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Token

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The narrative's own day, taken again: the expression's span as the tagger cuts it.
_NARRATIVE_DAY = re.compile(r"(?i:(?:earlier|later)\s+in\s+the\s+day|that\s+(?:day|morning|afternoon|"
                            r"evening|night)|the\s+same\s+day)")
_SPEAKER_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1}
# The speaker's day-word, with a part of the day ("last night", "this morning", "yesterday afternoon").
_SPEAKER_DAY_WORDS = re.compile(r"(?i:(today|tonight|yesterday|tomorrow)"
                                r"(?:\s+(?:morning|afternoon|evening|night))?"
                                r"|(this)\s+(?:morning|afternoon|evening)|(last)\s+night)")
_REPORTING = {"say", "tell", "add", "announce", "state", "declare", "explain", "insist", "write",
              "warn", "claim", "report", "confirm", "predict", "promise", "reply", "answer"}


def anchor_narrative_days(timexes: list[Timex], text: str, doc: Doc, token_starts: list[int]) -> None:
    """Apply both readings to the tagged expressions of one article (values changed in place)."""
    quotations = [(part.start, part.end) for part in quoted_parts(text)]  # inner offsets, marks excluded
    for timex in timexes:
        inside = _quotation_around(quotations, timex)
        if inside is None and _NARRATIVE_DAY.fullmatch(timex.text):
            _take_narrative_day(timex, timexes, quotations, doc, token_starts)
        elif inside is not None and (words := _SPEAKER_DAY_WORDS.fullmatch(timex.text)) is not None:
            shift = _SPEAKER_DAY[next(word for word in words.groups() if word).lower()]
            _take_speech_day(timex, shift, timexes, inside, doc, token_starts)


def _quotation_around(quotations: list[tuple[int, int]], timex: Timex) -> tuple[int, int] | None:
    return next((span for span in quotations if span[0] <= timex.start and timex.end <= span[1]), None)


def _take_narrative_day(timex: Timex, timexes: list[Timex], quotations: list[tuple[int, int]],
                        doc: Doc, token_starts: list[int]) -> None:
    """Only a past clause continues the narrative ("That morning, the mayor will ..." follows a plan)."""
    if not _DAY_VALUE.match(timex.value) or _tense_from_parse(doc, token_starts, timex.start) != "past":
        return
    told = [other for other in timexes if other.end <= timex.start and _DAY_VALUE.fullmatch(other.value)
            and _quotation_around(quotations, other) is None
            and _tense_from_parse(doc, token_starts, other.start) == "past"]
    if told:
        timex.value = told[-1].value + timex.value[10:]  # keep a part of the day ("T" + MO, AF, ...)


def _take_speech_day(timex: Timex, shift: int, timexes: list[Timex], quotation: tuple[int, int], doc: Doc,
                     token_starts: list[int]) -> None:
    """Count from the date on the verb that reports the quotation, when one dates it ("last night" of
    a speech on Monday is Sunday night; wave 15, as "yesterday" was)."""
    speech = _dated_speech(timexes, quotation, doc, token_starts)
    if speech is None:
        return
    day = dt.date.fromisoformat(speech.value) + dt.timedelta(days=shift)
    timex.value = day.isoformat() + timex.value[10:]
    timex.anchored = speech.anchored


def _dated_speech(timexes: list[Timex], quotation: tuple[int, int], doc: Doc,
                  token_starts: list[int]) -> Timex | None:
    """A day outside the quotation, in a sentence the quotation touches, that hangs on a reporting
    verb ("she said on Monday", "said Monday", "told reporters on Monday")."""
    first, last = _token_at(doc, token_starts, quotation[0]), _token_at(doc, token_starts, quotation[1] - 1)
    if first is None or last is None:
        return None
    start, end = sentence_of(first).start_char, sentence_of(last).end_char
    for other in timexes:
        outside = other.end <= quotation[0] or other.start >= quotation[1]
        if outside and start <= other.start < end and _DAY_VALUE.fullmatch(other.value):
            verb = _governing_verb(_token_at(doc, token_starts, other.start))
            if verb is not None and verb.lemma_.lower() in _REPORTING:
                return other
    return None


def _governing_verb(token: Token | None) -> Token | None:
    """The nearest verb above a date's word ("Monday" of "on Monday" under "said")."""
    for _ in range(4):
        if token is None or token.head == token:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None
