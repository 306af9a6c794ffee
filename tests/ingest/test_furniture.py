"""A blog's posting lines and page labels are furniture, not text (invented articles)."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from generator.ingest.furniture import date_in, drop_furniture, is_furniture_line
from generator.ingest.reader import read_article
from generator.models import IngestProblem

LEDE = "A ferry ran aground off Port Vell on Thursday night; its 212 passengers went ashore by lifeboat."
SECOND = "The harbour master said the channel would reopen once divers had checked the hull."


@pytest.mark.parametrize("line", [
    "Posted in Harbour News on March 3, 2011 by Jo Roe",
    "On behalf of Roe & Lee, LLP. posted in Ferry Accidents on Friday, May 3, 2024.",
    "Posted by Jo Roe at 9:15 a.m.",
    "Filed under: Courts, Harbour news",
    "Tags: ferry, harbour, Port Vell",
    "Categories: Accidents | Ferries",
    "Share this",
    "Share this:",
    "Related posts",
    "Published on May 3, 2024 by Jo Roe",
])
def test_posting_lines_and_page_labels_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "The crew posted in the harbour at dawn.",
    "Jo Roe posted on Friday that the ferry had sunk.",
    "Share prices fell after the grounding.",
    "Related to the grounding, police said they would question the pilot.",
    "Tags were found on the passengers' bags.",
    "Published by a small press in 2019.",
    "Fines Filed In Harbour Fuel Spill Case",
    "Tags: the divers found the hull had been holed in two places below the waterline",
])
def test_sentences_with_the_same_words_stay_text(line: str) -> None:
    assert not is_furniture_line(line)


def test_the_date_of_a_posting_line() -> None:
    assert date_in("Posted in Ferries on Friday, May 3, 2024 by Jo Roe") == dt.date(2024, 5, 3)
    assert date_in("Filed under: Courts") is None


def _read(
    folder: Path, content: str, caplog: pytest.LogCaptureFixture
) -> tuple[dt.date | None, str, list[str]]:
    path = folder / "blog.txt"
    path.write_text(content, encoding="utf-8")
    problems: list[IngestProblem] = []
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.explainer.ingest"):
        article = read_article(path, folder, problems=problems)
    assert problems == []  # furniture is no warning per article
    # ... but no silent loss either: listed by a plain build (info), never a warning that fails --strict
    assert all(record.levelno == logging.INFO for record in caplog.records)
    return article.published, article.text, [record.getMessage() for record in caplog.records]


def test_a_blog_byline_leaves_the_text_dates_the_article_and_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    byline = "On behalf of Roe & Lee, LLP. posted in Ferry Accidents on Friday, May 3, 2024."
    content = f"{byline}\n\n{LEDE}\n\n{SECOND}\n\nTags: ferry, harbour\n\nShare this\n"
    published, text, logged = _read(tmp_path, content, caplog)
    assert published == dt.date(2024, 5, 3)
    assert text == f"{LEDE}\n\n{SECOND}"
    assert len(logged) == 3 and all("blog.txt" in message for message in logged)
    dropped = [byline, "Tags: ferry, harbour", "Share this"]
    assert all(message.endswith(line) for message, line in zip(logged, dropped, strict=True))


def test_a_known_publication_date_is_not_replaced_by_a_posting_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = (f"---\npublished: 2024-06-01\n---\n{LEDE}\n\nPosted in Ferries on May 3, 2024 by Jo Roe\n\n"
               f"{SECOND}\n")
    path = tmp_path / "blog.md"
    path.write_text(content, encoding="utf-8")
    article = read_article(path, tmp_path)
    assert article.published == dt.date(2024, 6, 1)
    assert "Posted in" not in article.text


def test_an_article_that_is_all_furniture_keeps_its_text(caplog: pytest.LogCaptureFixture) -> None:
    lines = ["Share this", "Tags: ferry"]
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.explainer.ingest"):
        furniture = drop_furniture(lines, "blog.txt")
    assert furniture.paragraphs == lines and furniture.dropped == []
    assert caplog.records == []
