"""Hostile text in the lines wave 9 changed, in a real browser.

Two invented articles (published whole, so that lines quote their sentences): a dated one whose
news sentence opens with a linking adverbial ("As a result,") that the home page and the Updates page
leave out, the rest of the sentence carrying an image tag with a handler; and an undated one, with
markup in its title, under the Updates page's "Undated articles" and its new note. Every page is loaded
in Chromium: nothing runs, no dialog opens, no element is made from the text, and the text is shown as
written.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.conftest import PageFactory, ServedSite, load
from tests.browser.site_tools import (
    build_from_articles,
    load_facts,
    serve_folder,
)
from tests.browser.test_hostile import assert_every_page_inert_and_showing
from tests.browser.test_hostile_newest import MADE_FROM_TEXT, shown_lines

pytestmark = pytest.mark.browser

CREWS = "<img src=x onerror=alert('crews')> ferry crews"
UNDATED_TITLE = "Quay <script>alert('undated')</script> notes"
ARTICLES = {
    "quay-dated.txt": (
        "Ferries stay in port\n\n4 March 2024\n\n"
        "The harbour board closed the Northport quay to ferries on 2 March 2024.\n\n"
        f"As a result, the {CREWS} stayed in port on 3 March 2024, the board said.\n"
    ),
    "quay-dated.yml": "outlet: Bay Post\npublished: 2024-03-04\n",
    "quay-undated.txt": (
        f"{UNDATED_TITLE}\n\n"
        "The harbour board had closed the Northport quay to ferries once before, in 2019.\n"
    ),
    "quay-undated.yml": "outlet: Coast Daily\n",
}


@pytest.fixture(scope="module")
def quay_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    work = tmp_path_factory.mktemp("wave9-hostile")
    # Lines quote their sentences, not own words; the undated article is warned about (not strict).
    site, log = build_from_articles(work, ARTICLES, {"article_text": "full"})
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def test_every_page_is_inert_and_keeps_the_hostile_text(quay_site: ServedSite,
                                                       open_page: PageFactory) -> None:
    assert_every_page_inert_and_showing(quay_site, open_page, (CREWS, UNDATED_TITLE))


def test_a_line_without_its_linking_adverbial_keeps_its_hostile_words_as_text(
        quay_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(quay_site.base_url)
    for path in ("/", "/updates/"):
        load(opened.page, path)
        lines = shown_lines(opened.page, "article li", CREWS)
        assert lines, f"{path}: the crews' line is not shown"
        assert all(line["markup"] == 0 for line in lines), lines
        assert all(str(line["text"]).split("— ", 1)[-1].startswith("The ") for line in lines), lines
        assert not any("As a result" in str(line["text"]) for line in lines), lines
        assert not opened.page.query_selector_all(f"article {MADE_FROM_TEXT}")
    assert not opened.watch.problems(), opened.watch.problems()


def test_the_undated_note_stands_above_a_hostile_title(quay_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(quay_site.base_url)
    load(opened.page, "/updates/")
    text = opened.page.inner_text("article")
    undated = text.index("Undated articles")
    note = text.index("Nothing says when these came out", undated)
    assert undated < note < text.index(UNDATED_TITLE, undated), text
    headings = shown_lines(opened.page, "article h3", "notes")
    assert any(UNDATED_TITLE in str(heading["text"]) for heading in headings), headings
    assert all(heading["markup"] == 0 for heading in headings), headings
    assert not opened.watch.problems(), opened.watch.problems()
