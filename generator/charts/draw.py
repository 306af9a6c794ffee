"""Drawing chart specifications as deterministic SVG with matplotlib.

Style decisions, in one place:
- Titles, subtitles and source lines are NOT drawn here: the page template sets them as HTML text so
  they reflow at phone width, use the site's fonts and colours, and are found by the site search.
  The SVG carries the marks and their direct labels only.
- Colours are designed for a light page. Dark palettes show the same file through a CSS filter
  (`invert(1) hue-rotate(180deg)`, see site-templates/assets/charts.css): the chart is embedded as
  `<img>`, whose SVG cannot see the page's CSS variables or `currentColor`, and a filter keeps full
  contrast in both palettes where a compromise mid-grey would fall short of it in both.
- One object-oriented `Figure` per chart (never pyplot), an explicit Agg canvas to measure text, and
  a `rc_context`, so nothing leaks into other users of matplotlib in the process.
- Bytes are reproducible: text as <text> (`svg.fonttype: none`), a fixed `svg.hashsalt` for ids, no
  date or creator metadata, and the bundled DejaVu Sans for measuring so layout is the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from generator.charts.bars_figure import BarsFigure
from generator.charts.style import (
    ACCENT,
    ACCENT_TINT,
    FIG_WIDTH,
    GRID,
    INK,
    KEY_SIZE,
    LABEL_SIZE,
    MUTED,
    SIDE_PAD,
    STYLE,
    SVG_METADATA,
    TICK_SIZE,
    VALUE_SIZE,
    BarRow,
    BarsDrawing,
    Drawing,
    KeyItem,
    LineDrawing,
    TimelineDrawing,
    TimelineMark,
)
from generator.charts.text_measure import measured_width
from generator.wording import format_compact


def render_svg(drawing: Drawing, bars: BarsFigure | None = None) -> str:
    """The drawing as SVG. `bars`: a figure to draw bar charts on, reused from chart to chart of one
    build (bars_figure.py: the same bytes, without building a new axes for every chart)."""
    # STYLE holds valid rcParams names; matplotlib types them as a Literal that a plain dict cannot be.
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]
        if isinstance(drawing, BarsDrawing):
            figure = draw_bars(drawing, bars or BarsFigure())
        elif isinstance(drawing, TimelineDrawing):
            figure = draw_timeline(drawing)
        else:
            figure = draw_line(drawing)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata=SVG_METADATA, transparent=True)
    return buffer.getvalue()


# --------------------------------------------------------------------------- helpers


def new_figure(height: float) -> Figure:
    figure = Figure(figsize=(FIG_WIDTH, height))
    FigureCanvasAgg(figure)  # the Agg renderer measures text; savefig switches to SVG for output
    return figure


def text_width(figure: Figure, text: str, size: float, weight: str = "normal") -> float:
    """Width of `text` in inches, as laid out by the Agg renderer (`text_measure.text_width`: measured
    once per text, size and font settings, not once per call)."""
    return measured_width(figure, text, size, weight)


LINE_STEP = LABEL_SIZE * 1.2 / 72  # inches between the baselines of a wrapped label's lines
# Share of the measured room a label may fill: a browser without the bundled font draws the text in
# a slightly wider one, which must not run off the picture.
LABEL_SLACK = 0.92


def wrap_label(figure: Figure, text: str, width: float, size: float = LABEL_SIZE) -> tuple[str, ...]:
    """`text` broken into lines no wider than `width` inches, between words (a word wider than the
    line gets a line of its own, whole): labels wrap, never cut. Measured with the bundled font, so
    the breaks are the same on every machine."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(figure, candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return (*lines, line) if line else tuple(lines)


def draw_lines(axes: Axes, x: float, baseline: float, lines: tuple[str, ...], **style: object) -> None:
    """One text per line (y grows downwards, in inches), each kept as SVG text."""
    for number, line in enumerate(lines):
        axes.text(x, baseline + number * LINE_STEP, line, va="baseline", **style)  # type: ignore[arg-type]


KEY_LINE = 0.3  # inches per line of the colour key
KEY_SWATCH = 0.16
KEY_GAP = 0.08  # between a swatch and its text
KEY_AFTER = 0.25  # after an item's text


@dataclass(frozen=True)
class PlacedKeyItem:
    item: KeyItem
    x: float  # inches from the left
    line: int  # the key line its first text line is on
    lines: tuple[str, ...]


def key_layout(figure: Figure, items: tuple[KeyItem, ...]) -> tuple[list[PlacedKeyItem], int]:
    """Where each key item goes, several to a line while they fit; a text wider than the whole line
    wraps between words onto lines of its own (a key is never cut). Returns the items and the number
    of lines the key takes."""
    room = FIG_WIDTH - 2 * SIDE_PAD - KEY_SWATCH - KEY_GAP - KEY_AFTER
    placed: list[PlacedKeyItem] = []
    x, line = SIDE_PAD, 0
    for item in items:
        lines = wrap_label(figure, item.text, room * LABEL_SLACK, KEY_SIZE)
        text = max((text_width(figure, part, KEY_SIZE) for part in lines), default=0.0)
        width = KEY_SWATCH + KEY_GAP + text + KEY_AFTER
        if x > SIDE_PAD and (x + width > FIG_WIDTH - SIDE_PAD or len(lines) > 1):
            x, line = SIDE_PAD, line + 1
        placed.append(PlacedKeyItem(item, x, line, lines))
        if len(lines) > 1:  # a wrapped item keeps its lines to itself
            x, line = FIG_WIDTH, line + len(lines) - 1
        else:
            x += width
    return placed, (line + 1 if items else 0)


def key_height(figure: Figure, items: tuple[KeyItem, ...]) -> float:
    return key_layout(figure, items)[1] * KEY_LINE + 0.12 if items else 0.0


def draw_key(figure: Figure, items: tuple[KeyItem, ...], top: float) -> float:
    """The colour key at `top` (inches from the figure top), laid out by `key_layout`; returns its
    height. Each line of text stays SVG text of its own."""
    height_in = figure.get_size_inches()[1]
    placed, lines_used = key_layout(figure, items)
    for entry in placed:
        y = height_in - top - entry.line * KEY_LINE - KEY_LINE / 2
        figure.patches.append(
            Rectangle(
                (entry.x / FIG_WIDTH, (y - KEY_SWATCH / 2) / height_in),
                KEY_SWATCH / FIG_WIDTH,
                KEY_SWATCH / height_in,
                transform=figure.transFigure,
                figure=figure,
                linewidth=1.5,
                facecolor="none" if entry.item.outline else entry.item.colour,
                edgecolor=entry.item.colour,
            )
        )
        text_x = (entry.x + KEY_SWATCH + KEY_GAP) / FIG_WIDTH
        for number, part in enumerate(entry.lines):
            figure.text(text_x, (y - number * KEY_LINE) / height_in, part, fontsize=KEY_SIZE, va="center")
    return lines_used * KEY_LINE + 0.12


# --------------------------------------------------------------------------- bars

ROW_LABEL = 0.30
ROW_BAR = 0.30
ROW_GAP = 0.20
ROW_HEIGHT = ROW_LABEL + ROW_BAR + ROW_GAP
VALUE_PAD = 0.08


def draw_bars(drawing: BarsDrawing, bars: BarsFigure) -> Figure:
    probe = new_figure(1)
    key_room = key_height(probe, drawing.key)
    axes_width = FIG_WIDTH - 2 * SIDE_PAD
    labels = [wrap_label(probe, row.label, axes_width * LABEL_SLACK) for row in drawing.rows]
    tops = [0.0]
    for lines in labels:
        tops.append(tops[-1] + ROW_HEIGHT + (len(lines) - 1) * LINE_STEP)
    rows_height = tops[-1] - ROW_GAP
    height = key_room + rows_height + 0.1
    figure, axes = bars.blank(
        height, (SIDE_PAD / FIG_WIDTH, 0.05 / height, axes_width / FIG_WIDTH, rows_height / height)
    )
    if drawing.key:
        draw_key(figure, drawing.key, 0.02)
    axes.set_ylim(rows_height, 0)  # y in inches from the top: rows are laid out like lines of text
    axes.set_xlim(0, bar_scale(figure, drawing.rows, axes_width))
    for row, lines, top in zip(drawing.rows, labels, tops[:-1], strict=True):
        draw_bar_row(axes, row, lines, top)
    return figure


def bar_scale(figure: Figure, rows: tuple[BarRow, ...], axes_width: float) -> float:
    """The x limit that leaves room for every bar's value label to the right of the bar."""
    limit = 0.0
    for row in rows:
        room = axes_width - VALUE_PAD - text_width(figure, row.value_label, VALUE_SIZE, "bold")
        limit = max(limit, row.total * axes_width / max(room, axes_width * 0.3))
    return limit or 1.0


def draw_bar_row(axes: Axes, row: BarRow, lines: tuple[str, ...], top: float) -> None:
    draw_lines(axes, 0, top + ROW_LABEL - 0.07, lines, fontsize=LABEL_SIZE, ha="left")
    label_height = ROW_LABEL + (len(lines) - 1) * LINE_STEP
    centre, left = top + label_height + ROW_BAR / 2, 0.0
    for segment in row.segments:
        if segment.value <= 0:
            continue
        axes.barh(
            centre,
            segment.value,
            left=left,
            height=ROW_BAR,
            linewidth=1.5 if segment.outline else 0.6,
            color="none" if segment.outline else segment.colour,
            edgecolor=segment.colour if segment.outline else "white",
            hatch="///" if segment.outline else None,
        )
        left += segment.value
    axes.annotate(
        row.value_label,
        (row.total, centre),
        xytext=(VALUE_PAD * 72, 0),
        textcoords="offset points",
        fontsize=VALUE_SIZE,
        fontweight="bold",
        va="center",
        ha="left",
        color=INK,
    )


# --------------------------------------------------------------------------- timeline

EVENT_LABEL = 0.27
EVENT_MARK = 0.24
EVENT_GAP = 0.14
EVENT_ROW = EVENT_LABEL + EVENT_MARK + EVENT_GAP
DATE_AXIS = 0.62  # two lines of ticks: the first one names its year
TICK_EDGE_ROOM = 0.1  # inches a date tick's label keeps from the picture's sides


def draw_timeline(drawing: TimelineDrawing) -> Figure:
    probe = new_figure(1)
    axes_width = FIG_WIDTH - 2 * SIDE_PAD
    limits = date_limits(drawing.marks, drawing.focus_start)
    earlier = wrap_label(probe, drawing.earlier, axes_width * LABEL_SLACK) if drawing.earlier else ()
    labels = [wrap_label(probe, mark.label, label_room(mark, limits, axes_width)) for mark in drawing.marks]
    summary = EVENT_LABEL + EVENT_GAP + (len(earlier) - 1) * LINE_STEP if earlier else 0.0
    tops = [summary]
    for lines in labels:
        tops.append(tops[-1] + EVENT_ROW + (len(lines) - 1) * LINE_STEP)
    rows_height = tops[-1]
    height = rows_height + DATE_AXIS + 0.05
    figure = new_figure(height)
    axes = figure.add_axes(
        (SIDE_PAD / FIG_WIDTH, DATE_AXIS / height, axes_width / FIG_WIDTH, rows_height / height)
    )
    low, high = limits
    axes.set_xlim(low, high)
    axes.set_ylim(rows_height, 0)
    style_date_axis(axes)
    keep_tick_labels_inside(figure, axes, limits, axes_width)
    if earlier:  # what the focus window leaves out, at its left edge
        draw_lines(axes, low, EVENT_LABEL - 0.06, earlier, fontsize=LABEL_SIZE, color=MUTED, ha="left")
    for mark, lines, top in zip(drawing.marks, labels, tops[:-1], strict=True):
        draw_event(figure, axes, mark, lines, top, limits, axes_width)
    return figure


def keep_tick_labels_inside(figure: Figure, axes: Axes, limits: tuple[float, float],
                            axes_width: float) -> None:
    """Drop an end tick whose centred label would touch the picture's side ("Nov 2023" under a tick at
    the left edge); the next tick then names the year. At least two ticks stay."""
    low, high = limits
    ticks = [tick for tick in axes.xaxis.get_major_locator()() if low <= tick <= high]
    kept = list(ticks)
    while len(kept) > 2 and not tick_label_fits(figure, axes, kept, 0, limits, axes_width):
        kept.pop(0)
    while len(kept) > 2 and not tick_label_fits(figure, axes, kept, -1, limits, axes_width):
        kept.pop()
    if kept != ticks:
        axes.set_xticks(kept)


def tick_label_fits(figure: Figure, axes: Axes, ticks: list[float], index: int, limits: tuple[float, float],
                    axes_width: float) -> bool:
    """Whether the label of `ticks[index]`, centred on it, keeps TICK_EDGE_ROOM from both sides."""
    low, high = limits
    label = axes.xaxis.get_major_formatter().format_ticks(ticks)[index]
    half = max(text_width(figure, line, TICK_SIZE) for line in label.split("\n")) / 2
    x = SIDE_PAD + (ticks[index] - low) / (high - low) * axes_width
    return x - half >= TICK_EDGE_ROOM and x + half <= FIG_WIDTH - TICK_EDGE_ROOM


def label_room(mark: TimelineMark, limits: tuple[float, float], axes_width: float) -> float:
    """How wide a mark's label may be, in inches: the larger side of the mark, at least half the
    axes (a mark near an edge wraps its label there rather than into a narrow column)."""
    low, high = limits
    per_inch = (high - low) / axes_width
    start, end = date2num(mark.start), date2num(mark.end + dt.timedelta(days=1))
    room = max((high - start) / per_inch, (end - low) / per_inch, axes_width * 0.5)
    return room * LABEL_SLACK



def date_limits(marks: tuple[TimelineMark, ...], focus_start: dt.date | None = None) -> tuple[float, float]:
    first = min(m.start for m in marks)
    last = max(m.end for m in marks) + dt.timedelta(days=1)
    pad = max(2.0, (last - first).days * 0.04)
    low = date2num(focus_start) if focus_start is not None else date2num(first) - pad
    return low, date2num(last) + pad


def style_date_axis(axes: Axes) -> None:
    locator = AutoDateLocator(minticks=3, maxticks=6)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(YearOnFirstTick(locator, show_offset=False))
    axes.spines["left"].set_visible(False)
    axes.spines["bottom"].set_color(GRID)
    axes.set_yticks([])
    axes.tick_params(axis="x", length=0, pad=6)
    axes.grid(axis="x")
    axes.set_axisbelow(True)


class YearOnFirstTick(ConciseDateFormatter):
    """Concise date ticks ("May", "Jul", "2024") whose first tick also names its year ("May 2023")."""

    def format_ticks(self, values: list[float]) -> list[str]:
        labels = list(super().format_ticks(values))
        if labels and not any(char.isdigit() for char in labels[0]):
            labels[0] = f"{labels[0]}\n{num2date(values[0]).year}"
        return labels


def draw_event(
    figure: Figure,
    axes: Axes,
    mark: TimelineMark,
    lines: tuple[str, ...],
    top: float,
    limits: tuple[float, float],
    axes_width: float,
) -> None:
    start, end = date2num(mark.start), date2num(mark.end + dt.timedelta(days=1))
    centre = top + EVENT_LABEL + (len(lines) - 1) * LINE_STEP + EVENT_MARK / 2
    if mark.start == mark.end:
        start = end = (start + end) / 2
        axes.plot([start], [centre], marker="o", markersize=10, color=ACCENT, linestyle="none")
    else:
        axes.barh(
            centre,
            end - start,
            left=start,
            height=EVENT_MARK * 0.8,
            color=ACCENT_TINT,
            edgecolor=ACCENT,
            linewidth=1.5,
        )
    x, align = label_anchor(figure, lines, (start, end), limits, axes_width)
    draw_lines(axes, x, top + EVENT_LABEL - 0.06, lines, fontsize=LABEL_SIZE, ha=align)


def label_anchor(
    figure: Figure, lines: tuple[str, ...], span: tuple[float, float], limits: tuple[float, float],
    axes_width: float,
) -> tuple[float, str]:
    """Start the label at the mark; end it at the mark when it would run off the right; else fit it in."""
    low, high = limits
    per_inch = (high - low) / axes_width
    width = max((text_width(figure, line, LABEL_SIZE) for line in lines), default=0.0) * per_inch
    if span[0] + width <= high:
        return span[0], "left"
    if span[1] - width >= low:
        return span[1], "right"
    return max(low, high - width), "left"  # as close to the mark as the axes allow


# --------------------------------------------------------------------------- line

LINE_HEIGHT = 3.6
LINE_LEFT, LINE_RIGHT, LINE_BOTTOM = 0.12, 0.96, 0.12  # shares of the figure around the axes


def draw_line(drawing: LineDrawing) -> Figure:
    figure = new_figure(LINE_HEIGHT)
    figure.subplots_adjust(left=LINE_LEFT, right=LINE_RIGHT, top=0.95, bottom=LINE_BOTTOM)
    axes = figure.add_subplot()
    positions = list(range(len(drawing.values)))
    axes.plot(positions, drawing.values, color=ACCENT, linewidth=2.5, marker="o", markersize=6)
    axes.spines["left"].set_visible(False)
    axes.spines["bottom"].set_color(GRID)
    axes.grid(axis="y")
    axes.set_axisbelow(True)
    axes.tick_params(length=0, pad=6)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10]))
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _: f"{drawing.tick_prefix}{format_compact(value)}{drawing.tick_suffix}")
    )
    step = max(1, -(-len(positions) // 6))  # at most six category labels fit a phone
    ticks = positions[::step]
    room = FIG_WIDTH * (LINE_RIGHT - LINE_LEFT) / len(ticks) * LABEL_SLACK
    tick_lines = [wrap_label(figure, drawing.labels[i], room) for i in ticks]
    axes.set_xticks(ticks, ["\n".join(lines) for lines in tick_lines])  # labels wrap, never cut
    extra = (max(len(lines) for lines in tick_lines) - 1) * LINE_STEP
    figure.subplots_adjust(bottom=LINE_BOTTOM + extra / LINE_HEIGHT)
    axes.set_xlim(-0.3, len(positions) - 0.7)
    high = max(drawing.values)
    if min(drawing.values) >= 0:  # counts and amounts read honestly only from zero
        axes.set_ylim(0, high * 1.15 or 1)
    for index in sorted({0, len(positions) - 1}):
        label_line_end(axes, drawing, index)
    return figure


def label_line_end(axes: Axes, drawing: LineDrawing, index: int) -> None:
    """Value label at an end of the line, on the side away from the line's next point."""
    neighbour = 1 if index == 0 else index - 1
    below = len(drawing.values) > 1 and drawing.values[neighbour] > drawing.values[index]
    first = index == 0 and len(drawing.values) > 1
    axes.annotate(
        drawing.value_labels[index],
        (index, drawing.values[index]),
        xytext=(6 if first else -6, -12 if below else 10),
        textcoords="offset points",
        ha="left" if first else "right",
        va="top" if below else "bottom",
        fontsize=VALUE_SIZE,
        fontweight="bold",
    )
