"""Plotting layer: functions that take plain numbers and build or update matplotlib figures.

This layer imports the core (:mod:`liftlab`) and matplotlib, never ipywidgets, so every
figure can be built in a test or a static page. Figures are
:class:`matplotlib.figure.Figure` objects made without pyplot, so nothing is shown
twice in a notebook and nothing depends on a global figure registry.
"""

from liftlab.plots.style import PALETTE, new_figure, png_bytes, show

__all__ = ["PALETTE", "new_figure", "png_bytes", "show"]
