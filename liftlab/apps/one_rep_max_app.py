"""1RM estimator: a set of load x reps → every formula's e1RM, side by side and charted."""

from __future__ import annotations

import html

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_load
from liftlab.one_rep_max import FORMULAS, estimate_1rm
from liftlab.plates import BAR_LB, BAR_MEN_KG, PLATES_KG, PLATES_LB, round_to_plates
from liftlab.plausibility import load_warning
from liftlab.plots.one_rep_max import MAX_REPS_AXIS, RepMaxChart
from liftlab.validation import check_positive, check_unit, check_whole

#: Bar and plates used to round estimates to a load you can put on the bar.
EQUIPMENT = {"kg": (BAR_MEN_KG, PLATES_KG), "lb": (BAR_LB, PLATES_LB)}
#: Most reps the estimator takes (past :data:`VALID_UP_TO` it says no formula applies).
MAX_REPS = MAX_REPS_AXIS
#: Most reps at which any formula is valid (Mayhew et al. 1992: 15).
VALID_UP_TO = max(info.reps_range[1] for info in FORMULAS.values())
#: Most reps at which every formula is valid (10).
ALL_VALID_UP_TO = min(info.reps_range[1] for info in FORMULAS.values())


def _fmt(value: float) -> str:
    return format_load(value)


def estimates_table(load: float, reps: int, unit: str) -> str:
    """HTML table: each formula's e1RM (or why it cannot estimate), and a loadable weight."""
    check_positive("load", load, unit=unit)
    check_whole("reps", reps, low=1)
    unit = check_unit(unit)
    reps = int(reps)
    bar, plates = EQUIPMENT[unit]
    rows = []
    values: dict[str, float] = {}
    for name, info in FORMULAS.items():
        low, high = info.reps_range
        if info.accepts(reps):
            value = estimate_1rm(load, reps, name)
            values[info.label] = value
            loadable = (
                _fmt(round_to_plates(value, bar, plates, "down", unit=unit))
                if value >= bar
                else "below the bar"
            )
            cells = f"<td>{_fmt(value)}</td><td>{loadable}</td><td>{low}–{high}</td>"
        else:
            cells = (
                f'<td colspan="2" class="liftlab-out-of-range"><em>not valid past {high} '
                f"reps</em></td><td>{low}–{high}</td>"
            )
        rows.append(f"<tr><th scope='row'>{html.escape(info.label)}</th>{cells}</tr>")
    the_set = f"{_fmt(load)} {unit} × {reps}"
    if len(values) > 1:
        summary = (
            f"From {the_set}: the {len(values)} formulas valid at {reps} reps estimate a 1RM "
            f"of <b>{_fmt(min(values.values()))}–{_fmt(max(values.values()))} {unit}</b>."
        )
    elif values:
        ((label, value),) = values.items()
        summary = (
            f"From {the_set}: only {html.escape(label)} is valid at {reps} reps; it estimates "
            f"a 1RM of <b>{_fmt(value)} {unit}</b>."
        )
    else:
        summary = (
            f"No formula is valid at {reps} reps (the longest valid range ends at "
            f"{VALID_UP_TO}): use a heavier set of {ALL_VALID_UP_TO} reps or fewer."
        )
    note = ""
    if reps > ALL_VALID_UP_TO and values:
        note = (
            f"<p><em>Past {ALL_VALID_UP_TO} reps only {html.escape(', '.join(values))} still "
            "applies; estimates from long sets are rough. A set of 3–8 reps gives a better "
            "estimate.</em></p>"
        )
    return (
        f'<div class="liftlab-result"><p>{summary}</p>{note}'
        "<table class='liftlab-table'><thead><tr><th>formula</th>"
        f"<th>e1RM ({unit})</th><th>loadable ({unit}, rounded down)</th><th>valid reps</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


class OneRepMaxCalculator(Calculator):
    """Load, reps and unit in; every formula's estimate in a table and on one chart."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "1RM estimator"

    def __init__(self, load: float = 100.0, reps: int = 5, unit: str = "kg") -> None:
        unit = check_unit(unit)
        self.load = NumberField("Load", load, unit=unit, low=0, low_open=True, label_width=60)
        self.reps = NumberField(
            "Reps",
            reps,
            whole=True,
            low=1,
            high=MAX_REPS,
            why_high=f"no formula is valid past {VALID_UP_TO} reps",
            label_width=60,
        )
        self.unit = unit_toggle(unit)
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = RepMaxChart(load, reps, unit)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text(load, reps, unit))
        controls = widgets.VBox([self.load, self.reps, self.unit])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-one-rep-max")
        self.watch(self.load, self.reps)
        self.unit.observe(lambda c: self.convert_units(c["old"], c["new"]), names="value")
        self.update()

    def compute_and_show(self) -> None:
        load, reps, unit = self.load.value, self.reps.value, self.unit.value
        table = estimates_table(load, reps, unit)
        self.chart.update(load, reps, unit)
        self.result.value = table
        self.figure.refresh(self.chart.alt_text(load, reps, unit))

    def warnings(self) -> dict:
        return {self.load: load_warning(self.load.value, self.unit.value)}

    def describe_shown(self) -> str:
        return f"{_fmt(self.load.value)} {self.unit.value} × {self.reps.value}"


def one_rep_max_calculator(load: float = 100.0, reps: int = 5, unit: str = "kg"):
    """Return the 1RM estimator widget (display it as the last line of a cell).

    Parameters
    ----------
    load : float
        Starting load, > 0.
    reps : int
        Starting reps to failure, 1–20 (past a formula's valid range it says so).
    unit : {"kg", "lb"}
        Unit of the load; every result is in the same unit. The widget's kg/lb switch
        converts the load (100 kg → 220.5 lb).
    """
    return OneRepMaxCalculator(load, reps, unit)
