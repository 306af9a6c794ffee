"""The grammar: one precompiled rule per kind of time expression, the checks that veto a match in
its context (a bare year that is a number, "may" the verb), and the rules' priority."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.annotate.timex import race_times
from generator.annotate.timex.adapters import (
    _norm_anaphoric_period,
    _norm_clock_words,
    _norm_duration_and_half,
    _norm_earlier_later,
    _norm_in_the_unit,
    _norm_part_of_reference_day,
    _norm_the_unit,
    norm_period_adjective,
    norm_unit_end,
)
from generator.annotate.timex.calendar_words import CALENDAR_WORD_RULES, accept_holiday
from generator.annotate.timex.dates import (
    _norm_century,
    _norm_decade,
    _norm_fiscal_year,
    _norm_full_date,
    _norm_holiday,
    _norm_mod_unit,
    _norm_month,
    _norm_numeric_date,
    _norm_part_of_the_day,
    _norm_season,
    _norm_week_of_month,
    _norm_year,
    _norm_year_range,
    accept_month_range_quarter,
    norm_month_range_quarter,
)
from generator.annotate.timex.game_periods import (
    GAME_PART,
    accept_game_part,
    norm_game_part,
    norm_quarter_or_game_part,
)
from generator.annotate.timex.lexicon import (
    _ABBR_MONTH,
    _FULL_MONTH,
    _FULL_WEEKDAY,
    _UNITS_SINGULAR,
    AMOUNT_MOD,
    CLOCK,
    COUNTED,
    DAY,
    DAYLIGHT_PARTS,
    MONTH,
    MONTHS,
    NUMBER,
    POINT_MOD,
    RELATIVE,
    TIMEZONE,
    UNIT,
    UNIT_ADJECTIVE,
    UNIT_PLURAL,
    WEEKDAY,
    YEAR,
    _alternation,
)
from generator.annotate.timex.month_days import (
    MONTH_DAY,
    TRADING_DAY,
    accept_month_day,
    norm_month_day,
    norm_trading_day,
)
from generator.annotate.timex.narrative import (
    norm_all_unit,
    norm_anaphoric_part_of_day,
    norm_daylight_part,
    norm_every_part_of_day,
)
from generator.annotate.timex.normalise import (
    Normalised,
    _Context,
)
from generator.annotate.timex.play_seasons import PLAY_SEASON, accept_play_season, norm_play_season
from generator.annotate.timex.relative import (
    REFERENCE_WORDS,
    _norm_ago,
    _norm_anaphoric_day,
    _norm_reference,
    _norm_relative_day,
    _norm_relative_unit,
    _norm_set,
    _norm_set_weekdays,
    _norm_weekday,
    _norm_weekend,
)
from generator.annotate.timex.runs import (
    ONE_WORD_SPAN,
    ORDINAL_RUN,
    accept_ordinal_run,
    norm_one_word_span,
    norm_ordinal_run,
)
from generator.annotate.timex.same_period import SAME_PERIOD_RULES
from generator.annotate.timex.tense import _token_at

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc



def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], _Context], Normalised | None]
    accept: Callable[[re.Match[str], str, Doc | None, list[int]], bool] | None = None


# --------------------------------------------------------------------------- context checks

TEMPORAL_PREPOSITIONS = {
    "in", "on", "at", "since", "by", "until", "till", "of", "from", "to", "through", "during", "before",
    "after", "early", "late", "mid", "around", "between", "and", "or", "for", "throughout", "as", "back",
    "the", "'s", "this", "last", "next", "spring", "summer", "autumn", "fall", "winter", "fiscal",
    "following", "previous", "within", "into", "circa", "c.", "year", "nor",
}
# The last word of an event's name, after which a year says when it is held ("the Auto Show 2009",
# "the Olympics 2008", "Expo 2010"), unlike a product's or an index's number ("Windows 2000").
EVENT_NAME_NOUNS = {
    "conference", "congress", "convention", "summit", "games", "olympics", "cup", "championship",
    "championships", "expo", "exposition", "exhibition", "show", "fair", "festival", "forum", "awards",
    "election", "elections", "census", "tour", "marathon", "open", "week", "season", "budget", "session",
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
            TEMPORAL_PREPOSITIONS) and previous_raw.group(1).rstrip(".").lower() not in MONTHS \
            and previous_raw.group(1).lower() not in EVENT_NAME_NOUNS:
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
    named = previous_raw.group(1) if previous_raw else ""
    if named[:1].isupper() and named.lower() in EVENT_NAME_NOUNS:
        return True  # "the Boat Show 2023 drew crowds"
    return not following[:1].islower() or following.lower() in {"and", "or", "to", "when", "as", "through"}


def _accept_may(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"May" alone is a month only after a word that introduces a date (not "May I", "Theresa May");
    "March" alone, in a story that speaks of a march, is one only after such a word too."""
    word = match.group("month")
    if word != "May" and not (word == "March" and _MARCH_AS_NOUN.search(text)):
        return word[0].isupper()
    if _names_more_than_the_month(match):
        return True  # "mid-May", "last May", "May 2008"
    return _previous_word(text, match.start("month")) in _DATE_INTRODUCERS


_DATE_INTRODUCERS = TEMPORAL_PREPOSITIONS - {"the", "'s", "and", "or"}
# The story uses "march" as a common noun ("the march", "marchers"): a capitalised "March" at
# the head of a sentence or a title ("March participants chanted") may be that noun, not the month.
_MARCH_AS_NOUN = re.compile(r"\bmarch(?:es|ers?)?\b")


def _names_more_than_the_month(match: re.Match[str]) -> bool:
    """"last March", "early March", "March 2008", "March of next year": words that make it a date."""
    return any(match.group(name) for name in ("rel", "mod", "year", "yrel"))


def _accept_season(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    if match.group("year") or match.group("rel") or match.group("mod"):
        return True
    return _previous_word(text, match.start()) in {"in", "the", "this", "by", "until", "since", "during",
                                                   "through", "over", "before", "after", "last", "next"}


def _accept_decade(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """Two-digit decades ("the 90s") are ages after a possessive ("in her 70s")."""
    if match.group("century") is not None or match.group("apostrophe"):
        return True
    if re.search(r"[A-Z0-9]-$", text[max(0, match.start() - 2):match.start()]):
        return False  # "KC-30s", "B-50s": aircraft or models by number, not the 1930s
    previous = _previous_word(text, match.start()).strip("-")
    return previous not in {"his", "her", "their", "its", "my", "our", "your", "whose", "mid", "early",
                            "late"}


def _accept_duration(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """Bare plural units ("years", "minutes") are durations only after a preposition that says so."""
    if (match.group("amount") or "").lower() == "zero":
        return False  # "a zero-day flaw" (one not yet known to its maker), "zero hours": no span of time
    if match.group("amount") and not match.group("unit").lower().endswith("s") and _AGE_AFTER.match(
            text, match.end()):
        return False  # "a 45-year old man": an age, as "a 45-year-old man" is ("61 years old" is kept)
    if match.group("amount") or match.group("rel") or match.group("long"):
        return True
    previous = _previous_word(text, match.start())
    if previous in {"final", "closing", "remaining", "lasted", "lasts", "lasting", "spent", "waited"} or (
            _VAGUE_SPAN_AFTER.match(text, match.end()) or _LAST_AS_VERB.search(text, 0, match.start())):
        return True  # "its final months", "decades of conflict", "hours before the game", "may last weeks"
    return previous in {"for", "over", "within", "in", "recent", "after", "take", "takes", "took", "few",
                        "the"} and not (previous == "the" and match.group("unit").lower() == "minutes")


_AGE_AFTER = re.compile(r"[\s-]old\b", re.IGNORECASE)
_LAST_AS_VERB = re.compile(r"\b(?:may|might|could|can|will|would|to)\s+last\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'”’)]?\s+|[\"“‘(]\s*)$")
_VAGUE_SPAN_AFTER = re.compile(r"\s+(?:of\s+[a-z]|before\b|after\b)")
# A superlative or a share of the period before "of the year": "the largest ... of", "the rest of".
_RANKED_IN_PERIOD = re.compile(r"(?:\b(?:[a-z]{3,}est|most|best|worst|first|last|only)\b(?:\s+[\w-]+){0,3}"
                               r"|\b(?:rest|remainder|balance)\s*)\s+of\s+$", re.IGNORECASE)
_TIME_UNIT_OF = re.compile(r"(?:months?|weeks?|days?|quarters?|half|halves)\s+of\s+$", re.IGNORECASE)


def _accept_set(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"Daily" inside a capitalised name ("the China Daily newspaper") is no frequency; a capital at
    the start of a sentence is."""
    word = match.group(0)
    if not word[:1].isupper() or " " in word:
        return True
    return bool(_SENTENCE_START.search(text[max(0, match.start() - 4):match.start()]))


def _accept_the_unit(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"the largest fire of the year", "the rest of the year" name the year; "the first nine months of
    the year" is one period (the months are the expression); "boat of the year" is a title."""
    if not match.group(0).lower().startswith("of"):
        return True
    before = text[max(0, match.start() - 40):match.start() + 3]
    return match.group("unit").islower() and not _TIME_UNIT_OF.search(before) and bool(
        _RANKED_IN_PERIOD.search(before))


def _accept_overnight(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"Police searched overnight" (an adverb: that night); "an overnight flight", "the overnight rate"
    are kinds of things, not a time. Without a parse, only before punctuation."""
    if match.group(0).lower() != "overnight":
        return True
    if doc is None:
        return bool(re.match(r"\s*(?:[.,;:!?]|$)", text[match.end():]))
    token = _token_at(doc, starts, match.start())
    return token is not None and token.pos_ == "ADV"


def _accept_year_range(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"2009-2010", "1957-58", "from 2009 to 2011", "between 2014 and 2016"; "2014 and 2016" alone is
    two years, and a range must run forwards by less than a century."""
    joint = text[match.end("first"):match.start("last")].strip().lower()
    if joint == "and" and not match.group(0).lower().startswith("between"):
        return False
    first = int(match.group("first"))
    last = _range_end(first, match.group("last"))
    start, end = match.start("first"), match.end()
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if re.search(r"[$€£#№]\s?$|\d[.,]$", before) or re.match(r"\s?%", after):
        return False  # "$2009-2010", "1990-95%": money and shares, not years
    if _entity_label(doc, starts, start) in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"} and not (
            match.group(0)[:1].isalpha()):
        return False
    return 1800 <= first < last < first + 100 and last <= 2099


def _range_end(first: int, last: str) -> int:
    return int(last) if len(last) == 4 else first // 100 * 100 + int(last)


def _accept_apostrophe_year(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    """"'11" after a product's name ("Office '11") is part of the name, as a bare year would be."""
    previous = _PREVIOUS_WORD.search(text[max(0, match.start() - 30):match.start()])
    if previous is None:
        return True
    word = previous.group(1)
    return not (word[:1].isupper() or word[1:2].isupper()) or word.lower() in TEMPORAL_PREPOSITIONS \
        or word.rstrip(".").lower() in MONTHS


def _accept_always(match: re.Match[str], text: str, doc: Doc | None, starts: list[int]) -> bool:
    return True


# --------------------------------------------------------------------------- the grammar

_MOD_GROUP = rf"(?:(?P<mod>{POINT_MOD})[\s-]*)?"
# Verbs that open or close a period as their object (wave 10): "shares ended the week lower", "stocks
# started the year strongly", as "closed the day" already was.
_PERIOD_VERBS = r"(?:end|ends|ended|close|closes|closed|finish|finishes|finished|start|starts|started" \
    r"|open|opens|opened|begin|begins|began)"
_WEEKDAY_PREFIX = rf"(?:(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?)?"

RULES: list[_Rule] = [
    _Rule("month-day", _rx(rf"""
        \b{_WEEKDAY_PREFIX}(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAY})\b(?:,?\s+(?P<year>{YEAR}))?"""),
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
    _Rule("month-range-quarter", _rx(rf"""
        \b(?:(?i:the)\s+)?(?:(?P<first>{MONTH})(?:\s?[-–/]\s?|[-–\s](?i:to|through|thru)[-–\s]))?(?P<month>{MONTH})
        (?:\s+(?P<year>{YEAR}))?
        (?(first)\s+(?i:quarter|period)|[\s-](?P<quarter>(?i:quarter)))\b(?(year)|(?:\s+of\s+(?P<of_year>{YEAR}))?)"""),
        norm_month_range_quarter, accept_month_range_quarter),
    _Rule("week-of-month", _rx(rf"""
        \b(?i:the\s+(?P<which>first|second|third|fourth|last|final)\s+week\s+of)\s+(?P<month>{_FULL_MONTH})
        (?:,?\s+(?P<year>{YEAR}))?\b"""), _norm_week_of_month),
    _Rule("mod-the-unit", _rx(rf"""
        \b(?P<mod>(?i:{POINT_MOD}))\s+(?i:the)\s+(?P<unit>(?i:year|month|week|decade|century))\b"""),
        _norm_mod_unit),
    # "at year-end", "by quarter end", "year-end 2009", "by year's end": the end of the period (waves 12, 15)
    _Rule("unit-end", _rx(rf"""
        \b(?:(?P<year>{YEAR})\s+|(?P<that>(?i:that))\s+)?(?P<unit>(?i:year|month|quarter))(?:[-\s]|['’]s\s+)(?i:end)\b(?![\w-])
        (?:\s+(?P<year2>{YEAR}))?"""), norm_unit_end),
    _Rule("part-of-the-day", _rx(r"""
        \b(?i:(?P<mod>late|early|later|earlier)\s+in\s+the\s+day)\b"""), _norm_part_of_the_day),
    _Rule("year-range", _rx(rf"""
        (?:\b(?i:from)\s+(?=\d{{4}}\s+(?i:to|through|until)\s)|\b(?i:between)\s+(?=\d{{4}}\s+and\s))?
        (?<![\w$€£./-])(?P<first>{YEAR})
        (?:\s*[-–]\s*|\s+(?i:to|through|until|and)\s+)(?P<last>{YEAR}|\d\d(?!\d))(?![\w/-]|\.\d)"""),
        _norm_year_range, _accept_year_range),
    _Rule("apostrophe-year", _rx(r"""(?<![\w'])'(?P<year>\d\d)(?![\w'])"""), _norm_year,
          _accept_apostrophe_year),
    # "the second half of 2007" is a half year (2007-H2, the quarter rule), not 2007 with a modifier
    _Rule("mod-year", _rx(rf"""
        \b(?!(?:the\s+)?(?:first|second)\s+half)(?P<mod>{POINT_MOD})[\s-]*(?P<year>{YEAR})\b"""), _norm_year),
    _Rule("fiscal-year", _rx(rf"""\b(?:FY\s?|fiscal\s+(?:year\s+)?)(?P<year>{YEAR}|\d\d)\b"""),
          _norm_fiscal_year),
    _Rule("year", _rx(rf"""(?<![\w$€£./-])(?P<year>{YEAR})(?![\w/-]|\.\d)"""), _norm_year, _accept_bare_year),
    _Rule("decade", _rx(rf"""
        {_MOD_GROUP}\b(?:the\s+)?(?:(?P<century>1\d\d0|20[0-9]0)s|(?P<apostrophe>')?(?P<decade>[1-9]0)s)
        (?![\w'])"""), _norm_decade, _accept_decade),
    _Rule("century", _rx(rf"""
        {_MOD_GROUP}\b(?i:the\s+)?(?P<nth>1\d(?i:th)|2[01](?i:st|th))\s+(?i:century)\b"""), _norm_century),
    _Rule("weekday", _rx(rf"""
        (?:\b(?P<rel>last|next|this\s+past|this\s+coming|this|coming)\s+|{_MOD_GROUP})?
        \b(?P<weekday>{_FULL_WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?\b(?!s\b)"""),
        _norm_weekday),
    _Rule("relative-day", _rx(r"""
        \b(?:(?:earlier|later)\s+)?(?P<word>(?i:the\s+)?day\s+before\s+yesterday|(?i:the\s+)?day\s+after\s+tomorrow
        |[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight
        |[Tt]his(?=\s+(?:morning|afternoon|evening))|[Ll]ast(?=\s+night))
        (?:\s+(?P<part>morning|afternoon|evening|night))?\b"""), _norm_relative_day),
    # a bare plural is some of them (wave 10): "decades ago" as "several decades ago", PAST_REF
    _Rule("ago", _rx(rf"""(?i:\b{COUNTED}\s+(?P<dir>ago|from\s+now|hence)\b)"""), _norm_ago),
    _Rule("earlier-later", _rx(rf"""
        (?i:\b{COUNTED}\s+(?P<dir>earlier|later)\b(?!\s+than\b))"""),
        _norm_earlier_later),
    # "prior-year sales" as "year-earlier sales" (wave 11)
    _Rule("period-adjective", _rx(r"""
        \b(?P<prior>(?i:prior)[-–])?(?P<unit>(?i:year|month|quarter|week))(?(prior)|[-–](?i:earlier|ago))
        \b(?![\w-])"""),
        norm_period_adjective),
    _Rule("in-the-unit", _rx(r"""
        \b(?i:(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year))\b"""), _norm_in_the_unit),
    _Rule("the-unit", _rx(rf"""
        \b(?i:in|for|during|over|through|throughout|of|{_PERIOD_VERBS})\s+
        (?P<core>(?i:the)\s+(?P<unit>(?i:week|month|quarter|year)))
        (?![\w-]|\s+(?:\d|of\b|before|after|earlier|ago|to\b|ended|ending|through|that\b|which\b))"""),
        _norm_the_unit, _accept_the_unit),
    _Rule("anaphoric-period", _rx(r"""
        \b(?i:(?:that|the\s+same)\s+(?P<unit>year|month|week)|the\s+(?P<unit2>year|month|week)\s+(?P<which>before|after)
        (?=\s*[.,;:!?)]|\s+(?:and|but)\b))\b(?![\w-]|\s+(?:ago|earlier|later)\b)"""),
        _norm_anaphoric_period),
    _Rule("part-of-reference-day", _rx(r"""
        \b(?i:in|during|through|throughout|into|until|by|spent|spend|spending)\s+
        (?P<core>(?i:the)\s+(?P<part>(?i:morning|afternoon|evening|night)))\b(?![\w-]|\s+of\b|\s+before\b)
        |\b(?P<part2>(?i:morning|afternoon|evening))(?=\s+(?:trading|trade|session|dealings)\b)
        |\b(?i:overnight)\b(?!-)"""),
        _norm_part_of_reference_day, _accept_overnight),
    # "at dawn", "by nightfall", "in mid-afternoon" (wave 12); after a preposition only, and in lower
    # case: "the dawn of a new era", "the sunset clause", "on Sunset Boulevard" name no time of day
    _Rule("daylight-part", _rx(rf"""
        \b(?i:at|by|before|after|until|till|around|about|near|from|since|in|during|toward|towards)\s+
        (?P<core>(?P<light>{_alternation(list(DAYLIGHT_PARTS))}))\b(?![\w-]|\s+(?:of|clause|provision)\b)"""),
        norm_daylight_part),
    _Rule("anaphoric-part-of-day", _rx(r"""
        \b(?i:(?:the\s+(?:next|following|previous|same)|that)\s+(?P<part>morning|afternoon|evening|night)
        |the\s+(?P<part2>morning|afternoon|evening|night)\s+(?:before|after)(?=\s*[.,;:!?)]|\s+(?:and|but)\b))\b
        (?![\w-]|\s+of\b)"""), norm_anaphoric_part_of_day),
    _Rule("all-unit", _rx(r"""
        \b(?i:all|the\s+entire|the\s+whole)\s+(?P<unit>(?i:day|night|week|month|year))(?:\s+long)?\b
        (?![\w-]|['’]s|\s+of\b)"""), norm_all_unit),
    _Rule("every-part-of-day", _rx(r"""
        \b(?i:(?:every|each)\s+(?P<part>morning|afternoon|evening|night))\b(?![\w-])"""),
        norm_every_part_of_day),
    _Rule("relative-unit", _rx(rf"""
        (?i:\b{_MOD_GROUP}(?P<rel>{RELATIVE})\s+(?:[a-z]+al\s+|calendar\s+|school\s+|election\s+)?
        (?P<unit>week|weekend|month|quarter|year|decade|century)\b)"""), _norm_relative_unit),
    # "the holiday weekend", "the long weekend", "the three-day weekend" are the weekend too (wave 12)
    _Rule("weekend", _rx(r"""
        \b(?i:the\s+(?:(?:holiday|long|bank\s+holiday|holiday-shortened|three-day|four-day)\s+)?weekend)\b"""),
        _norm_weekend),
    _Rule("quarter", _rx(rf"""
        (?i:\b(?:(?P<owner>the\s+year)['’]s\s+)?
        (?:(?:the\s+)?(?P<fiscal>fiscal[\s-]+(?:(?P<fyear>{YEAR})\s+)?)?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter
        |(?:the\s+)?(?P<half>first|second|1st|2nd)[\s-]+half|Q(?P<qnum>[1-4]))
        (?:\s*(?:of\s+)?(?:(?P<rel>this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year
        |(?:fiscal\s+)?(?P<year>{YEAR})))?)\b"""), norm_quarter_or_game_part),
    _Rule("game-part", _rx(GAME_PART), norm_game_part, accept_game_part),
    _Rule("season", _rx(rf"""
        (?:\b(?P<rel>(?i:this|last|next|this\s+past|this\s+coming))\s+|{_MOD_GROUP})?
        \b(?P<season>(?i:spring|summer|autumn|winter)|[Ff]all(?=\s+(?:of\s+)?(?:{YEAR}|\W)|[^\w\s-]|$))
        (?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b"""), _norm_season, _accept_season),
    _Rule("play-season", _rx(PLAY_SEASON), norm_play_season, accept_play_season),
    _Rule("holiday", _rx(rf"""
        (?:\b(?P<preyear>{YEAR})(?:['’]s)?\s+)?
        \b(?P<holiday>New\s+Year(?:['’]s(?:\s+(?:Day|Eve))?)?|Christmas\s+(?:Eve|Day)|Christmas|Boxing\s+Day
        |Valentine['’]s\s+Day|Halloween|Easter(?:\s+Sunday)?|Thanksgiving(?:\s+Day)?|Good\s+Friday
        |Independence\s+Day|Labou?r\s+Day|Memorial\s+Day|Veterans\s+Day|St\.?\s+Patrick['’]s\s+Day)
        (?:,?\s+(?P<year>{YEAR}))?\b"""), _norm_holiday, accept_holiday),
    *(_Rule(name, _rx(pattern), norm) for name, pattern, norm in (*CALENDAR_WORD_RULES, *SAME_PERIOD_RULES)),
    _Rule("duration", _rx(rf"""
        (?i:(?:\b(?P<amod>{AMOUNT_MOD})\s+(?!the\b))?
        (?:\b(?P<rel>the\s+(?:past|last|next|first|coming|previous|following)|(?:up)?coming(?=\s+{UNIT_PLURAL}))\s+)?
        (?:\b(?P<amount>{NUMBER})[\s-]+(?:{UNIT_ADJECTIVE}\s+)?)?
        (?P<unit>{UNIT_PLURAL}|(?(amount)(?:{_UNITS_SINGULAR}|second|nights)|(?:{_UNITS_SINGULAR})(?=-long)))
        (?P<long>-long)?(?P<half>\s+and\s+a\s+half)?)\b(?!-)"""),
        _norm_duration_and_half, _accept_duration),
    _Rule("set", _rx(rf"""
        (?i:\b(?:(?:each|every|per)\s+(?:(?P<amount>{NUMBER})\s+)?|an?\s+)(?P<unit>{UNIT}|{_UNITS_SINGULAR})\b
        |\b(?:every|each)\s+(?P<weekday>{_FULL_WEEKDAY})\b
        |\b(?:annual|annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biannual|biennial)\b)"""),
        _norm_set, _accept_set),
    _Rule("weekday-plural", _rx(rf"""(?<=\bon\s)(?P<weekday>{_FULL_WEEKDAY})s\b"""), _norm_set_weekdays),
    _Rule("reference", _rx(rf"""
        (?i:\b(?:{_alternation(list(REFERENCE_WORDS))})\b)(?!-)"""), _norm_reference),
    _Rule("anaphoric-day", _rx(r"""
        (?i:\b(?:the\s+(?:same|next|following|previous|prior|preceding)\s+(?:(?:trading|business|working)\s+)?day|that\s+day|the\s+day\s+(?:before|after)
        |\b(?:on|in|of|for|over|during|end|ended|close|closed|finish|finished|start|started|open|opened)\s+(?P<core>the\s+day))\b)
        """),
        _norm_anaphoric_day),
    _Rule("month-day-in-focus", _rx(MONTH_DAY), norm_month_day, accept_month_day),
    _Rule("trading-day", _rx(TRADING_DAY), norm_trading_day),
    _Rule("ordinal-run", _rx(ORDINAL_RUN), norm_ordinal_run, accept_ordinal_run),
    _Rule("one-word-span", _rx(ONE_WORD_SPAN), norm_one_word_span),
    *(_Rule(name, _rx(pattern), norm) for name, pattern, norm in race_times.CLOCK_FIGURE_RULES),
    _Rule("clock", _rx(rf"""
        (?:\b(?P<dayword>{_FULL_WEEKDAY}|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)
        (?:\s+(?:morning|afternoon|evening|night))?(?:,\s*|\s+)(?:(?:at|around|about)\s+)?)?
        (?P<clock>(?<![\d:.]){CLOCK})(?:\s+local\s+time)?(?:\s*\((?:{CLOCK}|{TIMEZONE}\s*[+-]\s*\d{{1,2}})\))?
        (?(dayword)|(?:,?\s+(?:on\s+)?(?P<dayword2>{_FULL_WEEKDAY}|today|yesterday|tomorrow|tonight)\b
        (?!,?\s+(?:{MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}))(?:\s+(?:morning|afternoon|evening|night)\b)?)?)"""),
        _norm_clock_words),
]


# Rules listed earlier win over later ones when two candidates have the same length.
_PRIORITY = {rule.name: index for index, rule in enumerate(RULES)}

