"""The behaviour every calculator shares: recompute on change, bad input said where it is made.

A calculator is an ``ipywidgets.VBox`` subclass: it *is* the root widget a factory
returns, and its controls and outputs are attributes (``app.reps``, ``app.result``),
so notebooks display it and tests drive it the same way.

Numbers are typed into :class:`~liftlab.apps.controls.NumberField` boxes. When an input
is refused, the reason is written **next to the box that caused it**, in plain words
("Load must be more than 0 kg"); the last valid result stays on screen, dimmed, under a
line that says what it still shows ("Still showing 100 kg × 5 ..."), until every input is
valid again. Refusals come from, in order:

1. each box's own rules (empty, not a number, a fraction in a whole-number box, out of
   range), see :meth:`NumberField.check <liftlab.apps.controls.NumberField.check>`;
2. :meth:`Calculator.check_inputs`, rules that need several inputs (a taper longer than
   the plan, a load the plates cannot make), written next to the box they concern;
3. a ``ValueError`` from the core while computing: :meth:`Calculator.explain` may put it
   next to a box in plain words; otherwise it is shown under the controls (the core's
   text, for programmers, is the last resort). No traceback ever reaches the reader.

Values that are allowed but implausible (1000 kg on the bar) are computed and get a
warning next to their box (:meth:`Calculator.warnings`, bounds in
:mod:`liftlab.plausibility`).
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import ipywidgets as widgets

from liftlab.apps.controls import NumberField, note_html

#: Dims the results of a calculator whose input is refused (the class is set on its root).
_STALE_CSS = (
    "<style>.liftlab-is-stale .liftlab-result,.liftlab-is-stale .liftlab-figure"
    "{opacity:.45;filter:grayscale(.7)}</style>"
)


class Calculator(widgets.VBox):
    """Base class: subclasses build their widgets, call :meth:`watch`, and implement
    :meth:`compute_and_show`.

    The message widget (:attr:`message`, for refusals no box can take) and the stale
    mark (:attr:`stale`) are placed right after the first child (the controls), above
    the results.
    """

    def __init__(self, children: list[widgets.Widget], **kwargs) -> None:
        self._holding = getattr(self, "_holding", False)
        self.fields: list[NumberField] = getattr(self, "fields", [])
        self._shown = ""
        self.message = widgets.HTML(value="")
        self.message.add_class("liftlab-message")
        self.stale = widgets.HTML(value="", layout=widgets.Layout(display="none"))
        self.stale.add_class("liftlab-stale")
        first, rest = list(children[:1]), list(children[1:])
        super().__init__([*first, self.message, self.stale, *rest], **kwargs)
        self.add_class("liftlab-calculator")

    # ------------------------------------------------------------------ wiring

    def watch(self, *controls: widgets.Widget) -> None:
        """Recompute whenever one of ``controls`` changes value (or, for a number box,
        becomes refused or allowed)."""
        for control in controls:
            if isinstance(control, NumberField):
                if control not in self.fields:
                    self.fields.append(control)
                control.observe(self._on_change, names=["value", "error"])
            else:
                control.observe(self._on_change, names="value")

    def _on_change(self, change: dict) -> None:
        if not self._holding:
            self.update()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Change many controls at once (a unit switch, a removed row), then recompute once."""
        held = self._holding
        self._holding = True
        try:
            yield
        finally:
            self._holding = held
        if not held:
            self.update()

    def convert_units(self, old: str, new: str, fields: list[NumberField] | None = None) -> None:
        """The kg/lb switch: convert every mass box (to 0.1), then recompute once."""
        with self.hold():
            for field in self.fields if fields is None else fields:
                field.convert_unit(old, new)

    # ------------------------------------------------------------------ hooks

    def compute_and_show(self) -> None:
        """Read the controls, compute with the core, write results and redraw figures."""
        raise NotImplementedError

    def check_inputs(self) -> Mapping[NumberField, str]:
        """Refusals that need more than one input: ``{box: reason}`` (default none)."""
        return {}

    def explain(self, error: ValueError) -> tuple[NumberField, str] | None:
        """Put a core ``ValueError`` next to a box, in plain words (default: no box)."""
        return None

    def warnings(self) -> Mapping[NumberField, str]:
        """Allowed but implausible values: ``{box: warning}`` (default none)."""
        return {}

    def describe_shown(self) -> str:
        """What the results show, in a few words ("100 kg × 5"), for the stale mark."""
        parts = []
        for field in self.fields:
            if field.layout.display != "none":
                unit = f" {field.unit}" if field.unit else ""
                parts.append(f"{field.label} {field.text_of(field.value)}{unit}")
        return ", ".join(parts) or "the last valid input"

    # ------------------------------------------------------------------ updating

    def _visible_fields(self) -> list[NumberField]:
        return [f for f in self.fields if f.layout.display != "none"]

    def update(self) -> bool:
        """Recompute; return ``True`` on success, ``False`` if an input was refused."""
        fields = self._visible_fields()
        for field in self.fields:
            field.problem = ""
        refused = [f for f in fields if f.error]
        general = ""
        if not refused:
            for field, reason in self.check_inputs().items():
                field.problem = reason
                refused.append(field)
        if not refused:
            try:
                self.compute_and_show()
            except ValueError as exc:
                where = self.explain(exc)
                if where is not None:
                    where[0].problem = where[1]
                    refused.append(where[0])
                else:
                    general = str(exc)
        ok = not refused and not general
        warnings = self.warnings() if ok else {}
        for field in self.fields:
            field.warning = warnings.get(field, "")
            field.refresh_note()
        if ok:
            self._shown = self.describe_shown()
        self.show_message(general)
        self.show_stale([] if ok else refused or [None])
        return ok

    def show_message(self, text: str) -> None:
        """Show ``text`` as a warning under the controls (empty text hides it)."""
        if not text:
            value = ""
        else:
            value = (
                '<div role="alert" class="liftlab-alert" style="color:#7a1b00;'
                "background:#fdece6;border-left:4px solid #D55E00;padding:4px 8px;"
                f'margin-top:4px">⚠ {html.escape(text)} The last valid result is still shown.</div>'
            )
        if self.message.value != value:
            self.message.value = value

    def show_stale(self, refused: list[NumberField | None]) -> None:
        """Mark the results as stale while an input is refused (``[]`` clears the mark)."""
        if not refused:
            value = ""
        else:
            names = [f"“{f.label}”" for f in refused if f is not None]
            which = " and ".join(dict.fromkeys(names)) if names else "the input above"
            if self._shown:
                text = (
                    f"Still showing {self._shown}: the results below are from the last valid "
                    f"input. Fix {which} to update them."
                )
            else:  # refused from the start: there is no earlier result to show
                text = f"No result yet: fix {which} to see one."
            value = _STALE_CSS + note_html("warning", text).replace(
                'role="status"', 'role="status" aria-live="polite"'
            )
        if self.stale.value != value:
            self.stale.value = value
            self.stale.layout.display = None if value else "none"
            if value:
                self.add_class("liftlab-is-stale")
            else:
                self.remove_class("liftlab-is-stale")

    # -- what shows where the widget cannot be drawn (issue 14); see liftlab.apps.readable

    def _repr_mimebundle_(self, **kwargs) -> dict:
        """The widget view, plus a readable ``text/html`` and ``text/plain`` of what it shows.

        JupyterLab draws the widget in a running or trusted notebook; an untrusted one (a
        fresh clone, Binder) shows the ``text/html`` instead: the inputs, the results and the
        figure as stored, and "Run this cell to use the calculator."
        """
        from liftlab.apps.readable import calculator_bundle

        return calculator_bundle(self, super()._repr_mimebundle_(**kwargs))
