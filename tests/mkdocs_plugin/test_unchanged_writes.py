"""Files whose bytes are already in the site folder are left unwritten: the same bytes as a build from
nothing, a changed page written, a page changed or replaced on disk written again, a removed page gone."""

from __future__ import annotations

from pathlib import Path

import mkdocs.utils
import pytest

from generator.mkdocs_plugin.unchanged_writes import UnchangedWrites
from tests.mkdocs_plugin import test_site_dir
from tests.mkdocs_plugin.test_site_dir import built

project = test_site_dir.project  # the same project fixture: a small story and a hand-written page

# --------------------------------------------------------------------------- the writes alone


def one_build(site: Path, cache: Path, files: dict[str, bytes]) -> UnchangedWrites:
    writes = UnchangedWrites(site, cache)
    writes.install()
    try:
        for name, content in files.items():
            mkdocs.utils.write_file(content, str(site / name))
    finally:
        writes.finish()
    return writes


def stamps(site: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.stat().st_ino)
            for p in site.rglob("*") if p.is_file()}


def test_the_same_bytes_are_not_written_again_and_other_bytes_are(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    first = one_build(site, cache, {"a/index.html": b"alpha page", "b/index.html": b"beta page"})
    assert first.kept == set()
    before = stamps(site)
    second = one_build(site, cache, {"a/index.html": b"alpha page", "b/index.html": b"beta page, changed"})
    assert second.kept == {"a/index.html"}
    after = stamps(site)
    assert after["a/index.html"] == before["a/index.html"]
    assert (site / "b" / "index.html").read_bytes() == b"beta page, changed"
    assert mkdocs.utils.write_file is not second.write_file  # MkDocs' own function is back


def test_a_file_changed_or_replaced_since_the_last_build_is_written_again(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    pages = {"edited.html": b"the built page", "replaced.html": b"another built page"}
    one_build(site, cache, pages)
    (site / "edited.html").write_bytes(b"edited by hand")
    (site / "replaced.html").unlink()
    (site / "replaced.html").write_bytes(b"another built page")  # same bytes, another file
    again = one_build(site, cache, pages)
    assert again.kept == set()
    assert (site / "edited.html").read_bytes() == b"the built page"


def test_a_damaged_manifest_or_another_folder_writes_everything(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    pages = {"page.html": b"a page"}
    writes = one_build(site, cache, pages)
    entry = next((cache / "site-files").glob("*/*.json"))
    entry.write_text(entry.read_text(encoding="utf-8").replace('"page.html": [', '"page.html": ["x", '),
                     encoding="utf-8")
    assert one_build(site, cache, pages).kept == set()
    assert one_build(tmp_path / "elsewhere", cache, pages).kept == set()
    assert writes.key != UnchangedWrites(tmp_path / "elsewhere", cache).key


def test_a_write_outside_the_site_folder_goes_through(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    outside = tmp_path / "outside.txt"
    one_build(site, cache, {})
    writes = UnchangedWrites(site, cache)
    writes.install()
    try:
        writes.write_file(b"not the site's", str(outside))
    finally:
        writes.uninstall()
    assert outside.read_bytes() == b"not the site's" and writes.written == {}


# --------------------------------------------------------------------------- whole MkDocs builds


def modified(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


@pytest.mark.slow
def test_rebuilds_leave_unchanged_pages_and_end_with_the_bytes_of_a_build_from_nothing(
        project: Path, tmp_path: Path) -> None:
    site = project / "site"
    built(project, site)
    times = modified(site)
    unchanged = built(project, site)
    assert modified(site) == times  # nothing changed: no page written
    assert unchanged == built(project, tmp_path / "fresh-1")
    (project / "docs" / "notes.md").write_text("# Notes\n\nHand-written, and corrected.\n", encoding="utf-8")
    edited = built(project, site)
    now = modified(site)
    assert {name for name in now if now[name] != times[name]} == {"notes/index.html"}
    assert edited == built(project, tmp_path / "fresh-2")
    sorted((project / "seeds").glob("*.txt"))[-1].unlink()  # an article less: its pages go
    after = built(project, site)
    assert set(modified(site)) < set(now)
    assert after == built(project, tmp_path / "fresh-3")
    before = modified(site)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "copyright: An invented notice\n",
                      encoding="utf-8")  # a changed configuration: every page's footer shows it
    renamed = built(project, site)
    assert [name for name, stamp in modified(site).items() if stamp == before[name]] == []
    assert renamed == built(project, tmp_path / "fresh-4")
