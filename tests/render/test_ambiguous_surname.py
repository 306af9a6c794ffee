"""The page of a surname alone that the story could not tell apart (issue 16, wave 8) says so and
links the people of that surname it may be. Invented story."""

from __future__ import annotations

from generator.models import Entity
from generator.render.site import render_site
from tests.render.render_tools import shown, text_of
from tests.stories import make_story, mentions, settings


def _page_of(files: dict[str, str | bytes], ident: str) -> str:
    path = next(p for p in files if p.endswith(f"/{ident}.md"))
    return shown(text_of(files, path))


def test_a_surname_not_told_apart_names_the_people_it_may_be() -> None:
    story = make_story()
    first = story.articles[0]
    ana = Entity(id="ana-reyes", name="Ana Reyes", type="person", mentions=mentions(first, "Omar Reyes"))
    bare = Entity(id="reyes", name="Reyes", type="person", mentions=mentions(first, "Reyes"),
                  may_be=["ana-reyes", "omar-reyes", "gone-by-an-edit"])
    story.entities += [ana, bare]
    files = render_site(story, settings())
    page = _page_of(files, "reyes")
    assert "Not told apart:" in page and "more than one person called Reyes" in page
    sentence = page[page.index("here it may be"):]
    sentence = sentence[:sentence.index(".</p>")]
    # Each by name, linked where it has a page of its own.
    assert "Ana Reyes or " in sentence and ">Omar Reyes</a>" in sentence
    assert "gone-by-an-edit" not in page  # an id no entity has any more is left out
    assert "Not told apart" not in _page_of(files, "omar-reyes")
