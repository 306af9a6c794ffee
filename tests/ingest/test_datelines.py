"""News date lines in plain-text articles (issue 16): cues, clock times, zones, numeric dates and the
spacing left by texts rebuilt from tokens. All lines are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest.datelines import dateline_date
from generator.ingest.reader import read_article
from generator.models import IngestProblem

LEDE = "The harbour authority closed the eastern pier on Tuesday after storms cracked its deck."
SECOND = "Engineers said repairs would take at least a month."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted: Apr 02, 2009 11: 06 PM CEST", dt.date(2009, 4, 2)),
        ("on Feb. 04, 2009", dt.date(2009, 2, 4)),
        ("Updated 3:12 p.m. ET, Tue March 3, 2009", dt.date(2009, 3, 3)),
        ("Updated 3: 12 p. m. ET, Tue March 3, 2009", dt.date(2009, 3, 3)),
        ("Friday, 13 March 2009 15:04 GMT", dt.date(2009, 3, 13)),
        ("PUBLISHED: 21: 40 GMT, 9 June 2011", dt.date(2011, 6, 9)),
        ("Last updated 10: 15 22 / 10 / 2014", dt.date(2014, 10, 22)),
        ("Release: 07 / 04 / 2016", dt.date(2016, 7, 4)),  # slashes: month first, as US sites write
        ("Article posted on 03. 11. 2015", dt.date(2015, 11, 3)),  # dots: day first
        ("2017 - 01 - 30", dt.date(2017, 1, 30)),
        ("19 May 2010, 08: 30 (GMT+03: 00)", dt.date(2010, 5, 19)),
        ("on Nov 2 2011, 4: 10p", dt.date(2011, 11, 2)),
        ("7: 45 a. m. Aug. 12, 2008", dt.date(2008, 8, 12)),
        ("Sunday 4 April 2010 06. 12 BST", dt.date(2010, 4, 4)),
        ("on June 1, 2012 9: 02am | Updated on June 2, 2012 10: 00am", dt.date(2012, 6, 1)),
        ("POSTED TUESDAY, OCTOBER 5, 2010 AT 2: 15 PM / UPDATED AT 3: 01 PM", dt.date(2010, 10, 5)),
    ],
)
def test_news_date_lines_are_read(line: str, expected: dt.date) -> None:
    assert dateline_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Updated 5: 40 p. m. ET",  # a time without a date
        "Oct. 9 5: 59 PM EDT",  # no year: never guessed
        "June 2014",  # a month, not a day
        "Storm hits coast on May 3, 2013",  # a headline mentioning a date
        "Agency Wire Sep 18, 2013, 02. 16PM IST",  # an unknown word: not a pure date line
        "Posted in Local News on Friday, September 20, 2013 by the desk",
        "The pier closed on March 3, 2009 at 5 p.m. after storms cracked its deck, officials said today.",
    ],
)
def test_lines_that_are_not_date_lines_give_no_date(line: str) -> None:
    assert dateline_date(line) is None


def read_text(folder: Path, content: str) -> tuple[dt.date | None, str]:
    path = folder / "pier.txt"
    path.write_text(content, encoding="utf-8")
    problems: list[IngestProblem] = []
    article = read_article(path, folder, problems=problems)
    return article.published, article.text


def test_spaced_date_line_in_the_header_dates_the_article(tmp_path: Path) -> None:
    content = f"Storm closes eastern pier\n\nPosted: Apr 02, 2009 11: 06 PM CEST\n\n{LEDE}\n\n{SECOND}\n"
    published, text = read_text(tmp_path, content)
    assert published == dt.date(2009, 4, 2)
    assert text == f"{LEDE}\n\n{SECOND}"


def test_date_after_a_byline_dates_the_article(tmp_path: Path) -> None:
    published, text = read_text(tmp_path, f"Pier closed\n\nBy Jane Roe, 04/02/2009\n\n{LEDE}\n")
    assert published == dt.date(2009, 4, 2)
    assert "Jane Roe" not in text


def test_date_line_under_a_sentence_like_headline_is_taken_from_near_the_top(tmp_path: Path) -> None:
    headline = "Storms crack the eastern pier. The harbour closes it."
    content = f"{headline}\n\nFriday, 13 March 2009 15: 04 GMT\n\n{LEDE}\n\n{SECOND}\n"
    published, text = read_text(tmp_path, content)
    assert published == dt.date(2009, 3, 13)
    assert "GMT" not in text and LEDE in text


def test_date_in_the_body_is_never_the_publication_date(tmp_path: Path) -> None:
    paragraphs = [LEDE, SECOND, "Another paragraph follows here.", "Monday, 14 March 2011 10: 00 GMT"]
    published, text = read_text(tmp_path, "\n\n".join(paragraphs) + "\n")
    assert published is None
    assert "14 March 2011" in text
