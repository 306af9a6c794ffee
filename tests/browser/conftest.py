"""Fixtures of the browser tests: one headless Chromium and one built, served demo site per session.

Chromium is Debian's (`run.py test` installs it with apt-get); Playwright drives it through
`executable_path`, so no browser is ever downloaded. EXPLAINER_CHROMIUM points at another binary.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Page,
    Request,
    Response,
    Route,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from tests.browser.site_tools import load_facts, make_project, mkdocs_build, serve_folder
from tests.conftest import SEEDS

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}


def chromium_path() -> str:
    return os.environ.get("EXPLAINER_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    if not Path(executable).exists():
        pytest.fail(f"no Chromium at {executable}: run `python3.11 run.py test` (installs Debian's chromium) "
                    "or set EXPLAINER_CHROMIUM to a Chromium binary")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass(frozen=True)
class ServedSite:
    root: Path  # the built site folder
    base_url: str  # ends with "/"
    build_log: str
    facts: dict[str, Any] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """The demo explainer (the repo's seeds/), built once with `mkdocs build --strict` and served.

    EXPLAINER_BROWSER_SITE=<folder> serves an already built site instead, to iterate on templates
    without rebuilding; the suite as run by `run.py test` always builds.
    """
    prebuilt = os.environ.get("EXPLAINER_BROWSER_SITE")
    if prebuilt:
        site, log = Path(prebuilt).resolve(), f"(prebuilt site {prebuilt})"
    else:
        work = tmp_path_factory.mktemp("demo-site")
        project = make_project(work / "project", SEEDS)
        site = work / "site"
        log = mkdocs_build(project, site, strict=True)
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


@dataclass
class PageWatch:
    """Everything a page did that a reader should never meet: errors, failed loads, calls outside, dialogs."""

    base_url: str
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)
        page.on("dialog", self._on_dialog)

    def problems(self) -> list[str]:
        return [
            *(f"console error: {text}" for text in self.console_errors),
            *(f"failed request: {text}" for text in self.failed_requests),
            *(f"request leaving the site: {url}" for url in self.external_requests),
            *(f"dialog opened: {text}" for text in self.dialogs),
        ]

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location or {}
            origin = f"{where.get('url', '')}:{where.get('lineNumber', '')}"
            self.console_errors.append(f"{message.text} ({origin})")

    def _on_request_failed(self, request: Request) -> None:
        # net::ERR_ABORTED is the browser cancelling its own request (the page moved on before the
        # favicon came, under load): no fault of the site. A file the site lacks still fails, as an
        # HTTP 404 in `_on_response`.
        if request.url.startswith(self.base_url) and request.failure != "net::ERR_ABORTED":
            self.failed_requests.append(f"{request.url} ({request.failure})")

    def _on_response(self, response: Response) -> None:
        if response.url.startswith(self.base_url) and response.status >= 400:
            self.failed_requests.append(f"{response.url} (HTTP {response.status})")

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message!r} on {dialog.page.url if dialog.page else '?'}")
        with contextlib.suppress(PlaywrightError):  # the page may be gone; the dialog is recorded anyway
            dialog.dismiss()


@dataclass
class WatchedPage:
    page: Page
    watch: PageWatch


PageFactory = Callable[..., WatchedPage]


@pytest.fixture
def open_page(browser: Browser) -> Iterator[PageFactory]:
    """Opens pages in fresh browser contexts (no shared storage: each test starts in the default palette).

    Requests that leave the served site are aborted and recorded: the site must work offline and
    call no CDN; every other page event a reader would notice is recorded in the page's `watch`.
    """
    contexts: list[BrowserContext] = []

    def open_one(base_url: str, viewport: dict[str, int] | None = None, **options: Any) -> WatchedPage:
        context = browser.new_context(
            base_url=base_url, viewport=viewport or DESKTOP, reduced_motion="reduce", **options
        )
        contexts.append(context)
        watch = PageWatch(base_url)

        def refuse_outside(route: Route) -> None:
            watch.external_requests.append(route.request.url)
            route.abort()

        context.route(lambda url: not url.startswith(base_url), refuse_outside)
        page = context.new_page()
        watch.attach(page)
        return WatchedPage(page, watch)

    yield open_one
    for context in contexts:
        context.close()


# --------------------------------------------------------------------------- page helpers


def load(page: Page, path: str) -> None:
    response = page.goto(path, wait_until="networkidle")
    assert response is not None and response.ok, f"{path}: HTTP {response.status if response else 'none'}"


def search_results(page: Page, query: str) -> list[dict[str, str]]:
    """Type `query` into Material's search box and return its results (link and text of each)."""
    field = page.locator(".md-search__input")
    field.click()
    field.press_sequentially(query)
    page.locator(".md-search-result__item").first.wait_for(state="attached")
    return page.eval_on_selector_all(
        ".md-search-result__item a",
        "links => links.map(link => ({href: link.href, text: link.innerText}))",
    )
