"""1RM estimator: a set of load x reps → every formula's e1RM, side by side and charted."""

from __future__ import annotations

import html

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
from liftlab.one_rep_max import FORMULAS, estimate_1rm
from liftlab.plates import BAR_LB, BAR_MEN_KG, PLATES_KG, PLATES_LB, round_to_plates
from liftlab.plots.one_rep_max import RepMaxChart
from liftlab.validation import check_positive, check_unit, check_whole

#: Bar and plates used to round estimates to a load you can put on the bar.
EQUIPMENT = {"kg": (BAR_MEN_KG, PLATES_KG), "lb": (BAR_LB, PLATES_LB)}


def estimates_table(load: float, reps: int, unit: str) -> str:
    """HTML table: each formula's e1RM (or why it cannot estimate), and a loadable weight."""
    check_positive("load", load, unit=unit)
    check_whole("reps", reps, low=1)
    unit = check_unit(unit)
    bar, plates = EQUIPMENT[unit]
    rows = []
    values = []
    for name, info in FORMULAS.items():
        low, high = info.reps_range
        if info.accepts(reps):
            value = estimate_1rm(load, reps, name)
            values.append(value)
            loadable = (
                f"{round_to_plates(value, bar, plates, 'down', unit=unit):g}"
                if value >= bar
                else "below the bar"
            )
            cells = f"<td>{value:.1f}</td><td>{loadable}</td><td>{low}–{high}</td>"
        else:
            cells = (
                f'<td colspan="2" class="liftlab-out-of-range"><em>not valid past {high} '
                f"reps</em></td><td>{low}–{high}</td>"
            )
        rows.append(f"<tr><th scope='row'>{html.escape(info.label)}</th>{cells}</tr>")
    if values:
        summary = (
            f"From {load:g} {unit} x {reps}: the {len(values)} formula(s) valid at {reps} reps "
            f"estimate a 1RM of <b>{min(values):.1f}–{max(values):.1f} {unit}</b>."
        )
    else:
        summary = f"No formula is valid at {reps} reps: use a heavier set of 10 reps or fewer."
    note = ""
    if reps > 10 and values:
        note = (
            "<p><em>Past 10 reps only Mayhew et al. still applies; estimates from long sets "
            "are rough. A set of 3–8 reps gives a better estimate.</em></p>"
        )
    return (
        f'<div class="liftlab-result"><p>{summary}</p>{note}'
        "<table class='liftlab-table'><thead><tr><th>formula</th>"
        f"<th>e1RM ({unit})</th><th>loadable ({unit}, rounded down)</th><th>valid reps</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


class OneRepMaxCalculator(Calculator):
    """Load, reps and unit in; every formula's estimate in a table and on one chart."""

    def __init__(self, load: float = 100.0, reps: int = 5, unit: str = "kg") -> None:
        self.load = widgets.FloatText(value=load, description="Load", step=2.5)
        self.reps = widgets.IntSlider(value=reps, min=1, max=20, description="Reps")
        self.unit = widgets.ToggleButtons(options=["kg", "lb"], value=unit, description="Unit")
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = RepMaxChart(load, reps, unit)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text(load, reps, unit))
        controls = widgets.VBox([self.load, self.reps, self.unit])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-one-rep-max")
        self.watch(self.load, self.reps, self.unit)
        self.update()

    def compute_and_show(self) -> None:
        load, reps, unit = self.load.value, self.reps.value, self.unit.value
        table = estimates_table(load, reps, unit)
        self.chart.update(load, reps, unit)
        self.result.value = table
        self.figure.refresh(self.chart.alt_text(load, reps, unit))


def one_rep_max_calculator(load: float = 100.0, reps: int = 5, unit: str = "kg"):
    """Return the 1RM estimator widget (display it as the last line of a cell).

    Parameters
    ----------
    load : float
        Starting load, > 0.
    reps : int
        Starting reps to failure, 1–20 (past a formula's valid range it says so).
    unit : {"kg", "lb"}
        Unit of the load; every result is in the same unit.
    """
    return OneRepMaxCalculator(load, reps, unit)
