"""Reusing the theme's rendering of a page (the whole HTML file: header, navigation, content,
footer) while nothing the theme reads for that page changed.

After the Markdown conversion (page_cache.py) and the search entries, rendering every page
through the theme's templates is what is left of a rebuild, and its cost grows with the site:
each page carries its part of the navigation. An entry is keyed by:
  - the page as the theme sees it: URL, title, HTML content, table of contents, metadata, the
    previous and next pages of its footer;
  - the part of the navigation the page's HTML contains (below);
  - every other value of the template context, the site's configuration (theme options, plugins'
    options, `site_name`, `extra`...), the template's name, the theme's own template files (by
    content for a `custom_dir`, by package version for installed themes), the names of the
    template globals and filters and this plugin's code (which provides some of them).

The navigation. With Material's `navigation.prune`, a page's HTML holds only the top-level
items, the children of top-level sections (with `navigation.sections`) and the branch that leads
to the page; any other section is one link to its first page. The key covers exactly that view
(`visible_nav`), so that an added article changes the sidebar of the pages of its own month and
not of the whole site. Any other theme, or Material without pruning, renders the whole tree:
the key covers the whole tree. A collapsed section's number of children is in the key only when the
theme's HTML of a collapsed section shows it (nav_probe.py: Material's own partial does, in its
whitespace; the project's override does not).

A rendering that logged anything is not stored, so its message comes back on every build. The
build date is not in the key: a page showing it would change on every build, and two builds of the
same inputs write the same bytes (tested).
"""

from __future__ import annotations

import json
import re
import sysconfig
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from generator.cache.store import Cache, content_key, package_files, source_fingerprint
from generator.mkdocs_plugin.nav_probe import collapsed_size_shows
from generator.mkdocs_plugin.page_cache import THEME_NAMESPACE, _stable, _tokens_of, _versions, logged_records

NAMESPACE = THEME_NAMESPACE
ENTRY_VERSION = "1"
_PACKAGES = ("mkdocs", "mkdocs-material", "jinja2", "markupsafe", "pymdown-extensions")
PLUGIN_ROOT = Path(__file__).resolve().parent
# Context values MkDocs sets for every page; each is keyed below in its own way.
_KNOWN_CONTEXT = ("nav", "pages", "base_url", "extra_css", "extra_javascript", "mkdocs_version",
                  "build_date_utc", "config", "page")
# Configuration that no page template reads: serving, deploying, where files are.
_NOT_RENDERED = ("dev_addr", "watch", "remote_branch", "remote_name", "strict", "exclude_docs",
                 "not_in_nav", "draft_docs", "config_file_path", "docs_dir", "site_dir", "hooks",
                 "nav", "validation")


class ThemeOutputCache:
    """Wraps the theme environment's templates so that rendering a page first looks up its entry."""

    def __init__(self, env: Environment, config: MkDocsConfig, folder: Path) -> None:
        self.cache = Cache(folder, NAMESPACE)
        self.env = env
        self.config = config
        self._site_text: str | bool | None = False  # False: not computed yet; None: no stable text
        self._sizes_shown: bool | None = None  # not probed yet
        # The date MkDocs gives every page for the sitemap: the newest article's date here. It
        # changes with each new article; keyed only for a theme whose page templates show it.
        self.shows_update_date = bool(template_matches(config, re.compile(r"update_date")))
        # What the navigation shows of other pages' metadata (an icon, a status), not their
        # descriptions, which count the story's facts and change with every article.
        self.nav_meta_keys = template_matches(config, re.compile(r"nav_item\.meta\.(\w+)"))
        self.rendered: list[str] = []  # pages rendered by the theme this build (source paths)
        self.reused: list[str] = []
        # The navigation's view by its active items: pages of one branch, and every page the
        # navigation does not list, show the same view (see `_nav_part`).
        self._nav_views: dict[tuple[int, ...], str] = {}
        self._nav_of_views: Navigation | None = None
        self._original_get_template = env.get_template
        env.get_template = self._get_template  # type: ignore[method-assign]

    def _get_template(self, *args: Any, **kwargs: Any) -> Template:
        template = self._original_get_template(*args, **kwargs)
        if not getattr(template.render, "theme_cached", False):
            template.render = self._caching_render(template)  # type: ignore[method-assign]
        return template

    def _caching_render(self, template: Template) -> Callable[..., str]:
        render = template.render

        def caching_render(*args: Any, **kwargs: Any) -> str:
            context = dict(*args, **kwargs)
            page = context.get("page")
            key = self.key(template, context) if isinstance(page, Page) else None
            if key is None or not isinstance(page, Page):
                return render(context)
            stored = self.cache.load_text(key)
            if stored is not None:
                self.reused.append(page.file.src_uri)
                return stored
            with logged_records() as records:
                output = render(context)
            self.rendered.append(page.file.src_uri)
            if not records:
                self.cache.store_text(key, output)
            return output

        caching_render.theme_cached = True  # type: ignore[attr-defined]  # marks the wrapper: wrap once
        return caching_render

    def key(self, template: Template, context: dict[str, Any]) -> str | None:
        """The entry's key, or None when some input has no stable text (then nothing is reused)."""
        site = self.site_text()
        page = context["page"]
        extras = context_text(context)
        page_part = page_text(page, self.shows_update_date)
        if site is None or extras is None or page_part is None:
            return None
        nav = context.get("nav")
        nav_part = self._nav_part(nav) if isinstance(nav, Navigation) else "no nav"
        return content_key(NAMESPACE, ENTRY_VERSION, site, str(template.name), extras, page_part, nav_part)

    def _nav_part(self, nav: Navigation) -> str:
        """`nav_text` of the navigation as this page shows it, computed once per set of active
        items. Between pages of one build only the items' `active` flags change: MkDocs sets titles
        and metadata while it converts every page, before the theme renders the first."""
        if nav is not self._nav_of_views:
            self._nav_views, self._nav_of_views = {}, nav
        active = tuple(id(item) for item in _active_items(nav.items))
        view = self._nav_views.get(active)
        if view is None:
            view = nav_text(nav, self.config, self.nav_meta_keys, self.sizes_shown())
            self._nav_views[active] = view
        return view

    def site_text(self) -> str | None:
        """What every page shares: configuration, theme files, template globals. Computed once a
        build, at the first page (after every plugin's on_config and on_pre_build changed it)."""
        if self._site_text is False:
            self._site_text = site_text(self.config, self.env)
        return self._site_text if isinstance(self._site_text, str) else None

    def sizes_shown(self) -> bool:
        """Whether a collapsed section's HTML varies with its number of children (probed once a build)."""
        if self._sizes_shown is None:
            self._sizes_shown = collapsed_size_shows(self.env, self.config)
        return self._sizes_shown


def site_text(config: MkDocsConfig, env: Environment) -> str | None:
    parts = [_versions(_PACKAGES), theme_text(config),
             source_fingerprint(package_files(PLUGIN_ROOT, ("*.py",))),
             ",".join(sorted(env.globals)), ",".join(sorted(env.filters))]
    for name, value in sorted(config.items()):
        if name.startswith("_") or name in _NOT_RENDERED or name == "theme":
            continue
        text = plugins_text(value) if name == "plugins" else _stable(_plain(value))
        if text is None:
            return None
        parts.append(f"{name}={text}")
    if None in parts:
        return None
    text = "\n".join(str(part) for part in parts)
    # Paths inside the project (a custom_dir) as relative ones: a checkout in another folder (a CI
    # runner's) renders the same pages.
    project = str(Path(config.config_file_path).resolve().parent) if config.config_file_path else None
    return text.replace(project, "<project>") if project else text


def theme_text(config: MkDocsConfig) -> str | None:
    """The theme's options and templates: installed themes by version, other folders by content."""
    theme = config.theme
    options = _stable({name: _plain(value) for name, value in theme.items() if name != "locale"})
    if options is None:
        return None
    installed = Path(sysconfig.get_paths()["purelib"]).resolve()
    folders = []
    for folder in map(Path, theme.dirs):
        resolved = folder.resolve()
        if resolved.is_relative_to(installed):
            folders.append(f"{folder}:installed")
        else:
            files = tuple(path for path in package_files(resolved, ("**/*",)) if path.is_file())
            folders.append(f"{folder}:{source_fingerprint(files)}:{_relative_names(resolved, files)}")
    return "|".join([str(theme.name), str(theme.get("locale")), options, *folders])


def _relative_names(root: Path, files: Iterable[Path]) -> str:
    # source_fingerprint keys each file by its name only: the paths tell a.html from partials/a.html.
    return ",".join(path.relative_to(root).as_posix() for path in files)


def plugins_text(plugins: Any) -> str | None:
    parts = []
    for name, plugin in plugins.items():
        options = _stable(_plain(dict(plugin.config)))
        if options is None:
            return None
        parts.append(f"{name}:{type(plugin).__module__}.{type(plugin).__qualname__}:{options}")
    return ";".join(parts)


def _plain(value: Any) -> Any:
    """Configuration values as plain data: MkDocs' config objects, script entries as their text."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(name): _plain(item) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if type(value).__name__ == "ExtraScriptValue":
        return _plain(dict(value))
    return value


def context_text(context: dict[str, Any]) -> str | None:
    """The context values besides the page, nav and configuration (other plugins may add some)."""
    parts: list[str | None] = [repr(context.get(name)) for name in ("base_url", "mkdocs_version")]
    parts += [_stable(_plain(context.get(name))) for name in ("extra_css", "extra_javascript")]
    for name in sorted(set(context) - set(_KNOWN_CONTEXT)):
        text = _stable(_plain(context[name]))
        parts.append(None if text is None else f"{name}={text}")
    return None if None in parts else "\n".join(str(part) for part in parts)


def template_matches(config: MkDocsConfig, pattern: re.Pattern[str]) -> set[str]:
    """What `pattern` finds in the theme's HTML templates (the ones pages are rendered with): its
    first group, or the whole match."""
    found: set[str] = set()
    for folder in map(Path, config.theme.dirs):
        for path in sorted(folder.rglob("*.html")):
            text = path.read_text(encoding="utf-8", errors="replace")
            found.update(match.group(match.lastindex or 0) for match in pattern.finditer(text))
    return found


def page_text(page: Page, with_update_date: bool) -> str | None:
    meta = _json(page.meta)
    if meta is None:
        return None
    neighbours = [
        (other.title, other.url, _json(other.meta)) if other is not None else None
        for other in (page.previous_page, page.next_page)
    ]
    return "\n".join(str(part) for part in (
        page.url, page.file.src_uri, page.file.dest_uri, page.title, page.canonical_url, page.abs_url,
        page.edit_url, page.is_homepage, getattr(page, "update_date", None) if with_update_date else "",
        meta, neighbours,
        json.dumps(_tokens_of(page.toc), sort_keys=True), page.content or "",
    ))


def _json(value: object) -> str | None:
    try:
        return json.dumps(value, sort_keys=True)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- the navigation


def nav_text(nav: Navigation, config: MkDocsConfig, meta_keys: set[str], sizes_shown: bool = True) -> str:
    features = set(config.theme.get("features") or ())
    material = config.theme.name == "material"
    pruned = material and "navigation.prune" in features \
        and "navigation.tabs" not in features  # tabs show every top-level section's pages: whole tree
    # Material's navigation reads only some keys of a page's metadata; for other themes, all of it.
    keys = meta_keys if material else None
    return json.dumps(visible_nav(nav.items, pruned, "navigation.sections" in features, keys,
                                  sizes_shown=sizes_shown))


def visible_nav(items: list[StructureItem], pruned: bool, sections: bool, meta_keys: set[str] | None,
                level: int = 1, sizes_shown: bool = True) -> list[Any]:
    """The navigation as one page's HTML shows it (the page is the one marked active).

    Pruned (Material's navigation.prune): a section is expanded when it is on the page's branch,
    or a top-level one with navigation.sections; any other is shown as one link to its first
    page, under the section's title (Material's render_pruned), and whether it has children (how
    many, when `sizes_shown`). Of other pages' metadata, only `meta_keys` (all of it when None)."""
    view: list[Any] = []
    for item in items:
        if isinstance(item, Page):
            meta = item.meta if meta_keys is None else {
                key: value for key, value in (item.meta or {}).items() if key in meta_keys}
            view.append(["page", item.title, item.url, item.active, item.is_index, bool(item.meta),
                         _json(meta), repr(getattr(item, "encrypted", None)),
                         repr(getattr(item, "typeset", None))])
        elif isinstance(item, Section):
            expanded = not pruned or item.active or (sections and level == 1)
            if expanded:
                view.append(["section", item.title, item.active,
                             visible_nav(item.children, pruned, sections, meta_keys, level + 1, sizes_shown)])
            else:
                # Material's own partial loops over a pruned section's children (looking for its index
                # page): their number shows in the HTML's whitespace.
                size = len(item.children) if sizes_shown else bool(item.children)
                view.append(["pruned", item.title, _first_pages(item), size])
        elif isinstance(item, Link):
            view.append(["link", item.title, item.url])
        else:
            view.append(["other", repr(item)])
    return view


def _active_items(items: list[StructureItem]) -> list[StructureItem]:
    """The active items of the navigation tree: the page being rendered and its sections. MkDocs
    marks an item's parent active with it, so only active sections hold active items."""
    found: list[StructureItem] = []
    for item in items:
        if getattr(item, "active", False):  # pages and sections; links never are
            found.append(item)
            if isinstance(item, Section):
                found.extend(_active_items(item.children))
    return found


def _first_pages(section: Section) -> list[Any]:
    """The chain of first children down to the page a pruned section links to."""
    chain: list[Any] = []
    item: StructureItem | None = section
    while isinstance(item, Section):
        item = item.children[0] if item.children else None
        chain.append([type(item).__name__, getattr(item, "title", None), getattr(item, "url", None)])
    return chain

