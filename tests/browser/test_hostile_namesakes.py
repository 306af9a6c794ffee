"""Hostile text in the titles of namesakes' pages, in a real browser (wave 15).

Two people of one name get pages titled "Name (an organisation only that person's articles name)"
(`render/namesake_titles.py`). The invented namesakes story (tests/fixtures/namesakes) is built with an
editor's `seeds/story.yml` that renames both organisations to names holding a script and an image with a
handler: the pages' `<title>`, headings and every other page are loaded in Chromium, nothing runs, no
element is made from the names, and the names are shown as written.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.conftest import PageFactory, ServedSite, load
from tests.browser.site_tools import build_from_articles, load_facts, serve_folder
from tests.browser.test_hostile import assert_every_page_inert_and_showing
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser

TEAM = "Harrow <script>alert('team')</script> Falcons"
SCHOOL = "Brackenridge <img src=x onerror=alert('school')> University"
STORY_YAML = (
    "entities:\n"
    f"  harrow-falcons:\n    name: \"{TEAM}\"\n"
    f"  brackenridge-university:\n    name: \"{SCHOOL}\"\n"
)


@pytest.fixture(scope="module")
def namesakes_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    articles = {path.name: path.read_text(encoding="utf-8")
                for path in sorted((FIXTURES / "namesakes").glob("*.md"))}
    site, log = build_from_articles(tmp_path_factory.mktemp("namesakes-hostile"),
                                    {**articles, "story.yml": STORY_YAML})
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def test_namesake_titles_show_hostile_organisation_names_as_text(namesakes_site: ServedSite,
                                                                  open_page: PageFactory) -> None:
    opened = open_page(namesakes_site.base_url)
    titles = []
    for ident in ("dale-pennick", "dale-pennick-2"):
        load(opened.page, f"/people/person/{ident}/")
        heading = opened.page.inner_text("article h1")
        titles.append(heading)
        assert heading in opened.page.title(), (heading, opened.page.title())
        assert not opened.page.query_selector_all("article script:not([src]), article img[src='x'], head img")
    assert sorted(titles) == sorted([f"Dale Pennick ({SCHOOL})", f"Dale Pennick ({TEAM})"]), titles
    assert not opened.watch.problems(), opened.watch.problems()


def test_every_page_of_the_namesakes_site_is_inert(namesakes_site: ServedSite,
                                                   open_page: PageFactory) -> None:
    assert_every_page_inert_and_showing(namesakes_site, open_page, (TEAM, SCHOOL))
