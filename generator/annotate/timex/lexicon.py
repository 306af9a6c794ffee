"""The words of time expressions: month, weekday, season and unit names, number words, modifiers,
and the regular-expression fragments built from them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    pass


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
# Words for a time of the day that name no clock time (wave 12): TIMEX3's parts of the day, midday MI.
DAYLIGHT_PARTS = {
    "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO", "mid-morning": "MO",
    "midmorning": "MO", "lunchtime": "MI", "lunch time": "MI", "mid-afternoon": "AF", "midafternoon": "AF",
    "dusk": "EV", "sunset": "EV", "sundown": "EV", "twilight": "EV", "nightfall": "NI",
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "single": 1, "couple": 2, "dozen": 12, "half": 0.5,
}
VAGUE_NUMBERS = {"several", "few", "many", "some", "numerous", "multiple", "dozens", "hundreds", "thousands"}
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
    "late": "END", "end-": "END", "the end of": "END", "the very end of": "END", "the close of": "END",
    "the second half of": "END", "the latter part of": "END",
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
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred|a\s+dozen)"
)
NUMBER = (
    rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORD}(?:\s+and\s+a\s+half)?|a\s+couple\s+of|a\s+few|(?<=past\s)few"
    rf"|(?<=last\s)few|(?<=next\s)few|several|a\s+single"
    r"|an?(?:\s+half)?|half\s+an?|many|some|numerous|(?:dozens|hundreds|thousands)\s+of)"
)
AMOUNT_MOD = rf"(?:{_alternation(list(AMOUNT_MODS))})"
# What "ago", "earlier", "later" count, with the words of its amount (wave 15): "about two years",
# "a full year", "two short weeks", "a mere day"; a bare plural ("decades") is some of them.
COUNTED = (rf"(?:(?P<amod>{AMOUNT_MOD})\s+)?(?:(?P<amount>{NUMBER})[\s-]+"
           rf"(?:(?:full|whole|short|long|mere|brief)\s+)?(?P<unit>{UNIT})|(?P<plural>{UNIT_PLURAL}))")
# "Early" and "Late" open a sentence as well ("Early Monday, the board met"), and financial news writes
# "end-2008", "end-March" for the end of that period (wave 11).
POINT_MOD = (r"(?:(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle|close|latter\s+part"
             r"|(?:first|second)\s+half)\s+of(?:\s+the)?|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd-)")
# "the prior year", "the preceding quarter" are "the previous" in other words (wave 11).
RELATIVE = (r"(?:this\s+past|this|last|next|the\s+past|the\s+last|the\s+previous|the\s+prior|the\s+preceding"
            r"|the\s+latest|the\s+most\s+recent"
            r"|the\s+coming|the\s+next|the\s+following|past|previous|coming|current|the\s+current)")
PREVIOUS_SYNONYMS = {"prior": "previous", "preceding": "previous"}
# "the latest quarter", "the most recent month" of a report: the last one over, as "last quarter" is
# (wave 15; "recent" alone was PAST_REF and the quarter missed).
LATEST = {"the latest": "last", "the most recent": "last"}
TIMEZONE = r"(?:UTC|GMT|Z|[ECMP][SD]?T|BST|CET|CEST)"
# Meridiems in any case ("8 PM", "8 p.m."; after a period-separated time, "2.30pm", only with one);
# "3:07:35" (a race time) is no clock time: no third field;
# "noon", "midday" and "midnight" are whole words ("afternoon" holds no noon); "midnight rules",
# "midnight (hour) regulations", "midnight action", "midnight pardons" name an outgoing government's
# last-minute acts (news usage, as "eleventh-hour"), not a time of day.
_MERIDIEM = r"(?i:a\.m\.|p\.m\.|am\b|pm\b)"
_NOT_AN_ACT = r"(?![\s-]+(?:hour\s+)?(?:rule|regulation|action|change|appointment|appointee|pardon)s?\b)"
CLOCK = (
    rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![:.]?\d)(?:\s*{_MERIDIEM})?(?:\s*{TIMEZONE}\b)?"
    rf"|(?:1[0-2]|0?[1-9])\s*{_MERIDIEM}(?:\s*{TIMEZONE}\b)?"
    rf"|(?:1[0-2]|0?[1-9])\.[0-5]\d\s*{_MERIDIEM}(?:\s*{TIMEZONE}\b)?"  # British "2.30am", "9.15 p.m."
    rf"|(?:[01]\d|2[0-3])[0-5]\d\s*{TIMEZONE}\b|\b(?i:noon|midnight{_NOT_AN_ACT}|mid-?day)\b)"
)

