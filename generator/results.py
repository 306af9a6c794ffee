"""What a build hands its caller (the CLI or the MkDocs plugin): the files and the problems.

Standard library only: a warm rebuild answers with this type without importing pydantic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.models import Story


@dataclass
class BuildStats:
    articles: int = 0
    annotated: int = 0
    from_cache: int = 0
    charts_rendered: int = 0
    workers: int = 1
    story_from_cache: bool = False  # the merged story (before overrides) came from the cache
    pages_reused: int = 0  # generated pages whose Markdown came from the cache (render/page_reuse.py)
    pages_rendered: list[str] = field(default_factory=list)  # the pages rendered by Jinja, by path


@dataclass
class BuildResult:
    """The generated files (path -> content), the problems to report and how the build went."""

    files: dict[str, str | bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stats: BuildStats = field(default_factory=BuildStats)
    updated: dt.date | None = None  # newest publication date: the explainer's "last updated"
    site_key: str | None = None  # the rendered site's cache entry; None when nothing was stored
    story: Story | None = None  # None when the site came from the cache without building the story
    # The errors in the editor's YAML among `errors`: they fail `mkdocs build` and, under `mkdocs serve`,
    # show on every page until fixed.
    editor_errors: list[str] = field(default_factory=list)
