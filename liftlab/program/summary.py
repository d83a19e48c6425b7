"""What a plan amounts to, in a few numbers: for tables that compare plans side by side.

:func:`plan_overview` reads a built plan (never the builder's tables), so a table of
overviews shows exactly what :func:`~liftlab.program.build_plan` prescribed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from liftlab.program.exercises import MAIN_LIFTS, MAJOR_MUSCLES
from liftlab.program.model import Plan

__all__ = ["PlanOverview", "compare_plans", "plan_overview"]


@dataclass(frozen=True)
class PlanOverview:
    """A plan in numbers (training weeks only, unless said otherwise).

    Attributes
    ----------
    experience, goal : str
    deload_weeks : tuple of int
    heaviest_percent : float
        Heaviest %1RM of any main-lift set.
    fewest_reps : int
        Fewest reps per set of any main-lift set.
    lightest_percent : float
        Lightest %1RM of any main-lift set in a training week.
    rpe_range : (float, float)
        Lowest and highest target RPE of the main lifts' sets.
    sets_per_week : float
        Mean working sets per training week, every exercise counted.
    main_sets_per_week : float
        Mean sets of the four main lifts per training week.
    muscle_sets : dict of str to float
        Hard sets per major muscle in week 1.
    minutes : float
        Longest session of week 1, minutes.
    """

    experience: str
    goal: str
    deload_weeks: tuple[int, ...]
    heaviest_percent: float
    fewest_reps: int
    lightest_percent: float
    rpe_range: tuple[float, float]
    sets_per_week: float
    main_sets_per_week: float
    muscle_sets: dict[str, float]
    minutes: float


def plan_overview(plan: Plan) -> PlanOverview:
    """Read a :class:`PlanOverview` off ``plan``."""
    if not isinstance(plan, Plan):
        raise TypeError(f"plan={plan!r} is not a Plan: build one with liftlab.build_plan.")
    training = [week for week in plan.weeks if not week.deload]
    main = [
        item
        for week in training
        for session in week.sessions
        for item in session.prescriptions
        if item.exercise in MAIN_LIFTS
    ]
    every = [item for week in training for s in week.sessions for item in s.prescriptions]
    weekly = plan.weekly_hard_sets()[0]
    return PlanOverview(
        experience=plan.experience,
        goal=plan.goal,
        deload_weeks=plan.deload_weeks,
        heaviest_percent=max(p.percent_1rm for p in main),
        fewest_reps=min(p.reps for p in main),
        lightest_percent=min(p.percent_1rm for p in main),
        rpe_range=(min(p.rpe for p in main), max(p.rpe for p in main)),
        sets_per_week=sum(p.sets for p in every) / len(training),
        main_sets_per_week=sum(p.sets for p in main) / len(training),
        muscle_sets={m: weekly.get(m, 0.0) for m in MAJOR_MUSCLES},
        minutes=max(s.minutes for s in plan.weeks[0].sessions),
    )


def compare_plans(plans: Mapping[str, Plan]) -> list[tuple[str, ...]]:
    """A text table (header row first) comparing plans side by side, one column per plan.

    Examples
    --------
    >>> from liftlab import build_plan
    >>> lifter = {"squat": 140, "bench press": 100, "deadlift": 180, "overhead press": 60}
    >>> rows = compare_plans({"beginner": build_plan("strength", 4, 12, lifter)})
    >>> rows[0]
    ('', 'beginner')
    """
    views = {name: plan_overview(plan) for name, plan in plans.items()}
    header = ("", *views)

    def row(label: str, fn) -> tuple[str, ...]:
        return (label, *(fn(v) for v in views.values()))

    rows = [
        header,
        row("deload weeks", lambda v: ", ".join(map(str, v.deload_weeks)) or "none"),
        row("heaviest main-lift set", lambda v: f"{v.heaviest_percent:g} % 1RM"),
        row("lightest main-lift set", lambda v: f"{v.lightest_percent:g} % 1RM"),
        row("fewest reps per set", lambda v: str(v.fewest_reps)),
        row("target RPE, main lifts", lambda v: f"{v.rpe_range[0]:g}–{v.rpe_range[1]:g}"),
        row("sets per week (all)", lambda v: f"{v.sets_per_week:.0f}"),
        row("main-lift sets per week", lambda v: f"{v.main_sets_per_week:.0f}"),
        row("longest session, week 1", lambda v: f"{v.minutes:.0f} min"),
    ]
    for muscle in MAJOR_MUSCLES:
        rows.append(row(f"hard sets/week: {muscle}", lambda v, m=muscle: f"{v.muscle_sets[m]:g}"))
    return rows
