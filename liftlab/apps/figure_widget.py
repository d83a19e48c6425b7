"""A matplotlib figure shown as an ``ipywidgets.Image`` that is redrawn in place.

The figure is built once; an update changes its artists (``line.set_data``, ...)
and calls :meth:`FigureImage.refresh`, which re-renders the same figure to PNG and
assigns the bytes to the same ``Image`` widget. Nothing is re-created per change, so
the page does not flicker, and the PNG is exactly what the browser receives.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
from matplotlib.figure import Figure

from liftlab.plots.style import png_bytes


class FigureImage(widgets.VBox):
    """An ``Image`` widget showing ``figure``, with its alt text as a visible caption.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        Built once by a function of :mod:`liftlab.plots`.
    alt : str
        What the figure shows, in words. Shown under the image (and kept as
        :attr:`alt`), so the description reaches screen readers and people who cannot
        see the chart. Not set as the ``Image``'s tooltip: ipywidgets 8.1's ``ImageView``
        fails to render with a tooltip (it reads the ``description`` an ``Image`` lacks).
    """

    def __init__(self, figure: Figure, alt: str) -> None:
        self.figure = figure
        width, _height = (round(v) for v in figure.bbox.size)
        self.image = widgets.Image(
            value=png_bytes(figure),
            format="png",
            layout=widgets.Layout(width=f"{width}px", max_width="100%", height="auto"),
        )
        self.caption = widgets.HTML()
        self.alt = ""
        super().__init__([self.image, self.caption])
        self.add_class("liftlab-figure")
        self.set_alt(alt)

    def set_alt(self, alt: str) -> None:
        """Change the description shown under the figure."""
        self.alt = alt
        self.caption.value = (
            f'<div class="liftlab-caption" style="font-size:0.85em;color:#444">'
            f"Figure: {html.escape(alt)}</div>"
        )

    def refresh(self, alt: str | None = None) -> None:
        """Re-render the (already updated) figure into the same ``Image`` widget."""
        self.image.value = png_bytes(self.figure)
        if alt is not None and alt != self.alt:
            self.set_alt(alt)
