"""One voice for readers: how dates, numbers, counts and entity types are worded on every page.

One date style across the site, pages and charts alike: "19 January 2024", "January 2024",
"19–21 January 2024", "late December 2023", "week of 8 January 2024". Templates reach these through
filters (`human_date`, `month_label`, `number`, `count`); Python that words anything for readers
calls them here.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from generator.models import EventDate
from generator.story.dates import (
    CENTURY_VALUE,
    DAY_VALUE,
    DECADE_VALUE,
    MONTH_VALUE,
    QUARTER_VALUE,
    SEASON_VALUE,
    WEEK_VALUE,
    YEAR_VALUE,
    week_range,
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
UNDATED = "undated"
# Two people of one name (issue 16): the page title adds what tells them apart.
NAMESAKE_TITLE = "{name} ({qualifier})"
ENTITY_TYPE_LABELS = {
    "person": "Person",
    "organization": "Organisation",
    "place": "Place",
    "group": "Group",
    "law": "Law or policy",
    "other": "Other",
}
ENTITY_TYPE_SECTIONS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "law": "Laws and policies",
    "other": "Other names",
}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# TIMEX3 modifiers as words in front of a date ("late December 2023").
MOD_WORDS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "by",
    "ON_OR_AFTER": "from",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
}
UNPLACED = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
LARGE_NUMBER_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


# --------------------------------------------------------------------------- dates


def human_date(value: dt.date | None) -> str:
    """`5 January 2024`; written out so readers everywhere read it the same way."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


def day_month(day: dt.date) -> str:
    """`5 January`, for labels whose year is said elsewhere."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def month_year(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def month_label(key: str) -> str:
    """A month folder's key (`2024-01`, or `undated`) as a heading."""
    if key == UNDATED:
        return "Undated"
    year, month = key.split("-")
    return month_year(int(year), int(month))


def describe_period(start: dt.date, end: dt.date) -> str:
    """A date range at its real precision: "5 January 2024", "December 2023", "2023",
    "21–31 December 2023", "January–April 2023"."""
    if start == end:
        return human_date(start)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:  # whole months
        if (start.year, start.month) == (end.year, end.month):
            return month_year(start.year, start.month)
        if start.year == end.year:
            return f"{MONTHS[start.month - 1]}–{month_year(end.year, end.month)}"
        return f"{month_year(start.year, start.month)}–{month_year(end.year, end.month)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{day_month(start)} – {day_month(end)} {start.year}"
    return f"{human_date(start)} – {human_date(end)}"


def describe_timex_value(value: str | None) -> str:
    """A TIMEX3 calendar value as a short label ("2023-12" -> "December 2023"); others in the site's
    words ("2013-W37-WE" -> "weekend of 14 September 2013"), never as their code."""
    if not value:
        return ""
    match = _CALENDAR_VALUE.fullmatch(value)
    if not match:
        return display_timex(value, None)
    year, month, day = match.groups()
    try:
        if day:
            return human_date(dt.date(int(year), int(month), int(day)))
        if month:
            return month_year(int(year), dt.date(int(year), int(month), 1).month)
    except ValueError:
        return value
    return year


def display_date(value: str, mod: str | None = None) -> str:
    """A TIMEX3 value at its real precision: "5 January 2024", "late December 2023", "early 2023",
    "week of 8 January 2024", "now"."""
    text = _plain_display(value)
    if text is None:
        return UNPLACED.get(value) or _unknown_year_display(value) or display_duration(value) or value
    word = MOD_WORDS.get(mod or "")
    if not word:
        return text
    return f"mid-{text}" if word == "mid" else f"{word} {text}"


def display_event_date(date: EventDate) -> str:
    return display_timex(date.value, date.mod)


def display_timex(value: str, mod: str | None) -> str:
    """`display_date`, and for a value it cannot place (a month 13) the calendar parts it can read."""
    try:
        return display_date(value, mod)
    except (ValueError, TypeError, KeyError):
        return _calendar_display(value, mod)


_ISO_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def date_tooltip(value: str, mod: str | None = None) -> str:
    """A date's tooltip: its words, and its ISO form after them where it is a plain calendar date
    ("19 January 2024 (2024-01-19)"). A TIMEX3 code ("XXXX-WXX-5TEV", "2013-W37-WE", "P3Y",
    "2024-01-19T15:00") is no date a reader can read: the words alone ("a Friday evening (date
    unknown)", "19 January 2024, 15:00")."""
    shown = display_timex(value, mod)
    return f"{shown} ({value})" if shown != value and _ISO_CALENDAR.fullmatch(value) else shown


# TimeML durations ("P3Y", "PT2H56M", "P2DE", "PXY", "P1NI"): ISO 8601 with TimeML's own units (decades,
# centuries, quarters, weekends, parts of the day) and "X" for an amount not given, which ISO duration
# parsers do not read.
_DURATION_VALUE = re.compile(r"P((?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML|WE|MO|AF|EV|NI|Y|M|W|D|Q))*)"
                             r"(?:T((?:(?:\d+(?:\.\d+)?|X)[HMS])+))?")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)([A-Z]{1,2})")
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "CE": "century",
                  "ML": "millennium", "Q": "quarter", "WE": "weekend", "MO": "morning", "AF": "afternoon",
                  "EV": "evening", "NI": "night"}
DURATION_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
DURATION_PLURALS = {"century": "centuries", "millennium": "millennia"}


def display_duration(value: str) -> str | None:
    """A TimeML duration in words: "P3Y" -> "3 years", "PT2H56M" -> "2 hours 56 minutes", "PXY" ->
    "years"; None for a value that is no duration."""
    match = _DURATION_VALUE.fullmatch(value)
    if not match or not (match[1] or match[2]):
        return None
    parts = [(amount, DURATION_UNITS[unit]) for amount, unit in _DURATION_PART.findall(match[1] or "")]
    parts += [(amount, DURATION_TIME_UNITS[unit]) for amount, unit in _DURATION_PART.findall(match[2] or "")]
    return " ".join(_amount_of(amount, unit) for amount, unit in parts)


def _amount_of(amount: str, unit: str) -> str:
    plural = DURATION_PLURALS.get(unit, unit + "s")
    if amount == "X":
        return plural
    return f"{amount} {unit if amount == '1' else plural}"


def _unknown_year_display(value: str) -> str | None:
    """"XXXX-12" -> "December (year unknown)", "XXXX-01-05" -> "5 January (year unknown)"; other values
    with unknown parts in words (`_unanchored_display`)."""
    match = re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?", value)
    if not match or not 1 <= int(match[1]) <= 12:
        return _unanchored_display(value)
    month = MONTHS[int(match[1]) - 1]
    return f"{int(match[2])} {month} (year unknown)" if match[2] else f"{month} (year unknown)"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_PART_WORDS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
# A TIMEX3 value whose calendar part is unknown: what an undated article's "today", "Friday evening",
# "7 p.m." or "last week" resolve to. Group 1: the week or month part; 2: the day; 3: the time.
_UNANCHORED = re.compile(
    r"XXXX(?:-(WXX|XX|\d{2}|W\d{2}))?(?:-(XX|WE|\d{1,2}))?(?:T(\d{2}:\d{2}|XX:XX|[A-Z]{2}))?")


def _unanchored_display(value: str) -> str | None:
    """A value with an unknown year in words, never as its code: "XXXX-WXX-5" -> "a Friday (date
    unknown)", "XXXX-XX-XXT19:00" -> "19:00 (day unknown)", "XXXX-XX-XX" -> "a day (date unknown)",
    "XXXX-WXX" -> "a week (date unknown)", "XXXX-WXX-WE" -> "a weekend (date unknown)", "XXXX" -> "a
    year (unknown)"; None for other values."""
    coarse = re.fullmatch(r"XXXX-(SP|SU|FA|WI|Q[1-4]|H[12])", value)
    if coarse:
        return f"{SEASON_NAMES.get(coarse[1], coarse[1])} (year unknown)"
    match = _UNANCHORED.fullmatch(value)
    if not match:
        return None
    period, day, time = match.groups()
    if day == "WE":  # "last weekend" in an article with no date: TIMEX3's weekend of an unknown week
        return "a weekend (date unknown)"
    if time is not None and day is not None:
        if re.fullmatch(r"\d{2}:\d{2}", time):
            when = time if period != "WXX" else f"{_weekday(day)} {time}"
            return f"{when} (day unknown)" if period != "WXX" else f"{when} (date unknown)"
        part = DAY_PART_WORDS.get(time, "time of day")
        return f"a {_weekday(day)} {part} (date unknown)" if period == "WXX" else f"a {part} (day unknown)"
    if period == "WXX" and day is not None:
        return f"a {_weekday(day)} (date unknown)"
    if period is None:
        return "a year (unknown)"
    if period.startswith("W"):
        return "a week (date unknown)"
    return "a day (date unknown)" if day is not None else "a month (date unknown)"


def _weekday(day: str) -> str:
    number = int(day) if day.isdigit() else 0
    return WEEKDAYS[number - 1] if 1 <= number <= 7 else "day"


def _plain_display(value: str) -> str | None:
    if match := DAY_VALUE.match(value):
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        clock = re.match(r"T(\d{2}:\d{2})(Z?)", value[10:])
        text = human_date(day)
        return f"{text}, {clock[1]}{' UTC' if clock[2] else ''}" if clock else text
    if match := WEEK_VALUE.match(value):
        week = week_range(int(match[1]), int(match[2]), match[3])
        if week is None:
            return None
        if match[3] == "-WE":
            return f"weekend of {human_date(week[0])}"
        return f"week of {human_date(week[0])}" if week[0] != week[1] else human_date(week[0])
    if match := MONTH_VALUE.match(value):
        return month_year(int(match[1]), dt.date(int(match[1]), int(match[2]), 1).month)
    return _coarse_display(value)


def _coarse_display(value: str) -> str | None:
    """Seasons, quarters, years, decades and centuries."""
    if match := SEASON_VALUE.match(value):
        return f"{SEASON_NAMES[match[2]]} {match[1]}"
    if match := QUARTER_VALUE.match(value):
        return f"{match[2]} {match[1]}"
    if match := YEAR_VALUE.match(value):
        return f"{'fiscal ' if value.startswith('FY') else ''}{match[1]}"
    if DECADE_VALUE.match(value):
        return f"{value}0s"
    if CENTURY_VALUE.match(value):
        number = int(value) + 1
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} century"
    return None


def _calendar_display(value: str, mod: str | None) -> str:
    """`5 March 2024`, `March 2024`, `2024`, with the modifier as a word (`late March 2024`);
    other TIMEX3 values (weeks, seasons, PRESENT_REF) are shown as they are."""
    match = _CALENDAR_VALUE.match(value)
    if match is None:
        text = value
    else:
        year, month, day = match.groups()
        text = year
        if month and 1 <= int(month) <= 12:
            text = f"{MONTHS[int(month) - 1]} {year}"
            if day:
                text = f"{int(day)} {text}"
    word = MOD_WORDS.get(mod or "", (mod or "").lower().replace("_", " "))
    return f"{word} {text}" if word else text


# --------------------------------------------------------------------------- numbers and counts


def exact_number(value: float) -> str:
    """A fact's value as the article gave it, with thousands separators: "1,200", "0.25"."""
    if abs(value) < 1e15 and value == int(value):  # abs first: int() of an infinity raises
        return f"{int(value):,}"
    return f"{value:,.6g}"


FRACTION_UNIT = "fraction"  # the quantity scanner's unit for "a third", "two-thirds of", "half of"
_NUMERATOR_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                    9: "nine"}
_DENOMINATOR_WORDS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh",
                      8: "eighth", 9: "ninth", 10: "tenth", 12: "twelfth"}


def fraction_words(value: float) -> str:
    """A fraction as an article writes it: 0.3333 -> "a third", 0.6667 -> "two thirds", 0.5 -> "half".
    Values the scanner rounded to four places come back to the nearest small fraction; anything
    else keeps its digits rather than being misread."""
    nearest = Fraction(value).limit_denominator(12)
    numerator, denominator = nearest.numerator, nearest.denominator
    known = denominator in _DENOMINATOR_WORDS and numerator in _NUMERATOR_WORDS
    if abs(float(nearest) - value) > 1e-3 or not known:
        return trim_decimals(value, 4)
    if denominator == 2:
        return "half" if numerator == 1 else f"{_NUMERATOR_WORDS[numerator]} halves"
    noun = _DENOMINATOR_WORDS[denominator]
    return f"a {noun}" if numerator == 1 else f"{_NUMERATOR_WORDS[numerator]} {noun}s"


def value_with_unit(value: float, unit: str | None) -> str:
    """A fact's exact value and unit for detail lines: "1,200 people", "a third"."""
    if unit == FRACTION_UNIT:
        return fraction_words(value)
    return exact_number(value) + (f" {unit}" if unit else "")


def trim_decimals(value: float, digits: int) -> str:
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_number(value: float) -> str:
    """A rounded value for headlines and charts: 45000 -> "45,000"; 3e9 -> "3 billion"; 0.5 -> "0.5"."""
    magnitude = abs(value)
    for threshold, word in LARGE_NUMBER_WORDS:
        if magnitude >= threshold:
            return f"{trim_decimals(value / threshold, 1)} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return trim_decimals(value, 2 if magnitude < 100 else 1)


def format_compact(value: float) -> str:
    """A short form for tight labels: 45,000 -> "45k", 3e9 -> "3bn"."""
    magnitude = abs(value)
    for threshold, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e4, "k")):
        if magnitude >= threshold:
            return f"{trim_decimals(value / threshold, 1)}{suffix}"
    return format_number(value)


def count(number: int, noun: str, plural: str | None = None) -> str:
    """`1 article`, `3 articles`, `2 people` (with `plural` for irregular nouns)."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


# --------------------------------------------------------------------------- claims

CLAIM_VERBS = {"report": "reported", "demand": "demanded", "statement": "said"}
# A claim's mood words it before its kind does: a denial or a question is never shown as "said".
CLAIM_MOOD_VERBS = {"denial": "denied", "question": "asked"}
CLAIM_NOT_SAID = "did not say"


def claim_verb(kind: str, mood: str, polarity: str) -> str:
    """The verb a claim is told with: "demanded", "denied", "did not say"."""
    if polarity == "negative":
        return CLAIM_NOT_SAID
    return CLAIM_MOOD_VERBS.get(mood, CLAIM_VERBS.get(kind, kind))


def claim_sentence(by: str, verb: str, text: str) -> str:
    """A claim as a complete sentence with its party ("The union demanded that the company restore
    the crossings."): its words alone may be a subjunctive clause that reads as a fragment."""
    clause = " ".join(text.split()).rstrip(".!?")
    joiner = " " if verb in (CLAIM_MOOD_VERBS["question"],) else " that "
    sentence = f"{by} {verb}{joiner}{clause}." if by else f"{clause}."
    return sentence[:1].upper() + sentence[1:]  # "critics said that ..." opens a line as "Critics ..."



def as_heading(words: str) -> str:
    """Words as a heading starts them: "ladder trucks" -> "Ladder trucks", "non-Mexicans" ->
    "Non-Mexicans"; a first word that already holds a capital before any hyphen ("iPhones", "eBay")
    is a name and stays as written."""
    first = words.split(" ", 1)[0].split("-", 1)[0]
    if any(letter.isupper() for letter in first):
        return words
    return words[:1].upper() + words[1:]
