"""MkDocs plugin `explainer`: runs the generator and adds its pages as generated files.

Thin by design: the library builds the pages (generator.build); this module
maps MkDocs options to Settings, hands the files to MkDocs, reports problems through MkDocs' logger
(so that `mkdocs build --strict` counts them) and makes `mkdocs serve` watch the inputs.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.cache.templates import use_bytecode_cache
from generator.config import Settings
from generator.mkdocs_plugin.config import ExplainerConfig, settings_from
from generator.mkdocs_plugin.csp import content_security_policy, drop_unsafe_theme_features
from generator.mkdocs_plugin.files import add_generated, files_named
from generator.mkdocs_plugin.nav import in_reading_order, story_heading, title_generated_sections
from generator.mkdocs_plugin.site_dir import KeptSite
from generator.mkdocs_plugin.theme_cache import ThemeOutputCache
from generator.mkdocs_plugin.unchanged_writes import UnchangedWrites

log = logging.getLogger("mkdocs.plugins.explainer")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.last_good_files: dict[str, str | bytes] | None = None
        self.updated: str | None = None
        self.generated: dict[str, str | bytes] = {}
        self.serving = False
        self.command: str | None = None
        self.built = False  # the last build reached the end of on_post_build
        self.editor_errors: list[str] = []
        self.theme_cache: ThemeOutputCache | None = None
        self.dirty = False
        self.kept_site: KeptSite | None = None
        self.unchanged_writes: UnchangedWrites | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.command = command
        self.dirty = dirty

    @event_priority(-100)  # after every other plugin's on_shutdown
    def on_shutdown(self) -> None:
        from generator.mkdocs_plugin.fast_exit import exit_now, may_exit_now

        if may_exit_now(self.command, self.built):
            exit_now()  # the interpreter's teardown would free what the OS frees at once (fast_exit.py)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.settings = settings_from(self.config, Path(config.config_file_path or ".").resolve().parent)
        drop_unsafe_theme_features(config, log)
        return config

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # The theme override computes each page's Content-Security-Policy with this function.
        env.globals["explainer_csp"] = content_security_policy
        if self.settings is not None and self.settings.cache_path is not None:  # one per build's env
            self.theme_cache = ThemeOutputCache(env, config, self.settings.cache_path)
            use_bytecode_cache(env, self.settings.cache_path, "theme")
        return env

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # The generator runs here, before MkDocs empties site/: a build that must fail fails while
        # the previous site is still there.
        from generator.build import build_site

        assert self.settings is not None
        self.built = False
        self.kept_site = None
        # What is loaded by now (MkDocs, the theme, the plugins' modules) lives as long as the
        # process: frozen, the generator's collections do not walk it (the pipeline unfreezes it when
        # it has merged the story, and the end of this method freezes again).
        gc.freeze()
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
            files = files_named(result.errors + result.warnings)
            raise PluginError(
                f"explainer: {problems} problem(s) above, in {files}; "
                f"strict mode stops here and leaves the previous site/ as it was"
            )
        self.updated = result.updated.isoformat() if result.updated else None
        self.editor_errors = result.editor_errors
        self.generated = result.files
        if result.errors and self.last_good_files is not None:
            # Under `mkdocs serve` a bad edit must not take the site down: keep serving the last
            # good build until the error is fixed (the error is in the log above).
            log.error("explainer: keeping the last good version of the generated pages")
            self.generated = self.last_good_files
        elif not result.errors:
            self.last_good_files = result.files
        title = story_heading(self.generated.get("index.md"))
        if self.config.title_from_story and title:
            # Material writes `site_name` into the page unescaped and the story's title comes from
            # articles or the editor: escaped once here, as markup, so that `| e` does not escape it again.
            config.site_name = Markup.escape(title)
        # The previous build's files are written into again rather than deleted and created
        # (site_dir.py); a plugin failing after this one gives them back (on_build_error).
        if not self.dirty:  # a dirty build keeps files it does not write again, on purpose
            self.kept_site = KeptSite(Path(config.site_dir))
            self.kept_site.set_aside()
        self._leave_unchanged_files(Path(config.site_dir))
        # What the generator leaves in memory (modules, the spaCy pipeline, the story, compiled
        # templates) outlives MkDocs' page work and is only read there; without freezing, each of
        # the collections that work triggers walks all of it again (about a tenth of a rebuild after
        # an added article). Unfrozen when the build ends, so that `mkdocs serve` collects it between
        # rebuilds.
        gc.freeze()

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        files = add_generated(files, self.generated, config)
        if self.kept_site is not None:  # MkDocs has emptied the site folder by now
            self.kept_site.restore(file.dest_uri for file in files)
        assert self.settings is not None
        if self.settings.cache_path is not None:
            from generator.mkdocs_plugin.page_cache import use_cached_rendering, use_cached_search_entries

            use_cached_rendering(files, set(self.generated), config, self.settings.cache_path)
            use_cached_search_entries(config, self.settings.cache_path)
        return files

    @event_priority(-100)  # after other plugins wrote their files (the search index): they are not stale
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        gc.unfreeze()  # frozen at the end of on_pre_build
        kept: set[str] = set()
        if self.unchanged_writes is not None:
            kept = self.unchanged_writes.kept
            self.unchanged_writes.finish()
            self.unchanged_writes = None
        if self.kept_site is not None:
            self.kept_site.drop_stale(kept)
        assert self.settings is not None
        if self.settings.cache_path is not None:
            from generator.mkdocs_plugin.page_cache import prune

            prune(self.settings.cache_path, pages=len(self.generated))
        if self.editor_errors and not self.serving:
            # The site holds every valid entry, but a correction the editor wrote is missing from it:
            # a publishing pipeline must not go on as if all was well.
            raise PluginError(
                f"explainer: {len(self.editor_errors)} error(s) in the editor's files (above); the site "
                f"was built without those entries. Fix them and build again."
            )
        self.built = True

    def on_build_error(self, *, error: Exception) -> None:
        gc.unfreeze()
        kept: set[str] = set()
        if self.unchanged_writes is not None:  # its manifest is not stored: the build did not finish
            kept = self.unchanged_writes.kept
            self.unchanged_writes.uninstall()
            self.unchanged_writes = None
        if self.kept_site is not None:
            self.kept_site.give_back(kept)

    def _leave_unchanged_files(self, site_dir: Path) -> None:
        """MkDocs' writes of files whose bytes are already there are skipped (unchanged_writes.py)."""
        if self.unchanged_writes is not None:  # a build that ended without on_post_build
            self.unchanged_writes.uninstall()
        self.unchanged_writes = None
        assert self.settings is not None
        if self.settings.cache_path is not None:
            self.unchanged_writes = UnchangedWrites(site_dir, self.settings.cache_path)
            self.unchanged_writes.install()

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not (self.serving and self.editor_errors):
            return html
        from generator.mkdocs_plugin.banner import editor_banner

        assert self.settings is not None
        return editor_banner(self.settings.templates_path, self.editor_errors) + html

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        # The sitemap's <lastmod> would otherwise be the build time, and two builds of the same
        # inputs would differ; the newest article's date is when the explainer last changed.
        if self.updated:
            page.update_date = self.updated
        return page

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        title_generated_sections(nav)
        in_reading_order(nav)
        return nav

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object) -> None:
        assert self.settings is not None
        for folder in {self.settings.seeds_path, self.settings.templates_path, self.settings.overrides_path}:
            if folder.exists():
                server.watch(str(folder))
        if self.settings.story_path.exists():
            server.watch(str(self.settings.story_path))


def _log_progress(done: int, total: int) -> None:
    if total >= 50 and (done == total or done % 50 == 0):
        log.info("explainer: extracted %d of %d articles", done, total)
