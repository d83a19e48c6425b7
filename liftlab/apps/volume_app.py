"""Volume planner: a session's exercises x sessions per week → hard sets per muscle per week.

Each exercise of the list (at most :data:`MAX_ROWS`) is an exercise of
:data:`liftlab.volume.EXERCISE_MUSCLES` with its sets, reps and load. The planner
counts hard sets per muscle per week (:func:`liftlab.volume.weekly_hard_sets`,
synergists ½), adds up the volume-load, reads every muscle against the research
(:func:`liftlab.volume.dose_note`) and places it on the dose–response curve
(:class:`liftlab.plots.volume.DoseResponseChart`).

The rows are built once: "Add exercise" shows the next hidden row and "Remove"
shifts the rows below it up and hides the last, so no widget is created after the
planner is displayed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
from liftlab.plots.volume import DoseResponseChart
from liftlab.units import convert
from liftlab.validation import check_integer, check_unit
from liftlab.volume import (
    DOSE_NOTE_LEVELS,
    EXERCISE_MUSCLES,
    HIGH_WEEKLY_SETS,
    MODERATE_WEEKLY_SETS,
    MUSCLES,
    Exercise,
    dose_note,
    hypertrophy_gain,
    relative_gain,
    weekly_hard_sets,
)

__all__ = ["DEFAULT_EXERCISES", "MAX_ROWS", "ExerciseRow", "VolumePlanner", "volume_planner"]

#: Most exercises the planner holds (rows are built once and hidden when unused).
MAX_ROWS = 8
#: The session the planner starts with: ``(exercise, sets, reps, load in kg)``.
DEFAULT_EXERCISES: tuple[tuple[str, int, int, float], ...] = (
    ("squat", 3, 8, 100.0),
    ("bench press", 3, 8, 70.0),
    ("row", 3, 10, 60.0),
    ("curl", 2, 12, 15.0),
)
#: What "Add exercise" puts in a new row: ``(exercise, sets, reps, load in kg)``.
NEW_ROW = ("lateral raise", 3, 12, 8.0)

_EXERCISES = tuple(sorted(EXERCISE_MUSCLES))
_NOTES = {
    "lower dose": (
        f"below {MODERATE_WEEKLY_SETS:g} hard sets a week: they still grow, but "
        f"{MODERATE_WEEKLY_SETS:g}+ weekly sets grew muscles more in Schoenfeld, Ogborn & "
        "Krieger (2017)."
    ),
    "moderate dose": (
        f"{MODERATE_WEEKLY_SETS:g}–{HIGH_WEEKLY_SETS:g} hard sets a week, the range most "
        "reviews suggest (Schoenfeld et al. 2017; Baz-Valle et al. 2022, in young trained men)."
    ),
    "high dose": (
        f"above {HIGH_WEEKLY_SETS:g} hard sets a week: each extra set buys less growth "
        "(Pelland et al. 2025) and costs more recovery; keep it only if you recover."
    ),
}


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class ExerciseRow(widgets.HBox):
    """One exercise of the planner: exercise, sets, reps, load and a remove button."""

    def __init__(self, index: int) -> None:
        number = index + 1
        narrow = {"description_width": "36px"}
        self.exercise = widgets.Dropdown(
            options=_EXERCISES,
            description=f"Exercise {number}",
            style={"description_width": "74px"},
            layout=widgets.Layout(width="250px"),
        )
        self.sets = widgets.IntText(
            value=3, description="Sets", style=narrow, layout=widgets.Layout(width="100px")
        )
        self.reps = widgets.IntText(
            value=8, description="Reps", style=narrow, layout=widgets.Layout(width="100px")
        )
        self.load = widgets.FloatText(
            value=20.0,
            step=2.5,
            description="Load",
            style=narrow,
            layout=widgets.Layout(width="130px"),
        )
        self.remove = widgets.Button(
            description="Remove",
            tooltip=f"Remove exercise {number}",
            icon="trash",
            layout=widgets.Layout(width="95px"),
        )
        super().__init__(
            [self.exercise, self.sets, self.reps, self.load, self.remove],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        self.add_class("liftlab-exercise-row")

    @property
    def controls(self) -> tuple[widgets.Widget, ...]:
        return (self.exercise, self.sets, self.reps, self.load)

    def get(self) -> tuple[str, int, int, float]:
        """``(exercise, sets, reps, load)`` as shown."""
        return self.exercise.value, self.sets.value, self.reps.value, self.load.value

    def set(self, values: tuple[str, int, int, float]) -> None:
        name, sets, reps, load = values
        self.exercise.value = name
        self.sets.value = sets
        self.reps.value = reps
        self.load.value = load

    def show(self, visible: bool) -> None:
        self.layout.display = None if visible else "none"


class VolumePlanner(Calculator):
    """A session's exercises x sessions per week → hard sets per muscle per week.

    Attributes for tests and notebooks: ``rows`` (all :data:`MAX_ROWS`
    :class:`ExerciseRow`, the first ``count`` shown), ``add``, ``sessions``, ``unit``,
    ``result`` (HTML), ``chart`` and ``figure``.
    """

    def __init__(
        self,
        exercises: Sequence[tuple[str, int, int, float]] = DEFAULT_EXERCISES,
        sessions_per_week: int = 2,
        unit: str = "kg",
    ) -> None:
        unit = check_unit(unit)
        plan = [tuple(row) for row in exercises]
        if len(plan) > MAX_ROWS:
            raise ValueError(
                f"exercises has {len(plan)} rows: the planner holds at most {MAX_ROWS}."
            )
        for row in plan:
            if len(row) != 4:
                raise ValueError(f"exercise {row!r} is not (name, sets, reps, load).")
            if row[0] not in EXERCISE_MUSCLES:
                raise ValueError(
                    f"exercise {row[0]!r} is not in the planner's list: use one of "
                    f"{', '.join(_EXERCISES)}."
                )
        sessions = check_integer("sessions_per_week", sessions_per_week, low=1, high=7)
        self._holding = False
        self.rows = [ExerciseRow(i) for i in range(MAX_ROWS)]
        for row, values in zip(self.rows, plan, strict=False):
            row.set(values)
        self.count = len(plan)
        for i, row in enumerate(self.rows):
            row.show(i < self.count)
            row.remove.on_click(lambda _button, i=i: self.remove_row(i))
        self.add = widgets.Button(
            description="Add exercise", icon="plus", tooltip="Show one more exercise row"
        )
        self.add.on_click(lambda _button: self.add_row())
        self.sessions = widgets.IntSlider(
            value=sessions,
            min=1,
            max=7,
            description="Sessions/week",
            style={"description_width": "100px"},
        )
        self.unit = widgets.ToggleButtons(options=["kg", "lb"], value=unit, description="Unit")
        self.unit.observe(self._on_unit, names="value")
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = DoseResponseChart()
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text({}))
        heading = widgets.HTML(
            "<b>One session</b> (repeated every session of the week); loads in the unit below."
        )
        controls = widgets.VBox(
            [heading, *self.rows, self.add, widgets.HBox([self.sessions, self.unit])]
        )
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-volume-planner")
        self.watch(self.sessions, *(c for row in self.rows for c in row.controls))
        self.update()

    # ---------------------------------------------------------------- row handling

    def _sync_buttons(self) -> None:
        self.add.disabled = self.count >= MAX_ROWS
        self.add.tooltip = (
            f"The planner holds at most {MAX_ROWS} exercises"
            if self.count >= MAX_ROWS
            else "Show one more exercise row"
        )

    def add_row(self, values: tuple[str, int, int, float] | None = None) -> bool:
        """Show one more row (``NEW_ROW`` unless ``values``); ``False`` if all are shown."""
        if self.count >= MAX_ROWS:
            self._sync_buttons()
            return False
        name, sets, reps, load_kg = values or NEW_ROW
        load = load_kg if values else round(float(convert(load_kg, "kg", self.unit.value)), 1)
        with self.hold():
            self.rows[self.count].set((name, sets, reps, load))
            self.rows[self.count].show(True)
            self.count += 1
            self._sync_buttons()
        return True

    def remove_row(self, index: int) -> None:
        """Remove the ``index``-th row: the rows below move up, the last one is hidden."""
        if not 0 <= index < self.count:
            return
        with self.hold():
            for i in range(index, self.count - 1):
                self.rows[i].set(self.rows[i + 1].get())
            self.count -= 1
            self.rows[self.count].show(False)
            self._sync_buttons()

    def _on_unit(self, change: dict) -> None:
        """Convert the loads shown to the new unit (one decimal), then recompute once."""
        with self.hold():
            for row in self.rows[: self.count]:
                row.load.value = round(
                    float(convert(row.load.value, change["old"], change["new"])), 1
                )

    # ------------------------------------------------------------------ computing

    def plan(self) -> list[Exercise]:
        """The shown rows as :class:`~liftlab.volume.Exercise` objects (``ValueError`` if bad)."""
        unit, sessions = self.unit.value, self.sessions.value
        exercises = []
        for number, row in enumerate(self.rows[: self.count], start=1):
            name, sets, reps, load = row.get()
            try:
                exercises.append(Exercise(name, sets, reps, load, unit, sessions_per_week=sessions))
            except (ValueError, TypeError) as exc:
                raise ValueError(f"Exercise {number} ({name}): {exc}") from exc
        return exercises

    def compute_and_show(self) -> None:
        exercises = self.plan()
        sets_by_muscle = weekly_hard_sets(exercises)
        self.chart.update(sets_by_muscle)
        self.result.value = planner_report(exercises, self.sessions.value, self.unit.value)
        self.figure.refresh(self.chart.alt_text(sets_by_muscle))


def planner_report(exercises: Sequence[Exercise], sessions_per_week: int, unit: str) -> str:
    """HTML: totals, a table of hard sets per muscle, and notes on under- or over-dosing."""
    if not exercises:
        return (
            "<div><p>No exercises yet: press <b>Add exercise</b> to "
            "start a session. The curve below shows where each muscle will land.</p></div>"
        )
    sets_by_muscle = weekly_hard_sets(exercises)
    session_sets = sum(ex.sets for ex in exercises)
    session_load = sum(ex.volume_load for ex in exercises)
    summary = (
        f"<p>One session: <b>{session_sets} hard sets</b>, volume-load "
        f"<b>{session_load:,.0f} {unit}</b>. Per week ({sessions_per_week} session"
        f"{'s' if sessions_per_week > 1 else ''}): <b>{session_sets * sessions_per_week} hard "
        f"sets</b>, <b>{session_load * sessions_per_week:,.0f} {unit}</b>.</p>"
    )
    rows = []
    for muscle, sets in sets_by_muscle.items():
        level = dose_note(sets).level
        css = level.replace(" ", "-")
        rows.append(
            f"<tr class='liftlab-dose-{css}'><th scope='row'>{html.escape(muscle)}</th>"
            f"<td>{_fmt(sets)}</td><td>{level}</td><td>{hypertrophy_gain(sets):.1f}%</td>"
            f"<td>{relative_gain(sets):.2f}</td></tr>"
        )
    table = (
        "<table class='liftlab-table'><thead><tr><th>muscle</th><th>hard sets / week</th>"
        "<th>reading</th><th>modelled growth</th><th>vs 10 sets</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    notes = []
    for level in DOSE_NOTE_LEVELS:
        names = [f"{m} {_fmt(s)}" for m, s in sets_by_muscle.items() if dose_note(s).level == level]
        if names and level != "moderate dose":
            notes.append(
                f"<li><b>{level.capitalize()}</b>: {html.escape(', '.join(names))}: "
                f"{html.escape(_NOTES[level])}</li>"
            )
    untrained = [m for m in MUSCLES if m not in sets_by_muscle]
    if untrained:
        notes.append(f"<li>Not trained: {html.escape(', '.join(untrained))}.</li>")
    note_list = f"<ul>{''.join(notes)}</ul>" if notes else ""
    caveat = (
        "<p><em>Counts hard sets only (close to failure); synergists count ½ (Pelland et al. "
        "2025). Modelled growth is a curve fitted to group means, not a forecast for "
        "you.</em></p>"
    )
    return f"<div>{summary}{table}{note_list}{caveat}</div>"


def volume_planner(
    exercises: Sequence[tuple[str, int, int, float]] = DEFAULT_EXERCISES,
    sessions_per_week: int = 2,
    unit: str = "kg",
) -> VolumePlanner:
    """Return the volume planner widget (display it as the last line of a cell).

    Parameters
    ----------
    exercises : sequence of (name, sets, reps, load)
        The starting session, at most :data:`MAX_ROWS` rows; names from
        :data:`liftlab.volume.EXERCISE_MUSCLES`, loads in ``unit``. Empty is allowed.
    sessions_per_week : int
        How many times a week the session is done, 1–7.
    unit : {"kg", "lb"}
        Unit of the loads and of the volume-load.
    """
    return VolumePlanner(exercises, sessions_per_week, unit)
