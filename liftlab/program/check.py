"""The checker: :func:`check_plan` re-derives every rule from a plan's numbers.

Labels such as ``Week.deload`` or ``Prescription.zone`` are compared with what the
numbers say, never trusted, so a plan edited by hand (or by
:func:`dataclasses.replace`) is checked as strictly as a built one. :data:`RULES`
lists the rules in words (the plan builder shows them); each one is caught by a
mutation test in ``tests/test_program.py``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import Any

from liftlab.goals import EXPERIENCE_LEVELS
from liftlab.program.build import (
    BLOCK_PHASES,
    DAYS_PER_WEEK_RANGE,
    DELOAD_RPE,
    MIN_ACCESSORY_SETS,
    PLAN_GOALS,
    SCHEMES,
    WEEKS_RANGE,
    block_phase,
    cycles,
)
from liftlab.program.exercises import (
    ACCESSORIES,
    MAIN_LIFTS,
    MAJOR_MUSCLES,
    PULLS,
    exercise_kind,
    exercise_muscle,
    muscle_names,
    pull_direction,
)
from liftlab.program.model import Plan, Prescription, Session, Week, _week_totals
from liftlab.program.prescriptions import (
    BARS,
    HARD_SET_MIN_RPE,
    HEAVY_PERCENT,
    REST_DAYS_AFTER_HEAVY,
    ZONES,
    ExperienceProfile,
    fmt,
    in_zone,
    max_reps,
    percent_for_rpe,
    plate_pair,
    rpe_at,
)

__all__ = ["RULES", "check_plan"]

_fmt = fmt

#: The rules :func:`check_plan` checks: ``(name, what it asks)``.
RULES: tuple[tuple[str, str], ...] = (
    (
        "structure",
        "Goal, scheme, training status and unit are known; 2–6 sessions a week on "
        "distinct days; 4–16 weeks numbered 1, 2, 3, …",
    ),
    (
        "zones",
        "Each set is in its zone: strength 1–6 reps at 80–100 % 1RM, hypertrophy "
        "6–12 reps at 65–80 % (isolation up to 15 reps), technique 3–6 reps below 80 %.",
    ),
    (
        "training status",
        "Loads, reps and target RPE stay inside the training status's band "
        "(beginners: no doubles or singles, nothing at 90 % or more).",
    ),
    (
        "effort",
        "Every set has a target RPE, and a lift's %1RM is the RPE chart's for its "
        "reps at that RPE; working sets are hard sets (RPE 6+), technique sets RPE 5–7.",
    ),
    (
        "loads",
        "A lift's load is its %1RM of the 1RM on a real bar and plates; a main lift "
        "lighter than the empty bar is a problem.",
    ),
    (
        "sets",
        "Per exercise by zone and training status; a strength plan keeps each main lift "
        "to a few sets a week.",
    ),
    ("rest", "Between sets: strength and technique work 2–5 min, hypertrophy 1–3 min."),
    ("recovery", "After a set at 90 % 1RM or more, the muscles it trained rest 2 full days."),
    ("order", "Lifts with a 1RM first, then compound accessories, then isolation work."),
    (
        "exercises",
        "Every main lift every training week; clean names (the muscle in its own "
        "field); deadlifts for 8 reps or fewer.",
    ),
    ("pulling", "Every training week pulls horizontally (a row) and vertically (a pulldown)."),
    ("strength plans", "Some main-lift work below 80 % 1RM every training week."),
    (
        "weekly volume",
        "Hypertrophy and 'both' plans give every major muscle its training "
        "status's weekly hard sets (fractional counting, chapter 04).",
    ),
    ("progression", "The loads move as the scheme says (linear, undulating or block)."),
    (
        "deloads",
        "Every few weeks by training status (every 8th week for a beginner, 6th for an "
        "intermediate, 5th for an advanced lifter): about half the sets, lighter loads, "
        "RPE 6 or less.",
    ),
)


def _a(level: str) -> str:
    """``"a beginner"``, ``"an intermediate"``."""
    return f"{'an' if str(level)[:1] in 'aeiou' else 'a'} {level}"


def _where(week: Week, session: Session | None = None, item: Prescription | None = None) -> str:
    text = f"week {week.number}"
    if session is not None:
        text += f", day {session.day} ({session.weekday})"
    if item is not None:
        text += f", {item.exercise}"
    return text


def _lazy_where(week: Week, session: Session, item: Prescription) -> Any:
    return lambda: _where(week, session, item)


def _num(value: Any) -> bool:
    """A finite real number (not a bool)."""
    kind = type(value)
    if kind is float or kind is int:
        return math.isfinite(value)
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _muscles_of(item: Prescription) -> frozenset[str]:
    """Muscles of a prescription by its exercise's name (else its own ``muscles``)."""
    names = muscle_names(item.exercise)
    if names:
        return names
    return frozenset(m for m, _ in item.muscles) if isinstance(item.muscles, tuple) else names


def _intensity(item: Prescription, one_rm: Mapping[str, float]) -> float:
    """Heaviest of the prescribed %1RM and the rounded load's %1RM."""
    best = item.percent_1rm if _num(item.percent_1rm) else 0.0
    if _num(item.load) and one_rm.get(item.exercise):
        best = max(best, 100.0 * item.load / one_rm[item.exercise])
    return best


def _is_deload(plan: Plan, week: Week) -> bool:
    return week.number % plan.profile.deload_every == 0


def _training(plan: Plan) -> list[Week]:
    return [w for w in plan.weeks if not _is_deload(plan, w)]


def check_plan(plan: Plan) -> list[str]:
    """Every broken rule of ``plan``, as readable sentences (``[]`` for a good plan).

    The rules (:data:`RULES`) are re-derived from the plan's numbers: zones, the
    training status's loads, reps and target RPE, effort on the RPE chart, loads on
    plates (and never below the empty bar for a main lift), sets, rest, the 2-day rule,
    exercise order, clean names, pulling every week, low volume and lighter work in
    strength plans, weekly hard sets per muscle in hypertrophy plans, progression and
    deloads.
    """
    problems: list[str] = []
    add = problems.append
    if not isinstance(plan, Plan):
        return [f"not a Plan: {type(plan).__name__}"]
    if plan.goal not in PLAN_GOALS:
        add(f"plan: goal {plan.goal!r} is not one of {', '.join(PLAN_GOALS)}")
        return problems
    if plan.scheme not in SCHEMES:
        add(f"plan: scheme {plan.scheme!r} is not one of {', '.join(SCHEMES)}")
    if plan.experience not in EXPERIENCE_LEVELS:
        add(f"plan: experience {plan.experience!r} is not one of {', '.join(EXPERIENCE_LEVELS)}")
        return problems
    if plan.unit not in BARS:
        add(f"plan: unit {plan.unit!r} is not 'kg' or 'lb'")
        return problems
    one_rm = {}
    for name, value in plan.one_rms:
        if not (_num(value) and value > 0):
            add(f"plan: the 1RM of {name} ({value!r}) must be a positive number")
        else:
            one_rm[name] = float(value)
    for lift in MAIN_LIFTS:
        if lift not in one_rm:
            add(f"plan: no 1RM for the main lift {lift}")
    lo_d, hi_d = DAYS_PER_WEEK_RANGE
    if not (isinstance(plan.days_per_week, int) and lo_d <= plan.days_per_week <= hi_d):
        add(f"plan: {plan.days_per_week!r} days per week; allowed {lo_d}–{hi_d}")
    lo_w, hi_w = WEEKS_RANGE
    if not lo_w <= len(plan.weeks) <= hi_w:
        add(f"plan: {len(plan.weeks)} weeks; a plan lasts {lo_w}–{hi_w} weeks")
    for position, week in enumerate(plan.weeks, start=1):
        if week.number != position:
            add(
                f"week {week.number}: is number {position} of the plan; weeks are numbered 1, 2, "
                "3, …"
            )

    passed: dict[tuple[int, bool], str | None] = {}
    for week in plan.weeks:
        _check_week(plan, week, one_rm, add, passed)
    _check_heavy_rest(plan, one_rm, add)
    maps: _SlotMaps = {}
    _check_deloads(plan, add, maps)
    if plan.scheme == "linear":
        _check_linear(plan, add, maps)
    elif plan.scheme == "undulating":
        _check_undulating(plan, add, maps)
    elif plan.scheme == "block":
        _check_block(plan, add, maps)
    return problems


def _check_week(
    plan: Plan,
    week: Week,
    one_rm: Mapping[str, float],
    add: Any,
    passed: dict[tuple[int, bool], str | None],
) -> None:
    profile = plan.profile
    every = profile.deload_every
    deload = _is_deload(plan, week)
    if bool(week.deload) != deload:
        add(
            f"week {week.number}: marked {'a deload' if week.deload else 'a training week'}, "
            f"but {_a(plan.experience)}'s plan deloads "
            f"every {every}th week (and only then)"
        )
    if len(week.sessions) != plan.days_per_week:
        add(
            f"week {week.number}: {len(week.sessions)} sessions; the plan has "
            f"{plan.days_per_week} a week"
        )
    days = [session.day for session in week.sessions]
    if any(not isinstance(d, int) or not 1 <= d <= 7 for d in days) or days != sorted(set(days)):
        add(f"week {week.number}: session days {days} must be distinct days 1–7 in order")
        return
    seen_main: set[str] = set()
    strength_main = hypertrophy_work = isolation = light_main = False
    pulls: set[str] = set()
    main_sets: dict[str, int] = {}
    for session in week.sessions:
        rank = 0
        for item in session.prescriptions:
            where = _lazy_where(week, session, item)
            loaded = item.exercise in one_rm
            kind = "compound" if loaded else exercise_kind(item.exercise)
            this_rank = 0 if loaded else (1 if kind == "compound" else 2)
            if this_rank < rank:
                add(
                    f"{where()}: compound lifts come first (lifts with a 1RM, then compound "
                    "accessories, then isolation)"
                )
            rank = max(rank, this_rank)
            if item.exercise in MAIN_LIFTS:
                seen_main.add(item.exercise)
                if isinstance(item.sets, int):
                    main_sets[item.exercise] = main_sets.get(item.exercise, 0) + item.sets
                if _num(item.percent_1rm) and item.percent_1rm < ZONES["strength"].percent[0]:
                    light_main = True
            if kind == "isolation":
                isolation = True
            if not loaded and item.exercise not in ACCESSORIES:
                add(
                    f"{where()}: no 1RM given and not a known accessory (accessory names carry "
                    "no muscle: the muscle is its own field)"
                )
                continue
            direction = pull_direction(item.exercise)
            if direction and isinstance(item.sets, int) and item.sets > 0:
                pulls.add(direction)
            key = (id(item), deload)
            if key in passed:  # the very same (frozen) prescription, already found sound
                zone = passed[key]
            else:
                found: list[str] = []
                zone = _check_item(plan, item, loaded, kind, deload, one_rm, where, found.append)
                if found:
                    for problem in found:
                        add(problem)
                else:
                    passed[key] = zone
            if zone == "strength" and item.exercise in MAIN_LIFTS:
                strength_main = True
            if zone == "hypertrophy":
                hypertrophy_work = True
    if deload:
        return
    for lift in MAIN_LIFTS:
        if lift not in seen_main:
            add(f"week {week.number}: {lift} is missing; every training week trains each main lift")
    for direction in PULLS:
        if direction not in pulls:
            example = "a row" if direction == "horizontal" else "a pulldown"
            add(
                f"week {week.number}: no {direction} pulling ({example}); every plan pulls "
                "horizontally and vertically every week"
            )
    if plan.goal in ("hypertrophy", "both") and not isolation:
        add(f"week {week.number}: no isolation work; a {plan.goal} plan adds isolation exercises")
    if plan.goal == "both":
        if not strength_main:
            add(
                f"week {week.number}: no main lift in the strength zone; 'both' needs heavy "
                "compound work"
            )
        if not hypertrophy_work:
            add(
                f"week {week.number}: no work in the hypertrophy zone; 'both' needs hypertrophy "
                "volume"
            )
    if plan.goal == "strength":
        if not light_main:
            add(
                f"week {week.number}: no main-lift work below 80% 1RM; a strength plan keeps "
                "some lighter technique work"
            )
        most = profile.strength_weekly_sets
        for lift, count in main_sets.items():
            if count > most:
                add(
                    f"week {week.number}: {count} sets of {lift}; a strength plan keeps each main "
                    f"lift to {most} sets a week or fewer for {_a(plan.experience)} "
                    "(as little volume as needed)"
                )
    else:
        _check_weekly_volume(plan, week, add)


def _check_weekly_volume(plan: Plan, week: Week, add: Any) -> None:
    """Hypertrophy and 'both' plans: every major muscle inside the weekly band."""
    low, high = plan.profile.weekly_sets
    try:
        totals = _week_totals(week, hard_only=True)
    except (TypeError, ValueError):  # malformed sets: reported per prescription
        return
    for muscle in MAJOR_MUSCLES:
        value = totals.get(muscle, 0.0)
        if not low - 1e-9 <= value <= high + 1e-9:
            add(
                f"week {week.number}: {muscle} gets {value:g} hard sets; "
                f"{_a(plan.experience)}'s {plan.goal} plan gives every major muscle "
                f"{_fmt(low)}–{_fmt(high)} a week"
            )


def _sets_allowed(profile: ExperienceProfile, zone: str, loaded: bool) -> tuple[int, int]:
    if not loaded:
        return MIN_ACCESSORY_SETS, profile.hypertrophy_sets[1]
    return {
        "strength": profile.strength_sets,
        "technique": profile.technique_sets,
        "hypertrophy": profile.hypertrophy_sets,
    }[zone]


def _check_item(
    plan: Plan,
    item: Prescription,
    loaded: bool,
    kind: str,
    deload: bool,
    one_rm: Mapping[str, float],
    where: Any,
    add: Any,
) -> str | None:
    """Check one prescription; return the zone its numbers are in (training weeks)."""
    profile = plan.profile
    zone = item.zone
    if plan.goal == "strength":
        allowed = ("strength", "technique") if loaded else ("hypertrophy",)
    elif plan.goal == "hypertrophy":
        allowed = ("hypertrophy",)
    else:
        allowed = ("strength", "hypertrophy")
    if zone not in allowed:
        add(f"{where()}: zone {zone!r} does not belong in a {plan.goal} plan")
        return None
    if not loaded and zone != "hypertrophy":
        add(f"{where()}: accessories (no 1RM) are hypertrophy work")
    wanted = ACCESSORIES[item.exercise].muscle if not loaded else exercise_muscle(item.exercise)
    if item.muscle != wanted:
        add(f"{where()}: muscle {item.muscle!r}; {item.exercise} is in the plan for {wanted!r}")
    whole = (item.sets, item.reps, item.reps_max)
    if any(type(v) is not int for v in whole):
        add(f"{where()}: sets and reps must be whole numbers")
        return None
    if not _num(item.rest_min):
        add(f"{where()}: rest must be a number of minutes")
        return None
    if not _num(item.rpe) or item.rpe * 2 != round(item.rpe * 2) or not 5 <= item.rpe <= 10:
        add(f"{where()}: target RPE {item.rpe!r} must be a half point from 5 to 10")
        return None
    info = ZONES[zone]
    r_lo, r_hi = info.rest
    if not r_lo <= item.rest_min <= r_hi:
        add(
            f"{where()}: rest {_fmt(item.rest_min)} min; {zone} work rests "
            f"{_fmt(r_lo)}–{_fmt(r_hi)} min"
        )
    if item.sets < 1 or item.reps < 1 or item.reps_max < item.reps:
        add(f"{where()}: {item.sets} sets of {item.reps_text} reps is not a valid prescription")
        return None
    cap = max_reps(item.exercise, zone, kind)
    if item.reps_max > cap and item.exercise in MAIN_LIFTS and loaded:
        add(f"{where()}: {item.reps_max} reps; {item.exercise} is done for {cap} reps or fewer")
    if not deload:
        s_lo, s_hi = _sets_allowed(profile, zone, loaded)
        if not s_lo <= item.sets <= s_hi:
            what = f"{zone} work" if loaded else "an accessory"
            add(
                f"{where()}: {item.sets} sets; {_a(plan.experience)} does {s_lo}–{s_hi} sets "
                f"per exercise of {what}"
            )
        floor = info.rpe[0] if loaded else HARD_SET_MIN_RPE
        cap_rpe = profile.band(zone).rpe[1] if loaded else max(profile.accessory_rpe.values())
        if not floor - 1e-9 <= item.rpe <= cap_rpe + 1e-9:
            add(
                f"{where()}: target RPE {_fmt(item.rpe)}; {_a(plan.experience)}'s "
                f"{zone if loaded else 'accessory'} sets aim at RPE {_fmt(floor)}–{_fmt(cap_rpe)}"
            )
    elif item.rpe > DELOAD_RPE + 1e-9:
        add(
            f"{where()}: target RPE {_fmt(item.rpe)} in a deload week; deload sets stop at RPE "
            f"{_fmt(DELOAD_RPE)} or lower"
        )
    z_lo, z_hi = info.reps
    if not loaded:
        if item.percent_1rm is not None or item.load is not None:
            add(f"{where()}: an accessory has no 1RM, so no %1RM and no load")
        top = max_reps(item.exercise, "hypertrophy", kind)
        if item.reps < z_lo or item.reps_max > top:
            add(f"{where()}: {item.reps_text} reps; {kind} accessories do {z_lo}–{top} reps")
        return zone
    percent = item.percent_1rm
    if not _num(percent) or not 0 < percent <= 100:
        add(f"{where()}: %1RM {percent!r} must be a number in (0, 100]")
        return None
    if item.reps != item.reps_max:
        add(f"{where()}: a lift with a 1RM gets a fixed number of reps, not {item.reps_text}")
    _check_effort(item, percent, deload, where, add)
    _check_load(plan, item, percent, one_rm[item.exercise], where, add)
    if deload:
        return None
    if not in_zone(info, percent):
        top_text = f"below {_fmt(info.percent[1])}" if info.below_top else _fmt(info.percent[1])
        add(
            f"{where()}: {_fmt(percent)}% 1RM is outside the {zone} zone, "
            f"{_fmt(info.percent[0])}–{top_text}%"
        )
    if not z_lo <= item.reps <= z_hi:
        add(f"{where()}: {item.reps} reps is outside the {zone} zone, {z_lo}–{z_hi} reps")
    band = profile.band(zone)
    b_lo, b_hi = band.reps
    if not b_lo <= item.reps <= b_hi:
        add(
            f"{where()}: {item.reps} reps; {_a(plan.experience)} does {b_lo}–{b_hi} reps "
            f"of {zone} work"
        )
    if percent > band.heavy_top + 1e-9 or percent < band.percent[0] - 1e-9:
        add(
            f"{where()}: {_fmt(percent)}% 1RM; {_a(plan.experience)}'s {zone} work stays "
            f"within {_fmt(band.percent[0])}–{_fmt(band.heavy_top)}%"
        )
    return zone


def _check_effort(item: Prescription, percent: float, deload: bool, where: Any, add: Any) -> None:
    """A lift's target RPE is the RPE chart's for its reps at its %1RM (to a half point)."""
    if item.reps > 12:
        add(f"{where()}: {item.reps} reps at a %1RM is off the RPE chart (1–12 reps)")
        return
    value = rpe_at(item.reps, percent)
    if value == math.inf:
        add(
            f"{where()}: {item.reps} reps at {_fmt(percent)}% 1RM is more than the RPE chart "
            "allows (past failure)"
        )
        return
    if deload:
        if value is not None and value > DELOAD_RPE + 0.25 + 1e-9:
            easy = percent_for_rpe(item.reps, DELOAD_RPE) if item.reps <= 11 else percent
            add(
                f"{where()}: {item.reps} reps at {_fmt(percent)}% 1RM is about RPE "
                f"{value:.1f}; deload sets stay at or below {_fmt(easy)}% (RPE "
                f"{_fmt(DELOAD_RPE)})"
            )
        return
    shown = "below 5" if value is None else f"{value:.1f}"
    if value is None or abs(value - item.rpe) > 0.25 + 1e-9:
        add(
            f"{where()}: {item.reps} reps at {_fmt(percent)}% 1RM is RPE {shown} on the RPE "
            f"chart, not the target RPE {_fmt(item.rpe)}"
        )


def _check_load(
    plan: Plan, item: Prescription, percent: float, max_: float, where: Any, add: Any
) -> None:
    target = max_ * percent / 100.0
    bar = BARS[plan.unit]
    if target < bar:
        if item.load is not None:
            add(
                f"{where()}: {_fmt(percent)}% of {_fmt(max_)} is lighter than the {_fmt(bar)} "
                f"{plan.unit} bar; load must be empty"
            )
        elif item.exercise in MAIN_LIFTS:
            add(
                f"{where()}: {_fmt(percent)}% of {_fmt(max_)} {plan.unit} = {target:.1f} "
                f"{plan.unit} is lighter than the empty {_fmt(bar)} {plan.unit} bar: this "
                "barbell lift cannot be loaded as prescribed"
            )
        return
    if not _num(item.load):
        add(
            f"{where()}: load {item.load!r} is missing; {_fmt(percent)}% of {_fmt(max_)} "
            f"{plan.unit} can be loaded"
        )
        return
    choices = plate_pair(target, plan.unit)
    if not any(abs(item.load - c) <= 1e-9 for c in choices):
        shown = " or ".join(_fmt(c) for c in sorted(set(choices)))
        add(
            f"{where()}: load {_fmt(item.load)} {plan.unit} is not {_fmt(percent)}% of "
            f"{_fmt(max_)} {plan.unit} on real plates ({shown} {plan.unit})"
        )


def _check_heavy_rest(plan: Plan, one_rm: Mapping[str, float], add: Any) -> None:
    """After a set at >= 90 % 1RM, its muscles rest REST_DAYS_AFTER_HEAVY full days."""
    timeline = []
    for week in plan.weeks:
        for session in week.sessions:
            if isinstance(session.day, int):
                trained = frozenset().union(*(_muscles_of(item) for item in session.prescriptions))
                timeline.append(((week.number - 1) * 7 + session.day, week, session, trained))
    for i, (day, week, session, _) in enumerate(timeline):
        for item in session.prescriptions:
            if item.percent_1rm is None and item.load is None:
                continue
            level = _intensity(item, one_rm)
            if level < HEAVY_PERCENT - 1e-9:
                continue
            muscles = _muscles_of(item)
            for later_day, later_week, later, trained in timeline[i + 1 :]:
                if later_day - day - 1 >= REST_DAYS_AFTER_HEAVY:
                    break
                shared = sorted(muscles & trained)
                if shared:
                    add(
                        f"{_where(week, session, item)}: {level:.1f}% 1RM (>= "
                        f"{_fmt(HEAVY_PERCENT)}%), "
                        f"but {', '.join(shared)} {'is' if len(shared) == 1 else 'are'} trained "
                        "again "
                        f"{_where(later_week, later)} after {later_day - day - 1} rest day(s); "
                        f"at least {REST_DAYS_AFTER_HEAVY} are needed"
                    )


_SlotMaps = dict[int, tuple[Week, dict[tuple[int, str, str], Prescription]]]


def _slot_map(week: Week, maps: _SlotMaps) -> dict[tuple[int, str, str], Prescription]:
    """Loaded prescriptions of ``week`` by (session index, exercise, zone), memoised in ``maps``."""
    cached = maps.get(id(week))
    if cached is not None and cached[0] is week:
        return cached[1]
    slots = {}
    for s, session in enumerate(week.sessions):
        for item in session.prescriptions:
            if _num(item.percent_1rm):
                slots[(s, item.exercise, item.zone)] = item
    maps[id(week)] = (week, slots)  # keeps the week alive, so its id stays unique
    return slots


def _check_deloads(plan: Plan, add: Any, maps: _SlotMaps) -> None:
    for i, week in enumerate(plan.weeks):
        if not _is_deload(plan, week) or i == 0:
            continue
        before = plan.weeks[i - 1]
        total_before = sum(
            item.sets
            for s in before.sessions
            for item in s.prescriptions
            if isinstance(item.sets, int)
        )
        total = sum(
            item.sets
            for s in week.sessions
            for item in s.prescriptions
            if isinstance(item.sets, int)
        )
        if total_before and not 0.4 <= total / total_before <= 0.6:
            add(
                f"week {week.number}: a deload keeps 40–60% of the previous week's sets, not "
                f"{total} of {total_before} ({100 * total / total_before:.0f}%)"
            )
        previous = _slot_map(before, maps)
        for key, item in _slot_map(week, maps).items():
            old = previous.get(key)
            if old is not None and item.percent_1rm > old.percent_1rm - 5.0 + 1e-9:
                session = week.sessions[key[0]]
                add(
                    f"{_where(week, session, item)}: a deload lowers the load; "
                    f"{_fmt(item.percent_1rm)}% 1RM is not at least 5 points below week "
                    f"{before.number}'s {_fmt(old.percent_1rm)}%"
                )


def _check_linear(plan: Plan, add: Any, maps: _SlotMaps) -> None:
    weeks = _training(plan)
    for before, after in itertools.pairwise(weeks):
        old = _slot_map(before, maps)
        for key, item in _slot_map(after, maps).items():
            prev = old.get(key)
            if prev is None:
                continue
            where = _lazy_where(after, after.sessions[key[0]], item)
            if not item.percent_1rm > prev.percent_1rm:
                add(
                    f"{where()}: linear progression raises the %1RM every training week; "
                    f"{_fmt(item.percent_1rm)}% after {_fmt(prev.percent_1rm)}% in week "
                    f"{before.number}"
                )
            if item.reps > prev.reps:
                add(
                    f"{where()}: linear progression does not add reps as the load rises "
                    f"({prev.reps} → {item.reps})"
                )
            if item.sets > prev.sets:
                add(
                    f"{where()}: linear progression does not add sets as the load rises "
                    f"({prev.sets} → {item.sets})"
                )


def _check_undulating(plan: Plan, add: Any, maps: _SlotMaps) -> None:
    rank = {"light": 0, "moderate": 1, "heavy": 2}
    runs = cycles([w.number for w in _training(plan)])
    by_number = {w.number: w for w in plan.weeks}
    history: dict[tuple[int, str, str, str], list[tuple[int, float, Week]]] = {}
    for c, numbers_ in enumerate(runs):
        for position, number in enumerate(numbers_):
            week = by_number.get(number)
            if week is None:
                continue
            prev_week = by_number.get(numbers_[position - 1]) if position else None
            for s, session in enumerate(week.sessions):
                if session.day_type not in rank:
                    add(
                        f"{_where(week, session)}: an undulating plan labels each day heavy, "
                        "moderate or light"
                    )
                elif (
                    prev_week is not None
                    and s < len(prev_week.sessions)
                    and prev_week.sessions[s].day_type == session.day_type
                ):
                    add(
                        f"{_where(week, session)}: still a {session.day_type} day; the day "
                        "types rotate every week"
                    )
            slots = _slot_map(week, maps)
            groups: dict[tuple[str, str], list[tuple[int, float, Session, Prescription]]] = {}
            for (s, name, zone), item in slots.items():
                session = week.sessions[s]
                if session.day_type in rank:
                    groups.setdefault((name, zone), []).append(
                        (rank[session.day_type], item.percent_1rm, session, item)
                    )
                    history.setdefault((s, name, zone, session.day_type), []).append(
                        (c, item.percent_1rm, week)
                    )
            for entries in groups.values():
                entries.sort(key=lambda e: e[0])
                for lighter, heavier in itertools.pairwise(entries):
                    if heavier[0] > lighter[0] and not heavier[1] > lighter[1]:
                        add(
                            f"{_where(week, heavier[2], heavier[3])}: {_fmt(heavier[1])}% 1RM on a "
                            f"{heavier[2].day_type} day is not heavier than {_fmt(lighter[1])}% "
                            f"on the {lighter[2].day_type} day"
                        )
            if prev_week is not None:
                old = _slot_map(prev_week, maps)
                for key, item in slots.items():
                    if key in old and old[key].percent_1rm == item.percent_1rm:
                        add(
                            f"{_where(week, week.sessions[key[0]], item)}: same "
                            f"{_fmt(item.percent_1rm)}% 1RM as week {prev_week.number}; "
                            "undulating loads change every week"
                        )
    for (s, name, _zone, day_type), entries in history.items():
        for (c0, p0, _), (c1, p1, week) in itertools.pairwise(entries):
            if c1 > c0 and not p1 > p0:
                session = week.sessions[s]
                add(
                    f"{_where(week, session)}, {name}: {_fmt(p1)}% 1RM on a {day_type} day is not "
                    f"heavier than the previous cycle's {_fmt(p0)}%; the band rises after each "
                    "deload"
                )


def _check_block(plan: Plan, add: Any, maps: _SlotMaps) -> None:
    weeks = _training(plan)
    count = len(weeks)
    if count == 0:
        return
    phase_of = {}
    for i, week in enumerate(weeks):
        phase = block_phase(i, count)
        phase_of[week.number] = phase
        if week.phase != BLOCK_PHASES[phase]:
            add(
                f"week {week.number}: labelled {week.phase!r} but is in the "
                f"{BLOCK_PHASES[phase]} block"
            )
    for week in plan.weeks:
        if _is_deload(plan, week) and week.phase != "deload":
            add(f"week {week.number}: labelled {week.phase!r} but is a deload")
    means: dict[tuple[str, str], dict[int, list[tuple[float, int]]]] = {}
    for week in weeks:
        for (_, name, zone), item in _slot_map(week, maps).items():
            means.setdefault((name, zone), {}).setdefault(phase_of[week.number], []).append(
                (item.percent_1rm, item.sets)
            )
    for (name, zone), phases in means.items():
        ordered = sorted(phases.items())
        for (a, xs), (b, ys) in itertools.pairwise(ordered):
            pa = sum(p for p, _ in xs) / len(xs)
            pb = sum(p for p, _ in ys) / len(ys)
            sa = sum(n for _, n in xs) / len(xs)
            sb = sum(n for _, n in ys) / len(ys)
            if not pb > pa:
                add(
                    f"{name} ({zone}): the {BLOCK_PHASES[b]} block averages {pb:.1f}% 1RM, not "
                    f"more than the {BLOCK_PHASES[a]} block's {pa:.1f}%"
                )
            if sb > sa:
                add(
                    f"{name} ({zone}): the {BLOCK_PHASES[b]} block averages {sb:.1f} sets, more "
                    f"than the {BLOCK_PHASES[a]} block's {sa:.1f}; volume falls as intensity rises"
                )
    for before, after in itertools.pairwise(weeks):
        if phase_of[before.number] != phase_of[after.number]:
            continue
        old = _slot_map(before, maps)
        for key, item in _slot_map(after, maps).items():
            if key in old and item.percent_1rm < old[key].percent_1rm:
                add(
                    f"{_where(after, after.sessions[key[0]], item)}: {_fmt(item.percent_1rm)}% "
                    f"1RM is lighter than week {before.number}'s {_fmt(old[key].percent_1rm)}% in "
                    "the same block"
                )
