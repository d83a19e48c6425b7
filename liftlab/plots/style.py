"""Shared look of every figure: a colour-blind-safe palette, figure size, PNG export.

Palette: Okabe & Ito (2008), *Color Universal Design*, the eight colours that stay
distinct for the common forms of colour-vision deficiency. Strength is always
vermillion and hypertrophy always blue, in every figure of the course.
"""

from __future__ import annotations

import base64
import html
import io
import weakref
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


def animate(*artists: Any) -> None:
    """Mark ``artists`` as the parts of a figure that change on every update.

    :func:`png_bytes` draws the rest (axes, ticks, labels, legend) once, caches it, and
    redraws only these artists on top, which is what keeps a calculator within a frame.
    Changing a *non*-animated artist (limits, labels, a shaded zone) marks the figure
    stale, and the next :func:`png_bytes` redraws everything and refreshes the cache.
    """
    for artist in artists:
        artist.set_animated(True)


def set_limits(
    ax: Any, *, xlim: tuple[float, float] | None = None, ylim: tuple[float, float] | None = None
) -> None:
    """Set axis limits only if they differ, so an unchanged axis keeps the cached background."""
    if xlim is not None and tuple(ax.get_xlim()) != tuple(map(float, xlim)):
        ax.set_xlim(*xlim)
    if ylim is not None and tuple(ax.get_ylim()) != tuple(map(float, ylim)):
        ax.set_ylim(*ylim)


def steady_limits(
    current: tuple[float, float],
    low: float,
    high: float,
    *,
    margin: float = 0.08,
    min_fill: float = 0.5,
) -> tuple[float, float]:
    """Axis limits for data spanning ``[low, high]`` that change only when they must.

    Keeps ``current`` while the data fit inside it and fill at least ``min_fill`` of it;
    otherwise returns new limits with ``margin`` (a fraction of the span) on each side.
    Steady limits keep tick labels still while a slider moves, so the figure's static
    part stays cached and the eye can compare one state with the next.
    """
    span = max(high - low, 1e-9 * max(1.0, abs(high)))
    c_low, c_high = current
    if c_low <= low and high <= c_high and span >= min_fill * (c_high - c_low):
        return current
    return (low - margin * span, high + margin * span)


def _animated_artists(fig: Figure) -> list[Any]:
    found = [a for a in fig.get_children() if a.get_animated()]
    for ax in fig.axes:
        found.extend(a for a in ax.get_children() if a.get_animated())
    return sorted(found, key=lambda artist: artist.get_zorder())


#: Figure → (canvas size, cached background), see :func:`png_bytes`.
_BACKGROUNDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def png_bytes(fig: Figure) -> bytes:
    """Render ``fig`` to PNG bytes (Agg), as a notebook or a widget receives them.

    The static part of the figure is drawn once and cached; when only animated artists
    (see :func:`animate`) changed since the last call, they are drawn over the cached
    background ("blitting") instead of redrawing every tick label and legend entry.
    Encoding uses Pillow directly (no ``savefig`` layout pass). The PNG carries no date
    or software metadata: the same figure gives the same bytes.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    size = canvas.get_width_height()
    cached = _BACKGROUNDS.get(fig)
    if fig.stale or cached is None or cached[0] != size:
        canvas.draw()
        if fig.get_layout_engine() is not None:
            # Positions are settled by the first draw; freezing them keeps later
            # full redraws cheap and makes the figure not jump between updates.
            fig.set_layout_engine("none")
        _BACKGROUNDS[fig] = (size, canvas.copy_from_bbox(fig.bbox))
    else:
        canvas.restore_region(cached[1])
    for artist in _animated_artists(fig):
        if artist.get_visible():
            (artist.axes or fig).draw_artist(artist)
    # Drawing an animated container (a legend) re-lays out its non-animated children,
    # which marks the figure stale; what was just drawn is current, so clear the flag.
    fig.stale = False
    image = Image.frombuffer("RGBA", size, canvas.buffer_rgba())
    buffer = io.BytesIO()
    # Level 1 compresses a flat-coloured chart nearly as well as level 6, several times faster.
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def img_tag(png: bytes, alt: str, width: int, height: int) -> str:
    """An ``<img>`` showing ``png`` (inline, as a ``data:`` URL) with ``alt`` as its alt text.

    ``width``/``height`` (pixels) reserve the space before the image is decoded; the inline
    style lets it shrink with a narrow column without distorting it.
    """
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto">'
    )


def caption_text(alt: str) -> str:
    """The caption shown under every course figure: ``"Figure: <alt>"``."""
    return f"Figure: {alt}"


#: Inline style of the visible caption (no stylesheet reaches an untrusted notebook's output).
CAPTION_STYLE = "font-size:0.85em;color:#444;margin-top:2px"


def figure_html(png: bytes, alt: str, width: int, height: int) -> str:
    """A ``<figure>``: the image with its alt text, and the same words as a visible caption.

    The caption repeats the alt text for sighted readers; ``aria-hidden`` spares screen-reader
    users hearing it twice (they get the ``alt``). Where HTML is sanitized (an untrusted
    notebook in JupyterLab), ``aria-hidden`` is dropped and only the repetition remains.
    """
    return (
        '<figure class="liftlab-figure" style="margin:0">'
        f"{img_tag(png, alt, width, height)}"
        f'<figcaption class="liftlab-caption" aria-hidden="true" style="{CAPTION_STYLE}">'
        f"{html.escape(caption_text(alt))}</figcaption></figure>"
    )


class _Shown:
    """A figure as a notebook output: the figure with alt text and a visible caption (HTML),
    the PNG alone (for viewers that cannot show HTML), and the description as plain text."""

    def __init__(self, fig: Figure, alt: str) -> None:
        self.png = png_bytes(fig)
        self.alt = alt
        self.width, self.height = (round(v) for v in fig.bbox.size)

    def _repr_mimebundle_(self, include=None, exclude=None):  # IPython display protocol
        return {
            "text/html": figure_html(self.png, self.alt, self.width, self.height),
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": caption_text(self.alt),
        }


def show(fig: Figure, alt: str) -> _Shown:
    """Return ``fig`` as a notebook output with ``alt`` as its text alternative and caption.

    Use it as the last expression of a cell. JupyterLab, Voilà and nbconvert's HTML show the
    ``text/html`` part: the PNG as an ``<img alt="<alt>">`` with the caption
    ``"Figure: <alt>"`` visible under it. Viewers that cannot show HTML fall back to the PNG
    (``image/png``); ``"Figure: <alt>"`` is also the ``text/plain`` that text exports and
    nbval see.

    Raises
    ------
    ValueError
        If ``alt`` is empty: every figure needs a description in words.
    """
    if not isinstance(alt, str) or not alt.strip():
        raise ValueError(f"alt={alt!r} is not allowed: alt must describe the figure in words.")
    return _Shown(fig, alt.strip())
