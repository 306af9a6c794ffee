"""One figure and axes for all the bar charts of a build, emptied between charts.

A new `Axes` builds its axis objects, ticks, grid lines and spines from the style first, and the
bar charts then hide all of that again (`strip_axes`): at 100 articles that made up about a third
of drawing the charts. A bar chart uses its axes only as a plain coordinate box (limits set
explicitly, no ticks, no spines, no autoscaling), so the same figure and axes can serve every bar
chart of a build: `blank` gives them back at the next chart's size and position with every mark
and text of the chart before removed, which draws the same SVG bytes as a new figure (the chart
tests and the benchmark story compare them).
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from generator.charts.style import FIG_WIDTH

Rect = tuple[float, float, float, float]


class BarsFigure:
    """The reusable figure; make one per build (its axes keep the style in force when made)."""

    def __init__(self) -> None:
        self._figure: Figure | None = None
        self._axes: Axes | None = None

    def blank(self, height: float, rect: Rect) -> tuple[Figure, Axes]:
        """The figure at `height` inches with its one axes at `rect` (figure fractions), empty."""
        if self._figure is None or self._axes is None:
            figure = Figure(figsize=(FIG_WIDTH, height))
            FigureCanvasAgg(figure)  # the Agg renderer measures text; savefig switches to SVG for output
            axes = figure.add_axes(rect)
            strip(axes)
            self._figure, self._axes = figure, axes
            return figure, axes
        figure, axes = self._figure, self._axes
        for container in list(axes.containers):
            container.remove()  # a bar container takes its bars with it
        for artist in [*axes.patches, *axes.texts, *axes.lines, *axes.collections]:
            artist.remove()
        # The figure's own texts and patches (the colour key) are plain lists; a key's swatches are
        # appended to them directly, so they have no remove method of their own.
        figure.texts.clear()
        figure.patches.clear()
        axes.dataLim.set(Bbox.null())
        axes.ignore_existing_data_limits = True
        figure.set_size_inches(FIG_WIDTH, height)
        axes.set_position(rect)
        return figure, axes


def strip(axes: Axes) -> None:
    """No spines, no ticks: the bars and their labels only."""
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_xticks([])
    axes.set_yticks([])
