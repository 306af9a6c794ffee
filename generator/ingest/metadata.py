"""What a file says about itself: YAML front matter, written dates, bylines' neighbours, copyright
lines (year and outlet) and a headline derived from the lede when there is no title."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

from generator.ingest.files import _clean_field
from generator.ingest.problems import _problem
from generator.models import IngestProblem

MAX_FRONT_MATTER_CHARS = 64 * 1024
HEADLINE_CHARS = 90  # a derived headline is cut at a word boundary within this length ...
HEADLINE_CLAUSE_CHARS = 100  # ... unless a clause ends a little later, which reads better
HEADLINE_MIN_CHARS = 30  # a clause boundary earlier than this would make a stub of a headline
FURNITURE_LINE_CHARS = 150  # photo titles, captions and headlines are shorter than this


@dataclass
class ArticleMetadata:
    """What a file says about itself, before defaults are filled in."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None


# =========================================================================== front matter

_FENCE_OPEN = re.compile(r"---[ \t]*\n")
_FENCE_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
FRONT_MATTER_FIRST_LINE = 2  # the YAML starts on the line after the opening fence


@dataclass
class FrontMatter:
    mapping: dict[str, Any]
    lines: list[str]  # the YAML text, to find the line a key is on


def _split_front_matter(
    text: str, shown: str, notes: list[IngestProblem], *, expected: bool
) -> tuple[FrontMatter | None, str]:
    """Split YAML front matter off the top of `text`: (front matter or None, body).

    Only a fence on the very first line opens front matter, so a `---` rule further down the body
    never does. Where front matter is not `expected` (plain text), only clean YAML naming a known
    field counts; anything else stays body without complaint, since a text file may start with a rule.
    """
    opening = _FENCE_OPEN.match(text)
    if opening is None:
        return None, text
    close = _FENCE_CLOSE.search(text[: opening.end() + MAX_FRONT_MATTER_CHARS], opening.end())
    if close is None:
        if expected:
            message = "front matter starts on line 1 but has no closing '---' line"
            hint = "end the metadata with a line holding only '---' (front matter is limited to 64 KB)"
            notes.append(_problem(shown, message, hint, line=1))
        return None, text
    yaml_text, body = text[opening.end() : close.start()], text[close.end() :]
    mapping = _load_front_matter(yaml_text, shown, notes if expected else None)
    if not expected and not (mapping and _KNOWN_KEYS & mapping.keys()):
        return None, text  # e.g. a line of text between two rules, which is valid YAML by accident
    return FrontMatter(mapping or {}, yaml_text.split("\n")), body


def _load_front_matter(
    yaml_text: str, shown: str, notes: list[IngestProblem] | None
) -> dict[str, Any] | None:
    try:
        loaded = yaml.safe_load(yaml_text)
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        # ValueError: a well-formed but impossible timestamp (2024-02-30); RecursionError: absurd nesting.
        if notes is not None:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + FRONT_MATTER_FIRST_LINE if mark is not None else None
            reason = getattr(error, "problem", None) or str(error)[:80] or "invalid YAML"
            message = f"front matter is not valid YAML ({reason}); its metadata was ignored"
            hint = "fix the YAML (e.g. quote values that contain ': '), or remove the front matter"
            notes.append(_problem(shown, message, hint, line=line))
        return None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        if notes is not None:
            message = "front matter is not a mapping of 'key: value' lines; its metadata was ignored"
            hint = "write one 'key: value' per line"
            notes.append(_problem(shown, message, hint, line=FRONT_MATTER_FIRST_LINE))
        return None
    return {str(key).strip().lower(): value for key, value in loaded.items()}


_FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename"),
    "url": ("url", "link", "canonical_url", "canonical"),
    "published": ("published", "date", "pubdate", "published_at"),
    "author": ("author", "authors", "byline"),
}
_KNOWN_KEYS = {key for keys in _FIELD_SYNONYMS.values() for key in keys}


def _metadata_from_front_matter(
    front: FrontMatter, shown: str, notes: list[IngestProblem]
) -> ArticleMetadata:
    def pick(name: str) -> tuple[str, Any]:
        for key in _FIELD_SYNONYMS[name]:
            if front.mapping.get(key) not in (None, ""):
                return key, front.mapping[key]
        return "", None

    def line_of(key: str) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*:", re.I)
        found = next((i for i, line in enumerate(front.lines) if pattern.match(line)), None)
        return None if found is None else FRONT_MATTER_FIRST_LINE + found

    metadata = ArticleMetadata()
    metadata.title = _clean_field(_as_text(pick("title")[1]))
    metadata.outlet = _clean_field(_as_text(pick("outlet")[1]))
    metadata.author = _clean_field(_as_text(pick("author")[1]))
    url_key, url = pick("url")
    metadata.url = _checked_url(_as_text(url), shown, line_of(url_key), notes)
    date_key, published = pick("published")
    metadata.published = _checked_date(published, shown, line_of(date_key), date_key, notes)
    return metadata


_SCALARS = (str, int, float, dt.date)


def _as_text(value: Any) -> str | None:
    """A scalar, or a list of scalars joined by commas. Anything nested is ignored: aliases can make a
    tiny YAML document expand into an enormous structure when turned into a string."""
    if isinstance(value, _SCALARS) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        items = [
            str(item) for item in value[:20] if isinstance(item, _SCALARS) and not isinstance(item, bool)
        ]
        return ", ".join(items) or None
    return None


def _checked_url(url: str | None, shown: str, line: int | None, notes: list[IngestProblem]) -> str | None:
    """Only web addresses: a `javascript:` or `file:` value would become a dangerous link later."""
    url = _clean_field(url, limit=2048)
    if url is None:
        return None
    if re.match(r"https?://[^\s/]+", url, re.I) and not re.search(r"\s", url):
        return url
    message = f"url {url[:80]!r} is not an http(s) address; it was ignored"
    hint = "give the article's web address, starting with https://"
    notes.append(_problem(shown, message, hint, line=line))
    return None


def _checked_date(
    value: Any, shown: str, line: int | None, key: str, notes: list[IngestProblem]
) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = _parse_date(str(value))
    if parsed is None:
        message = f"{key} {str(value)[:40]!r} is not a date; it was ignored"
        notes.append(_problem(shown, message, "write the date as YYYY-MM-DD", line=line))
    return parsed


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WRITTEN_DATES = (
    re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
_DATE_LABEL = re.compile(
    r"^(?:(?:published|posted|updated|date)\s*(?:on|:)?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
    re.I,
)
# What may follow a date on a dateline of its own: a clock time and a time zone, nothing else.
_TIME_TAIL = re.compile(
    r"^[\s,|•·–—-]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,5})?\s*$", re.I
)


def _parse_date(text: str, *, whole_line: bool = False) -> dt.date | None:
    """ISO dates and the common written forms ("March 5, 2024", "5 March 2024"), with an optional label.

    With `whole_line`, the line must be nothing but the date (and a time): "May 5, 2024 protests turn
    violent" is a headline, not a dateline.
    """
    text = _DATE_LABEL.sub("", text.strip(), count=1)
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for pattern in _WRITTEN_DATES:
        match = pattern.match(text)
        if not match or (whole_line and not _TIME_TAIL.match(text[match.end() :])):
            continue
        return _date_or_none(match.group("year"), match.group("month"), match.group("day"))
    return None


def _date_or_none(year: str, month: str, day: str) -> dt.date | None:
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower(), 0)
    try:
        return dt.date(int(year), month_number, int(day))
    except ValueError:
        return None


def _prefer(first: ArticleMetadata, second: ArticleMetadata) -> ArticleMetadata:
    """Field by field, `first` where it has a value, else `second`."""
    merged = ArticleMetadata()
    for name in vars(merged):
        setattr(merged, name, getattr(first, name) or getattr(second, name))
    return merged


# =========================================================================== copyright lines

_COPYRIGHT_START = re.compile(r"^\s*(?:©|\(c\)|copyright\b|all rights reserved\b)", re.I)
_COPYRIGHT_MARKERS = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?\b")
_COPYRIGHT_TAIL = re.compile(
    r"(?<=[a-z]{2})\.(?:\s|$)|\ball rights reserved\b|\s[|•·]\s|\s[-–—]\s|\bdo not reproduce\b", re.I
)
_CORPORATE_SUFFIX = re.compile(r",?\s+(?:inc|llc|ltd|plc|corp|corporation|co|gmbh|s\.?a)\.?$", re.I)


def _is_copyright_line(text: str) -> bool:
    return bool(_COPYRIGHT_START.match(text)) and len(text) <= 300


def _remove_copyright_lines(paragraphs: list[str]) -> tuple[list[str], int | None, str | None]:
    """Drop copyright notices from the paragraphs; return the year and outlet of the first one."""
    kept: list[str] = []
    year: int | None = None
    outlet: str | None = None
    for paragraph in paragraphs:
        if not _is_copyright_line(paragraph.strip()):
            kept.append(paragraph)
        elif year is None and outlet is None:
            year, outlet = _parse_copyright(paragraph)
    return kept, year, outlet


def _parse_copyright(line: str) -> tuple[int | None, str | None]:
    """Year and holder of "© 2024 Example News. All rights reserved." and its variants.

    The holder may come before or after the year ("(c) Example News 2021"); for a range of years the
    last one counts.
    """
    text = _COPYRIGHT_MARKERS.sub(" ", line).strip()
    year_match = _YEARS.search(text)
    year = int(re.findall(r"(?:19|20)\d{2}", year_match.group())[-1]) if year_match else None
    if year_match:
        after, before = text[year_match.end() :], text[: year_match.start()]
        holder = after if re.search(r"[^\W\d_]", _COPYRIGHT_TAIL.split(after)[0]) else before
    else:
        holder = text
    holder = _COPYRIGHT_TAIL.split(holder)[0]
    holder = _CORPORATE_SUFFIX.sub("", holder.strip(" \t,;:.-–—")).strip(" \t,;:.-–—")
    return year, _clean_field(holder) if re.search(r"[^\W\d_]", holder) else None


# =========================================================================== titles

_ABBREVIATION = re.compile(
    r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|"
    r"St|Jr|Sr|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|approx"
)
LEDE_SCAN_CHARS = 600  # a first sentence longer than this is cut anyway; bounds the work on huge paragraphs
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# "WASHINGTON (Agency) — " or "NAIROBI, Kenya - " in front of a wire story's lede: the place, not the news.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.' -]{1,30})?(?:\s*\([^)]{1,40}\))?\s*[-–—]\s+")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s|\s\(")
# Words a cut headline must not end on ("... said the" reads as broken).
_DANGLING_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "as"}
    | {"that", "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "be"}
)


def _first_sentence(paragraph: str) -> str:
    """The first sentence, without an NLP model: the first break that does not follow an abbreviation."""
    paragraph = paragraph[:LEDE_SCAN_CHARS]
    for match in _SENTENCE_BREAK.finditer(paragraph):
        words_before = paragraph[: match.start()].rsplit(None, 1)
        if not words_before or not _ABBREVIATION.fullmatch(words_before[-1]):
            return paragraph[: match.end()]
    return paragraph


def headline_from_lede(paragraph: str) -> str:
    """A readable headline from the first sentence of the lede, cut at a clause boundary if long."""
    sentence = _first_sentence(_DATELINE.sub("", paragraph, count=1)).strip()
    sentence = re.sub(r"(?<![.\s][A-Z])\.$", "", sentence)  # headlines carry no final full stop
    if len(sentence) <= HEADLINE_CHARS:
        return sentence
    clauses = [m.start() for m in _CLAUSE_BREAK.finditer(sentence, HEADLINE_MIN_CHARS, HEADLINE_CLAUSE_CHARS)]
    cut = clauses[-1] if clauses else sentence.rfind(" ", 0, HEADLINE_CHARS)
    if cut <= 0:
        cut = HEADLINE_CHARS - 1
    words = sentence[:cut].rstrip(" ,;:–—-").split(" ")
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:–—-") + "…"

