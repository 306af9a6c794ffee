"""A clock time takes the day its own clause names after it (a rule of English, no corpus case).

"Gunboats fired four shells at 3:20 p.m. in the harbour Tuesday": the tagger reads a clock time with
the day written right next to it ("Tuesday at 3 p.m.", "3 p.m. on Tuesday") or named shortly before
it; a day named further on in the same clause was not seen yet, so the time took the publication day.
Both expressions hang on one verb ("fired ... at 3:20 p.m. ... Tuesday"): one happening, at that hour
of that day. Only a single day named so counts; a clause that names two leaves the time as it was."""

from __future__ import annotations

import datetime as dt
import itertools
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


# "November 10 at 3 p.m.", "March 3, 2008, at about 4:15 a.m."; "3 p.m. on November 10"
_DATE_THEN_CLOCK = re.compile(
    r",?\s+(?:at\s+)?(?:(?:about|around|approximately|roughly|exactly|precisely)\s+)?", re.IGNORECASE)
_CLOCK_THEN_DATE = re.compile(r",?\s+(?:on\s+)?", re.IGNORECASE)
_DAY_OF_YEAR = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}")
_LINKED_AFTER = re.compile(r",?\s*(?:and|or|to|through|until|till|[-–])\s", re.IGNORECASE)
_LINKED_BEFORE = re.compile(r"(?:\b(?:and|or|to|through|until|till)|[-–])\s+(?:on\s+)?$", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r".+T(?P<clock>\d{2}:\d{2}Z?)")


def join_clocks_to_their_dates(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time written next to the calendar date of its day is one TIME, as it already is next to
    a weekday ("Monday at 3 p.m."): "November 10 at 3 p.m.", "3 p.m. on March 3, 2008" (wave 14).
    `timexes` in text order; the joined expression takes the date's day and the clock's hour."""
    joined: list[Timex] = []
    index = 0
    while index < len(timexes):
        pair = _joined(timexes[index], timexes[index + 1], text) if index + 1 < len(timexes) else None
        joined.append(pair or timexes[index])
        index += 2 if pair else 1
    return joined


def _joined(first: Timex, second: Timex, text: str) -> Timex | None:
    gap = text[first.end:second.start] if first.end <= second.start else ""
    if first.type == "DATE" and second.type == "TIME" and _DATE_THEN_CLOCK.fullmatch(gap):
        date, clock = first, second
    elif first.type == "TIME" and second.type == "DATE" and _CLOCK_THEN_DATE.fullmatch(gap):
        clock, date = first, second
    else:
        return None
    hour = _CLOCK_VALUE.fullmatch(clock.value)
    # A clock with a day word of its own ("3 p.m. Tuesday") is no time of the date beside it, nor one
    # of several dates ("at 6 a.m. on 10 November and 11 November": the hour of both days).
    linked = _LINKED_AFTER.match(text, date.end) or _LINKED_BEFORE.search(text, max(0, date.start - 16),
                                                                           date.start)
    if not _DAY_OF_YEAR.fullmatch(date.value) or hour is None or _OWN_DAY.search(clock.text) or linked:
        return None
    return Timex(start=first.start, end=second.end, text=text[first.start:second.end], type="TIME",
                 value=f"{date.value}T{hour.group('clock')}", mod=clock.mod, anchored=date.anchored)


_BARE_CLOCK = re.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d{2})")
_CLOCK_RANGE_JOINT = re.compile(r"\s*(?:to|until|till|through|[-–])\s*|\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?i:between)\s+$")
_MERIDIEM = re.compile(r"(?i:\b[ap]\.?\s?m\b\.?)")
_TIME_OF_DAY = re.compile(r"(?P<day>.+)T(?P<hour>\d{2}):(?P<minute>\d{2})")


def share_range_meridiem(timexes: list[Timex], text: str) -> None:
    """"between 9:12 and 9:40 p.m. May 4", "from 9:15 to 11:40 a.m.": the clock that opens a range
    of hours without its own a.m. or p.m. is of the same half of the day as the range's end, and of the
    same day (wave 14), and a range of 24-hour clocks shares its end's day; it was read as a morning
    hour of the publication day. The end's half of the day is taken only when the start stays before
    the end ("from 11:30 to 1:15 p.m." starts in the morning).
    "and" joins a range only after "between". `timexes` in text order; values changed in place."""
    for first, second in itertools.pairwise(timexes):
        bare = _BARE_CLOCK.fullmatch(first.text)
        end = _TIME_OF_DAY.fullmatch(second.value)
        gap = text[first.end:second.start] if first.end <= second.start else ""
        joint = _CLOCK_RANGE_JOINT.fullmatch(gap)
        if first.type != "TIME" or second.type != "TIME" or end is None or joint is None:
            continue
        if "and" in gap.lower() and not _BETWEEN.search(text, max(0, first.start - 12), first.start):
            continue
        if bare is None:
            _start_the_night_before(first, end)
            continue
        hour, minute = int(bare.group("hour")), int(bare.group("minute"))
        end_hour = int(end.group("hour"))
        if not _MERIDIEM.search(second.text) or hour > 12:
            pass  # no half of the day to share, or a 24-hour clock that says its own: the day only
        elif end_hour >= 12 and hour < 12 and (hour + 12, minute) <= (end_hour, int(end.group("minute"))):
            hour += 12
        elif end_hour < 12 and hour == 12:
            hour = 0
        first.value = f"{end.group('day')}T{hour:02d}:{minute:02d}"
        first.anchored = second.anchored


_CLOCK_ALONE = re.compile(r"\d{1,2}(?::\d{2})?\s?(?i:[ap]\.?\s?m\b\.?)")


def _start_the_night_before(first: Timex, end: re.Match[str]) -> None:
    """"between 9 a.m. and 5 p.m. on Monday": a clock alone opening a range is of the end's day, and of
    the day before when its hour is later than the end's ("between 11:52 p.m. and 2 a.m. May 5")."""
    start = _TIME_OF_DAY.fullmatch(first.value)
    if start is None or not _CLOCK_ALONE.fullmatch(first.text) or not _DAY_VALUE.fullmatch(end.group("day")):
        return
    day = dt.date.fromisoformat(end.group("day"))
    if start.group("hour", "minute") > end.group("hour", "minute"):
        day -= dt.timedelta(days=1)
    first.value = f"{day.isoformat()}T{start.group('hour')}:{start.group('minute')}"
