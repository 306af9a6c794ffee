"""Classes of time-expression errors, with counts: what kind of expression was missed or found in
excess, and why a value is wrong. Printed by `explainer evaluate meantime-timex --part tune --classes`
and `explainer evaluate ecbplus-timex --part tune --classes` (tuning parts only).

The kind of an expression is read from its gold TIMEX3 value and type where there is one (MEANTIME),
else from its words (ECB+, which gives no values). The cause of a wrong value compares the system's
value with the gold one:

* extent only: the value is right, only the extent differs;
* anchored duration: the system dates "two years ago", "three years later", the gold annotates the
  span "two years" (a DURATION; TimeML and MEANTIME put the date it reaches in an empty timex);
* duration or point: one side a DURATION, the other a DATE or TIME (any other case);
* fuzzy reference: one side PAST_REF / PRESENT_REF / FUTURE_REF, the other a calendar value (a corpus
  convention more than a rule: "now" is once PRESENT_REF, once the date);
* duration amount or unit: both durations ("P6M" vs "PM6");
* granularity: both calendar values of a different grain ("2006" vs "2006-Q4", "P10Y" vs "200");
* tense direction: same grain, one before the publication date and the other after it;
* anchor: same grain, same side of the publication date, another period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.models import Timex

EXAMPLES_SHOWN = 6
FUZZY = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_HOLIDAY_WORDS = re.compile(
    r"\b(?:christmas|easter|thanksgiving|halloween|new\s+year|eve|hanukkah|ramadan|eid|diwali|passover"
    r"|memorial\s+day|labou?r\s+day|independence\s+day|boxing\s+day|valentine|patrick|black\s+friday"
    r"|cyber\s+monday|super\s+tuesday|good\s+friday)\b", re.IGNORECASE)
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|overnight|tonight|dawn|dusk|midday)\b",
                          re.IGNORECASE)
_CLOCK = re.compile(r"\d:\d\d|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\bnoon\b|\bmidnight\b|o'clock",
                    re.IGNORECASE)
_DECADE = re.compile(r"\b(?:\d{2,4}'?s|decades?|century|centuries|era)\b", re.IGNORECASE)
_COUNTED_SPAN = re.compile(
    r"\b(?:the\s+)?(?:past|last|next|coming|previous|following|first|recent)\s+(?:\w+\s+){0,2}"
    r"(?:years|months|weeks|days|hours|minutes|decades|quarters|sessions|seasons|nights)\b", re.IGNORECASE)
_DURATION_WORDS = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|nights?|decades?|long|lifetime|life"
    r"|season)\b", re.IGNORECASE)
_SET_WORDS = re.compile(r"\b(?:every|each|per|annual(?:ly)?|daily|weekly|monthly|yearly|hourly|twice|once"
                        r"|again|times)\b", re.IGNORECASE)
_RELATIVE_WORDS = re.compile(
    r"\b(?:yesterday|today|tomorrow|ago|last|next|this|previous|following|earlier|later|same|that"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|current)\b", re.IGNORECASE)
_CALENDAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:1\d|20)\d\d\b|quarter|\bhalf\b"
    r"|\bQ[1-4]\b|fiscal", re.IGNORECASE)
_COUNTED_FROM = re.compile(r"\b(?:ago|later|earlier|after|before|hence|from\s+now)$", re.IGNORECASE)
# A day named by its place in a month or period: "on the 15th", "the last trading day of the year".
_DAY_OF_PERIOD = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b(?:trading|business|working)\s+day\b",
                            re.IGNORECASE)
_SPORTS = re.compile(r"\b(?:season|offseason|postseason|preseason|week\s+\d+)\b", re.IGNORECASE)

KINDS = ("fuzzy reference", "set or repetition", "clock time", "part of day", "holiday or named day",
         "season", "decade, century or era", "relative 'the past N'", "duration", "sports season or week",
         "day of a month or period", "relative date", "calendar date", "other (no calendar word)")


def expression_kind(text: str, value: str = "", kind: str = "") -> str:
    """The kind of a time expression, from its words first, then its gold value and type if known."""
    if value in FUZZY:
        return "fuzzy reference"
    if kind in {"SET", "TIME_REPETITION"} or (not value and _SET_WORDS.search(text)):
        return "set or repetition"
    if _CLOCK.search(text):
        return "clock time"
    if _PART_OF_DAY.search(text) or re.search(r"(?:MO|AF|EV|NI)$", value):
        return "part of day"
    if _HOLIDAY_WORDS.search(text):
        return "holiday or named day"
    if _SPORTS.search(text):
        return "sports season or week"
    if _SEASON.search(text) or re.search(r"-(?:SP|SU|FA|WI)$", value):
        return "season"
    is_duration = kind in {"DURATION", "TIME_DURATION"}
    if re.fullmatch(r"\d{2,3}", value) or (_DECADE.search(text) and not is_duration):
        return "decade, century or era"
    if _DAY_OF_PERIOD.search(text):
        return "day of a month or period"
    if _COUNTED_SPAN.search(text):
        return "relative 'the past N'"
    if is_duration or value.startswith("P") or (
            not kind and _DURATION_WORDS.search(text) and not _RELATIVE_WORDS.search(text)):
        return "duration"
    if _RELATIVE_WORDS.search(text):
        return "relative date"
    if _CALENDAR.search(text):
        return "calendar date"
    return "other (no calendar word)"


def _grain(value: str) -> str:
    """The grain of a TIMEX3 value: Y, Q, H, M, W, D, T (clock), DEC (decade), CEN, P (duration)."""
    patterns = (("P", r"P.*"), ("T", r".*T\d.*"), ("D", r"\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}-\d"),
                ("W", r"\d{4}-W\d{2}(?:-WE)?"), ("M", r"\d{4}-\d{2}(?:-XX)?"), ("Q", r"\d{4}-Q\d"),
                ("H", r"\d{4}-H\d"), ("S", r"\d{4}-(?:SP|SU|FA|WI)"), ("Y", r"(?:FY)?\d{4}"),
                ("DEC", r"\d{3}"), ("CEN", r"\d{2}"))
    for grain, pattern in patterns:
        if re.fullmatch(pattern, value):
            return grain
    return "?"


def _start_of(value: str) -> dt.date | None:
    digits = re.match(r"(?:FY)?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if digits is None:
        return None
    week = re.match(r"(\d{4})-W(\d{2})", value)
    if week:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
    quarter = re.match(r"(\d{4})-([QH])(\d)", value)
    if quarter:
        months_per = 3 if quarter.group(2) == "Q" else 6
        return dt.date(int(quarter.group(1)), (int(quarter.group(3)) - 1) * months_per + 1, 1)
    year, month, day = digits.group(1), digits.group(2), digits.group(3)
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def value_agrees(system: Timex, gold_value: str, gold_type: str) -> bool:
    """The system's value is the gold one, or the system dates a counted expression ("two years ago",
    2006) whose counted duration (`Timex.counted`, P2Y) is the DURATION the gold marks over its words:
    TimeML's anchored form, a duration over the words and the date in an empty TIMEX3 (see
    `evaluate/timexes.py`)."""
    return system.value == gold_value or (gold_type == "DURATION" and system.counted == gold_value)


def value_cause(system: Timex, gold_value: str, gold_type: str, dct: dt.date | None) -> str:
    """Why the system's value differs from the gold one (see the module's docstring)."""
    if system.value == gold_value:
        return "extent only"
    if (system.type == "DURATION") != (gold_type == "DURATION"):
        return "anchored duration" if gold_type == "DURATION" and _COUNTED_FROM.search(system.text) \
            else "duration or point"
    if gold_type == "DURATION":
        return "duration amount or unit"
    if system.value in FUZZY or gold_value in FUZZY:
        return "fuzzy reference"
    if _grain(system.value) != _grain(gold_value):
        return "granularity"
    ours, theirs = _start_of(system.value), _start_of(gold_value)
    if dct is not None and ours is not None and theirs is not None and (ours < dct) != (theirs < dct):
        return "tense direction"
    return "anchor"


@dataclass
class ErrorClasses:
    """Counts per class, with the first few examples of each (tuning parts only)."""

    missed: Counter[str]
    spurious: Counter[str]
    wrong_value: Counter[str]
    unfound: Counter[str]  # spaCy's DATE/TIME entities no timex overlaps, in every sentence
    time_nouns: Counter[str]  # noun phrases headed by a time noun that no timex overlaps
    examples: dict[str, list[str]]

    @classmethod
    def empty(cls) -> ErrorClasses:
        return cls(Counter(), Counter(), Counter(), Counter(), Counter(), {})

    def note(self, table: Counter[str], name: str, example: str, heading: str) -> None:
        table[name] += 1
        shown = self.examples.setdefault(f"{heading}: {name}", [])
        if len(shown) < EXAMPLES_SHOWN:
            shown.append(example)


def classify_pairs(classes: ErrorClasses, pairs: Iterable[tuple[Timex, str, str, str]],
                   missed: Iterable[tuple[str, str, str]], spurious: Sequence[Timex],
                   dct: dt.date | None) -> None:
    """Add one document's errors. `pairs`: (system timex, gold text, gold value, gold type) of every
    match; `missed`: (text, value, type) of unmatched gold; `spurious`: unmatched system timexes."""
    for system, text, value, kind in pairs:
        if value and not value_agrees(system, value, kind):
            cause = value_cause(system, value, kind, dct)
            example = f"{system.text!r} {system.value} | gold {text!r} {value}"
            classes.note(classes.wrong_value, cause, example, "wrong value")
    for text, value, kind in missed:
        classes.note(classes.missed, expression_kind(text, value, kind), f"{text!r} {value}".strip(),
                     "missed")
    for timex in spurious:
        classes.note(classes.spurious, expression_kind(timex.text, timex.value, timex.type),
                     f"{timex.text!r} {timex.value}", "spurious")


_AGE = re.compile(r"\b(?:years?|months?)[\s-]+old\b|\bage[ds]?\b", re.IGNORECASE)


def second_opinion(classes: ErrorClasses, entities: Iterable[tuple[int, int, str, str]],
                   timexes: Sequence[Timex], text: str) -> None:
    """spaCy's DATE and TIME entities (start, end, text, label) that no timex overlaps, over every
    sentence of the text (not only the few the gold annotates): a second opinion on what is missed,
    with spaCy's own errors (ages are left out; "annual" and the like stay)."""
    for start, end, words, label in entities:
        if label not in {"DATE", "TIME"} or _AGE.search(text[start:min(len(text), end + 12)]):
            continue
        if any(t.start < end and start < t.end for t in timexes):
            continue
        kind = expression_kind(words, "", "")
        classes.note(classes.unfound, kind, repr(words), "spaCy DATE/TIME, no timex")


TIME_NOUNS = frozenset({
    "day", "week", "weekend", "month", "year", "quarter", "decade", "century", "era", "period", "session",
    "season", "night", "morning", "afternoon", "evening", "hour", "minute", "moment", "date", "time",
    "spring", "summer", "autumn", "fall", "winter", "term", "history", "past", "future",
})


def time_noun_phrases(classes: ErrorClasses, chunks: Iterable[tuple[int, int, str, str]],
                      timexes: Sequence[Timex]) -> None:
    """Noun phrases (start, end, text, head lemma) headed by a time noun that no timex overlaps: where
    the second opinion of spaCy's entities is silent ("a later time", "the session", "its date")."""
    for start, end, words, lemma in chunks:
        if lemma.lower() not in TIME_NOUNS or any(t.start < end and start < t.end for t in timexes):
            continue
        classes.note(classes.time_nouns, f"{expression_kind(words, '', '')}: {lemma.lower()}", repr(words),
                     "time noun phrase, no timex")


def report(classes: ErrorClasses) -> str:
    lines: list[str] = []
    for heading, table in (("missed", classes.missed), ("wrong value", classes.wrong_value),
                           ("spurious", classes.spurious), ("spaCy DATE/TIME, no timex", classes.unfound),
                           ("time noun phrase, no timex", classes.time_nouns)):
        total = sum(table.values())
        lines += ["", f"| {heading} ({total}) | count | examples |", "| --- | --- | --- |"]
        for name, count in sorted(table.items(), key=lambda item: (-item[1], item[0])):
            examples = "; ".join(classes.examples.get(f"{heading}: {name}", []))
            lines.append(f"| {name} | {count} | {examples} |")
    return "\n".join(lines)
