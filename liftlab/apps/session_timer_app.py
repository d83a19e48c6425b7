"""Session timer: sets, reps and rest → session length, hypertrophy and strength side by side.

Your session (sets, reps, rest, goal) is timed with
:func:`liftlab.recovery.session_duration`; the other goal is shown with the same
number of sets at the middle of its own rep and rest ranges
(:data:`liftlab.goals.GOALS`), so the chart answers "how much longer does the same
number of sets take when trained for strength?". Whiskers span each goal's whole
rest range.
"""

from __future__ import annotations

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_number
from liftlab.goals import rep_range, rest_range
from liftlab.plausibility import session_sets_warning
from liftlab.plots.recovery import SessionTimeChart, session_parts
from liftlab.recovery import DEFAULT_SECONDS_PER_REP, DEFAULT_SETUP_S, session_duration
from liftlab.validation import check_choice

__all__ = ["GOAL_NAMES", "SessionTimer", "session_timer", "typical_session"]

GOAL_NAMES = ("hypertrophy", "strength")
#: Most reps per set the timer takes.
MAX_REPS = 20
#: Longest rest between sets the timer takes, minutes.
MAX_REST_MIN = 10.0


def typical_session(goal: str, sets: int) -> tuple[int, int, float]:
    """``(sets, reps, rest_min)`` at the middle of ``goal``'s rep and rest ranges.

    Reps round half up: strength 1–6 → 4, hypertrophy 6–12 → 9; rest: strength
    2–5 → 3.5 min, hypertrophy 1–3 → 2 min.
    """
    low, high = rep_range(goal)
    rest_low, rest_high = rest_range(goal)
    return sets, (low + high + 1) // 2, (rest_low + rest_high) / 2


class SessionTimer(Calculator):
    """Sets, reps, rest, goal (and seconds per rep) → session length, both goals charted."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Session timer"

    def __init__(
        self,
        sets: int = 15,
        reps: int = 10,
        rest_min: float = 2.0,
        goal: str = "hypertrophy",
        seconds_per_rep: float = DEFAULT_SECONDS_PER_REP,
    ) -> None:
        goal = check_choice("goal", goal, GOAL_NAMES)
        wide = {"description_width": "110px"}
        self.sets = NumberField("Sets (all)", sets, whole=True, low=1)
        self.reps = NumberField(
            "Reps per set",
            reps,
            whole=True,
            low=1,
            high=MAX_REPS,
            why_high="the timer is for strength and hypertrophy sets (the article's 1–12 reps, "
            f"with room up to {MAX_REPS})",
        )
        self.rest = NumberField(
            "Rest",
            rest_min,
            unit="min",
            low=0,
            high=MAX_REST_MIN,
            why_high=f"longer than {MAX_REST_MIN:g} min is a break, not rest between sets",
        )
        self.goal = widgets.ToggleButtons(
            options=GOAL_NAMES, value=goal, description="Goal", style=wide
        )
        self.seconds_per_rep = NumberField(
            "Seconds per rep",
            seconds_per_rep,
            unit="s",
            low=1,
            high=8,
            why_low="even an explosive rep takes about a second",
            why_high="8 s is already a very slow tempo",
        )
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        sessions = self.sessions()
        self.chart = SessionTimeChart(sessions, seconds_per_rep, DEFAULT_SETUP_S)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text(sessions, seconds_per_rep))
        controls = widgets.VBox([self.goal, self.sets, self.reps, self.rest, self.seconds_per_rep])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-session-timer")
        self.watch(self.sets, self.reps, self.rest, self.goal, self.seconds_per_rep)
        self.update()

    def sessions(self) -> dict[str, tuple[int, int, float]]:
        """``{goal: (sets, reps, rest_min)}``: yours, and the other goal's typical one."""
        goal, sets = self.goal.value, self.sets.value
        other = GOAL_NAMES[1 - GOAL_NAMES.index(goal)]
        return {goal: (sets, self.reps.value, self.rest.value), other: typical_session(other, sets)}

    def compute_and_show(self) -> None:
        sessions = self.sessions()
        per_rep = self.seconds_per_rep.value
        self.chart.update(sessions, per_rep, DEFAULT_SETUP_S)
        self.result.value = timer_report(self.goal.value, sessions, per_rep)
        self.figure.refresh(self.chart.alt_text(sessions, per_rep))

    def warnings(self) -> dict:
        return {self.sets: session_sets_warning(self.sets.value)}

    def describe_shown(self) -> str:
        return (
            f"{self.sets.value} sets × {self.reps.value} reps with "
            f"{format_number(self.rest.value, 2)} min rest"
        )


def _n(value: float, decimals: int = 1) -> str:
    return format_number(value, decimals, grouping=True)


def timer_report(
    goal: str, sessions: dict[str, tuple[int, int, float]], seconds_per_rep: float
) -> str:
    """HTML: your session's length, how it sits in the goal's ranges, the other goal."""
    sets, reps, rest = sessions[goal]
    work, resting = session_parts(sets, reps, rest, seconds_per_rep, DEFAULT_SETUP_S)
    rest_low, rest_high = rest_range(goal)
    rep_low, rep_high = rep_range(goal)
    notes = []
    if rest < rest_low:
        notes.append(
            f"Your rest is shorter than the article's {rest_low:g}–{rest_high:g} min for {goal}. "
            "In trained men, 3 min between sets built more strength and size than 1 min "
            "(Schoenfeld et al. 2016)."
        )
    elif rest > rest_high:
        notes.append(
            f"Your rest is longer than the article's {rest_low:g}–{rest_high:g} min for {goal}: "
            "fine for recovery, but the session grows."
        )
    else:
        notes.append(
            f"Your rest is inside the article's {rest_low:g}–{rest_high:g} min for {goal}."
        )
    if not rep_low <= reps <= rep_high:
        notes.append(f"{reps} reps is outside the {goal} range of {rep_low}–{rep_high}.")
    other = next(g for g in sessions if g != goal)
    o_sets, o_reps, o_rest = sessions[other]
    other_total = float(session_duration(o_sets, o_reps, o_rest, seconds_per_rep, DEFAULT_SETUP_S))
    return (
        f"<div><p>Your {goal} session, {sets} sets × {reps} reps with "
        f"{_n(rest, 2)} min rest: <b>{_n(work + resting, 0)} min</b> ({_n(work, 0)} min lifting "
        f"and setting up, {_n(resting, 0)} min resting).</p><p>{' '.join(notes)}</p>"
        f"<p>The same {o_sets} sets trained for {other} ({o_reps} reps, {_n(o_rest, 2)} min "
        f"rest) take <b>{_n(other_total, 0)} min</b>.</p>"
        f"<p><em>Assumes {_n(seconds_per_rep, 2)} s per rep and {_n(DEFAULT_SETUP_S)} s to set up "
        "each set; warm-up sets are not counted.</em></p></div>"
    )


def session_timer(
    sets: int = 15,
    reps: int = 10,
    rest_min: float = 2.0,
    goal: str = "hypertrophy",
    seconds_per_rep: float = DEFAULT_SECONDS_PER_REP,
) -> SessionTimer:
    """Return the session timer widget (display it as the last line of a cell).

    Parameters
    ----------
    sets : int
        Working sets in the whole session (all exercises), >= 1.
    reps : int
        Reps per set, 1–20.
    rest_min : float
        Rest between sets, minutes, 0–10.
    goal : {"hypertrophy", "strength"}
        The goal of your session; the other goal is shown for comparison.
    seconds_per_rep : float
        Duration of one rep, 1–8 s (default 3 s).
    """
    return SessionTimer(sets, reps, rest_min, goal, seconds_per_rep)
