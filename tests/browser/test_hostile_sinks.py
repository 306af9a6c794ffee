"""Script sinks of the theme and the page head, in a real browser (issue 14).

Invented articles and editor YAML put markup where Material used to turn text back into HTML: the
<title> (Material's `striptags` un-escapes entities), tooltips copied into innerHTML on hover (long
titles truncated in the header, sidebar and table of contents; number tooltips built from an editor's
unit, about, qualifier and rate). Every page is loaded, every element that can show a tooltip is
hovered and the search box is used; a dialog opening anywhere fails the test.

Behind the escaping, every page carries a Content-Security-Policy: a page with an inline script and
an `onerror` handler planted as raw HTML (escaping bypassed on purpose) runs neither, while the
theme's own scripts, search and the palette toggle keep working without a single CSP violation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PageFactory, ServedSite, load, search_results
from tests.browser.site_tools import load_facts, make_project, mkdocs_build, serve_folder, site_pages

pytestmark = pytest.mark.browser

LONG_WORD = "Supercalifragilisticexpialidociousharbourmasterassociationchairperson"
ARTICLES = {
    "harbour-vote.txt": (
        'Harbour vote </title><script>alert("txt-title")</script> ends in a tie, and a long headline that '
        'the header must cut short <img src=x onerror=alert("header")> here\n\n'
        "The Northport harbour council met on 12 March 2024. Councillor Jane Doe said fares would rise "
        "by 5% next year.\n\n"
        '"We cannot keep the ferries running at this price," said Jane Doe, the council\'s treasurer.\n\n'
        "About 340 workers joined the strike on 14 March 2024, according to the union.\n"
    ),
    "ferry-talks.md": (
        "---\n"
        f"title: \"{LONG_WORD}<img src=x onerror=alert('sidebar')>{LONG_WORD} ferry talks\"\n"
        f"author: \"{LONG_WORD}<img src=x onerror=alert('author')>{LONG_WORD}\"\n"
        "published: 2024-03-15\n"
        "---\n"
        "The ferry union and the port authority ended talks on 15 March 2024 without a deal.\n\n"
        f"{LONG_WORD}<img src=x onerror=alert('claim')> said that 2,000 passengers were stranded.\n"
    ),
    "port-page.html": (
        "<html><head><title>&lt;/title&gt;&lt;script&gt;alert(&quot;html-title&quot;)&lt;/script&gt;</title>"
        '<meta property="og:title" content="&lt;/title&gt;&lt;script&gt;alert(&quot;og-title&quot;)'
        '&lt;/script&gt;"></head><body><article>'
        "<p>The port authority said on 16 March 2024 that 12 ships were waiting outside Northport.</p>"
        "<p>Port director Ann Lee said the queue would grow.</p></article></body></html>"
    ),
}
SIDECARS = {
    "quay-notes.txt": "Quay notes\n\nJane Doe said on 17 March 2024 that the quay would reopen.\n",
    "quay-notes.yml": "title: \"Quay </title><script>alert('sidecar-title')</script> notes\"\n",
}
STORY_YML = """\
title: "Northport ferries </title><script>alert('story-title')</script>"
entities:
  jane-doe:
    name: "Jane </title><script>alert('entity-name')</script> Doe"
add:
  quantities:
    - id: hostile-number
      text: 12 ships
      value: 12
      unit: "ships<img src=x onerror=alert('unit')>"
      about: "ships waiting <img src=x onerror=alert('about')>"
      qualifier: "about<img src=x onerror=alert('qualifier')>"
      rate: "per day<img src=x onerror=alert('rate')>"
      source:
        article: port-page
        text: 12 ships were waiting
"""
# Raw HTML in a hand-written page: Markdown passes it through, so only the policy can stop it.
PLANTED_PAGE = """\
# Planted

<script>window.plantedInline = true; alert("planted-inline");</script>
<img src="data:image/png;base64,AAAA" onerror="window.plantedHandler = 1; alert('planted-handler')" alt="x">
<a href="javascript:alert('planted-url')" id="planted-link">a link</a>
"""
TOOLTIP_HOLDERS = "[title], abbr, .md-ellipsis"
CSP_VIOLATION = re.compile(r"Content Security Policy", re.IGNORECASE)
# Markup that would exist only if hovering turned text into HTML.
INJECTED = "img[src='x'], .md-tooltip img, .md-tooltip2 img, .md-tooltip script, .md-tooltip2 script"


def write_sink_project(folder: Path) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for name, text in {**ARTICLES, **SIDECARS}.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "story.yml").write_text(STORY_YML, encoding="utf-8")
    project = make_project(folder / "project", seeds)
    (project / "docs" / "planted.md").write_text(PLANTED_PAGE, encoding="utf-8")
    # A site that turns Material's innerHTML tooltips back on: the plugin must switch them off again.
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    - toc.follow\n", "    - toc.follow\n    - content.tooltips\n"), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def sink_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    work = tmp_path_factory.mktemp("sink-site")
    project = write_sink_project(work)
    site = work / "site"
    log = mkdocs_build(project, site, strict=False)
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def article_pages(site: ServedSite) -> list[str]:
    """Every page but the one with planted raw HTML (whose refused scripts the browser reports)."""
    return [path for path in site_pages(site.root) if not path.startswith("/planted/")]


def hover_everything(page: Page) -> int:
    """Hover every element that can show a tooltip (Material marks truncated ones on load)."""
    page.wait_for_timeout(100)  # Material checks truncation after the first render
    holders = page.locator(TOOLTIP_HOLDERS)
    hovered = 0
    for index in range(holders.count()):
        holder = holders.nth(index)
        if not holder.is_visible():
            continue
        # Header topics overlap (site name and page title): the event reaches each one directly,
        # and the pointer moves there too, as a reader's would.
        holder.dispatch_event("mouseenter")
        holder.hover(force=True, timeout=2000)
        hovered += 1
    page.wait_for_timeout(100)
    return hovered


def test_the_plugin_turns_off_innerhtml_tooltips_and_says_so(sink_site: ServedSite) -> None:
    assert "content.tooltips" in sink_site.build_log, sink_site.build_log[-3000:]
    config = (sink_site.root / "index.html").read_text(encoding="utf-8")
    assert '"content.tooltips"' not in config


def test_titles_stay_text_in_the_html_head(sink_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(sink_site.base_url)
    titles = []
    for path in article_pages(sink_site):
        load(opened.page, path)
        titles.append(opened.page.title())
        scripts = opened.page.eval_on_selector_all("head script", "s => s.map(x => x.text)")
        assert not [text for text in scripts if "alert(" in text], f"{path}: {scripts}"
    for payload in ('</title><script>alert("txt-title")</script>',
                    '</title><script>alert("og-title")</script>',
                    "</title><script>alert('sidecar-title')</script>",
                    "</title><script>alert('entity-name')</script>"):
        assert any(payload in title for title in titles), f"{payload!r} is not shown as text: {titles}"
    assert not opened.watch.problems(), "\n".join(opened.watch.problems())


def test_hovering_every_tooltip_on_every_page_runs_nothing(
    sink_site: ServedSite, open_page: PageFactory
) -> None:
    opened = open_page(sink_site.base_url, viewport={"width": 1280, "height": 900})
    page = opened.page
    hovered, injected = 0, []
    for path in article_pages(sink_site):
        load(page, path)
        hovered += hover_everything(page)
        found = page.eval_on_selector_all(INJECTED, "e => e.map(x => x.outerHTML)")
        injected += [f"{path}: {html}" for html in found]
    assert hovered > 50, f"only {hovered} elements hovered"
    assert not injected, "\n".join(injected[:20])
    # Dialogs and console errors only: moving on quickly may abort a favicon load, which is no harm.
    assert not opened.watch.dialogs, opened.watch.dialogs
    assert not opened.watch.console_errors, opened.watch.console_errors[:30]


def test_truncated_titles_and_number_details_keep_the_payload_as_plain_tooltip_text(
    sink_site: ServedSite, open_page: PageFactory
) -> None:
    opened = open_page(sink_site.base_url)
    page = opened.page
    titles: list[str] = []
    for path in ("/", "/numbers/", *[p for p in article_pages(sink_site) if p.startswith("/articles/")]):
        load(page, path)
        hover_everything(page)
        titles += page.eval_on_selector_all("[title]", "e => e.map(x => x.getAttribute('title'))")
    shown = "\n".join(titles)
    for payload in ("onerror=alert('unit')", "onerror=alert('about')", "onerror=alert('qualifier')",
                    "onerror=alert('rate')", "onerror=alert('sidebar')"):
        assert payload in shown, f"{payload!r} is in no tooltip as text; tooltips: {titles[:40]}"


def test_search_shows_hostile_titles_as_text(sink_site: ServedSite, open_page: PageFactory) -> None:
    opened = open_page(sink_site.base_url)
    load(opened.page, "/")
    results = search_results(opened.page, "onerror")
    assert results, "searching 'onerror' finds nothing"
    assert not opened.page.query_selector_all(INJECTED)
    assert not opened.watch.problems(), "\n".join(opened.watch.problems())


def csp_violations(messages: list[str]) -> list[str]:
    return [message for message in messages if CSP_VIOLATION.search(message)]


def test_every_page_carries_the_policy_and_the_site_causes_no_violation(
    sink_site: ServedSite, open_page: PageFactory
) -> None:
    opened = open_page(sink_site.base_url)
    for path in article_pages(sink_site):
        load(opened.page, path)
        policy = opened.page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content") or ""
        for directive in ("script-src 'self' 'sha256-", "object-src 'none'", "base-uri 'self'"):
            assert directive in policy, f"{path}: {directive!r} missing from the policy {policy!r}"
        assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";")[0], policy
    assert not opened.watch.problems(), "\n".join(opened.watch.problems())


def test_planted_inline_script_and_handler_do_not_run_and_the_site_still_works(
    sink_site: ServedSite, open_page: PageFactory
) -> None:
    opened = open_page(sink_site.base_url, color_scheme="light")
    page = opened.page
    load(page, "/planted/")
    assert page.locator("#planted-link").count() == 1, "the planted markup is not on the page"
    page.locator("#planted-link").click()
    ran = page.evaluate("[window.plantedInline === true, window.plantedHandler === 1]")
    assert ran == [False, False], f"planted inline script / handler ran: {ran}"
    assert not opened.watch.dialogs, opened.watch.dialogs
    refused = csp_violations(opened.watch.console_errors)
    assert refused, "the browser reported no refused script: is the policy there?"
    # The theme's own scripts ran: Material set up search and the palette, explainer.js is loaded.
    assert page.evaluate("typeof window.document$ !== 'undefined' && typeof __md_scope !== 'undefined'")
    assert search_results(page, "ferry"), "search finds nothing on the planted page"
    page.keyboard.press("Escape")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    page.locator('label.md-header__button[for^="__palette"]:visible').click()
    page.wait_for_function(f"{scheme} === 'slate'")
    script_sources = page.eval_on_selector_all("script[src]", "s => s.map(x => x.src)")
    assert any(src.endswith("assets/explainer.js") for src in script_sources), script_sources
    others = [error for error in opened.watch.console_errors if error not in refused]
    assert not others, others
