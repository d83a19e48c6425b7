"""RPE calculator: a 1RM, reps and a target RPE → the %1RM and the load for that set.

Uses the RPE chart of Tuchscherer (2008) as presented by Helms et al. (2016)
(:func:`liftlab.rpe_to_percent`, :func:`liftlab.load_for_rpe`); RPE 10 − RPE is the
number of reps left in reserve (Zourdos et al. 2016).
"""

from __future__ import annotations

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.effort import RPE_CHART, RPE_CHART_REPS, load_for_rpe, rpe_to_percent, rpe_to_rir
from liftlab.formatting import format_load, format_number
from liftlab.plausibility import load_warning
from liftlab.plots.effort import RpeChart
from liftlab.plots.loads import on_the_bar
from liftlab.validation import check_choice, check_positive, check_unit

#: RPE values accepted, lowest first (the chart's half points).
RPE_OPTIONS: tuple[float, ...] = tuple(sorted(RPE_CHART))


def rpe_html(one_rm: float, reps: int, rpe: float, unit: str) -> str:
    """The result as HTML; raises the core's ``ValueError`` for bad input."""
    check_positive("one_rm", one_rm, unit=unit)
    unit = check_unit(unit)
    percent = rpe_to_percent(reps, rpe)
    load = load_for_rpe(one_rm, reps, rpe)
    rir = rpe_to_rir(rpe)
    loadable = on_the_bar(load, unit)
    bar_text = (
        f"about <b>{format_load(loadable)} {unit}</b> on the bar"
        if loadable is not None
        else "lighter than the bar"
    )
    left = "no rep" if rir == 0 else f"{format_number(rir)} rep{'s' if rir != 1 else ''}"
    return (
        f'<div class="liftlab-result"><p>{int(reps)} rep{"s" if reps != 1 else ""} at RPE '
        f"{format_number(rpe)} ({left} in reserve) is <b>{format_number(percent)}% of 1RM</b>: "
        f"<b>{format_load(load)} {unit}</b> for a 1RM of {format_load(one_rm)} {unit}, "
        f"{bar_text}.</p></div>"
    )


class RpeCalculator(Calculator):
    """1RM, reps, RPE and unit in; %1RM and load out, on the RPE chart."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "RPE calculator"

    def __init__(
        self, one_rm: float = 100.0, reps: int = 5, rpe: float = 8.0, unit: str = "kg"
    ) -> None:
        unit = check_unit(unit)
        low, high = RPE_CHART_REPS
        self.one_rm = NumberField("1RM", one_rm, unit=unit, low=0, low_open=True, label_width=60)
        self.reps = NumberField(
            "Reps",
            reps,
            whole=True,
            low=low,
            high=high,
            why_high=f"the RPE chart (Helms et al. 2016) covers sets of {low} to {high} reps",
            label_width=60,
        )
        rpe = float(rpe)
        check_choice("rpe", f"{rpe:g}", [f"{v:g}" for v in RPE_OPTIONS])
        self.rpe = NumberField(
            "RPE",
            rpe,
            low=RPE_OPTIONS[0],
            high=RPE_OPTIONS[-1],
            allowed=RPE_OPTIONS,
            why_low="the chart (Helms et al. 2016) starts at RPE 6.5",
            label_width=60,
        )
        self.unit = unit_toggle(unit)
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = RpeChart(one_rm, reps, rpe, unit)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text(one_rm, reps, rpe, unit))
        controls = widgets.VBox([self.one_rm, self.reps, self.rpe, self.unit])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-rpe")
        self.watch(self.one_rm, self.reps, self.rpe)
        self.unit.observe(lambda c: self.convert_units(c["old"], c["new"]), names="value")
        self.update()

    def compute_and_show(self) -> None:
        one_rm, reps = self.one_rm.value, self.reps.value
        rpe, unit = self.rpe.value, self.unit.value
        text = rpe_html(one_rm, reps, rpe, unit)  # raises before drawing
        self.chart.update(one_rm, reps, rpe, unit)
        self.result.value = text
        self.figure.refresh(self.chart.alt_text(one_rm, reps, rpe, unit))

    def warnings(self) -> dict:
        return {self.one_rm: load_warning(self.one_rm.value, self.unit.value)}

    def describe_shown(self) -> str:
        return (
            f"a 1RM of {format_load(self.one_rm.value)} {self.unit.value}, "
            f"{self.reps.value} reps at RPE {format_number(self.rpe.value)}"
        )


def rpe_calculator(
    one_rm: float = 100.0, reps: int = 5, rpe: float = 8.0, unit: str = "kg"
) -> RpeCalculator:
    """Return the RPE ↔ %1RM calculator widget (display it as the last line of a cell).

    Parameters
    ----------
    one_rm : float
        Starting one-repetition maximum, > 0.
    reps : int
        Reps in the set, 1–12 (the chart's range).
    rpe : float
        Target RPE, 6.5–10 in steps of 0.5.
    unit : {"kg", "lb"}
        Unit of the 1RM and of the load; the widget's switch converts the 1RM.

    Examples
    --------
    >>> app = rpe_calculator(100, 5, 8, "kg")
    >>> "81.1% of 1RM" in app.result.value
    True
    """
    return RpeCalculator(one_rm, reps, rpe, unit)
