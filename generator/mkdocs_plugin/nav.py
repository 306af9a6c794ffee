"""Section titles for generated folders: MkDocs names a section after its folder ("2024-01"); a
generated folder's index page carries the readable name ("January 2024") in its heading."""

from __future__ import annotations

import html

from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page


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
