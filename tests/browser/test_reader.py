"""The reader's site in a real headless Chromium (issue 18): true excerpts, the story-only site in
reading order, search that forgives accents, charts readable on a phone.

Besides the demo, a story of our own (tests/fixtures/accented: invented articles with accented names)
is built and searched, so that nothing here depends on the demo's names.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.ingest.reader import load_articles
from generator.render.excerpts import MAX_RUN, MAX_SHARE
from generator.render.layout import READING_ORDER
from tests.browser.conftest import DESKTOP, PageFactory, ServedSite, load, search_results
from tests.browser.site_tools import load_facts, make_project, mkdocs_build, pages_titled, serve_folder
from tests.conftest import FIXTURES, SEEDS

pytestmark = pytest.mark.browser

ACCENTED = FIXTURES / "accented"
PHONE = {"width": 390, "height": 844}
SMALLEST_PHONE_TEXT_PX = 11.0
TOOL_DOCS = ("editing/", "evaluation/", "performance/", "contract/")


@pytest.fixture(scope="module")
def accented_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    work = tmp_path_factory.mktemp("accented-site")
    project = make_project(work / "project", ACCENTED)
    site = work / "site"
    log = mkdocs_build(project, site, strict=True)
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def folded(text: str) -> str:
    """How a reader without an accented keyboard writes it: no accents, any case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def entity_named_like(site: ServedSite, query: str) -> tuple[str, str]:
    """(name, URL path) of the one entity with a page whose name contains the query's words when folded."""
    wanted = folded(query).split()
    names = [e["name"] for e in site.facts.get("entities", []) if all(w in folded(e["name"]) for w in wanted)]
    pages = pages_titled(site.root, "people", names)
    if len(pages) != 1:
        pytest.fail(f"expected one entity page matching {query!r}, found {pages} among {names}")
    return next(iter(pages.items()))


def first_result_path(page: Any, query: str) -> tuple[str, list[dict[str, str]]]:
    results = search_results(page, query)
    return urlsplit(results[0]["href"]).path, results


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize("query", ["Nunez Penalosa", "joaquin ibanez", "QUISPE MAMANI", "Rosalia"])
def test_search_without_accents_finds_the_person_first(
    accented_site: ServedSite, open_page: PageFactory, query: str
) -> None:
    name, path = entity_named_like(accented_site, query)
    assert folded(name) != name.casefold()  # the name has accents: the query really had to forgive
    opened = open_page(accented_site.base_url)
    load(opened.page, "/")
    first, results = first_result_path(opened.page, query)
    assert first == path, f"searching {query!r} should open {name} first:\n" + "\n".join(
        f"{r['href']}: {r['text'][:60]!r}" for r in results[:8]
    )
    assert not opened.watch.problems()


@pytest.mark.parametrize("query", ["Barcena", "Lopez Obrador"])
def test_search_on_the_demo_forgives_accents(
    demo_site: ServedSite, open_page: PageFactory, query: str
) -> None:
    name, path = entity_named_like(demo_site, query)
    opened = open_page(demo_site.base_url)
    load(opened.page, "/")
    first, results = first_result_path(opened.page, query)
    assert first == path, f"searching {query!r} should open {name} first, got " + str(results[:5])


@pytest.mark.parametrize("site_fixture", ["accented_site", "demo_site"])
def test_search_for_a_number_shows_its_fact_first(
    request: pytest.FixtureRequest, open_page: PageFactory, site_fixture: str
) -> None:
    site: ServedSite = request.getfixturevalue(site_fixture)
    quantities = [q for q in site.facts["quantities"] if re.search(r"\d billion", q["text"])]
    assert quantities, [q["text"] for q in site.facts["quantities"]]
    number = re.search(r"[\d.,]+ billion", quantities[0]["text"])  # "20 billion" in the demo
    assert number is not None
    opened = open_page(site.base_url)
    load(opened.page, "/")
    results = search_results(opened.page, number.group())
    assert urlsplit(results[0]["href"]).path == "/numbers/", results[:5]
    # Material lists the page, then its matching sections: the number's own entry is among them
    addresses = [urlsplit(r["href"]) for r in results]
    on_numbers = [r for r, a in zip(results, addresses, strict=True) if a.path == "/numbers/" and a.fragment]
    assert any(number.group() in r["text"] for r in on_numbers[:2]), on_numbers[:3]


# --------------------------------------------------------------------------- the story site


def test_navigation_reads_in_story_order_under_the_storys_title(
    demo_site: ServedSite, open_page: PageFactory
) -> None:
    opened = open_page(demo_site.base_url)
    load(opened.page, "/")
    links = opened.page.eval_on_selector_all(
        ".md-nav--primary > .md-nav__list > .md-nav__item",
        "items => items.map(item => (item.querySelector('a') || item.querySelector('label')).href"
        " || item.querySelector('a[href]')?.href || '')",
    )
    paths = [urlsplit(link).path.strip("/").split("/")[0] or "index" for link in links if link]
    known = [path for path in paths if path in READING_ORDER]
    assert known[:3] == ["index", "timeline", "people"], paths
    assert known == sorted(known, key=READING_ORDER.index), paths
    assert "updates" not in paths or paths.index("updates") > paths.index("reported")
    header = opened.page.locator(".md-header__topic").first.inner_text().strip()
    assert header == opened.page.locator("h1").first.inner_text().strip()
    assert header != "Explainer"
    index = opened.page.request.get(demo_site.url("/search/search_index.json")).json()
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith(TOOL_DOCS)]
    assert not any((demo_site.root / doc).exists() for doc in TOOL_DOCS)


# --------------------------------------------------------------------------- excerpts


def test_article_pages_quote_short_marked_excerpts_only(
    demo_site: ServedSite, open_page: PageFactory
) -> None:
    articles, _ = load_articles(SEEDS)
    words = {article.id: len(article.text.split()) for article in articles}
    by_title = {a["title"]: a["id"] for a in demo_site.facts["articles"]}
    pages = pages_titled(demo_site.root, "articles", list(by_title))
    assert len(pages) == len(by_title) > 1
    opened = open_page(demo_site.base_url)
    for title, path in sorted(pages.items()):
        load(opened.page, path)
        shown = opened.page.eval_on_selector_all(
            ".ex-article-text .ex-s",
            "spans => spans.map(s => ({id: s.id, text: s.innerText,"
            " excerpt: s.closest('p').classList.contains('ex-excerpt')}))",
        )
        quoted = sum(len(s["text"].split()) for s in shown)
        share = quoted / words[by_title[title]]
        assert share <= MAX_SHARE, f"{path} quotes {share:.0%} of the article"
        assert all(s["excerpt"] for s in shown), f"{path}: a sentence not marked as an excerpt"
        indexes = sorted(int(s["id"][1:]) for s in shown)
        longest = run = 0
        for previous, current in zip([-9, *indexes], indexes, strict=False):
            run = run + 1 if current == previous + 1 else 1
            longest = max(longest, run)
        assert longest <= MAX_RUN, f"{path}: {longest} consecutive sentences"
        original = demo_site.facts["articles"][list(by_title).index(title)].get("url")
        if original:
            assert opened.page.locator(f'.ex-note a[href="{original}"]').count() == 1
    assert not opened.watch.problems()


# --------------------------------------------------------------------------- charts


def chart_text_sizes(page: Any, site: ServedSite) -> list[tuple[str, float, float]]:
    """(chart, smallest, largest) text size in CSS px as each chart is displayed on the page."""
    sizes = []
    for chart in page.eval_on_selector_all(
        "img.explainer-chart__image",
        "imgs => imgs.map(i => ({src: i.src, width: i.getBoundingClientRect().width}))",
    ):
        svg = ET.fromstring(page.request.get(chart["src"]).text())
        view_width = float(svg.attrib["viewBox"].split()[2])
        styles = ET.tostring(svg, encoding="unicode")
        fonts = [float(size) for size in re.findall(r"font-size:\s*([\d.]+)px", styles)]
        assert fonts, f"{chart['src']} has no text"
        scale = chart["width"] / view_width
        sizes.append((chart["src"], min(fonts) * scale, max(fonts) * scale))
    return sizes


@pytest.mark.parametrize("path", ["/", "/timeline/", "/numbers/", "/people/", "/sources/"])
def test_chart_text_is_readable_on_a_phone_and_never_outgrows_body_text(
    demo_site: ServedSite, open_page: PageFactory, path: str
) -> None:
    phone = open_page(demo_site.base_url, viewport=PHONE)
    load(phone.page, path)
    on_phone = chart_text_sizes(phone.page, demo_site)
    desktop = open_page(demo_site.base_url, viewport=DESKTOP)
    load(desktop.page, path)
    on_desktop = chart_text_sizes(desktop.page, demo_site)
    body = float(desktop.page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)"
    ))
    for src, smallest, _ in on_phone:
        assert smallest >= SMALLEST_PHONE_TEXT_PX, f"{src}: {smallest:.1f} px on a 390 px phone"
    for src, _, largest in on_desktop:
        assert largest <= body, f"{src}: {largest:.1f} px on the desktop, body text is {body:.1f} px"
    if path == "/timeline/":
        assert on_phone, "the timeline page shows no chart"
