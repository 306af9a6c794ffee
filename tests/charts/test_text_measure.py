"""The remembered text widths are exactly what a `Text` artist on the figure measures."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from generator.charts import text_measure
from generator.charts.style import STYLE
from generator.charts.text_measure import measured_width

TEXTS = ["Harbour board", "Ünïcödé façade — 12%", "$5 (up 20%) to $6", "W", "", "two\nlines", "  padded  "]


def artist_width(figure: Figure, text: str, size: float, weight: str) -> float:
    artist = figure.text(0, 0, text, fontsize=size, fontweight=weight)
    width: float = artist.get_window_extent(figure.canvas.get_renderer()).width / figure.dpi  # type: ignore[attr-defined]
    artist.remove()
    return width


@pytest.mark.parametrize("weight", ["normal", "bold"])
@pytest.mark.parametrize("size", [9.5, 14.6])
def test_measured_width_is_the_artists_width(size: float, weight: str) -> None:
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]
        figure = Figure(figsize=(6.4, 1))
        FigureCanvasAgg(figure)
        for text in TEXTS:
            expected = artist_width(figure, text, size, weight)
            assert measured_width(figure, text, size, weight) == expected, text


def test_a_width_is_measured_once_per_font_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = text_measure._measure

    def counted(figure: Figure, text: str, size: float, weight: str) -> float:
        calls.append(text)
        return original(figure, text, size, weight)

    monkeypatch.setattr(text_measure, "_measure", counted)
    monkeypatch.setattr(text_measure, "_WIDTHS", {})
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]
        figure = Figure(figsize=(6.4, 1))
        FigureCanvasAgg(figure)
        first = measured_width(figure, "Harbour board", 14.6)
        assert measured_width(figure, "Harbour board", 14.6) == first
        with matplotlib.rc_context({"text.hinting": "none"}):
            measured_width(figure, "Harbour board", 14.6)
    assert calls == ["Harbour board", "Harbour board"]
