"""The Updates page says why an undated article, listed last, brought in what the dated articles above
it do not count as new (wave 9): undated articles are read first (`summary.publication_order`)."""

from __future__ import annotations

from generator.render.site import render_site
from tests.render.render_tools import text_of
from tests.stories import make_story, settings

WHY = "Nothing says when these came out, so they are read before every dated article"


def test_the_undated_section_says_why_its_news_is_not_new_above() -> None:
    story = make_story()
    story.articles[0].published = None
    page = text_of(render_site(story, settings()), "updates.md")
    undated = page.index("## Undated articles")
    assert page.index(WHY) > undated
    assert page.index(WHY) < page.index("### ", undated)  # before the first undated article
    assert page.count(WHY) == 1


def test_a_log_of_dated_articles_has_no_such_note() -> None:
    page = text_of(render_site(make_story(), settings()), "updates.md")
    assert "Undated articles" not in page and WHY not in page


def test_a_log_of_undated_articles_only_has_no_such_note() -> None:
    story = make_story()
    for article in story.articles:
        article.published = None
    page = text_of(render_site(story, settings()), "updates.md")
    assert "## Undated articles" in page and WHY not in page
