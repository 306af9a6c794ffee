"""Number groups are headed as headings start (wave 6): "Library staff", not "library staff".
Invented story."""

from __future__ import annotations

import re

import pytest

from generator.models import Quantity
from generator.render.site import render_site
from generator.wording import as_heading
from tests.render.render_tools import shown, text_of
from tests.stories import make_story, settings, source


@pytest.mark.parametrize(("words", "heading"), [
    ("ladder trucks", "Ladder trucks"), ("years", "Years"), ("Hispanics in town", "Hispanics in town"),
    ("iPhones sold", "iPhones sold"), ("non-Mexicans held", "Non-Mexicans held"), ("%", "%"), ("", ""),
])
def test_a_heading_starts_with_a_capital_unless_its_first_word_is_a_name(words: str, heading: str) -> None:
    assert as_heading(words) == heading


def test_number_groups_on_the_numbers_page_start_with_a_capital() -> None:
    story = make_story()
    article = story.articles[0]
    story.quantities.append(Quantity(id="q-trucks", text="4.2 million", value=4.2e6, about="ladder trucks",
                                     sources=[source(article, "4.2 million")]))
    page = shown(text_of(render_site(story, settings()), "numbers.md"))
    headings = re.findall(r'<h2 id="n-[^"]*">([^<]*)', page)
    assert {"City budget", "Library staff", "Ladder trucks"} <= set(headings)
    assert not [heading for heading in headings if heading[:1].islower()]
