"""Reusing MkDocs' Markdown-to-HTML conversion of generated pages whose Markdown did not change.

Converting Markdown is about half of what `mkdocs build` spends on a large story, and adding one
article changes only a few of its pages. A generated page is therefore a `CachedRenderPage`: its
`render` looks up an entry keyed by everything the conversion reads, namely the page's Markdown
(after other plugins' `on_page_markdown`), its source path and URL, the Markdown extensions and
their options, the link validation settings and the versions of the packages doing the work.

The one input not in the key is the rest of the site: a link is rewritten to the URL of the file it
points at, so a page's HTML depends on which files exist. The entry records every file lookup the
conversion made and what it found; it is reused only while each lookup still finds a file at the
same URL. A conversion that logged anything (a broken link, an extension's warning) is never
stored, so that every build reports it again and `--strict` keeps failing on it.

Hand-written pages in docs/ are converted as usual: they may include other files (snippets),
which the key could not see.

The search plugin's entries for a page are reused the same way (`use_cached_search_entries`): parsing
every page's HTML for the search index is the other large part of a rebuild. They are keyed by what
the search plugin reads: the page's HTML, URL, title, metadata and table of contents.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.cache.store import Cache, content_key

NAMESPACE = "pages"
SEARCH_NAMESPACE = "search-entries"
THEME_NAMESPACE = "page-html"  # whole pages rendered by the theme (theme_cache.py)
ENTRY_VERSION = "1"
_PACKAGES = ("mkdocs", "markdown", "pymdown-extensions", "mkdocs-material")
_SEARCH_PACKAGES = ("mkdocs", "mkdocs-material", "jieba")  # jieba, when installed, splits Chinese words
_SEARCH_PLUGINS = ("material/search", "search")
_WATCHED_LOGGERS = ("", "mkdocs", "MARKDOWN")
PRUNE_SLACK = 64  # hand-written pages do not count, and a build may add a few pages


class CachedRenderPage(Page):
    """A generated page whose HTML is reused while its Markdown and link targets are unchanged."""

    def __init__(self, title: str | None, file: File, config: MkDocsConfig, cache: Cache,
                 options: BuildOptions | None = None) -> None:
        super().__init__(title, file, config)
        self.cache = cache
        self.options = options or BuildOptions()

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        key = conversion_key(self.markdown, self.file, config, self.options.text(config))
        if key is not None and self._reuse(self.cache.load_json(key), files):
            return
        recorder = RecordingFiles(files)
        with logged_records() as records:
            super().render(config, recorder)  # type: ignore[arg-type]  # quacks like Files
        if key is not None and not records and recorder.all_found:
            self.cache.store_json(key, self._entry(recorder.found))

    def _entry(self, lookups: dict[str, str]) -> dict[str, Any]:
        return {
            "content": self.content,
            "toc": _tokens_of(self.toc),
            "title": self._title_from_render,
            "anchors": sorted(self.present_anchor_ids or ()),
            "links_to_anchors": {
                linked.src_uri: links for linked, links in (self.links_to_anchors or {}).items()
            },
            "lookups": lookups,
        }

    def _reuse(self, entry: object, files: Files) -> bool:
        """Take the cached conversion if it is well formed and its link targets are unchanged."""
        if not isinstance(entry, dict) or not _lookups_hold(entry.get("lookups"), files,
                                                             self.options.urls(files)):
            return False
        try:
            content, toc_tokens, title = entry["content"], entry["toc"], entry["title"]
            anchors, to_anchors = entry["anchors"], entry["links_to_anchors"]
            toc = get_toc(toc_tokens)
            linked = {file_at(files, uri): dict(links) for uri, links in to_anchors.items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            return False
        if not isinstance(content, str) or None in linked:
            return False
        self.content, self.toc = content, toc
        self._title_from_render = title if isinstance(title, str) else None
        self.present_anchor_ids = {str(anchor) for anchor in anchors}
        if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = linked  # type: ignore[assignment]  # None was ruled out above
        return True


def _tokens_of(toc: Any) -> list[Any]:
    """The table of contents as the plain data get_toc builds it from."""
    return [
        {"level": item.level, "id": item.id, "name": item.title, "children": _tokens_of(item.children)}
        for item in toc
    ]


class RecordingFiles:
    """Files as the conversion sees it, remembering each path it looked up and the URL found."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.found: dict[str, str] = {}
        self.all_found = True

    def get_file_from_path(self, path: str) -> File | None:
        file = self._files.get_file_from_path(path)
        if file is None or file.inclusion.is_excluded():
            self.all_found = False
        else:
            self.found[path] = file.url
        return file

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)


def file_at(files: Files, path: str) -> File | None:
    """`files.get_file_from_path(path)`, without normalising a path that is already a file's own
    `src_uri` (the keys are normalised posix paths, so such a path normalises to itself): pages
    look up the same link targets thousands of times a build."""
    found = files.src_uris.get(path)
    return found if found is not None else files.get_file_from_path(path)


def _lookups_hold(lookups: object, files: Files, urls: Mapping[str, str] | None = None) -> bool:
    """Whether each recorded link lookup finds a file at the same URL again. `urls`: every
    included file's URL by its `src_uri` (`BuildOptions.urls`), asked first; a path it does not
    hold is looked up as MkDocs would (it may need normalising, or name an excluded file)."""
    if not isinstance(lookups, dict):
        return False
    known = urls or {}
    for path, url in lookups.items():
        found = known.get(path)
        if found is not None:
            if found != url:
                return False
            continue
        file = file_at(files, path)
        if file is None or file.url != url or file.inclusion.is_excluded():
            return False
    return True


class BuildOptions:
    """The Markdown options of one build, worked out at its first page's conversion (after every
    plugin's events that could still change them) and shared by its pages."""

    def __init__(self) -> None:
        self._text: str | bool | None = False  # False: not worked out yet
        self._urls: tuple[Files, dict[str, str]] | None = None

    def urls(self, files: Files) -> dict[str, str]:
        """Every included file's URL by its `src_uri`, made once for the build's `files`: a reused
        page's link lookups (tens of thousands in a big story) are then one dict lookup each,
        where asking each file whether it is excluded and for its URL was most of checking them."""
        if self._urls is None or self._urls[0] is not files:
            self._urls = (files, {uri: file.url for uri, file in files.src_uris.items()
                                  if not file.inclusion.is_excluded()})
        return self._urls[1]

    def text(self, config: MkDocsConfig) -> str | None:
        if self._text is False:
            self._text = markdown_options(config)
        return self._text if isinstance(self._text, str) else None


def markdown_options(config: MkDocsConfig) -> str | None:
    """The conversion's options as stable text (None when they have none): the same for every page
    of a build, so worked out once."""
    return _stable(
        [config.markdown_extensions, config.mdx_configs, config.validation, config.use_directory_urls]
    )


def conversion_key(markdown: str, file: File, config: MkDocsConfig,
                   options: str | bool | None = False) -> str | None:
    """The key of a page's conversion, or None when the Markdown options cannot be pinned down
    (`options`: `markdown_options(config)` when already known)."""
    if options is False:
        options = markdown_options(config)
    if not isinstance(options, str):
        return None
    return content_key(
        NAMESPACE, ENTRY_VERSION, _package_versions(), options, file.src_uri, file.url, markdown,
        # Quieter builds drop messages before they could be seen, and so store more pages.
        str(logging.getLogger("mkdocs").getEffectiveLevel()),
    )


def _stable(value: object) -> str | None:
    """A text that is the same across runs for equal options; None for what has no such text."""
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    if isinstance(value, dict) or hasattr(value, "items"):
        parts = [(_stable(k), _stable(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in parts):
            return None
        return "{" + ",".join(f"{k}:{v}" for k, v in sorted(parts)) + "}"
    if isinstance(value, list | tuple | set | frozenset):
        items = [text for text in (_stable(item) for item in value) if text is not None]
        if len(items) != len(value):
            return None
        return "[" + ",".join(sorted(items) if isinstance(value, set | frozenset) else items) + "]"
    if callable(value) and hasattr(value, "__qualname__"):
        # Options such as superfences' custom fence formatters are functions, named in YAML.
        return f"<{getattr(value, '__module__', '')}.{value.__qualname__}>"
    return None


def _package_versions() -> str:
    return _versions(_PACKAGES)


@lru_cache(maxsize=4)
def _versions(packages: tuple[str, ...]) -> str:
    versions = []
    for package in packages:
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=none")
    return ";".join(versions)


@contextmanager
def logged_records() -> Iterator[list[logging.LogRecord]]:
    """Collect what is logged at INFO or above while converting, wherever it is logged."""
    records: list[logging.LogRecord] = []
    handler = _ListHandler(records)
    loggers = [logging.getLogger(name) for name in _WATCHED_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield records
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


class _ListHandler(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.INFO)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def use_cached_rendering(files: Files, generated: set[str], config: MkDocsConfig, folder: Path) -> None:
    """Give each generated Markdown page (not one a hand-written page replaced) a CachedRenderPage."""
    cache = Cache(folder, NAMESPACE)
    titles = nav_titles(config.nav)
    options = BuildOptions()
    for file in files.documentation_pages():
        if file.src_uri in generated and file.generated_by and file.page is None:
            CachedRenderPage(titles.get(file.src_uri), file, config, cache, options)  # sets file.page


def prune(folder: Path, pages: int) -> None:
    """Keep the entries of about the last two builds: enough to go back one edit."""
    # Pruned once an eighth of a build's entries more stand: an editor's fix adds a few dozen, and
    # reading the times of every entry of three namespaces each build was a tenth of a second.
    for namespace in (NAMESPACE, SEARCH_NAMESPACE, THEME_NAMESPACE):
        Cache(folder, namespace).prune(keep=2 * pages + PRUNE_SLACK, slack=pages // 8)


def use_cached_search_entries(config: MkDocsConfig, folder: Path) -> None:
    """Make the search plugin reuse a page's index entries while everything it reads is unchanged.

    The search plugin appends a page's entries to its index's `entries` list; a page whose inputs
    are unchanged gets the entries it got last time, in the same place, so the index is the same."""
    plugin = next((config.plugins[name] for name in _SEARCH_PLUGINS if name in config.plugins), None)
    index = getattr(plugin, "search_index", None)
    entries = getattr(index, "entries", None)
    index_page = getattr(index, "add_entry_from_context", None)
    if index is None or not isinstance(entries, list) or not callable(index_page) \
            or getattr(index_page, "cached", False):
        return  # another search plugin, or one that keeps its entries elsewhere: leave it alone
    index.add_entry_from_context = _reusing_entries(index, index_page, Cache(folder, SEARCH_NAMESPACE))


def _reusing_entries(index: Any, index_page: Callable[[Page], None], cache: Cache) -> Callable[[Page], None]:
    def add_entry_from_context(page: Page) -> None:
        key = search_key(page)
        stored = _entries_from(cache.load_json(key)) if key else None
        if stored is not None:
            index.entries.extend(stored)
            return
        first = len(index.entries)
        index_page(page)
        if key:
            # As (name, value) pairs: the index is written in the entries' own key order, and the
            # cache writes mappings with sorted keys.
            cache.store_json(key, [list(entry.items()) for entry in index.entries[first:]])

    add_entry_from_context.cached = True  # type: ignore[attr-defined]  # marks the wrapper: wrap once
    return add_entry_from_context


def _entries_from(stored: object) -> list[dict[str, Any]] | None:
    """Stored (name, value) pairs back into entries, or None when the entry is not well formed."""
    if not isinstance(stored, list):
        return None
    try:
        return [{str(name): value for name, value in pairs} for pairs in stored]
    except (TypeError, ValueError):
        return None


def search_key(page: Page) -> str | None:
    """The key of a page's search entries, or None when its metadata has no stable text."""
    try:
        meta = json.dumps(page.meta, sort_keys=True)
    except (TypeError, ValueError):
        return None
    return content_key(
        SEARCH_NAMESPACE, ENTRY_VERSION, _versions(_SEARCH_PACKAGES), page.url, str(page.title), meta,
        json.dumps(_tokens_of(page.toc), sort_keys=True), page.content or "",
    )


def nav_titles(nav: object) -> dict[str, str]:
    """Titles that mkdocs.yml's `nav` gives pages ("Timeline: timeline.md"), by source path.

    MkDocs takes a page's title from the nav only when it makes the page itself; a page made here
    must be given it."""
    titles: dict[str, str] = {}
    items = nav if isinstance(nav, list) else []
    for item in items:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            if isinstance(value, str):
                titles[value] = str(title)
            else:
                titles.update(nav_titles(value))
    return titles
