"""Hostile text in the newest features, in a real browser (wave 8).

Two invented articles about one storm whose text and metadata carry markup and script where the newest
features show them: two outlets give one quotation to two different speakers (the quotes page's
"Sources disagree" note, both names carrying markup, the quote holding a script), a counted thing
reported on two dates (a numbers chart drawn by the wave-7 chart rules, its counted words holding a
script: title, labels, alt text, data table, CSV and the SVG itself), and figures a later article
revises (the Updates page), under outlet names that hold an image tag with a handler. Every page is
loaded in Chromium: nothing runs, no dialog opens, no element is made from the text, and the text is
shown as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PageFactory, ServedSite, load, search_results
from tests.browser.site_tools import build_from_articles, load_facts, serve_folder
from tests.browser.test_hostile import assert_every_page_inert_and_showing

pytestmark = pytest.mark.browser

QUOTE_SCRIPT = "<script>alert('quote')</script>"
COUNTED = "<script>alert('unit')</script>ferries"
OUTLET_A = "Bay <script>alert('outlet-a')</script> Post"
OUTLET_B = "Coast <img src=x onerror=alert('outlet-b')> Daily"
TITLE = "Ferry <b>storm</b> damage"
QUOTE = f"The quay will reopen as soon as the {QUOTE_SCRIPT} inspectors allow it"
ARTICLES = {
    "storm-first.txt": (
        f"{TITLE}\n\n4 March 2024\n\n"
        "The storm destroyed 40 boathouses on the Northport quay on 2 March 2024, the office said.\n\n"
        f"\"{QUOTE},\" said Dana Reyes<script>alert('speaker')</script>, the harbour master.\n\n"
        f"The council counted 12 {COUNTED} in service on 1 March 2024.\n\n"
        "The storm wrecked 30 <script>alert('revision')</script>sheds of the sailing club on 2 March 2024.\n"
    ),
    "storm-first.yml": f"outlet: \"{OUTLET_A}\"\npublished: 2024-03-04\n",
    "storm-later.txt": (
        "Quay stays shut\n\n6 March 2024\n\n"
        "The storm destroyed 55 boathouses on the Northport quay on 2 March 2024, the office said.\n\n"
        f"\"{QUOTE},\" said Kim Ortiz<img src=x onerror=alert('speaker')>, a council clerk.\n\n"
        f"The council counted 9 {COUNTED} in service on 5 March 2024.\n\n"
        "The storm wrecked 35 <script>alert('revision')</script>sheds of the sailing club on 2 March 2024.\n"
    ),
    "storm-later.yml": f"outlet: \"{OUTLET_B}\"\npublished: 2024-03-06\n",
}
# Elements that exist only if text became markup.
MADE_FROM_TEXT = "script:not([src]), img[src='x'], b, i"
HOLDING = """
([selector, marker]) => [...document.querySelectorAll(selector)]
  .filter(element => element.innerText.includes(marker))
  .map(element => ({text: element.innerText, markup: element.querySelectorAll('script, img, b, i').length}))
"""


@pytest.fixture(scope="module")
def storm_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    work = tmp_path_factory.mktemp("newest-hostile")
    site, log = build_from_articles(work, ARTICLES)
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def shown_lines(page: Page, selector: str, marker: str) -> list[dict[str, Any]]:
    """Every element of `selector` whose text holds `marker`: its text and the elements inside it."""
    found: list[dict[str, Any]] = page.evaluate(HOLDING, [selector, marker])
    return found


def test_every_page_is_inert_and_keeps_the_hostile_text(storm_site: ServedSite,
                                                       open_page: PageFactory) -> None:
    assert_every_page_inert_and_showing(storm_site, open_page,
                                        (QUOTE_SCRIPT, COUNTED, OUTLET_A, OUTLET_B, TITLE))


def test_sources_disagree_names_both_hostile_speakers_as_text(storm_site: ServedSite,
                                                              open_page: PageFactory) -> None:
    quotes = [quote for quote in storm_site.facts.get("quotes", []) if QUOTE_SCRIPT in quote.get("text", "")]
    assert len(quotes) == 2 and all(quote.get("conflicts_with") for quote in quotes), quotes
    speakers = sorted(quote.get("speaker") or "" for quote in quotes)
    assert any("<script" in speaker for speaker in speakers), speakers  # a name that carries markup
    opened = open_page(storm_site.base_url)
    load(opened.page, "/quotes/")
    notes = shown_lines(opened.page, ".admonition.warning", "Sources disagree")
    assert len(notes) == 2 and all(note["markup"] == 0 for note in notes), notes
    named = "\n".join(str(note["text"]) for note in notes)
    assert all(speaker.split("<")[0].strip() in named for speaker in speakers), (speakers, named)
    assert "Reyes<script" in named, named  # the hostile name, as text, in the other quote's note
    shown = shown_lines(opened.page, ".ex-quote", QUOTE_SCRIPT)
    assert len(shown) == 2 and all(line["markup"] == 0 for line in shown), shown
    assert not opened.page.query_selector_all(f"article {MADE_FROM_TEXT}")
    assert not opened.watch.problems(), opened.watch.problems()


def test_the_numbers_chart_keeps_counted_words_as_text_everywhere(storm_site: ServedSite,
                                                                  open_page: PageFactory) -> None:
    charts = sorted((storm_site.root / "charts").glob("numbers-*.svg"))
    assert charts, "the counted ferries on two dates draw no numbers chart"
    chart = charts[0]
    csv_text = chart.with_suffix(".csv").read_text(encoding="utf-8")
    assert f"{COUNTED} in service · 1 March 2024" in csv_text, csv_text  # as written, dated in words
    opened = open_page(storm_site.base_url)
    page = opened.page
    load(page, "/numbers/")
    figure = page.locator(f"figure#chart-{chart.stem}")
    assert figure.count() == 1
    alt = figure.locator("img").get_attribute("alt") or ""
    assert COUNTED in alt, alt
    cells = page.eval_on_selector_all("details table td", "cells => cells.map(c => c.textContent.trim())")
    assert any(cell.startswith(COUNTED) for cell in cells), cells
    assert not figure.locator(MADE_FROM_TEXT).count()
    caption = figure.locator("figcaption").inner_text()
    caption += figure.locator(".explainer-chart__source").inner_text()
    assert OUTLET_A in caption and OUTLET_B in caption, caption
    # The SVG opened on its own, as a document: its text is text, and nothing in it runs.
    load(page, f"/charts/{chart.name}")
    assert page.evaluate("document.querySelectorAll('script, foreignObject, [onerror]').length") == 0
    assert COUNTED in page.evaluate("document.documentElement.textContent")
    assert not opened.watch.problems(), opened.watch.problems()


def test_updates_revisions_and_hostile_outlets_stay_text(storm_site: ServedSite,
                                                        open_page: PageFactory) -> None:
    opened = open_page(storm_site.base_url)
    load(opened.page, "/updates/")
    revisions = shown_lines(opened.page, "article li", "earlier reported as")
    assert any("earlier reported as 40" in str(line["text"]) for line in revisions), revisions
    assert any("earlier reported as 30" in str(line["text"]) for line in revisions), revisions
    assert all(line["markup"] == 0 for line in revisions), revisions
    headings = shown_lines(opened.page, "article h3", "Daily")
    assert any(OUTLET_B in str(heading["text"]) for heading in headings), headings
    assert all(heading["markup"] == 0 for heading in headings), headings
    developments = shown_lines(opened.page, "article li", COUNTED)
    assert developments and all(line["markup"] == 0 for line in developments), developments
    assert not opened.watch.problems(), opened.watch.problems()


def test_title_tooltips_and_search_keep_the_hostile_text(storm_site: ServedSite,
                                                        open_page: PageFactory) -> None:
    opened = open_page(storm_site.base_url)
    page = opened.page
    load(page, "/quotes/")
    assert TITLE in page.title(), page.title()
    load(page, "/numbers/")  # a number's tooltip: its counted words as text, its date in words
    tooltips = page.eval_on_selector_all("abbr[title]", "e => e.map(x => x.getAttribute('title'))")
    assert any(COUNTED in tip and "date: 1 March 2024" in tip for tip in tooltips), tooltips
    for index in range(page.locator("abbr").count()):
        page.locator("abbr").nth(index).hover(force=True, timeout=2000)
    assert not page.query_selector_all(".md-tooltip img, .md-tooltip script, .md-tooltip2 img")
    load(page, "/")
    results = search_results(page, "inspectors")
    assert any(QUOTE_SCRIPT in result["text"] for result in results), results
    assert not page.query_selector_all(f".md-search-result {MADE_FROM_TEXT}")
    search_index = (Path(storm_site.root) / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert(" not in search_index, "the search index holds raw script tags"
    assert not opened.watch.problems(), opened.watch.problems()
