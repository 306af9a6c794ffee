"""Speakers as pages show them (wave 6): a dated thing taken for a speaker is shown nowhere (its quote
stays, unattributed), and a speaker known by words heads its group with a capital. Invented story."""

from __future__ import annotations

import html as html_lib
import re

from generator.models import Quote
from generator.render.site import render_site
from tests.render.render_tools import shown, text_of
from tests.stories import make_story, settings, source


def quotes_page(*extra: tuple[str, str, str]) -> str:
    story = make_story()
    article = story.articles[0]
    for ident, speaker, words in extra:
        story.quotes.append(Quote(id=ident, speaker=speaker, text=words, sources=[source(article, words)]))
    return shown(text_of(render_site(story, settings()), "quotes.md"))


def test_a_dated_thing_is_never_shown_as_a_speaker() -> None:
    page = quotes_page(("quote-dated", "the March 2024 budget vote", "This budget ignores our roads"))
    assert "March 2024 budget vote" not in page  # not as a heading, a group or an attribution
    block = page[page.index('id="quote-dated"'):]
    assert re.match(r'id="quote-dated">Quote by Unattributed', block)


def test_a_speaker_known_by_words_heads_its_group_with_a_capital() -> None:
    page = quotes_page(("quote-police", "police", "This budget ignores our roads"))
    assert re.search(r'<h2 id="by-police">Police', page)
    assert re.search(r'id="quote-police">Quote by police', page)  # mid-sentence it stays as written


def test_the_home_page_description_says_news_not_a_role() -> None:
    # wave 6: a story whose events were all background had "Director" (its first person's role) as the
    # home page's description; the description is the first line that is a sentence
    from tests.render.test_render import front_matter

    story = make_story()
    story.dek = None
    story.timeline = []
    page = text_of(render_site(story, settings()), "index.md")
    description = html_lib.unescape(str(front_matter(page)["description"]))
    assert description == "The Riverton Taxpayers Association (RTA) demanded a public audit."
