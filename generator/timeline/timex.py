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
(`XXXX-12`, `XXXX-WXX-5`) and are marked `anchored=False`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from dateutil.easter import easter

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Span, Token

from generator.doc_text import doc_text
from generator.models import Timex, TimexEvent, TimexType

Tense = Literal["past", "future", "unknown"]

# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into next year
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "single": 1, "couple": 2, "dozen": 12, "half": 0.5,
}
VAGUE_NUMBERS = {"several", "few", "many", "some", "numerous", "multiple", "dozens", "hundreds"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNIT_CODES = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S",
    "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE", "night": "NI", "morning": "MO",
}
UNIT_YEARS = {"decade": 10, "century": 100}
TIME_UNITS = {"hour", "minute", "second"}
# TimeML modifiers for approximate or bounded amounts ("nearly five months", "more than a year").
AMOUNT_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
}
POINT_MODS = {
    "early": "START", "earlier": "START", "the start of": "START", "the beginning of": "START",
    "the very beginning of": "START", "the start of the": "START", "the first half of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "the very end of": "END", "the close of": "END",
    "the second half of": "END", "the latter part of": "END",
}
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "easter": easter,
    "easter sunday": easter,
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
}

# --------------------------------------------------------------------------- regex building blocks


def _alternation(words: list[str]) -> str:
    """Longest first, so that "Sept" wins over "Sep" and "Christmas Eve" over "Christmas"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH})"
_FULL_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY = rf"(?:{_FULL_WEEKDAY}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1\d{3}|20\d{2})(?!\d)"
_UNITS_SINGULAR = "year|month|week|day|hour|minute|second|decade|century|quarter|weekend"
# Singular "second" and "quarter" are mostly an ordinal and a fraction; they count as units only with
# a number ("30 seconds", "two quarters") or in compounds ("30-second").
UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds|decades?|century|centuries|quarters)"
UNIT_PLURAL = r"(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|quarters)"
UNIT_ADJECTIVE = (r"(?:straight|consecutive|successive|full|whole|more|additional|further|trading|business"
                  r"|working|calendar|long|short)")
# Spaces are written \s+ because the rules are compiled in verbose mode, where a plain space is ignored.
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six"
    r"|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred)"
)
NUMBER = (
    rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORD}(?:\s+and\s+a\s+half)?|a\s+couple\s+of|a\s+few|several|a\s+single"
    r"|an?(?:\s+half)?|half\s+an?|many|some|numerous|dozens\s+of)"
)
AMOUNT_MOD = rf"(?:{_alternation(list(AMOUNT_MODS))})"
POINT_MOD = (r"(?:(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle|close|latter\s+part"
             r"|(?:first|second)\s+half)\s+of(?:\s+the)?|early|late|mid-?)")
RELATIVE = (r"(?:this\s+past|this|last|next|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next"
            r"|the\s+following|past|previous|coming|current|the\s+current)")
TIMEZONE = r"(?:UTC|GMT|Z|[ECMP][SD]?T|BST|CET|CEST)"
CLOCK = (
    rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?(?:\s*{TIMEZONE}\b)?"
    rf"|(?:1[0-2]|0?[1-9])\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s*{TIMEZONE}\b)?"
    rf"|(?:[01]\d|2[0-3])[0-5]\d\s*{TIMEZONE}\b|noon|midnight)"
)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Normalised:
    type: TimexType
    value: str
    mod: str | None = None
    anchored: bool = True


@dataclass
class _Context:
    """What the normalisers need besides the match: the text, the DCT and the parse."""

    text: str
    dct: dt.date | None
    doc: Doc | None
    token_starts: list[int] = field(default_factory=list)
    reference: dt.date | None = None  # the last day mentioned, for "the same day", "the next day"
    reference_offset: int = -1

    def tense(self, start: int, end: int) -> Tense:
        if self.doc is not None:
            tense = _tense_from_parse(self.doc, self.token_starts, start)
        else:
            tense = clause_tense(self.text, start, end)
        if tense == "unknown" and _DEADLINE.search(self.text[max(0, start - 12):start]):
            return "future"  # "closed until Friday", "by early June": a deadline still to come
        return tense


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], _Context], Normalised | None]
    accept: Callable[[re.Match[str], str, Doc | None, list[int]], bool] | None = None


# --------------------------------------------------------------------------- tense


_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|won't|going\s+to|set\s+to|due\s+to|expected\s+to|scheduled|slated|plans?\s+to"
    r"|planned|aims?\s+to|intends?\s+to|is\s+to|are\s+to|would|upcoming|next|later\s+this)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|said|told|reported|announced|[a-z]{3,}ed)\b", re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?;\n]\s*|[,:]\s+(?=[A-Z])")
_DEADLINE = re.compile(r"\b(?:until|till|by|before)\s+(?:the\s+)?$", re.IGNORECASE)
MODALS = {"will", "'ll", "shall", "wo", "should", "may", "might", "could", "must", "can", "ca", "would"}
SCHEDULING_VERBS = {"schedule", "plan", "slate", "expect", "due", "set"}
FUTURE_GOVERNORS = {"set", "expect", "schedule", "due", "plan", "go", "intend", "aim", "slate", "prepare",
                    "hope", "want", "seek", "poise"}


def clause_tense(text: str, start: int, end: int) -> Tense:
    """Tense from cue words of the clause around [start, end) (used when no parse is at hand)."""
    window_start = max(0, start - 160)
    before = text[window_start:start]
    boundaries = list(_CLAUSE_START.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end():]
    after = text[end:end + 80]
    stop = re.search(r"[.!?;\n]", after)
    clause = before + " " + (after[:stop.start()] if stop else after)
    if _FUTURE_CUES.search(clause):
        return "future"
    if _PAST_CUES.search(clause):
        return "past"
    return "unknown"


def _token_at(doc: Doc, token_starts: list[int], offset: int) -> Token | None:
    index = bisect.bisect_right(token_starts, offset) - 1
    return doc[index] if 0 <= index < len(doc) else None


def _tense_from_parse(doc: Doc, token_starts: list[int], offset: int) -> Tense:
    """Tense of the verb that governs the token at `offset` (its nearest verbal ancestor)."""
    token = _token_at(doc, token_starts, offset)
    for _ in range(8):
        if token is None:
            break
        if token.pos_ in {"VERB", "AUX"}:
            return _verb_tense(token)
        if token.head == token:  # spaCy makes a new Token object on each access: compare by value
            break
        token = token.head
    # No verb (a headline, a fragment): fall back on the cue words of the sentence.
    sentence = token.sent if token is not None else None
    if sentence is None:
        return "unknown"
    return clause_tense(doc_text(doc)[sentence.start_char:sentence.end_char], offset - sentence.start_char,
                        offset - sentence.start_char)


def _verb_tense(verb: Token) -> Tense:
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in MODALS for aux in auxiliaries):
        return "future"  # will, should, may ...: not (yet) a fact
    if verb.lemma_ in SCHEDULING_VERBS and verb.lemma_ != "set":
        return "future"  # "a hearing has been scheduled for June 3"
    if any(aux.lower_ == "to" for aux in auxiliaries):
        return "future"  # infinitives: "an event to be held on October 12", "wants to cut by June"
    if verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_ in FUTURE_GOVERNORS:
        return "future"
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(aux.tag_ in {"VBZ", "VBP"} for aux in auxiliaries):
        # Present tense with a date is a schedule ("the talks resume in March") ...
        return "future" if verb.tag_ == "VBG" or auxiliaries else "unknown"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return "past"  # "the plan announced on Monday"
    return "unknown"


# --------------------------------------------------------------------------- anchoring helpers


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def _choose(candidates: list[tuple[dt.date, dt.date, object]], dct: dt.date, tense: Tense) -> object:
    """Pick the candidate period that fits the tense: on or before the DCT for the past, on or after
    it for the future, otherwise the nearest (ties go to the past, as news mostly reports the past)."""
    if tense == "past":
        fitting = [c for c in candidates if c[0] <= dct]
        if fitting:
            return max(fitting, key=lambda c: c[0])[2]
    if tense == "future":
        fitting = [c for c in candidates if c[1] >= dct]
        if fitting:
            return min(fitting, key=lambda c: c[0])[2]

    def distance(c: tuple[dt.date, dt.date, object]) -> tuple[int, int]:
        if c[0] <= dct <= c[1]:
            return (0, 0)
        gap = (c[0] - dct).days if c[0] > dct else (dct - c[1]).days
        return (gap, 1 if c[0] > dct else 0)

    return min(candidates, key=distance)[2]


def _year_for_month(month: int, dct: dt.date, tense: Tense, day: int | None = None) -> int:
    candidates: list[tuple[dt.date, dt.date, object]] = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if day is not None:
            try:
                start = end = dt.date(year, month, day)
            except ValueError:
                continue
        else:
            start, end = dt.date(year, month, 1), _month_end(year, month)
        candidates.append((start, end, year))
    return int(_choose(candidates, dct, tense)) if candidates else dct.year  # type: ignore[arg-type]


def _weekday_date(weekday: int, dct: dt.date, tense: Tense) -> dt.date:
    candidates = []
    for shift in range(-7, 8):
        day = dct + dt.timedelta(days=shift)
        if day.isoweekday() == weekday and day != dct - dt.timedelta(days=7) and day != dct + dt.timedelta(7):
            candidates.append((day, day, day))
    if tense == "unknown":
        tense = "past"  # a bare weekday in news reports mostly refers to the days just gone
    return _choose(candidates, dct, tense)  # type: ignore[return-value]


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _shift_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def _number(text: str) -> float | None:
    """The value of a number written in digits or words; None for vague amounts ("several")."""
    words = text.lower().replace("-", " ").split()
    if not words or any(w in VAGUE_NUMBERS for w in words):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", words[0]):
        return float(words[0])
    if words[0] == "half":
        return 0.5  # "half a year"
    if words[-1] == "half" and len(words) > 1:  # "two and a half", "a half": the whole part, plus a half
        whole = words[:words.index("and")] if "and" in words else []
        return (_number(" ".join(whole)) or 0.0) + 0.5 if whole else 0.5
    total = 0.0
    for word in words:
        if word in {"and", "of"}:
            continue
        if word == "half":
            total = total + 0.5 if total else 0.5
        elif word == "hundred":
            total = (total or 1) * 100
        elif word in NUMBER_WORDS:
            total += NUMBER_WORDS[word]
    return total or None


def _format_amount(amount: float | None) -> str:
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _unit_of(word: str) -> str:
    word = word.lower().rstrip(".")
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNIT_CODES else word


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3Y, PT30M, P10Y for a decade, PXY when the amount is vague."""
    if unit in UNIT_YEARS:
        years = None if amount is None else amount * UNIT_YEARS[unit]
        return f"P{_format_amount(years)}Y"
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{_format_amount(amount)}{UNIT_CODES[unit]}"


# --------------------------------------------------------------------------- context checks

TEMPORAL_PREPOSITIONS = {
    "in", "on", "at", "since", "by", "until", "till", "of", "from", "to", "through", "during", "before",
    "after", "early", "late", "mid", "around", "between", "and", "or", "for", "throughout", "as", "back",
    "the", "'s", "this", "last", "next", "spring", "summer", "autumn", "fall", "winter", "fiscal",
    "following", "previous", "within", "into", "circa", "c.", "year", "nor",
}
_PREVIOUS_WORD = re.compile(r"([\w'.-]+)\W{0,3}$")
_NEXT_WORD = re.compile(r"^\W{0,2}([\w'.-]+)")


def _previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.search(text[end:end + 30])
    return match.group(1) if match else ""


def _entity_label(doc: Doc | None, token_starts: list[int], offset: int) -> str:
    if doc is None:
        return ""
    token = _token_at(doc, token_starts, offset)
    return token.ent_type_ if token is not None else ""


def _accept_bare_year(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """A lone four-digit number is a year only where the context says so ("in 2023", "2023,")."""
    start, end = match.span()
    before = text[max(0, start - 2):start]
    after = text[end:end + 5]
    if re.search(r"[$€£#№]\s?$|\d[.,]$", before) or re.match(r"\s?%|[.,]\d|-\d{3}|\s?(?:bn|m)\b", after):
        return False
    previous_raw = _PREVIOUS_WORD.search(text[max(0, start - 30):start])
    if previous_raw and previous_raw.group(1)[:1].isupper() and previous_raw.group(1).lower() not in (
            TEMPORAL_PREPOSITIONS) and previous_raw.group(1).rstrip(".").lower() not in MONTHS:
        return False  # a name with a number: "Russell 2000", "Windows 2000", "Vision 2030"
    label = _entity_label(doc, starts, start)
    if label in {"MONEY", "PERCENT", "QUANTITY"}:
        return False
    year = int(match.group(0)[:4])
    if not 1800 <= year <= 2099:
        return False
    following = _next_word(text, end)
    if _previous_word(text, start) in TEMPORAL_PREPOSITIONS or label == "DATE":
        return True
    return not following[:1].islower() or following.lower() in {"and", "or", "to", "when", "as", "through"}


def _accept_may(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"May" alone is a month only after a word that introduces a date (not "May I", "Theresa May")."""
    word = match.group("month")
    if word != "May":
        return word[0].isupper()
    return _previous_word(text, match.start("month")) in TEMPORAL_PREPOSITIONS - {"the", "'s", "and", "or"}


def _accept_season(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    if match.group("year") or match.group("rel") or match.group("mod"):
        return True
    return _previous_word(text, match.start()) in {"in", "the", "this", "by", "until", "since", "during",
                                                   "through", "over", "before", "after", "last", "next"}


def _accept_decade(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """Two-digit decades ("the 90s") are ages after a possessive ("in her 70s")."""
    if match.group("century") is not None or match.group("apostrophe"):
        return True
    previous = _previous_word(text, match.start()).strip("-")
    return previous not in {"his", "her", "their", "its", "my", "our", "your", "whose", "mid", "early",
                            "late"}


def _accept_duration(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """Bare plural units ("years", "minutes") are durations only after a preposition that says so."""
    if match.group("amount") or match.group("rel") or match.group("long"):
        return True
    previous = _previous_word(text, match.start())
    return previous in {"for", "over", "within", "in", "recent", "after", "take", "takes", "took", "few",
                        "the"} and not (previous == "the" and match.group("unit").lower() == "minutes")


def _accept_always(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    return True


# --------------------------------------------------------------------------- normalisers


def _unanchored(kind: TimexType, value: str, mod: str | None = None) -> Normalised:
    return Normalised(kind, value, mod, anchored=False)


def _mod_of(phrase: str | None) -> str | None:
    if not phrase:
        return None
    key = re.sub(r"\s+", " ", phrase.strip().lower())
    key = re.sub(r"\s+the$", "", key)
    if key.startswith("the ") and key not in POINT_MODS:
        key = key[4:]
    return POINT_MODS.get(key, POINT_MODS.get(key.rstrip("-")))


def _point_value(kind: TimexType, value: str, mod: str | None, start: int, ctx: _Context) -> Normalised:
    if kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        ctx.reference = dt.date.fromisoformat(value)
        ctx.reference_offset = start
    return Normalised(kind, value, mod)


def _norm_full_date(m: re.Match[str], ctx: _Context) -> Normalised | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(re.match(r"\d+", m.group("day")).group(0))  # type: ignore[union-attr]
    weekday = WEEKDAYS.get((m.group("weekday") or "").lower().rstrip("."))
    year_text = m.group("year")
    mod = _mod_of(m.groupdict().get("mod"))
    if year_text:
        year = _expand_year(year_text, ctx.dct)
    elif weekday is not None and ctx.dct is not None:
        year = _year_matching_weekday(month, day, weekday, ctx.dct) or _year_for_month(
            month, ctx.dct, ctx.tense(*m.span()), day)
    elif ctx.dct is not None:
        year = _year_for_month(month, ctx.dct, ctx.tense(*m.span()), day)
    else:
        return _unanchored("DATE", f"XXXX-{month:02d}-{day:02d}", mod)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return _point_value("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod, m.start(), ctx)


def _expand_year(text: str, dct: dt.date | None) -> int:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    pivot = (dct.year % 100 if dct else 30) + 10  # "'82" is 1982 but "'24" is 2024 for a 2024 article
    century = (dct.year // 100 * 100) if dct else 2000
    return century + two if two <= pivot else century - 100 + two


def _year_matching_weekday(month: int, day: int, weekday: int, dct: dt.date) -> int | None:
    """The year nearest the DCT in which `month`/`day` falls on `weekday` ("Friday January 5")."""
    for shift in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        year = dct.year + shift
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def _norm_numeric_date(m: re.Match[str], ctx: _Context) -> Normalised | None:
    groups = m.groupdict()
    if groups.get("iso_year"):
        year, month, day = int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
    else:
        first, second = int(groups["first"]), int(groups["second"])
        year = _expand_year(groups["num_year"], ctx.dct)
        # Month first (US usage) unless the first number cannot be a month; dots are European.
        month, day = (first, second) if first <= 12 and groups["sep"] != "." else (second, first)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return _point_value("DATE", f"{year:04d}-{month:02d}-{day:02d}", None, m.start(), ctx)


def _norm_month(m: re.Match[str], ctx: _Context) -> Normalised | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    mod = _mod_of(m.group("mod"))
    rel = (m.group("rel") or "").lower().split()
    year_text = m.group("year")
    if year_text:
        return Normalised("DATE", f"{_expand_year(year_text, ctx.dct):04d}-{month:02d}", mod)
    if ctx.dct is None:
        return _unanchored("DATE", f"XXXX-{month:02d}", mod)
    if m.group("yrel"):  # "October of next year"
        year = ctx.dct.year + _relative_shift(m.group("yrel").lower())
        return Normalised("DATE", f"{year:04d}-{month:02d}", mod)
    if rel and rel[-1] in {"last", "past", "previous"}:
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel and rel[-1] in {"next", "coming"}:
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel and rel[-1] == "this":
        year = ctx.dct.year
    else:
        year = _year_for_month(month, ctx.dct, ctx.tense(m.start("month"), m.end()))
    return Normalised("DATE", f"{year:04d}-{month:02d}", mod)


def _norm_year(m: re.Match[str], ctx: _Context) -> Normalised | None:
    mod = _mod_of(m.groupdict().get("mod"))
    return Normalised("DATE", f"{_expand_year(m.group('year'), ctx.dct):04d}", mod)


def _norm_week_of_month(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the last week of March": the ISO week holding most of that week of the month."""
    month = MONTHS[m.group("month").lower()]
    if m.group("year"):
        year = _expand_year(m.group("year"), ctx.dct)
    elif ctx.dct is not None:
        year = _year_for_month(month, ctx.dct, ctx.tense(*m.span()))
    else:
        return _unanchored("DATE", "XXXX-WXX")
    which = m.group("which").lower()
    if which in {"last", "final"}:
        day = _month_end(year, month) - dt.timedelta(days=3)
    else:
        day = dt.date(year, month, 1) + dt.timedelta(days=3 + 7 * (ORDINALS[which] - 1))
    return Normalised("DATE", _iso_week(day))


def _norm_mod_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the end of the year", "the beginning of the month": the current one, with a modifier."""
    unit = m.group("unit").lower()
    mod = _mod_of(m.group("mod"))
    if ctx.dct is None:
        return _unanchored("DATE", _unknown_unit_value(unit), mod)
    return Normalised("DATE", _shifted_unit_value(unit, 0, ctx.dct) or "", mod)


def _norm_part_of_the_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    day = ctx.reference or ctx.dct
    mod = "END" if m.group("mod").lower().startswith("late") else "START"
    if day is None:
        return _unanchored("DATE", "XXXX-XX-XX", mod)
    return Normalised("DATE", day.isoformat(), mod)


def _norm_fiscal_year(m: re.Match[str], ctx: _Context) -> Normalised | None:
    return Normalised("DATE", f"FY{_expand_year(m.group('year'), ctx.dct):04d}")


def _norm_decade(m: re.Match[str], ctx: _Context) -> Normalised | None:
    mod = _mod_of(m.group("mod"))
    if m.group("century") is not None:
        digits = m.group("century")
        return Normalised("DATE", digits[:3], mod)
    two = m.group("decade")
    century = 19 if ctx.dct is None or int(two) > ctx.dct.year % 100 else ctx.dct.year // 100
    return Normalised("DATE", f"{century}{two[0]}", mod)


def _norm_century(m: re.Match[str], ctx: _Context) -> Normalised | None:
    ordinal = int(re.match(r"\d+", m.group("nth")).group(0))  # type: ignore[union-attr]
    return Normalised("DATE", f"{ordinal - 1:02d}", _mod_of(m.group("mod")))


def _weekday_or_relative_day(word: str, start: int, end: int, ctx: _Context) -> tuple[str, bool] | None:
    """Day value of a weekday name or of today/yesterday/tomorrow, and whether it is anchored."""
    key = word.lower().rstrip(".")
    shifts = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if ctx.dct is None:
        return (f"XXXX-WXX-{WEEKDAYS[key]}", False) if key in WEEKDAYS else ("XXXX-XX-XX", False)
    if key in shifts:
        return (ctx.dct + dt.timedelta(days=shifts[key])).isoformat(), True
    return _weekday_date(WEEKDAYS[key], ctx.dct, ctx.tense(start, end)).isoformat(), True


def _norm_weekday(m: re.Match[str], ctx: _Context) -> Normalised | None:
    rel = (m.group("rel") or "").lower()
    weekday = WEEKDAYS[m.group("weekday").lower().rstrip(".")]
    part = m.group("part")
    if ctx.dct is None:
        value = f"XXXX-WXX-{weekday}"
        if part:
            return _unanchored("TIME", value + "T" + PART_OF_DAY[part.lower()])
        return _unanchored("DATE", value)
    if rel in {"last", "past", "this past"}:
        day = _weekday_date(weekday, ctx.dct - dt.timedelta(days=1), "past")
    elif rel in {"next", "coming", "this coming"}:
        day = _weekday_date(weekday, ctx.dct + dt.timedelta(days=1), "future")
    elif rel == "this":
        day = _weekday_date(weekday, ctx.dct, "future")
    else:
        day = _weekday_date(weekday, ctx.dct, ctx.tense(m.start("weekday"), m.end()))
    if part:
        return Normalised("TIME", f"{day.isoformat()}T{PART_OF_DAY[part.lower()]}")
    return _point_value("DATE", day.isoformat(), _mod_of(m.group("mod")), m.start(), ctx)


def _norm_relative_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    word = m.group("word").lower()
    part = m.group("part")
    if word in {"day before yesterday", "day after tomorrow"}:
        shift = -2 if "before" in word else 2
        if ctx.dct is None:
            return _unanchored("DATE", "XXXX-XX-XX")
        return _point_value("DATE", (ctx.dct + dt.timedelta(days=shift)).isoformat(), None, m.start(), ctx)
    if word in {"this", "last"}:  # "this morning", "last night"
        anchor = "yesterday" if word == "last" else "today"
        result = _weekday_or_relative_day(anchor, m.start(), m.end(), ctx)
    else:
        result = _weekday_or_relative_day(word, m.start(), m.end(), ctx)
    if result is None:
        return None
    value, anchored = result
    if word == "tonight" and not part:
        part = "night"
    if part:
        return Normalised("TIME", f"{value}T{PART_OF_DAY[part.lower()]}", anchored=anchored)
    if not anchored:
        return _unanchored("DATE", value)
    return _point_value("DATE", value, None, m.start(), ctx)


def _norm_ago(m: re.Match[str], ctx: _Context) -> Normalised | None:
    unit = _unit_of(m.group("unit"))
    amount = _number(m.group("amount"))
    direction = -1 if m.group("dir").lower() == "ago" else 1
    if ctx.dct is None or amount is None or amount != int(amount):
        return _unanchored("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    n = int(amount) * direction
    dct = ctx.dct
    if unit in {"day", "week"}:
        return Normalised("DATE", (dct + dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat())
    if unit == "month":
        year, month = _shift_months(dct.year, dct.month, n)
        return Normalised("DATE", f"{year:04d}-{month:02d}")
    if unit in {"year", "decade", "century"}:
        years = n * UNIT_YEARS.get(unit, 1)
        return Normalised("DATE", f"{dct.year + years:04d}")
    if unit == "quarter":
        year, month = _shift_months(dct.year, dct.month, 3 * n)
        return Normalised("DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}")
    return Normalised("TIME", "PAST_REF" if direction < 0 else "FUTURE_REF")


def _norm_relative_unit(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """this/last/next week|month|year|quarter|decade|weekend, with an optional adjective."""
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    mod = _mod_of(m.group("mod"))
    if rel in {"the past", "the last", "past", "the coming", "the next"} and unit != "quarter":
        # TimeML reads "the past year" as the twelve months up to now (a duration), not last year.
        return Normalised("DURATION", duration_value(1, unit), mod)
    shift = _relative_shift(rel)
    if ctx.dct is None:
        return _unanchored("DATE", _unknown_unit_value(unit), mod)
    value = _shifted_unit_value(unit, shift, ctx.dct)
    return Normalised("DATE", value, mod) if value else None


def _relative_shift(rel: str) -> int:
    last = rel.split()[-1]
    if last in {"last", "previous", "past"} or rel == "this past":
        return -1
    if last in {"next", "coming", "following"}:
        return 1
    return 0


def _unknown_unit_value(unit: str) -> str:
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "day": "XXXX-XX-XX"}.get(unit, "XXXX")


def _shifted_unit_value(unit: str, shift: int, dct: dt.date) -> str | None:
    if unit == "day":
        return (dct + dt.timedelta(days=shift)).isoformat()
    if unit in {"week", "weekend"}:
        week = _iso_week(dct + dt.timedelta(days=7 * shift))
        return week + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        year, month = _shift_months(dct.year, dct.month, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = _shift_months(dct.year, dct.month, 3 * shift)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{dct.year + shift:04d}"
    if unit == "decade":
        return str(dct.year // 10 + shift)
    if unit == "century":
        return f"{dct.year // 100 + shift:02d}"
    return None


def _norm_weekend(m: re.Match[str], ctx: _Context) -> Normalised | None:
    if ctx.dct is None:
        return _unanchored("DATE", "XXXX-WXX-WE")
    saturday = _weekday_date(6, ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", _iso_week(saturday) + "-WE")


def _quarter_number(groups: dict[str, str | None]) -> int:
    """1-4 for "Q3" or "the third quarter"; 0 for a half ("the 2nd half"), which names no quarter."""
    if groups.get("qnum"):
        return int(groups["qnum"] or 0)
    ordinal = groups.get("ordinal")
    return ORDINALS[ordinal.lower()] if ordinal else 0


def _norm_quarter(m: re.Match[str], ctx: _Context) -> Normalised | None:
    groups = m.groupdict()
    half = groups.get("half")
    quarter = _quarter_number(groups)
    code = f"H{1 if half.lower() in {'first', '1st'} else 2}" if half else f"Q{quarter}"
    year_text, rel = groups.get("year"), (groups.get("rel") or "").lower()
    if year_text:
        return Normalised("DATE", f"{_expand_year(year_text, ctx.dct):04d}-{code}")
    if ctx.dct is None:
        return _unanchored("DATE", f"XXXX-{code}")
    if rel:
        return Normalised("DATE", f"{ctx.dct.year + _relative_shift(rel):04d}-{code}")
    if (groups.get("ordinal") or "").lower() == "last" and not half:
        year, month = _shift_months(ctx.dct.year, ctx.dct.month, -3)  # "the last quarter": the one before
        return Normalised("DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}")
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        first_month = (quarter - 1) * 3 + 1 if not half else (1 if code == "H1" else 7)
        span = 3 if not half else 6
        candidates.append((dt.date(year, first_month, 1), _month_end(year, first_month + span - 1), year))
    year = _choose(candidates, ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", f"{year:04d}-{code}")


def _norm_season(m: re.Match[str], ctx: _Context) -> Normalised | None:
    code = SEASONS[m.group("season").lower()]
    mod = _mod_of(m.group("mod"))
    if m.group("year"):
        return Normalised("DATE", f"{_expand_year(m.group('year'), ctx.dct):04d}-{code}", mod)
    if ctx.dct is None:
        return _unanchored("DATE", f"XXXX-{code}", mod)
    rel = (m.group("rel") or "").lower()
    if rel:
        return Normalised("DATE", f"{ctx.dct.year + _relative_shift(rel):04d}-{code}", mod)
    first, last = SEASON_MONTHS[code]
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        end_year, end_month = _shift_months(year, first, last - first)
        candidates.append((dt.date(year, first, 1), _month_end(end_year, end_month), year))
    year = _choose(candidates, ctx.dct, ctx.tense(*m.span()))
    return Normalised("DATE", f"{year:04d}-{code}", mod)


def _norm_holiday(m: re.Match[str], ctx: _Context) -> Normalised | None:
    name = re.sub(r"\s+", " ", m.group("holiday").lower()).replace("’", "'")
    rule = HOLIDAYS[name]
    if m.group("year"):
        return _point_value("DATE", rule(_expand_year(m.group("year"), ctx.dct)).isoformat(), None, 0, ctx)
    if ctx.dct is None:
        return _unanchored("DATE", rule(2000).strftime("XXXX-%m-%d"))
    candidates = [(rule(y), rule(y), y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    year = int(_choose(candidates, ctx.dct, ctx.tense(*m.span())))  # type: ignore[arg-type]
    return _point_value("DATE", rule(year).isoformat(), None, m.start(), ctx)


def _norm_duration(m: re.Match[str], ctx: _Context) -> Normalised | None:
    unit = _unit_of(m.group("unit"))
    amount_text = m.group("amount")
    amount = _number(amount_text) if amount_text else None
    if amount_text is None and m.group("rel") is None:
        amount = None
    elif amount_text is None:
        amount = 1
    mod = AMOUNT_MODS.get(re.sub(r"\s+", " ", (m.group("amod") or "").lower()))
    if amount_text and amount_text.lower() in {"a", "an"}:
        if unit in {"quarter", "second"}:
            return None  # "a quarter of its dealers" is a fraction, "a second plane" an ordinal
        if m.group("unit").lower().endswith("s"):
            amount = None  # "a decades-long dispute": the article belongs to the noun
    if amount_text and amount_text.lower() in {"a", "an"} and _is_rate(ctx.text, m.start()):
        return Normalised("SET", duration_value(1, unit))
    return Normalised("DURATION", duration_value(amount, unit), mod)


def _is_rate(text: str, start: int) -> bool:
    """"15 a year", "twice a week", "30 flights a month": "a <unit>" after an amount is a frequency."""
    before = text[max(0, start - 40):start].lower()
    return bool(re.search(r"(?:\d[\d,.]*%?|\b(?:once|twice|thrice|times|percent|billion|million|"
                          r"thousand|hundred|dozen|cents?)|\d[\d,.]*\s+[a-z-]+s)\s*$", before))


def _norm_set(m: re.Match[str], ctx: _Context) -> Normalised | None:
    word = m.group(0).lower()
    adverbs = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
               "daily": "P1D", "nightly": "P1NI", "hourly": "PT1H", "quarterly": "P1Q", "biannual": "P6M",
               "biennial": "P2Y"}
    if word in adverbs:
        return Normalised("SET", adverbs[word])
    if m.group("weekday"):
        return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}")
    amount = _number(m.group("amount")) if m.group("amount") else 1
    return Normalised("SET", duration_value(amount, _unit_of(m.group("unit"))))


def _norm_set_weekdays(m: re.Match[str], ctx: _Context) -> Normalised | None:
    return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}")


REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the time being": "PRESENT_REF",
    "at this time": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "recent years": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF",
}


def _norm_reference(m: re.Match[str], ctx: _Context) -> Normalised | None:
    key = re.sub(r"\s+", " ", m.group(0).lower())
    return Normalised("DATE", REFERENCE_WORDS[key], anchored=ctx.dct is not None)


def _norm_anaphoric_day(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"the same day", "the next day", "that day": relative to the last day mentioned, else the DCT."""
    words = m.group(0).lower().split()
    reference = ctx.reference or ctx.dct
    if reference is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    shift = 1 if {"next", "following", "after"} & set(words) else -1 if {"previous", "before"} & set(
        words) else 0
    return Normalised("DATE", (reference + dt.timedelta(days=shift)).isoformat())


def _clock_value(text: str) -> str | None:
    text = text.lower().strip()
    if text == "noon":
        return "12:00"
    if text == "midnight":
        return "24:00"
    match = re.match(r"(\d{1,2})(?::?(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)?", text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    zone = "Z" if re.search(r"\b(?:utc|gmt|z)\b", text) else ""
    return f"{hour:02d}:{minute:02d}{zone}"


CLOCK_REFERENCE_REACH = 200  # characters: a clock time belongs to a day named shortly before it


def _norm_clock(m: re.Match[str], ctx: _Context) -> Normalised | None:
    clock = _clock_value(m.group("clock"))
    if clock is None:
        return None
    day_word = m.group("dayword")
    if day_word:
        key = day_word.lower().rstrip(".")
        if key in WEEKDAYS or key in {"today", "yesterday", "tomorrow", "tonight"}:
            result = _weekday_or_relative_day(day_word, m.start(), m.end(), ctx)
        else:
            result = None
        if result is None:
            return None
        day, anchored = result
    elif ctx.reference is not None and 0 <= m.start() - ctx.reference_offset < CLOCK_REFERENCE_REACH:
        day, anchored = ctx.reference.isoformat(), True  # "test flight Tuesday ... at 18:00 UTC"
    elif ctx.dct is not None:
        day, anchored = ctx.dct.isoformat(), True
    else:
        day, anchored = "XXXX-XX-XX", False
    return Normalised("TIME", f"{day}T{clock}", anchored=anchored)


def _norm_clock_any(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """Clock times, with the day they are attached to on either side ("12:00 UTC Monday")."""
    return _norm_clock(_DayWordMatch(m), ctx)  # type: ignore[arg-type]


class _DayWordMatch:
    """Presents a clock match's trailing day word as `dayword`, so one normaliser handles both orders."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self, name: str) -> str | None:
        if name == "dayword":
            return self._match.group("dayword") or self._match.group("dayword2")
        return self._match.group(name)

    def start(self, *args: str) -> int:
        return self._match.start(*args)

    def end(self, *args: str) -> int:
        return self._match.end(*args)

    def span(self) -> tuple[int, int]:
        return self._match.span()


# --------------------------------------------------------------------------- the grammar

_MOD_GROUP = rf"(?:(?P<mod>{POINT_MOD})[\s-]*)?"
_WEEKDAY_PREFIX = rf"(?:(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?)?"

RULES: list[_Rule] = [
    _Rule("month-day", _rx(rf"""
        \b{_WEEKDAY_PREFIX}(?P<month>{MONTH})\s+(?P<day>{DAY})\b(?:,?\s+(?P<year>{YEAR}))?"""),
        _norm_full_date),
    _Rule("day-month", _rx(rf"""
        \b{_WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})(?![a-z])
        (?:,?\s+(?P<year>{YEAR}))?"""), _norm_full_date),
    _Rule("numeric-date", _rx(r"""
        \b(?:(?P<iso_year>(?:19|20)\d{2})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)(?!\d)
        |(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)(?P<num_year>(?:19|20)?\d{2})(?![\d/.]\d))
        """), _norm_numeric_date),
    _Rule("month", _rx(rf"""
        (?:\b(?P<rel>last|next|this|this\s+past|this\s+coming)\s+|{_MOD_GROUP})?
        \b(?P<month>{_FULL_MONTH}|{_ABBR_MONTH}(?=\s*(?:of\s+)?,?\s*(?:{YEAR}|'\d\d)))
        (?:(?:\s+of|,)?\s+(?P<year>{YEAR}|'\d\d)|\s+(?:of\s+)?(?P<yrel>next|last|this)\s+year)?(?![\w-])"""),
        _norm_month, _accept_may),
    _Rule("week-of-month", _rx(rf"""
        \b(?i:the\s+(?P<which>first|second|third|fourth|last|final)\s+week\s+of)\s+(?P<month>{_FULL_MONTH})
        (?:,?\s+(?P<year>{YEAR}))?\b"""), _norm_week_of_month),
    _Rule("mod-the-unit", _rx(rf"""
        \b(?P<mod>(?i:{POINT_MOD}))\s+(?i:the)\s+(?P<unit>(?i:year|month|week))\b"""), _norm_mod_unit),
    _Rule("part-of-the-day", _rx(r"""
        \b(?i:(?P<mod>late|early|later|earlier)\s+in\s+the\s+day)\b"""), _norm_part_of_the_day),
    _Rule("apostrophe-year", _rx(r"""(?<![\w'])'(?P<year>\d\d)(?![\w'])"""), _norm_year),
    _Rule("mod-year", _rx(rf"""\b(?P<mod>{POINT_MOD})[\s-]*(?P<year>{YEAR})\b"""), _norm_year),
    _Rule("fiscal-year", _rx(rf"""\b(?:FY\s?|fiscal\s+(?:year\s+)?)(?P<year>{YEAR}|\d\d)\b"""),
          _norm_fiscal_year),
    _Rule("year", _rx(rf"""(?<![\w$€£./-])(?P<year>{YEAR})(?![\w/-]|\.\d)"""), _norm_year, _accept_bare_year),
    _Rule("decade", _rx(rf"""
        {_MOD_GROUP}\b(?:the\s+)?(?:(?P<century>1\d\d0|20[0-9]0)s|(?P<apostrophe>')?(?P<decade>[1-9]0)s)
        (?![\w'])"""), _norm_decade, _accept_decade),
    _Rule("century", _rx(rf"""
        {_MOD_GROUP}\b(?:the\s+)?(?P<nth>1\dth|2[01](?:st|th))\s+century\b"""), _norm_century),
    _Rule("weekday", _rx(rf"""
        (?:\b(?P<rel>last|next|this\s+past|this\s+coming|this|coming)\s+|{_MOD_GROUP})?
        \b(?P<weekday>{_FULL_WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?\b(?!s\b)"""),
        _norm_weekday),
    _Rule("relative-day", _rx(r"""
        \b(?:(?:earlier|later)\s+)?(?P<word>(?i:the\s+)?day\s+before\s+yesterday|(?i:the\s+)?day\s+after\s+tomorrow
        |[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight
        |[Tt]his(?=\s+(?:morning|afternoon|evening))|[Ll]ast(?=\s+night))
        (?:\s+(?P<part>morning|afternoon|evening|night))?\b"""), _norm_relative_day),
    _Rule("ago", _rx(rf"""
        (?i:\b(?P<amount>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?P<dir>ago|from\s+now|hence)\b)"""), _norm_ago),
    _Rule("relative-unit", _rx(rf"""
        (?i:\b{_MOD_GROUP}(?P<rel>{RELATIVE})\s+(?:[a-z]+al\s+|calendar\s+|school\s+|election\s+)?
        (?P<unit>week|weekend|month|quarter|year|decade|century)\b)"""), _norm_relative_unit),
    _Rule("weekend", _rx(r"""\b(?i:the\s+weekend)\b"""), _norm_weekend),
    _Rule("quarter", _rx(rf"""
        (?i:\b(?:(?:the\s+)?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter
        |(?:the\s+)?(?P<half>first|second|1st|2nd)\s+half|Q(?P<qnum>[1-4]))
        (?:\s*(?:of\s+)?(?:(?P<rel>this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year
        |(?:fiscal\s+)?(?P<year>{YEAR})))?)\b"""), _norm_quarter),
    _Rule("season", _rx(rf"""
        (?:\b(?P<rel>(?i:this|last|next|this\s+past|this\s+coming))\s+|{_MOD_GROUP})?
        \b(?P<season>(?i:spring|summer|autumn|winter)|[Ff]all(?=\s+(?:of\s+)?(?:{YEAR}|\W)))
        (?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b"""), _norm_season, _accept_season),
    _Rule("holiday", _rx(rf"""
        \b(?P<holiday>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Eve|Day)|Christmas|Boxing\s+Day
        |Valentine['’]s\s+Day|Halloween|Easter(?:\s+Sunday)?|Thanksgiving(?:\s+Day)?)
        (?:,?\s+(?P<year>{YEAR}))?\b"""), _norm_holiday),
    _Rule("duration", _rx(rf"""
        (?i:(?:\b(?P<amod>{AMOUNT_MOD})\s+(?!the\b))?
        (?:\b(?P<rel>the\s+(?:past|last|next|first|coming|previous|following))\s+)?
        (?:\b(?P<amount>{NUMBER})[\s-]+(?:{UNIT_ADJECTIVE}\s+)?)?
        (?P<unit>{UNIT_PLURAL}|(?(amount)(?:{_UNITS_SINGULAR}|second)|(?:{_UNITS_SINGULAR})(?=-long)))
        (?P<long>-long)?)\b(?!-)"""),
        _norm_duration, _accept_duration),
    _Rule("set", _rx(rf"""
        (?i:\b(?:(?:each|every|per)\s+(?:(?P<amount>{NUMBER})\s+)?|an?\s+)(?P<unit>{UNIT}|{_UNITS_SINGULAR})\b
        |\b(?:every|each)\s+(?P<weekday>{_FULL_WEEKDAY})\b
        |\b(?:annual|annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biannual|biennial)\b)"""),
        _norm_set),
    _Rule("weekday-plural", _rx(rf"""(?<=\bon\s)(?P<weekday>{_FULL_WEEKDAY})s\b"""), _norm_set_weekdays),
    _Rule("reference", _rx(rf"""
        (?i:\b(?:{_alternation(list(REFERENCE_WORDS))})\b)(?!-)"""), _norm_reference),
    _Rule("anaphoric-day", _rx(r"""
        (?i:\b(?:the\s+(?:same|next|following|previous)\s+day|that\s+day|the\s+day\s+(?:before|after)
        |\b(?:on|in|of|for|over|during|end|ended|close|closed|start|started|open|opened)\s+(?P<core>the\s+day))\b)
        """),
        _norm_anaphoric_day),
    _Rule("clock", _rx(rf"""
        (?:\b(?P<dayword>{_FULL_WEEKDAY}|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:,\s*|\s+)(?:at\s+)?)?
        (?P<clock>(?<![\d:.]){CLOCK})
        (?(dayword)|(?:,?\s+(?:on\s+)?(?P<dayword2>{_FULL_WEEKDAY}|today|yesterday|tomorrow|tonight)\b)?)"""),
        _norm_clock_any),
]


# Rules listed earlier win over later ones when two candidates have the same length.
_PRIORITY = {rule.name: index for index, rule in enumerate(RULES)}


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
    token_starts = [token.idx for token in doc] if doc is not None else []
    ctx = _Context(text=text, dct=published, doc=doc, token_starts=token_starts)
    timexes: list[Timex] = []
    for candidate in _select(_candidates(text, doc, token_starts)):
        normalised = candidate.rule.normalise(candidate.match, ctx)
        if normalised is None:
            continue
        start, end = candidate.start, candidate.end
        if candidate.match.groupdict().get("core"):  # context matched only to decide, not part of the span
            start, end = candidate.match.span("core")
        start, end = _trim(text, start, end)
        timexes.append(Timex(start=start, end=end, text=text[start:end], type=normalised.type,
                             value=normalised.value, mod=normalised.mod, anchored=normalised.anchored))
    if doc is not None:
        attach_events(timexes, doc)
    return timexes


def _candidates(text: str, doc: Doc | None, token_starts: list[int]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            if rule.accept is not None and not rule.accept(match, text, doc, token_starts):
                continue
            if _crosses_sentence(match, text, doc, token_starts) or _is_named_day(match, text):
                continue
            found.append(_Candidate(match.start(), match.end(), rule, match))
    return found


NAMED_DAYS = re.compile(r"(?:Black|Cyber|Super|Good|Ash|Bloody|Palm|Holy|Easter|Blue|Manic|Giving)\s+$")


def _is_named_day(match: re.Match[str], text: str) -> bool:
    """"Black Monday", "Super Tuesday", "Good Friday" name a day of their own, not a weekday near the DCT."""
    return bool(re.match(_FULL_WEEKDAY, match.group(0))) and bool(
        NAMED_DAYS.search(text[max(0, match.start() - 8):match.start()]))


def _crosses_sentence(match: re.Match[str], text: str, doc: Doc | None, token_starts: list[int]) -> bool:
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


# --------------------------------------------------------------------------- the events they date
#
# A timeline entry needs a short statement of what happened on the date. It is read off the
# dependency parse: the verb the expression modifies, climbed up through "set to", "expected to",
# "able to" to the clause that has a subject, with its subject, objects and complements. The date
# phrase itself is left out (the timeline shows the date), and so are the parts that tell other
# things: clauses with their own subject, discourse adverbs, "according to ...". The text stays
# extractive: words are only dropped, moved (an inverted subject goes first) or copied from the same
# sentence (the noun a "which" stands for, the speaker an "it said it would ..." stands for, the verb
# phrase an "as it did" stands for).

MAX_EVENT_WORDS = 20
MIN_EVENT_WORDS = 3
SPEECH_VERBS = frozenset({
    "say", "report", "announce", "tell", "state", "confirm", "claim", "add", "note", "write", "tweet",
    "post", "highlight", "mention", "warn", "reveal", "disclose", "declare", "explain", "insist", "argue",
    "acknowledge", "admit", "deny", "suggest", "indicate", "testify", "allege", "predict", "stress",
})
# A date phrase led by one of these only places the event ("on Friday", "in May"), so it can go;
# "since 2003", "until early 2023", "by 2011" change what the clause means and stay.
POINT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "for"})
DATE_PHRASE_DEPS = frozenset({"prep", "npadvmod", "tmod", "advmod", "nummod", "compound", "amod", "nmod",
                              "appos", "dep"})
DISCOURSE_ADVERBS = frozenset({"however", "meanwhile", "also", "instead", "still", "moreover", "though",
                               "nevertheless", "furthermore", "now", "then", "reportedly", "already"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she"})
ELLIPSIS_MARKERS = frozenset({"as", "than", "like"})
TEMPORAL_MARKS = frozenset({"since", "when", "after", "before", "because", "while", "until", "once"})
TRAILING_LINKS = re.compile(r"(?:\s+(?:and|or|but|nor|as well as|while|when|which|that))+$", re.IGNORECASE)
CLAUSE_LEVEL_DROPS = frozenset({"cc", "parataxis", "mark", "punct", "preconj", "discourse", "meta",
                                "intj"})
# What may go, first to last, when a clause is longer than MAX_EVENT_WORDS.
OPTIONAL_DEPS = {"conj": 0, "advcl": 1, "relcl": 2, "acl": 2, "appos": 2, "prep": 3, "npadvmod": 3,
                 "advmod": 3, "xcomp": 4, "ccomp": 4, "dobj": 5, "pobj": 5}
_EDGE_PUNCTUATION = re.compile(r"^[\s,;:.\-–—\"“”'‘’()]+|[\s,;:\-–—\"“”'‘’(]+$")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?%)\]])")
_REPEATED_COMMAS = re.compile(r"(?:,\s*){2,}")
_EVENT_WORD = re.compile(r"\S*\w\S*")


@dataclass
class _Clause:
    """The tokens of one event text, before rendering."""

    root: Token
    kept: set[int]
    protected: set[int]  # the path to a date phrase that stays in the text
    replacements: dict[int, list[Token]] = field(default_factory=dict)  # token index -> tokens said instead
    leading: list[int] = field(default_factory=list)  # said first: the subject and verb of a report
    trailing: list[int] = field(default_factory=list)  # said last: reported words that came first
    lowercase: set[int] = field(default_factory=set)  # sentence-initial words that no longer start it
    content: list[int] = field(default_factory=list)  # what an attribution ("..., X said") reports


def attach_events(timexes: list[Timex], doc: Doc) -> None:
    """Set `event` on every timex: the statement it dates, and for the date of a speech verb ("X
    reported on Wednesday that ...") kind "report", whose value becomes `reported` of the statements
    the verb reports."""
    report_dates: dict[int, str] = {}
    roots: list[Token | None] = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        built = _event_for(span) if span is not None else None
        roots.append(built[1] if built else None)
        if built is None:
            continue
        timex.event = built[0]
        if timex.event.kind == "report":
            report_dates.setdefault(built[1].i, timex.value)
    for timex, root in zip(timexes, roots, strict=True):
        if timex.event is not None and timex.event.kind == "event" and root is not None:
            speech = _reporting_verb(root)
            if speech is not None and speech.i in report_dates:
                timex.event.reported = report_dates[speech.i]


def _event_for(span: Span) -> tuple[TimexEvent, Token] | None:
    head = span.root
    phrase = head.head if head.dep_ == "pobj" and head.head.dep_ in {"prep", "agent"} else head
    if phrase.head.dep_ == "advmod" and phrase.head.pos_ == "ADV" and len(list(phrase.head.children)) == 1:
        phrase = phrase.head  # "back in May", "as early as March"
    if phrase.head == phrase:
        return None  # the date is the whole sentence (a date line, a headline fragment)
    governor = _governing_verb(phrase.head)
    if governor.pos_ not in {"VERB", "AUX"}:
        return None
    # The date of a speech verb that has a speaker ("X said on Friday", "X said at a briefing on
    # Friday"); "a plan announced on Monday" is an event told in passing.
    is_report = governor.lemma_ in SPEECH_VERBS and _subject(governor) is not None
    root = governor if is_report else _clause_root(governor)
    widened = _clause_that_says_who(root) if not is_report else None
    removable = phrase.dep_ in DATE_PHRASE_DEPS and (
        phrase.dep_ != "prep" or phrase.lower_ in POINT_PREPOSITIONS)
    skip = _date_phrase(phrase) if removable else set()
    protected = set() if removable else {t.i for t in phrase.subtree} | {t.i for t in head.ancestors}
    if widened is not None:
        protected |= {t.i for t in root.subtree} - skip
        root = widened
    clause = _Clause(root=root, kept=set(), protected=protected)
    _collect(clause, root, skip, top=True, quoted_content=is_report and _content_is_quoted(root))
    if is_report and _is_attribution(root):  # "X resigned, the paper reported": X resigned is the content
        before = set(clause.kept)
        _collect(clause, root.head, skip | {t.i for t in root.subtree}, top=True, quoted_content=False)
        clause.content = sorted(clause.kept - before)
    _keep_inner_commas(clause)
    _supply_subject(clause)
    _supply_elided_verb(clause)
    text = _render(clause)
    if len(_EVENT_WORD.findall(text)) < MIN_EVENT_WORDS:
        return None
    doc = root.doc
    first, last = min(clause.kept), max(clause.kept)
    event = TimexEvent(text=text, start=doc[first].idx, end=doc[last].idx + len(doc[last].text),
                       kind="report" if is_report else "event", tense=_verb_tense(governor))
    return event, root


def _date_phrase(phrase: Token) -> set[int]:
    """The tokens of the date phrase, with a bare adverb that leads it ("back in May")."""
    tokens = {t.i for t in phrase.subtree}
    before = phrase.doc[phrase.left_edge.i - 1] if phrase.left_edge.i > 0 else None
    if (before is not None and before.dep_ == "advmod" and before.head == phrase.head
            and not list(before.children)):
        tokens.add(before.i)
    return tokens


def _governing_verb(token: Token) -> Token:
    for _ in range(12):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return token
        token = token.head
    return token


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}), None)


def _clause_root(verb: Token) -> Token:
    """Up from "visit" in "is set to visit", "do" in "was able to do", "assess" in "to assess": the
    verb that has the subject."""
    for _ in range(6):
        if not _completes_its_head(verb):
            break
        verb = verb.head
    return verb


def _completes_its_head(verb: Token) -> bool:
    if verb.dep_ == "acomp":
        return verb.head.pos_ in {"AUX", "VERB"}
    if verb.dep_ == "xcomp":
        return _subject(verb) is None
    return verb.dep_ == "advcl" and _subject(verb) is None and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_that_says_who(root: Token) -> Token | None:
    """The enclosing clause, when this one cannot say who on its own: "since it was announced",
    "which it will begin to fly"."""
    subject = _subject(root)
    marks = {c.lower_ for c in root.children if c.dep_ in {"mark", "advmod"}}
    if (root.dep_ == "advcl" and subject is not None and subject.lower_ in PERSONAL_PRONOUNS
            and marks & TEMPORAL_MARKS):
        return _clause_root(_governing_verb(root.head))
    if root.dep_ == "relcl" and (subject is None or subject.lower_ not in RELATIVE_PRONOUNS) and any(
            c.lower_ in RELATIVE_PRONOUNS for c in root.subtree if c.dep_ in {"dobj", "pobj"}):
        return _clause_root(_governing_verb(root.head))
    return None


def _collect(clause: _Clause, token: Token, skip: set[int], top: bool, quoted_content: bool) -> None:
    # A loop over a stack rather than recursion: a parse can be a chain as deep as the sentence is
    # long ("Mr Mr Mr ..."), deeper than Python's recursion limit.
    pending = [(token, top, quoted_content)]
    while pending:
        current, at_top, quoted = pending.pop()
        clause.kept.add(current.i)
        children = [c for c in current.children if c.i not in skip and not _dropped(c, at_top, quoted)]
        if at_top and any(c.dep_ == "conj" for c in children):
            children += [c for c in current.children if c.dep_ == "cc"]  # "took place and included"
        pending.extend((child, False, False) for child in children)


def _dropped(child: Token, top: bool, quoted_content: bool) -> bool:
    """Parts of the clause that tell something else, or only link it to the rest of the sentence."""
    if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
        return _subject(child) is not None  # a second clause; a shared-subject verb ("and included") stays
    if not top:
        return False
    if child.dep_ in CLAUSE_LEVEL_DROPS:
        return True
    if child.dep_ in {"prep", "advcl"} and child.lower_ == "according":
        return True
    if child.dep_ == "advmod" and (child.lower_ in DISCOURSE_ADVERBS or child.tag_ == "WRB"):
        return True
    if _is_attribution(child):
        return True
    return quoted_content and child.dep_ in {"ccomp", "dobj"} and child.i < child.head.i


def _keep_inner_commas(clause: _Clause) -> None:
    """A comma of the clause itself stays after a kept word ("in Riverton, forcing"), not after a date
    phrase that was left out."""
    doc = clause.root.doc
    if not clause.kept:
        return
    first, last = min(clause.kept), max(clause.kept)
    for child in clause.root.children:
        if (child.text == "," and first < child.i < last and child.i - 1 in clause.kept
                and not doc[child.i + 1].is_quote):
            clause.kept.add(child.i)


def _content_is_quoted(verb: Token) -> bool:
    """"'...,' said X": the reported words are a quotation before the verb, too long to restate."""
    doc = verb.doc
    return any(doc[i].is_quote for i in range(max(0, verb.i - 3), verb.i))


def _supply_subject(clause: _Clause) -> None:
    """Say who: the noun a relative pronoun or a participle stands for, the speaker that "it"/"they"
    in reported speech stands for; an inverted subject ("said X") goes first."""
    root = clause.root
    subject = _subject(root)
    if subject is None or subject.i not in clause.kept:
        if root.dep_ == "acl" and root.head.pos_ in {"NOUN", "PROPN"}:
            clause.replacements[root.i] = [*_noun_phrase(root.head, root.left_edge.i), root]
        elif (borrowed := _shared_subject(root)) is not None:
            start = min(clause.kept)
            said_there = clause.replacements.get(start, [root.doc[start]])
            clause.replacements[start] = [*_noun_phrase(borrowed), *said_there]
        return
    antecedent: Token | None = None
    limit = None
    if subject.lower_ in RELATIVE_PRONOUNS and root.dep_ == "relcl":
        antecedent, limit = root.head, root.left_edge.i
    elif subject.lower_ in PERSONAL_PRONOUNS and root.dep_ == "ccomp" and root.head.lemma_ in SPEECH_VERBS:
        speaker = _subject(root.head)
        if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} and _agrees(subject, speaker):
            antecedent = speaker
    if antecedent is not None:
        clause.kept -= {t.i for t in subject.subtree}
        clause.kept.add(subject.i)
        clause.replacements[subject.i] = _noun_phrase(antecedent, limit)
    elif subject.i > root.i or root.lemma_ in SPEECH_VERBS:
        _subject_and_verb_first(clause, subject)


def _subject_and_verb_first(clause: _Clause, subject: Token) -> None:
    """"..., Bloomberg reported" -> "Bloomberg reported ..."; "said X in his speech" -> "X said in his
    speech"."""
    root = clause.root
    verb_group = [c.i for c in root.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < root.i]
    inverted = subject.i > root.i  # "said X in his speech": only X goes first, "in his speech" stays
    clause.leading = [t.i for t in subject.subtree
                      if (t.i <= subject.i or not inverted) and t.i in clause.kept]
    clause.leading += [*verb_group, root.i]
    doc = root.doc
    around = (clause.leading[0] - 1, root.i - 1, root.i + 1)
    clause.kept -= {i for i in around if 0 <= i < len(doc) and doc[i].is_punct}
    for content in root.children:
        if content.dep_ in {"ccomp", "dobj"} and content.i < root.i and content.i in clause.kept:
            clause.trailing = sorted(t.i for t in content.subtree if t.i in clause.kept)
    if clause.content:
        clause.trailing = clause.content
    if clause.trailing:
        first = root.doc[clause.trailing[0]]
        if first.pos_ in {"DET", "PRON", "ADP", "SCONJ"} and first.text != "I":
            clause.lowercase.add(first.i)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the one it hangs from: "... but will now receive", "..., having
    boosted" (not a past participle: "expected to rise" often says it of the object)."""
    shares = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if not shares or verb.head == verb:
        return None
    subject = _subject(verb.head) or _shared_subject(verb.head)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return subject if subject.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _agrees(pronoun: Token, noun: Token) -> bool:
    if pronoun.lower_ == "it":
        return noun.tag_ in {"NN", "NNP"}
    if pronoun.lower_ == "they":
        return True  # "they" stands for organisations too
    return noun.pos_ == "PROPN"  # he/she: a named speaker


def _noun_phrase(noun: Token, limit: int | None = None) -> list[Token]:
    """The noun with its modifiers up to `limit` ("the ongoing negotiations", "the rule, known as
    Section 8," before the clause that modifies it); only what precedes the noun when no limit is given."""
    end = noun.i + 1 if limit is None else limit
    tokens = [t for t in noun.subtree if t.i < end]
    # A comma that closes an apposition ("the policy, known as X,") stays; one before the clause goes.
    while tokens and tokens[-1].is_punct and sum(t.text == "," for t in tokens) % 2:
        tokens.pop()
    while tokens and tokens[-1].is_punct and tokens[-1].text != ",":
        tokens.pop()
    return tokens


def _supply_elided_verb(clause: _Clause) -> None:
    """"as it was able to do": "do" stands for the verb phrase of the clause it modifies."""
    root = clause.root
    marks = {c.lower_ for c in root.children if c.dep_ == "mark"}
    if root.dep_ != "advcl" or not marks & ELLIPSIS_MARKERS:
        return
    stand_in = next((t for t in root.subtree if t.lemma_ == "do" and t.pos_ == "VERB" and t.i in clause.kept
                     and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in t.children)), None)
    if stand_in is None:
        return
    antecedent = root.head
    excluded = {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "punct", "cc", "conj", "advcl", "neg"}
    phrase = [antecedent]
    for child in antecedent.children:
        if child.dep_ not in excluded and child != root:
            phrase.extend(child.subtree)
    clause.replacements[stand_in.i] = sorted(phrase, key=lambda t: t.i)


def _render(clause: _Clause) -> str:
    text = _join(_tokens_in_order(clause), clause.lowercase)
    for _ in range(12):
        if len(_EVENT_WORD.findall(text)) <= MAX_EVENT_WORDS or not _shorten(clause):
            break
        text = _join(_tokens_in_order(clause), clause.lowercase)
    words = list(_EVENT_WORD.finditer(text))
    if len(words) > MAX_EVENT_WORDS:
        text = text[:words[MAX_EVENT_WORDS - 1].end()]
    return text[:1].upper() + text[1:]


def _tokens_in_order(clause: _Clause) -> list[Token]:
    placed = set(clause.leading) | set(clause.trailing)
    middle = [i for i in sorted(clause.kept) if i not in placed]
    order = [i for i in clause.leading + middle + clause.trailing if i in clause.kept]
    doc = clause.root.doc
    tokens: list[Token] = []
    for i in order:
        tokens.extend(clause.replacements.get(i, [doc[i]]))
    return tokens


def _join(tokens: list[Token], lowercase: set[int]) -> str:
    parts: list[str] = []
    for index, token in enumerate(tokens):
        moved_inside = index > 0 and token.is_sent_start and token.pos_ != "PROPN" and token.text != "I"
        parts.append(token.text.lower() if token.i in lowercase or moved_inside else token.text)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None:
            parts.append(token.whitespace_ if following.i == token.i + 1 else " ")
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", "".join(parts))
    text = _REPEATED_COMMAS.sub(", ", text)
    text = _EDGE_PUNCTUATION.sub("", TRAILING_LINKS.sub("", _EDGE_PUNCTUATION.sub("", text)))
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return re.sub(r"\s{2,}", " ", text).strip()


def _shorten(clause: _Clause) -> bool:
    """Drop the least needed optional part (the lowest rank, then the deepest, then the longest); False
    when none is left."""
    options = []
    for i in clause.kept:
        token = clause.root.doc[i]
        if token == clause.root or token.dep_ not in OPTIONAL_DEPS or i in clause.protected:
            continue
        if token.dep_ in {"dobj", "pobj"} and token.head == clause.root:
            continue  # the object is what the event is about
        subtree = {t.i for t in token.subtree} & clause.kept
        if subtree & clause.protected:
            continue
        depth = sum(1 for _ in token.ancestors)
        options.append((OPTIONAL_DEPS[token.dep_], -depth, -len(subtree), i, subtree))
    if not options:
        return False
    clause.kept -= min(options)[4]
    return True


def _is_attribution(verb: Token) -> bool:
    """"X resigned, the paper reported": a speech verb hung on the clause it reports, with a speaker
    and no conjunction of its own."""
    return (verb.dep_ in {"advcl", "parataxis"} and verb.lemma_ in SPEECH_VERBS and _subject(verb) is not None
            and not any(c.dep_ == "mark" for c in verb.children))


def _reporting_verb(root: Token) -> Token | None:
    """The speech verb whose reported content holds `root` ("Bloomberg reported [that] X visits", "X
    visits, Bloomberg reported")."""
    token = root
    for _ in range(8):
        attribution = next((c for c in token.children if _is_attribution(c)), None)
        if attribution is not None:
            return attribution
        if token.head == token:
            return None
        if token.dep_ in {"ccomp", "parataxis"} and token.head.lemma_ in SPEECH_VERBS:
            return token.head
        token = token.head
    return None
