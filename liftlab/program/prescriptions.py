"""What a plan prescribes, by goal and training status: zones, loads, effort, sets, deloads.

Every number of a plan comes from this module, each with its source. What is this
package's own judgement (where no study gives a number) says so.

Zones
-----
A prescription's ``zone`` says which box of numbers it is in (:data:`ZONES`):

- ``"strength"``: 1–6 reps at 80–100 % 1RM, rest 2–5 min (the article [@saksnd]);
- ``"hypertrophy"``: 6–12 reps at 65–80 % 1RM, rest 1–3 min (the article);
  isolation accessories up to 15 reps;
- ``"technique"``: lighter practice of a main lift in a strength plan, 3–6 reps
  below 80 % 1RM, well short of failure (RPE 5–7), rest as for strength work. The
  article itself allows "lighter work (e.g. 6 reps under 70 % 1RM, not to
  failure)"; intermediate and advanced lifters use a "wider loading range from 1 to
  12 RM in a periodized fashion" (ACSM 2009 [@acsm2009]).

Training status
---------------
:data:`PROFILES` holds what changes with experience (:func:`experience_profile`):

- **Loads and reps.** Novices: loads of an 8–12 repetition maximum (ACSM 2009
  [@acsm2009], often quoted as about 60–70 % 1RM), so a beginner's hypertrophy work
  is 8–12 reps at 65–72.5 % and a beginner's heaviest strength work 3–5 reps at
  80–85 %: no doubles, no singles, nothing at 90 % or more. Intermediate and
  advanced lifters train "from 1 to 12 RM in a periodized fashion with eventual
  emphasis on heavy loading (1–6 RM)" (ACSM 2009): intermediates up to doubles at
  90 %, advanced lifters up to singles at 95 % (only where the two-rest-day rule
  leaves room; :data:`HEAVY_PERCENT`).
- **Effort.** Every prescription carries a target RPE (RIR = 10 − RPE; Zourdos et
  al. 2016 [@zourdos2016]; Helms et al. 2016 [@helms2016]). Its %1RM is the RPE
  chart's (:data:`liftlab.effort.RPE_CHART`, Tuchscherer 2008 [@tuchscherer2008])
  for the reps at that RPE, so the starting load and the target effort agree. The
  hardest target rises with experience: RPE 8 for beginners, 8.5 for
  intermediates, 9 for advanced lifters (this package's choice: novices learn the
  lifts further from failure; growth rises as sets end closer to failure, strength
  much less so, Robinson et al. 2024 [@robinson2024]; Refalo et al. 2023
  [@refalo2023]).
- **Progression.** Beginners: simple progression, the load rises a little every
  week and the next session adds load when every set ends at or below the target
  RPE (ACSM 2009: add 2–10 % when the lifter can do 1–2 reps more than asked).
  Intermediate and advanced: the periodization scheme moves load, reps and sets,
  and the RPE actually reached corrects the load (:func:`adjust_load`; RPE-based
  loading did as well as %1RM-based loading, Helms et al. 2018 [@helms2018]).
- **Sets.** Strength work keeps "as little volume as needed" (the article): 3 hard
  sets of the heavy exposure for a beginner, 3–4 for an intermediate, 3–5 for an
  advanced lifter (inside the NSCA's 2–6 for strength, Baechle & Earle 2008
  [@baechle2008]), and 2–3 lighter technique sets; at most
  :attr:`ExperienceProfile.strength_weekly_sets` sets per main lift per week
  (more weekly sets per exercise added little strength, Ralston et al. 2017
  [@ralston2017]). Hypertrophy work on the main lifts keeps the article's 3–4, 4–5
  and 5–6 sets per exercise (4–5 interpolated), accessories 2 up to that top.
- **Weekly hard sets per muscle** (hypertrophy and "both" plans): chapter 04's
  moderate-dose band, 10–20 (Schoenfeld et al. 2017 [@schoenfeld2017volume]; Baz-Valle
  et al. 2022 [@bazvalle2022]; Pelland et al. 2025 [@pelland2025]), aiming at 13
  for intermediates and 16 for advanced lifters; 6–12 for beginners, aiming at 9
  (this package's choice: novices grow with less, ACSM 2009 starts them on 1–3 sets
  per exercise).
- **Deloads** (:func:`deload_every`): every 8th week for a beginner, 6th for an
  intermediate, 5th for an advanced lifter. Strength and physique athletes deload
  every 5.6 ± 2.3 weeks, for about a week, cutting volume (reps and sets), load and
  effort while keeping the frequency and the exercises (Rogerson et al. 2024
  [@rogerson2024]; coaches: every 4–6 weeks, Bell et al. 2022 [@bell2022]; Bell et
  al. 2023 [@bell2023]). A full week off cost strength compared with training
  through (Coleman et al. 2024 [@coleman2024]), so a deload trains lighter, it does
  not stop. No study sets an interval by training status: the longer interval for
  less-trained lifters, who lift lighter loads further from failure, is this
  package's choice, and so is a fixed interval (athletes also deload when
  performance stalls).
"""

from __future__ import annotations

import bisect
import itertools
import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from liftlab.effort import RPE_CHART
from liftlab.goals import EXPERIENCE_LEVELS, GOALS, percent_range, rep_range, rest_range
from liftlab.plates import BAR_LB, BAR_MEN_KG, PLATES_KG, PLATES_LB, loadable_loads, round_to_plates
from liftlab.recovery import HEAVY_PERCENT_1RM
from liftlab.validation import check_choice, check_positive, check_range, check_unit, check_whole

__all__ = [
    "BARS",
    "HARD_SET_MIN_RPE",
    "HEAVY_PERCENT",
    "ISOLATION_MAX_REPS",
    "MAX_REPS",
    "PROFILES",
    "REST_DAYS_AFTER_HEAVY",
    "RPE_RAMP",
    "RPE_STEP",
    "ZONES",
    "Band",
    "ExperienceProfile",
    "Zone",
    "adjust_load",
    "deload_every",
    "experience_profile",
    "load_change_per_rpe",
    "percent_for_rpe",
    "rpe_for_percent",
    "weekly_set_band",
]

#: At or above this %1RM a set is heavy: the 2-rest-day rule follows (article; the
#: same threshold as :func:`liftlab.recovery.days_until_hard_again`).
HEAVY_PERCENT: float = HEAVY_PERCENT_1RM
#: Full rest days before a muscle is trained again after heavy work (article).
REST_DAYS_AFTER_HEAVY: int = GOALS["strength"].rest_days[0]
#: Isolation exercises may go above the hypertrophy zone's 12 reps, up to this (article).
ISOLATION_MAX_REPS: int = 15
#: Most reps per set of a lift, whatever the zone: deadlifts stay at 8 or fewer (this
#: package's choice: long sets of a heavy hinge tire the lower back and the grip
#: before the target muscles; the course never prescribes deadlifts for 12).
MAX_REPS: Mapping[str, int] = MappingProxyType({"deadlift": 8})
#: A set at RPE 6 or more (4 or fewer reps in reserve) is a hard set (chapter 04).
HARD_SET_MIN_RPE: float = 6.0
#: Target RPEs are given in half points (Zourdos et al. 2016).
RPE_STEP: float = 0.5
#: The hardest target RPE of a zone is reached at the top of its band; at the bottom
#: the target is this many points lower (effort rises through a cycle, as the loads do).
RPE_RAMP: float = 1.0
#: Bar used for each unit (20 kg, 45 lb) and the plates of :mod:`liftlab.plates`.
BARS: Mapping[str, float] = MappingProxyType({"kg": BAR_MEN_KG, "lb": BAR_LB})
PLATE_SETS: Mapping[str, tuple[float, ...]] = MappingProxyType({"kg": PLATES_KG, "lb": PLATES_LB})


# ------------------------------------------------------------------------------- zones


@dataclass(frozen=True)
class Zone:
    """A box of numbers a prescription can be in (see the module docstring)."""

    name: str
    reps: tuple[int, int]
    percent: tuple[float, float]
    rest: tuple[float, float]
    rpe: tuple[float, float]
    below_top: bool = False  # True: %1RM strictly below ``percent[1]``


_S_PCT, _H_PCT = percent_range("strength"), percent_range("hypertrophy")
#: The zones, by name.
ZONES: Mapping[str, Zone] = MappingProxyType(
    {
        "strength": Zone(
            "strength", rep_range("strength"), _S_PCT, rest_range("strength"), (6.0, 10.0)
        ),
        "hypertrophy": Zone(
            "hypertrophy",
            rep_range("hypertrophy"),
            _H_PCT,
            rest_range("hypertrophy"),
            (6.0, 10.0),
        ),
        "technique": Zone(
            "technique", (3, 6), (_H_PCT[0], _S_PCT[0]), rest_range("strength"), (5.0, 7.0), True
        ),
    }
)


# ------------------------------------------------------------------------ the RPE chart

_RPES: tuple[float, ...] = tuple(x / 2.0 for x in range(10, 21))  # 5.0, 5.5, ..., 10.0


def _scalar(name: str, value: Any) -> None:
    """Refuse what is not one real number (arrays, lists, text, None, bools)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}={value!r} is not a number: {name} must be one real number.")


def _reps(name: str, value: Any) -> int:
    _scalar(name, value)
    return int(check_whole(name, value, low=1, high=12))


def _half_point(name: str, value: Any) -> float:
    _scalar(name, value)
    number = float(check_range(name, value, low=_RPES[0], high=_RPES[-1]))
    if number * 2 != round(number * 2):
        raise ValueError(f"{name}={number:g} is not a half point: {name} must be 5, 5.5, ..., 10.")
    return number


_CHART_LOW: float = min(RPE_CHART)  # 6.5


def _cell(reps: int, rpe: float) -> float | None:
    if rpe >= _CHART_LOW:
        return RPE_CHART[rpe][reps - 1]
    shift = math.ceil(_CHART_LOW - rpe)  # 1 for RPE 5.5 and 6, 2 for RPE 5
    if reps + shift > len(RPE_CHART[10.0]):
        return None
    return RPE_CHART[rpe + shift][reps + shift - 1]


#: For 1..12 reps: the (RPE, %1RM) cells of the extended chart, lightest first.
_COLUMNS: tuple[tuple[tuple[float, float], ...], ...] = tuple(
    tuple((x, c) for x in _RPES if (c := _cell(r, x)) is not None) for r in range(1, 13)
)


def percent_for_rpe(reps: int, rpe: float) -> float:
    """%1RM of ``reps`` reps at a target ``rpe``: the RPE chart's cell.

    The chart (Tuchscherer 2008 [@tuchscherer2008]; Helms et al. 2016 [@helms2016])
    covers RPE 6.5–10; below it, down to RPE 5, it is extended with its own rule,
    one RPE point = one rep (``chart(reps, RPE − 1) == chart(reps + 1, RPE)``), as
    far as its 12 reps allow. Ratings that far from failure are the least accurate
    (Zourdos et al. 2016 [@zourdos2016]): use them for light work only.

    Raises
    ------
    ValueError
        Reps not 1–12, RPE not a half point in 5–10, or the cell is off the extended
        chart (e.g. 12 reps at RPE 6).

    Examples
    --------
    >>> percent_for_rpe(5, 8)
    81.1
    >>> percent_for_rpe(5, 6)  # = chart(6 reps, RPE 7)
    76.2
    """
    count = _reps("reps", reps)
    value = _half_point("rpe", rpe)
    cell = _cell(count, value)
    if cell is None:
        raise ValueError(
            f"{count} reps at RPE {value:g} is off the RPE chart: below RPE 6.5 the chart "
            f"is extended one rep per RPE point, up to 12 reps."
        )
    return cell


@lru_cache(maxsize=8192)
def rpe_at(reps: int, percent: float) -> float | None:
    """:func:`rpe_for_percent` without the argument checks (reps 1–12, percent > 0)."""
    column = _COLUMNS[reps - 1]
    if percent > column[-1][1] + 1e-9:
        return math.inf
    if percent < column[0][1] - 1e-9:
        return None
    for (x0, c0), (x1, c1) in itertools.pairwise(column):
        if c0 - 1e-9 <= percent <= c1 + 1e-9:
            return x0 + (x1 - x0) * (percent - c0) / (c1 - c0)
    return column[0][0]


def rpe_for_percent(reps: int, percent: float) -> float | None:
    """The RPE of ``reps`` reps at ``percent`` %1RM on the (extended) chart.

    Interpolated linearly between cells. Returns ``None`` below the chart's lightest
    cell for those reps (an easy set, RPE under 5 or off the chart) and ``inf``
    above its RPE 10 cell (more reps than the chart says are possible).

    Examples
    --------
    >>> rpe_for_percent(5, 81.1)
    8.0
    """
    count = _reps("reps", reps)
    _scalar("percent", percent)
    value = float(check_range("percent", percent, low=0.0, high=100.0, low_open=True))
    return rpe_at(count, value)


def round_rpe(value: float) -> float:
    """To the nearest half point."""
    return math.floor(value * 2.0 + 0.5) / 2.0


def load_change_per_rpe(reps: int, rpe: float = 8.0) -> float:
    """How much the load changes, in % of itself, for one RPE point at ``reps`` reps.

    ``chart(reps, rpe + 0.5) / chart(reps, rpe − 0.5) − 1`` on the RPE chart, i.e. the
    load that turns a set one RPE point harder. About 3 % for 5 reps.

    Examples
    --------
    >>> round(load_change_per_rpe(5), 1)
    3.1
    """
    count = _reps("reps", reps)
    value = _half_point("rpe", rpe)
    if not _RPES[1] <= value <= _RPES[-2]:
        raise ValueError(f"rpe={value:g} is not allowed: rpe must be between 5.5 and 9.5.")
    try:
        low, high = percent_for_rpe(count, value - 0.5), percent_for_rpe(count, value + 0.5)
    except ValueError:
        raise ValueError(
            f"reps={count} at rpe={value:g} is off the RPE chart: use fewer reps or a higher rpe."
        ) from None
    return 100.0 * (high / low - 1)


def adjust_load(load: Any, reps: Any, target_rpe: Any, reached_rpe: Any, unit: str = "kg") -> float:
    """Next session's load from the RPE a set actually reached (autoregulation).

    ``load × chart(reps, target) / chart(reps, reached)``, rounded to the nearest load
    the unit's bar and plates make: the set's e1RM from the RPE reached
    (:func:`liftlab.effort.e1rm_from_rpe`) times the target's %1RM. A set that felt
    harder than the target gets a lighter load, an easier one a heavier load (Helms et
    al. 2016 [@helms2016]; RPE-based loading did as well as %1RM-based loading,
    Helms et al. 2018 [@helms2018]).

    Parameters
    ----------
    load : float
        Load of the set, > 0, in ``unit``, at least the empty bar.
    reps : int
        Reps done, 1–12.
    target_rpe, reached_rpe : float
        Target and reached RPE, half points in 5–10 (below 6.5 by the extended chart,
        :func:`percent_for_rpe`).
    unit : {"kg", "lb"}

    Returns
    -------
    float
        The next load, on real plates (20 kg bar with kg plates, 45 lb bar with lb
        plates).

    Raises
    ------
    ValueError
        For a value outside the ranges above, or a next load lighter than the bar.

    Examples
    --------
    Five reps planned at RPE 8 with 100 kg felt like RPE 9: take 2.5 kg off.

    >>> adjust_load(100, 5, 8, 9)
    97.5
    """
    unit = check_unit(unit)
    _scalar("load", load)
    weight = float(check_positive("load", load, unit=unit))
    count = _reps("reps", reps)
    target_value = _half_point("target_rpe", target_rpe)
    reached_value = _half_point("reached_rpe", reached_rpe)
    try:
        ratio = percent_for_rpe(count, target_value) / percent_for_rpe(count, reached_value)
    except ValueError:
        raise ValueError(
            f"reps={count} at target_rpe={target_value:g} or reached_rpe={reached_value:g} is "
            "off the RPE chart (below RPE 6.5 it reaches only as far as 12 reps)."
        ) from None
    target = weight * ratio
    bar = BARS[unit]
    if target < bar:
        raise ValueError(
            f"the next load, {target:.1f} {unit}, is lighter than the {bar:g} {unit} bar: "
            "use dumbbells or a lighter bar."
        )
    return float(round_to_plates(target, bar, PLATE_SETS[unit], unit=unit))


# ---------------------------------------------------------------- experience profiles


@dataclass(frozen=True)
class Band:
    """Loading of one zone for one training status.

    ``percent``: the %1RM band the plan moves through; ``heavy_top``: its top where
    the two-rest-day rule leaves room for heavy work; ``reps``: reps per set;
    ``rpe``: (lowest, highest) target RPE.
    """

    percent: tuple[float, float]
    heavy_top: float
    reps: tuple[int, int]
    rpe: tuple[float, float]


@dataclass(frozen=True)
class ExperienceProfile:
    """What a plan prescribes for one training status (see the module docstring).

    ``days_per_week`` is the ACSM's (2009) suggested frequency, 2–3, 3–4 and 4–5
    sessions a week; the builder accepts 2–6 for every level and says so when a plan
    falls outside it.
    """

    level: str
    who: str
    bands: Mapping[str, Band]
    strength_sets: tuple[int, int]
    technique_sets: tuple[int, int]
    hypertrophy_sets: tuple[int, int]
    accessory_rpe: Mapping[str, float]
    strength_weekly_sets: int
    weekly_sets: tuple[float, float]
    weekly_target: float
    session_sets: int
    deload_every: int
    progression: str
    source: str
    days_per_week: tuple[int, int] = (2, 6)

    def band(self, zone: str) -> Band:
        """The :class:`Band` of ``zone``."""
        return self.bands[zone]

    @property
    def heaviest(self) -> float:
        """Heaviest %1RM this level is prescribed."""
        return max(b.heavy_top for b in self.bands.values())


_TECHNIQUE = Band((72.5, 77.5), 77.5, (3, 6), (5.0, 7.0))
#: The profiles, by level.
PROFILES: Mapping[str, ExperienceProfile] = MappingProxyType(
    {
        "beginner": ExperienceProfile(
            level="beginner",
            who="no resistance-training experience, or none for several years",
            bands=MappingProxyType(
                {
                    "strength": Band((80.0, 85.0), 85.0, (3, 6), (6.0, 8.0)),
                    "hypertrophy": Band((65.0, 72.5), 72.5, (8, 12), (6.0, 8.0)),
                    "technique": _TECHNIQUE,
                }
            ),
            strength_sets=(3, 3),
            technique_sets=(2, 3),
            hypertrophy_sets=(3, 4),
            accessory_rpe=MappingProxyType({"compound": 7.0, "isolation": 8.0}),
            strength_weekly_sets=6,
            weekly_sets=(6.0, 12.0),
            weekly_target=7.0,
            session_sets=24,
            deload_every=8,
            progression=(
                "Simple progression: the load rises a little every week. Add load at the "
                "next session when every set ended at or below the target RPE; hold it "
                "when a set went past it."
            ),
            source="ACSM 2009: novices train with 8–12 RM loads, 1–3 sets, 2–3 days a week.",
            days_per_week=(2, 3),
        ),
        "intermediate": ExperienceProfile(
            level="intermediate",
            who="about 6 months of consistent training",
            bands=MappingProxyType(
                {
                    "strength": Band((80.0, 87.5), 90.0, (2, 6), (6.0, 8.5)),
                    "hypertrophy": Band((65.0, 77.5), 77.5, (6, 12), (6.0, 8.5)),
                    "technique": _TECHNIQUE,
                }
            ),
            strength_sets=(3, 4),
            technique_sets=(2, 3),
            hypertrophy_sets=(4, 5),
            accessory_rpe=MappingProxyType({"compound": 8.0, "isolation": 9.0}),
            strength_weekly_sets=8,
            weekly_sets=(10.0, 20.0),
            weekly_target=12.0,
            session_sets=38,
            deload_every=6,
            progression=(
                "Periodized: the scheme moves load, reps and sets from week to week; the "
                "RPE you reach corrects the load at the next session."
            ),
            source="ACSM 2009: intermediate to advanced lifters use 1–12 RM loads in a "
            "periodized fashion, with eventual emphasis on 1–6 RM.",
            days_per_week=(3, 4),
        ),
        "advanced": ExperienceProfile(
            level="advanced",
            who="years of consistent training",
            bands=MappingProxyType(
                {
                    "strength": Band((80.0, 87.5), 95.0, (1, 6), (6.0, 9.0)),
                    "hypertrophy": Band((67.5, 80.0), 80.0, (6, 12), (6.0, 9.0)),
                    "technique": _TECHNIQUE,
                }
            ),
            strength_sets=(3, 5),
            technique_sets=(2, 3),
            hypertrophy_sets=(5, 6),
            accessory_rpe=MappingProxyType({"compound": 8.0, "isolation": 9.0}),
            strength_weekly_sets=10,
            weekly_sets=(10.0, 20.0),
            weekly_target=14.0,
            session_sets=38,
            deload_every=5,
            progression=(
                "Periodized up to heavy singles: the scheme moves load, reps and sets; "
                "the RPE you reach corrects the load at the next session."
            ),
            source="ACSM 2009: advanced lifters periodize loads up to 1RM, emphasis on 1–6 RM.",
            days_per_week=(4, 5),
        ),
    }
)


def experience_profile(experience: str) -> ExperienceProfile:
    """The :class:`ExperienceProfile` of ``"beginner"``, ``"intermediate"`` or ``"advanced"``."""
    return PROFILES[check_choice("experience", experience, EXPERIENCE_LEVELS)]


def deload_every(experience: str) -> int:
    """Every how many weeks a plan deloads: beginner 8, intermediate 6, advanced 5.

    See the module docstring (Rogerson et al. 2024 [@rogerson2024]; Coleman et al.
    2024 [@coleman2024]).

    Examples
    --------
    >>> [deload_every(level) for level in ("beginner", "intermediate", "advanced")]
    [8, 6, 5]
    """
    return experience_profile(experience).deload_every


def weekly_set_band(experience: str) -> tuple[float, float]:
    """Weekly hard sets per major muscle a hypertrophy plan keeps to, ``(low, high)``.

    Examples
    --------
    >>> weekly_set_band("advanced")
    (10.0, 20.0)
    """
    return experience_profile(experience).weekly_sets


# --------------------------------------------------------------------- loads on plates


@lru_cache(maxsize=4)
def _grid(unit: str) -> tuple[float, ...]:
    top = 1500.0 if unit == "kg" else 3300.0
    return tuple(float(x) for x in loadable_loads(BARS[unit], PLATE_SETS[unit], top))


def plate_pair(target: float, unit: str) -> tuple[float, float]:
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


def round_plates(target: float, unit: str, mode: str = "nearest") -> float:
    """:func:`plate_pair`'s ``"nearest"`` (or ``"down"``) load."""
    down, nearest = plate_pair(target, unit)
    return down if mode == "down" else nearest


def in_zone(zone: Zone, percent: float) -> bool:
    """Whether ``percent`` is inside ``zone``'s %1RM band."""
    low, high = zone.percent
    if zone.below_top:
        return low - 1e-9 <= percent < high - 1e-9
    return low - 1e-9 <= percent <= high + 1e-9


def max_reps(exercise: str, zone: str, kind: str) -> int:
    """Most reps per set for an exercise in a zone (isolation up to 15; deadlift 8)."""
    top = ISOLATION_MAX_REPS if kind == "isolation" else ZONES[zone].reps[1]
    return min(top, MAX_REPS.get(exercise, top))


def choose_reps(percent: float, low: int, high: int, cap: float) -> tuple[int, float]:
    """Reps and target RPE for a set at ``percent``: the most reps in ``low``–``high``
    that stay at or below RPE ``cap`` on the chart, and their RPE (half points).

    Examples
    --------
    >>> choose_reps(80.0, 3, 6, 8.0)
    (5, 7.5)
    """
    best = low
    for reps in range(low, high + 1):
        value = rpe_at(reps, percent)
        if value is None or value <= cap + 1e-9:
            best = reps
    value = rpe_at(best, percent)
    rpe = _RPES[0] if value is None else round_rpe(value)
    return best, rpe


def rpe_cap(band: Band, zone: str, percent: float, low: float, high: float) -> float:
    """Hardest target RPE at ``percent`` in a band that runs ``low``–``high``: the band's
    top RPE at the top, :data:`RPE_RAMP` lower at the bottom, in half points."""
    top = band.rpe[1]
    if zone == "technique" or high <= low:
        return top
    u = min(1.0, max(0.0, (percent - low) / (high - low)))
    return max(band.rpe[0], round_rpe(top - RPE_RAMP * (1.0 - u)))


def fmt(value: float) -> str:
    """``92.5``, ``80``: a number without trailing zeros."""
    return f"{value:g}"


def weekday_rest_text() -> str:
    """The two-day rule in words."""
    return (
        f"After a set at {fmt(HEAVY_PERCENT)}% 1RM or more, the muscles it trained rest "
        f"{REST_DAYS_AFTER_HEAVY} full days."
    )


def _check_profiles() -> None:
    for profile in PROFILES.values():
        for name, band in profile.bands.items():
            zone = ZONES[name]
            assert zone.reps[0] <= band.reps[0] <= band.reps[1] <= zone.reps[1], name
            assert band.heavy_top >= band.percent[1], name


_check_profiles()
