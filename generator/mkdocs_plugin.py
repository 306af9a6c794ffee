"""MkDocs plugin `explainer`: runs the generator and adds its pages as generated files.

Thin by design: the library builds the pages (generator.warm, generator.pipeline); this module
maps MkDocs options to Settings, hands the files to MkDocs, reports problems through MkDocs' logger
(so that `mkdocs build --strict` counts them) and makes `mkdocs serve` watch the inputs.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure import StructureItem
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from generator.config import DEFAULT_MODEL, Settings
from generator.csp import content_security_policy
from generator.site_layout import listed_in_nav

log = logging.getLogger("mkdocs.plugins.explainer")


class ExplainerConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    """Folder of articles (.txt, .md, .html) and their YAML sidecars, relative to mkdocs.yml."""
    templates_dir = c.Type(str, default="site-templates")
    """Folder of the Jinja2 page templates and site assets."""
    story_file = c.Optional(c.Type(str))
    """The editor's story file (default: <seeds_dir>/story.yml)."""
    overrides_dir = c.Optional(c.Type(str))
    """Folder of per-article sidecars <article-id>.yml (default: seeds_dir)."""
    cache_dir = c.Type(str, default=".cache")
    """Content-addressed cache of annotations and charts; empty string turns it off."""
    model = c.Type(str, default=DEFAULT_MODEL)
    """spaCy pipeline: an installed package name or a path."""
    article_text = c.Choice(("excerpts", "full"), default="excerpts")
    """`excerpts` publishes only the sentences that carry facts; `full` the whole article."""
    workers = c.Type(int, default=0)
    """Processes for extraction and page rendering; 0 decides from the amount of work and the cores."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.last_good_files: dict[str, str | bytes] | None = None
        self.updated: str | None = None
        self.generated: dict[str, str | bytes] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project = Path(config.config_file_path or ".").resolve().parent
        options = self.config
        self.settings = Settings(
            project_dir=project,
            seeds_dir=Path(options.seeds_dir),
            templates_dir=Path(options.templates_dir),
            story_file=Path(options.story_file) if options.story_file else None,
            overrides_dir=Path(options.overrides_dir) if options.overrides_dir else None,
            cache_dir=Path(options.cache_dir) if options.cache_dir else None,
            model=options.model,
            article_text=options.article_text,
            workers=options.workers,
            title=None,
        )
        _drop_unsafe_theme_features(config)
        return config

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # The theme override computes each page's Content-Security-Policy with this filter.
        env.filters["content_security_policy"] = content_security_policy
        return env

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # The generator runs here, before MkDocs empties site/: a build that must fail fails while
        # the previous site is still there.
        from generator.warm import build_site

        assert self.settings is not None
        try:
            result = build_site(self.settings, _log_progress)
        except Exception as error:  # the library failed as a whole: nothing sensible to publish
            raise PluginError(f"explainer: {error}") from error
        for message in result.warnings:
            log.warning(message)
        for message in result.errors:
            log.error(message)
        problems = len(result.warnings) + len(result.errors)
        if config.strict and problems:
            files = _files_named(result.errors + result.warnings)
            raise PluginError(
                f"explainer: {problems} problem(s) above, in {files}; "
                f"strict mode stops here and leaves the previous site/ as it was"
            )
        self.updated = result.updated
        self.generated = result.files
        if result.errors and self.last_good_files is not None:
            # Under `mkdocs serve` a bad edit must not take the site down: keep serving the last
            # good build until the error is fixed (the error is in the log above).
            log.error("explainer: keeping the last good version of the generated pages")
            self.generated = self.last_good_files
        elif not result.errors:
            self.last_good_files = result.files

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        files = _add_generated(files, self.generated, config)
        assert self.settings is not None
        if self.settings.cache_path is not None:
            from generator.page_cache import use_cached_rendering

            use_cached_rendering(files, set(self.generated), config, self.settings.cache_path)
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.settings is not None
        if self.settings.cache_path is not None:
            from generator.page_cache import prune

            prune(self.settings.cache_path, pages=len(self.generated))

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        # The sitemap's <lastmod> would otherwise be the build time, and two builds of the same
        # inputs would differ; the newest article's date is when the explainer last changed.
        if self.updated:
            page.update_date = self.updated
        return page

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        # MkDocs names a section after its folder ("2024-01"); a generated folder's index page
        # carries the readable name ("January 2024") in its heading.
        for section in _sections(nav.items):
            index = next((c for c in section.children if isinstance(c, Page) and c.is_index), None)
            if index is not None and index.file.generated_by:
                section.title = _heading(index.file.content_string) or section.title
        return nav

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object) -> None:
        assert self.settings is not None
        for folder in {self.settings.seeds_path, self.settings.templates_path, self.settings.overrides_path}:
            if folder.exists():
                server.watch(str(folder))
        if self.settings.story_path.exists():
            server.watch(str(self.settings.story_path))


def _files_named(messages: list[str], shown: int = 5) -> str:
    """The files the messages are about (each message starts with `path:` or `path:line:`)."""
    files = list(dict.fromkeys(message.split(":", 1)[0] for message in messages))
    more = f" and {len(files) - shown} more" if len(files) > shown else ""
    return ", ".join(files[:shown]) + more


# Material features that copy text the site escaped (a title attribute, a truncated heading) into
# innerHTML, where it becomes markup again. The browser's own title tooltip shows the same text safely.
UNSAFE_THEME_FEATURES = ("content.tooltips",)


def _drop_unsafe_theme_features(config: MkDocsConfig) -> None:
    features = config.theme.get("features") or []
    for feature in UNSAFE_THEME_FEATURES:
        if feature in features:
            features.remove(feature)
            log.warning(
                f"explainer: mkdocs.yml turns on the theme feature '{feature}', which would show article "
                f"text as markup in tooltips; it is turned off (remove it from theme.features)"
            )


def _add_generated(files: Files, generated: dict[str, str | bytes], config: MkDocsConfig) -> Files:
    for path, content in sorted(generated.items()):
        if files.get_file_from_path(path) is not None:
            # A hand-written page in docs/ wins: the generator never replaces what people wrote.
            log.info("explainer: docs/%s exists, keeping it instead of the generated page", path)
            continue
        inclusion = InclusionLevel.UNDEFINED if listed_in_nav(path) else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return files


def _sections(items: list[StructureItem]) -> list[Section]:
    found: list[Section] = []
    for item in items:
        if isinstance(item, Section):
            found.append(item)
            found.extend(_sections(item.children))
    return found


def _heading(markdown: str) -> str | None:
    for line in markdown.splitlines()[:20]:
        if line.startswith("# "):
            # Headings are written with character references (see render_escape); the nav
            # template escapes titles itself, so it gets the plain text.
            return html.unescape(line[2:].strip())
    return None


def _log_progress(done: int, total: int) -> None:
    if total >= 50 and (done == total or done % 50 == 0):
        log.info("explainer: extracted %d of %d articles", done, total)
