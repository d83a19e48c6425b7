"""The plan builder: periodized barbell plans that follow the course's rules, and a checker.

:func:`build_plan` turns a goal, a weekly frequency, a length and the lifter's 1RMs
into a :class:`Plan` (frozen dataclasses: Plan → :class:`Week` → :class:`Session` →
:class:`Prescription`). :func:`check_plan` re-derives every rule from the plan's
numbers and lists what is broken, so a plan edited by hand (or by
:func:`dataclasses.replace`) can be checked too. A plan exports to CSV
(:meth:`Plan.to_csv`) and to a printable HTML page (:meth:`Plan.to_html`).

The rules (what :func:`check_plan` checks)
------------------------------------------
- **Zones.** Work for strength is 1–6 reps at 80–100 % 1RM, work for hypertrophy
  6–12 reps at 65–80 % (:data:`liftlab.goals.GOALS`, after the article). A plan for
  ``"both"`` mixes them on purpose: the heavy exposure of each main lift in the
  strength zone, the other exposures and all accessories in the hypertrophy zone.
  Accessories have no 1RM, so they get a rep range and a target RIR and no load;
  isolation exercises may go up to 15 reps ("the number of repetitions can also be
  increased, especially on isolation exercises", article).
- **Sets per exercise by experience.** The article's beginner 3–4, intermediate 4–5
  (interpolated), advanced 5–6, which also sit inside the NSCA's 2–6 for strength
  (:func:`liftlab.goals.sets_range`).
- **Rest between sets by goal.** Strength 2–5 min, hypertrophy 1–3 min.
- **Effort.** Every training-week set is a hard set, 0–4 reps in reserve (RIR), and
  for a loaded set ``reps + RIR`` is the rep maximum at that %1RM in the NSCA table
  (:func:`liftlab.one_rep_max.nsca_reps`), so the set can actually be done.
- **Loads on real plates.** The load is the prescribed %1RM × 1RM rounded to the
  nearest load a standard bar and plate set can make (20 kg bar with
  :data:`~liftlab.plates.PLATES_KG`, or 45 lb bar with :data:`~liftlab.plates.PLATES_LB`),
  or the one just below. A target lighter than the empty bar has no load (use
  dumbbells or a lighter bar; the prescription's note says so).
- **Two rest days after heavy work.** After a session with a set at or above 90 %
  1RM (nominal, or by the rounded load), no muscle that set trains is trained again
  before 2 full rest days have passed (the article: "when you are going +90 % 1RM,
  taking at least 2 days of rest before your next training for that same muscle
  group"). A muscle counts as trained by any exercise that credits it, primary mover
  or synergist (:data:`liftlab.volume.EXERCISE_MUSCLES`).
- **Compound lifts first**, then compound accessories, then isolation work.
- **Progression** (per scheme, below) and **a deload every 4th week.**

Periodization schemes
---------------------
Weeks that are not deloads are *training weeks*; each main-lift exposure (a *slot*:
a session of the week and an exercise) moves within its zone, from the bottom to a
top of 87.5 % for strength work, or 92.5 % where the 2-day rule leaves room for it
(80 % for hypertrophy work). Reps follow from the %1RM: the NSCA rep maximum minus
a target of 2 reps in reserve, clipped to the zone, so reps fall as the load rises.

- ``"linear"``: the %1RM of every slot rises every training week, from the bottom of
  its zone in week 1 to the top in the last training week; reps and sets fall.
- ``"undulating"`` (daily undulating periodization): sessions rotate heavy /
  moderate / light days, shifted by one every week, and the whole band rises a step
  after each deload (Rhea et al. 2002). Light days get the most sets.
- ``"block"``: the training weeks are split in three blocks (Issurin 2010):
  *accumulation* (lowest third of the zone, most sets: the most hypertrophy-like
  work), *intensification* (middle third), *realization* (top third, fewest sets); the
  %1RM also rises a little inside each block.

Deloads
-------
Every 4th week (4, 8, 12, 16) is a deload: each slot at its lightest %1RM of the
cycle minus 10 points, with the same reps (so 5+ reps in reserve), and half the
week's sets (rounded), accessories at 3 RIR. Bell et al. (2022, 2023) describe
deloads as about a week of reduced training stress, mostly by cutting volume, every
4–6 weeks in coaching practice; a 50 % cut in volume matches the tapers of Bosquet et
al. (2007) and of powerlifters (Pritchard et al. 2015), and
:data:`liftlab.recovery.DEFAULT_TAPER_FACTOR`.

Sessions
--------
Sessions fall on the days of :func:`liftlab.recovery.session_days` (3 a week:
Monday, Wednesday, Friday). The main lifts are spread in fixed templates (full body
for 2–3 days, upper/lower for 4–6). Whether a slot may go above 90 % is worked out
from the template itself: only where every muscle of the lift then rests 2 full days
(e.g. Friday's squat of a Monday/Wednesday/Friday plan; never Monday's). In a
``"both"`` plan, the strength exposure of each lift is its first slot with room for
heavy work (else the one followed by the longest rest).

Accessories (hypertrophy and ``"both"`` plans only; a strength plan keeps "a few
compound exercises", as the article puts it) are named with the muscle they target,
e.g. ``"leg extension (quadriceps)"``. They have no load: do the rep range at the
target RIR, and add load once every set reaches the top of the range (double
progression). Lifts in ``one_rms`` beyond the four main lifts are done after the
main lifts of one session each (in turn), as loaded accessories: hypertrophy zone
(strength zone in a strength plan), never at 90 % or more.

References
----------
- Saks A. Hypertrophy vs Strength training: Main Differences. aleksandersaks.com
  (n.d.); the course's source article.
- Baechle TR, Earle RW, eds. *Essentials of Strength Training and Conditioning*,
  3rd ed. Human Kinetics (NSCA); 2008 (the %1RM–reps table).
- Rhea MR, Ball SD, Phillips WT, Burkett LN. A comparison of linear and daily
  undulating periodized programs with equated volume and intensity for strength.
  *J Strength Cond Res* 2002;16(2):250–255.
- Issurin VB. New horizons for the methodology and physiology of training
  periodization. *Sports Med* 2010;40(3):189–206.
- Bell L, Nolan D, Immonen V, et al. "You can't shoot another bullet until you've
  reloaded the gun": coaches' perceptions, practices and experiences of deloading in
  strength and physique sports. *Front Sports Act Living* 2022;4:1073223.
- Bell L, Strafford BW, Coleman M, Androulakis Korakakis P, Nolan D. Integrating
  deloading into strength and physique sports training programmes: an international
  Delphi consensus approach. *Sports Med Open* 2023;9:87.
- Pritchard H, Keogh J, Barnes M, McGuigan M. Effects and mechanisms of tapering in
  maximizing muscular strength. *Strength Cond J* 2015;37(2):72–83.
- Bosquet L, Montpetit J, Arvisais D, Mujika I. Effects of tapering on performance:
  a meta-analysis. *Med Sci Sports Exerc* 2007;39(8):1358–1365.
- Pelland JC, et al. The resistance training dose response. *Sports Med* 2025
  (fractional counting of sets per muscle, as in :mod:`liftlab.volume`).
"""

from __future__ import annotations

import bisect
import csv
import html
import io
import itertools
import math
import numbers
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from liftlab.goals import EXPERIENCE_LEVELS, GOALS, percent_range, rep_range, rest_range, sets_range
from liftlab.one_rep_max import NSCA_PERCENT_BY_REPS
from liftlab.plates import BAR_LB, BAR_MEN_KG, PLATES_KG, PLATES_LB, loadable_loads, round_to_plates
from liftlab.recovery import DEFAULT_TAPER_FACTOR, HEAVY_PERCENT_1RM, session_days
from liftlab.validation import check_choice, check_integer, check_positive, check_unit
from liftlab.volume import exercise_muscles

__all__ = [
    "ACCESSORIES",
    "CSV_HEADER",
    "DELOAD_EVERY",
    "DELOAD_PERCENT_DROP",
    "HEAVY_PERCENT",
    "ISOLATION_MAX_REPS",
    "MAIN_LIFTS",
    "PLAN_GOALS",
    "REST_DAYS_AFTER_HEAVY",
    "SCHEMES",
    "Plan",
    "Prescription",
    "Session",
    "Week",
    "build_plan",
    "check_plan",
    "exercise_credits",
]

# ----------------------------------------------------------------------------- constants

#: Goals a plan can have: the two of :data:`liftlab.goals.GOALS`, or a mix of both.
PLAN_GOALS: tuple[str, ...] = ("strength", "hypertrophy", "both")
#: Periodization schemes (see the module docstring).
SCHEMES: tuple[str, ...] = ("linear", "undulating", "block")
#: The lifts every plan is built on; ``one_rms`` must give a 1RM for each.
MAIN_LIFTS: tuple[str, ...] = ("squat", "bench press", "deadlift", "overhead press")
#: Allowed sessions per week and plan lengths in weeks (inclusive).
DAYS_PER_WEEK_RANGE: tuple[int, int] = (2, 6)
WEEKS_RANGE: tuple[int, int] = (4, 16)
#: Every ``DELOAD_EVERY``-th week is a deload (Bell et al. 2022, 2023: every 4–6 weeks).
DELOAD_EVERY: int = 4
#: Share of the previous week's sets kept in a deload (Bosquet et al. 2007).
DELOAD_SET_FACTOR: float = DEFAULT_TAPER_FACTOR
#: Deload %1RM: the slot's lightest %1RM of the cycle minus this many points.
DELOAD_PERCENT_DROP: float = 10.0
#: At or above this %1RM a set is heavy: the 2-rest-day rule follows (article; the
#: same threshold as :func:`liftlab.recovery.days_until_hard_again`).
HEAVY_PERCENT: float = HEAVY_PERCENT_1RM
#: Full rest days before a muscle is trained again after heavy work (article).
REST_DAYS_AFTER_HEAVY: int = GOALS["strength"].rest_days[0]
#: Top of the strength zone used where the 2-day rule leaves room for heavy work,
#: and where it does not (kept under :data:`HEAVY_PERCENT`).
STRENGTH_TOP_HEAVY: float = 92.5
STRENGTH_TOP: float = 87.5
#: Target reps in reserve of loaded work (reps = NSCA rep max − this).
TARGET_RIR: int = 2
#: Target reps in reserve of accessories: isolation close to failure (Schoenfeld et al.
#: 2017: effort drives growth), compound accessories one more, and in deloads.
ISOLATION_RIR: int = 1
COMPOUND_ACCESSORY_RIR: int = 2
DELOAD_ACCESSORY_RIR: int = 3
#: Hardest RIR that still makes a hard set (RIR 0–4, as :data:`liftlab.effort.RIR_RANGE`).
HARD_SET_MAX_RIR: int = 4
#: Isolation exercises may go above the hypertrophy zone's 12 reps, up to this (article).
ISOLATION_MAX_REPS: int = 15
#: Header of :meth:`Plan.to_csv`.
CSV_HEADER: tuple[str, ...] = (
    "week",
    "day",
    "exercise",
    "sets",
    "reps",
    "percent_1rm",
    "load",
    "unit",
    "rest_min",
    "rir",
)
#: Bar and plates used for each unit.
BARS: Mapping[str, float] = {"kg": BAR_MEN_KG, "lb": BAR_LB}
PLATE_SETS: Mapping[str, tuple[float, ...]] = {"kg": PLATES_KG, "lb": PLATES_LB}
WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_TYPES: tuple[str, ...] = ("heavy", "moderate", "light")
BLOCK_PHASES: tuple[str, ...] = ("accumulation", "intensification", "realization")

# Rest between sets, minutes (inside rest_range of the zone).
_REST_STRENGTH = 3.0
_REST_STRENGTH_HEAVY = 4.0
_REST_HYPERTROPHY = 2.5
_REST_COMPOUND_ACCESSORY = 2.0
_REST_ISOLATION = 1.5

#: Accessories: name → (exercise looked up in :mod:`liftlab.volume`, kind, rep range).
ACCESSORIES: Mapping[str, tuple[str, str, tuple[int, int]]] = {
    "lat pulldown (lats)": ("lat pulldown", "compound", (8, 12)),
    "dumbbell row (upper back)": ("dumbbell row", "compound", (8, 12)),
    "leg extension (quadriceps)": ("leg extension", "isolation", (8, 12)),
    "leg curl (hamstrings)": ("leg curl", "isolation", (8, 12)),
    "calf raise (calves)": ("calf raise", "isolation", (12, 15)),
    "chest fly (chest)": ("chest fly", "isolation", (8, 12)),
    "lateral raise (side delts)": ("lateral raise", "isolation", (12, 15)),
    "triceps pushdown (triceps)": ("triceps pushdown", "isolation", (8, 12)),
    "biceps curl (biceps)": ("biceps curl", "isolation", (8, 12)),
}
# Exercises missing from liftlab.volume.EXERCISE_MUSCLES (same credits convention).
_OWN_MUSCLES: Mapping[str, Mapping[str, float]] = {"chest fly": {"chest": 1.0, "front delts": 0.5}}

# Weekly templates: (focus, main lifts, accessories) per session.
_LEG_EXT, _LEG_CURL, _CALF = (
    "leg extension (quadriceps)",
    "leg curl (hamstrings)",
    "calf raise (calves)",
)
_PULLDOWN, _ROW, _FLY = "lat pulldown (lats)", "dumbbell row (upper back)", "chest fly (chest)"
_RAISE, _PUSHDOWN, _CURL = (
    "lateral raise (side delts)",
    "triceps pushdown (triceps)",
    "biceps curl (biceps)",
)
_SQ, _BP, _DL, _OHP = MAIN_LIFTS
_TEMPLATES: Mapping[int, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    2: (
        ("full body A", (_SQ, _BP), (_LEG_CURL, _ROW, _RAISE, _CURL)),
        ("full body B", (_DL, _OHP), (_LEG_EXT, _PULLDOWN, _FLY, _PUSHDOWN)),
    ),
    3: (
        ("full body A", (_SQ, _BP), (_LEG_EXT, _ROW, _PUSHDOWN)),
        ("full body B", (_DL, _OHP), (_LEG_CURL, _PULLDOWN, _RAISE, _CURL)),
        ("full body C", (_SQ, _BP), (_CALF, _FLY)),
    ),
    4: (
        ("upper A", (_BP, _OHP), (_ROW, _RAISE, _PUSHDOWN)),
        ("lower A", (_SQ, _DL), (_LEG_CURL, _CALF)),
        ("upper B", (_OHP, _BP), (_PULLDOWN, _FLY, _CURL)),
        ("lower B", (_DL, _SQ), (_LEG_EXT, _CALF)),
    ),
    5: (
        ("lower A", (_SQ,), (_LEG_CURL, _CALF)),
        ("upper A", (_BP,), (_ROW, _RAISE, _PUSHDOWN)),
        ("lower B", (_DL,), (_LEG_EXT, _CALF)),
        ("upper B", (_OHP, _BP), (_PULLDOWN, _FLY, _CURL)),
        ("lower C", (_SQ,), (_LEG_CURL, _CALF)),
    ),
    6: (
        ("lower A", (_SQ,), (_LEG_EXT, _CALF)),
        ("upper A", (_BP,), (_ROW, _PUSHDOWN)),
        ("lower B", (_DL,), (_LEG_CURL,)),
        ("upper B", (_OHP,), (_PULLDOWN, _RAISE, _CURL)),
        ("lower C", (_SQ,), (_LEG_CURL, _CALF)),
        ("upper C", (_BP, _OHP), (_FLY, _ROW)),
    ),
}

# ---------------------------------------------------------------------------- the tables


@lru_cache(maxsize=1024)
def _credits(name: str) -> tuple[tuple[str, float], ...]:
    base = ACCESSORIES[name][0] if name in ACCESSORIES else name
    if base in _OWN_MUSCLES:
        return tuple(sorted(_OWN_MUSCLES[base].items()))
    try:
        return tuple(sorted(exercise_muscles(base).items()))
    except (ValueError, TypeError):
        return ()


@lru_cache(maxsize=1024)
def _muscle_names(name: str) -> frozenset[str]:
    return frozenset(m for m, _ in _credits(name))


def _muscles_of(item: Prescription) -> frozenset[str]:
    """Muscles of a prescription by its exercise's name (else its own ``muscles``)."""
    names = _muscle_names(item.exercise)
    if names:
        return names
    return frozenset(m for m, _ in item.muscles) if isinstance(item.muscles, tuple) else names


def exercise_credits(name: str) -> dict[str, float]:
    """Muscles an exercise of a plan trains, ``{muscle: credit per set}``.

    Accessories are looked up by the exercise before the parenthesis
    (``"leg extension (quadriceps)"`` → ``"leg extension"``) in
    :data:`liftlab.volume.EXERCISE_MUSCLES` (1.0 primary mover, 0.5 synergist); a
    lift not listed there (a user's own lift) gives ``{}``.
    """
    if not isinstance(name, str):
        raise TypeError(f"name={name!r} is not an exercise name: name must be a string.")
    return dict(_credits(name))


# The goals' numbers, read once (the functions of liftlab.goals validate every call).
_PERCENT = {zone: percent_range(zone) for zone in GOALS}
_REPS = {zone: rep_range(zone) for zone in GOALS}
_REST = {zone: rest_range(zone) for zone in GOALS}
_SETS = {
    (level, zone): (
        max(dict(GOALS["hypertrophy"].sets_by_experience)[level][0], sets_range(zone, level)[0]),
        min(dict(GOALS["hypertrophy"].sets_by_experience)[level][1], sets_range(zone, level)[1]),
    )
    for level in EXPERIENCE_LEVELS
    for zone in GOALS
}


def _kind(name: str) -> str:
    return ACCESSORIES[name][1] if name in ACCESSORIES else "compound"


_NSCA_ROWS = sorted((p, r) for r, p in NSCA_PERCENT_BY_REPS.items())  # ascending %1RM
_NSCA_P = [p for p, _ in _NSCA_ROWS]
_NSCA_R = [float(r) for _, r in _NSCA_ROWS]


@lru_cache(maxsize=4096)
def _max_reps(percent: float) -> float:
    """Rep maximum at ``percent`` %1RM: the NSCA table, interpolated (as
    :func:`liftlab.one_rep_max.nsca_reps`); below its last row (65 %, 15 reps) it is
    extended with the slope of Epley's formula, for deload sets only."""
    if percent >= 100.0:
        return 1.0
    low = _NSCA_P[0]
    if percent < low:
        return _NSCA_R[0] + 30.0 * (100.0 / percent - 100.0 / low)
    i = bisect.bisect_right(_NSCA_P, percent)
    p0, p1 = _NSCA_P[i - 1], _NSCA_P[i]
    r0, r1 = _NSCA_R[i - 1], _NSCA_R[i]
    return r0 + (r1 - r0) * (percent - p0) / (p1 - p0)


def _whole_reps(percent: float) -> int:
    return math.floor(_max_reps(percent) + 1e-9)


@lru_cache(maxsize=4)
def _grid(unit: str) -> tuple[float, ...]:
    top = 1500.0 if unit == "kg" else 3300.0
    return tuple(float(x) for x in loadable_loads(BARS[unit], PLATE_SETS[unit], top))


def _plate_pair(target: float, unit: str) -> tuple[float, float]:
    """``round_to_plates`` of ``target`` (>= the bar) with ``mode="down"`` and
    ``"nearest"`` (ties down) for the unit's bar and plates, fast."""
    grid = _grid(unit)
    if target > grid[-1]:
        args = (target, BARS[unit], PLATE_SETS[unit])
        return (
            float(round_to_plates(*args, "down", unit=unit)),
            float(round_to_plates(*args, "nearest", unit=unit)),
        )
    i = bisect.bisect_left(grid, target - 1e-9)
    if i < len(grid) and abs(grid[i] - target) <= 1e-9:
        return grid[i], grid[i]
    below, above = grid[i - 1], grid[i]
    return below, (above if above - target < target - below else below)


def _round_plates(target: float, unit: str, mode: str = "nearest") -> float:
    """:func:`_plate_pair`'s ``"nearest"`` (or ``"down"``) load."""
    down, nearest = _plate_pair(target, unit)
    return down if mode == "down" else nearest


def _round_half(value: float) -> float:
    return math.floor(value * 2.0 + 0.5) / 2.0


def _fmt(value: float) -> str:
    return f"{value:g}"


# ---------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Prescription:
    """One exercise of a session.

    Attributes
    ----------
    exercise : str
        Name: a main lift, a user's lift from ``one_rms`` or an accessory of
        :data:`ACCESSORIES`.
    sets : int
        Working sets.
    reps, reps_max : int
        Reps per set; a range ``reps``–``reps_max`` for accessories, else equal.
    percent_1rm : float or None
        Prescribed %1RM (``None`` for accessories, which have no 1RM).
    load : float or None
        ``percent_1rm`` × 1RM on real plates, in the plan's unit (``None`` for
        accessories, or if lighter than the empty bar).
    rest_min : float
        Rest between sets, minutes.
    rir : int
        Target reps in reserve at the end of each set.
    zone : {"strength", "hypertrophy"}
        Which goal's zone the work is in.
    kind : {"compound", "isolation"}
    muscles : tuple of (str, float)
        Muscles trained and their credit per set (see :func:`exercise_credits`).
    note : str
        Extra advice shown in the HTML page.
    """

    exercise: str
    sets: int
    reps: int
    reps_max: int
    percent_1rm: float | None
    load: float | None
    rest_min: float
    rir: int
    zone: str
    kind: str
    muscles: tuple[tuple[str, float], ...] = ()
    note: str = ""

    @property
    def loaded(self) -> bool:
        """True for a lift prescribed by %1RM."""
        return self.percent_1rm is not None

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


@dataclass(frozen=True, repr=False)
class Plan:
    """A training plan; build one with :func:`build_plan`, check it with :func:`check_plan`.

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

    def one_rm(self, lift: str) -> float:
        """The 1RM given for ``lift`` (KeyError if none)."""
        for name, value in self.one_rms:
            if name == lift:
                return value
        raise KeyError(lift)

    def rows(self, weeks: Any = None) -> list[tuple[Any, ...]]:
        """One tuple per exercise per session, in the order of :data:`CSV_HEADER`.

        ``weeks``: an int or an iterable of week numbers to keep (default: all).
        """
        keep = _week_filter(weeks)
        rows = []
        for week in self.weeks:
            if keep is not None and week.number not in keep:
                continue
            for session in week.sessions:
                for item in session.prescriptions:
                    rows.append(
                        (
                            week.number,
                            session.day,
                            item.exercise,
                            item.sets,
                            item.reps_text,
                            item.percent_1rm,
                            item.load,
                            self.unit,
                            item.rest_min,
                            item.rir,
                        )
                    )
        return rows

    def to_csv(self, weeks: Any = None) -> str:
        """The plan as CSV text, header :data:`CSV_HEADER`, one row per exercise per session.

        ``day`` is the day of the week (1 = Monday); ``reps`` is ``"5"`` or a range
        ``"8-12"``; ``percent_1rm`` and ``load`` are empty for accessories (no 1RM) and
        ``load`` for a target lighter than the empty bar; ``unit`` is the plan's unit
        on every row. Names are written verbatim (quoted by :mod:`csv` when needed).
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for row in self.rows(weeks):
            writer.writerow(
                ["" if v is None else _fmt(v) if isinstance(v, float) else v for v in row]
            )
        return buffer.getvalue()

    def weekly_sets(self) -> list[dict[str, float]]:
        """Sets per muscle for each week, ``[{muscle: sets}, ...]`` (week 1 first).

        Counted fractionally, as :func:`liftlab.volume.weekly_hard_sets`: a set
        credits 1 to each primary mover and 0.5 to each synergist. In training weeks
        every set is prescribed at 0–4 RIR, so these are hard sets; deload weeks'
        sets are deliberately easy. Muscles largest first.
        """
        result = []
        for week in self.weeks:
            totals: dict[str, float] = {}
            for session in week.sessions:
                for item in session.prescriptions:
                    for muscle, credit in _credits(item.exercise) or item.muscles:
                        totals[muscle] = totals.get(muscle, 0.0) + item.sets * credit
            result.append(dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))))
        return result

    def to_html(self, title: str | None = None) -> str:
        """A standalone, printable HTML page of the plan (every name escaped)."""
        goal = {"both": "Strength and hypertrophy"}.get(self.goal, self.goal.capitalize())
        heading = title or (
            f"{goal} plan: {len(self.weeks)} weeks, "
            f"{self.days_per_week} days a week, {self.scheme} progression"
        )
        e = html.escape
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{e(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            f"<h1>{e(heading)}</h1>\n{self._html_body()}</body>\n</html>\n"
        )

    def _repr_html_(self) -> str:
        return f'<div class="liftlab-plan">{self._html_body()}</div>'

    def _html_body(self) -> str:
        e = html.escape
        parts = [
            "<p>",
            f"Goal: <b>{e(self.goal)}</b> · experience: {e(self.experience)} · "
            f"scheme: {e(self.scheme)} · unit: {e(self.unit)} "
            f"(bar {_fmt(self.bar)} {e(self.unit)}).",
            '</p>\n<table class="maxes"><caption>One-rep maxes</caption>'
            "<tr><th>Lift</th><th>1RM</th></tr>",
        ]
        for name, value in self.one_rms:
            parts.append(f"<tr><td>{e(name)}</td><td>{_fmt(value)} {e(self.unit)}</td></tr>")
        parts.append('</table>\n<p class="rules">' + e(_RULES_TEXT) + "</p>\n")
        weekly = self.weekly_sets()
        for week, sets in zip(self.weeks, weekly, strict=False):
            label = f"Week {week.number}"
            if week.phase:
                label += f" ({week.phase})"
            parts.append(f'<section class="week"><h2>{e(label)}</h2>\n')
            for session in week.sessions:
                kind = f", {session.day_type} day" if session.day_type else ""
                parts.append(
                    f"<table><caption>{e(session.weekday)}: {e(session.focus)}{e(kind)} "
                    f"(about {session.minutes:.0f} min)</caption>\n<tr><th>Exercise</th>"
                    "<th>Sets × reps</th><th>%1RM</th><th>Load</th><th>Rest</th>"
                    "<th>RIR</th></tr>\n"
                )
                for item in session.prescriptions:
                    percent = "" if item.percent_1rm is None else f"{_fmt(item.percent_1rm)} %"
                    load = "" if item.load is None else f"{_fmt(item.load)} {self.unit}"
                    note = f"<br><small>{e(item.note)}</small>" if item.note else ""
                    parts.append(
                        f"<tr><td>{e(item.exercise)}{note}</td>"
                        f"<td>{item.sets} × {e(item.reps_text)}</td><td>{e(percent)}</td>"
                        f"<td>{e(load)}</td><td>{_fmt(item.rest_min)} min</td>"
                        f"<td>{item.rir}</td></tr>\n"
                    )
                parts.append("</table>\n")
            muscles = ", ".join(f"{e(m)} {_fmt(round(s, 1))}" for m, s in sets.items())
            parts.append(f'<p class="sets">Sets per muscle this week: {muscles}.</p>\n')
            parts.append("</section>\n")
        return "".join(parts)


_CSS = (
    "body{font-family:system-ui,sans-serif;margin:1.5em;color:#111}"
    "table{border-collapse:collapse;margin:.5em 0 1em;min-width:60%}"
    "caption{text-align:left;font-weight:bold;padding:.2em 0}"
    "th,td{border:1px solid #999;padding:.25em .5em;text-align:left}"
    "th{background:#eee}.week{page-break-inside:avoid;break-inside:avoid}"
    "@media print{body{margin:0}h2{page-break-after:avoid}}"
)
_RULES_TEXT = (
    "Loads are the prescribed %1RM of your 1RM rounded to real plates. RIR = reps in "
    "reserve: stop each set with that many reps left. Accessories: pick a load for the rep "
    "range at the target RIR; add load when every set reaches the top of the range. Every "
    "4th week is a deload. After a set at 90% 1RM or more, the muscles it trained rest "
    "2 full days."
)


def _week_filter(weeks: Any) -> set[int] | None:
    if weeks is None:
        return None
    if isinstance(weeks, numbers.Integral) and not isinstance(weeks, bool):
        return {int(weeks)}
    return {check_integer("week", w, low=1) for w in weeks}


# ------------------------------------------------------------------------------ building


@dataclass
class _Slot:
    session: int
    exercise: str
    zone: str
    main: bool
    heavy_ok: bool = False


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
    main = [(lift, found[lift]) for lift in MAIN_LIFTS]
    return tuple(main + [(k, v) for k, v in found.items() if k not in MAIN_LIFTS])


def _gap_after(template: list[list[str]], days: tuple[int, ...], session: int, muscle: str) -> int:
    """Days from ``session`` to the next session training ``muscle`` (weekly cycle)."""
    count = len(days)
    for step in range(1, count + 1):
        other = (session + step) % count
        if any(muscle in dict(_credits(ex)) for ex in template[other]):
            wrap = 7 if session + step >= count else 0
            return days[other] + wrap - days[session]
    return 7


def _min_gap(template: list[list[str]], days: tuple[int, ...], session: int, exercise: str) -> int:
    muscles = [m for m, _ in _credits(exercise)]
    if not muscles:
        return 0
    return min(_gap_after(template, days, session, m) for m in muscles)


@lru_cache(maxsize=512)
def _layout(
    goal: str, days_per_week: int, extras: tuple[str, ...]
) -> tuple[
    tuple[int, ...], tuple[str, ...], tuple[tuple[_Slot, ...], ...], tuple[tuple[str, ...], ...]
]:
    """Days, focus, loaded slots and accessories of each session (cached)."""
    template = _TEMPLATES[days_per_week]
    days = tuple(d + 1 for d in session_days(days_per_week))
    with_accessories = goal != "strength"
    accessories = [  # compound accessories before isolation work
        tuple(sorted((a for a in acc if a not in extras), key=lambda a: _kind(a) != "compound"))
        if with_accessories
        else ()
        for _, _, acc in template
    ]
    lifts: list[list[str]] = [list(main) for _, main, _ in template]
    for index, name in enumerate(extras):
        lifts[index % days_per_week].append(name)
    everything = [lifts[s] + list(accessories[s]) for s in range(days_per_week)]
    need = REST_DAYS_AFTER_HEAVY + 1
    slots: list[list[_Slot]] = [[] for _ in range(days_per_week)]
    for s in range(days_per_week):
        for name in lifts[s]:
            main = name in MAIN_LIFTS
            heavy_ok = main and _min_gap(everything, days, s, name) >= need
            zone = "strength" if goal == "strength" else "hypertrophy"
            slots[s].append(_Slot(s, name, zone, main, heavy_ok))
    if goal == "both":
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
    for row in slots:  # strength work before hypertrophy work, main lifts before extras
        row.sort(key=lambda sl: (not sl.main, sl.zone != "strength"))
    focus = tuple(f for f, _, _ in template)
    return days, focus, tuple(tuple(r) for r in slots), tuple(accessories)


def _zone_bounds(slot: _Slot, heavy_day: bool = True) -> tuple[float, float]:
    low = _PERCENT[slot.zone][0]
    if slot.zone == "hypertrophy":
        return low, _PERCENT["hypertrophy"][1]
    return low, STRENGTH_TOP_HEAVY if (slot.heavy_ok and heavy_day) else STRENGTH_TOP


def _reps_rir(percent: float, zone: str) -> tuple[int, int]:
    low, high = _REPS[zone]
    most = _whole_reps(percent)
    reps = min(max(most - TARGET_RIR, low), high)
    return reps, most - reps


def _sets_for(experience: str, zone: str) -> tuple[int, int]:
    """Sets per exercise: the article's by experience, inside ``sets_range(zone)``."""
    return _SETS[(experience, zone)]


def _training_weeks(n_weeks: int) -> list[int]:
    return [w for w in range(1, n_weeks + 1) if w % DELOAD_EVERY != 0]


def _cycles(training: list[int]) -> list[list[int]]:
    cycles: list[list[int]] = []
    for w in training:
        if cycles and w == cycles[-1][-1] + 1:
            cycles[-1].append(w)
        else:
            cycles.append([w])
    return cycles


def _block_phase(index: int, count: int) -> int:
    return min(2, (3 * index) // count)


@lru_cache(maxsize=256)
def _accessory(name: str, sets: int, deload: bool) -> Prescription:
    """An accessory's prescription (shared: prescriptions are frozen)."""
    _, kind, (low, high) = ACCESSORIES[name]
    if deload:
        rir = DELOAD_ACCESSORY_RIR
    else:
        rir = ISOLATION_RIR if kind == "isolation" else COMPOUND_ACCESSORY_RIR
    return Prescription(
        exercise=name,
        sets=sets,
        reps=low,
        reps_max=high,
        percent_1rm=None,
        load=None,
        rest_min=_REST_ISOLATION if kind == "isolation" else _REST_COMPOUND_ACCESSORY,
        rir=rir,
        zone="hypertrophy",
        kind=kind,
        muscles=_credits(name),
    )


def build_plan(
    goal: str,
    days_per_week: int,
    weeks: int,
    one_rms: Mapping[str, float],
    unit: str = "kg",
    experience: str = "beginner",
    scheme: str = "linear",
) -> Plan:
    """Build a periodized plan that follows the course's rules (see the module docstring).

    Parameters
    ----------
    goal : {"strength", "hypertrophy", "both"}
        ``"both"`` trains each main lift once a week in the strength zone and does
        the rest of the work (other exposures, accessories) in the hypertrophy zone.
    days_per_week : int
        Sessions per week, 2–6.
    weeks : int
        Plan length, 4–16 weeks (every 4th week is a deload).
    one_rms : mapping of str to float
        1RM of each lift in ``unit``: ``"squat"``, ``"bench press"``, ``"deadlift"``
        and ``"overhead press"`` are required (case and spaces around the name are
        forgiven); any other lift is added as a loaded accessory.
    unit : {"kg", "lb"}
        Unit of the 1RMs and of the loads (20 kg bar and kg plates, or 45 lb bar and
        lb plates).
    experience : {"beginner", "intermediate", "advanced"}
        Sets per exercise: 3–4, 4–5, 5–6.
    scheme : {"linear", "undulating", "block"}
        How the work progresses from week to week.

    Returns
    -------
    Plan
        ``check_plan(plan) == []``.

    Raises
    ------
    ValueError
        For an unknown goal, scheme, experience or unit, ``days_per_week`` outside
        2–6, ``weeks`` outside 4–16, a missing main lift, or a 1RM that is not a
        positive finite number (each message says what is allowed).
    TypeError
        For arguments of the wrong kind (e.g. ``one_rms`` not a mapping).

    Examples
    --------
    >>> plan = build_plan("both", 3, 12, {"squat": 140, "bench press": 100,
    ...                   "deadlift": 180, "overhead press": 60})
    >>> [(p.exercise, p.sets, p.reps, p.percent_1rm, p.load)
    ...  for p in plan.weeks[0].sessions[2].prescriptions[:2]]
    [('squat', 4, 6, 80.0, 112.5), ('bench press', 4, 6, 80.0, 80.0)]
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
    session_day, focus, slots, accessories = _layout(goal, days, extras)

    training = _training_weeks(n_weeks)
    n_train = len(training)
    cycles = _cycles(training)
    cycle_of = {w: c for c, ws in enumerate(cycles) for w in ws}
    sets_zone = {z: _sets_for(experience, z) for z in ("strength", "hypertrophy")}
    bar = BARS[unit]
    accessory_sets_hi = (
        sets_zone["hypertrophy"][1] if goal == "hypertrophy" else sets_zone["hypertrophy"][0]
    )

    def loaded(
        slot: _Slot, percent: float, sets: int, reps: int, rir: int, rest: float
    ) -> Prescription:
        target = one_rm[slot.exercise] * percent / 100.0
        note = ""
        if target < bar:
            load = None
            note = f"lighter than the empty {_fmt(bar)} {unit} bar: use dumbbells or a lighter bar"
        else:
            load = _round_plates(target, unit)
            if load >= one_rm[slot.exercise] * HEAVY_PERCENT / 100.0 - 1e-9 and not (
                slot.heavy_ok and percent >= HEAVY_PERCENT
            ):
                load = _round_plates(target, unit, "down")
        return Prescription(
            exercise=slot.exercise,
            sets=sets,
            reps=reps,
            reps_max=reps,
            percent_1rm=percent,
            load=load,
            rest_min=rest,
            rir=rir,
            zone=slot.zone,
            kind="compound",
            muscles=_credits(slot.exercise),
            note=note,
        )

    def rest_for(zone: str, percent: float) -> float:
        if zone == "strength":
            return _REST_STRENGTH_HEAVY if percent >= HEAVY_PERCENT else _REST_STRENGTH
        return _REST_HYPERTROPHY

    built: list[Week] = []
    lightest: dict[
        tuple[int, str], tuple[float, int]
    ] = {}  # slot → lightest (percent, reps) of cycle
    previous: Week | None = None
    index = 0
    for number in range(1, n_weeks + 1):
        if number % DELOAD_EVERY == 0:
            built.append(_deload_week(number, previous, lightest, one_rm, unit, bar))
            lightest = {}
            previous = built[-1]
            continue
        cycle = cycle_of[number]
        k = cycles[cycle].index(number)
        phase_name = ""
        if scheme == "block":
            phase = _block_phase(index, n_train)
            members = [i for i in range(n_train) if _block_phase(i, n_train) == phase]
            j = members.index(index)
            u_block = (phase + (j + 0.5) / len(members)) / 3.0  # rises inside each block
            phase_name = BLOCK_PHASES[phase]
        t = index / (n_train - 1) if n_train > 1 else 1.0
        sessions = []
        for s in range(days):
            day_type = ""
            if scheme == "undulating":
                day_type = DAY_TYPES[(s + k) % 3]
            items: list[Prescription] = []
            for slot in slots[s]:
                lo_hi = _sets_for(experience, slot.zone)
                lo_s, hi_s = lo_hi
                if scheme == "linear":
                    low, high = _zone_bounds(slot)
                    percent = low + t * (high - low)
                    sets = round(hi_s - t * (hi_s - lo_s))
                elif scheme == "undulating":
                    offset = {"light": 0.0, "moderate": 0.5, "heavy": 1.0}[day_type]
                    width = 0.7 if len(cycles) > 1 else 1.0
                    shift = cycle / (len(cycles) - 1) * (1.0 - width) if len(cycles) > 1 else 0.0
                    low, high = _zone_bounds(slot, heavy_day=False)
                    percent = low + (shift + offset * width) * (high - low)
                    if day_type == "heavy" and slot.heavy_ok:
                        low, high = _zone_bounds(slot)
                        percent = low + (shift + width) * (high - low)
                    sets = {"heavy": lo_s, "moderate": (lo_s + hi_s) // 2, "light": hi_s}[day_type]
                else:
                    low, high = _zone_bounds(slot)
                    percent = low + u_block * (high - low)
                    sets = (hi_s, (lo_s + hi_s) // 2, lo_s)[phase]
                percent = _round_half(percent)
                reps, rir = _reps_rir(percent, slot.zone)
                key = (s, slot.exercise)
                if key not in lightest or percent < lightest[key][0]:
                    lightest[key] = (percent, reps)
                items.append(loaded(slot, percent, sets, reps, rir, rest_for(slot.zone, percent)))
            for name in accessories[s]:
                lo_s, hi_s = sets_zone["hypertrophy"]
                if scheme == "block":
                    sets = (hi_s, (lo_s + hi_s) // 2, lo_s)[phase]
                else:
                    sets = accessory_sets_hi
                items.append(_accessory(name, sets, False))
            sessions.append(Session(session_day[s], focus[s], tuple(items), day_type))
        built.append(Week(number, tuple(sessions), deload=False, phase=phase_name))
        previous = built[-1]
        index += 1
    return Plan(goal, scheme, experience, unit, days, maxes, tuple(built))


def _deload_week(
    number: int,
    previous: Week | None,
    lightest: dict[tuple[int, str], tuple[float, int]],
    one_rm: dict[str, float],
    unit: str,
    bar: float,
) -> Week:
    """Half the previous week's sets (rounded), lighter loads, easy sets."""
    assert previous is not None  # week 4 is the first deload
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
    sessions = []
    for s, session in enumerate(previous.sessions):
        items = []
        for i, item in enumerate(session.prescriptions):
            sets = halves[s][i]
            if not item.loaded:
                items.append(_accessory(item.exercise, sets, True))
                continue
            low, reps = lightest.get((s, item.exercise), (item.percent_1rm, item.reps))
            percent = max(50.0, low - DELOAD_PERCENT_DROP)
            target_load = one_rm[item.exercise] * percent / 100.0
            load = _round_plates(target_load, unit) if target_load >= bar else None
            note = "deload: easy sets, leave plenty in the tank"
            if load is None:
                note = (
                    f"lighter than the empty {_fmt(bar)} {unit} bar: use dumbbells or a lighter bar"
                )
            items.append(
                Prescription(
                    exercise=item.exercise,
                    sets=sets,
                    reps=reps,
                    reps_max=reps,
                    percent_1rm=percent,
                    load=load,
                    rest_min=item.rest_min if item.zone == "hypertrophy" else _REST_STRENGTH,
                    rir=_whole_reps(percent) - reps,
                    zone=item.zone,
                    kind=item.kind,
                    muscles=item.muscles,
                    note=note,
                )
            )
        sessions.append(
            Session(session.day, session.focus, tuple(items), "deload" if session.day_type else "")
        )
    return Week(number, tuple(sessions), deload=True, phase="deload")


# ------------------------------------------------------------------------------ checking


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


def _intensity(item: Prescription, one_rm: Mapping[str, float]) -> float:
    """Heaviest of the prescribed %1RM and the rounded load's %1RM."""
    best = item.percent_1rm if _num(item.percent_1rm) else 0.0
    if _num(item.load) and one_rm.get(item.exercise):
        best = max(best, 100.0 * item.load / one_rm[item.exercise])
    return best


def check_plan(plan: Plan) -> list[str]:
    """Every broken rule of ``plan``, as readable sentences (``[]`` for a good plan).

    The rules are re-derived from the plan's numbers (zones, sets, rest, effort,
    loads on plates, the 2-day rule, exercise order, progression, deloads); labels
    such as ``Week.deload`` are compared with what the numbers say, never trusted.
    See the module docstring for the rules.
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
    deload = week.number % DELOAD_EVERY == 0
    if bool(week.deload) != deload:
        add(
            f"week {week.number}: marked {'a deload' if week.deload else 'a training week'}, "
            f"but every {DELOAD_EVERY}th week (and only those) is a deload"
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
    strength_main = hypertrophy_work = isolation = False
    for session in week.sessions:
        rank = 0
        for item in session.prescriptions:
            where = _lazy_where(week, session, item)
            loaded = item.exercise in one_rm
            kind = "compound" if loaded else _kind(item.exercise)
            this_rank = 0 if loaded else (1 if kind == "compound" else 2)
            if this_rank < rank:
                add(
                    f"{where()}: compound lifts come first (lifts with a 1RM, then compound "
                    "accessories, then isolation)"
                )
            rank = max(rank, this_rank)
            if item.exercise in MAIN_LIFTS:
                seen_main.add(item.exercise)
            if kind == "isolation":
                isolation = True
            if not loaded and item.exercise not in ACCESSORIES:
                add(f"{where()}: no 1RM given and not a known accessory")
                continue
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
    zone = item.zone
    allowed = {"strength": ("strength",), "hypertrophy": ("hypertrophy",)}.get(
        plan.goal, ("strength", "hypertrophy")
    )
    if zone not in allowed:
        add(f"{where()}: zone {zone!r} does not belong in a {plan.goal} plan")
        return None
    if not loaded and zone != "hypertrophy":
        add(f"{where()}: accessories (no 1RM) are hypertrophy work")
    whole = (item.sets, item.reps, item.reps_max, item.rir)
    if any(type(v) is not int for v in whole):
        add(f"{where()}: sets, reps and RIR must be whole numbers")
        return None
    if not _num(item.rest_min):
        add(f"{where()}: rest must be a number of minutes")
        return None
    r_lo, r_hi = _REST[zone]
    if not r_lo <= item.rest_min <= r_hi:
        add(
            f"{where()}: rest {_fmt(item.rest_min)} min; {zone} work rests "
            f"{_fmt(r_lo)}–{_fmt(r_hi)} min"
        )
    if item.sets < 1 or item.reps < 1 or item.reps_max < item.reps:
        add(f"{where()}: {item.sets} sets of {item.reps_text} reps is not a valid prescription")
        return None
    if not deload:
        s_lo, s_hi = _sets_for(plan.experience, zone)
        if not s_lo <= item.sets <= s_hi:
            add(
                f"{where()}: {item.sets} sets; a{'n' if plan.experience[0] in 'ai' else ''} "
                f"{plan.experience} does {s_lo}–{s_hi} sets per exercise"
            )
        if not 0 <= item.rir <= HARD_SET_MAX_RIR:
            add(
                f"{where()}: {item.rir} reps in reserve; hard sets stop 0–{HARD_SET_MAX_RIR} "
                "reps short of failure"
            )
    elif item.rir < DELOAD_ACCESSORY_RIR:
        add(
            f"{where()}: {item.rir} reps in reserve in a deload week; deload sets stop "
            f"{DELOAD_ACCESSORY_RIR}+ reps short"
        )
    z_lo, z_hi = _REPS[zone]
    if not loaded:
        if item.percent_1rm is not None or item.load is not None:
            add(f"{where()}: an accessory has no 1RM, so no %1RM and no load")
        top = ISOLATION_MAX_REPS if kind == "isolation" else z_hi
        if item.reps < z_lo or item.reps_max > top:
            add(f"{where()}: {item.reps_text} reps; {kind} accessories do {z_lo}–{top} reps")
        return zone
    percent = item.percent_1rm
    if not _num(percent) or not 0 < percent <= 100:
        add(f"{where()}: %1RM {percent!r} must be a number in (0, 100]")
        return None
    if item.reps != item.reps_max:
        add(f"{where()}: a lift with a 1RM gets a fixed number of reps, not {item.reps_text}")
    most = _max_reps(percent)
    if not most - 1 - 1e-9 < item.reps + item.rir <= most + 1e-9:
        add(
            f"{where()}: {item.reps} reps at {_fmt(percent)}% 1RM with {item.rir} in reserve; "
            f"the NSCA table allows {most:.1f} reps at {_fmt(percent)}%"
        )
    _check_load(plan, item, percent, one_rm[item.exercise], where, add)
    if deload:
        return None
    p_lo, p_hi = _PERCENT[zone]
    if not p_lo <= percent <= p_hi:
        add(
            f"{where()}: {_fmt(percent)}% 1RM is outside the {zone} zone, "
            f"{_fmt(p_lo)}–{_fmt(p_hi)}%"
        )
    if not z_lo <= item.reps <= z_hi:
        add(f"{where()}: {item.reps} reps is outside the {zone} zone, {z_lo}–{z_hi} reps")
    return zone


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
        return
    if not _num(item.load):
        add(
            f"{where()}: load {item.load!r} is missing; {_fmt(percent)}% of {_fmt(max_)} "
            f"{plan.unit} can be loaded"
        )
        return
    choices = _plate_pair(target, plan.unit)
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
    slots = _build_slot_map(week)
    maps[id(week)] = (week, slots)  # keeps the week alive, so its id stays unique
    return slots


def _build_slot_map(week: Week) -> dict[tuple[int, str, str], Prescription]:
    slots = {}
    for s, session in enumerate(week.sessions):
        for item in session.prescriptions:
            if _num(item.percent_1rm):
                slots[(s, item.exercise, item.zone)] = item
    return slots


def _check_deloads(plan: Plan, add: Any, maps: _SlotMaps) -> None:
    for i, week in enumerate(plan.weeks):
        if week.number % DELOAD_EVERY != 0 or i == 0:
            continue
        before = plan.weeks[i - 1]
        total_before = sum(item.sets for s in before.sessions for item in s.prescriptions)
        total = sum(item.sets for s in week.sessions for item in s.prescriptions)
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


def _training(plan: Plan) -> list[Week]:
    return [w for w in plan.weeks if w.number % DELOAD_EVERY != 0]


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
    cycles = _cycles([w.number for w in _training(plan)])
    by_number = {w.number: w for w in plan.weeks}
    history: dict[tuple[int, str, str, str], list[tuple[int, float, Week]]] = {}
    for c, numbers_ in enumerate(cycles):
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
                            "on the "
                            f"{lighter[2].day_type} day"
                        )
            if prev_week is not None:
                old = _slot_map(prev_week, maps)
                for key, item in slots.items():
                    if key in old and old[key].percent_1rm == item.percent_1rm:
                        add(
                            f"{_where(week, week.sessions[key[0]], item)}: same "
                            f"{_fmt(item.percent_1rm)}% "
                            f"1RM as week {prev_week.number}; undulating loads change every week"
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
        phase = _block_phase(i, count)
        phase_of[week.number] = phase
        if week.phase != BLOCK_PHASES[phase]:
            add(
                f"week {week.number}: labelled {week.phase!r} but is in the "
                f"{BLOCK_PHASES[phase]} block"
            )
    for week in plan.weeks:
        if week.number % DELOAD_EVERY == 0 and week.phase != "deload":
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
                    "more "
                    f"than the {BLOCK_PHASES[a]} block's {pa:.1f}%"
                )
            if sb > sa:
                add(
                    f"{name} ({zone}): the {BLOCK_PHASES[b]} block averages {sb:.1f} sets, more "
                    "than "
                    f"the {BLOCK_PHASES[a]} block's {sa:.1f}; volume falls as intensity rises"
                )
    for before, after in itertools.pairwise(weeks):
        if phase_of[before.number] != phase_of[after.number]:
            continue
        old = _slot_map(before, maps)
        for key, item in _slot_map(after, maps).items():
            if key in old and item.percent_1rm < old[key].percent_1rm:
                add(
                    f"{_where(after, after.sessions[key[0]], item)}: {_fmt(item.percent_1rm)}% "
                    "1RM is "
                    f"lighter than week {before.number}'s {_fmt(old[key].percent_1rm)}% in the "
                    "same block"
                )
