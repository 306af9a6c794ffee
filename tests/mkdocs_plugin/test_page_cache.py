"""Reused Markdown conversions of generated pages: reused exactly when nothing they read changed."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import markdown
import pytest
from material.plugins.search.plugin import Parser as SearchParser
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.cache.store import Cache
from generator.config import Settings
from generator.mkdocs_plugin.page_cache import (
    NAMESPACE,
    BuildOptions,
    CachedRenderPage,
    conversion_key,
    nav_titles,
)
from generator.pipeline import build_site_files, build_story
from tests.conftest import FIXTURES, ROOT, SEEDS

PAGE_A = (
    "# Alpha\n\nSee [the beta section](b.md#beta-part) and [top](#alpha).\n\n## More {: #more }\n\nText.\n"
)
PAGE_B = "# Beta\n\n## Beta part\n\nBody.\n"


@pytest.fixture
def config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir()
    options = "site_name: T\nmarkdown_extensions:\n  - attr_list\n  - toc:\n      permalink: true\n"
    (tmp_path / "mkdocs.yml").write_text(options, encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)  # as a build does before File.generated
    return config


def site_files(config: MkDocsConfig, pages: dict[str, str]) -> Files:
    return Files([File.generated(config, path, content=text) for path, text in pages.items()])


def render(config: MkDocsConfig, files: Files, cache: Cache, path: str = "a.md") -> CachedRenderPage:
    file = files.get_file_from_path(path)
    assert file is not None
    page = CachedRenderPage(None, file, config, cache)
    page.read_source(config)
    page.render(config, files)
    return page


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts Python-Markdown conversions, to tell a reused page from a converted one."""
    calls: list[int] = []
    convert = markdown.Markdown.convert

    def counting(self: markdown.Markdown, source: str) -> str:
        calls.append(1)
        return convert(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", counting)
    return calls


def test_an_unchanged_page_is_reused_with_everything_mkdocs_reads(
    config: MkDocsConfig, tmp_path: Path, conversions: list[int]
) -> None:
    cache = Cache(tmp_path / ".cache", NAMESPACE)
    files = site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B})
    fresh = render(config, files, cache)
    reused = render(config, site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B}), cache)
    assert len(conversions) == 1
    assert reused.content == fresh.content and '<a href="../b/#beta-part">' in reused.content
    assert str(reused.toc) == str(fresh.toc) and reused.toc.items[0].children[0].id == "more"
    assert reused.title == fresh.title == "Alpha"
    assert reused.present_anchor_ids == fresh.present_anchor_ids
    assert {f.src_uri: links for f, links in (reused.links_to_anchors or {}).items()} == {
        f.src_uri: links for f, links in (fresh.links_to_anchors or {}).items()
    }


def test_changed_markdown_or_link_target_converts_again(
    config: MkDocsConfig, tmp_path: Path, conversions: list[int]
) -> None:
    cache = Cache(tmp_path / ".cache", NAMESPACE)
    render(config, site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B}), cache)
    render(config, site_files(config, {"a.md": PAGE_A + "\nMore text.\n", "b.md": PAGE_B}), cache)
    assert len(conversions) == 2
    moved = site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B})
    target = moved.get_file_from_path("b.md")
    assert target is not None
    target.dest_uri = "elsewhere/index.html"  # another plugin moved the page the link points to
    page = render(config, moved, cache)
    assert len(conversions) == 3
    assert '<a href="../elsewhere/#beta-part">' in page.content


def test_one_builds_map_of_urls_answers_lookups_and_refuses_a_moved_or_excluded_target(
    config: MkDocsConfig, tmp_path: Path, conversions: list[int]
) -> None:
    """The pages of one build share one map of URLs (BuildOptions.urls): a target moved or excluded
    in that build still makes the page convert again, as each lookup by itself did."""
    cache = Cache(tmp_path / ".cache", NAMESPACE)
    render(config, site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B}), cache)
    options = BuildOptions()
    files = site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B})
    shared = [CachedRenderPage(None, files.get_file_from_path(path), config, cache, options)  # type: ignore[arg-type]
              for path in ("a.md", "b.md")]
    for page in shared:
        page.read_source(config)
        page.render(config, files)
    assert len(conversions) == 2  # a.md reused, b.md converted the first time
    assert options.urls(files) == {"a.md": "a/", "b.md": "b/"}
    moved = site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B})
    target = moved.get_file_from_path("b.md")
    assert target is not None
    target.dest_uri = "elsewhere/index.html"
    assert render_with(config, moved, cache, BuildOptions()).content is not None
    assert len(conversions) == 3
    excluded = site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B})
    target = excluded.get_file_from_path("b.md")
    assert target is not None
    target.inclusion = InclusionLevel.EXCLUDED
    options = BuildOptions()
    assert "b.md" not in options.urls(excluded)
    render_with(config, excluded, cache, options)
    assert len(conversions) == 4


def render_with(config: MkDocsConfig, files: Files, cache: Cache, options: BuildOptions) -> CachedRenderPage:
    file = files.get_file_from_path("a.md")
    assert file is not None
    page = CachedRenderPage(None, file, config, cache, options)
    page.read_source(config)
    page.render(config, files)
    return page


def test_a_page_with_a_broken_link_is_never_stored_so_the_warning_repeats(
    config: MkDocsConfig, tmp_path: Path, conversions: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    cache = Cache(tmp_path / ".cache", NAMESPACE)
    render(config, site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B}), cache)
    alone = site_files(config, {"a.md": PAGE_A})  # b.md is gone: the stored entry no longer holds
    for _ in range(2):
        with caplog.at_level(logging.INFO, logger="mkdocs"):
            caplog.clear()
            render(config, alone, cache)
        assert any("b.md#beta-part" in record.getMessage() for record in caplog.records)
    assert len(conversions) == 3


def test_a_corrupt_entry_is_ignored(config: MkDocsConfig, tmp_path: Path, conversions: list[int]) -> None:
    cache = Cache(tmp_path / ".cache", NAMESPACE)
    files = site_files(config, {"a.md": PAGE_A, "b.md": PAGE_B})
    first = render(config, files, cache)
    entries = list((tmp_path / ".cache" / NAMESPACE).glob("*/*.json"))
    assert len(entries) == 1
    text = entries[0].read_text(encoding="utf-8")
    for damaged in (text[: len(text) // 2], text.replace('"content"', '"kontent"'), "[]"):
        entries[0].write_text(damaged, encoding="utf-8")
        assert render(config, files, cache).content == first.content
    assert len(conversions) == 4


def test_options_without_a_stable_form_turn_the_reuse_off(config: MkDocsConfig) -> None:
    file = File.generated(config, "a.md", content=PAGE_A)
    assert conversion_key(PAGE_A, file, config) is not None
    config.mdx_configs["toc"]["slugify"] = object()  # an object with no stable text
    assert conversion_key(PAGE_A, file, config) is None


def test_nav_titles_are_found_at_any_depth() -> None:
    nav = ["index.md", {"Time": "timeline.md"}, {"Section": [{"Nums": "numbers/index.md"}, "x.md"]}]
    assert nav_titles(nav) == {"timeline.md": "Time", "numbers/index.md": "Nums"}
    assert nav_titles(None) == {}


@pytest.mark.slow
def test_a_rebuild_reuses_every_generated_page_and_writes_the_same_site(
    tmp_path: Path, conversions: list[int]
) -> None:
    folder = tmp_path / "p"
    (folder / "seeds").mkdir(parents=True)
    (folder / "docs").mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / "seeds" / seed.name)
    (folder / "docs" / "notes.md").write_text("# Notes\n\nHand-written.\n", encoding="utf-8")
    shutil.copytree(ROOT / "site-templates", folder / "site-templates")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    sites = []
    for run in range(2):
        site = tmp_path / f"site{run}"
        build(load_config(str(folder / "mkdocs.yml"), site_dir=str(site)))
        sites.append({p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()})
        if run == 0:
            first_run = len(conversions)
            assert first_run > 20
    assert len(conversions) - first_run == 1  # only the hand-written page is converted again
    assert sites[0] == sites[1]  # the search index too, its unchanged pages' entries reused


@pytest.fixture
def fixture_project(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    shutil.copytree(FIXTURES / "site", folder / "seeds")
    (folder / "docs").mkdir()
    (folder / "docs" / "notes.md").write_text("# Notes\n\nHand-written.\n", encoding="utf-8")
    shutil.copytree(ROOT / "site-templates", folder / "site-templates")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


@pytest.fixture
def converted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages MkDocs converted (a reused page is not converted), and search-parsed pages marked."""
    pages: list[str] = []
    convert, feed = Page.render, SearchParser.feed

    def recording(self: Page, config: MkDocsConfig, files: Files) -> None:
        pages.append(self.file.src_uri)
        convert(self, config, files)

    def parsing(self: SearchParser, data: str) -> None:
        pages.append("search")
        feed(self, data)

    monkeypatch.setattr(Page, "render", recording)
    monkeypatch.setattr(SearchParser, "feed", parsing)
    return pages


def build_site_of(folder: Path, site: Path) -> dict[Path, bytes]:
    build(load_config(str(folder / "mkdocs.yml"), site_dir=str(site)))
    return {p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def generated_markdown(folder: Path) -> dict[str, str | bytes]:
    settings = Settings(project_dir=folder, cache_dir=Path(".cache"), workers=1)
    return {path: text for path, text in build_site_files(settings).files.items() if path.endswith(".md")}


@pytest.mark.slow
def test_a_changed_fact_converts_and_indexes_its_pages_and_only_those(
        fixture_project: Path, converted: list[str], tmp_path: Path) -> None:
    build_site_of(fixture_project, tmp_path / "before")
    before = generated_markdown(fixture_project)
    story, _ = build_story(Settings(project_dir=fixture_project, cache_dir=Path(".cache"), workers=1))
    fact = story.quantities[0]
    (fixture_project / "seeds" / "story.yml").write_text(
        f"quantities:\n  {fact.id}:\n    value: 987654\n", encoding="utf-8")
    converted.clear()
    site = build_site_of(fixture_project, tmp_path / "after")
    after = generated_markdown(fixture_project)
    changed = {path for path in after if after[path] != before.get(path)}
    showing = {path for path, text in after.items() if "987,654" in str(text)}
    assert showing and showing <= changed
    assert len(changed) < len(after) / 2
    assert set(converted) - {"search"} == changed | {"notes.md"}
    # The hand-written page is converted again (it may include files) but its HTML is the same,
    # so its search entries are reused.
    assert converted.count("search") == len(changed)
    assert b"987,654" in site[Path("search/search_index.json")]


@pytest.mark.slow
def test_a_changed_template_converts_every_page_again(
        fixture_project: Path, converted: list[str], tmp_path: Path) -> None:
    build_site_of(fixture_project, tmp_path / "before")
    pages = generated_markdown(fixture_project)
    layout = fixture_project / "site-templates" / "layouts" / "page.md.j2"
    layout.write_text(layout.read_text(encoding="utf-8") + "\n\nEvery page says this.\n", encoding="utf-8")
    converted.clear()
    build_site_of(fixture_project, tmp_path / "after")
    assert set(converted) - {"search"} == set(pages) | {"notes.md"}
    assert converted.count("search") == len(pages)
