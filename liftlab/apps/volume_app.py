"""Volume planner: a week of sessions, each day its own → hard sets per muscle per week.

A week is seven days, each with its own session (or a rest day): a 4-day upper/lower
split is four different sessions, a full-body plan the same session on three days.
Pick a day, enter its exercises (at most :data:`MAX_ROWS`, each an exercise of
:data:`liftlab.volume.EXERCISE_MUSCLES` with its sets, reps and load), and the planner
counts every exercise of every day once with the core's fractional counting
(:func:`liftlab.volume.weekly_hard_sets`: primary movers 1, synergists ½; Pelland et al.
2025), adds up the volume-load per day and for the week, reads every muscle against
the research (:func:`liftlab.volume.dose_note`) and places it on the dose–response
curve (:class:`liftlab.plots.volume.DoseResponseChart`). "Copy to" repeats the shown
day's session on another day (A/B splits).

The rows are built once and show the selected day's session: "Add exercise" shows the
next hidden row, "Remove" shifts the rows below it up, and choosing another day loads
that day's exercises into the same rows, so no widget is created after the planner is
displayed. Numbers are :class:`~liftlab.apps.controls.NumberField` boxes: "2.5" sets is
refused, not read as 25, and each row's messages appear right under that row.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import FieldNotes, NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_number
from liftlab.plausibility import MOST_WEEKLY_SETS_STUDIED, load_warning, weekly_sets_warning
from liftlab.plots.volume import DoseResponseChart
from liftlab.recovery import session_days
from liftlab.units import convert_rounded
from liftlab.validation import check_choice, check_integer, check_unit
from liftlab.volume import (
    DOSE_NOTE_LEVELS,
    EXERCISE_MUSCLES,
    HIGH_WEEKLY_SETS,
    MODERATE_WEEKLY_SETS,
    MUSCLES,
    Exercise,
    dose_note,
    exercise_muscles,
    hypertrophy_gain,
    relative_gain,
    weekly_hard_sets,
)

__all__ = [
    "DAYS",
    "DEFAULT_EXERCISES",
    "MAX_ROWS",
    "UPPER_LOWER",
    "ExerciseRow",
    "VolumePlanner",
    "planner_report",
    "volume_planner",
]

#: Most exercises in one day's session (rows are built once and hidden when unused).
MAX_ROWS = 8
#: The days of the week, in order.
DAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: The session the planner starts with: ``(exercise, sets, reps, load in kg)``.
DEFAULT_EXERCISES: tuple[tuple[str, int, int, float], ...] = (
    ("squat", 3, 8, 100.0),
    ("bench press", 3, 8, 70.0),
    ("row", 3, 10, 60.0),
    ("curl", 2, 12, 15.0),
)
#: A 4-day upper/lower split, ``{day: ((exercise, sets, reps, load in kg), ...)}``.
UPPER_LOWER: Mapping[str, tuple[tuple[str, int, int, float], ...]] = {
    "Mon": (("bench press", 4, 6, 80.0), ("row", 4, 8, 70.0), ("overhead press", 3, 8, 45.0),
            ("curl", 3, 10, 15.0)),
    "Tue": (("squat", 4, 6, 110.0), ("romanian deadlift", 3, 8, 90.0), ("leg curl", 3, 12, 40.0),
            ("calf raise", 3, 12, 60.0)),
    "Thu": (("incline bench press", 3, 10, 60.0), ("lat pulldown", 4, 10, 60.0),
            ("lateral raise", 3, 15, 8.0), ("triceps extension", 3, 12, 25.0)),
    "Fri": (("deadlift", 3, 5, 140.0), ("leg press", 3, 12, 150.0),
            ("leg extension", 3, 12, 45.0), ("calf raise", 3, 15, 50.0)),
}  # fmt: skip
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
    return format_number(value)


@dataclass(frozen=True)
class Entry:
    """One exercise of one day, as shown (load in the planner's unit).

    ``memory`` remembers the value before the last kg/lb switch, so switching back
    restores exactly what was typed: ``(unit, load, converted load)``.
    """

    name: str
    sets: int
    reps: int
    load: float
    memory: tuple[str, float, float] | None = None

    def values(self) -> tuple[str, int, int, float]:
        return self.name, self.sets, self.reps, self.load


class ExerciseRow(widgets.VBox):
    """One exercise of the shown day: exercise, sets, reps, load, a remove button, and a
    note under the row for what its boxes refuse or warn about."""

    def __init__(self, index: int, unit: str) -> None:
        number = index + 1
        self.notes = FieldNotes(width="100%")
        narrow = {"label_width": 40, "box_width": 56, "notes": self.notes}
        self.exercise = widgets.Dropdown(
            options=_EXERCISES,
            description=f"Exercise {number}",
            style={"description_width": "74px"},
            layout=widgets.Layout(width="250px"),
        )
        self.sets = NumberField("Sets", 3, whole=True, low=1, **narrow)
        self.reps = NumberField("Reps", 8, whole=True, low=1, **narrow)
        self.load = NumberField(
            "Load", 20.0, unit=unit, low=0, label_width=40, box_width=70, notes=self.notes
        )
        self.remove = widgets.Button(
            description="Remove",
            tooltip=f"Remove exercise {number}",
            icon="trash",
            layout=widgets.Layout(width="95px"),
        )
        line = widgets.HBox(
            [self.exercise, self.sets, self.reps, self.load, self.remove],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
        )
        super().__init__([line, self.notes])
        self.add_class("liftlab-exercise-row")

    @property
    def controls(self) -> tuple[widgets.Widget, ...]:
        return (self.exercise, self.sets, self.reps, self.load)

    @property
    def fields(self) -> tuple[NumberField, ...]:
        return (self.sets, self.reps, self.load)

    def get(self) -> tuple[str, int, int, float]:
        """``(exercise, sets, reps, load)`` as shown."""
        return self.exercise.value, self.sets.value, self.reps.value, self.load.value

    def set(self, values: tuple[str, int, int, float]) -> None:
        name, sets, reps, load = values
        self.exercise.value = name
        self.sets.value = sets
        self.reps.value = reps
        self.load.set_value(load, memory=False)

    def show(self, visible: bool) -> None:
        display = None if visible else "none"
        self.layout.display = display
        for field in self.fields:  # hidden boxes are never refused nor warned about
            field.layout.display = display


class VolumePlanner(Calculator):
    """A week of sessions (one per day, or rest) → hard sets per muscle per week.

    Attributes for tests and notebooks: ``day`` (the day shown), ``rows`` (all
    :data:`MAX_ROWS` :class:`ExerciseRow`, the first ``count`` shown), ``add``,
    ``copy_to`` and ``copy``, ``unit``, ``result`` (HTML), ``chart`` and ``figure``;
    :meth:`week` is the whole week as ``{day: [(exercise, sets, reps, load), ...]}``.
    """

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Volume planner"

    def __init__(
        self,
        days: Mapping[str, Sequence[tuple[str, int, int, float]]],
        unit: str = "kg",
        day: str | None = None,
    ) -> None:
        unit = check_unit(unit)
        self._entries: dict[str, list[Entry]] = {d: [] for d in DAYS}
        for name, rows in days.items():
            key = check_choice("day", name, [d.lower() for d in DAYS])
            self._entries[DAYS[[d.lower() for d in DAYS].index(key)]] = [
                Entry(*_check_row(row)) for row in rows
            ]
        first = next((d for d in DAYS if self._entries[d]), DAYS[0])
        shown = first if day is None else DAYS[[d.lower() for d in DAYS].index(
            check_choice("day", day, [d.lower() for d in DAYS]))]  # fmt: skip
        self._holding = False
        self._loading = False
        self.fields = []
        self.rows = [ExerciseRow(i, unit) for i in range(MAX_ROWS)]
        for i, row in enumerate(self.rows):
            row.remove.on_click(lambda _button, i=i: self.remove_row(i))
        self.day = widgets.Dropdown(
            options=DAYS, value=shown, description="Day", style={"description_width": "74px"},
            layout=widgets.Layout(width="180px"),
        )  # fmt: skip
        self.day.observe(self._on_day, names="value")
        self.day_note = widgets.HTML(layout=widgets.Layout(display="none"))
        self.day_note.add_class("liftlab-field-note")
        self.heading = widgets.HTML()
        self.add = widgets.Button(
            description="Add exercise", icon="plus", tooltip="Show one more exercise row"
        )
        self.add.on_click(lambda _button: self.add_row())
        self.copy_to = widgets.Dropdown(
            options=[d for d in DAYS if d != shown],
            description="Copy to",
            style={"description_width": "60px"},
            layout=widgets.Layout(width="150px"),
        )
        self.copy = widgets.Button(
            description="Copy", icon="copy", tooltip="Repeat this day's session on that day",
            layout=widgets.Layout(width="90px"),
        )  # fmt: skip
        self.copy.on_click(lambda _button: self.copy_day(self.copy_to.value))
        self.unit = unit_toggle(unit)
        self.unit.observe(self._on_unit, names="value")
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = DoseResponseChart()
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text({}))
        intro = widgets.HTML(
            "<b>Your week</b>: pick a day and enter its session (or leave it empty for a "
            "rest day); every day counts. Loads in the unit below."
        )
        controls = widgets.VBox(
            [
                intro,
                widgets.HBox([self.day, self.day_note], layout=_WRAP),
                self.heading,
                *self.rows,
                widgets.HBox([self.add, self.copy_to, self.copy], layout=_WRAP),
                self.unit,
            ]
        )
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-volume-planner")
        self.watch(*(c for row in self.rows for c in row.controls))
        self._load_day()
        self.update()

    # ---------------------------------------------------------------- the week

    @property
    def count(self) -> int:
        """Exercises on the shown day (rows shown)."""
        return len(self._entries[self.day.value])

    def week(self) -> dict[str, list[tuple[str, int, int, float]]]:
        """The whole week, ``{day: [(exercise, sets, reps, load), ...]}`` (rest days empty)."""
        return {d: [e.values() for e in self._entries[d]] for d in DAYS}

    def training_days(self) -> list[str]:
        return [d for d in DAYS if self._entries[d]]

    def _store_rows(self) -> None:
        """Write the shown rows into the week (their values are valid: update checked)."""
        day = self.day.value
        kept = self._entries[day]
        fresh = []
        for row, entry in zip(self.rows, kept, strict=False):
            values = row.get()
            refused = any(f.error for f in row.fields)  # keep the last valid values
            fresh.append(entry if refused or entry.values() == values else Entry(*values))
        self._entries[day] = fresh

    def _load_day(self) -> None:
        """Show the selected day's exercises in the rows (no recompute)."""
        entries = self._entries[self.day.value]
        self._loading = True
        try:
            for i, row in enumerate(self.rows):
                if i < len(entries):
                    row.set(entries[i].values())
                row.show(i < len(entries))
        finally:
            self._loading = False
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        day, count = self.day.value, self.count
        self.add.disabled = count >= MAX_ROWS
        self.add.tooltip = (
            f"A day holds at most {MAX_ROWS} exercises"
            if count >= MAX_ROWS
            else "Show one more exercise row"
        )
        self.copy.disabled = count == 0
        options = [d for d in DAYS if d != day]
        if list(self.copy_to.options) != options:
            target = self.copy_to.value if self.copy_to.value in options else options[0]
            self.copy_to.options = options
            self.copy_to.value = target
        what = f"{count} exercise{'s' if count != 1 else ''}" if count else "a rest day"
        self.heading.value = f"<b>{day}</b>: {what}."

    def _say(self, kind: str, text: str) -> None:
        from liftlab.apps.controls import note_html

        value = note_html(kind, text) if text else ""
        self.day_note.value = value
        self.day_note.layout.display = None if value else "none"

    def _on_change(self, change: dict) -> None:
        if not self._holding and not self._loading:
            self.update()

    def _on_day(self, change: dict) -> None:
        """Show another day: refused while a box of the shown day is refused."""
        if self._loading:
            return
        refused = [f for row in self.rows[: self._count_for(change["old"])] for f in row.fields
                   if f.error]  # fmt: skip
        if refused:
            self._loading = True
            try:
                self.day.value = change["old"]
            finally:
                self._loading = False
            self._say(
                "refused",
                f"Fix {refused[0].label} on {change['old']} first: it is not an allowed value.",
            )
            return
        self._say("", "")
        with self.hold():
            self._load_day()

    def _count_for(self, day: str) -> int:
        return len(self._entries[day])

    def _refused_first(self) -> bool:
        """Say so and return True if a box of the shown day is refused."""
        refused = [f for f in self._visible_fields() if f.error]
        if refused:
            self._say(
                "refused",
                f"Fix {refused[0].label} on {self.day.value} first: it is not an allowed value.",
            )
        return bool(refused)

    def add_row(self, values: tuple[str, int, int, float] | None = None) -> bool:
        """Add an exercise to the shown day (``NEW_ROW`` unless ``values``, load in the
        planner's unit); ``False`` if the day is full or a box is refused."""
        if self.count >= MAX_ROWS or self._refused_first():
            self._sync_buttons()
            return False
        name, sets, reps, load_kg = values or NEW_ROW
        load = load_kg if values else convert_rounded(load_kg, "kg", self.unit.value)
        self._store_rows()
        self._entries[self.day.value].append(Entry(*_check_row((name, sets, reps, load))))
        self._say("", "")
        with self.hold():
            self._load_day()
        return True

    def remove_row(self, index: int) -> None:
        """Remove the ``index``-th exercise of the shown day (the rows below move up).

        Boxes holding refused text are reloaded with their last valid values, and the
        note under the day says so."""
        if not 0 <= index < self.count:
            return
        self._store_rows()
        del self._entries[self.day.value][index]
        dropped = [f for f in self._visible_fields() if f.error]
        with self.hold():
            for field in dropped:
                field.error = ""
            self._load_day()
        if any(f not in self.rows[index].fields for f in dropped):
            self._say("info", "Boxes that held refused values show their last valid values.")
        else:
            self._say("", "")

    def copy_day(self, target: str) -> None:
        """Repeat the shown day's session on ``target`` (replacing what it had)."""
        target = DAYS[[d.lower() for d in DAYS].index(
            check_choice("target", target, [d.lower() for d in DAYS]))]  # fmt: skip
        day = self.day.value
        if target == day or self._refused_first():
            return
        self._store_rows()
        before = len(self._entries[target])
        self._entries[target] = list(self._entries[day])
        replaced = f", replacing its {before}" if before else ""
        self._say(
            "info",
            f"Copied {day}'s {self.count} exercise{'s' if self.count != 1 else ''} to "
            f"{target}{replaced}.",
        )
        self.update()

    def _on_unit(self, change: dict) -> None:
        """Convert every load of the week to the new unit (to 0.1), then recompute once.

        Switching back without editing restores each load exactly as it was typed."""
        old, new = change["old"], change["new"]
        self._store_rows()
        typed = {f: f.box.value for f in self._visible_fields() if f.error}
        for day, entries in self._entries.items():
            converted = []
            for e in entries:
                if e.memory and e.memory[0] == new and e.memory[2] == e.load:
                    load = e.memory[1]
                else:
                    load = convert_rounded(e.load, old, new)
                converted.append(replace(e, load=load, memory=(old, e.load, load)))
            self._entries[day] = converted
        with self.hold():
            for row in self.rows:
                row.load.unit = new
                row.load.suffix.value = f"<span>{new}</span>"
            self._load_day()
            for field, text in typed.items():  # refused text stays as typed, checked anew
                field.read(text)

    # ------------------------------------------------------------------ computing

    def plan(self) -> dict[str, list[Exercise]]:
        """The week as :class:`~liftlab.volume.Exercise` objects by day (each once a week)."""
        unit = self.unit.value
        return {
            d: [Exercise(e.name, e.sets, e.reps, e.load, unit) for e in self._entries[d]]
            for d in DAYS
        }

    def compute_and_show(self) -> None:
        self._store_rows()
        week = self.plan()
        exercises = [ex for day in DAYS for ex in week[day]]
        sets_by_muscle = weekly_hard_sets(exercises)
        report = planner_report(week, self.unit.value)
        self.chart.update(sets_by_muscle)
        self.result.value = report
        self.figure.refresh(self.chart.alt_text(sets_by_muscle))
        self._sync_buttons()

    def warnings(self) -> dict:
        """Loads above the deadlift record, and weekly sets beyond any study, next to the
        rows of the shown day that cause them."""
        found: dict = {}
        unit = self.unit.value
        weekly = weekly_hard_sets([ex for day in self.plan().values() for ex in day])
        over = {m: s for m, s in weekly.items() if s > MOST_WEEKLY_SETS_STUDIED}
        for row in self.rows[: self.count]:
            text = load_warning(row.load.value, unit)
            if text:
                found[row.load] = text
            mine = {m: s for m, s in over.items() if m in exercise_muscles(row.exercise.value)}
            if mine:
                found[row.sets] = weekly_sets_warning(mine)
        return found

    def describe_shown(self) -> str:
        days = self.training_days()
        if not days:
            return "an empty week"
        return f"your week of {len(days)} training day{'s' if len(days) != 1 else ''}"


_WRAP = widgets.Layout(flex_flow="row wrap", align_items="center")


def _check_row(row: Sequence) -> tuple[str, int, int, float]:
    values = tuple(row)
    if len(values) != 4:
        raise ValueError(f"exercise {values!r} is not (name, sets, reps, load).")
    if values[0] not in EXERCISE_MUSCLES:
        raise ValueError(
            f"exercise {values[0]!r} is not in the planner's list: use one of "
            f"{', '.join(_EXERCISES)}."
        )
    name, sets, reps, load = values
    Exercise(name, sets, reps, load, "kg")  # raises the core's ValueError for bad numbers
    return name, int(sets), int(reps), float(load)


def planner_report(week: Mapping[str, Sequence[Exercise]], unit: str) -> str:
    """HTML: the week's days and totals, hard sets per muscle, notes on under/over-dosing.

    ``week`` maps each day to its exercises (each done once that day); the weekly hard
    sets are the core's :func:`~liftlab.volume.weekly_hard_sets` over all of them.
    """
    unit = check_unit(unit)
    days = [d for d in week if week[d]]
    if not days:
        return (
            "<div><p>No exercises yet: pick a day and press <b>Add exercise</b> to "
            "start a session. The curve below shows where each muscle will land.</p></div>"
        )
    exercises = [ex for d in days for ex in week[d]]
    sets_by_muscle = weekly_hard_sets(exercises)
    total_sets = sum(ex.sets for ex in exercises)
    total_load = sum(ex.volume_load for ex in exercises)
    summary = (
        f"<p>Your week: <b>{len(days)} training day{'s' if len(days) != 1 else ''}</b> "
        f"({', '.join(days)}), <b>{total_sets} hard sets</b>, volume-load "
        f"<b>{format_number(total_load, 0, grouping=True)} {unit}</b>.</p>"
    )
    day_rows = []
    for d in days:
        names = ", ".join(html.escape(ex.name) for ex in week[d])
        sets = sum(ex.sets for ex in week[d])
        load = sum(ex.volume_load for ex in week[d])
        day_rows.append(
            f"<tr><th scope='row'>{d}</th><td>{names}</td><td>{sets}</td>"
            f"<td>{format_number(load, 0, grouping=True)}</td></tr>"
        )
    days_table = (
        "<table class='liftlab-table'><thead><tr><th scope='col'>day</th>"
        "<th scope='col'>exercises</th><th scope='col'>hard sets</th>"
        f"<th scope='col'>volume-load ({unit})</th></tr></thead>"
        f"<tbody>{''.join(day_rows)}</tbody></table>"
    )
    rows = []
    for muscle, sets in sets_by_muscle.items():
        level = dose_note(sets).level
        css = level.replace(" ", "-")
        rows.append(
            f"<tr class='liftlab-dose-{css}'><th scope='row'>{html.escape(muscle)}</th>"
            f"<td>{_fmt(sets)}</td><td>{level}</td><td>{_fmt(hypertrophy_gain(sets))}%</td>"
            f"<td>{format_number(relative_gain(sets), 2)}</td></tr>"
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
        "<p><em>Counts hard sets only (close to failure), every exercise of every day once; "
        "synergists count ½ (Pelland et al. 2025). Modelled growth is a curve fitted to "
        "group means, not a forecast for you.</em></p>"
    )
    return f"<div>{summary}{days_table}{table}{note_list}{caveat}</div>"


def volume_planner(
    exercises: Sequence[tuple[str, int, int, float]] = DEFAULT_EXERCISES,
    sessions_per_week: int = 2,
    unit: str = "kg",
    *,
    days: Mapping[str, Sequence[tuple[str, int, int, float]]] | None = None,
) -> VolumePlanner:
    """Return the volume planner widget (display it as the last line of a cell).

    Parameters
    ----------
    exercises : sequence of (name, sets, reps, load)
        One session, at most :data:`MAX_ROWS` exercises, repeated on
        ``sessions_per_week`` days spread over the week
        (:func:`liftlab.recovery.session_days`: 2 → Mon and Thu). Names from
        :data:`liftlab.volume.EXERCISE_MUSCLES`, loads in ``unit``. Empty is allowed.
    sessions_per_week : int
        How many days a week that session is done, 1–7.
    unit : {"kg", "lb"}
        Unit of the loads and of the volume-load; the widget's switch converts them.
    days : mapping of day to sequence of (name, sets, reps, load), keyword-only
        A whole week instead, each day its own session, e.g. :data:`UPPER_LOWER`
        (``{"Mon": [...], "Tue": [...], ...}``; days not given are rest days).
        Overrides ``exercises`` and ``sessions_per_week``.

    Examples
    --------
    >>> app = volume_planner(days=UPPER_LOWER)
    >>> app.training_days()
    ['Mon', 'Tue', 'Thu', 'Fri']
    """
    unit = check_unit(unit)
    if days is None:
        plan = [tuple(row) for row in exercises]
        if len(plan) > MAX_ROWS:
            raise ValueError(f"exercises has {len(plan)} rows: a day holds at most {MAX_ROWS}.")
        sessions = check_integer("sessions_per_week", sessions_per_week, low=1, high=7)
        days = {DAYS[i]: plan for i in session_days(sessions)} if plan else {}
    else:
        for name, rows in days.items():
            if len(rows) > MAX_ROWS:
                raise ValueError(
                    f"days[{name!r}] has {len(rows)} exercises: a day holds at most {MAX_ROWS}."
                )
    return VolumePlanner(days, unit)
