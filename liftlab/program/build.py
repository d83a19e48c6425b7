"""The plan builder: :func:`build_plan` turns a goal, a training status and 1RMs into a Plan.

How a week is made
------------------
1. **The template** (:data:`liftlab.program.exercises.TEMPLATES`) places the main
   lifts on the days of the week. Each exposure of a lift (a *slot*) gets a zone:

   - strength plans: one *heavy* exposure per lift in the strength zone, the
     others lighter *technique* work below 80 % 1RM; a lift trained once a week
     gets back-off technique sets after its heavy sets;
   - hypertrophy plans: every exposure in the hypertrophy zone;
   - "both": the heavy exposure in the strength zone, the others in the
     hypertrophy zone.

   The heavy exposure is the first one after which every muscle of the lift rests
   two full days, else the one followed by the longest rest; only there may an
   intermediate or advanced lifter go to 90 % 1RM or more.
2. **The scheme** sets each slot's %1RM inside the training status's band for its
   zone (:class:`liftlab.program.prescriptions.Band`), and its sets:

   - ``"linear"``: the %1RM rises every training week from the bottom of the band
     to the top in the last training week; sets fall from the most to the fewest.
   - ``"undulating"`` (daily undulating periodization, Rhea et al. 2002
     [@rhea2002]): sessions rotate heavy / moderate / light days, shifted by one
     every week, and the whole band rises a step after each deload; light days get
     the most sets. In a strength plan, a lift trained twice a week does its
     technique work on the light day and strength work on the others.
   - ``"block"`` (Issurin 2010 [@issurin2010]): the training weeks fall in three
     blocks, accumulation (lowest third of the band, most sets), intensification
     and realization (top third, fewest sets); the %1RM also rises inside each block.

   Reps and the target RPE follow from the %1RM on the RPE chart: the most reps in
   the band that stay at or below its top RPE
   (:func:`liftlab.program.prescriptions.choose_reps`), so reps fall as the load
   rises. The load is the %1RM of the 1RM on real plates.
3. **Accessories.** A strength plan adds a row and a pulldown (3 sets each). A
   hypertrophy or "both" plan sizes its accessories week by week so that every
   major muscle gets the training status's weekly hard sets, counted fractionally
   with :func:`liftlab.volume.weekly_hard_sets` (chapter 04): the muscle furthest
   below the target gets a set of the accessory that targets it (the one with the
   fewest sets so far, 2 sets when it is first added, at most the level's sets per
   exercise), never pushing a muscle above the band.
4. **Deloads** replace every :func:`~liftlab.program.prescriptions.deload_every`-th
   week: the same sessions and exercises with about half the sets, 30 % fewer reps
   per set, each lift 10 points of 1RM below its lightest load of the cycle and at
   RPE 6 or less (Rogerson et al. 2024 [@rogerson2024]: volume, load and effort
   down, frequency and exercises kept; a week off costs strength, Coleman et al.
   2024 [@coleman2024]; a 50 % cut in volume, Bosquet et al. 2007 [@bosquet2007];
   Pritchard et al. 2015 [@pritchard2015]).

Lifts in ``one_rms`` beyond the four main lifts are done after the main lifts of one
session each (in turn), as loaded accessories in the plan's main zone (strength zone
in a strength plan, else hypertrophy), never at 90 % or more.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from liftlab.goals import EXPERIENCE_LEVELS
from liftlab.program.exercises import (
    ACCESSORIES,
    MAIN_LIFTS,
    MAJOR_MUSCLES,
    STRENGTH_ACCESSORY_REPS,
    TEMPLATES,
    credits_of,
    exercise_muscle,
)
from liftlab.program.model import Plan, Prescription, Session, Week
from liftlab.program.prescriptions import (
    BARS,
    HEAVY_PERCENT,
    REST_DAYS_AFTER_HEAVY,
    ExperienceProfile,
    choose_reps,
    experience_profile,
    fmt,
    max_reps,
    percent_for_rpe,
    round_plates,
    round_rpe,
    rpe_cap,
    rpe_for_percent,
)
from liftlab.recovery import DEFAULT_TAPER_FACTOR, session_days
from liftlab.validation import check_choice, check_integer, check_positive, check_unit

__all__ = [
    "BLOCK_PHASES",
    "DAYS_PER_WEEK_RANGE",
    "DAY_TYPES",
    "DELOAD_ACCESSORY_RPE",
    "DELOAD_PERCENT_DROP",
    "DELOAD_REP_FACTOR",
    "DELOAD_RPE",
    "DELOAD_SET_FACTOR",
    "PLAN_GOALS",
    "SCHEMES",
    "STRENGTH_ACCESSORY_SETS",
    "WEEKS_RANGE",
    "build_plan",
]

#: Goals a plan can have: the two of :data:`liftlab.goals.GOALS`, or a mix of both.
PLAN_GOALS: tuple[str, ...] = ("strength", "hypertrophy", "both")
#: Periodization schemes (see the module docstring).
SCHEMES: tuple[str, ...] = ("linear", "undulating", "block")
#: Allowed sessions per week and plan lengths in weeks (inclusive).
DAYS_PER_WEEK_RANGE: tuple[int, int] = (2, 6)
WEEKS_RANGE: tuple[int, int] = (4, 16)
DAY_TYPES: tuple[str, ...] = ("heavy", "moderate", "light")
BLOCK_PHASES: tuple[str, ...] = ("accumulation", "intensification", "realization")
#: Share of the previous week's sets kept in a deload (Bosquet et al. 2007).
DELOAD_SET_FACTOR: float = DEFAULT_TAPER_FACTOR
#: Share of the reps per set kept in a deload (Rogerson et al. 2024: fewer reps per set).
DELOAD_REP_FACTOR: float = 0.7
#: Deload %1RM: the slot's lightest %1RM of the cycle minus this many points.
DELOAD_PERCENT_DROP: float = 10.0
#: Deload sets stop at this RPE or lower (4+ reps in reserve).
DELOAD_RPE: float = 6.0
#: Target RPE of deload accessories: about 5 reps in reserve, so not hard sets.
DELOAD_ACCESSORY_RPE: float = 5.0
#: Sets of each pulling accessory in a strength plan (ACSM 2009: 1–3 sets for novices;
#: enough to keep the back trained, not a hypertrophy dose).
STRENGTH_ACCESSORY_SETS: int = 3
#: Fewest sets of an accessory when it is used at all.
MIN_ACCESSORY_SETS: int = 2

# Rest between sets, minutes (inside the zone's rest range).
_REST = {"strength": 3.0, "technique": 2.5, "hypertrophy": 2.5}
_REST_STRENGTH_HEAVY = 4.0
_REST_ACCESSORY = {"compound": 2.0, "isolation": 1.5}


@dataclass
class Slot:
    """A loaded exercise of a session in the template: its zone and whether it may go heavy."""

    session: int
    exercise: str
    zone: str
    main: bool
    heavy_ok: bool = False
    order: int = 0
    backoff: bool = False


# ------------------------------------------------------------------------- validation


def _check_one_rms(one_rms: Any, unit: str) -> tuple[tuple[str, float], ...]:
    if not isinstance(one_rms, Mapping):
        raise TypeError(
            f"one_rms={one_rms!r} is not a mapping: give {{lift: 1RM}}, e.g. "
            "{'squat': 140, 'bench press': 100, 'deadlift': 180, 'overhead press': 60}."
        )
    found: dict[str, float] = {}
    for key, value in one_rms.items():
        if not isinstance(key, str) or not key.strip():
            raise TypeError(
                f"one_rms key {key!r} is not a lift name: keys must be non-empty strings."
            )
        name = key.strip()
        if any(unicodedata.category(ch) == "Cc" for ch in name):
            raise ValueError(
                f"one_rms key {key!r} holds a control character (such as a line break): "
                "lift names must be printable text on one line."
            )
        name = name.lower() if name.lower() in MAIN_LIFTS else name
        if name in found:
            raise ValueError(f"one_rms names {name!r} twice: give each lift once.")
        number = check_positive(f"one_rms[{name!r}]", value, unit=unit)
        if not isinstance(number, float):
            raise TypeError(f"one_rms[{name!r}]={value!r} is not one number: give a single 1RM.")
        found[name] = number
    missing = [lift for lift in MAIN_LIFTS if lift not in found]
    if missing:
        wanted = ", ".join(repr(lift) for lift in MAIN_LIFTS)
        raise ValueError(
            f"one_rms is missing {', '.join(repr(m) for m in missing)}: one_rms must give a 1RM "
            f"(in {unit}) for each of {wanted}; other lifts are allowed as extras."
        )
    bar = BARS[unit]
    for lift in MAIN_LIFTS:
        if found[lift] < bar:
            raise ValueError(
                f"one_rms[{lift!r}]={fmt(found[lift])} {unit} is lighter than the empty "
                f"{fmt(bar)} {unit} bar: the plan builder prescribes barbell lifts, so each "
                f"main lift's 1RM must be at least {fmt(bar)} {unit} (train it with dumbbells "
                "or a lighter bar first)."
            )
    main = [(lift, found[lift]) for lift in MAIN_LIFTS]
    return tuple(main + [(k, v) for k, v in found.items() if k not in MAIN_LIFTS])


# -------------------------------------------------------------------------- the layout


def _gap_after(template: list[list[str]], days: tuple[int, ...], session: int, muscle: str) -> int:
    """Days from ``session`` to the next session training ``muscle`` (weekly cycle)."""
    count = len(days)
    for step in range(1, count + 1):
        other = (session + step) % count
        if any(muscle in dict(credits_of(ex)) for ex in template[other]):
            wrap = 7 if session + step >= count else 0
            return days[other] + wrap - days[session]
    return 7


def _min_gap(template: list[list[str]], days: tuple[int, ...], session: int, exercise: str) -> int:
    muscles = [m for m, _ in credits_of(exercise)]
    if not muscles:
        return 0
    return min(_gap_after(template, days, session, m) for m in muscles)


@dataclass(frozen=True)
class Layout:
    """The week's skeleton: days, focus, loaded slots and accessory candidates per session."""

    days: tuple[int, ...]
    focus: tuple[str, ...]
    slots: tuple[tuple[Slot, ...], ...]
    accessories: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=512)
def layout(goal: str, days_per_week: int, extras: tuple[str, ...]) -> Layout:
    """Days, focus, loaded slots and accessories of each session (cached)."""
    template = TEMPLATES[days_per_week]
    days = tuple(d + 1 for d in session_days(days_per_week))
    accessories = []
    for session in template:
        names = session.strength if goal == "strength" else session.hypertrophy
        chosen = [a for a in names if a not in extras]
        chosen.sort(key=lambda a: ACCESSORIES[a].kind != "compound")  # compound first
        accessories.append(tuple(chosen))
    lifts: list[list[str]] = [list(session.main_lifts(goal)) for session in template]
    for index, name in enumerate(extras):
        lifts[index % days_per_week].append(name)
    everything = [lifts[s] + list(accessories[s]) for s in range(days_per_week)]
    need = REST_DAYS_AFTER_HEAVY + 1
    main_zone = "strength" if goal == "strength" else "hypertrophy"
    slots: list[list[Slot]] = [[] for _ in range(days_per_week)]
    for s in range(days_per_week):
        for order, name in enumerate(lifts[s]):
            main = name in MAIN_LIFTS
            heavy_ok = main and _min_gap(everything, days, s, name) >= need
            zone = main_zone if not main else ("technique" if goal == "strength" else main_zone)
            if goal == "both" and main:
                zone = "hypertrophy"
            slots[s].append(Slot(s, name, zone, main, heavy_ok, order))
    if goal in ("strength", "both"):
        for lift in MAIN_LIFTS:
            mine = [slot for row in slots for slot in row if slot.exercise == lift]
            ok = [slot for slot in mine if slot.heavy_ok]
            if ok:
                pick = ok[0]
            else:
                pick = max(
                    mine, key=lambda sl: (_min_gap(everything, days, sl.session, lift), -sl.session)
                )
            pick.zone = "strength"
            for slot in mine:
                if slot is not pick:
                    slot.heavy_ok = False
            if goal == "strength" and len(mine) == 1:  # back-off sets after the heavy ones
                slots[pick.session].append(
                    Slot(pick.session, lift, "technique", True, False, pick.order, backoff=True)
                )
    for row in slots:  # heavy work first (ACSM 2009), each back-off right after its heavy sets
        row.sort(
            key=lambda sl: (
                not sl.main,
                sl.zone != "strength" and not sl.backoff,
                sl.order,
                sl.backoff,
            )
        )
    focus = tuple(session.focus for session in template)
    return Layout(days, focus, tuple(tuple(r) for r in slots), tuple(accessories))


# ----------------------------------------------------------------------- prescriptions


def training_weeks(n_weeks: int, every: int) -> list[int]:
    """Week numbers that are not deloads."""
    return [w for w in range(1, n_weeks + 1) if w % every != 0]


def cycles(training: list[int]) -> list[list[int]]:
    """Runs of consecutive training weeks (the weeks between deloads)."""
    result: list[list[int]] = []
    for w in training:
        if result and w == result[-1][-1] + 1:
            result[-1].append(w)
        else:
            result.append([w])
    return result


def block_phase(index: int, count: int) -> int:
    """Block (0, 1, 2) of the ``index``-th of ``count`` training weeks."""
    return min(2, (3 * index) // count)


def zone_band(
    profile: ExperienceProfile, slot: Slot, heavy_day: bool = True
) -> tuple[float, float]:
    """The %1RM band a slot moves through (its zone's band, its heavy top where allowed)."""
    band = profile.band(slot.zone)
    low, high = band.percent
    if slot.heavy_ok and heavy_day:
        high = band.heavy_top
    top_reps = max_reps(slot.exercise, slot.zone, "compound")
    if top_reps < band.reps[1]:  # e.g. deadlifts: fewer reps, so a heavier floor
        low = min(max(low, percent_for_rpe(top_reps, 7.0)), high - 2.0)
    return low, high


def _sets_range(profile: ExperienceProfile, zone: str) -> tuple[int, int]:
    return {
        "strength": profile.strength_sets,
        "technique": profile.technique_sets,
        "hypertrophy": profile.hypertrophy_sets,
    }[zone]


def _below_bar(bar: float, unit: str) -> str:
    return f"lighter than the empty {fmt(bar)} {unit} bar: use dumbbells or a lighter bar"


def _loaded(
    slot: Slot,
    percent: float,
    sets: int,
    profile: ExperienceProfile,
    one_rm: float,
    unit: str,
    most_reps: int | None = None,
) -> Prescription:
    band = profile.band(slot.zone)
    top = min(band.reps[1], max_reps(slot.exercise, slot.zone, "compound"))
    if most_reps is not None:  # linear: reps never rise as the load rises
        top = max(band.reps[0], min(top, most_reps))
    low, high = zone_band(profile, slot)
    cap = rpe_cap(band, slot.zone, percent, low, high)
    reps, rpe = choose_reps(percent, band.reps[0], top, cap)
    bar = BARS[unit]
    target = one_rm * percent / 100.0
    note = ""
    if target < bar:
        load = None
        note = _below_bar(bar, unit)
    else:
        load = round_plates(target, unit)
        if load >= one_rm * HEAVY_PERCENT / 100.0 - 1e-9 and not (
            slot.heavy_ok and percent >= HEAVY_PERCENT
        ):
            load = round_plates(target, unit, "down")
    if slot.zone == "strength":
        rest = _REST_STRENGTH_HEAVY if percent >= HEAVY_PERCENT else _REST["strength"]
    else:
        rest = _REST[slot.zone]
    if slot.zone == "technique" and not note:
        note = "lighter technique work: crisp, fast reps, well short of failure"
    return Prescription(
        exercise=slot.exercise,
        sets=sets,
        reps=reps,
        reps_max=reps,
        percent_1rm=percent,
        load=load,
        rest_min=rest,
        rpe=rpe,
        zone=slot.zone,
        kind="compound",
        muscle=exercise_muscle(slot.exercise),
        muscles=credits_of(slot.exercise),
        note=note,
    )


@lru_cache(maxsize=1024)
def accessory(name: str, sets: int, rpe: float, goal: str, deload: bool = False) -> Prescription:
    """An accessory's prescription (shared: prescriptions are frozen)."""
    info = ACCESSORIES[name]
    low, high = STRENGTH_ACCESSORY_REPS if goal == "strength" else info.reps
    return Prescription(
        exercise=name,
        sets=sets,
        reps=low,
        reps_max=high,
        percent_1rm=None,
        load=None,
        rest_min=_REST_ACCESSORY[info.kind],
        rpe=rpe,
        zone="hypertrophy",
        kind=info.kind,
        muscle=info.muscle,
        muscles=credits_of(name),
        note="deload: easy sets" if deload else "",
    )


@lru_cache(maxsize=2048)
def allocate(
    base: tuple[tuple[str, float], ...],
    occurrences: tuple[str, ...],
    sessions: tuple[int, ...],
    room_left: tuple[int, ...],
    low: float,
    target: float,
    high: float,
    most: int,
    calves: float,
) -> tuple[int, ...]:
    """Sets of each accessory occurrence so every major muscle reaches ``target`` hard
    sets a week (see the module docstring). ``base``: the week's sets per muscle from
    the loaded lifts; returns one count per occurrence (0: not used)."""
    totals = dict(base)
    left = list(room_left)
    counts = [0] * len(occurrences)
    credits = [credits_of(name) for name in occurrences]
    shares = [dict(pairs) for pairs in credits]

    def room(i: int, step: int) -> bool:
        return all(
            m not in MAJOR_MUSCLES or totals.get(m, 0.0) + step * c <= high + 1e-9
            for m, c in credits[i]
        )

    # First every major muscle up to the band's floor, then up to the target, then calves.
    for targets in (
        dict.fromkeys(MAJOR_MUSCLES, low),
        dict.fromkeys(MAJOR_MUSCLES, target),
        {"calves": calves},
    ):
        blocked: set[str] = set()
        while True:
            worst, muscle = 1e-9, None
            for m, goal in targets.items():
                gap = goal - totals.get(m, 0.0)
                if m not in blocked and gap > worst + 1e-9:
                    worst, muscle = gap, m
            if muscle is None:
                break
            pick = None
            for direct in (True, False):
                best = None
                for i, name in enumerate(occurrences):
                    credit = shares[i].get(muscle, 0.0)
                    if credit <= 0 or (direct and ACCESSORIES[name].muscle != muscle):
                        continue
                    step = MIN_ACCESSORY_SETS if counts[i] == 0 else 1
                    if counts[i] + step > most or step > left[sessions[i]] or not room(i, step):
                        continue
                    waste = round(max(0.0, step * credit - worst), 6)
                    key = (-credit, waste, counts[i], -left[sessions[i]], i)
                    if best is None or key < best[0]:
                        best = (key, i, step)
                if best is not None:
                    pick = best
                    break
            if pick is None:
                blocked.add(muscle)
                continue
            _, i, step = pick
            counts[i] += step
            left[sessions[i]] -= step
            for m, c in credits[i]:
                totals[m] = totals.get(m, 0.0) + step * c
    return tuple(counts)


def _base_totals(items: list[Prescription]) -> tuple[tuple[str, float], ...]:
    totals: dict[str, float] = {}
    for item in items:
        if item.hard:
            for muscle, credit in item.muscles:
                totals[muscle] = totals.get(muscle, 0.0) + item.sets * credit
    return tuple(sorted((m, round(v, 6)) for m, v in totals.items()))


# -------------------------------------------------------------------------- the builder


def build_plan(
    goal: str,
    days_per_week: int,
    weeks: int,
    one_rms: Mapping[str, float],
    unit: str = "kg",
    experience: str = "beginner",
    scheme: str = "linear",
) -> Plan:
    """Build a periodized plan for a goal and a training status (see the module docstring).

    Parameters
    ----------
    goal : {"strength", "hypertrophy", "both"}
        ``"strength"``: few sets, one heavy exposure of each lift a week, lighter
        technique work, pulling. ``"hypertrophy"``: every major muscle in its weekly
        band. ``"both"``: one heavy exposure of each lift a week and hypertrophy work.
    days_per_week : int
        Sessions per week, 2–6.
    weeks : int
        Plan length, 4–16 weeks (deloads by training status).
    one_rms : mapping of str to float
        1RM of each lift in ``unit``: ``"squat"``, ``"bench press"``, ``"deadlift"``
        and ``"overhead press"`` are required (case and spaces around the name are
        forgiven), each at least the empty bar; any other lift is added as a loaded
        accessory.
    unit : {"kg", "lb"}
        Unit of the 1RMs and of the loads (20 kg bar and kg plates, or 45 lb bar and
        lb plates).
    experience : {"beginner", "intermediate", "advanced"}
        Training status: loads, reps, target RPE, sets, weekly volume and deload
        interval (:data:`liftlab.program.PROFILES`).
    scheme : {"linear", "undulating", "block"}
        How the work progresses from week to week.

    Returns
    -------
    Plan
        ``check_plan(plan) == []`` whenever every working load is at least the
        empty bar.

    Raises
    ------
    ValueError
        For an unknown goal, scheme, experience or unit, ``days_per_week`` outside
        2–6, ``weeks`` outside 4–16, a missing main lift, a main lift's 1RM lighter
        than the empty bar, or a 1RM that is not a positive finite number (each
        message says what is allowed).
    TypeError
        For arguments of the wrong kind (e.g. ``one_rms`` not a mapping).

    Examples
    --------
    >>> plan = build_plan("both", 3, 12, {"squat": 140, "bench press": 100,
    ...                   "deadlift": 180, "overhead press": 60})
    >>> [(p.exercise, p.sets, p.reps, p.percent_1rm, p.rpe, p.load)
    ...  for p in plan.weeks[0].sessions[2].prescriptions[:2]]
    [('squat', 3, 4, 80.0, 6.5, 112.5), ('bench press', 3, 4, 80.0, 6.5, 80.0)]
    """
    goal = check_choice("goal", goal, PLAN_GOALS)
    days = check_integer(
        "days_per_week", days_per_week, low=DAYS_PER_WEEK_RANGE[0], high=DAYS_PER_WEEK_RANGE[1]
    )
    n_weeks = check_integer("weeks", weeks, low=WEEKS_RANGE[0], high=WEEKS_RANGE[1])
    unit = check_unit(unit)
    experience = check_choice("experience", experience, EXPERIENCE_LEVELS)
    scheme = check_choice("scheme", scheme, SCHEMES)
    maxes = _check_one_rms(one_rms, unit)
    one_rm = dict(maxes)
    extras = tuple(name for name, _ in maxes if name not in MAIN_LIFTS)
    skeleton = layout(goal, days, extras)
    profile = experience_profile(experience)
    every = profile.deload_every

    training = training_weeks(n_weeks, every)
    n_train = len(training)
    runs = cycles(training)
    cycle_of = {w: c for c, ws in enumerate(runs) for w in ws}
    low_band, high_band = profile.weekly_sets
    exposures: dict[str, int] = {}
    for row in skeleton.slots:
        for slot in row:
            if slot.main and not slot.backoff:
                exposures[slot.exercise] = exposures.get(slot.exercise, 0) + 1
    twice = {lift for lift, n in exposures.items() if n > 1} if goal == "strength" else set()
    occurrences = tuple(name for row in skeleton.accessories for name in row)
    owners = tuple(s for s, row in enumerate(skeleton.accessories) for _ in row)
    most = profile.hypertrophy_sets[1]

    built: list[Week] = []
    lightest: dict[tuple[int, str, str], tuple[float, int]] = {}
    last_reps: dict[tuple[int, str, str], int] = {}
    previous: Week | None = None
    index = 0
    for number in range(1, n_weeks + 1):
        if number % every == 0:
            built.append(_deload_week(number, previous, lightest, one_rm, unit, goal))
            lightest = {}
            previous = built[-1]
            continue
        cycle = cycle_of[number]
        k = runs[cycle].index(number)
        phase_name = ""
        phase = 0
        u_block = 0.0
        if scheme == "block":
            phase = block_phase(index, n_train)
            members = [i for i in range(n_train) if block_phase(i, n_train) == phase]
            j = members.index(index)
            u_block = (phase + (j + 0.5) / len(members)) / 3.0  # rises inside each block
            phase_name = BLOCK_PHASES[phase]
        t = index / (n_train - 1) if n_train > 1 else 1.0
        rows: list[list[Prescription]] = []
        day_types: list[str] = []
        for s in range(days):
            day_type = DAY_TYPES[(s + k) % 3] if scheme == "undulating" else ""
            day_types.append(day_type)
            items: list[Prescription] = []
            for slot in skeleton.slots[s]:
                if scheme == "undulating" and slot.exercise in twice:
                    # Daily undulating strength work: the light day's exposure of a lift
                    # trained twice a week is its technique work, the others strength work.
                    zone = "technique" if day_type == "light" else "strength"
                    slot = replace(slot, zone=zone, heavy_ok=slot.heavy_ok and zone == "strength")
                lo_s, hi_s = _sets_range(profile, slot.zone)
                if scheme == "linear":
                    low, high = zone_band(profile, slot)
                    percent = low + t * (high - low)
                    sets = round(hi_s - t * (hi_s - lo_s))
                elif scheme == "undulating":
                    offset = {"light": 0.0, "moderate": 0.5, "heavy": 1.0}[day_type]
                    width = 0.7 if len(runs) > 1 else 1.0
                    shift = cycle / (len(runs) - 1) * (1.0 - width) if len(runs) > 1 else 0.0
                    low, high = zone_band(profile, slot, heavy_day=False)
                    percent = low + (shift + offset * width) * (high - low)
                    if day_type == "heavy" and slot.heavy_ok:
                        low, high = zone_band(profile, slot)
                        percent = low + (shift + width) * (high - low)
                    sets = {"heavy": lo_s, "moderate": (lo_s + hi_s) // 2, "light": hi_s}[day_type]
                else:
                    low, high = zone_band(profile, slot)
                    percent = low + u_block * (high - low)
                    sets = (hi_s, (lo_s + hi_s) // 2, lo_s)[phase]
                percent = round(percent, 1)
                key = (s, slot.exercise, slot.zone)
                most_reps = last_reps.get(key) if scheme == "linear" else None
                item = _loaded(slot, percent, sets, profile, one_rm[slot.exercise], unit, most_reps)
                last_reps[key] = item.reps
                if key not in lightest or percent < lightest[key][0]:
                    lightest[key] = (percent, item.reps)
                items.append(item)
            rows.append(items)
        if goal == "strength":
            rpe = profile.accessory_rpe["compound"]
            for s in range(days):
                for name in skeleton.accessories[s]:
                    rows[s].append(accessory(name, STRENGTH_ACCESSORY_SETS, rpe, goal))
        else:
            base = _base_totals([item for row in rows for item in row])
            room_left = tuple(  # a lifter's own extra lifts do not crowd out the plan's
                max(
                    0,
                    profile.session_sets
                    - sum(item.sets for item in row if item.exercise in MAIN_LIFTS),
                )
                for row in rows
            )
            counts = allocate(
                base,
                occurrences,
                owners,
                room_left,
                low_band,
                profile.weekly_target,
                high_band,
                most,
                low_band,
            )
            position = 0
            for s in range(days):
                for name in skeleton.accessories[s]:
                    count = counts[position]
                    position += 1
                    if count:
                        rpe = profile.accessory_rpe[ACCESSORIES[name].kind]
                        rows[s].append(accessory(name, count, rpe, goal))
        sessions = tuple(
            Session(skeleton.days[s], skeleton.focus[s], tuple(rows[s]), day_types[s])
            for s in range(days)
        )
        built.append(Week(number, sessions, deload=False, phase=phase_name))
        previous = built[-1]
        index += 1
    return Plan(goal, scheme, experience, unit, days, maxes, tuple(built))


def _deload_week(
    number: int,
    previous: Week | None,
    lightest: dict[tuple[int, str, str], tuple[float, int]],
    one_rm: dict[str, float],
    unit: str,
    goal: str,
) -> Week:
    """About half the previous week's sets, fewer reps, lighter loads, easy sets."""
    assert previous is not None  # the first week is never a deload
    counts = [[item.sets for item in session.prescriptions] for session in previous.sessions]
    total = sum(sum(row) for row in counts)
    target = max(1, math.floor(total * DELOAD_SET_FACTOR + 0.5))
    halves = [[max(1, c // 2) for c in row] for row in counts]
    left = target - sum(sum(row) for row in halves)
    for s, row in enumerate(counts):
        for i, count in enumerate(row):
            if left > 0 and count % 2 == 1 and count > 1:
                halves[s][i] += 1
                left -= 1
    bar = BARS[unit]
    sessions = []
    for s, session in enumerate(previous.sessions):
        items = []
        for i, item in enumerate(session.prescriptions):
            sets = halves[s][i]
            if not item.loaded:
                items.append(accessory(item.exercise, sets, DELOAD_ACCESSORY_RPE, goal, True))
                continue
            low, reps = lightest.get((s, item.exercise, item.zone), (item.percent_1rm, item.reps))
            reps = max(1, math.floor(reps * DELOAD_REP_FACTOR + 0.5))
            percent = max(50.0, round(low - DELOAD_PERCENT_DROP, 1))
            value = rpe_for_percent(reps, percent) if reps <= 12 else None
            rpe = DELOAD_RPE if value is None else min(DELOAD_RPE, max(5.0, round_rpe(value)))
            target_load = one_rm[item.exercise] * percent / 100.0
            load = round_plates(target_load, unit) if target_load >= bar else None
            note = "deload: easy sets, leave plenty in the tank"
            if load is None:
                note = _below_bar(bar, unit)
            items.append(
                Prescription(
                    exercise=item.exercise,
                    sets=sets,
                    reps=reps,
                    reps_max=reps,
                    percent_1rm=percent,
                    load=load,
                    rest_min=item.rest_min if item.zone == "hypertrophy" else _REST["technique"],
                    rpe=rpe,
                    zone=item.zone,
                    kind=item.kind,
                    muscle=item.muscle,
                    muscles=item.muscles,
                    note=note,
                )
            )
        sessions.append(
            Session(session.day, session.focus, tuple(items), "deload" if session.day_type else "")
        )
    return Week(number, tuple(sessions), deload=True, phase="deload")
