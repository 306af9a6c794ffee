"""One voice for readers: how dates, months, numbers and entity types are worded on every page.

Templates reach these through filters; Python that words anything for readers calls them here."""

from __future__ import annotations

import datetime as dt
import re

from generator.models import EventDate
from generator.story.dates import display_date

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
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def human_date(value: dt.date | None) -> str:
    """`5 January 2024`; written out so readers everywhere read it the same way."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


def month_label(key: str) -> str:
    if key == UNDATED:
        return "Undated"
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


_MOD_WORDS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
}


def display_event_date(date: EventDate) -> str:
    return display_timex(date.value, date.mod)


def display_timex(value: str, mod: str | None) -> str:
    """A TIMEX3 value at its real precision (`display_date`); a value it cannot read as it is."""
    try:
        return str(display_date(value, mod))
    except (ValueError, TypeError, KeyError):
        return _calendar_display(value, mod)


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
    word = _MOD_WORDS.get(mod or "", (mod or "").lower().replace("_", " "))
    return f"{word} {text}" if word else text

