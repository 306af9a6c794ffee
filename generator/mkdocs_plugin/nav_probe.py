"""Does the theme's HTML of a collapsed navigation section change with its number of children?

Material's `partials/nav-item.html` loops over a section's children to find its index page, and its
loop leaves one run of whitespace per child, also for a section that navigation.prune collapses to a
single link. The cache of rendered pages (theme_cache.py) must then key each page by the number of
children of every collapsed section it shows, and one new month or letter re-renders every page.
The project's override of that partial (site-templates/overrides/partials/nav-item.html) leaves no
whitespace. Which of the two a build uses is not assumed from file names: the theme's own macro
renders a collapsed section of one child and of two, and the key counts children only when the two
outputs differ (or when the macro cannot be rendered that way: another theme, another Material).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from jinja2 import Environment, TemplateError
from mkdocs.config.defaults import MkDocsConfig

NAV_ITEM = "partials/nav-item.html"


def collapsed_size_shows(env: Environment, config: MkDocsConfig) -> bool:
    """True when a collapsed section's HTML may differ with its number of children."""
    try:
        template = env.get_template(NAV_ITEM)
        outputs = {_collapsed_section_html(template.make_module(_context(config)), size) for size in (1, 2)}
    except (TemplateError, AttributeError, TypeError, KeyError, ValueError):
        return True
    return len(outputs) != 1


def _context(config: MkDocsConfig) -> dict[str, Any]:
    # What Material's nav.html hands the partial: the features, the page being rendered (none of
    # the probe's), the site's configuration and the base URL the `url` filter needs.
    return {"features": list(config.theme.get("features") or ()), "config": config, "page": None,
            "base_url": "."}


def _collapsed_section_html(module: Any, size: int) -> str:
    children = [_page(f"Page {number}", f"section/page-{number}/") for number in range(size)]
    section = SimpleNamespace(title="Section", active=False, children=children, meta=None,
                              is_page=False, is_section=True, is_link=False)
    # Level 2: a section under a top-level one, which navigation.sections does not expand.
    return str(module.render(section, "__nav_1_1", 2, SimpleNamespace(active=False)))


def _page(title: str, url: str) -> SimpleNamespace:
    return SimpleNamespace(title=title, url=url, active=False, is_index=False, children=None, meta=None,
                           is_page=True, is_section=False, is_link=False)
