"""Building whole sites for the end-to-end tests: a project folder of invented articles with its own
`mkdocs.yml`, a real `mkdocs build --strict` of it, its settings for an in-memory build, and a build
that fails instead of hanging."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import lxml.html
from lxml.html import HtmlElement

from generator.config import Settings
from generator.pipeline import BuildResult, build_site_files
from tests.conftest import FIXTURES, ROOT

HANG_GUARD_SECONDS = 300
MKDOCS = [sys.executable, "-m", "mkdocs"]
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner is not a build warning


def make_project(tmp_path: Path, articles: list[Path], extra_yaml: str = "") -> Path:
    """A project folder with its own mkdocs.yml using this repo's templates, and the given seeds."""
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "docs").mkdir()
    for article in articles:
        shutil.copy(article, project / "seeds" / article.name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(
        "custom_dir: site-templates/overrides", f"custom_dir: {ROOT / 'site-templates' / 'overrides'}"
    )
    config = config.replace("templates_dir: site-templates", f"templates_dir: {ROOT / 'site-templates'}")
    (project / "mkdocs.yml").write_text(config + extra_yaml, encoding="utf-8")
    return project


def mkdocs_build(project: Path, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    site = site or project / "site"
    completed = subprocess.run(
        [*MKDOCS, "build", "--strict", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    return completed


def built_story_site(tmp_path: Path, story: str) -> Path:
    """The site of the invented fixture story `tests/fixtures/<story>` (its .md articles), built by a real
    `mkdocs build --strict` in a project folder under `tmp_path`."""
    project = make_project(tmp_path, sorted((FIXTURES / story).glob("*.md")))
    mkdocs_build(project)
    return project / "site"


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def fixture_site_project(tmp_path: Path) -> Path:
    """A project folder holding the invented fixture story (tests/fixtures/site) and the templates."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "site", project / "seeds")
    shutil.copytree(ROOT / "site-templates", project / "site-templates")
    return project


def write_project(folder: Path, articles: dict[str, str]) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return folder


def project_settings(project: Path, **changes: object) -> Settings:
    values: dict[str, object] = {
        "project_dir": project,
        "templates_dir": ROOT / "site-templates",
        "cache_dir": project / ".cache",
        "workers": 1,
    }
    values.update(changes)
    return Settings(**values)


@contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS) -> Iterator[None]:
    """Fail instead of hanging when an in-process build never finishes (not a speed requirement)."""

    def give_up(signum: int, frame: object) -> None:
        raise TimeoutError(f"did not finish within {seconds} s: a loop that never ends?")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def guarded_build(settings: Settings) -> BuildResult:
    with hang_guard():
        return build_site_files(settings)


def article_content(page: Path) -> HtmlElement:
    """The <article> element of a built page."""
    return lxml.html.parse(str(page)).getroot().xpath("//article")[0]


def timeline_rows(site: Path) -> list[tuple[str, list[str], str]]:
    """(statement, linked article pages, corroboration text) of each timeline row."""
    rows = []
    # h3 under a year, h4 under a month; an event dated the month itself has only its anchor
    titles = "//*[self::h3 or self::h4][contains(@class, 'ex-fact-title')] | //div[@class='ex-fact-anchor']"
    for title in article_content(site / "timeline" / "index.html").xpath(titles):
        statement = next(title.itersiblings("p"))
        details = statement.getnext()
        links = details.xpath(".//span[@class='ex-sources']/a")
        sources = sorted({a.get("href").split("#")[0] for a in links})
        corroboration = details.xpath("string(.//span[contains(@class, 'ex-corroboration')])")
        rows.append((statement.text_content().strip(), sources, corroboration.strip()))
    return rows
