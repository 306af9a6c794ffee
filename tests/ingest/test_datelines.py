"""News date lines in plain-text articles (issue 16): cues, clock times, zones, numeric dates and the
spacing left by texts rebuilt from tokens. All lines are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest.datelines import dateline_date, is_stamp_line, split_leading_stamp
from generator.ingest.reader import read_article
from generator.models import IngestProblem

LEDE = "The harbour authority closed the eastern pier on Tuesday after storms cracked its deck."
SECOND = "Engineers said repairs would take at least a month."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted: Mar 17, 2010 08: 45 AM CEST", dt.date(2010, 3, 17)),
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
        # a dateline's place or wire service before the date
        ("HARBOURTON, April 28, 2009", dt.date(2009, 4, 28)),
        ("HARBOURTON, April 28, 2009 —", dt.date(2009, 4, 28)),
        ("PORT ELLIS, Mainland, 28 April 2009 -", dt.date(2009, 4, 28)),
        ("ST. MARLOW, Tuesday, April 28, 2009", dt.date(2009, 4, 28)),
        ("(Reuters) April 28, 2009", dt.date(2009, 4, 28)),
        ("AP — April 28, 2009", dt.date(2009, 4, 28)),
        ("HARBOURTON (AP) — April 28, 2009", dt.date(2009, 4, 28)),
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
        "AP — April 28",  # a wire dateline without a year: never guessed
        "HARBOURTON (Reuters) - Officials said on April 28, 2009",  # a sentence after the dateline
        "STORM HITS COAST, May 3, 2013 EVENING",  # a headline in capitals
    ],
)
def test_lines_that_are_not_date_lines_give_no_date(line: str) -> None:
    assert dateline_date(line) is None


def read_text(folder: Path, content: str) -> tuple[dt.date | None, str, list[IngestProblem]]:
    path = folder / "pier.txt"
    path.write_text(content, encoding="utf-8")
    problems: list[IngestProblem] = []
    article = read_article(path, folder, problems=problems)
    return article.published, article.text, problems


@pytest.mark.parametrize(
    ("content", "published", "kept", "dropped"),
    [
        # a spaced date line in the header
        (f"Storm closes eastern pier\n\nPosted: Apr 02, 2009 11: 06 PM CEST\n\n{LEDE}\n\n{SECOND}\n",
         dt.date(2009, 4, 2), f"{LEDE}\n\n{SECOND}", "Posted"),
        # a date after a byline
        (f"Pier closed\n\nBy Jane Roe, 04/02/2009\n\n{LEDE}\n", dt.date(2009, 4, 2), LEDE, "Jane Roe"),
        # a date line under a headline that reads like a sentence, taken from near the top
        (f"Storms crack the eastern pier. The harbour closes it.\n\nFriday, 13 March 2009 15: 04 GMT\n\n"
         f"{LEDE}\n\n{SECOND}\n", dt.date(2009, 3, 13), LEDE, "GMT"),
        # a dateline of place and date on its own line in the header
        (f"Pier closed\n\nHARBOURTON, April 28, 2009\n\n{LEDE}\n", dt.date(2009, 4, 28), LEDE, "HARBOURTON"),
        # a dateline opening the first paragraph dates the article and stays in its text
        (f"Pier closed\n\nHARBOURTON, April 28, 2009 — {LEDE}\n\n{SECOND}\n", dt.date(2009, 4, 28),
         f"HARBOURTON, April 28, 2009 — {LEDE}", None),
        (f"Pier closed\n\n(Reuters) April 28, 2009 - {LEDE}\n", dt.date(2009, 4, 28), LEDE, None),
        # a date line in the body is a page's stamp, not text (wave 6); it dates the article only as an
        # estimate (wave 10: test_a_date_line_below_the_first_lines_dates_an_undated_article_as_an_estimate)
        # a dash in the first sentence is no dateline
        (f"Pier closed\n\nThe pier — built in April 28, 2009 — closed.\n\n{SECOND}\n", None, "pier", None),
    ],
)
def test_the_publication_date_is_read_from_the_top_only(tmp_path: Path, content: str,
                                                        published: dt.date | None, kept: str,
                                                        dropped: str | None) -> None:
    found, text, _ = read_text(tmp_path, content)
    assert found == published
    assert kept in text
    assert dropped is None or dropped not in text


def test_a_wire_dateline_without_a_year_takes_the_copyright_year_and_says_so(tmp_path: Path) -> None:
    copyright_line = "© 2009 Harbour Wire. All rights reserved."
    content = f"Pier closed\n\nAP — April 28 — {LEDE}\n\n{SECOND}\n\n{copyright_line}\n"
    found, _, problems = read_text(tmp_path, content)
    assert found == dt.date(2009, 4, 28)
    assert any("no year" in problem.message and "pier.yml" in problem.hint for problem in problems)
    undated, _, _ = read_text(tmp_path, f"Pier closed\n\nAP — April 28 — {LEDE}\n\n{SECOND}\n")
    assert undated is None  # no copyright year: the year is never guessed


# A page's time stamps are furniture wherever they stand (wave 6): as text they became timeline rows
# ("22:19 GMT, 12 March 2013") and glued their time zone to the name after them ("ET Vera Lund").
@pytest.mark.parametrize(
    "line",
    ["UPDATED: TUESDAY, APRIL 8, 2014, 8: 05 AM", "Last updated at 22: 46 GMT", "Updated 5: 40 p. m. ET",
     "PUBLISHED: 04: 12 GMT, 9 May 2014 | UPDATED: 21: 07 GMT, 9 May 2014"],
)
def test_a_stamp_line_is_furniture(line: str) -> None:
    assert is_stamp_line(line)


@pytest.mark.parametrize(
    "line",
    ["At the pier", "Monday", "The vote is at 10: 30 GMT on Friday, the council said.", "June 2014 GMT"],
)
def test_a_line_with_words_of_its_own_or_no_time_is_no_stamp(line: str) -> None:
    assert not is_stamp_line(line)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Updated: June 3, 2015, 9: 12 PM ET Vera Lund kept her seat.", "Vera Lund kept her seat."),
        ("Posted Mar 17, 2010 08:45 AM CEST The harbour reopened.", "The harbour reopened."),
        ("June 3, 2015, 9:12 PM ET Vera Lund kept her seat.", "Vera Lund kept her seat."),
    ],
)
def test_a_stamp_glued_to_the_text_is_cut_off(paragraph: str, expected: str) -> None:
    glued = split_leading_stamp(paragraph)
    assert glued is not None and glued[1] == expected


@pytest.mark.parametrize(
    "paragraph",
    ["On July 7, 2012 Vera Lund kept her seat.",  # prose opening with a date keeps it
     "At 10:30 Vera Lund arrived at the pier.",
     "Updated figures show the pier is safe.",  # a cue word that opens a sentence
     "July 7, 2012, 10:04 PM ET, the count ended."],
)
def test_prose_that_opens_with_a_time_is_not_cut(paragraph: str) -> None:
    assert split_leading_stamp(paragraph) is None


def test_stamps_leave_the_text_and_a_glued_one_near_the_top_dates_the_article(tmp_path: Path) -> None:
    content = ("Pier closed\n\nUpdated: April 28, 2009, 10: 04 PM ET\nVera Lund reopened the pier.\n\n"
               f"{SECOND}\n\nLast updated at 22: 46 GMT\n\n{LEDE}\n")
    found, text, _ = read_text(tmp_path, content)
    assert found == dt.date(2009, 4, 28)
    assert text.split("\n\n") == ["Vera Lund reopened the pier.", SECOND, LEDE]
    _, kept, _ = read_text(tmp_path, "Pier closed\n\nUpdated at 22: 46 GMT\n")
    assert kept == "Updated at 22: 46 GMT"  # an article that is all stamps keeps them: nothing is lost


def test_a_date_line_below_the_first_lines_dates_an_undated_article_as_an_estimate(tmp_path: Path) -> None:
    """A date line standing alone under a deck of summary lines (wave 10): removed from the text as a
    stamp, it was lost, and the estimate from the text took the latest day the story names (an earlier
    year's). It dates an article that has no other date, marked estimated, with a warning."""
    deck = "Ferry skipper fined.\n\nThe crew were unhurt.\n\nHe faces a second hearing."
    content = (f"Skipper fined over pier crash\n\n{deck}\n\nWEDNESDAY, MAY 8, 2024, 10:34 AM\n\n"
               "The skipper was fined on Tuesday for the crash of March 2022.\n")
    path = tmp_path / "pier.txt"
    path.write_text(content, encoding="utf-8")
    problems: list[IngestProblem] = []
    article = read_article(path, tmp_path, problems=problems)
    assert article.published == dt.date(2024, 5, 8) and article.published_estimated
    assert "MAY 8" not in article.text
    assert any("date line below" in problem.message for problem in problems)
    # a date the header gives wins, and is no estimate
    path.write_text(f"Skipper fined\n\nPosted: May 9, 2024\n\n{deck}\n\nWEDNESDAY, MAY 8, 2024\n\nText.\n",
                    encoding="utf-8")
    header_dated = read_article(path, tmp_path, problems=[])
    assert header_dated.published == dt.date(2024, 5, 9) and not header_dated.published_estimated
    # the first such line counts (a later one may be a comment's or a related story's)
    later = f"Skipper fined\n\n{deck}\n\nMay 8, 2024\n\nText here.\n\nMay 1, 2023\n"
    path.write_text(later, encoding="utf-8")
    assert read_article(path, tmp_path, problems=[]).published == dt.date(2024, 5, 8)
