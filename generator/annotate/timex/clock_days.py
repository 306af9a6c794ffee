"""A clock time takes the day its own clause names after it (a rule of English, no corpus case).

"Gunboats fired four shells at 3:20 p.m. in the harbour Tuesday": the tagger reads a clock time with
the day written right next to it ("Tuesday at 3 p.m.", "3 p.m. on Tuesday") or named shortly before
it; a day named further on in the same clause was not seen yet, so the time took the publication day.
Both expressions hang on one verb ("fired ... at 3:20 p.m. ... Tuesday"): one happening, at that hour
of that day. Only a single day named so counts; a clause that names two leaves the time as it was."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.quantities.doc_index import sentence_of
from generator.annotate.timex.lexicon import _FULL_WEEKDAY
from generator.annotate.timex.narrative_days import _governing_verb
from generator.annotate.timex.tense import _token_at
from generator.models import Timex

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Token

# A part of the day too (wave 12): "in morning trade on Tuesday" is Tuesday's morning, as "at 9 a.m. on
# Tuesday" is Tuesday's nine o'clock.
_CLOCK_ON_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(T(?:\d{2}:\d{2}Z?|MO|MI|AF|EV|NI))")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A clock time written with its own day word already took that day.
_OWN_DAY = re.compile(rf"(?i:\b(?:{_FULL_WEEKDAY}|today|yesterday|tomorrow|tonight|this|last|that|same|next"
                      rf"|following|previous|of)\b)")


def anchor_clocks_on_their_clause_day(timexes: list[Timex], doc: Doc, token_starts: list[int]) -> None:
    """Give each clock time (or part of the day) the one day its own verb is dated by, when that day
    is named after it in the same sentence (values changed in place)."""
    for clock in timexes:
        found = _CLOCK_ON_A_DAY.fullmatch(clock.value)
        if clock.type != "TIME" or found is None or _OWN_DAY.search(clock.text):
            continue
        token = _token_at(doc, token_starts, clock.start)
        verb = _governing_verb(token)
        if token is None or verb is None:
            continue
        sentence = sentence_of(token)
        days = {other.value: other for other in timexes
                if other.start >= clock.end and other.end <= sentence.end_char
                and other.type == "DATE" and _DAY_VALUE.fullmatch(other.value)
                and _same_token(_governing_verb(_token_at(doc, token_starts, other.start)), verb)}
        if len(days) == 1:
            day = next(iter(days.values()))
            clock.value, clock.anchored = day.value + found.group(1), day.anchored


def _same_token(one: Token | None, other: Token) -> bool:
    """spaCy makes a new Token object on each access: compare their positions."""
    return one is not None and one.i == other.i
