"""Finding and reading article files safely: discovery in the seeds folder and its subfolders, article
ids, size limits, binary refusal, decoding (declared charset, UTF-8, guesses) and text cleaning."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from generator.ingest.problems import ArticleFormat, IngestError, _problem
from generator.models import IngestProblem

# One article is a few thousand words; 5 MB is hundreds of times that. The limit keeps a stray data dump
# or a whole-archive export from stalling the build (extracting a 5 MB page already takes seconds).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# Markdown gets a lower limit because markdown-it-py is pure Python: on hostile shapes (hundreds of
# thousands of list items or table cells) it needs several seconds per megabyte.
MAX_MARKDOWN_BYTES = 512 * 1024
MAX_TITLE_CHARS = 300

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

