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
from liftlab.apps.figure_widget import FigureImage
from liftlab.goals import rep_range, rest_range
from liftlab.plots.recovery import SessionTimeChart, session_parts
from liftlab.recovery import DEFAULT_SECONDS_PER_REP, DEFAULT_SETUP_S, session_duration
from liftlab.validation import check_choice

__all__ = ["GOAL_NAMES", "SessionTimer", "session_timer", "typical_session"]

GOAL_NAMES = ("hypertrophy", "strength")


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
        self.sets = widgets.IntText(
            value=sets, description="Sets (all)", style=wide, layout=widgets.Layout(width="220px")
        )
        self.reps = widgets.IntSlider(
            value=reps, min=1, max=20, description="Reps per set", style=wide
        )
        self.rest = widgets.FloatSlider(
            value=rest_min, min=0.0, max=6.0, step=0.25, description="Rest (min)", style=wide
        )
        self.goal = widgets.ToggleButtons(
            options=GOAL_NAMES, value=goal, description="Goal", style=wide
        )
        self.seconds_per_rep = widgets.FloatSlider(
            value=seconds_per_rep, min=1.0, max=8.0, step=0.5, description="Seconds per rep",
            style=wide,
        )  # fmt: skip
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
        f"{rest:g} min rest: <b>{work + resting:.0f} min</b> ({work:.0f} min lifting and "
        f"setting up, {resting:.0f} min resting).</p><p>{' '.join(notes)}</p>"
        f"<p>The same {o_sets} sets trained for {other} ({o_reps} reps, {o_rest:g} min rest) "
        f"take <b>{other_total:.0f} min</b>.</p>"
        f"<p><em>Assumes {seconds_per_rep:g} s per rep and {DEFAULT_SETUP_S:g} s to set up "
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
        Rest between sets, minutes, 0–6.
    goal : {"hypertrophy", "strength"}
        The goal of your session; the other goal is shown for comparison.
    seconds_per_rep : float
        Duration of one rep, 1–8 s (default 3 s).
    """
    return SessionTimer(sets, reps, rest_min, goal, seconds_per_rep)
