"""Publication dates on news date lines: "Posted: Mar 17, 2010 08:45 AM CEST", "Updated 3:12 p.m. ET,
Tue March 3, 2009", "Friday, 13 March 2009 15:04 GMT", "05/02/2013".

Only a line that is nothing but a date line is read: an optional cue ("Posted", "Last updated on"),
then words from a closed vocabulary (months, weekdays, clock times, time zones, "at", "on"). A line
with any other word is running text or a headline and gives no date, so a date is never taken from a
sentence. A news dateline's place and wire service may lead the date ("WASHINGTON, April 28, 2009",
"(Reuters) April 28, 2009", "AP — April 28, 2009"), also when it opens the first paragraph and a
dash follows it ("WASHINGTON, April 28, 2009 — The Senate ..."; `opening_dateline_date`). Texts
rebuilt from tokens put spaces inside times and numeric dates ("11: 06", "05 / 02 / 2013", "p. m.");
those are closed up first where the reading is unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

DATELINE_CHARS = 90  # a cue, a date, a time and a zone fit in this; longer lines are text

# Spacing left by tokenisation, closed up before anything else is read.
_SPACED_NUMERIC_DATE = re.compile(r"\b(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2,4})\b")
_SPACED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\s*:\s*(\d{2})(?!\d)")
_SPACED_DOT_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.\s*(\d{2})(?=\s*(?:[ap]\.?\s?m\b|[A-Z]{2,5}\b))", re.I)
_SPACED_MERIDIEM = re.compile(r"\b([ap])\.\s*m\.", re.I)

# A cue in front of the date, and a second stamp after it ("... | Updated on ..."), which is dropped.
_CUE = re.compile(
    r"^(?:(?:first|originally|last|story|article)\s+)?"
    r"(?:published|posted|updated|edited|modified|created|released?|found|date)\b"
    r"(?:\s+time)?(?:\s+(?:on|at))?\s*[:-]?\s*|^on\s+",
    re.I,
)
_SECOND_STAMP = re.compile(r"\s[|/]\s|\s(?:last\s+)?(?:updated|edited|modified)\b", re.I)

_CLOCK = re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[ap]\b)?", re.I)
_UTC_OFFSET = re.compile(r"\(?\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_NUMERIC_DATE = re.compile(r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")

_MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"}
    | {"nov", "dec"}
)
_WEEKDAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues"}
    | {"wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
# Common time-zone abbreviations on English-language news sites, and the glue words of a date line.
_ZONE_WORDS = frozenset(
    {"gmt", "utc", "z", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "jst", "kst"}
    | {"hkt", "sgt", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "et", "ct", "mt", "pt", "est", "edt"}
    | {"cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "uk", "local", "time"}
)
_GLUE_WORDS = frozenset({"at", "on", "of", "am", "pm", "a", "p", "m", "st", "nd", "rd", "th"})
_DATE_LINE_WORDS = _MONTH_WORDS | _WEEKDAY_WORDS | _ZONE_WORDS | _GLUE_WORDS

# What leads the date on a news dateline: a place in capitals ("WASHINGTON", "ST. LOUIS", "PORTLAND,
# Maine"), a wire service in brackets ("(Reuters)"), or a wire service's initials and a dash ("AP —").
_CAPS_WORD = r"[A-Z][A-Z.'’-]*[A-Z.]"
_NOT_A_DATE_WORD = rf"(?!(?i:{'|'.join(sorted(_MONTH_WORDS | _WEEKDAY_WORDS, key=len, reverse=True))})\b)"
_REGION = rf",\s+{_NOT_A_DATE_WORD}[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?"  # "PORTLAND, Maine"
_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:{_REGION})?"
_OUTLET = r"\([A-Z][\w&.'’ ]{0,30}\)"
_DATELINE_LEAD = re.compile(
    rf"^(?:(?P<place>{_PLACE})\s*(?:{_OUTLET})?|{_OUTLET}|[A-Z]{{2,6}}(?=\s*[—–-]))\s*[,:—–-]?\s*"
)
# A dateline opening a paragraph ends at a dash: "WASHINGTON, April 28, 2009 — The Senate ...".
_OPENING_DATELINE = re.compile(r"^(?P<line>.{4,90}?)\s*(?:[—–]|\s-)\s+\S")


def dateline_date(line: str) -> dt.date | None:
    """The date of a line that is only a date line (cue, date, time, zone), else None."""
    if len(line) > DATELINE_CHARS:
        return None
    text = _close_up(line.strip())
    for stamp in _SECOND_STAMP.split(_CUE.sub("", text, count=1)):
        stamp = _CUE.sub("", stamp.strip(" ,;|-–—"), count=1)
        if stamp:
            return _stamp_date(stamp) or _led_stamp_date(stamp)  # only the first stamp counts: it is the
    return None  # publication


def is_stamp_line(line: str) -> bool:
    """Whether a line is only a page's time stamp: a date line ("UPDATED: TUESDAY, APRIL 8, 2014, 8:05
    AM"), or a cue and a clock time with no date ("Last updated at 22:46 GMT"); page furniture, not text."""
    if len(line) > DATELINE_CHARS or not line.strip():
        return False
    if dateline_date(line) is not None:
        return True
    text = _close_up(line.strip())
    parts = _SECOND_STAMP.split(_CUE.sub("", text, count=1))
    stamps = [_CUE.sub("", part.strip(" ,;|-–—"), count=1) for part in parts]
    return bool(_CLOCK.search(text)) and all(_date_line_words_only(stamp) for stamp in stamps)


def split_leading_stamp(paragraph: str) -> tuple[str, str] | None:
    """A time stamp glued to the text after it ("Updated: June 3, 2015, 9:12 PM ET Roe retained ...",
    a stamp line joined to the first line of text): (stamp, text), else None. Only a stamp led by a cue
    ("Updated", "Posted") or ending in a time zone after a dated clock time, and followed by a capital,
    so that prose ("On July 7, 2012 Roe won", "At 10:30 Roe arrived") is never cut."""
    best = None
    for space in re.finditer(r"\s+", paragraph[:DATELINE_CHARS + 1]):
        stamp, rest = paragraph[:space.start()], paragraph[space.end():]
        if rest[:1].isupper() and _glued_stamp(stamp):
            best = (stamp, rest)
    return best


def _glued_stamp(stamp: str) -> bool:
    if not is_stamp_line(stamp):
        return False
    led_by_cue = bool(_CUE.match(stamp.strip())) and not stamp.strip().lower().startswith("on ")
    words = _WORD.findall(stamp)
    zone_last = bool(words) and words[-1].lower() in _ZONE_WORDS and words[-1].isupper()
    dated_clock = bool(_CLOCK.search(_close_up(stamp))) and dateline_date(stamp) is not None
    return led_by_cue or (zone_last and dated_clock)


def _date_line_words_only(stamp: str) -> bool:
    date_part = _CLOCK.sub(" ", _UTC_OFFSET.sub(" ", stamp))
    return all(word.lower() in _DATE_LINE_WORDS for word in _WORD.findall(date_part))


def opening_dateline_date(paragraph: str, copyright_year: int | None = None) -> tuple[dt.date | None, bool]:
    """The date of a dateline that opens a paragraph and ends at a dash, and whether its year is the
    copyright line's: a dateline without one ("AP — April 28 — ...") is dated only when the article has
    a copyright year ("© 2009 ..."), never by guessing."""
    match = _OPENING_DATELINE.match(paragraph)
    if match is None:
        return None, False
    line = match.group("line")
    date = dateline_date(line)
    if date is None and copyright_year is not None and not _YEAR.search(line):
        date = dateline_date(f"{line}, {copyright_year}")
        return date, date is not None
    return date, False


def _led_stamp_date(stamp: str) -> dt.date | None:
    """The date of a stamp led by a dateline's place or wire service ("WASHINGTON, April 28, 2009");
    never when what leads is itself a date-line word ("TUESDAY, OCTOBER 5, 2010")."""
    lead = _DATELINE_LEAD.match(stamp)
    if lead is None or not lead.group().strip():
        return None
    if any(word.lower() in _MONTH_WORDS | _WEEKDAY_WORDS for word in _WORD.findall(lead.group())):
        return None
    rest = stamp[lead.end():].strip(" ,;|-–—")
    return _stamp_date(rest) if rest else None


def _close_up(text: str) -> str:
    text = _SPACED_NUMERIC_DATE.sub(r"\1\2\3\2\4", text)
    text = _SPACED_TIME.sub(r"\1:\2", text)
    text = _SPACED_DOT_TIME.sub(r"\1:\2", text)
    return _SPACED_MERIDIEM.sub(r"\1.m.", text)


def _stamp_date(stamp: str) -> dt.date | None:
    """The date in one stamp; None unless every word belongs on a date line and a year is given."""
    date_part = _CLOCK.sub(" ", _UTC_OFFSET.sub(" ", stamp))
    words = [word.lower() for word in _WORD.findall(date_part)]
    if any(word not in _DATE_LINE_WORDS for word in words):
        return None
    has_month = any(word in _MONTH_WORDS for word in words)
    numeric = _NUMERIC_DATE.search(date_part)
    if not ((has_month and _YEAR.search(date_part)) or numeric):
        return None  # "Updated 5:40 p.m. ET" or "Jul. 7": no year, so no date
    digits = re.findall(r"\d+(?:[/.-]\d+){0,2}", date_part)
    if has_month and len(digits) < 2:
        return None  # "May 2013": a month, not a day
    kept = [word for word in _WORD.findall(date_part) if word.lower() in _MONTH_WORDS | _WEEKDAY_WORDS]
    return _parsed(" ".join(kept + digits) if has_month else numeric.group() if numeric else "")


def _parsed(text: str) -> dt.date | None:
    """dateutil on the cleaned date words; dotted numbers are day first ("08.07.2012" is 8 July)."""
    day_first = bool(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", text))
    try:
        return date_parser.parse(text, dayfirst=day_first, default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
