"""A quoted question is shown as asked, and nested speech names who told it (invented story)."""

from __future__ import annotations

import re

from generator.render.site import render_site
from tests.render.render_tools import shown, text_of
from tests.stories import make_story, settings


def test_a_quoted_question_reads_as_asked_and_names_who_told_it() -> None:
    story = make_story()
    quote = next(q for q in story.quotes if q.id == "quote-roads")
    quote.mood = "question"
    quote.reported_by = "Dana <b>Whitfield</b>"
    markdown_page = text_of(render_site(story, settings()), "people/person/omar-reyes.md")
    assert "<b>" not in markdown_page  # the name is data, never markup
    page = shown(markdown_page)
    assert re.search(r'id="quote-roads">Question by Reyes, 5 March 2024<', page)
    block = page[page.index('id="quote-roads"'):]
    attribution = re.search(r"<p>— (.*?)</p>", block, re.S)
    assert attribution is not None
    # on the speaker's own page the name is not linked to that page
    assert attribution.group(1) == "Omar Reyes, asking, as told by Dana <b>Whitfield</b>"


def test_a_plain_quote_keeps_its_heading() -> None:
    page = shown(text_of(render_site(make_story(), settings()), "people/person/omar-reyes.md"))
    assert re.search(r'id="quote-roads">Quote by Reyes, 5 March 2024<', page)
    assert "as told by" not in page and ", asking" not in page
