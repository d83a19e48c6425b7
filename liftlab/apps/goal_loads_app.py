"""Goal load calculator: a 1RM and a goal → the load band, the %1RM–reps table, plates.

The band is the article's (:func:`liftlab.load_range`); the table is the NSCA
%1RM–reps table (Baechle & Earle 2008) inside the goal's rep range, with each load
rounded to what the standard bar and plates make (:func:`liftlab.plates.round_to_plates`).
The chart shows both, so the reader sees where the two disagree.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_number
from liftlab.goals import GOALS, load_range, loadable_band, percent_range, rep_range
from liftlab.one_rep_max import nsca_reps
from liftlab.plates import round_to_plates
from liftlab.plausibility import load_warning
from liftlab.plots.loads import (
    STANDARD_BAR,
    STANDARD_PLATES,
    GoalLoadChart,
    fmt,
    goal_table,
)
from liftlab.validation import check_choice, check_positive, check_unit


def _plates_words(unit: str) -> str:
    plates = ", ".join(f"{p:g}" for p in STANDARD_PLATES[unit])
    return f"a {STANDARD_BAR[unit]:g} {unit} bar and plates of {plates} {unit}"


def _nearest(load: float, unit: str, mode: str) -> float:
    """The load the standard bar and plates make nearest to ``load`` (at least the bar)."""
    bar = STANDARD_BAR[unit]
    return float(round_to_plates(max(load, bar), bar, STANDARD_PLATES[unit], mode, unit=unit))


def goal_loads_html(one_rm: float, goal: str, unit: str, *, wide: bool = False) -> str:
    """The calculator's result as HTML: the band, its loadable ends, and the NSCA rows.

    Raises ``ValueError`` (from the core) for a 1RM <= 0, an unknown goal or unit.
    """
    check_positive("one_rm", one_rm, unit=unit)
    unit = check_unit(unit)
    goal = check_choice("goal", goal, GOALS)
    low, high = load_range(one_rm, goal, wide=wide)
    p_low, p_high = percent_range(goal, wide=wide)
    r_low, r_high = rep_range(goal)
    rows = goal_table(one_rm, goal, unit, wide=wide)
    bar = STANDARD_BAR[unit]
    band = loadable_band(one_rm, goal, bar, STANDARD_PLATES[unit], unit=unit, wide=wide)
    if high < bar:
        loadable = f"all of this band is lighter than the {fmt(bar)} {unit} bar"
    elif band is None:
        loadable = (
            f"no load {_plates_words(unit)} make falls inside this band; the nearest are "
            f"{fmt(_nearest(low, unit, 'down'))} and {fmt(_nearest(high, unit, 'up'))} {unit}"
        )
    else:
        lighter = (
            f"; the part of the band under {fmt(bar)} {unit} is lighter than the bar"
            if low < bar
            else ""
        )
        span = (
            f"only {fmt(band[0])} {unit}"
            if band[0] == band[1]
            else f"{fmt(band[0])}–{fmt(band[1])} {unit}"
        )
        loadable = (
            f"on the bar: <b>{span}</b> (loads inside the band made with "
            f"{_plates_words(unit)}{lighter})"
        )
    reps_heavy, reps_light = nsca_reps(p_high), nsca_reps(p_low)
    summary = (
        f"<p><b>{GOALS[goal].label}</b>, {r_low}–{r_high} reps a set at {p_low:g}–{p_high:g}% "
        f"of {fmt(one_rm)} {unit}: <b>{fmt(low)}–{fmt(high)} {unit}</b>; {loadable}.</p>"
        f"<p>By the NSCA table an average lifter can do about {format_number(reps_heavy, 0)} rep"
        f"{'s' if round(reps_heavy) != 1 else ''} at {p_high:g}% and "
        f"{format_number(reps_light, 0)} at {p_low:g}%.</p>"
    )
    body = []
    for row in rows:
        bar_load = "lighter than the bar" if row.loadable is None else fmt(row.loadable)
        body.append(
            f"<tr><td>{row.reps}</td><td>{row.percent:g}</td><td>{fmt(row.load)}</td>"
            f"<td>{bar_load}</td><td>{html.escape(row.position)}</td></tr>"
        )
    table = (
        "<table class='liftlab-table'><caption>NSCA %1RM–reps table, rows in the goal's rep "
        f"range</caption><thead><tr><th scope='col'>rep max</th><th scope='col'>% of 1RM</th>"
        f"<th scope='col'>load ({unit})</th><th scope='col'>on the bar ({unit})</th>"
        f"<th scope='col'>vs the {p_low:g}–{p_high:g}% band</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return f'<div class="liftlab-result">{summary}{table}</div>'


class GoalLoadCalculator(Calculator):
    """1RM, goal, unit (and the article's wider hypertrophy band) in; loads out."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Goal load calculator"

    def __init__(
        self, one_rm: float = 100.0, goal: str = "hypertrophy", unit: str = "kg", wide: bool = False
    ) -> None:
        unit = check_unit(unit)
        self.one_rm = NumberField("1RM", one_rm, unit=unit, low=0, low_open=True, label_width=60)
        self.goal = widgets.ToggleButtons(
            options=[(GOALS[name].label, name) for name in GOALS],
            value=check_choice("goal", goal, GOALS),
            description="Goal",
            tooltips=[
                f"{GOALS[n].reps[0]}–{GOALS[n].reps[1]} reps at "
                f"{GOALS[n].percent_1rm[0]:g}–{GOALS[n].percent_1rm[1]:g}% 1RM"
                for n in GOALS
            ],
        )
        self.unit = unit_toggle(unit)
        w_low, w_high = percent_range("hypertrophy", wide=True)
        self.wide = widgets.Checkbox(
            value=wide,
            description=f"Use the article's wider hypertrophy band ({w_low:g}–{w_high:g}%)",
            indent=False,
            layout=widgets.Layout(width="max-content"),
        )
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = GoalLoadChart(one_rm, goal, unit, wide=wide)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text(one_rm, goal, unit))
        controls = widgets.VBox([self.one_rm, self.goal, self.unit, self.wide])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-goal-loads")
        self.watch(self.one_rm, self.goal, self.wide)
        self.unit.observe(lambda c: self.convert_units(c["old"], c["new"]), names="value")
        self.update()

    def compute_and_show(self) -> None:
        one_rm, goal, unit = self.one_rm.value, self.goal.value, self.unit.value
        wide = bool(self.wide.value)
        text = goal_loads_html(one_rm, goal, unit, wide=wide)  # raises before drawing
        self.wide.disabled = goal != "hypertrophy"  # the wider band is hypertrophy's only
        self.chart.update(one_rm, goal, unit, wide=wide)
        self.result.value = text
        self.figure.refresh(self.chart.alt_text(one_rm, goal, unit, wide=wide))

    def warnings(self) -> dict:
        return {self.one_rm: load_warning(self.one_rm.value, self.unit.value)}

    def describe_shown(self) -> str:
        return (
            f"{GOALS[self.goal.value].label.lower()} loads for a 1RM of "
            f"{fmt(self.one_rm.value)} {self.unit.value}"
        )


def goal_load_calculator(
    one_rm: float = 100.0, goal: str = "hypertrophy", unit: str = "kg", *, wide: bool = False
) -> GoalLoadCalculator:
    """Return the goal load calculator widget (display it as the last line of a cell).

    Parameters
    ----------
    one_rm : float
        Starting one-repetition maximum, > 0.
    goal : {"strength", "hypertrophy"}
        Starting goal.
    unit : {"kg", "lb"}
        Unit of the 1RM; every load is in the same unit (rounded with a 20 kg or 45 lb
        bar and the standard plates of that unit). The widget's switch converts the 1RM.
    wide : bool, keyword-only
        Start with the article's wider hypertrophy band (65–85 % instead of 65–80 %).

    Examples
    --------
    The article's example, a 300 lb squat, gives 195–240 lb for hypertrophy:

    >>> app = goal_load_calculator(300, "hypertrophy", "lb")
    >>> "195–240 lb" in app.result.value
    True
    """
    return GoalLoadCalculator(one_rm, goal, unit, wide)
