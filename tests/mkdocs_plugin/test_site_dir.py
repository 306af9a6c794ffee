"""The site folder kept between builds: a rebuild writes into the previous build's files (same inodes),
deletes what it no longer writes, leaves hidden entries alone, and ends with the bytes of a build into
an empty folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.utils import clean_directory

from generator.mkdocs_plugin.site_dir import HOLDING, KeptSite
from tests.conftest import SEEDS

# --------------------------------------------------------------------------- the folder alone


def previous_site(site: Path) -> None:
    (site / "kept" / "deep").mkdir(parents=True)
    (site / "gone").mkdir()
    (site / ".git").mkdir()
    (site / "index.html").write_text("old home", encoding="utf-8")
    (site / "kept" / "deep" / "page.html").write_text("old page", encoding="utf-8")
    (site / "gone" / "page.html").write_text("a page this build does not write", encoding="utf-8")
    (site / ".git" / "HEAD").write_text("a deployment checkout", encoding="utf-8")


def test_a_rebuild_writes_into_the_same_files_and_drops_the_rest(tmp_path: Path) -> None:
    site = tmp_path / "site"
    previous_site(site)
    inode = (site / "kept" / "deep" / "page.html").stat().st_ino
    kept = KeptSite(site)
    kept.set_aside()
    assert sorted(p.name for p in site.iterdir()) == [".explainer-previous-build", ".git"]
    clean_directory(str(site))  # what MkDocs does next: hidden entries survive it
    kept.restore()
    assert not (site / HOLDING).exists()
    (site / "index.html").write_text("new home", encoding="utf-8")  # the build writes two files
    (site / "kept" / "deep" / "page.html").write_text("new page", encoding="utf-8")
    assert kept.drop_stale() == 1
    files = {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
             for p in site.rglob("*") if p.is_file()}
    assert files == {"index.html": "new home", "kept/deep/page.html": "new page",
                     ".git/HEAD": "a deployment checkout"}
    assert not (site / "gone").exists()  # the folder left empty goes too
    assert (site / "kept" / "deep" / "page.html").stat().st_ino == inode


def test_a_build_that_fails_before_writing_gives_the_previous_site_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    previous_site(site)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    kept = KeptSite(site)
    kept.set_aside()
    clean_directory(str(site))
    kept.give_back()
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert not (site / HOLDING).exists()


def test_a_holding_folder_left_by_a_killed_build_is_discarded(tmp_path: Path) -> None:
    site = tmp_path / "site"
    previous_site(site)
    (site / HOLDING / "stale").mkdir(parents=True)
    kept = KeptSite(site)
    kept.set_aside()
    clean_directory(str(site))
    kept.restore()
    assert not (site / HOLDING).exists() and (site / "index.html").exists()


def test_a_file_where_a_folder_is_written_and_a_folder_where_a_file_is_go_first(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "was-a-folder").mkdir(parents=True)
    (site / "was-a-folder" / "index.html").write_text("old", encoding="utf-8")
    (site / "was-a-file").write_text("old", encoding="utf-8")
    kept = KeptSite(site)
    kept.set_aside()
    clean_directory(str(site))
    kept.restore(["was-a-folder", "was-a-file/index.html"])
    assert not (site / "was-a-folder").exists() and not (site / "was-a-file").exists()
    (site / "was-a-folder").write_text("new", encoding="utf-8")
    (site / "was-a-file").mkdir()
    (site / "was-a-file" / "index.html").write_text("new", encoding="utf-8")
    assert kept.drop_stale() == 0
    assert {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} == {
        "was-a-folder", "was-a-file/index.html"}


def test_no_site_folder_yet_is_nothing_to_keep(tmp_path: Path) -> None:
    kept = KeptSite(tmp_path / "site")
    kept.set_aside()
    kept.restore()
    assert kept.drop_stale() == 0 and not (tmp_path / "site").exists()


# --------------------------------------------------------------------------- whole MkDocs builds


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    (folder / "seeds").mkdir(parents=True)
    (folder / "docs").mkdir()
    (folder / "docs" / "notes.md").write_text("# Notes\n\nHand-written.\n", encoding="utf-8")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / "seeds" / seed.name)
    (folder / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n"
        "plugins:\n  - search\n  - explainer:\n"
        f"      templates_dir: {Path(__file__).resolve().parents[2] / 'site-templates'}\n"
        "      cache_dir: .cache\n",
        encoding="utf-8",
    )
    return folder


def built(folder: Path, site: Path, dirty: bool = False) -> dict[str, bytes]:
    config = load_config(str(folder / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    finally:
        # MkDocs keeps one instance of a plugin with on_startup for the whole process: the next
        # test's builds must not inherit the dirty mode.
        config.plugins.on_startup(command="build", dirty=False)
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*")}


@pytest.mark.slow
def test_rebuilds_keep_every_file_and_write_the_bytes_of_a_build_from_nothing(
        project: Path, tmp_path: Path) -> None:
    site = project / "site"
    first = built(project, site)
    numbers = inodes(site)
    assert built(project, site) == first
    assert inodes(site) == numbers  # no file or folder deleted and created again
    (project / "docs" / "notes.md").unlink()  # a page less: its HTML and its folder go
    after = built(project, site)
    assert "notes/index.html" not in after and not (site / "notes").exists()
    assert after == built(project, tmp_path / "from-nothing")
    assert "search/search_index.json" in after


@pytest.mark.slow
def test_a_dirty_build_keeps_what_it_did_not_write(project: Path) -> None:
    # Without the search plugin, which keeps a dirty build's index for the next build in the process.
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - search\n", ""), encoding="utf-8")
    site = project / "site"
    built(project, site)
    (site / "extra.txt").write_text("kept by --dirty", encoding="utf-8")
    assert "extra.txt" in built(project, site, dirty=True)
