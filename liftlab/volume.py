"""Training volume: volume-load, hard sets per muscle per week, and the dose–response.

Two ways of counting volume meet in this module:

* **volume-load** (sets × reps × load, e.g. 3 × 10 × 100 kg = 3000 kg), the tonnage
  a logbook adds up; and
* **hard sets per muscle per week**, the unit research uses for the dose–response of
  hypertrophy (Schoenfeld, Ogborn & Krieger 2017; Pelland et al. 2025). The article
  behind the course counts *sets per exercise per session* instead;
  :func:`weekly_sets_per_muscle` and :func:`sets_per_exercise` convert between the two.

A *hard set* is a working set taken close to failure. Warm-up sets and sets stopped
far from failure are not counted, in this module or in the studies it cites.

Fractional counting
-------------------
:data:`EXERCISE_MUSCLES` credits each exercise to the muscles it trains: **1.0** for a
primary mover (a "direct" set for that muscle) and **0.5** for a synergist (an
"indirect" set). Pelland et al. (2025) compared counting indirect sets as 1 ("total"),
0.5 ("fractional") or 0 ("direct only") across 67 studies and found the strongest
evidence for the fractional method, which is the convention used here. Which muscle is
a primary mover and which a synergist in each exercise is this package's reading of
standard functional anatomy, not a measurement: pass ``muscles=`` to
:class:`Exercise` to use your own credits.

References
----------
Schoenfeld BJ, Ogborn D, Krieger JW (2017). Dose-response relationship between weekly
resistance training volume and increases in muscle mass: a systematic review and
meta-analysis. *Journal of Sports Sciences* 35(11):1073–1082.
doi:10.1080/02640414.2016.1210197 [@schoenfeld2017volume]

Ralston GW, Kilgore L, Wyatt FB, Baker JS (2017). The effect of weekly set volume on
strength gain: a meta-analysis. *Sports Medicine* 47(12):2585–2601.
doi:10.1007/s40279-017-0762-7 [@ralston2017]

Pelland JC, Remmert JF, Robinson ZP, Hinson SR, Zourdos MC (2025). The resistance
training dose response: meta-regressions exploring the effects of weekly volume and
frequency on muscle hypertrophy and strength gains. *Sports Medicine*.
doi:10.1007/s40279-025-02344-w (preprint: SportRxiv, 2024) [@pelland2025]

Baz-Valle E, Balsalobre-Fernández C, Alix-Fages C, Santos-Concejero J (2022). A
systematic review of the effects of different resistance training volumes on muscle
hypertrophy. *Journal of Human Kinetics* 81:199–210. doi:10.2478/hukin-2022-0017
[@bazvalle2022]. Its studies were of young (18–35 years), trained (at least a year of
training) men: the 12–20 weekly sets it suggests were drawn from them alone.

Schoenfeld BJ, Contreras B, Krieger J, et al. (2019). Resistance training volume
enhances muscle hypertrophy but not strength in trained men. *Medicine & Science in
Sports & Exercise* 51(1):94–103. doi:10.1249/MSS.0000000000001764 [@schoenfeld2019]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from liftlab.validation import (
    as_number,
    as_output,
    check_broadcast,
    check_choice,
    check_integer,
    check_positive,
    check_range,
    check_unit,
    check_whole,
)

__all__ = [
    "DOSE_NOTE_LEVELS",
    "EXERCISE_ALIASES",
    "EXERCISE_MUSCLES",
    "HIGH_WEEKLY_SETS",
    "MODERATE_WEEKLY_SETS",
    "MUSCLES",
    "PRIMARY",
    "PRODUCTIVE_WEEKLY_SETS",
    "RALSTON_2017_STRENGTH",
    "REFERENCE_WEEKLY_SETS",
    "SCHOENFELD_2017_CATEGORIES",
    "SCHOENFELD_2017_PERCENT_PER_SET",
    "SYNERGIST",
    "DoseCategory",
    "DoseNote",
    "Exercise",
    "dose_category",
    "dose_note",
    "exercise_muscles",
    "hypertrophy_gain",
    "relative_gain",
    "sets_per_exercise",
    "strength_effect_size",
    "volume_load",
    "weekly_hard_sets",
    "weekly_sets_per_muscle",
]

# --------------------------------------------------------------------------- volume-load


def volume_load(sets: Any, reps: Any, load: Any, unit: str) -> float | np.ndarray:
    """Volume-load (tonnage): ``sets × reps × load``.

    Parameters
    ----------
    sets : int or array_like
        Number of sets, whole numbers >= 0.
    reps : int or array_like
        Repetitions per set, whole numbers >= 0.
    load : float or array_like
        External load per repetition, >= 0, in ``unit``.
    unit : {"kg", "lb"}
        Unit of ``load`` and of the result. It is required and never guessed from
        the size of the number; convert with :func:`liftlab.units.convert` first if
        you need to add loads logged in different units.

    Returns
    -------
    float or numpy.ndarray
        Volume-load in ``unit`` (broadcast over array arguments).

    Raises
    ------
    ValueError
        For negative or fractional sets/reps, a negative load, or an unknown unit.
    TypeError
        For values that are not numbers.

    Notes
    -----
    Volume-load ignores effort: 3 × 10 at 40 % 1RM stopped far from failure has more
    tonnage than 3 × 5 at 85 %, yet fewer *hard* sets. Research on hypertrophy counts
    hard sets (see :func:`weekly_hard_sets`), not tonnage.

    Examples
    --------
    >>> volume_load(3, 10, 100, "kg")
    3000.0
    >>> volume_load([3, 4], 8, 135, "lb")
    array([3240., 4320.])
    """
    unit = check_unit(unit)
    n_sets = check_whole("sets", sets, low=0)
    n_reps = check_whole("reps", reps, low=0)
    mass = check_range("load", load, low=0.0, unit=unit)
    check_broadcast(sets=n_sets, reps=n_reps, load=mass)
    return as_output(np.multiply(np.multiply(n_sets, n_reps), mass))


# ------------------------------------------------------------------ exercises and muscles

#: Credit of a set to a primary mover ("direct" set), after Pelland et al. (2025).
PRIMARY: float = 1.0
#: Credit of a set to a synergist ("indirect" set): the "fractional" count of
#: Pelland et al. (2025), which their meta-regressions supported best.
SYNERGIST: float = 0.5

#: Muscle groups used in :data:`EXERCISE_MUSCLES`.
MUSCLES: tuple[str, ...] = (
    "chest",
    "front delts",
    "side delts",
    "rear delts",
    "triceps",
    "biceps",
    "lats",
    "upper back",
    "spinal erectors",
    "glutes",
    "quadriceps",
    "hamstrings",
    "adductors",
    "calves",
)

_P, _S = PRIMARY, SYNERGIST

#: Common exercises → muscles worked, with fractional credit per set (primary mover
#: 1.0, synergist 0.5; Pelland et al. 2025). The roles are this package's reading of
#: standard functional anatomy, not measured values; override them per exercise with
#: ``Exercise(..., muscles={...})``.
EXERCISE_MUSCLES: dict[str, dict[str, float]] = {
    "squat": {"quadriceps": _P, "glutes": _P, "adductors": _S, "spinal erectors": _S},
    "front squat": {"quadriceps": _P, "glutes": _S, "adductors": _S, "upper back": _S},
    "bench press": {"chest": _P, "triceps": _S, "front delts": _S},
    "incline bench press": {"chest": _P, "front delts": _S, "triceps": _S},
    "deadlift": {
        "glutes": _P,
        "spinal erectors": _P,
        "hamstrings": _S,
        "quadriceps": _S,
        "upper back": _S,
    },
    "overhead press": {"front delts": _P, "triceps": _S, "side delts": _S},
    "row": {"lats": _P, "upper back": _P, "rear delts": _S, "biceps": _S},
    "pull-up": {"lats": _P, "biceps": _S, "upper back": _S},
    "chin-up": {"lats": _P, "biceps": _S, "upper back": _S},
    "lat pulldown": {"lats": _P, "biceps": _S, "upper back": _S},
    "lunge": {"quadriceps": _P, "glutes": _P, "adductors": _S},
    "romanian deadlift": {"hamstrings": _P, "glutes": _P, "spinal erectors": _S, "adductors": _S},
    "leg press": {"quadriceps": _P, "glutes": _S, "adductors": _S},
    "hip thrust": {"glutes": _P, "hamstrings": _S},
    "dip": {"chest": _P, "triceps": _P, "front delts": _S},
    "push-up": {"chest": _P, "triceps": _S, "front delts": _S},
    "curl": {"biceps": _P},
    "triceps extension": {"triceps": _P},
    "lateral raise": {"side delts": _P},
    "face pull": {"rear delts": _P, "upper back": _S},
    "calf raise": {"calves": _P},
    "leg curl": {"hamstrings": _P},
    "leg extension": {"quadriceps": _P},
}

#: Other names accepted for the exercises of :data:`EXERCISE_MUSCLES`.
EXERCISE_ALIASES: dict[str, str] = {
    "back squat": "squat",
    "bench": "bench press",
    "incline bench": "incline bench press",
    "ohp": "overhead press",
    "military press": "overhead press",
    "shoulder press": "overhead press",
    "barbell row": "row",
    "bent-over row": "row",
    "dumbbell row": "row",
    "pullup": "pull-up",
    "chinup": "chin-up",
    "pulldown": "lat pulldown",
    "rdl": "romanian deadlift",
    "split squat": "lunge",
    "biceps curl": "curl",
    "bicep curl": "curl",
    "skull crusher": "triceps extension",
    "triceps pushdown": "triceps extension",
    "hamstring curl": "leg curl",
    "knee extension": "leg extension",
    "dips": "dip",
    "pushup": "push-up",
}


def _key(name: str) -> str:
    """Normalise an exercise name: lower case, ``-``/``_`` as spaces, single spaces."""
    return re.sub(r"[\s_\-]+", " ", name.strip().lower())


_INDEX: dict[str, str] = {_key(name): name for name in EXERCISE_MUSCLES}
_INDEX.update({_key(alias): target for alias, target in EXERCISE_ALIASES.items()})


def exercise_muscles(name: str) -> dict[str, float]:
    """Muscles worked by a listed exercise, with their credit per set.

    Parameters
    ----------
    name : str
        An exercise of :data:`EXERCISE_MUSCLES` or an alias of
        :data:`EXERCISE_ALIASES`; case, hyphens and extra spaces are ignored
        (``"Pull Up"`` is ``"pull-up"``).

    Returns
    -------
    dict
        A new ``{muscle: credit}`` dict (1.0 primary mover, 0.5 synergist).

    Raises
    ------
    ValueError
        If the exercise is not listed (give :class:`Exercise` a ``muscles=`` mapping).
    TypeError
        If ``name`` is not a string.
    """
    if not isinstance(name, str):
        raise TypeError(f"name={name!r} is not a string: name must be an exercise name.")
    canonical = _INDEX.get(_key(name))
    if canonical is None:
        known = ", ".join(sorted(EXERCISE_MUSCLES))
        raise ValueError(
            f"name={name!r} is not a listed exercise: give Exercise(..., muscles={{...}}) "
            f"for it, or use one of {known}."
        )
    return dict(EXERCISE_MUSCLES[canonical])


def _check_muscles(muscles: Any) -> tuple[tuple[str, float], ...]:
    """Validate a ``{muscle: credit}`` mapping; return it as sorted ``(muscle, credit)`` pairs."""
    items = muscles.items() if isinstance(muscles, Mapping) else None
    if items is None:
        try:
            items = [tuple(pair) for pair in muscles]
        except TypeError as exc:
            raise TypeError(
                f"muscles={muscles!r} is not a mapping: muscles must map muscle names to credits."
            ) from exc
    pairs: dict[str, float] = {}
    for pair in items:
        if len(pair) != 2:
            raise TypeError(f"muscles entry {pair!r} is not a (muscle, credit) pair.")
        muscle, credit = pair
        if not isinstance(muscle, str) or not muscle.strip():
            raise TypeError(f"muscle name {muscle!r} is not a non-empty string.")
        value = check_range(f"muscles[{muscle!r}]", credit, low=0.0, high=1.0, low_open=True)
        if isinstance(value, np.ndarray):
            raise TypeError(f"muscles[{muscle!r}]={credit!r} is not a single number.")
        pairs[muscle.strip().lower()] = value
    if not pairs:
        raise ValueError("muscles={} is empty: name at least one muscle with a credit in (0, 1].")
    return tuple(sorted(pairs.items()))


@dataclass(frozen=True)
class Exercise:
    """One exercise in a weekly plan.

    Parameters
    ----------
    name : str
        Exercise name; listed names (:data:`EXERCISE_MUSCLES`, :data:`EXERCISE_ALIASES`)
        know their muscles.
    sets : int
        Hard sets per session, >= 1.
    reps : int
        Repetitions per set, >= 1.
    load : float
        External load per repetition, >= 0, in ``unit`` (0 for body-weight work).
    unit : {"kg", "lb"}
        Unit of ``load``; required, never guessed.
    muscles : mapping of str to float, optional
        ``{muscle: credit}`` with credits in (0, 1] (1.0 primary mover, 0.5 synergist).
        Required for an exercise that is not listed; overrides the table otherwise.
        Stored as a sorted tuple of ``(muscle, credit)`` pairs so the object stays
        hashable.
    sessions_per_week : int, default 1
        How many sessions a week this exercise is done.

    Examples
    --------
    >>> Exercise("squat", 3, 8, 100, "kg").volume_load
    2400.0
    >>> Exercise("hack squat", 3, 10, 80, "kg", muscles={"quadriceps": 1.0}).credits()
    {'quadriceps': 1.0}
    """

    name: str
    sets: int
    reps: int
    load: float
    unit: str
    muscles: tuple[tuple[str, float], ...] | None = field(default=None)
    sessions_per_week: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise TypeError(f"name={self.name!r} is not a name: name must be a non-empty string.")
        object.__setattr__(self, "sets", check_integer("sets", self.sets, low=1))
        object.__setattr__(self, "reps", check_integer("reps", self.reps, low=1))
        load = check_range("load", self.load, low=0.0)
        if isinstance(load, np.ndarray):
            raise TypeError(f"load={self.load!r} is not a single number: give one load.")
        object.__setattr__(self, "load", load)
        object.__setattr__(self, "unit", check_unit(self.unit))
        sessions = check_integer("sessions_per_week", self.sessions_per_week, low=1, high=14)
        object.__setattr__(self, "sessions_per_week", sessions)
        if self.muscles is not None:
            object.__setattr__(self, "muscles", _check_muscles(self.muscles))

    def credits(self) -> dict[str, float]:
        """``{muscle: credit per set}``: the explicit ``muscles`` or the table entry.

        Raises
        ------
        ValueError
            If the exercise is not listed and no ``muscles`` were given.
        """
        if self.muscles is not None:
            return dict(self.muscles)
        return exercise_muscles(self.name)

    @property
    def weekly_sets(self) -> int:
        """Hard sets of this exercise per week: ``sets × sessions_per_week``."""
        return self.sets * self.sessions_per_week

    @property
    def volume_load(self) -> float:
        """Volume-load of one session, ``sets × reps × load``, in :attr:`unit`."""
        return float(volume_load(self.sets, self.reps, self.load, self.unit))


def weekly_hard_sets(exercises: Iterable[Exercise]) -> dict[str, float]:
    """Hard sets per muscle per week, counted fractionally.

    Each exercise adds ``sets × sessions_per_week × credit`` to every muscle it works
    (credit 1.0 primary mover, 0.5 synergist; Pelland et al. 2025).

    Parameters
    ----------
    exercises : iterable of Exercise
        Everything done in one week. An empty iterable gives an empty dict.

    Returns
    -------
    dict
        ``{muscle: weekly hard sets}``, largest first (ties in name order).

    Raises
    ------
    ValueError
        If an exercise is not listed in :data:`EXERCISE_MUSCLES` and has no
        ``muscles`` mapping.
    TypeError
        If ``exercises`` is not an iterable of :class:`Exercise` (a single string or
        a single Exercise is refused).

    Examples
    --------
    >>> weekly_hard_sets([Exercise("bench press", 3, 8, 80, "kg", sessions_per_week=2)])
    {'chest': 6.0, 'front delts': 3.0, 'triceps': 3.0}
    """
    if isinstance(exercises, (str, bytes, Exercise)) or not isinstance(exercises, Iterable):
        raise TypeError(
            f"exercises={exercises!r} is not a list of Exercise: pass a list (or other iterable)."
        )
    totals: dict[str, float] = {}
    for index, exercise in enumerate(exercises):
        if not isinstance(exercise, Exercise):
            raise TypeError(
                f"exercises[{index}]={exercise!r} is not an Exercise: build each item with "
                "liftlab.volume.Exercise(name, sets, reps, load, unit)."
            )
        for muscle, credit in exercise.credits().items():
            totals[muscle] = totals.get(muscle, 0.0) + exercise.weekly_sets * credit
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


# ------------------------------------------------------------- per exercise ↔ per muscle


def weekly_sets_per_muscle(
    sets_per_exercise: Any, exercises_per_muscle: Any, sessions_per_week: Any
) -> float | np.ndarray:
    """Convert the article's *sets per exercise* into research's *sets per muscle per week*.

    ``weekly sets = sets_per_exercise × exercises_per_muscle × sessions_per_week``,
    counting only exercises where the muscle is a primary mover (use
    :func:`weekly_hard_sets` for fractional credit of synergists).

    Parameters
    ----------
    sets_per_exercise : float or array_like
        Hard sets per exercise per session, >= 0 (the article: 3–4 for a beginner,
        5–6 for an advanced lifter).
    exercises_per_muscle : float or array_like
        Exercises per session that train the muscle directly, >= 0.
    sessions_per_week : float or array_like
        Sessions per week that train the muscle, 0–14.

    Returns
    -------
    float or numpy.ndarray
        Hard sets per muscle per week.

    Examples
    --------
    The article's beginner (3 sets), two exercises for the muscle, trained twice a
    week:

    >>> weekly_sets_per_muscle(3, 2, 2)
    12.0
    """
    per_exercise = check_range("sets_per_exercise", sets_per_exercise, low=0.0)
    exercises = check_range("exercises_per_muscle", exercises_per_muscle, low=0.0)
    sessions = check_range("sessions_per_week", sessions_per_week, low=0.0, high=14.0)
    check_broadcast(
        sets_per_exercise=per_exercise, exercises_per_muscle=exercises, sessions_per_week=sessions
    )
    return as_output(np.multiply(np.multiply(per_exercise, exercises), sessions))


def sets_per_exercise(
    weekly_sets: Any, exercises_per_muscle: Any, sessions_per_week: Any
) -> float | np.ndarray:
    """Invert :func:`weekly_sets_per_muscle`: sets per exercise per session for a weekly target.

    Parameters
    ----------
    weekly_sets : float or array_like
        Target hard sets per muscle per week, >= 0.
    exercises_per_muscle : float or array_like
        Exercises per session for the muscle, > 0.
    sessions_per_week : float or array_like
        Sessions per week for the muscle, > 0 and <= 14.

    Returns
    -------
    float or numpy.ndarray
        Sets per exercise per session (not rounded; round up to whole sets yourself).

    Examples
    --------
    >>> sets_per_exercise(12, 2, 2)
    3.0
    """
    weekly = check_range("weekly_sets", weekly_sets, low=0.0)
    exercises = check_positive("exercises_per_muscle", exercises_per_muscle)
    sessions = check_range(
        "sessions_per_week", sessions_per_week, low=0.0, high=14.0, low_open=True
    )
    check_broadcast(weekly_sets=weekly, exercises_per_muscle=exercises, sessions_per_week=sessions)
    return as_output(np.divide(weekly, np.multiply(exercises, sessions)))


# --------------------------------------------------------------------- dose–response data


@dataclass(frozen=True)
class DoseCategory:
    """A weekly-sets category of a meta-analysis, with its pooled result.

    Attributes
    ----------
    label : str
        ``"<5"``, ``"5-9"`` or ``"10+"`` (weekly sets).
    low, high : float
        The category is ``low <= sets < high`` (``high`` is ``inf`` for ``"10+"``).
    effect_size : float
        Pooled pre–post effect size.
    percent_gain : float or None
        Pooled gain in muscle size, % (``None`` when not reported).
    representative_sets : float
        The weekly sets at which :func:`hypertrophy_gain` places this category when
        fitting its curve: the midpoint for the closed categories (2.5 and 7) and,
        for the open ``"10+"`` category, **15, an assumption of this package**.
    """

    label: str
    low: float
    high: float
    effect_size: float
    percent_gain: float | None
    representative_sets: float


#: Schoenfeld, Ogborn & Krieger (2017), weekly sets *per muscle* as a three-level
#: category. The abstract (checked) reports the categories (<5, 5–9, 10+) and only a
#: trend between them (P = 0.074). The per-category values (ES 0.31, 0.42, 0.52;
#: gains 5.4 %, 6.6 %, 9.8 %) are those reported in the paper's results as commonly
#: quoted; they could not be checked against the full text here.
SCHOENFELD_2017_CATEGORIES: tuple[DoseCategory, ...] = (
    DoseCategory("<5", 0.0, 5.0, 0.31, 5.4, 2.5),
    DoseCategory("5-9", 5.0, 10.0, 0.42, 6.6, 7.0),
    DoseCategory("10+", 10.0, math.inf, 0.52, 9.8, 15.0),
)

#: Schoenfeld, Ogborn & Krieger (2017), weekly sets as a continuous variable (abstract,
#: checked): each additional weekly set added 0.023 to the effect size, i.e. 0.37
#: percentage points of muscle growth, over the studies' durations.
SCHOENFELD_2017_PERCENT_PER_SET: float = 0.37

#: Ralston et al. (2017), weekly sets *per exercise* and strength (abstract, checked):
#: pooled pre–post ES 0.82 (95 % CI 0.47–1.17) for low weekly sets and 1.01
#: (0.70–1.32) for high weekly sets, multi-joint and isolation exercises combined;
#: high minus low 0.18 (0.06–0.30). Categories as in the paper: low < 5, medium 5–9,
#: high 10+ sets per exercise per week. No pooled medium value is used here.
RALSTON_2017_STRENGTH: tuple[DoseCategory, ...] = (
    DoseCategory("<5", 0.0, 5.0, 0.82, None, 2.5),
    DoseCategory("10+", 10.0, math.inf, 1.01, None, 15.0),
)

#: Weekly sets at which :func:`relative_gain` equals 1 (the lower edge of the "10+"
#: category of Schoenfeld et al. 2017).
REFERENCE_WEEKLY_SETS: float = 10.0

#: Lower bound of the "moderate dose" band of :func:`dose_note` (weekly hard sets per
#: muscle): the "10+" category grew most in Schoenfeld et al. (2017)
#: [@schoenfeld2017volume]. Below it is a *lower* dose, not an ineffective one: the
#: "<5" category still grew (5.4 % in :data:`SCHOENFELD_2017_CATEGORIES`).
MODERATE_WEEKLY_SETS: float = 10.0
#: The older name of :data:`MODERATE_WEEKLY_SETS` (kept so that existing imports work).
PRODUCTIVE_WEEKLY_SETS: float = MODERATE_WEEKLY_SETS
#: Upper bound of the "moderate dose" band: Baz-Valle et al. (2022) found 12–20 weekly
#: sets a sound standard and no further gain above 20 for the quadriceps and biceps
#: (though more for the triceps) [@bazvalle2022], in young trained men only.
HIGH_WEEKLY_SETS: float = 20.0


def _power_law(points: Iterable[DoseCategory], attribute: str) -> tuple[float, float]:
    """Fit ``y = a * s**b`` through the category points by least squares in log space."""
    rows = [(c.representative_sets, getattr(c, attribute)) for c in points]
    x = np.log([s for s, _ in rows])
    y = np.log([v for _, v in rows])
    slope = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    intercept = y.mean() - slope * x.mean()
    return float(np.exp(intercept)), float(slope)


#: ``(a, b)`` of the hypertrophy curve ``gain % = a * sets**b``, fitted at import
#: to :data:`SCHOENFELD_2017_CATEGORIES` (see :func:`hypertrophy_gain`).
_HYPERTROPHY_FIT: tuple[float, float] = _power_law(SCHOENFELD_2017_CATEGORIES, "percent_gain")
#: ``(a, b)`` of the strength curve ``ES = a * sets**b`` through the two points of
#: :data:`RALSTON_2017_STRENGTH` (see :func:`strength_effect_size`).
_STRENGTH_FIT: tuple[float, float] = _power_law(RALSTON_2017_STRENGTH, "effect_size")


def hypertrophy_gain(weekly_sets: Any) -> float | np.ndarray:
    """Modelled growth in muscle size (%) against hard sets per muscle per week.

    This is a **model, not data**: a power curve ``gain = a * sets**b`` fitted by least
    squares (in log space) to the three category means of Schoenfeld, Ogborn & Krieger
    (2017) (5.4 %, 6.6 %, 9.8 % at 2.5, 7 and 15 weekly sets, see
    :data:`SCHOENFELD_2017_CATEGORIES`; 15 for the open "10+" category is an
    assumption). The fit gives ``b`` ≈ 0.32: zero growth without training, more
    growth with every added set (never less), and smaller returns per set as volume
    rises, the shape Pelland et al. (2025) describe for hypertrophy (still rising at
    high volumes, with diminishing returns) [@schoenfeld2017volume; @pelland2025].
    Near 10 sets the slope is ≈ 0.26 % per set, in the range of the linear 0.37 % per
    set of Schoenfeld et al. (2017).

    Parameters
    ----------
    weekly_sets : float or array_like
        Hard sets per muscle per week, >= 0.

    Returns
    -------
    float or numpy.ndarray
        Modelled gain in muscle size, % over a study-length block (the pooled studies
        lasted weeks to a few months). Use it to compare doses, not to forecast one
        person's growth.

    Examples
    --------
    >>> round(hypertrophy_gain(10), 1)
    8.1
    """
    sets = check_range("weekly_sets", weekly_sets, low=0.0)
    a, b = _HYPERTROPHY_FIT
    return as_output(a * np.power(sets, b))


def strength_effect_size(weekly_sets: Any) -> float | np.ndarray:
    """Modelled strength gain (pre–post effect size) against hard sets per exercise per week.

    A **model, not data**: the power curve ``ES = a * sets**b`` through the two pooled
    values of Ralston et al. (2017) (ES 0.82 for < 5 and 1.01 for 10+ weekly sets per
    exercise, placed at 2.5 and 15 sets; :data:`RALSTON_2017_STRENGTH`). The fitted
    ``b`` ≈ 0.12 is much flatter than for hypertrophy: volume matters less for
    strength, where load and practice of the lift dominate (Ralston et al. 2017;
    Schoenfeld et al. 2019; Pelland et al. 2025) [@ralston2017; @schoenfeld2019;
    @pelland2025].

    Parameters
    ----------
    weekly_sets : float or array_like
        Hard sets per exercise per week, >= 0 (Ralston et al. count per exercise,
        not per muscle).

    Returns
    -------
    float or numpy.ndarray
        Modelled pre–post effect size.
    """
    sets = check_range("weekly_sets", weekly_sets, low=0.0)
    a, b = _STRENGTH_FIT
    return as_output(a * np.power(sets, b))


_CURVES = {"hypertrophy": hypertrophy_gain, "strength": strength_effect_size}


def relative_gain(weekly_sets: Any, outcome: str = "hypertrophy") -> float | np.ndarray:
    """Modelled gain relative to the gain at 10 weekly sets (1.0 at 10 sets).

    Parameters
    ----------
    weekly_sets : float or array_like
        Hard sets per week (per muscle for ``"hypertrophy"``, per exercise for
        ``"strength"``), >= 0.
    outcome : {"hypertrophy", "strength"}
        Which curve: :func:`hypertrophy_gain` or :func:`strength_effect_size`.

    Returns
    -------
    float or numpy.ndarray
        ``curve(weekly_sets) / curve(10)``: 0 at 0 sets, 1 at
        :data:`REFERENCE_WEEKLY_SETS`, never decreasing.

    Examples
    --------
    Doubling from 10 to 20 sets buys about a quarter more growth in this model:

    >>> round(relative_gain(20), 2)
    1.25
    """
    curve = _CURVES[check_choice("outcome", outcome, tuple(_CURVES))]
    return as_output(np.divide(curve(weekly_sets), curve(REFERENCE_WEEKLY_SETS)))


def _one_number(name: str, value: Any, **bounds: Any) -> float:
    """Check ``value`` like :func:`check_range` and insist on a single number."""
    if not isinstance(value, (int, float, np.integer, np.floating)) or isinstance(value, bool):
        as_number(name, value)  # raises TypeError for non-numbers
        raise TypeError(f"{name}={value!r} is not a single number: give one value.")
    return float(check_range(name, value, **bounds))


def dose_category(weekly_sets: Any) -> DoseCategory:
    """Which weekly-sets category of Schoenfeld, Ogborn & Krieger (2017) a dose falls in.

    Parameters
    ----------
    weekly_sets : float
        Hard sets per muscle per week, >= 0.

    Returns
    -------
    DoseCategory
        ``"<5"`` (below 5), ``"5-9"`` (5 to below 10) or ``"10+"``, with its pooled
        effect size and % gain.

    Examples
    --------
    >>> dose_category(12).label
    '10+'
    """
    sets = _one_number("weekly_sets", weekly_sets, low=0.0)
    for category in SCHOENFELD_2017_CATEGORIES:
        if category.low <= sets < category.high:
            return category
    raise AssertionError("unreachable: the categories cover [0, inf)")  # pragma: no cover


#: Levels of :func:`dose_note`, lowest dose first. Words that describe the dose, not
#: judge it: every level grows muscle in the studies (Schoenfeld et al. 2017).
DOSE_NOTE_LEVELS: tuple[str, ...] = ("lower dose", "moderate dose", "high dose")


@dataclass(frozen=True)
class DoseNote:
    """A weekly volume read against the research (see :func:`dose_note`)."""

    level: str
    message: str


def dose_note(weekly_sets: Any) -> DoseNote:
    """Read hard sets per muscle per week as a lower, moderate or high dose.

    * **lower dose**, below 10: muscles still grow, by 5.4 % with fewer than 5 weekly
      sets in the pooled studies of Schoenfeld et al. (2017) [@schoenfeld2017volume]
      (the authors: substantial growth with low volumes), but the groups with 10 or
      more grew more; the message says how much growth :func:`relative_gain` models
      for the dose, relative to 10 sets;
    * **moderate dose**, 10 to 20 inclusive: the "10+" category grew most in Schoenfeld
      et al. (2017), and Baz-Valle et al. (2022) suggest 12–20 as a standard for young
      trained men [@bazvalle2022];
    * **high dose**, above 20: growth may still rise but returns per set keep
      shrinking (Pelland et al. 2025) [@pelland2025], Baz-Valle et al. (2022) found no
      extra growth above 20 for the quadriceps and biceps, and fatigue and recovery
      cost grow; some trained men still grew more with such volumes (Schoenfeld et
      al. 2019) [@schoenfeld2019].

    Parameters
    ----------
    weekly_sets : float
        Hard sets per muscle per week, >= 0.

    Returns
    -------
    DoseNote
        ``level`` (one of :data:`DOSE_NOTE_LEVELS`) and a one-sentence ``message``.

    Examples
    --------
    >>> dose_note(12).level
    'moderate dose'
    >>> dose_note(6).level
    'lower dose'
    """
    sets = _one_number("weekly_sets", weekly_sets, low=0.0)
    shown = f"{sets:g} hard sets per week"
    if sets < MODERATE_WEEKLY_SETS:
        modelled = float(relative_gain(sets))
        return DoseNote(
            "lower dose",
            f"{shown}: a lower dose. Muscles still grow, modelled at {modelled:.2f} × the "
            f"growth of {REFERENCE_WEEKLY_SETS:g} sets; the studies found the most growth with "
            f"{MODERATE_WEEKLY_SETS:g} or more (Schoenfeld, Ogborn & Krieger 2017).",
        )
    if sets <= HIGH_WEEKLY_SETS:
        return DoseNote(
            "moderate dose",
            f"{shown}: a moderate dose, in the {MODERATE_WEEKLY_SETS:g}–{HIGH_WEEKLY_SETS:g} "
            "range most reviews suggest (Schoenfeld et al. 2017; Baz-Valle et al. 2022, in "
            "young trained men).",
        )
    return DoseNote(
        "high dose",
        f"{shown}: a high dose. Each extra set above {HIGH_WEEKLY_SETS:g} adds less growth "
        "(Pelland et al. 2025) and more fatigue; keep it only if you recover between "
        "sessions.",
    )
