"""A long story's lists in a real Chromium: the timeline, the updates log and the sources split into
a page per period (issue 19), and a reader still reaching every entry from the list's short overview.

The demo's articles are built with the split limits turned down (mkdocs.yml's `list_page_facts` and
`updates_page_days`), so that a two-article story has the shape of a long one."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import DESKTOP, PageFactory, ServedSite, load, search_results
from tests.browser.site_tools import load_facts, make_project, mkdocs_build, serve_folder, set_plugin_option
from tests.conftest import SEEDS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    work = tmp_path_factory.mktemp("split-site")
    project = make_project(work / "project", SEEDS)
    set_plugin_option(project, "list_page_facts", "1")  # the sources too: its two articles
    set_plugin_option(project, "updates_page_days", "1")
    site = work / "site"
    log = mkdocs_build(project, site, strict=True)
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def period_links(page: Page) -> list[tuple[str, str]]:
    """(label, absolute URL) of the overview's table of periods, in the order shown (newest first)."""
    return page.eval_on_selector_all(
        "#by-period ~ table a, #by-period ~ div table a",  # Material wraps tables in a div
        "links => links.map(link => [link.innerText, link.href])",
    )


# the demo's events span several months; its two articles came out in one month
@pytest.mark.parametrize(("overview", "periods"), [("timeline", 2), ("updates", 1), ("sources", 1)])
def test_a_reader_reaches_the_oldest_entry_from_the_short_list_page(
    split_site: ServedSite, open_page: PageFactory, overview: str, periods: int
) -> None:
    opened = open_page(split_site.base_url, viewport=DESKTOP)
    page = opened.page
    load(page, f"/{overview}/")
    links = period_links(page)
    assert len(links) >= periods, f"/{overview}/ lists {links}"
    newest_ids = set(page.eval_on_selector_all(
        "#newest ~ ul a", "links => links.map(link => new URL(link.href).hash.slice(1))"))
    label, _ = links[-1]  # the oldest period is the table's last row
    page.get_by_role("link", name=label, exact=True).first.click()
    page.wait_for_load_state("networkidle")
    path = urlsplit(page.url).path
    assert path.startswith(f"/{overview}/") and path != f"/{overview}/", page.url
    assert page.locator("h1").inner_text().endswith(label)
    entries = page.eval_on_selector_all(
        "article [id]", "nodes => nodes.map(node => node.id).filter(id => id && !id.startsWith('__'))")
    older = [ident for ident in entries if ident not in newest_ids and ident not in ("by-period", "newest")]
    assert older, f"{page.url}: no entry of its own"
    # the way back to the overview, on the page itself (period pages are not in the sidebar)
    page.get_by_role("link", name="All periods").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == f"/{overview}/"
    assert opened.watch.problems() == []


def test_a_newest_entry_s_link_lands_on_its_entry(split_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(split_site.base_url)
    page = opened.page
    load(page, "/timeline/")
    first = page.locator("#newest ~ ul a", has_text="details").first
    target = first.get_attribute("href") or ""
    first.click()
    page.wait_for_load_state("networkidle")
    anchor, path = target.partition("#")[2], urlsplit(page.url).path
    assert anchor and path.startswith("/timeline/") and path != "/timeline/", page.url
    assert page.locator(f"[id='{anchor}']").count() == 1
    assert opened.watch.problems() == []


def test_search_finds_an_entry_on_its_period_page(split_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(split_site.base_url)
    page = opened.page
    load(page, "/timeline/")
    oldest = period_links(page)[-1][1]
    load(page, urlsplit(oldest).path)
    heading = page.locator("article .ex-fact-title").first.inner_text().strip()
    words = [word for word in heading.replace("¶", "").split() if len(word) > 3][:3]
    assert words, heading
    results = search_results(page, " ".join(words))
    period_path = urlsplit(page.url).path
    assert any(urlsplit(result["href"]).path == period_path for result in results), (words, results[:5])


def test_every_article_is_reached_from_the_sources_overview(
    split_site: ServedSite, open_page: PageFactory
) -> None:
    """Each outlet's periods on the overview lead to its section of a period page, which links every
    article of the site (pages under articles/<year>/<month>/ other than the month's index)."""
    articles = {path.parent.relative_to(split_site.root).as_posix()
                for path in split_site.root.glob("articles/*/*/*/index.html")}
    assert len(articles) >= 2, articles
    opened = open_page(split_site.base_url)
    page = opened.page
    load(page, "/sources/")
    periods = page.eval_on_selector_all("article a[href*='#o-']", "links => links.map(link => link.href)")
    assert periods, "the overview leads to no outlet's period"
    reached: set[str] = set()
    for url in periods:
        load(page, urlsplit(url).path)
        anchor = urlsplit(url).fragment
        assert page.locator(f"[id='{anchor}']").count() == 1, url
        links = page.eval_on_selector_all(
            "article a[href*='/articles/']", "links => links.map(link => new URL(link.href).pathname)")
        reached |= {path.strip("/") for path in links}
    assert articles <= reached, sorted(articles - reached)
    assert opened.watch.problems() == []
