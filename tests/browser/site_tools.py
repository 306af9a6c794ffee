"""Build a site in a throw-away project, serve it on 127.0.0.1, and read its files without a browser.

The browser tests never build into the repository: a temp project gets copies of mkdocs.yml, the
templates, the hand-written docs and the articles to use, so the real configuration is what is tested.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ROOT

# Folders of a project that the site is made of, besides the articles.
PROJECT_FOLDERS = ("site-templates", "docs")
# Attributes through which a page loads or links to another file.
REFERENCE_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "img": ("src",),
    "script": ("src",),
    "source": ("src",),
    "iframe": ("src",),
    "object": ("data",),
}
MKDOCS_TIMEOUT_SECONDS = 600  # a guard against a hung build, far above a normal build


# --------------------------------------------------------------------------- building


def make_project(destination: Path, seeds: Path) -> Path:
    """A project folder holding the repo's mkdocs.yml, templates and docs, with `seeds` as its articles."""
    destination.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    # symlinks=True keeps links as links, so the generator's own checks on them are what runs.
    shutil.copytree(seeds, destination / "seeds", symlinks=True)
    for folder in PROJECT_FOLDERS:
        source = ROOT / folder
        if source.is_dir():
            shutil.copytree(source, destination / folder, symlinks=True)
        else:
            (destination / folder).mkdir()
    return destination


def set_plugin_option(project: Path, name: str, value: str) -> None:
    """Change one option of the explainer plugin in the project's copied mkdocs.yml."""
    config_file = project / "mkdocs.yml"
    config = config_file.read_text(encoding="utf-8")
    changed, count = re.subn(rf"(?m)^(\s+{re.escape(name)}:\s*)\S+.*$", rf"\g<1>{value}", config)
    if count != 1:
        pytest.fail(f"mkdocs.yml sets the explainer option {name!r} {count} times; the test expects once")
    config_file.write_text(changed, encoding="utf-8")


def build_from_articles(work: Path, articles: dict[str, str],
                        options: dict[str, str] | None = None) -> tuple[Path, str]:
    """Write `articles` (file name -> text) as a project's seeds under `work`, set its plugin
    `options`, and build it with `mkdocs build` (not strict): the site folder and the build's log."""
    seeds = work / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    project = make_project(work / "project", seeds)
    for name, value in (options or {}).items():
        set_plugin_option(project, name, value)
    site = work / "site"
    return site, mkdocs_build(project, site, strict=False)


def mkdocs_build(project: Path, site: Path, *, strict: bool) -> str:
    """Run `mkdocs build` in `project` into `site`; fail the test with MkDocs' own output if it fails."""
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(site)]
    if strict:
        command.insert(4, "--strict")
    completed = subprocess.run(
        command, cwd=project, capture_output=True, text=True, timeout=MKDOCS_TIMEOUT_SECONDS,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    if completed.returncode != 0:
        pytest.fail(f"`{' '.join(command[1:])}` failed in {project}:\n{completed.stderr[-6000:]}")
    return completed.stderr


# --------------------------------------------------------------------------- serving


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are checked in the browser; the access log would only flood pytest's output."""


@contextmanager
def serve_folder(root: Path) -> Iterator[str]:
    """Serve `root` over HTTP on an ephemeral port of 127.0.0.1; yields the base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --------------------------------------------------------------------------- reading built pages


@dataclass
class HtmlFile:
    """What the link checker and the page finder need from one HTML file."""

    ids: set[str] = field(default_factory=set)
    references: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, value)
    h1: str = ""


class _HtmlScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result = HtmlFile()
        self._h1_depth = 0
        self._h1_parts: list[str] = []
        self._in_headerlink = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if values.get("id"):
            self.result.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.result.ids.add(values["name"])
        for attribute in REFERENCE_ATTRIBUTES.get(tag, ()):
            if attribute in values:
                self.result.references.append((tag, attribute, values[attribute]))
        if tag == "h1":
            self._h1_depth += 1
        # The permalink "¶" that the toc extension appends is not part of the title.
        self._in_headerlink = self._in_headerlink or "headerlink" in values.get("class", "").split()

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_headerlink = False
        if tag == "h1" and self._h1_depth:
            self._h1_depth -= 1
            if not self.result.h1:
                self.result.h1 = " ".join("".join(self._h1_parts).split())

    def handle_data(self, data: str) -> None:
        if self._h1_depth and not self._in_headerlink:
            self._h1_parts.append(data)


@functools.lru_cache(maxsize=4096)
def _scan_cached(path: Path, size: int, mtime_ns: int) -> HtmlFile:
    scanner = _HtmlScanner()
    scanner.feed(path.read_text(encoding="utf-8"))
    scanner.close()
    return scanner.result


def scan_html(path: Path) -> HtmlFile:
    stat = path.stat()
    return _scan_cached(path, stat.st_size, stat.st_mtime_ns)


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def page_url_path(site: Path, html_file: Path) -> str:
    """The URL path a browser uses for a built page: `people/x/index.html` -> `/people/x/`."""
    relative = html_file.relative_to(site).as_posix()
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative


def site_pages(site: Path) -> list[str]:
    """URL paths of every page of the site (the 404 page is not one a reader navigates to)."""
    return [page_url_path(site, path) for path in html_files(site) if path.name != "404.html"]


@dataclass(frozen=True)
class Reference:
    """One link or embedded file of a page, resolved to the file it needs."""

    page: Path
    tag: str
    value: str
    target: Path
    fragment: str


def internal_references(site: Path, page: Path) -> Iterator[Reference]:
    """Every reference of `page` that points into the site (external and data: URLs are skipped)."""
    for tag, _attribute, value in scan_html(page).references:
        parts = urlsplit(value)
        if parts.scheme or parts.netloc or value.startswith("//"):
            continue
        path = unquote(parts.path)
        if not path:
            target = page
        elif path.startswith("/"):
            target = Path(os.path.normpath(site / path.lstrip("/")))
        else:
            target = Path(os.path.normpath(page.parent / path))
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        yield Reference(page, tag, value, target, unquote(parts.fragment))


def broken_references(site: Path) -> list[str]:
    """Descriptions of every internal link or image that resolves to no file, or to a missing anchor."""
    problems: list[str] = []
    site = site.resolve()
    for page in html_files(site):
        shown = page.relative_to(site).as_posix()
        for reference in internal_references(site, page):
            if not reference.target.is_relative_to(site):
                problems.append(f"{shown}: <{reference.tag}> {reference.value!r} points outside the site")
            elif not reference.target.is_file():
                problems.append(f"{shown}: <{reference.tag}> {reference.value!r} -> no file "
                                f"{reference.target.relative_to(site).as_posix()}")
            elif (reference.fragment and reference.target.suffix == ".html"
                  and reference.fragment not in scan_html(reference.target).ids):
                problems.append(f"{shown}: <{reference.tag}> {reference.value!r} -> no id "
                                f"{reference.fragment!r} in {reference.target.relative_to(site).as_posix()}")
    return problems


# --------------------------------------------------------------------------- what the site is about


def load_facts(site: Path) -> dict[str, Any]:
    """The site's published facts.json (issue 7: the Data page), the same contract as `extract`."""
    candidates = sorted(site.rglob("facts.json"), key=lambda path: (path.parent.name != "data", str(path)))
    if not candidates:
        pytest.fail(f"the built site has no facts.json (expected data/facts.json under {site})")
    return json.loads(candidates[0].read_text(encoding="utf-8"))


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def pages_titled(site: Path, folder: str, titles: list[str]) -> dict[str, str]:
    """{title: URL path} of the pages below `folder` (not its own index) whose h1 is one of `titles`."""
    wanted = {_normalised(title): title for title in titles if title}
    found: dict[str, str] = {}
    for path in html_files(site / folder) if (site / folder).is_dir() else []:
        if path.parent == site / folder:
            continue  # the folder's own index page
        title = wanted.get(_normalised(scan_html(path).h1))
        if title is not None:
            found.setdefault(title, page_url_path(site, path))
    return found


def entities_by_prominence(facts: dict[str, Any], entity_type: str) -> list[dict[str, Any]]:
    """Entities of one type (person, law, ...), most mentioned first (ties by id: a stable choice)."""
    chosen = [entity for entity in facts.get("entities", []) if entity.get("type") == entity_type]
    return sorted(chosen, key=lambda entity: (-len(entity.get("mentions", [])), entity["id"]))


def entity_page(site: Path, facts: dict[str, Any], entity_type: str) -> tuple[str, dict[str, Any]]:
    """(URL path, entity) of the most mentioned entity of `entity_type` that has a page under /people/."""
    entities = entities_by_prominence(facts, entity_type)
    pages = pages_titled(site, "people", [entity["name"] for entity in entities])
    for entity in entities:
        if entity["name"] in pages:
            return pages[entity["name"]], entity
    names = ", ".join(entity["name"] for entity in entities[:10]) or "none"
    pytest.fail(f"no page under /people/ has the name of an entity of type {entity_type!r} as its title "
                f"(such entities in facts.json: {names})")


def person_page(site: Path, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return entity_page(site, facts, "person")


def article_page(site: Path, facts: dict[str, Any]) -> str:
    """URL path of the first article's page under /articles/ (found by its title)."""
    titles = [article.get("title") or "" for article in facts.get("articles", [])]
    pages = pages_titled(site, "articles", titles)
    for title in titles:
        if title in pages:
            return pages[title]
    pytest.fail(f"no page under /articles/ has an article's title as its title (titles: {titles[:5]})")
