"""The data model of a plan: frozen dataclasses Plan → Week → Session → Prescription.

A plan is plain data: :func:`liftlab.program.build_plan` makes one,
:func:`liftlab.program.check_plan` re-derives every rule from its numbers, and it can
be edited with :func:`dataclasses.replace` and checked again. Its exports (CSV, a
printable page, an empty training log) live in :mod:`liftlab.program.export`.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from liftlab.plates import BAR_MEN_KG
from liftlab.program.exercises import credits_of
from liftlab.program.prescriptions import (
    BARS,
    HARD_SET_MIN_RPE,
    PROFILES,
    ExperienceProfile,
    experience_profile,
)
from liftlab.validation import check_integer
from liftlab.volume import Exercise, weekly_hard_sets

__all__ = ["WEEKDAYS", "Plan", "Prescription", "Session", "Week"]

#: Day names, Monday first (``Session.day`` 1 = Monday).
WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Prescription:
    """One exercise of a session.

    Attributes
    ----------
    exercise : str
        Clean name: a main lift, a user's lift from ``one_rms`` or an accessory of
        :data:`liftlab.program.ACCESSORIES` (no muscle in brackets).
    sets : int
        Working sets (warm-ups not counted).
    reps, reps_max : int
        Reps per set; a range ``reps``–``reps_max`` for accessories, else equal.
    percent_1rm : float or None
        Starting %1RM (``None`` for accessories, which have no 1RM): the RPE chart's
        %1RM for ``reps`` at ``rpe``.
    load : float or None
        ``percent_1rm`` × 1RM on real plates, in the plan's unit (``None`` for
        accessories, or if lighter than the empty bar).
    rest_min : float
        Rest between sets, minutes.
    rpe : float
        Target RPE at the end of each set (10 = no rep left; half points).
    zone : {"strength", "hypertrophy", "technique"}
        Which box of numbers the work is in (:data:`liftlab.program.ZONES`).
    kind : {"compound", "isolation"}
    muscle : str
        The muscle(s) the exercise is in the plan for.
    muscles : tuple of (str, float)
        Muscles trained and their credit per set (:func:`liftlab.exercise_credits`).
    note : str
        Extra advice shown in the tables.
    """

    exercise: str
    sets: int
    reps: int
    reps_max: int
    percent_1rm: float | None
    load: float | None
    rest_min: float
    rpe: float
    zone: str
    kind: str
    muscle: str = ""
    muscles: tuple[tuple[str, float], ...] = ()
    note: str = ""

    @property
    def loaded(self) -> bool:
        """True for a lift prescribed by %1RM."""
        return self.percent_1rm is not None

    @property
    def rir(self) -> float:
        """Target reps in reserve, ``10 − rpe``."""
        return 10.0 - self.rpe

    @property
    def hard(self) -> bool:
        """A hard set: target RPE 6 or more (4 or fewer reps in reserve)."""
        return self.rpe >= HARD_SET_MIN_RPE - 1e-9

    @property
    def reps_text(self) -> str:
        """``"5"`` or ``"8-12"``."""
        return str(self.reps) if self.reps == self.reps_max else f"{self.reps}-{self.reps_max}"


@dataclass(frozen=True)
class Session:
    """One training day: ``day`` is the day of the week, 1 = Monday … 7 = Sunday."""

    day: int
    focus: str
    prescriptions: tuple[Prescription, ...]
    day_type: str = ""

    @property
    def weekday(self) -> str:
        """``"Mon"`` … ``"Sun"``."""
        return WEEKDAYS[self.day - 1] if 1 <= self.day <= 7 else f"day {self.day}"

    @property
    def minutes(self) -> float:
        """Rough session length: per set, the reps at 3 s each plus 15 s to set up,
        and the rest after every set but the last (as
        :func:`liftlab.recovery.session_duration`; warm-ups not counted)."""
        total = 0.0
        for item in self.prescriptions:
            reps = (item.reps + item.reps_max) / 2.0
            total += item.sets * (reps * 3.0 + 15.0) / 60.0 + (item.sets - 1) * item.rest_min
        return total


@dataclass(frozen=True)
class Week:
    """One week of a plan; ``phase`` is the block's name (block scheme) or ``"deload"``."""

    number: int
    sessions: tuple[Session, ...]
    deload: bool = False
    phase: str = ""


@lru_cache(maxsize=4096)
def _exercise(name: str, sets: int) -> Exercise | None:
    pairs = credits_of(name)
    if not pairs:
        return None
    return Exercise(name, sets, 1, 0.0, "kg", muscles=dict(pairs))


def _week_totals(week: Week, hard_only: bool) -> dict[str, float]:
    sets: dict[str, int] = {}
    own: dict[str, tuple[tuple[str, float], ...]] = {}
    for session in week.sessions:
        for item in session.prescriptions:
            if hard_only and not item.hard:
                continue
            sets[item.exercise] = sets.get(item.exercise, 0) + item.sets
            if not credits_of(item.exercise) and isinstance(item.muscles, tuple):
                own[item.exercise] = item.muscles
    exercises = []
    for name, count in sets.items():
        if count <= 0:
            continue
        found = _exercise(name, count)
        if found is None and own.get(name):
            found = Exercise(name, count, 1, 0.0, "kg", muscles=dict(own[name]))
        if found is not None:
            exercises.append(found)
    return weekly_hard_sets(exercises)


@dataclass(frozen=True, repr=False)
class Plan:
    """A training plan; build one with :func:`~liftlab.program.build_plan`, check it with
    :func:`~liftlab.program.check_plan`.

    ``one_rms`` holds ``(lift, 1RM)`` pairs in the plan's ``unit``.
    """

    goal: str
    scheme: str
    experience: str
    unit: str
    days_per_week: int
    one_rms: tuple[tuple[str, float], ...]
    weeks: tuple[Week, ...]

    def __repr__(self) -> str:
        return (
            f"Plan(goal={self.goal!r}, scheme={self.scheme!r}, experience={self.experience!r}, "
            f"days_per_week={self.days_per_week}, weeks={len(self.weeks)}, unit={self.unit!r})"
        )

    @property
    def bar(self) -> float:
        """Bar weight used for the loads (20 kg or 45 lb)."""
        return BARS.get(self.unit, BAR_MEN_KG)

    @property
    def profile(self) -> ExperienceProfile:
        """What the plan prescribes for its training status."""
        found = PROFILES.get(self.experience) if isinstance(self.experience, str) else None
        return found if found is not None else experience_profile(self.experience)

    @property
    def deload_weeks(self) -> tuple[int, ...]:
        """Numbers of the deload weeks."""
        return tuple(week.number for week in self.weeks if week.deload)

    def one_rm(self, lift: str) -> float:
        """The 1RM given for ``lift`` (KeyError if none)."""
        for name, value in self.one_rms:
            if name == lift:
                return value
        raise KeyError(lift)

    def rows(self, weeks: Any = None) -> list[tuple[Any, ...]]:
        """One tuple per exercise per session, in the order of
        :data:`liftlab.program.CSV_HEADER`.

        ``weeks``: an int or an iterable of week numbers to keep (default: all).
        """
        from liftlab.program.export import plan_rows

        return plan_rows(self, weeks)

    def to_csv(self, weeks: Any = None, *, comments: bool = False) -> str:
        """The plan as CSV text (see :func:`liftlab.program.export.plan_csv`)."""
        from liftlab.program.export import plan_csv

        return plan_csv(self, weeks, comments=comments)

    def to_html(self, title: str | None = None) -> str:
        """A standalone, printable HTML page of the plan (every name escaped)."""
        from liftlab.program.export import plan_html

        return plan_html(self, title)

    def log_template(self, weeks: Any = None) -> str:
        """An empty training log for the plan (see :func:`liftlab.program.export.log_csv`)."""
        from liftlab.program.export import log_csv

        return log_csv(self, weeks)

    def _repr_html_(self) -> str:
        from liftlab.program.export import plan_html_body

        return f'<div class="liftlab-plan">{plan_html_body(self)}</div>'

    def weekly_sets(self) -> list[dict[str, float]]:
        """Sets per muscle for each week, ``[{muscle: sets}, ...]`` (week 1 first).

        Every set counts, easy or hard, fractionally as
        :func:`liftlab.volume.weekly_hard_sets` counts (1 per set for a primary
        mover, 0.5 for a synergist). Muscles largest first.
        """
        return [_week_totals(week, hard_only=False) for week in self.weeks]

    def weekly_hard_sets(self) -> list[dict[str, float]]:
        """Hard sets per muscle for each week: as :meth:`weekly_sets`, counting only
        sets with a target RPE of 6 or more (4 or fewer reps in reserve)."""
        return [_week_totals(week, hard_only=True) for week in self.weeks]


def week_filter(weeks: Any) -> set[int] | None:
    """``None`` (all weeks) or the set of week numbers asked for."""
    if weeks is None:
        return None
    if isinstance(weeks, numbers.Integral) and not isinstance(weeks, bool):
        return {int(weeks)}
    return {check_integer("week", w, low=1) for w in weeks}
