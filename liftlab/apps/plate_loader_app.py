"""Plate loader: a target load, a bar and a set of plates → the plates for each side.

The plates come from :func:`liftlab.plates_per_side` (fewest plates that make the
load exactly); the drawing is a :class:`~liftlab.plots.barbell.BarbellDrawing`
updated in place. A load the plates cannot make shows the core's message, with the
nearest loads that can be made, and leaves the last drawing on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_number
from liftlab.plates import (
    BAR_LB,
    BAR_MEN_KG,
    BAR_WOMEN_KG,
    PLATE_COLOURS_KG,
    PLATES_KG,
    PLATES_LB,
    nearest_loadable,
    plates_per_side,
    round_to_plates,
)
from liftlab.plausibility import load_warning
from liftlab.plots.barbell import BarbellDrawing, describe_plates, loading_equation
from liftlab.plots.loads import fmt
from liftlab.units import convert
from liftlab.validation import check_choice, check_unit

#: Bars offered for each unit: (label, weight).
BARS: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType(
    {
        "kg": (
            (f"{BAR_MEN_KG:g} kg men's Olympic bar", BAR_MEN_KG),
            (f"{BAR_WOMEN_KG:g} kg women's Olympic bar", BAR_WOMEN_KG),
        ),
        "lb": ((f"{BAR_LB:g} lb standard bar", BAR_LB), ("35 lb women's bar", 35.0)),
    }
)

#: Plate sets offered for each unit: name → plates (a sequence: unlimited pairs; a
#: mapping: {plate: pairs available}, as :func:`liftlab.plates_per_side` takes them).
PLATE_SETS: Mapping[str, Mapping[str, object]] = MappingProxyType(
    {
        "kg": MappingProxyType(
            {
                "standard": PLATES_KG,
                "home gym": MappingProxyType({20.0: 1, 15.0: 1, 10.0: 1, 5.0: 1, 2.5: 1, 1.25: 1}),
            }
        ),
        "lb": MappingProxyType(
            {
                "standard": PLATES_LB,
                "home gym": MappingProxyType({45.0: 2, 25.0: 1, 10.0: 1, 5.0: 1, 2.5: 1}),
            }
        ),
    }
)


def plate_set_label(name: str, unit: str) -> str:
    """Dropdown label of a plate set, e.g. ``"home gym: 1 pair each of 20, 15, ... kg"``."""
    plates = PLATE_SETS[unit][name]
    if isinstance(plates, Mapping):
        parts = [
            f"{pairs} pair{'s' if pairs != 1 else ''} of {weight:g}"
            for weight, pairs in plates.items()
        ]
        return f"{name}: " + ", ".join(parts) + f" {unit}"
    return f"{name}: {', '.join(f'{p:g}' for p in plates)} {unit}, as many as needed"


def plates_html(load: float, bar: float, plates: object, unit: str) -> tuple[str, tuple]:
    """``(HTML, one side's plates)`` for ``load``; raises the core's ``ValueError``."""
    unit = check_unit(unit)
    side = plates_per_side(load, bar, plates, unit=unit)
    if not side:
        summary = f"<p><b>{loading_equation(side, bar, unit)}</b>: no plates.</p>"
        return f'<div class="liftlab-result">{summary}</div>', side
    colours = unit == "kg"
    rows = []
    for weight in sorted(set(side), reverse=True):
        colour = f"<td>{PLATE_COLOURS_KG.get(weight, 'any')}</td>" if colours else ""
        rows.append(f"<tr><td>{weight:g}</td><td>{side.count(weight)}</td>{colour}</tr>")
    head = "<th scope='col'>usual colour</th>" if colours else ""
    body = (
        f"<table class='liftlab-table'><thead><tr><th scope='col'>plate ({unit})</th>"
        f"<th scope='col'>on each side</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table>"
    )
    count = len(side)
    summary = (
        f"<p><b>{loading_equation(side, bar, unit)}</b>. On each side, heaviest next to the "
        f"collar: {describe_plates(side, unit)} ({count} plate{'s' if count != 1 else ''}, "
        f"{fmt(sum(side))} {unit} a side).</p>"
    )
    return f'<div class="liftlab-result">{summary}{body}</div>', side


class PlateLoader(Calculator):
    """Target load, unit, bar and plate set in; plates per side and a drawing out.

    A target the plates cannot make is refused next to the box, with the nearest loads
    that can be made. The kg/lb switch converts the target and lands on the nearest
    load the new unit's bar and plates make, saying so next to the box.
    """

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Plate loader"

    def __init__(self, load: float = 100.0, unit: str = "kg") -> None:
        unit = check_unit(unit)
        self.unit = unit_toggle(unit)
        self.bar = widgets.Dropdown(options=BARS[unit], description="Bar")
        self.plates = widgets.Dropdown(options=self._plate_options(unit), description="Plates")
        for control in (self.bar, self.plates):
            control.style.description_width = "initial"
            control.layout.width = "max-content"
        self.load = NumberField("Target", load, unit=unit, label_width=60, **self._bounds())
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        try:
            plates = plates_per_side(load, self.bar.value, self._plate_set(), unit=unit)
        except ValueError:
            plates = ()  # draw the bar; update() below shows why the load cannot be made
        self.drawing = BarbellDrawing(plates, self.bar.value, unit)
        self.figure = FigureImage(
            self.drawing.figure, self.drawing.alt_text(plates, self.bar.value, unit)
        )
        controls = widgets.VBox([self.load, self.unit, self.bar, self.plates])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-plate-loader")
        self.watch(self.load, self.plates)
        self.bar.observe(self._on_bar, names="value")
        self.unit.observe(self._on_unit, names="value")
        self.update()

    def _bounds(self) -> dict:
        bar, unit = self.bar.value, self.unit.value
        return {"low": bar, "why_low": f"the {fmt(bar)} {unit} bar alone weighs that much"}

    @staticmethod
    def _plate_options(unit: str) -> list[tuple[str, str]]:
        return [(plate_set_label(name, unit), name) for name in PLATE_SETS[unit]]

    def _plate_set(self) -> object:
        return PLATE_SETS[self.unit.value][self.plates.value]

    def _on_bar(self, change: dict) -> None:
        if self._holding:
            return
        with self.hold():
            bounds = self._bounds()
            self.load.why_low = bounds["why_low"]
            self.load.set_range(low=bounds["low"])

    def _on_unit(self, change: dict) -> None:
        """Offer the new unit's bars and plates (keeping the choice of set), convert the
        target to the nearest load they make, and say so next to the box."""
        old, new = change["old"], change["new"]
        kept = self.plates.value
        with self.hold():
            self.bar.options = BARS[new]
            self.bar.value = BARS[new][0][1]
            self.plates.options = self._plate_options(new)
            self.plates.value = kept if kept in PLATE_SETS[new] else "standard"
            field = self.load
            field.unit = new
            field.suffix.value = f"<span>{new}</span>"
            bounds = self._bounds()
            field.why_low, field.low = bounds["why_low"], bounds["low"]
            if field.error:
                field.recheck()
                return
            before, remembered = field.value, field._memory
            if remembered and remembered[0] == new and remembered[2] == before:
                target, info = remembered[1], ""
            else:
                target, info = self.nearest_in(before, old, new)
            field.set_value(target)
            field._memory = (old, before, target)
            field.info = info

    def nearest_in(self, load: float, old: str, new: str) -> tuple[float, str]:
        """``load`` (in ``old``) converted to ``new`` and moved to the nearest load the
        selected bar and plates make, and the sentence that says so."""
        exact = float(convert(load, old, new))
        bar = self.bar.value
        try:
            nearest = float(round_to_plates(max(exact, bar), bar, self._plate_set(), unit=new))
        except ValueError:
            return round(exact, 1), ""
        words = f"{fmt(load)} {old} = {format_number(exact)} {new}"
        if abs(nearest - exact) < 1e-9:
            return nearest, f"{words}."
        return nearest, (
            f"{words}; the nearest load a {fmt(bar)} {new} bar and these plates make is "
            f"{fmt(nearest)} {new}."
        )

    def check_inputs(self) -> dict:
        """A target the bar and plates cannot make exactly, with the nearest that they can."""
        load, bar, unit = self.load.value, self.bar.value, self.unit.value
        try:
            plates_per_side(load, bar, self._plate_set(), unit=unit)
        except ValueError:
            try:
                below, above = nearest_loadable(load, bar, self._plate_set(), unit=unit)
            except ValueError:
                return {}  # compute_and_show reports what is wrong
            nearest = (
                f"the heaviest load they make is {fmt(below)} {unit}"
                if above is None
                else f"the nearest loads are {fmt(below)} {unit} and {fmt(above)} {unit}"
            )
            return {
                self.load: (
                    f"{fmt(load)} {unit} cannot be made with a {fmt(bar)} {unit} bar and "
                    f"these plates: {nearest}."
                )
            }
        return {}

    def compute_and_show(self) -> None:
        load, unit, bar = self.load.value, self.unit.value, self.bar.value
        text, side = plates_html(load, bar, self._plate_set(), unit)  # raises first
        self.drawing.update(side, bar, unit)
        self.result.value = text
        self.figure.refresh(self.drawing.alt_text(side, bar, unit))

    def warnings(self) -> dict:
        return {self.load: load_warning(self.load.value, self.unit.value)}

    def describe_shown(self) -> str:
        return f"{fmt(self.load.value)} {self.unit.value}"


def plate_loader(load: float = 100.0, unit: str = "kg") -> PlateLoader:
    """Return the plate loader widget (display it as the last line of a cell).

    Parameters
    ----------
    load : float
        Starting target load, bar included; it must be loadable with the default bar
        (20 kg or 45 lb) and the standard plates of ``unit``.
    unit : {"kg", "lb"}
        Unit of every weight. Switching the unit in the widget offers that unit's bars
        and plates and converts the target to the nearest load they make (127.5 kg →
        281.1 lb → 280 lb), saying so next to the box; switching back restores it.

    Examples
    --------
    >>> app = plate_loader(100, "kg")
    >>> app.result.value.count("100 kg = 20 kg bar + 2 × (25 + 15) kg")
    1
    """
    check_choice("unit", unit, ("kg", "lb"))
    return PlateLoader(load, unit)
