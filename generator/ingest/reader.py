"""Ingest: turn the files in the seeds folder into `Article`s.

This is one of the two ends of the pipeline that touch the file system. It reads plain text, Markdown
(with optional YAML front matter) and saved HTML pages, and reduces each to the clean body paragraphs
of the story: no titles, photo captions, credits, copyright lines or markup. Everything after this
stage works on `Article.text` and character offsets into it.

Seed files are hostile input: they may be empty, binary, huge, in a legacy encoding, full of invisible
characters, or symlinks to elsewhere. Nothing here raises on a bad file when called through
`load_articles`; every refusal or doubt becomes an `IngestProblem` that names the file, says what is
wrong and what to do about it."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.ingest.datelines import (
    dateline_date,
    is_stamp_line,
    opening_dateline_date,
    split_leading_stamp,
)
from generator.ingest.files import (
    _NO_HTML_TEXT_HINT,
    _NO_TEXT_HINT,
    _article_files,
    _assign_ids,
    _clean_field,
    _clean_inline,
    _decode,
    _display_path,
    _format_of,
    _read_limited,
    _refuse_non_text,
    _size_limit,
    article_id_for,
)
from generator.ingest.formats import (
    DATE_LINE_SCAN_PARAGRAPHS,
    ParsedBody,
    _parse_html,
    _parse_markdown,
    _parse_text,
    _take_leading_bylines,
)
from generator.ingest.furniture import drop_furniture
from generator.ingest.metadata import _remove_copyright_lines, headline_from_lede
from generator.ingest.problems import ArticleFormat, IngestError, _problem
from generator.models import Article, IngestProblem, Paragraph

# =========================================================================== public API


def load_articles(
    seeds_dir: Path, read: Callable[..., Article] | None = None
) -> tuple[list[Article], list[IngestProblem]]:
    """Read every article file in `seeds_dir` and its direct subfolders, sorted by article id.

    Hidden files, editor YAML files and README/SOURCES notes are skipped silently; every other file
    that cannot be read becomes a problem and is left out. `read` stands in for `read_article` (the
    build passes one that keeps its results in the cache: generator/cache/ingest.py).
    """
    files, problems = _article_files(seeds_dir)
    ids, collision_problems = _assign_ids(files, seeds_dir)
    problems.extend(collision_problems)
    articles: list[Article] = []
    for path in files:
        try:
            article = (read or read_article)(path, seeds_dir, problems=problems)
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
    paragraphs, stamp_below = _without_stamps(paragraphs, parsed)
    paragraphs = _without_furniture(paragraphs, parsed, shown)
    if not paragraphs:
        message = "contains only whitespace" if not text.strip() else "no article text found"
        hint = _NO_TEXT_HINT if article_format != "html" else _NO_HTML_TEXT_HINT
        raise IngestError(_problem(shown, message, hint, severity="error"))
    parsed.metadata.outlet = parsed.metadata.outlet or copyright_outlet
    year_assumed = _take_opening_dateline(parsed, paragraphs[0], copyright_year)
    dated_below = parsed.metadata.published is None and stamp_below is not None
    if dated_below:
        parsed.metadata.published = stamp_below
    article = _build_article(path, seeds_dir, shown, article_format, data, parsed, paragraphs)
    article.copyright_year = copyright_year  # the one field that comes only from the body, never metadata
    if dated_below and article.published is not None:
        article.published_estimated = True
        notes.append(_problem(
            shown, f"dated {article.published.isoformat()} by a date line below the article's first lines",
            f"set `published:` in {article.id}.yml next to the article if that is wrong"))
    if year_assumed and article.published is not None:
        article.published_estimated = True
        notes.append(_problem(
            shown, f"the dateline gives no year: published on {article.published.isoformat()} assumed, "
                   "in the year of the copyright line",
            f"set `published:` in {article.id}.yml next to the article if that is wrong"))
    if problems is not None:
        problems.extend(notes)
    return article


def _without_stamps(paragraphs: list[str], parsed: ParsedBody) -> tuple[list[str], dt.date | None]:
    """The text without a page's time stamps ("UPDATED: TUESDAY, APRIL 8, 2014, 8:05 AM", "Last
    updated at 22:46 GMT"), wherever they stand: furniture, not text (as text they became events and
    glued their time zone to the name after them). A stamp glued to the text after it is cut off the
    text; near the top it dates an undated article, as a date line there does. Nothing is removed
    from an article that is all stamps. Also the date of the first date line standing alone further
    down (under a deck of summary lines): removed from the text, it would otherwise be lost to the
    estimate from the text, which then takes the latest day the story names (an earlier year's)."""
    kept: list[str] = []
    below: dt.date | None = None
    for index, paragraph in enumerate(paragraphs):
        if is_stamp_line(paragraph):
            if below is None and index >= DATE_LINE_SCAN_PARAGRAPHS:
                below = dateline_date(paragraph)
            continue
        glued = split_leading_stamp(paragraph)
        if glued is not None:
            stamp, paragraph = glued
            if parsed.metadata.published is None and index < DATE_LINE_SCAN_PARAGRAPHS:
                parsed.metadata.published = dateline_date(stamp)
        kept.append(paragraph)
    return (kept, below) if kept else (paragraphs, None)


def _without_furniture(paragraphs: list[str], parsed: ParsedBody, shown: str) -> list[str]:
    """The text without a blog's posting lines and page labels (`ingest/furniture.py`); the date of a
    posting line dates an article that has no other date, as a date line does."""
    furniture = drop_furniture(paragraphs, shown)
    if parsed.metadata.published is None:
        parsed.metadata.published = furniture.date
    return furniture.paragraphs


def _take_opening_dateline(parsed: ParsedBody, lede: str, copyright_year: int | None) -> bool:
    """A dateline opening the first paragraph ("WASHINGTON, April 28, 2009 — ...") dates an article that
    has no other date; it stays in the text, as the article printed it. True when the year is assumed."""
    if parsed.metadata.published is not None:
        return False
    published, year_assumed = opening_dateline_date(lede, copyright_year)
    parsed.metadata.published = published
    return year_assumed


_PARSERS = {"text": _parse_text, "markdown": _parse_markdown, "html": _parse_html}


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
