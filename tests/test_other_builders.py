"""The demo built by the successors of MkDocs 1.6: Zensical (no plugin API: `explainer build --out docs`
writes the pages, Zensical builds them with the theme overrides) and ProperDocs (runs the plugin).

Each build is real: the builders' own command lines in temporary projects, read back as HTML and
search index.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

BIN = Path(sys.executable).parent
EXPLAINER = [sys.executable, "-m", "generator"]
pytestmark = pytest.mark.slow


def demo_project(folder: Path) -> Path:
    """A copy of the demo: its seeds, hand-written docs and mkdocs.yml, using this repo's templates."""
    project = folder / "project"
    shutil.copytree(SEEDS, project / "seeds")
    shutil.copytree(ROOT / "docs", project / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: site-templates/overrides",
                            f"custom_dir: {ROOT / 'site-templates' / 'overrides'}")
    config = config.replace("templates_dir: site-templates", f"templates_dir: {ROOT / 'site-templates'}")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def explainer(project: Path, *args: str) -> list[str]:
    return [*EXPLAINER, "--project", str(project), "--templates", str(ROOT / "site-templates"), *args]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return completed


class _Page(HTMLParser):
    """The h1 text, the script sources and the links of the page's table of contents."""

    def __init__(self) -> None:
        super().__init__()
        self.h1 = ""
        self.scripts: list[str] = []
        self.toc_links: list[str] = []
        self.search_labels: list[str] = []
        self._in_h1 = False
        self._toc_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        classes = found.get("class", "").split()
        if tag == "h1":
            self._in_h1 = True
        elif tag == "script" and found.get("src"):
            self.scripts.append(found["src"])
        elif tag == "nav" and (self._toc_depth or "md-nav--secondary" in classes):
            self._toc_depth += 1
        elif tag == "a" and self._toc_depth and found.get("href", "").startswith("#"):
            self.toc_links.append(found["href"][1:])
        elif tag == "div" and "md-search" in classes:
            self.search_labels.append(found.get("aria-label", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False
        elif tag == "nav" and self._toc_depth:
            self._toc_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1 += data


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.h1 = page.h1.replace("¶", "").strip()
    return page


def markdown_heading(markdown: Path) -> str:
    lines = markdown.read_text(encoding="utf-8").splitlines()
    heading = next(line for line in lines if line.startswith("# "))
    return re.sub(r"\s*\{:[^}]*\}$", "", heading[2:]).strip()


def deep_heading_ids(markdown: Path, level: int) -> list[str]:
    marks = "#" * level + " "
    return re.findall(r"\{: #([\w-]+)", "\n".join(line for line in markdown.read_text(encoding="utf-8")
                                                  .splitlines() if line.startswith(marks)))


def unescape(text: str) -> str:
    return html.unescape(text)


# --------------------------------------------------------------------------- Zensical


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = demo_project(tmp_path_factory.mktemp("zensical"))
    run(explainer(project, "--cache", str(project / ".explainer-cache"), "build", "--out",
                  str(project / "docs"), "--quiet"), cwd=project)
    built = run([str(BIN / "zensical"), "build", "--strict", "--clean"], cwd=project)
    assert "No issues found" in built.stdout + built.stderr
    return project


def test_zensical_builds_the_home_page_with_the_theme_overrides(zensical_site: Path) -> None:
    home = read_page(zensical_site / "site" / "index.html")
    assert home.h1 == unescape(markdown_heading(zensical_site / "docs" / "index.md"))
    assert home.h1
    assert any(src.endswith("assets/explainer.js") for src in home.scripts)  # overrides/main.html
    assert home.search_labels == ["Search"]  # overrides/partials/search.html names the dialog


def test_zensical_keeps_toc_depth_of_the_front_matter(zensical_site: Path) -> None:
    """overrides/partials/toc-item.html: the timeline lists years and months, not every entry."""
    markdown = zensical_site / "docs" / "timeline.md"
    assert "toc_depth: 3" in markdown.read_text(encoding="utf-8")
    page = read_page(zensical_site / "site" / "timeline" / "index.html")
    months = deep_heading_ids(markdown, 3)
    entries = deep_heading_ids(markdown, 4)
    assert months and entries
    assert set(months) <= set(page.toc_links)
    assert not set(entries) & set(page.toc_links)


def test_zensical_search_index_holds_generated_and_hand_written_pages(zensical_site: Path) -> None:
    index = json.loads((zensical_site / "site" / "search.json").read_text(encoding="utf-8"))
    locations = {item["location"].split("#")[0] for item in index["items"]}
    generated = json.loads((zensical_site / "docs" / ".explainer-manifest.json").read_text())["files"]
    pages = [path.removesuffix(".md").removesuffix("index") for path in generated if path.endswith(".md")]
    expected = {page if page == "" or page.endswith("/") else page + "/" for page in pages}
    assert expected <= locations
    assert "about/" in locations  # a hand-written page of docs/ for readers
    assert not {"editing/", "evaluation/", "performance/", "contract/"} & locations  # the tool's own docs
    home_items = [item for item in index["items"] if item["location"] == ""]
    assert home_items[0]["title"] == read_page(zensical_site / "site" / "index.html").h1


def test_mkdocs_replaces_pages_that_build_out_wrote_into_docs(zensical_site: Path, tmp_path: Path) -> None:
    """One project, both builders: the plugin's pages win over what `build --out docs` left there."""
    project = tmp_path / "both"
    shutil.copytree(zensical_site, project, ignore=shutil.ignore_patterns("site", ".cache"))
    (project / "docs" / "timeline.md").write_text("# A stale timeline\n", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                           cwd=project, capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr[-3000:]
    timeline = read_page(project / "site" / "timeline" / "index.html")
    assert timeline.h1 == "Timeline"
    assert "keeping it instead of the generated page" not in built.stderr


def test_build_watch_rewrites_pages_when_the_story_file_changes(tmp_path: Path) -> None:
    project = demo_project(tmp_path)
    out = project / "docs"
    watcher = subprocess.Popen(
        explainer(project, "--cache", str(project / ".explainer-cache"), "build", "--out", str(out),
                  "--quiet", "--watch"),
        cwd=project, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert watcher.stderr is not None
        lines = [watcher.stderr.readline() for _ in range(2)]
        assert lines[0].startswith("wrote "), lines
        assert lines[1].startswith("watching "), lines
        story = project / "seeds" / "story.yml"
        text = story.read_text(encoding="utf-8")
        story.write_text(re.sub(r"(?m)^title: .*$", 'title: "Ferry talks, as watched"', text, count=1),
                         encoding="utf-8")
        deadline = time.monotonic() + 120
        while markdown_heading(out / "index.md") != "Ferry talks, as watched":
            assert time.monotonic() < deadline, "the watch did not rebuild the home page"
            assert watcher.poll() is None, "the watch ended by itself"
            time.sleep(0.2)
        watcher.send_signal(signal.SIGINT)
        try:
            code = watcher.wait(timeout=30)
        except subprocess.TimeoutExpired:  # say what the watch was doing, for the one who reads the failure
            status = Path(f"/proc/{watcher.pid}/status")
            signals = [line for line in status.read_text().splitlines() if line.startswith("Sig")] \
                if status.exists() else []
            watcher.kill()
            raise AssertionError(f"Ctrl-C did not end the watch within 30 s; {signals}; "
                                 f"its messages: {watcher.stderr.read()[-3000:]!r}") from None
        assert code == 0  # Ctrl-C ends a watch normally
    finally:
        watcher.kill()
        watcher.wait()


# --------------------------------------------------------------------------- ProperDocs


def test_properdocs_runs_the_plugin_and_builds_the_demo(tmp_path: Path) -> None:
    project = demo_project(tmp_path)
    env = {key: value for key, value in os.environ.items() if "MKDOCS_2_WARNING" not in key}
    built = subprocess.run(
        [str(BIN / "properdocs"), "build", "--strict", "-f", "mkdocs.yml", "-d", str(project / "site")],
        cwd=project, capture_output=True, text=True, env=env,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "WARNING" not in built.stderr
    assert "end of life" not in built.stderr  # Material's banner is for the `mkdocs` command only
    site = project / "site"
    home = read_page(site / "index.html")
    assert home.h1
    assert any(src.endswith("assets/explainer.js") for src in home.scripts)
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert any(doc["location"] == "" and doc["title"] == home.h1 for doc in docs)
    assert any(doc["location"].startswith("articles/") for doc in docs)
    assert any(doc["location"].startswith("timeline/") for doc in docs)
