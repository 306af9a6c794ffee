"""Charts for the explainer: what the story's data supports, as deterministic SVG plus a data table.

`build_charts(story, cache_dir)` is the whole public job. The work is split by concern:
- `data`: pure functions deriving each chart's data from a `Story` (testable without drawing);
- `specs`: titles stating the finding, alt texts, data tables and drawings from that data;
- `style`: the newsroom style and the drawing specifications (plain data);
- `draw`: matplotlib rendering, imported only when a chart is drawn;
- `text`: number and date wording for the charts.

Rendering is the slow part, so SVGs are cached in the `charts` namespace of the cache, keyed by the
drawing, the style version and the matplotlib version; an unchanged rebuild renders nothing
(`Chart.rendered` is False for every chart then).
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import json
import re
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup
from pydantic import BaseModel, ConfigDict

from generator.cache.store import Cache, content_key
from generator.cache.views import StoryParts
from generator.charts.data import (
    ArticleFacts,
    MentionTable,
    NumberGroup,
    TimelineEvent,
    derive_totals,
    mention_table,
    number_groups,
    source_table,
    timeline_events,
)
from generator.charts.specs import ChartSpec, chart_specs, format_table_number
from generator.charts.style import STYLE, STYLE_VERSION, Drawing
from generator.csv_files import to_csv
from generator.models import Story

__all__ = [
    "ArticleFacts",
    "Chart",
    "MentionTable",
    "NumberGroup",
    "TimelineEvent",
    "build_charts",
    "chart_data",
    "derive_totals",
    "mention_table",
    "number_groups",
    "source_table",
    "timeline_events",
]

PT_TO_PX = 4 / 3
CACHE_NAMESPACE = "charts"


class Chart(BaseModel):
    """One finished chart: the SVG, its words, and its data (as table rows and CSV)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str  # stable slug: "timeline", "numbers-usd", "mentions", "sources", "editor-<id>"
    kind: str
    page: str  # "timeline" | "numbers" | "people" | "sources" | "home"
    title: str
    subtitle: str
    source_line: str
    alt: str
    svg: str
    csv: str
    columns: list[str]
    rows: list[list[str]]
    numeric_columns: list[bool]
    drawn_rows: tuple[int, int] | None = None  # see ChartSpec.drawn_rows: the rows the data table shows
    drawn_columns: tuple[int, ...] | None = None  # see ChartSpec.drawn_columns: its columns
    data_hash: str
    width_px: int
    height_px: int
    rendered: bool  # False when the SVG came from the cache

    @property
    def svg_name(self) -> str:
        return f"{self.id}.svg"

    @property
    def csv_name(self) -> str:
        return f"{self.id}.csv"

    @property
    def table_column_indexes(self) -> list[int]:
        """The columns the page's data table shows: those the chart draws (the CSV keeps them all)."""
        return list(range(len(self.columns))) if self.drawn_columns is None else list(self.drawn_columns)

    @property
    def table_header(self) -> list[str]:
        return [self.columns[i] for i in self.table_column_indexes]

    @property
    def table_alignment(self) -> list[Markup]:
        """Markdown alignment row cells: numbers right-aligned so digits line up."""
        return [Markup("---:" if self.numeric_columns[i] else "---") for i in self.table_column_indexes]

    @property
    def table_rows(self) -> list[list[str]]:
        """Rows for the data table, numbers with thousands separators (the template escapes them)."""
        shown = self.table_column_indexes
        return [
            [format_table_number(row[i]) if self.numeric_columns[i] else row[i] for i in shown]
            for row in self.table_source_rows
        ]

    @property
    def table_source_rows(self) -> list[list[str]]:
        """The rows the page's data table shows: those the chart draws (the CSV keeps every row)."""
        if self.drawn_rows is None:
            return self.rows
        start, stop = self.drawn_rows
        return self.rows[start:stop]

    @property
    def table_is_cut(self) -> bool:
        return len(self.table_source_rows) < len(self.rows)

    @property
    def table_columns_cut(self) -> bool:
        return len(self.table_column_indexes) < len(self.columns)


def chart_data(story: Story) -> dict[str, object]:
    """The data behind every automatic chart, by kind (what the pure functions derive)."""
    return {
        "timeline": timeline_events(story),
        "numbers": number_groups(story),
        "mentions": mention_table(story),
        "sources": source_table(story),
    }


def build_charts(story: Story, cache_dir: Path | None = None, parts: StoryParts | None = None) -> list[Chart]:
    """All charts the story supports, rendering only those not already in `cache_dir`. With `parts`,
    the whole list is reused while the parts of the story the charts read are unchanged (working
    out the charts' data and specifications costs about half a second at 1,000 articles, and an
    editor's fix of a role or a description changes none of it)."""
    key = parts.key("charts", CHART_PARTS, _matplotlib_version()) if parts is not None else None
    cache = Cache(cache_dir, LISTS_NAMESPACE)
    if key is not None:
        found = _cached_charts(cache.load_json(key))
        if found is not None:
            return found
    drawer = Drawer()
    charts = [finish_chart(spec, cache_dir, drawer) for spec in chart_specs(story)]
    if key is not None:
        stored = [chart.model_dump(mode="json") | {"rendered": False} for chart in charts]
        cache.store_json(key, {"charts": stored})
        cache.prune(LISTS_KEPT, slack=LISTS_KEPT)
    return charts


# The story's parts the charts read (cache/views.py): every fact list, the articles, and of the
# entities only which there are, their names and mentions (the mentions chart). Declared charts,
# the title and dek, and the time expressions are kept in the key although no chart reads them now.
CHART_PARTS = ("title", "dek", "articles", "entities.named", "quantities", "quotes", "claims", "timeline",
               "timexes", "charts")
LISTS_NAMESPACE = "chart-lists"
LISTS_KEPT = 8  # a few builds' worth: undoing an edit finds the charts again


def _cached_charts(entry: object) -> list[Chart] | None:
    from pydantic import ValidationError

    listed = entry.get("charts") if isinstance(entry, dict) else None
    if not isinstance(listed, list):
        return None
    try:
        return [Chart.model_validate(chart) for chart in listed]
    except ValidationError:  # a foreign or truncated entry: the charts are worked out again
        return None


class Drawer:
    """Draws the SVGs of one build, importing matplotlib only when a chart is drawn and reusing one
    figure for all its bar charts (`bars_figure.py`)."""

    def __init__(self) -> None:
        self.bars: object | None = None

    def svg(self, drawing: Drawing) -> str:
        from generator.cache.store import long_lived

        with long_lived():  # matplotlib, imported for good
            from generator.charts.bars_figure import BarsFigure
            from generator.charts.draw import render_svg

        if not isinstance(self.bars, BarsFigure):
            self.bars = BarsFigure()
        return render_svg(drawing, self.bars)


def finish_chart(spec: ChartSpec, cache_dir: Path | None, drawer: Drawer | None = None) -> Chart:
    key = drawing_hash(spec.drawing)
    svg = read_cached_svg(cache_dir, key)
    rendered = svg is None
    if svg is None:
        svg = (drawer or Drawer()).svg(spec.drawing)
        write_cached_svg(cache_dir, key, svg)
    width, height = svg_size_px(svg)
    return Chart(
        id=spec.id,
        kind=spec.kind,
        page=spec.page,
        title=spec.title,
        subtitle=spec.subtitle,
        source_line=spec.source_line,
        alt=spec.alt,
        svg=svg,
        csv=to_csv(spec.columns, spec.rows, spec.numeric_columns),
        columns=list(spec.columns),
        rows=[list(row) for row in spec.rows],
        numeric_columns=list(spec.numeric_columns),
        drawn_rows=spec.drawn_rows,
        drawn_columns=spec.drawn_columns,
        data_hash=key,
        width_px=width,
        height_px=height,
        rendered=rendered,
    )


def drawing_hash(drawing: Drawing) -> str:
    """Everything that decides the SVG bytes: the drawing, our style, and matplotlib's version."""
    payload = {
        "drawing": type(drawing).__name__,
        "data": dataclasses.asdict(drawing),
        "style": STYLE_VERSION,
        "rc": STYLE,
        "matplotlib": _matplotlib_version(),
    }
    return content_key(json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False))


@lru_cache(maxsize=1)
def _matplotlib_version() -> str:
    return importlib.metadata.version("matplotlib")  # from the package metadata: no import


def read_cached_svg(cache_dir: Path | None, key: str) -> str | None:
    entry = Cache(cache_dir, CACHE_NAMESPACE).load_json(key)
    svg = entry.get("svg") if isinstance(entry, dict) else None
    # A truncated or foreign entry is redrawn, never served.
    valid = isinstance(svg, str) and svg.startswith("<?xml") and svg.rstrip().endswith("</svg>")
    return svg if valid else None


def write_cached_svg(cache_dir: Path | None, key: str, svg: str) -> None:
    Cache(cache_dir, CACHE_NAMESPACE).store_json(key, {"svg": svg})


def svg_size_px(svg: str) -> tuple[int, int]:
    match = re.search(r'<svg[^>]*\bwidth="([\d.]+)pt" height="([\d.]+)pt"', svg)
    if not match:
        return 0, 0
    return round(float(match.group(1)) * PT_TO_PX), round(float(match.group(2)) * PT_TO_PX)


