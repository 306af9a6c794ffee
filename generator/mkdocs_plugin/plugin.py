"""MkDocs plugin `explainer`: runs the generator and adds its pages as generated files.

Thin by design: the library builds the pages (generator.build); this module
maps MkDocs options to Settings, hands the files to MkDocs, reports problems through MkDocs' logger
(so that `mkdocs build --strict` counts them) and makes `mkdocs serve` watch the inputs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.config import Settings
from generator.mkdocs_plugin.config import ExplainerConfig, settings_from
from generator.mkdocs_plugin.csp import content_security_policy, drop_unsafe_theme_features
from generator.mkdocs_plugin.nav import title_generated_sections
from generator.render.layout import listed_in_nav
from generator.writer import owned_files

log = logging.getLogger("mkdocs.plugins.explainer")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.last_good_files: dict[str, str | bytes] | None = None
        self.updated: str | None = None
        self.generated: dict[str, str | bytes] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.settings = settings_from(self.config, Path(config.config_file_path or ".").resolve().parent)
        drop_unsafe_theme_features(config, log)
        return config

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # The theme override computes each page's Content-Security-Policy with this function.
        env.globals["explainer_csp"] = content_security_policy
        return env

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # The generator runs here, before MkDocs empties site/: a build that must fail fails while
        # the previous site is still there.
        from generator.build import build_site

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
        self.updated = result.updated.isoformat() if result.updated else None
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
            from generator.mkdocs_plugin.page_cache import use_cached_rendering

            use_cached_rendering(files, set(self.generated), config, self.settings.cache_path)
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.settings is not None
        if self.settings.cache_path is not None:
            from generator.mkdocs_plugin.page_cache import prune

            prune(self.settings.cache_path, pages=len(self.generated))

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        # The sitemap's <lastmod> would otherwise be the build time, and two builds of the same
        # inputs would differ; the newest article's date is when the explainer last changed.
        if self.updated:
            page.update_date = self.updated
        return page

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        title_generated_sections(nav)
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


def _add_generated(files: Files, generated: dict[str, str | bytes], config: MkDocsConfig) -> Files:
    # Pages that `explainer build --out <docs_dir>` wrote (for Zensical) are listed in its manifest:
    # they are earlier output, not hand-written pages, so this build's pages replace them.
    for path in sorted(owned_files(Path(config.docs_dir))):
        earlier = files.get_file_from_path(path)
        if earlier is not None:
            files.remove(earlier)
    for path, content in sorted(generated.items()):
        if files.get_file_from_path(path) is not None:
            # A hand-written page in docs/ wins: the generator never replaces what people wrote.
            log.info("explainer: docs/%s exists, keeping it instead of the generated page", path)
            continue
        inclusion = InclusionLevel.UNDEFINED if listed_in_nav(path) else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return files


def _log_progress(done: int, total: int) -> None:
    if total >= 50 and (done == total or done % 50 == 0):
        log.info("explainer: extracted %d of %d articles", done, total)
