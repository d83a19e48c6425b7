"""Shared look of every figure: a colour-blind-safe palette, figure size, PNG export.

Palette: Okabe & Ito (2008), *Color Universal Design*, the eight colours that stay
distinct for the common forms of colour-vision deficiency. Strength is always
vermillion and hypertrophy always blue, in every figure of the course.
"""

from __future__ import annotations

import base64
import io
from typing import Any

from matplotlib.figure import Figure

#: Okabe–Ito colours by name.
PALETTE: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Colour of each training goal, the same in every figure.
GOAL_COLOURS: dict[str, str] = {
    "strength": PALETTE["vermillion"],
    "hypertrophy": PALETTE["blue"],
    "both": PALETTE["reddish_purple"],
}

#: A cycle for series without a fixed meaning (seven e1RM formulas fit in it).
SERIES_COLOURS: tuple[str, ...] = (
    PALETTE["blue"],
    PALETTE["orange"],
    PALETTE["bluish_green"],
    PALETTE["vermillion"],
    PALETTE["reddish_purple"],
    PALETTE["sky_blue"],
    PALETTE["black"],
)

#: Line styles to pair with colours, so series differ by more than hue.
SERIES_STYLES: tuple[str, ...] = ("-", "--", "-.", ":", "-", "--", "-.")

#: Default size (inches) and resolution of course figures. 6.4 x 3.6 in at 80 dpi is
#: 512 x 288 px: sharp in a notebook column, and quick to draw and encode.
FIGSIZE: tuple[float, float] = (6.4, 3.6)
DPI: int = 80

_RC = {
    "font.size": 10.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.titlesize": 11.0,
    "axes.titleweight": "bold",
    "legend.frameon": False,
}


def new_figure(
    nrows: int = 1, ncols: int = 1, *, figsize: tuple[float, float] = FIGSIZE, dpi: int = DPI
) -> tuple[Figure, Any]:
    """Return ``(figure, axes)`` with the course style, without pyplot.

    ``axes`` is one Axes for a 1x1 grid, else the array from ``Figure.subplots``.
    """
    import matplotlib as mpl

    with mpl.rc_context(_RC):
        fig = Figure(figsize=figsize, dpi=dpi, layout="constrained")
        axes = fig.subplots(nrows, ncols)
    return fig, axes


def png_bytes(fig: Figure) -> bytes:
    """Render ``fig`` to PNG bytes (Agg), as a notebook or a widget receives them.

    Draws with Agg and encodes with Pillow directly (no ``savefig`` layout pass), so a
    widget can call it on every change. The PNG carries no date or software metadata:
    the same figure gives the same bytes.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    buffer = io.BytesIO()
    # Level 1 compresses a flat-coloured chart nearly as well as level 6, several times faster.
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


class _Shown:
    """A figure as a notebook output: the PNG to see, and its alt text as plain text."""

    def __init__(self, fig: Figure, alt: str) -> None:
        self.png = png_bytes(fig)
        self.alt = alt

    def _repr_mimebundle_(self, include=None, exclude=None):  # IPython display protocol
        return {
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": f"Figure: {self.alt}",
        }


def show(fig: Figure, alt: str) -> _Shown:
    """Return ``fig`` as a notebook output carrying ``alt`` as its text description.

    Use it as the last expression of a cell: the reader sees the PNG, and the text
    (``"Figure: <alt>"``) is what screen readers, text exports and nbval see.
    """
    if not alt or not alt.strip():
        raise ValueError("alt must describe the figure in words; it was empty.")
    return _Shown(fig, alt.strip())
