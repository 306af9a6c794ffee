"""The charts' newsroom style and drawing specifications: plain data, no matplotlib.

`draw` renders these with matplotlib; the chart specs and the chart cache keys need only the
data, so a rebuild whose charts are all cached never imports matplotlib.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STYLE_VERSION = "4"  # bump when a change here or in draw.py alters the pictures, so cached SVGs are redrawn

INK = "#1f2329"
MUTED = "#5c6370"
GRID = "#dde1e6"
ACCENT = "#1a6dd6"
ACCENT_TINT = "#94bdf2"  # a period's bar: lighter than a day's dot, outlined in the accent
REPEATED = "#a3abb6"
# Mid-tone hues that stay distinct after the dark-mode inversion and for common colour-vision deficiencies.
PALETTE = ("#1a6dd6", "#e07800", "#13948c", "#c73a7c", "#7356d1", "#6f7f12")

FIG_WIDTH = 6.4  # inches: 614 CSS px as drawn; charts.css shows it 358 px wide on a 390 px phone
SIDE_PAD = 0.06
# One size for every text of a chart: the picture is scaled as a whole, so the ratio between its
# widest (desktop) and narrowest (phone) display is the ratio between the largest and the smallest
# text a reader meets. 14.6 pt is 19.5 CSS px as drawn: 11.4 px at a phone's 358 px, and 15.9 px at
# charts.css's widest 500 px, below the body text (16 px).
TEXT_SIZE = 14.6
LABEL_SIZE = TEXT_SIZE
VALUE_SIZE = TEXT_SIZE
TICK_SIZE = TEXT_SIZE
KEY_SIZE = TEXT_SIZE

STYLE: dict[str, object] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "explainer-charts",
    # Labels are article and editor text: "$5 (up 20%) to $6" is prices, never mathtext to parse.
    "text.parse_math": False,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": LABEL_SIZE,
    "text.color": INK,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.facecolor": "none",
    "figure.facecolor": "none",
    "savefig.facecolor": "none",
    "savefig.edgecolor": "none",
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelsize": TICK_SIZE,
    "ytick.labelsize": TICK_SIZE,
    "xtick.labelcolor": MUTED,
    "ytick.labelcolor": MUTED,
    "grid.color": GRID,
    "grid.linewidth": 0.8,
    "lines.solid_capstyle": "round",
}
SVG_METADATA = {"Date": None, "Creator": None}


# --------------------------------------------------------------------------- specifications


@dataclass(frozen=True)
class Segment:
    value: float
    colour: str = ACCENT
    outline: bool = False  # drawn hollow: a derived, not a reported, value


@dataclass(frozen=True)
class BarRow:
    label: str
    segments: tuple[Segment, ...]
    value_label: str

    @property
    def total(self) -> float:
        return sum(max(0.0, s.value) for s in self.segments)


@dataclass(frozen=True)
class KeyItem:
    text: str
    colour: str
    outline: bool = False


@dataclass(frozen=True)
class BarsDrawing:
    """Horizontal bars, each labelled above and valued at its end (no axis, no legend)."""

    rows: tuple[BarRow, ...]
    key: tuple[KeyItem, ...] = ()


@dataclass(frozen=True)
class TimelineMark:
    label: str
    start: dt.date
    end: dt.date  # inclusive


@dataclass(frozen=True)
class TimelineDrawing:
    """Events on a date axis: a dot for a day, a bar for a period known only roughly.

    With `focus_start` the axis begins there: the events before it are summarised in one line
    (`earlier`) instead of squeezing the newest weeks into a few pixels."""

    marks: tuple[TimelineMark, ...]
    focus_start: dt.date | None = None
    earlier: str = ""


@dataclass(frozen=True)
class LineDrawing:
    labels: tuple[str, ...]
    values: tuple[float, ...]
    value_labels: tuple[str, ...]
    tick_prefix: str = ""  # "$" on a dollar axis
    tick_suffix: str = ""  # "%" on a percentage axis


Drawing = BarsDrawing | TimelineDrawing | LineDrawing
