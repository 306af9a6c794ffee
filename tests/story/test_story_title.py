"""A story with no title from the editor is titled by its newest article's headline (wave 10): the
first file by name was used, which may be the oldest ("Skipper admits crash" over the verdict).
Invented articles."""

from __future__ import annotations

import datetime as dt

from generator.pipeline import assemble_story
from tests.stories import make_article


def _titled(*articles_and_flags: tuple[str, str, dt.date | None, bool]) -> str:
    articles = []
    for ident, title, published, estimated in articles_and_flags:
        article = make_article(ident, title, "Quay Post", "The pier reopened.", dt.date(2024, 1, 1))
        articles.append(article.model_copy(update={"published": published, "published_estimated": estimated}))
    return assemble_story(articles, [], title="").title


def test_the_newest_articles_headline_titles_an_untitled_story() -> None:
    title = _titled(("a10", "Skipper admits crash", dt.date(2023, 5, 2), False),
                    ("a2", "Skipper guilty of pier crash", dt.date(2024, 4, 23), False),
                    ("a3", "Pier crash trial opens", dt.date(2024, 4, 11), False))
    assert title == "Skipper guilty of pier crash"


def test_a_date_the_article_gives_beats_an_estimate_and_undated_stories_keep_the_first_file() -> None:
    assert _titled(("a1", "Trial opens", dt.date(2024, 4, 11), False),
                   ("a2", "Estimated later", dt.date(2024, 5, 1), True)) == "Trial opens"
    assert _titled(("a1", "First file", None, False), ("a2", "Second file", None, False)) == "First file"
    assert assemble_story([], [], title="Harbour crash").title == "Harbour crash"
