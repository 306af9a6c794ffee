"""Bar charts drawn one after another on one reused figure are the bytes a new figure draws."""

from __future__ import annotations

from generator.charts.bars_figure import BarsFigure
from generator.charts.draw import render_svg
from generator.charts.style import BarRow, BarsDrawing, KeyItem, Segment

DRAWINGS = [
    BarsDrawing((BarRow("Containers unloaded at the northern quay during the first week of the strike",
                        (Segment(1200),), "1,200"), BarRow("Ships", (Segment(40),), "40"))),
    BarsDrawing((BarRow("Dockers", (Segment(30, "#123456"), Segment(5, "#654321", outline=True)), "35"),),
                key=(KeyItem("Harbour Post", "#123456"), KeyItem("derived", "#654321", outline=True))),
    BarsDrawing(tuple(BarRow(f"Berth {n}", (Segment(n * 3.5),), f"{n * 3.5:g}") for n in range(1, 9))),
    BarsDrawing((BarRow("Nothing reported", (Segment(0),), "0"),)),
]


def test_a_reused_figure_draws_the_same_bytes_as_a_new_one() -> None:
    bars = BarsFigure()
    reused = [render_svg(drawing, bars) for drawing in DRAWINGS + DRAWINGS[::-1]]
    fresh = [render_svg(drawing) for drawing in DRAWINGS + DRAWINGS[::-1]]
    assert reused == fresh
    assert len(set(fresh)) == len(DRAWINGS)  # four different pictures, each drawn twice


def test_the_reused_figure_keeps_nothing_of_the_chart_before() -> None:
    bars = BarsFigure()
    render_svg(DRAWINGS[1], bars)  # a key: figure texts and patches
    figure, axes = bars.blank(1.0, (0.1, 0.1, 0.8, 0.8))
    assert not figure.texts and not figure.patches
    assert not axes.patches and not axes.texts and not axes.containers and not axes.lines
