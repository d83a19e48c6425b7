"""The behaviour every calculator shares: recompute on change, show bad input in place.

A calculator is an ``ipywidgets.VBox`` subclass: it *is* the root widget a factory
returns, and its controls and outputs are attributes (``app.reps``, ``app.result``),
so notebooks display it and tests drive it the same way.

When an update raises ``ValueError`` (the core's way of saying "not allowed"), the
message is shown in :attr:`Calculator.message`, the last valid result stays on
screen, and the next valid input clears the message. No traceback ever reaches the
reader.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager

import ipywidgets as widgets


class Calculator(widgets.VBox):
    """Base class: subclasses build their widgets, call :meth:`watch`, and implement
    :meth:`compute_and_show`."""

    def __init__(self, children: list[widgets.Widget], **kwargs) -> None:
        self._holding = getattr(self, "_holding", False)
        self.message = widgets.HTML(value="")
        self.message.add_class("liftlab-message")
        super().__init__([*children, self.message], **kwargs)
        self.add_class("liftlab-calculator")

    def watch(self, *controls: widgets.Widget) -> None:
        """Recompute whenever one of ``controls`` changes value."""
        for control in controls:
            control.observe(self._on_change, names="value")

    def _on_change(self, change: dict) -> None:
        if not self._holding:
            self.update()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Change many controls at once (a unit switch, a removed row), then recompute once."""
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
        self.update()

    def compute_and_show(self) -> None:
        """Read the controls, compute with the core, write results and redraw figures."""
        raise NotImplementedError

    def update(self) -> bool:
        """Recompute; return ``True`` on success, ``False`` if the input was refused."""
        try:
            self.compute_and_show()
        except ValueError as exc:
            self.show_message(str(exc))
            return False
        self.show_message("")
        return True

    def show_message(self, text: str) -> None:
        """Show ``text`` as a warning inside the widget (empty text hides it)."""
        if not text:
            value = ""
        else:
            value = (
                '<div role="alert" class="liftlab-alert" style="color:#8a3a00;'
                "background:#fff4e5;border-left:4px solid #D55E00;padding:4px 8px;"
                f'margin-top:4px">⚠ {html.escape(text)} The last valid result is still shown.</div>'
            )
        if self.message.value != value:
            self.message.value = value

    # -- what shows where the widget cannot be drawn (issue 14); see liftlab.apps.readable

    def _repr_mimebundle_(self, **kwargs) -> dict:
        """The widget view, plus a readable ``text/html`` and ``text/plain`` of what it shows.

        JupyterLab draws the widget in a running or trusted notebook; an untrusted one (a
        fresh clone, Binder) shows the ``text/html`` instead: the inputs, the results and the
        figure as stored, and "Run this cell to use the calculator."
        """
        from liftlab.apps.readable import calculator_bundle

        return calculator_bundle(self, super()._repr_mimebundle_(**kwargs))
