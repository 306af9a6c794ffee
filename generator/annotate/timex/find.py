"""Time expressions recognised and normalised to TimeML TIMEX3 (type, value, mod).

A rule-based tagger in the spirit of HeidelTime and SUTime: a set of precompiled regular expressions
finds candidate expressions in the raw text, the longest non-overlapping candidates win, and each one
is normalised against the document creation time (DCT, the article's publication date).

Underspecified expressions ("Friday", "in May", "the fourth quarter") are resolved by the tense of
the clause that governs them: a past-tense clause picks the occurrence on or before the DCT, a
future clause (will, set to, expected to, ...) the one on or after it, and otherwise the nearest one.
The tense comes from the spaCy parse when a `Doc` is given (the head verb of the expression and its
auxiliaries) and from cue words in the clause otherwise; no second spaCy pass is ever run.

When there is no DCT, expressions are still recognised but relative ones keep TimeML's unknown digits
(`XXXX-12`, `XXXX-WXX-5`) and are marked `anchored=False`."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.annotate.doc_tokens import token_starts as doc_token_starts
from generator.annotate.regex_literals import folded, may_match
from generator.annotate.timex.clock_days import (
    anchor_clocks_on_their_clause_day,
    join_clocks_to_their_dates,
    share_range_meridiem,
)
from generator.annotate.timex.events import attach_events
from generator.annotate.timex.grammar import _PRIORITY, RULES, _Rule
from generator.annotate.timex.happening_offsets import anchor_on_dated_happenings
from generator.annotate.timex.lexicon import _FULL_WEEKDAY, PART_OF_DAY
from generator.annotate.timex.narrative_days import anchor_narrative_days
from generator.annotate.timex.normalise import _Context
from generator.annotate.timex.rule_scan import rule_matches, rule_starts
from generator.annotate.timex.tense import _token_at
from generator.models import Timex

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc



# --------------------------------------------------------------------------- the tagger


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: _Rule
    match: re.Match[str]


def find_timexes(text: str, published: dt.date | None, doc: Doc | None = None) -> list[Timex]:
    """Every time expression in `text`, normalised against `published` (the DCT).

    `doc` is the spaCy parse of the same text; when given, it decides the tense that resolves
    "Friday" or "in May", and lets numeric entities veto bare years. Offsets are into `text`.
    """
    token_starts = doc_token_starts(doc) if doc is not None else []  # shared: read only
    ctx = _Context(text=text, dct=published, doc=doc, token_starts=token_starts)
    timexes: list[Timex] = []
    for candidate in _select(_candidates(text, doc, token_starts)):
        normalised = candidate.rule.normalise(candidate.match, ctx)
        if normalised is None:
            continue
        if normalised.type == "DATE" and _NAMED_YEAR.match(normalised.value):
            ctx.reference_value = normalised.value  # "... in 1935, the same year": the year just named
            if _QUARTER.fullmatch(normalised.value):
                ctx.quarter_named = normalised.value  # "in the second quarter ... in the quarter"
        start, end = candidate.start, candidate.end
        if candidate.match.groupdict().get("core"):  # context matched only to decide, not part of the span
            start, end = candidate.match.span("core")
        start, end = _trim(text, start, end)
        timexes.append(Timex(start=start, end=end, text=text[start:end], type=normalised.type,
                             value=normalised.value, mod=normalised.mod, anchored=normalised.anchored,
                             counted=normalised.counted))
        timexes.extend(_range_ends(candidate, text))
    timexes.sort(key=lambda timex: (timex.start, -timex.end))
    anchor_day_before_dates(timexes, text)
    order_weekday_ranges(timexes, text, published)
    if doc is not None:
        anchor_on_dated_happenings(timexes, doc, token_starts)
        anchor_narrative_days(timexes, text, doc, token_starts)
        anchor_clocks_on_their_clause_day(timexes, doc, token_starts)
    timexes = join_clocks_to_their_dates(timexes, text)
    share_range_meridiem(timexes, text)
    name_parts_of_dates(timexes, text)
    if doc is not None:
        timexes = _without_now_beside_a_date(timexes, doc, token_starts)
        attach_events(timexes, doc)
    return timexes


def _without_now_beside_a_date(timexes: list[Timex], doc: Doc, token_starts: list[int]) -> list[Timex]:
    """"The jets were due in May but will now arrive next month", "the launch is now expected in 2030":
    "now" beside a date of its own verb says that the plan has changed (instead, as things stand), and
    the date says when; "now" is no time of its own there."""
    nows = [t for t in timexes if t.text.lower() == "now"]
    if not nows:
        return timexes
    dated = {_verb_of(doc, token_starts, t.end - 1, 2) for t in timexes
             if t.anchored and t.value[:1].isdigit()} - {None}
    return [t for t in timexes if not (t in nows and _verb_of(doc, token_starts, t.start, 1) in dated)]


def _verb_of(doc: Doc, token_starts: list[int], offset: int, hops: int) -> int | None:
    """The index of the verb the token at `offset` hangs on, at most `hops` steps up (a date's word,
    then its preposition)."""
    token = _token_at(doc, token_starts, offset)
    for _ in range(hops + 1):
        if token is None:
            return None
        if token.pos_ in {"VERB", "AUX"}:
            return token.i
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _range_ends(candidate: _Candidate, text: str) -> list[Timex]:
    """"from 2009 to 2011" is a period and also two years the text names (as MEANTIME and the
    timeline read it); "2009-2010" is the period only."""
    match = candidate.match
    if candidate.rule.name != "year-range" or len(match.group("last")) != 4 \
            or not re.search(r"[A-Za-z]", text[match.end("first"):match.start("last")]):
        return []  # a dash joins the two years into one period: no word names them apart
    return [Timex(start=match.start(name), end=match.end(name), text=match.group(name), type="DATE",
                  value=match.group(name), anchored=True) for name in ("first", "last")]


_NAMED_YEAR = re.compile(r"\d{4}(?:$|-)")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_DAY_BEFORE = re.compile(r"(?i:the\s+day\s+(?P<which>before|after))")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def anchor_day_before_dates(timexes: list[Timex], text: str) -> None:
    """"the day before Christmas", "the day after 3 March": one day off the date that follows, not
    off the last day the narrative mentioned."""
    for current, following in itertools.pairwise(timexes):
        match = _DAY_BEFORE.fullmatch(current.text)
        if match is None or text[current.end:following.start].strip() or not _DAY_VALUE.fullmatch(
                following.value):
            continue
        shift = -1 if match.group("which").lower() == "before" else 1
        day = dt.date.fromisoformat(following.value) + dt.timedelta(days=shift)
        current.value, current.anchored = day.isoformat(), following.anchored


_RANGE_JOINT = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–])\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?{_FULL_WEEKDAY}", re.IGNORECASE)


def order_weekday_ranges(timexes: list[Timex], text: str, published: dt.date | None) -> None:
    """"The strike lasted from Monday to Thursday": a range of weekdays runs forwards. Each day was
    anchored on its own (a past clause: the last Monday, the last Thursday), which can put the end
    before the start; an end on or before the publication date keeps its day and the start moves back
    to the week before it, else the start keeps its day and the end moves forward."""
    for first, second in itertools.pairwise(timexes):
        if not (_DAY_VALUE.fullmatch(first.value) and _DAY_VALUE.fullmatch(second.value)) \
                or not _BARE_WEEKDAY.fullmatch(first.text) or not _BARE_WEEKDAY.fullmatch(second.text) \
                or not _RANGE_JOINT.fullmatch(text[first.end:second.start]) \
                or not _RANGE_OPENER.search(text[max(0, first.start - 10):first.start]):
            continue
        start, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(second.value)
        if start < end:
            continue
        gap = dt.timedelta(days=(end.weekday() - start.weekday()) % 7 or 7)
        if published is not None and end <= published:
            first.value = (end - gap).isoformat()
        else:
            second.value = (start + gap).isoformat()


_PART_OF_DATE = re.compile(r"\b(?i:the\s+(?P<part>morning|afternoon|evening|night)\s+of\s+)$")


def name_parts_of_dates(timexes: list[Timex], text: str) -> None:
    """"the night of March 3", "the morning of 5 June" (wave 12): one expression, that part of the day
    named (TIME 2024-03-03TNI), not the day alone."""
    for timex in timexes:
        if timex.type != "DATE" or not _DAY_VALUE.fullmatch(timex.value):
            continue
        match = _PART_OF_DATE.search(text, max(0, timex.start - 30), timex.start)
        if match is None:
            continue
        timex.start, timex.type = match.start(), "TIME"
        timex.text = text[timex.start:timex.end]
        timex.value = f"{timex.value}T{PART_OF_DAY[match.group('part').lower()]}"


def _candidates(text: str, doc: Doc | None, token_starts: list[int]) -> list[_Candidate]:
    found: list[_Candidate] = []
    starts = rule_starts(text)  # where each rule may match, from one pass shared by all (or None)
    # Without the shared pass, a rule none of whose required words is in the text is not scanned; with
    # it, such a rule is tried at its few positions and matches none there (cheaper than the test).
    words = folded(text) if starts is None else ""
    seen: dict[frozenset[str], bool] = {}  # a set of required words searched for once per text
    for index, rule in enumerate(RULES):
        if starts is None and not may_match(rule.pattern, words, seen):
            continue  # none of the words every match of the rule holds is in the text
        for found_match in rule_matches(index, text, starts):  # the same matches as rule.pattern.finditer
            match: re.Match[str] | None = found_match
            if _is_named_day(found_match, text):  # "Easter Sunday, April 12": the date after it only
                match = _after_named_day(rule, found_match, text)
            if match is None or match.end() == match.start():
                continue
            if rule.accept is not None and not rule.accept(match, text, doc, token_starts):
                continue
            if _crosses_sentence(match, doc, token_starts) or _names_a_publication(match, text):
                continue
            found.append(_Candidate(match.start(), match.end(), rule, match))
    return found


NAMED_DAYS = re.compile(r"(?:Black|Cyber|Super|Good|Ash|Bloody|Palm|Holy|Easter|Blue|Manic|Giving)\s+$")


def _is_named_day(match: re.Match[str], text: str) -> bool:
    """"Black Monday", "Super Tuesday", "Good Friday" name a day of their own, not a weekday near the DCT."""
    return bool(re.match(_FULL_WEEKDAY, match.group(0))) and bool(
        NAMED_DAYS.search(text[max(0, match.start() - 8):match.start()]))


_WEEKDAY_THEN_DATE = re.compile(rf"{_FULL_WEEKDAY},?\s+")


def _after_named_day(rule: _Rule, match: re.Match[str], text: str) -> re.Match[str] | None:
    """"on Easter Sunday, April 12, 2020": the named day's weekday is no weekday of its own, but the
    calendar date written after it is a date (wave 14); the same rule is tried again on the date alone.
    None when the match was the weekday and nothing more."""
    after = _WEEKDAY_THEN_DATE.match(text, match.start())
    if after is None or after.end() >= match.end():
        return None
    again = rule.pattern.match(text, after.end())
    return again if again is not None and again.end() > again.start() else None


# The capitalised word after a day or a frequency in a newspaper's or a magazine's name.
_PUBLICATION_NOUN = re.compile(
    r"\s+(?:Times|Telegraph|Mail|Express|Mirror|Post|Herald|Independent|Observer|Star|Tribune|Sport|News"
    r"|Record|Journal|Standard|Chronicle|Gazette|Globe|Review|Business|Beast|Magazine|Edition)\b")
_NAME_WORD = re.compile(rf"(?:{_FULL_WEEKDAY}|Daily|Weekly|Monthly|Nightly|Quarterly|Annual)$")


def _names_a_publication(match: re.Match[str], text: str) -> bool:
    """"the Sunday Times", "the Daily News", "the Weekly Standard": a capitalised day or frequency
    before a newspaper's noun is part of the paper's name, not a time, wherever the name stands ("N.
    Y. Daily News" after initials, "Sunday Telegraph" at the start of a sentence)."""
    return bool(_NAME_WORD.match(match.group(0))) and bool(_PUBLICATION_NOUN.match(text, match.end()))


def _crosses_sentence(match: re.Match[str], doc: Doc | None, token_starts: list[int]) -> bool:
    """A line break inside a candidate that also ends a sentence (a title above a date line)."""
    inner = match.group(0)
    if "\n" not in inner.strip():
        return False
    if "\n\n" in inner or doc is None:
        return "\n\n" in inner
    for offset in (match.start() + i for i, c in enumerate(inner) if c == "\n"):
        token = _token_at(doc, token_starts, offset + 1)
        while token is not None and token.is_space and token.i + 1 < len(doc):
            token = doc[token.i + 1]
        if token is not None and token.is_sent_start:
            return True
    return False


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest candidates first, then rule priority; drop whatever overlaps an accepted one."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule.name], c.start))
    taken: list[_Candidate] = []
    for candidate in ordered:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, commas and a trailing abbreviation-less period from the span."""
    while start < end and text[start] in " \t\n,-":
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end
