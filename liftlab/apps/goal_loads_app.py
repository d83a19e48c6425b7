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
from liftlab.apps.figure_widget import FigureImage
from liftlab.goals import GOALS, load_range, percent_range, rep_range
from liftlab.one_rep_max import nsca_reps
from liftlab.plots.loads import (
    STANDARD_BAR,
    STANDARD_PLATES,
    GoalLoadChart,
    fmt,
    goal_table,
    on_the_bar,
)
from liftlab.validation import check_choice, check_positive, check_unit


def _plates_words(unit: str) -> str:
    plates = ", ".join(f"{p:g}" for p in STANDARD_PLATES[unit])
    return f"a {STANDARD_BAR[unit]:g} {unit} bar and plates of {plates} {unit}"


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
    ends = [on_the_bar(low, unit), on_the_bar(high, unit)]
    if None in ends:
        loadable = f"part of this band is lighter than the {STANDARD_BAR[unit]:g} {unit} bar"
    else:
        loadable = (
            f"on the bar: <b>{fmt(ends[0])}–{fmt(ends[1])} {unit}</b> "
            f"(nearest loads with {_plates_words(unit)})"
        )
    reps_heavy, reps_light = nsca_reps(p_high), nsca_reps(p_low)
    summary = (
        f"<p><b>{GOALS[goal].label}</b>, {r_low}–{r_high} reps a set at {p_low:g}–{p_high:g}% "
        f"of {fmt(one_rm)} {unit}: <b>{fmt(low)}–{fmt(high)} {unit}</b>; {loadable}.</p>"
        f"<p>By the NSCA table an average lifter can do about {reps_heavy:.0f} rep"
        f"{'s' if round(reps_heavy) != 1 else ''} at {p_high:g}% and {reps_light:.0f} at "
        f"{p_low:g}%.</p>"
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

    def __init__(
        self, one_rm: float = 100.0, goal: str = "hypertrophy", unit: str = "kg", wide: bool = False
    ) -> None:
        self.one_rm = widgets.FloatText(value=one_rm, description="1RM", step=2.5)
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
        self.unit = widgets.ToggleButtons(
            options=["kg", "lb"], value=check_unit(unit), description="Unit"
        )
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
        self.watch(self.one_rm, self.goal, self.unit, self.wide)
        self.update()

    def compute_and_show(self) -> None:
        one_rm, goal, unit = self.one_rm.value, self.goal.value, self.unit.value
        wide = bool(self.wide.value)
        text = goal_loads_html(one_rm, goal, unit, wide=wide)  # raises before drawing
        self.wide.disabled = goal != "hypertrophy"  # the wider band is hypertrophy's only
        self.chart.update(one_rm, goal, unit, wide=wide)
        self.result.value = text
        self.figure.refresh(self.chart.alt_text(one_rm, goal, unit, wide=wide))


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
        bar and the standard plates of that unit).
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
