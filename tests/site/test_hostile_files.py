"""Hostile files (issue 9): one bad article file never takes the site, or the files the user wrote,
down with it, whether built by the CLI or by MkDocs in strict mode. The corpus is in hostile_corpus.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from tests.conftest import ROOT
from tests.site.build_tools import (
    HANG_GUARD_SECONDS,
    guarded_build,
    hang_guard,
    project_settings,
    write_project,
)
from tests.site.hostile_corpus import (
    BASELINE,
    CASES,
    LEAKS,
    URL_ATTRIBUTES,
    corpus_files,
    hostile_article,
    tree,
    url_is_script,
)

MKDOCS = [sys.executable, "-m", "mkdocs"]


# =========================================================================== one bad article, nothing lost


def test_bad_files_are_skipped_with_a_message_naming_them_and_the_rest_builds(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"good.txt": BASELINE})
    seeds = project / "seeds"
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02\x03\xff\xfe garbage")
    (seeds / "empty.md").write_bytes(b"")
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(seeds / "pipe.txt")  # reading it would block forever
    result = guarded_build(project_settings(project))
    assert [article.id for article in result.story.articles] == ["good"]
    assert any(path.endswith("/good.md") for path in result.files)
    messages = result.warnings + result.errors
    for name in ("binary.txt", "empty.md", "passwd.txt", "dangling.txt"):
        named = [message for message in messages if f"seeds/{name}" in message]
        assert len(named) == 1, (name, messages)
        assert "(" in named[0] and named[0].rstrip().endswith(")"), f"no advice on what to do: {named[0]}"
    assert not [leak for leak in LEAKS for content in result.files.values() if leak in str(content)]


def test_a_file_name_that_is_not_utf8_does_not_stop_the_build(tmp_path: Path) -> None:
    # Names from old archives or other systems may be Latin-1 bytes; Python hands them over with
    # surrogate escapes, which cannot be written as UTF-8 (JSON cache keys, pages, logs).
    project = write_project(tmp_path, {"good.txt": BASELINE})
    Path(os.fsdecode(os.fsencode(project / "seeds") + b"/caf\xe9.txt")).write_bytes(BASELINE.encode("utf-8"))
    result = guarded_build(project_settings(project))
    assert "good" in [article.id for article in result.story.articles]
    for path, content in result.files.items():
        path.encode("utf-8")
        if isinstance(content, str):
            content.encode("utf-8")
    for message in result.warnings + result.errors:
        message.encode("utf-8")



def test_cli_build_writes_around_the_users_files_in_the_output_folder(tmp_path: Path) -> None:
    from generator.cli import main

    project = write_project(
        tmp_path / "project", {"good.txt": BASELINE, "bad.txt": hostile_article(CASES[0])}
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.md").write_text("# My own home page\n", encoding="utf-8")  # the name of a generated page
    (out / "notes.txt").write_bytes(b"\x00 not text, and not the generator's")
    users = tree(out)
    inputs = tree(project)
    command = [
        "--project",
        str(project),
        "--templates",
        str(ROOT / "site-templates"),
        "build",
        "--out",
        str(out),
    ]
    with hang_guard():
        assert main([*command, "--quiet"]) == 0
    after = tree(out)
    assert {name: after[name] for name in users} == users
    assert any(name.startswith("articles/") for name in after)
    assert tree(project, skip=(".cache",)) == inputs


# =========================================================================== through MkDocs


def mkdocs_project(folder: Path, articles: dict[str, str]) -> Path:
    """A project with this repo's mkdocs.yml (templates by absolute path), the given seeds and a page
    written by hand in docs/."""
    project = write_project(folder, articles)
    (project / "docs").mkdir()
    (project / "docs" / "notes.md").write_text("# Editor's notes\n\nWritten by hand.\n", encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    templates = ROOT / "site-templates"
    config = config.replace("custom_dir: site-templates/overrides", f"custom_dir: {templates / 'overrides'}")
    config = config.replace("templates_dir: site-templates", f"templates_dir: {templates}")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def mkdocs_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MKDOCS, "build", "--strict"], cwd=project, capture_output=True, text=True,
        timeout=HANG_GUARD_SECONDS, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip


def logged_problems(stderr: str) -> list[str]:
    """The WARNING and ERROR lines of MkDocs' log (what `--strict` counts)."""
    return re.findall(r"^(?:WARNING|ERROR)\b.*$", stderr, re.M)


def script_problems(page: HtmlElement) -> list[str]:
    """Scripts, handlers and script URLs that came from articles (every payload calls alert())."""
    found = [
        f"script: {s.text_content()[:80]!r}" for s in page.iter("script") if "alert(" in s.text_content()
    ]
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        found += [f"handler {name}" for name in element.attrib if name.lower().startswith("on")]
        found += [
            f"{name}={element.get(name)!r}" for name in URL_ATTRIBUTES if url_is_script(element.get(name, ""))
        ]
    return found


@pytest.mark.slow
def test_mkdocs_strict_builds_the_hostile_corpus_cleanly_and_writes_only_what_it_owns(tmp_path: Path) -> None:
    project = mkdocs_project(tmp_path / "project", corpus_files(hostile_article))
    before = tree(project)
    completed = mkdocs_build(project)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert logged_problems(completed.stderr) == []
    assert tree(project, skip=("site", ".cache")) == before
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > len(CASES)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not [leak for leak in LEAKS if leak in html], page
        assert not script_problems(lxml.html.document_fromstring(html)), (page, script_problems(page))
    search = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert not [leak for leak in LEAKS if leak in search]
    metadata = lxml.html.parse(str(next(site.rglob("articles/**/metadata/index.html")))).getroot()
    title = metadata.findtext(".//title")
    assert title is not None and "Pump station <script>alert(1)</script> {{ 7*7 }}" in title
    assert "Written by hand." in (site / "notes" / "index.html").read_text(encoding="utf-8")


@dataclass
class FailedBuild:
    completed: subprocess.CompletedProcess[str]
    site_before: dict[str, bytes]
    site_after: dict[str, bytes]
    user_before: dict[str, bytes]
    user_after: dict[str, bytes]


@pytest.fixture(scope="module")
def failed_build(tmp_path_factory: pytest.TempPathFactory) -> FailedBuild:
    """A project that built once, then gets a binary file among its articles and is built again."""
    project = mkdocs_project(tmp_path_factory.mktemp("failing"), {"good.txt": BASELINE})
    first = mkdocs_build(project)
    assert first.returncode == 0, first.stderr[-3000:]
    site_before = tree(project / "site")
    (project / "seeds" / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    user_before = tree(project, skip=("site", ".cache"))
    completed = mkdocs_build(project)
    return FailedBuild(
        completed, site_before, tree(project / "site"), user_before, tree(project, skip=("site", ".cache"))
    )


@pytest.mark.slow
def test_a_bad_article_fails_the_strict_build_with_a_message_naming_it(failed_build: FailedBuild) -> None:
    assert failed_build.completed.returncode != 0
    lines = failed_build.completed.stderr.splitlines()
    named = [line for line in lines if "seeds/scan.txt" in line and "strict mode stops" not in line]
    assert len(named) == 1 and "PNG" in named[0] and "save the article as plain text" in named[0], named
    assert "seeds/scan.txt" in next(line for line in lines if "strict mode stops" in line)  # issue 14


@pytest.mark.slow
def test_a_failed_build_leaves_every_file_the_user_wrote_untouched(failed_build: FailedBuild) -> None:
    assert failed_build.user_after == failed_build.user_before


@pytest.mark.slow
def test_a_failed_build_leaves_the_previous_site_intact(failed_build: FailedBuild) -> None:
    assert failed_build.completed.returncode != 0
    assert failed_build.site_after == failed_build.site_before

