"""Reused theme renderings: a page's whole HTML is reused exactly when nothing the theme reads
for it changed, and an incremental build writes the bytes of a build from nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from generator.config import Settings
from generator.mkdocs_plugin.nav_probe import collapsed_size_shows
from generator.mkdocs_plugin.theme_cache import ThemeOutputCache, nav_text, visible_nav
from generator.pipeline import build_site_files, build_story
from tests.conftest import FIXTURES, ROOT

Site = dict[Path, bytes]


# --------------------------------------------------------------------------- the visible navigation


@pytest.fixture
def config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)  # as a build does before File.generated
    return config


def page(config: MkDocsConfig, path: str, title: str) -> Page:
    return Page(title, File.generated(config, path, content=f"# {title}\n"), config)


def tree(config: MkDocsConfig, months: dict[str, list[str]]) -> tuple[list[object], dict[str, Page]]:
    """home, and a top-level section Articles > year 2020 > one section per month of articles."""
    pages = {"home": page(config, "index.md", "Home")}
    month_sections = []
    for month, titles in months.items():
        children = [page(config, f"articles/{month}/{t}.md", t) for t in titles]
        pages.update({t: p for t, p in zip(titles, children, strict=True)})
        month_sections.append(Section(month, children))  # type: ignore[arg-type]
    year = Section("2020", month_sections)  # type: ignore[arg-type]
    articles = Section("Articles", [year])
    for section in (articles, year, *month_sections):
        for child in section.children:
            child.parent = section
    return [pages["home"], articles], pages


def test_a_pruned_section_shows_the_link_to_its_first_page_and_its_size(config: MkDocsConfig) -> None:
    items, pages = tree(config, {"Jan": ["a", "b"], "Feb": ["c"]})
    pages["c"].active = True  # the page being rendered: its branch is expanded
    before = visible_nav(items, pruned=True, sections=True, meta_keys={"icon"})  # type: ignore[arg-type]
    renamed, renamed_pages = tree(config, {"Jan": ["a", "b, renamed"], "Feb": ["c"]})
    renamed_pages["c"].active = True
    # A page renamed in January changes nothing of what February's page shows ...
    assert visible_nav(renamed, pruned=True, sections=True, meta_keys={"icon"}) == before  # type: ignore[arg-type]
    # ... but the whole tree, as an unpruned theme shows it, changed.
    assert visible_nav(renamed, pruned=False, sections=True, meta_keys=None) != \
        visible_nav(items, pruned=False, sections=True, meta_keys=None)  # type: ignore[arg-type]
    grown, grown_pages = tree(config, {"Jan": ["a", "b", "b2"], "Feb": ["c"]})
    grown_pages["c"].active = True
    # Material's HTML of a pruned section varies with its number of pages
    assert visible_nav(grown, pruned=True, sections=True, meta_keys={"icon"}) != before  # type: ignore[arg-type]
    grown_pages["c"].active = False
    grown_pages["a"].active = True
    shown = str(visible_nav(grown, pruned=True, sections=True, meta_keys={"icon"}))  # type: ignore[arg-type]
    assert "'page', 'b2'" in shown and "'page', 'c'" not in shown  # Feb is a link to its first page


def test_a_renamed_first_page_changes_the_link_of_its_pruned_section(config: MkDocsConfig) -> None:
    items, pages = tree(config, {"Jan": ["a"], "Feb": ["c"]})
    pages["c"].active = True
    before = visible_nav(items, pruned=True, sections=True, meta_keys={"icon"})  # type: ignore[arg-type]
    pages["a"].title = "a, renamed"
    assert visible_nav(items, pruned=True, sections=True, meta_keys={"icon"}) != before  # type: ignore[arg-type]


def test_a_collapsed_sections_size_is_keyed_only_when_the_theme_shows_it(config: MkDocsConfig) -> None:
    items, pages = tree(config, {"Jan": ["a", "b"], "Feb": ["c"]})
    grown, grown_pages = tree(config, {"Jan": ["a", "b", "b2"], "Feb": ["c"]})
    pages["c"].active = grown_pages["c"].active = True
    options = {"pruned": True, "sections": True, "meta_keys": {"icon"}, "sizes_shown": False}
    assert visible_nav(grown, **options) == visible_nav(items, **options)  # type: ignore[arg-type]
    emptied, emptied_pages = tree(config, {"Jan": [], "Feb": ["c"]})
    emptied_pages["c"].active = True
    assert visible_nav(emptied, **options) != visible_nav(items, **options)  # type: ignore[arg-type]


def test_the_navigation_view_is_worked_out_once_per_branch_and_equals_a_fresh_one(
        tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\ntheme:\n  name: material\n  features: [navigation.prune, navigation.sections]\n",
        encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    items, pages = tree(config, {"Jan": ["a", "b"], "Feb": ["c"]})
    unlisted = page(config, "people/x.md", "X")  # pages the navigation does not list
    other = page(config, "people/y.md", "Y")
    nav = Navigation(items, [*pages.values(), unlisted, other])
    cache = ThemeOutputCache(config.theme.get_env(), config, tmp_path / "cache")
    views = {}
    for shown in (pages["a"], pages["c"], unlisted, pages["b"], pages["home"], other, pages["a"]):
        shown.active = True
        views[shown.file.src_uri] = cache._nav_part(nav)
        assert views[shown.file.src_uri] == nav_text(nav, config, cache.nav_meta_keys, cache.sizes_shown())
        shown.active = False
    assert len(set(views.values())) == 5  # a, b, c: their own branch; home: itself; x and y: none
    assert views["people/x.md"] == views["people/y.md"]
    assert len(cache._nav_views) == 5  # y found x's view, and the second visit of page a its own


def test_materials_own_partial_shows_a_collapsed_sections_size_and_the_projects_does_not(
        tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    material = tmp_path / "material.yml"
    material.write_text("site_name: T\ntheme:\n  name: material\n  features: [navigation.prune, "
                        "navigation.indexes, navigation.sections]\n", encoding="utf-8")
    plain = load_config(str(material))
    assert collapsed_size_shows(plain.theme.get_env(), plain)
    # Without navigation.indexes, Material's partial does not loop over the children at all.
    material.write_text("site_name: T\ntheme:\n  name: material\n  features: [navigation.prune]\n",
                        encoding="utf-8")
    unindexed = load_config(str(material))
    assert not collapsed_size_shows(unindexed.theme.get_env(), unindexed)
    project = load_config(str(ROOT / "mkdocs.yml"))  # site-templates/overrides/partials/nav-item.html
    assert not collapsed_size_shows(project.theme.get_env(), project)
    mkdocs_theme = tmp_path / "mkdocs.yml"
    mkdocs_theme.write_text("site_name: T\ntheme:\n  name: mkdocs\n", encoding="utf-8")
    other = load_config(str(mkdocs_theme))
    assert collapsed_size_shows(other.theme.get_env(), other)  # no such partial: keyed, to be safe


# --------------------------------------------------------------------------- whole builds


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The site fixture's story without one article (added by a test), and a hand-written page."""
    folder = tmp_path / "p"
    shutil.copytree(FIXTURES / "site", folder / "seeds")
    shutil.move(folder / "seeds" / "state-aid.html", tmp_path / "state-aid.html")
    (folder / "docs").mkdir()
    (folder / "docs" / "notes.md").write_text("# Notes\n\nHand-written.\n", encoding="utf-8")
    shutil.copytree(ROOT / "site-templates", folder / "site-templates")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def build_site(folder: Path, site: Path, **options: str) -> tuple[Site, ThemeOutputCache | None]:
    config = load_config(str(folder / "mkdocs.yml"), site_dir=str(site), **options)  # type: ignore[arg-type]
    build(config)
    files = {p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    return files, config.plugins["explainer"].theme_cache  # type: ignore[attr-defined]


def clean_build(folder: Path, site: Path) -> Site:
    """The same project built from nothing: a fresh copy, without the cache."""
    fresh = site.parent / f"{site.name}-project"
    shutil.copytree(folder, fresh, ignore=shutil.ignore_patterns(".cache"))
    return build_site(fresh, site)[0]


def html_pages(site: Site) -> set[Path]:
    return {path for path in site if path.suffix == ".html" and path.name != "404.html"}


@pytest.mark.slow
def test_an_unchanged_rebuild_reuses_every_page(project: Path, tmp_path: Path) -> None:
    first, cache = build_site(project, tmp_path / "one")
    assert cache is not None and cache.rendered and not cache.reused
    second, cache = build_site(project, tmp_path / "two")
    assert cache is not None and not cache.rendered
    assert len(cache.reused) == len(html_pages(second))
    assert first == second
    moved = tmp_path / "elsewhere"  # the same checkout in another folder (a CI runner's)
    shutil.copytree(project, moved)
    third, cache = build_site(moved, tmp_path / "three")
    assert cache is not None and not cache.rendered and third == first


@pytest.mark.slow
def test_a_changed_fact_renders_its_pages_and_only_those(project: Path, tmp_path: Path) -> None:
    before, _ = build_site(project, tmp_path / "before")
    settings = Settings(project_dir=project, cache_dir=Path(".cache"), workers=1)
    markdown_before = build_site_files(settings).files
    story, _ = build_story(settings)
    fact = story.quantities[0]
    (project / "seeds" / "story.yml").write_text(
        f"quantities:\n  {fact.id}:\n    value: 987654\n", encoding="utf-8")
    after, cache = build_site(project, tmp_path / "after")
    assert cache is not None
    markdown_after = build_site_files(settings).files
    changed = {p for p in markdown_after if p.endswith(".md") and markdown_after[p] != markdown_before.get(p)}
    assert changed and len(changed) < len(markdown_after) / 2
    assert set(cache.rendered) == changed  # the navigation is the same: only the changed content
    differing = {path for path in html_pages(after) if after[path] != before.get(path)}
    assert len(differing) == len(changed)
    assert after == clean_build(project, tmp_path / "clean")


@pytest.mark.slow
def test_an_added_article_is_byte_identical_to_a_clean_build(project: Path, tmp_path: Path) -> None:
    build_site(project, tmp_path / "before")
    shutil.move(tmp_path / "state-aid.html", project / "seeds" / "state-aid.html")
    after, cache = build_site(project, tmp_path / "after")
    assert cache is not None and cache.reused  # the hand-written page at least
    assert after == clean_build(project, tmp_path / "clean")


@pytest.mark.slow
@pytest.mark.parametrize("change", ["template", "config"])
def test_a_changed_theme_template_or_config_renders_every_page(
        project: Path, tmp_path: Path, change: str) -> None:
    build_site(project, tmp_path / "before")
    if change == "template":
        main = project / "site-templates" / "overrides" / "main.html"
        text = main.read_text(encoding="utf-8")
        main.write_text(text + "\n{#- a comment: same output -#}\n", encoding="utf-8")
    else:
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace(
            "site_description: ", "site_description: Edited. "), encoding="utf-8")
    after, cache = build_site(project, tmp_path / "after")
    assert cache is not None and not cache.reused
    assert len(cache.rendered) == len(html_pages(after))


NEW_MONTH_ARTICLE = """---
title: Riverton begins flood cleanup
outlet: Valley Courier
published: 2025-05-06
---

# Riverton begins flood cleanup

Crews began clearing debris in Riverton on Tuesday, three weeks after the flood.

Ursula Quint, who leads the city's public works department, said the work would take two months.
"""


@pytest.mark.slow
@pytest.mark.parametrize("partial", ["project's", "Material's"])
def test_an_article_opening_a_new_month_re_renders_only_its_branch(
        project: Path, tmp_path: Path, partial: str) -> None:
    if partial == "Material's":  # whose loop leaves whitespace per child of a collapsed section
        (project / "site-templates" / "overrides" / "partials" / "nav-item.html").unlink()
    build_site(project, tmp_path / "before")
    (project / "seeds" / "may-cleanup.md").write_text(NEW_MONTH_ARTICLE, encoding="utf-8")
    after, cache = build_site(project, tmp_path / "after")
    assert cache is not None
    assert "articles/2025/2025-05/index.html" in {path.as_posix() for path in after}  # a new month
    april = {"articles/2025/2025-04/council-vote.md", "articles/2025/2025-04/riverton-flood.md"}
    if partial == "Material's":
        assert len(cache.rendered) == len(html_pages(after))  # the new month's whitespace on every page
    else:
        assert april <= set(cache.reused)  # untouched pages whose sidebar collapses the year
        assert len(cache.rendered) < len(html_pages(after))
    assert after == clean_build(project, tmp_path / "clean")
