"""How wide a chart's text is, measured once: the charts' layout asks for the same widths again and
again (a label while it wraps, a key item for the key's height and again to draw it, every value
label of every bar), and measuring through a temporary `Text` artist cost a quarter of the drawing.

`measured_width` gives exactly the width that artist reported: for one line of text at the
figure's origin, `Text.get_window_extent` is the width the renderer's
`get_text_width_height_descent` returns for that line and the artist's font (no rotation, no
offset: the bounding box starts at 0), divided by the figure's dpi. The answer depends only on the
text, its size and weight, the dpi and the font settings in force (family, hinting, kerning), so
it is remembered under those; text with a line break still goes through the artist.
"""

from __future__ import annotations

import matplotlib
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

# The rcParams a text's measured width depends on besides its size and weight (those this matplotlib has).
_FONT_SETTINGS = tuple(name for name in (
    "font.family", "font.sans-serif", "font.serif", "font.monospace", "font.style", "font.variant",
    "font.stretch", "text.hinting", "text.hinting_factor", "text.kerning_factor", "text.parse_math",
    "text.usetex",
) if name in matplotlib.rcParams)
_WIDTHS: dict[tuple[object, ...], float] = {}


def measured_width(figure: Figure, text: str, size: float, weight: str = "normal") -> float:
    """Width of one line of `text` in inches on `figure` (an Agg canvas), as its `Text` would measure."""
    settings = tuple(_setting(name) for name in _FONT_SETTINGS)
    key = (text, size, weight, figure.dpi, settings)
    width = _WIDTHS.get(key)
    if width is None:
        width = _measure(figure, text, size, weight)
        _WIDTHS[key] = width
    return width


def _setting(name: str) -> object:
    value = matplotlib.rcParams[name]  # type: ignore[index]  # the names are checked against rcParams above
    return tuple(value) if isinstance(value, list) else value


def _measure(figure: Figure, text: str, size: float, weight: str) -> float:
    # Figures are made on the Agg canvas, which has a renderer; the base canvas type does not say so.
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    plain = text and "\n" not in text and not matplotlib.rcParams["text.usetex"] \
        and not matplotlib.rcParams["text.parse_math"]
    if not plain:
        artist = figure.text(0, 0, text, fontsize=size, fontweight=weight)
        width: float = artist.get_window_extent(renderer).width / figure.dpi
        artist.remove()
        return width
    font = FontProperties(size=size, weight=weight)
    line_width, _, _ = renderer.get_text_width_height_descent(text, font, ismath=False)
    return float(line_width) / figure.dpi
