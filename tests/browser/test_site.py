"""The demo explainer in a real headless Chromium (issue 7, "Proven by").

Every page type loads cleanly, search finds a person, a policy and a number, every internal link
and image resolves, the light/dark toggle works, axe-core finds no serious or critical violation, and the
README's screenshots are regenerated from the built site.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser.conftest import DESKTOP, PageFactory, ServedSite, load, search_results
from tests.browser.site_tools import (
    article_page,
    broken_references,
    entity_page,
    html_files,
    person_page,
    site_pages,
)
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

# Issue 7's pages at fixed addresses; a person and an article page are found through facts.json.
FIXED_PAGES = {
    "home": "/",
    "timeline": "/timeline/",
    "numbers": "/numbers/",
    "people": "/people/",
    "quotes": "/quotes/",
    "reported": "/reported/",
    "sources": "/sources/",
    "articles": "/articles/",
    "data": "/data/",
}
PAGE_KINDS = [*FIXED_PAGES, "person", "article"]
AXE_PAGES = ["home", "timeline", "person", "article"]
BLOCKING_IMPACTS = {"serious", "critical"}
SCREENSHOTS = ROOT / "docs" / "assets" / "screenshots"
PHONE = {"width": 390, "height": 844}
PALETTE_TOGGLE = 'label.md-header__button[for^="__palette"]:visible'
SCHEME = "document.body.getAttribute('data-md-color-scheme')"
BACKGROUND = "getComputedStyle(document.body).backgroundColor"


def page_path(site: ServedSite, kind: str) -> str:
    """The URL path of one page of `kind`; fails the test (never skips) when the site lacks it."""
    if kind == "person":
        return person_page(site.root, site.facts)[0]
    if kind == "article":
        return article_page(site.root, site.facts)
    path, pages = FIXED_PAGES[kind], site_pages(site.root)
    if path not in pages:
        pytest.fail(f"the site has no {kind} page at {path} (issue 7 lists one); it has {pages}")
    return path


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_type_loads_without_errors(demo_site: ServedSite, open_page: PageFactory, kind: str) -> None:
    path = page_path(demo_site, kind)
    opened = open_page(demo_site.base_url)
    load(opened.page, path)
    assert opened.page.locator("article h1").count() == 1, f"{path} has no single page title"
    problems = opened.watch.problems()
    assert not problems, f"{path}:\n" + "\n".join(problems)


def test_every_internal_link_and_image_resolves(demo_site: ServedSite) -> None:
    pages = html_files(demo_site.root)
    assert len(pages) > len(PAGE_KINDS), f"only {len(pages)} HTML files in {demo_site.root}"
    problems = broken_references(demo_site.root)
    assert not problems, f"{len(problems)} broken references:\n" + "\n".join(problems[:60])


# --------------------------------------------------------------------------- search




def _describe(results: list[dict[str, str]]) -> str:
    return "\n".join(f"{urlsplit(r['href']).path}#{urlsplit(r['href']).fragment}: {r['text'][:80]!r}"
                     for r in results[:20])


@pytest.mark.parametrize(("entity_type", "query_words"), [("person", "surname"), ("law", "name")])
def test_search_finds_an_entity(
    demo_site: ServedSite, open_page: PageFactory, entity_type: str, query_words: str
) -> None:
    """Searching a person's surname, or a policy's name, lands on their page or a section naming them."""
    path, entity = entity_page(demo_site.root, demo_site.facts, entity_type)
    name = entity["name"]
    query = name.split()[-1] if query_words == "surname" else name
    opened = open_page(demo_site.base_url)
    load(opened.page, "/")
    results = search_results(opened.page, query)
    on_their_page = [r for r in results if urlsplit(r["href"]).path == path]
    naming_them = [r for r in results if name.casefold() in " ".join(r["text"].split()).casefold()]
    assert on_their_page or naming_them, (
        f"searching {query!r} finds neither {path} nor a section naming {name}:\n" + _describe(results)
    )
    problems = opened.watch.problems()
    assert not problems, "\n".join(problems)


def searchable_number(facts: dict[str, Any]) -> str:
    """The numeric token (e.g. `4,200`) of the best-sourced quantity in facts.json."""
    quantities = sorted(facts.get("quantities", []), key=lambda q: (-len(q.get("sources", [])), q["id"]))
    for quantity in quantities:
        match = re.search(r"\d[\d,.]*\d|\d", quantity.get("text", ""))
        if match:
            return match.group()
    pytest.fail("facts.json has no quantity with digits in its text to search for")


def test_search_finds_a_number(demo_site: ServedSite, open_page: PageFactory) -> None:
    number = searchable_number(demo_site.facts)
    opened = open_page(demo_site.base_url)
    load(opened.page, "/")
    results = search_results(opened.page, number)
    assert any(number in r["text"] for r in results), (
        f"searching {number!r} finds no section containing it:\n" + _describe(results)
    )
    problems = opened.watch.problems()
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- palette


def test_palette_toggle_switches_to_dark_and_back(demo_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(demo_site.base_url, color_scheme="light")
    page = opened.page
    load(page, "/")
    light_background = page.evaluate(BACKGROUND)
    assert page.evaluate(SCHEME) == "default"

    page.locator(PALETTE_TOGGLE).click()
    page.wait_for_function(f"{SCHEME} === 'slate'")
    dark_background = page.evaluate(BACKGROUND)
    assert dark_background != light_background, f"background stays {light_background} in dark mode"

    page.locator(PALETTE_TOGGLE).click()
    page.wait_for_function(f"{SCHEME} === 'default'")
    assert page.evaluate(BACKGROUND) == light_background
    problems = opened.watch.problems()
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- accessibility


def blocking_violations(results: dict[str, Any]) -> list[str]:
    """Serious and critical axe violations, one line per element: rule, impact, selector, HTML."""
    lines = []
    for violation in results["violations"]:
        if violation.get("impact") not in BLOCKING_IMPACTS:
            continue
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node.get("target", []))
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} | {target} | "
                         f"{node.get('html', '')[:160]}")
    return lines


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", AXE_PAGES)
def test_no_serious_accessibility_violations(
    demo_site: ServedSite, open_page: PageFactory, axe: Axe, kind: str, scheme: str
) -> None:
    path = page_path(demo_site, kind)
    # Material picks the palette whose media query matches when the reader has not chosen one.
    opened = open_page(demo_site.base_url, color_scheme=scheme)
    load(opened.page, path)
    expected = "slate" if scheme == "dark" else "default"
    assert opened.page.evaluate(SCHEME) == expected
    violations = blocking_violations(axe.run(opened.page).response)
    assert not violations, f"{path} ({scheme}):\n" + "\n".join(violations)


# --------------------------------------------------------------------------- screenshots


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def write_if_changed(path: Path, data: bytes) -> None:
    """Only changed bytes are written, so a rerun leaves git status quiet."""
    if not path.exists() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def take_screenshot(opened_page: Page, path: str) -> bytes:
    load(opened_page, path)
    return opened_page.screenshot(animations="disabled", caret="hide")


def test_screenshots_for_the_readme(demo_site: ServedSite, open_page: PageFactory) -> None:
    person = person_page(demo_site.root, demo_site.facts)[0]
    shots = {
        "home": ("/", DESKTOP, "light"),
        "timeline": ("/timeline/", DESKTOP, "light"),
        "person": (person, DESKTOP, "light"),
        "home-dark": ("/", DESKTOP, "dark"),
        "home-phone": ("/", PHONE, "light"),
    }
    problems: list[str] = []
    for name, (path, viewport, scheme) in shots.items():
        opened = open_page(demo_site.base_url, viewport=viewport, color_scheme=scheme)
        data = take_screenshot(opened.page, path)
        assert png_size(data) == (viewport["width"], viewport["height"]), name
        write_if_changed(SCREENSHOTS / f"{name}.png", data)
        if name == "home-phone":
            overflow = opened.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                problems.append(f"the home page is {overflow}px wider than a {PHONE['width']}px phone")
        problems += [f"{name}: {problem}" for problem in opened.watch.problems()]
    assert not problems, "\n".join(problems)


def test_chart_screenshots_in_both_palettes(demo_site: ServedSite, open_page: PageFactory) -> None:
    """The charts are images drawn for a light page; the dark palette must still show them readably."""
    for scheme, name in (("light", "chart-numbers"), ("dark", "chart-numbers-dark")):
        opened = open_page(demo_site.base_url, viewport=DESKTOP, color_scheme=scheme)
        load(opened.page, "/numbers/")
        figure = opened.page.locator("figure.explainer-chart").first
        figure.scroll_into_view_if_needed()
        image = figure.locator("img")
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart image did not load"
        assert image.get_attribute("alt"), "a chart without alt text"
        write_if_changed(SCREENSHOTS / f"{name}.png", figure.screenshot(animations="disabled"))
        assert not opened.watch.problems(), opened.watch.problems()
