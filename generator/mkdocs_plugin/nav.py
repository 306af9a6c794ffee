"""The readers' navigation: in reading order (render/layout.py's READING_ORDER), and section titles for
generated folders: MkDocs names a section after its folder ("2024-01"); a generated folder's index page
carries the readable name ("January 2024") in its heading."""

from __future__ import annotations

import html

from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from generator.render.layout import reading_position


def title_generated_sections(nav: Navigation) -> None:
    for section in _sections(nav.items):
        index = next((c for c in section.children if isinstance(c, Page) and c.is_index), None)
        if index is not None and index.file.generated_by:
            section.title = _heading(index.file.content_string) or section.title


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
            # Headings are written with character references (see render/escape.py); the nav
            # template escapes titles itself, so it gets the plain text.
            return html.unescape(line[2:].strip())
    return None


def in_reading_order(nav: Navigation) -> None:
    """Top-level pages and sections sorted into reading order (stable for the rest), with the
    previous/next links that the page footers show made to follow the new order."""
    nav.items = sorted(nav.items, key=lambda item: reading_position(_source_path(item)))
    nav.pages = _pages(nav.items)
    for previous, page in zip([None, *nav.pages], nav.pages, strict=False):
        page.previous_page = previous
        if previous is not None:
            previous.next_page = page
    if nav.pages:
        nav.pages[-1].next_page = None


def _source_path(item: StructureItem) -> str:
    if isinstance(item, Page):
        return item.file.src_uri
    if isinstance(item, Section):
        pages = _pages(item.children)
        return pages[0].file.src_uri if pages else ""
    return ""


def _pages(items: list[StructureItem]) -> list[Page]:
    found: list[Page] = []
    for item in items:
        if isinstance(item, Page):
            found.append(item)
        elif isinstance(item, Section):
            found.extend(_pages(item.children))
    return found


def story_heading(markdown: str | bytes | None) -> str | None:
    """The generated home page's heading: the story's title, as readers see it."""
    return _heading(markdown) if isinstance(markdown, str) else None
