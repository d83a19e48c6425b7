"""A matplotlib figure shown in a widget, redrawn in place, with alt text and a caption.

The figure is built once; an update changes its artists (``line.set_data``, ...)
and calls :meth:`FigureImage.refresh`, which re-renders the same figure to PNG and
writes it into the same widget. Nothing is re-created per change, so the page does
not flicker, and the PNG is exactly what the browser receives.

Why an ``HTML`` widget holding ``<img alt=...>`` rather than ``ipywidgets.Image``:
an ``Image`` view has no way to carry alt text (ipywidgets 8.1 sets only ``src``,
``width`` and ``height`` on the ``<img>``; its ``tooltip`` would give a ``title``, and
even that breaks the view in JupyterLab 4 because ``ImageView`` reads the
``description`` an ``Image`` lacks). An ``<img>`` with a ``data:`` URL is loaded
synchronously by the browser, so replacing it shows no blank frame (measured in
Chromium by the browser tests: the figure is complete in the frame that shows it).
"""

from __future__ import annotations

import html

import ipywidgets as widgets
from matplotlib.figure import Figure

from liftlab.plots.style import CAPTION_STYLE, caption_text, img_tag, png_bytes


def caption_html(alt: str) -> str:
    """The visible caption ``Figure: <alt>`` shown under a calculator's figure.

    It repeats the image's alt text for sighted readers; ``aria-hidden`` keeps screen
    readers from reading the same sentence twice (they get it from the ``alt``).
    """
    return (
        f'<div class="liftlab-caption" aria-hidden="true" style="{CAPTION_STYLE}">'
        f"{html.escape(caption_text(alt))}</div>"
    )


class FigureImage(widgets.VBox):
    """A widget showing ``figure`` as a PNG with ``alt`` text, and ``alt`` as a visible caption.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        Built once by a function of :mod:`liftlab.plots`.
    alt : str
        What the figure shows, in words: the ``<img>``'s ``alt`` attribute (what screen
        readers say) and the caption "Figure: ..." under it (what everyone sees).

    Attributes
    ----------
    png : bytes
        The PNG shown now (what :func:`liftlab.plots.style.png_bytes` rendered).
    alt : str
        The description shown now.
    image : ipywidgets.HTML
        The widget holding the ``<img>``.
    caption : ipywidgets.HTML
        The widget holding the caption.
    """

    def __init__(self, figure: Figure, alt: str) -> None:
        self.figure = figure
        self.width, self.height = (round(v) for v in figure.bbox.size)
        self.image = widgets.HTML(layout=widgets.Layout(max_width="100%"))
        self.image.add_class("liftlab-figure-image")
        self.caption = widgets.HTML()
        self.png = b""
        self.alt = ""
        super().__init__([self.image, self.caption])
        self.add_class("liftlab-figure")
        self._show(png_bytes(figure), alt)

    def _show(self, png: bytes, alt: str) -> None:
        if png == self.png and alt == self.alt:
            return
        self.png, self.alt = png, alt
        self.image.value = img_tag(png, alt, self.width, self.height)
        self.caption.value = caption_html(alt)

    def set_alt(self, alt: str) -> None:
        """Change the description (alt text and caption) of the figure shown."""
        self._show(self.png, alt)

    def refresh(self, alt: str | None = None) -> None:
        """Re-render the (already updated) figure into the same widget."""
        self._show(png_bytes(self.figure), self.alt if alt is None else alt)
