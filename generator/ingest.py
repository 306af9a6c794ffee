"""Ingest: turn the files in the seeds folder into `Article`s.

This is one of the two ends of the pipeline that touch the file system. It reads plain text, Markdown
(with optional YAML front matter) and saved HTML pages, and reduces each to the clean body paragraphs
of the story: no titles, photo captions, credits, copyright lines or markup. Everything after this
stage works on `Article.text` and character offsets into it.

Seed files are hostile input: they may be empty, binary, huge, in a legacy encoding, full of invisible
characters, or symlinks to elsewhere. Nothing here raises on a bad file when called through
`load_articles`; every refusal or doubt becomes an `IngestProblem` that names the file, says what is
wrong and what to do about it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import itertools
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .models import Article, IngestProblem, Paragraph

ArticleFormat = Literal["text", "markdown", "html"]

# One article is a few thousand words; 5 MB is hundreds of times that. The limit keeps a stray data dump
# or a whole-archive export from stalling the build (extracting a 5 MB page already takes seconds).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# Markdown gets a lower limit because markdown-it-py is pure Python: on hostile shapes (hundreds of
# thousands of list items or table cells) it needs several seconds per megabyte.
MAX_MARKDOWN_BYTES = 512 * 1024
MAX_INLINE_CHARS = 50_000  # one "paragraph" longer than this is kept as raw text (see _parse_inline)
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_TITLE_CHARS = 300
HEADLINE_CHARS = 90  # a derived headline is cut at a word boundary within this length ...
HEADLINE_CLAUSE_CHARS = 100  # ... unless a clause ends a little later, which reads better
HEADLINE_MIN_CHARS = 30  # a clause boundary earlier than this would make a stub of a headline
FURNITURE_LINE_CHARS = 150  # photo titles, captions and headlines are shorter than this

FORMAT_BY_SUFFIX: dict[str, ArticleFormat] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
EDITOR_FILE_SUFFIXES = {".yml", ".yaml"}  # overrides and story settings, read by other stages
# Notes about the folder, not articles: README* and files named SOURCES or LICENSE (any extension).
# SOURCES/LICENSE match the whole name so that "sources-say-minister-quits.txt" is still read.
README_PREFIX = "readme"
FOLDER_NOTE_NAMES = {"sources", "license", "licence"}

# Recognisable binary formats, to tell the user what the file really is.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (e.g. .docx or .odt)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)


class IngestError(Exception):
    """A file that cannot become an article; `problem` says why and what to do."""

    def __init__(self, problem: IngestProblem) -> None:
        super().__init__(problem.describe())
        self.problem = problem


@dataclass
class ArticleMetadata:
    """What a file says about itself, before defaults are filled in."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None


@dataclass
class ParsedBody:
    """The result of reading one format: body paragraphs plus whatever metadata the file carried."""

    paragraphs: list[str]
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)
    headline: str | None = None  # a title found in the body itself (a heading or a headline line)


# =========================================================================== public API


def load_articles(seeds_dir: Path) -> tuple[list[Article], list[IngestProblem]]:
    """Read every article file in `seeds_dir` and its direct subfolders, sorted by article id.

    Hidden files, editor YAML files and README/SOURCES notes are skipped silently; every other file
    that cannot be read becomes a problem and is left out.
    """
    files, problems = _article_files(seeds_dir)
    ids, collision_problems = _assign_ids(files, seeds_dir)
    problems.extend(collision_problems)
    articles: list[Article] = []
    for path in files:
        try:
            article = read_article(path, seeds_dir, problems=problems)
        except IngestError as error:
            problems.append(error.problem)
            continue
        articles.append(article.model_copy(update={"id": ids[path]}))
    articles.sort(key=lambda article: article.id)
    return articles, problems


def read_article(path: Path, seeds_dir: Path, *, problems: list[IngestProblem] | None = None) -> Article:
    """Read one article file. Raises `IngestError` when it cannot be read.

    Non-fatal doubts (an encoding guess, ignored metadata) are appended to `problems` when given.
    """
    shown = _display_path(path, seeds_dir)
    article_format = _format_of(path, shown)
    data = _read_limited(path, seeds_dir, shown, _size_limit(article_format))
    notes: list[IngestProblem] = []
    text = _decode(data, shown, article_format, notes)
    _refuse_non_text(text, shown)
    parsed = _PARSERS[article_format](text, shown, notes)
    _take_leading_bylines(parsed)
    paragraphs, copyright_year, copyright_outlet = _remove_copyright_lines(parsed.paragraphs)
    paragraphs = [clean for clean in (_clean_inline(p) for p in paragraphs) if clean]
    if not paragraphs:
        message = "contains only whitespace" if not text.strip() else "no article text found"
        hint = _NO_TEXT_HINT if article_format != "html" else _NO_HTML_TEXT_HINT
        raise IngestError(_problem(shown, message, hint, severity="error"))
    parsed.metadata.outlet = parsed.metadata.outlet or copyright_outlet
    article = _build_article(path, seeds_dir, shown, article_format, data, parsed, paragraphs)
    article.copyright_year = copyright_year  # the one field that comes only from the body, never metadata
    if problems is not None:
        problems.extend(notes)
    return article


def article_id_for(path: Path, seeds_dir: Path) -> str:
    """A stable, URL-safe id from the file's name (and its subfolder, if any) inside `seeds_dir`.

    Names that cannot be spelled in ASCII get a short hash of the name, so that two such files do not
    collapse onto the same id.
    """
    parts = [*_relative_parts(path, seeds_dir)[:-1], path.stem]
    name = unicodedata.normalize("NFC", "-".join(parts))
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", folded.lower()).strip("-_")[:80].strip("-_")
    if slug and not _lost_letters(name):
        return slug
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else f"article-{digest}"


# =========================================================================== finding files


def _article_files(seeds_dir: Path) -> tuple[list[Path], list[IngestProblem]]:
    """The candidate article files, sorted by relative path, and problems with the others."""
    problems: list[IngestProblem] = []
    if not seeds_dir.is_dir():
        hint = "create the folder and put one article per file in it, or point the build at another folder"
        problem = _problem(str(seeds_dir), "seeds folder not found", hint, severity="error")
        return [], [problem]
    files: list[Path] = []
    for entry in _sorted_entries(seeds_dir):
        if _is_hidden(entry) or _escapes(entry, seeds_dir, problems):
            continue
        if entry.is_dir():
            files.extend(_files_in_subfolder(entry, seeds_dir, problems))
        elif _is_article_candidate(entry, seeds_dir, problems):
            files.append(entry)
    return sorted(files, key=lambda p: _relative_parts(p, seeds_dir)), problems


def _files_in_subfolder(folder: Path, seeds_dir: Path, problems: list[IngestProblem]) -> Iterator[Path]:
    for entry in _sorted_entries(folder):
        if _is_hidden(entry) or _escapes(entry, seeds_dir, problems):
            continue
        if entry.is_dir():
            message = "folder is nested more than one level deep inside the seeds folder; it is not read"
            hint = "move its articles into the seeds folder or one of its direct subfolders"
            problems.append(_problem(_display_path(entry, seeds_dir), message, hint))
        elif _is_article_candidate(entry, seeds_dir, problems):
            yield entry


def _sorted_entries(folder: Path) -> list[Path]:
    return sorted(folder.iterdir(), key=lambda p: p.name)


def _is_hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _is_article_candidate(path: Path, seeds_dir: Path, problems: list[IngestProblem]) -> bool:
    if not path.is_file():
        return False  # sockets, FIFOs, devices: reading them could block or make no sense
    suffix = path.suffix.lower()
    if suffix in EDITOR_FILE_SUFFIXES or _is_folder_note(path.name):
        return False
    if suffix not in FORMAT_BY_SUFFIX:
        problems.append(_unsupported_type_problem(path, _display_path(path, seeds_dir)))
        return False
    return True


def _is_folder_note(name: str) -> bool:
    stem = name.split(".", 1)[0].lower()
    return stem.startswith(README_PREFIX) or stem in FOLDER_NOTE_NAMES


def _escapes(path: Path, seeds_dir: Path, problems: list[IngestProblem]) -> bool:
    """True (with a warning) when `path` is a link that leads outside the seeds folder."""
    if not _resolves_outside(path, seeds_dir):
        return False
    problems.append(_link_problem(path, _display_path(path, seeds_dir)))
    return True


def _link_problem(path: Path, shown: str) -> IngestProblem:
    # Where the link points is not shown: the message is published on the data page.
    message = "is a link to a file outside the seeds folder; it was not read"
    return _problem(shown, message, "copy the article into the seeds folder instead of linking to it")


def _resolves_outside(path: Path, root: Path) -> bool:
    return not _safe_resolve(path).is_relative_to(_safe_resolve(root))


def _safe_resolve(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _assign_ids(files: list[Path], seeds_dir: Path) -> tuple[dict[Path, str], list[IngestProblem]]:
    """Give every file a distinct id; later files (in path order) that collide get a numeric suffix."""
    base_ids = {path: article_id_for(path, seeds_dir) for path in files}
    taken = set(base_ids.values())
    first_owner: dict[str, Path] = {}
    ids: dict[Path, str] = {}
    problems: list[IngestProblem] = []
    for path in files:
        base = base_ids[path]
        if base not in first_owner:
            first_owner[base] = path
            ids[path] = base
            continue
        ids[path] = _free_suffixed_id(base, taken)
        taken.add(ids[path])
        problems.append(_collision_problem(first_owner[base], path, base, ids[path], seeds_dir))
    return ids, problems


def _free_suffixed_id(base: str, taken: set[str]) -> str:
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _collision_problem(first: Path, second: Path, base: str, new_id: str, seeds_dir: Path) -> IngestProblem:
    first_shown, second_shown = _display_path(first, seeds_dir), _display_path(second, seeds_dir)
    message = (
        f"{first_shown} and {second_shown} both map to article id '{base}'; {second_shown} gets '{new_id}'"
    )
    hint = "rename one of the files so that their names differ in letters or digits"
    return _problem(second_shown, message, hint)


# =========================================================================== reading bytes safely


def _format_of(path: Path, shown: str) -> ArticleFormat:
    article_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if article_format is None:
        raise IngestError(_unsupported_type_problem(path, shown))
    return article_format


def _unsupported_type_problem(path: Path, shown: str) -> IngestProblem:
    suffix = path.suffix.lower() or "(none)"
    message = f"unsupported file type {suffix}; use .txt, .md or .html"
    hint = "save the article as plain text, Markdown or HTML, or move the file out of the seeds folder"
    return _problem(shown, message, hint)


def _size_limit(article_format: ArticleFormat) -> int:
    return MAX_MARKDOWN_BYTES if article_format == "markdown" else MAX_ARTICLE_BYTES


def _read_limited(path: Path, seeds_dir: Path, shown: str, limit: int) -> bytes:
    """The file's bytes, refusing links out of the seeds folder, special files and oversized files.

    The size is checked before reading, and the read itself is capped, so a huge (or growing) file
    never lands in memory.
    """
    if _is_inside(path, seeds_dir) and _resolves_outside(path, seeds_dir):
        raise IngestError(_link_problem(path, shown))
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(_problem(shown, "is not a regular file", "replace it with a text file"))
        _refuse_oversize(info.st_size, limit, shown)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        message = f"cannot be read: {error.strerror or error}"
        hint = "check that the file exists and that you may read it"
        raise IngestError(_problem(shown, message, hint, severity="error")) from error
    _refuse_oversize(len(data), limit, shown)
    if not data:
        raise IngestError(_problem(shown, "file is empty", _NO_TEXT_HINT, severity="error"))
    return data


def _refuse_oversize(size: int, limit: int, shown: str) -> None:
    if size <= limit:
        return
    limit_text = _human_size(limit)
    message = f"file is {_human_size(size)} ({size:,} bytes), larger than the {limit_text} limit"
    hint = f"split it into one file per article, each under {limit_text}, or cut what is not article text"
    raise IngestError(_problem(shown, message, hint, severity="error"))


def _human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes.is_integer() else f"{megabytes:.1f} MB"


_NO_TEXT_HINT = "paste the article's text into the file, or delete the file"
_NO_HTML_TEXT_HINT = (
    "the page's main text could not be found; save the complete page again, or paste the article's "
    "text into a .txt file"
)


def _decode(data: bytes, shown: str, article_format: ArticleFormat, notes: list[IngestProblem]) -> str:
    """Decode as UTF-8 (BOM allowed); otherwise fall back to a declared or legacy encoding and say so."""
    _refuse_binary_signature(data, shown)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise IngestError(_binary_problem(shown, "it contains NUL bytes"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad_line = data[: error.start].count(b"\n") + 1
    data = data.removeprefix(codecs.BOM_UTF8)  # a BOM on a mostly-UTF-8 file is no legacy character
    declared = _declared_charset(data) if article_format == "html" else None
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1 (ISO-8859-1)"
    message = f"file is not valid UTF-8 (first bad byte on line {bad_line}); read it as {encoding}"
    hint = "check accented letters and quotes in the output, and save the file as UTF-8"
    notes.append(_problem(shown, message, hint, line=bad_line))
    return text


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if Python knows it."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if not match:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _refuse_binary_signature(data: bytes, shown: str) -> None:
    for signature, description in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError(_binary_problem(shown, f"it looks like {description}"))


def _refuse_non_text(text: str, shown: str) -> None:
    """Refuse decoded text that is mostly control characters: a binary file that happened to decode."""
    sample = text[:65536]
    controls = sum(1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\n\r\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise IngestError(_binary_problem(shown, "it is mostly control characters, not text"))


def _binary_problem(shown: str, reason: str) -> IngestProblem:
    message = f"looks like a binary file, not an article ({reason})"
    hint = "save the article as plain text (UTF-8), Markdown or HTML; UTF-16 text needs a byte-order mark"
    return _problem(shown, message, hint, severity="error")


# =========================================================================== cleaning text

# Every line ending becomes "\n": CR LF, lone CR, NEL, LINE SEPARATOR, vertical tab, form feed.
_LINE_ENDINGS = str.maketrans({"\r": "\n", "\u0085": "\n", "\u2028": "\n", "\v": "\n", "\f": "\n"})
# C0 and C1 control characters except tab and newline (line endings are translated first).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
# Invisible characters that carry no meaning in news text but break search and matching. Bidi
# embedding/override/isolate controls are removed too (they can make text display differently from
# what it says); the plain direction marks U+200E/U+200F are kept for right-to-left text.
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]+")
_JOINERS = re.compile(r"[\u200c\u200d]+")


def _clean_text(text: str) -> str:
    """Normalise line endings, remove control and invisible characters, and NFC-normalise."""
    text = text.replace("\r\n", "\n").translate(_LINE_ENDINGS).replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", _CONTROLS.sub("", text))
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS.sub(_keep_joiner_between_non_ascii, text)
    return unicodedata.normalize("NFC", text)


def _keep_joiner_between_non_ascii(match: re.Match[str]) -> str:
    """Zero-width (non-)joiners matter inside emoji sequences and in Persian or Indic script, so they
    are kept only between two non-ASCII characters; next to ASCII they are stray junk in Latin text."""
    text, start, end = match.string, match.start(), match.end()
    inside_script = (
        start > 0 and end < len(text) and not text[start - 1].isascii() and not text[end].isascii()
    )
    return match.group() if inside_script else ""


def _clean_inline(text: str) -> str:
    """One paragraph or metadata value: cleaned, on one line, without surrounding blanks."""
    return _join_lines(_clean_text(text))


def _join_lines(text: str) -> str:
    """Each line break and the blanks around it as one space, outer blanks removed.

    The same as `re.sub(r"\\s*\\n\\s*", " ", text).strip()`, without the regex: it retries from
    every blank of a long run that holds no line break, quadratic in the run's length."""
    return " ".join(line for line in (part.strip() for part in text.split("\n")) if line)


def _clean_field(value: str | None, limit: int = MAX_TITLE_CHARS) -> str | None:
    if value is None:
        return None
    cleaned = re.sub(r"\s+", " ", _clean_text(value)).strip()
    return cleaned[:limit].rstrip() or None


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


# =========================================================================== plain text

_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")
_STATEMENT_END = re.compile(r"[.…:][\"'”’»)\]]*$")  # headlines may end in ? or !, never in a full stop
_BYLINE = re.compile(r"^by\s+(?P<names>.{2,100}?)(?:(?:\s*[|•·,]|\s+[–—-])\s*(?P<rest>.*))?$", re.I)
_NAME_PARTICLES = {"and", "&", "de", "del", "della", "da", "van", "von", "der", "den", "la", "le", "al"}
_RULE_ONLY = re.compile(r"^[\s\-–—_*=~#•·.]*$")


def _parse_text(text: str, shown: str, notes: list[IngestProblem]) -> ParsedBody:
    front, body = _split_front_matter(_clean_text(text), shown, notes, expected=False)
    header, blocks = _split_header(_text_blocks(body))
    parsed = ParsedBody(paragraphs=_text_paragraphs(blocks))
    _read_header(header, parsed)
    if front is not None:
        parsed.metadata = _prefer(_metadata_from_front_matter(front, shown, notes), parsed.metadata)
    return parsed


def _text_blocks(text: str) -> list[list[str]]:
    """Blocks of non-blank lines; a copyright line always stands alone.

    A body without a single blank line is taken as one paragraph per line, unless its lines look
    hard-wrapped (most of them stop mid-sentence), in which case it is one paragraph.
    """
    blocks: list[list[str]] = []
    for chunk in re.split(r"\n[ \t]*\n", text.strip("\n")):
        blocks.extend(_split_off_copyright([line.strip() for line in chunk.split("\n") if line.strip()]))
    if len(blocks) == 1 and len(blocks[0]) > 2 and not _looks_hard_wrapped(blocks[0]):
        return [[line] for line in blocks[0]]
    return blocks


def _split_off_copyright(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if _is_copyright_line(line):
            blocks.extend([[line], []])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


def _looks_hard_wrapped(lines: list[str]) -> bool:
    ending = sum(1 for line in lines if _SENTENCE_END.search(line))
    return ending * 2 < len(lines)


def _text_paragraphs(blocks: list[list[str]]) -> list[str]:
    paragraphs = [" ".join(block) for block in blocks]
    return [paragraph for paragraph in paragraphs if not _RULE_ONLY.match(paragraph)]


def _split_header(blocks: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Separate the leading furniture (headline, photo title and caption, byline, date) from the body.

    Furniture is recognised by shape: short blocks of at most two plain lines (plus any byline or
    dateline), none of which ends a sentence.
    At least one body block always remains.
    """
    count = 0
    while count < min(3, len(blocks) - 1) and _is_furniture_block(blocks[count]):
        count += 1
    return blocks[:count], blocks[count:]


def _is_furniture_block(block: list[str]) -> bool:
    """Up to two plain lines (headline; or photo title and caption), plus any byline or dateline."""
    plain = [line for line in block if not _is_byline_or_date(line)]
    return (
        len(plain) <= 2
        and len(block) <= 4
        and all(len(line) <= FURNITURE_LINE_CHARS for line in block)
        and not any(_ends_like_body(line, alone=len(plain) == 1) for line in plain)
        and not any(_is_copyright_line(line) for line in block)
    )


def _ends_like_body(line: str, *, alone: bool) -> bool:
    """Whether a header line ends like running text. A lone line may be a headline asking a question
    or exclaiming; two lines (photo title and caption) must not end a sentence at all."""
    return bool((_STATEMENT_END if alone else _SENTENCE_END).search(line))


def _read_header(header: list[list[str]], parsed: ParsedBody) -> None:
    """Take author, date and headline from the furniture.

    Two plain lines in one block are a photo title with its caption (and credit): they name the
    picture, which several articles may share, so they never become the title. A single plain line
    is the headline.
    """
    for block in header:
        plain: list[str] = []
        for line in block:
            author, published = _byline_author(line), _dateline_date(line)
            parsed.metadata.author = parsed.metadata.author or author
            parsed.metadata.published = parsed.metadata.published or published
            if not (author or published):
                plain.append(line)
        if len(plain) == 1 and parsed.headline is None:
            parsed.headline = plain[0]


def _take_leading_bylines(parsed: ParsedBody) -> None:
    """Move bylines and datelines at the top of the body (common in saved pages) into the metadata."""
    while len(parsed.paragraphs) > 1 and len(parsed.paragraphs[0]) <= FURNITURE_LINE_CHARS:
        first = _clean_inline(parsed.paragraphs[0])
        author, published = _byline_author(first), _dateline_date(first)
        if not (author or published):
            return
        parsed.metadata.author = parsed.metadata.author or author
        parsed.metadata.published = parsed.metadata.published or published
        parsed.paragraphs.pop(0)


def _is_byline_or_date(line: str) -> bool:
    return bool(_byline_author(line) or _dateline_date(line))


def _dateline_date(line: str) -> dt.date | None:
    return _parse_date(line, whole_line=True) if len(line) <= 60 else None


def _byline_author(line: str) -> str | None:
    """The names in "By Jane Doe and John Roe | Reuters"; None for "By the river, ..." captions."""
    match = _BYLINE.match(line)
    if not match:
        return None
    words = match.group("names").split()
    capitalised = all(word[0].isupper() or word.lower() in _NAME_PARTICLES for word in words)
    return _clean_field(match.group("names")) if capitalised and len(words) <= 10 else None


def _prefer(first: ArticleMetadata, second: ArticleMetadata) -> ArticleMetadata:
    """Field by field, `first` where it has a value, else `second`."""
    merged = ArticleMetadata()
    for name in vars(merged):
        setattr(merged, name, getattr(first, name) or getattr(second, name))
    return merged


# =========================================================================== Markdown

# Inline markup is parsed separately, token by token (see _parse_inline), so the core "inline" rule is off.
_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")
# Inline tokens whose content is text a reader sees; images (alt text), raw HTML and the like are not.
_INLINE_TEXT = {"text", "text_special", "code_inline"}
_INLINE_SPACE = {"softbreak", "hardbreak"}


def _parse_markdown(text: str, shown: str, notes: list[IngestProblem]) -> ParsedBody:
    cleaned = _clean_text(text)
    front, body = _split_front_matter(cleaned, shown, notes, expected=True)
    env: dict[str, Any] = {}
    tokens = _MARKDOWN.parse(body, env)
    first_body_line = cleaned.count("\n", 0, len(cleaned) - len(body)) + 1
    _parse_inline(tokens, env, first_body_line, shown, notes)
    parsed = ParsedBody(paragraphs=list(_markdown_paragraphs(tokens)), headline=_first_h1(tokens))
    if front is not None:
        parsed.metadata = _metadata_from_front_matter(front, shown, notes)
    return parsed


def _parse_inline(
    tokens: list[Token], env: dict[str, Any], first_line: int, shown: str, notes: list[IngestProblem]
) -> None:
    """Parse the inline markup of each block, except in absurdly long blocks.

    markdown-it's emphasis and link scanning is quadratic in the length of one block; a "paragraph"
    of megabytes (hostile or broken input) would stall the build, so it is kept as raw text instead.
    """
    for token in tokens:
        if token.type != "inline":
            continue
        if len(token.content) <= MAX_INLINE_CHARS:
            token.children = _MARKDOWN.inline.parse(token.content, _MARKDOWN, env, [])
            continue
        token.children = [Token("text", "", 0, content=token.content)]
        line = first_line + token.map[0] if token.map else None
        message = (
            f"a paragraph of over {MAX_INLINE_CHARS:,} characters; its Markdown formatting was kept as text"
        )
        notes.append(_problem(shown, message, "separate the paragraphs with blank lines", line=line))


def _markdown_paragraphs(tokens: list[Token]) -> Iterator[str]:
    """The text of every paragraph, including those in list items and block quotes.

    Headings, code blocks, tables and raw HTML blocks are left out: they are not running story text.
    An inline token belongs to a paragraph exactly when the token before it opens one.
    """
    for previous, token in itertools.pairwise(tokens):
        if token.type != "inline":
            continue
        if previous.type == "paragraph_open" or _is_rule_under_sentence(previous, token):
            yield _inline_text(token)


def _is_rule_under_sentence(opening: Token, inline: Token) -> bool:
    """A `---` line right under a paragraph makes it a (setext) heading in Markdown; when that
    "heading" ends like a sentence, the writer meant a rule below a paragraph, so it stays text."""
    is_setext = opening.type == "heading_open" and opening.markup in {"-", "="}
    return is_setext and bool(_SENTENCE_END.search(_inline_text(inline)))


def _first_h1(tokens: list[Token]) -> str | None:
    for previous, token in itertools.pairwise(tokens):
        is_h1 = token.type == "inline" and previous.type == "heading_open" and previous.tag == "h1"
        if is_h1 and not _is_rule_under_sentence(previous, token):
            return _inline_text(token) or None
    return None


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type in _INLINE_SPACE:
            parts.append(" ")
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


# =========================================================================== HTML

# Elements that never hold article text; removed before counting and extraction.
_HTML_NOISE = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
MAX_HTML_ELEMENTS = 30_000  # a long news page has a few thousand; see _bounded_html_tree
# Elements of trafilatura's output tree that are not running text.
_HTML_SKIPPED = {"head", "graphic", "code", "table", "fw", "note"}
_HTML_CONTAINERS = {"body", "div", "list", "quote", "section", "doc", "main"}


def _parse_html(text: str, shown: str, notes: list[IngestProblem]) -> ParsedBody:
    # Imported here: trafilatura pulls in lxml and several helpers that the other formats never need.
    import trafilatura

    try:
        tree = _bounded_html_tree(text, shown)
        document = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            # Only dates the page states in its metadata; guessing from text is another stage's job.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except IngestError:
        raise
    except Exception as error:  # a hostile page must not stop the whole build
        message = f"the HTML could not be parsed ({type(error).__name__})"
        raise IngestError(_problem(shown, message, _NO_HTML_TEXT_HINT, severity="error")) from error
    if document is None:
        return ParsedBody(paragraphs=[])
    paragraphs = _html_paragraphs(document.body) if document.body is not None else []
    if not paragraphs and document.text:
        paragraphs = document.text.split("\n")
    metadata = ArticleMetadata(
        title=_clean_field(document.title),
        outlet=_clean_field(document.sitename),
        author=_clean_field(document.author),
    )
    metadata.url = _checked_url(document.url, shown, None, notes)
    metadata.published = _parse_date(document.date) if document.date else None
    return ParsedBody(paragraphs=_drop_repeated_title(paragraphs, metadata.title), metadata=metadata)


def _bounded_html_tree(text: str, shown: str) -> Any:
    """The page's element tree without scripts, styles and inline graphics, refused when still huge.

    Extraction time grows faster than linearly with the number of elements, so a page of hundreds of
    thousands of tiny elements (hostile, or a data dump) would stall the build for minutes.
    """
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        return text  # not parseable as a document: let trafilatura decide, it copes with fragments
    etree.strip_elements(tree, *_HTML_NOISE, with_tail=False)
    count = sum(1 for _ in tree.iter())
    if count > MAX_HTML_ELEMENTS:
        message = f"page has {count:,} HTML elements, more than the {MAX_HTML_ELEMENTS:,} that are read"
        hint = (
            "save only the article (e.g. from the browser's reader view) or paste its text into a .txt file"
        )
        raise IngestError(_problem(shown, message, hint, severity="error"))
    return tree


def _html_paragraphs(element: Any) -> list[str]:
    paragraphs: list[str] = []
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _HTML_SKIPPED:
            continue
        has_blocks = any(isinstance(c.tag, str) and c.tag in {"p", "item", "list", "quote"} for c in child)
        if child.tag in _HTML_CONTAINERS and has_blocks:
            paragraphs.extend(_html_paragraphs(child))
        else:
            paragraphs.append(_element_text(child))
    return paragraphs


def _element_text(element: Any) -> str:
    """All text inside an element; line breaks (`lb`) become spaces so words do not run together."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _HTML_SKIPPED:
            parts.append(" " if child.tag == "lb" else _element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _drop_repeated_title(paragraphs: list[str], title: str | None) -> list[str]:
    if paragraphs and title and _clean_inline(paragraphs[0]).casefold() == title.casefold():
        return paragraphs[1:]
    return paragraphs


_PARSERS = {"text": _parse_text, "markdown": _parse_markdown, "html": _parse_html}


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


def _choose_title(parsed: ParsedBody, paragraphs: list[str]) -> str:
    for candidate in (parsed.metadata.title, parsed.headline):
        title = _clean_field(candidate)
        if title:
            return title
    return headline_from_lede(paragraphs[0])


# =========================================================================== assembling the article


def _build_article(
    path: Path,
    seeds_dir: Path,
    shown: str,
    article_format: ArticleFormat,
    data: bytes,
    parsed: ParsedBody,
    paragraphs: list[str],
) -> Article:
    text, spans = _join_paragraphs(paragraphs)
    metadata = parsed.metadata
    return Article(
        id=article_id_for(path, seeds_dir),
        path=shown,
        format=article_format,
        title=_choose_title(parsed, paragraphs),
        outlet=_clean_field(metadata.outlet),
        url=metadata.url,
        author=_clean_field(metadata.author),
        published=metadata.published,
        text=text,
        paragraphs=spans,
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def _join_paragraphs(paragraphs: Iterable[str]) -> tuple[str, list[Paragraph]]:
    spans: list[Paragraph] = []
    position = 0
    for index, paragraph in enumerate(paragraphs):
        if index:
            position += 2  # the "\n\n" separator
        spans.append(Paragraph(index=index, start=position, end=position + len(paragraph)))
        position += len(paragraph)
    return "\n\n".join(paragraphs), spans


# =========================================================================== paths and problems


def _is_inside(path: Path, folder: Path) -> bool:
    return path.absolute().is_relative_to(folder.absolute())


def _relative_parts(path: Path, seeds_dir: Path) -> tuple[str, ...]:
    if _is_inside(path, seeds_dir):
        return path.absolute().relative_to(seeds_dir.absolute()).parts
    return (path.name,)


def _display_path(path: Path, seeds_dir: Path) -> str:
    """The path as the user knows it: relative to the folder that holds the seeds folder."""
    inside = _is_inside(path, seeds_dir)
    shown = Path(seeds_dir.name, *_relative_parts(path, seeds_dir)).as_posix() if inside else str(path)
    # A file name that is not valid UTF-8 arrives with surrogate escapes, which no JSON or page can
    # carry: show the undecodable bytes as U+FFFD instead.
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _lost_letters(name: str) -> bool:
    """True when some letter of `name` has no ASCII spelling (CJK, Cyrillic, Arabic, ...)."""
    return any(
        char.isalnum() and not unicodedata.normalize("NFKD", char).encode("ascii", "ignore") for char in name
    )


def _problem(
    shown: str,
    message: str,
    hint: str,
    *,
    line: int | None = None,
    severity: Literal["warning", "error"] = "warning",
) -> IngestProblem:
    return IngestProblem(path=shown, line=line, message=message, hint=hint, severity=severity)
