"""The article's two prescriptions, strength and hypertrophy, as data.

Each goal is a frozen :class:`Prescription` in :data:`GOALS`, with the numbers of
Saks (n.d.) and notes where the article is loose or where research refines it.
Functions read the data: :func:`load_range` turns a 1RM into the load band of a
goal (the article's example: a 300 lb squat → 195–240 lb for hypertrophy).

Decisions
---------
- **Strength %1RM: 80–100 %.** The article says "+80 %"; 100 % (a true single,
  the 1RM itself) is the natural ceiling, since heavier than the 1RM cannot be
  lifted by definition.
- **Hypertrophy %1RM: 65–80 %.** The article gives 65–80 % twice, including in its
  worked example (300 lb → 195–240 lb), and once "65 % to 80-85 %"; the wider band
  is kept as :attr:`Prescription.percent_1rm_wide` (``percent_range(goal,
  wide=True)``).
- **Sets per exercise, hypertrophy:** beginner 3–4 and advanced 5–6 are the
  article's; intermediate 4–5 is *interpolated* (not in the article).
- **Sets per exercise, strength:** the article gives none ("do as little as
  possible at higher intensities"); we use the NSCA's 2–6 sets for strength
  (Baechle & Earle 2008) at every experience level.
- **Days between sessions for a muscle:** strength, at least 2 rest days after work
  above 90 % 1RM (no upper bound given: ``None``); hypertrophy, lighter work every
  day or every other day (0–1 rest days).
- **Boundaries overlap.** 6 reps and 80 % belong to both goals, as in the article
  (strength 1–6 reps at >= 80 %, hypertrophy 6–12 at 65–80 %); :func:`goals_for`
  returns every goal that matches.

References
----------
- Saks A. Hypertrophy vs Strength training: Main Differences. aleksandersaks.com
  (n.d.); the course's source article. [@saksnd]
- Baechle TR, Earle RW, eds. *Essentials of Strength Training and Conditioning*,
  3rd ed. Champaign, IL: Human Kinetics (NSCA); 2008 (load, reps, sets and rest
  by training goal). [@baechle2008]
- Schoenfeld BJ, Grgic J, Ogborn D, Krieger JW. Strength and hypertrophy
  adaptations between low- vs. high-load resistance training: a systematic review
  and meta-analysis. *J Strength Cond Res* 2017;31(12):3508–3523.
  [@schoenfeld2017load]
- Schoenfeld BJ, Pope ZK, Benik FM, et al. Longer interset rest periods enhance
  muscle strength and hypertrophy in resistance-trained men.
  *J Strength Cond Res* 2016;30(7):1805–1812. [@schoenfeld2016]
- Schoenfeld BJ, Ogborn D, Krieger JW. Dose-response relationship between weekly
  resistance training volume and increases in muscle mass: a systematic review and
  meta-analysis. *J Sports Sci* 2017;35(11):1073–1082. [@schoenfeld2017volume]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from liftlab.plates import round_to_plates
from liftlab.validation import as_output, check_choice, check_positive, check_range, check_whole

__all__ = [
    "ARTICLE",
    "EXPERIENCE_LEVELS",
    "GOALS",
    "Prescription",
    "days_between_sessions",
    "goals_for",
    "load_range",
    "loadable_band",
    "percent_range",
    "rep_range",
    "rest_range",
    "sets_range",
]

#: The course's source article.
ARTICLE = "Saks A. Hypertrophy vs Strength training: Main Differences. aleksandersaks.com (n.d.)."

#: Training experience levels accepted by :func:`sets_range`.
EXPERIENCE_LEVELS: tuple[str, ...] = ("beginner", "intermediate", "advanced")


@dataclass(frozen=True)
class Prescription:
    """A training goal's prescription (all ranges inclusive ``(low, high)``).

    Attributes
    ----------
    name, label : str
        Key in :data:`GOALS` and display name.
    reps : tuple of int
        Reps per set.
    percent_1rm : tuple of float
        Load as %1RM (the article's band).
    percent_1rm_wide : tuple of float
        The widest band the article mentions (hypertrophy: 65–85 %).
    rest_minutes : tuple of float
        Rest between sets, minutes.
    min_sets : int or None
        Minimum sets per exercise the article asks for (``None``: not given).
    sets_by_experience : tuple of (str, (int, int))
        Sets per exercise per session for each of :data:`EXPERIENCE_LEVELS`.
    rest_days : tuple of (int, int or None)
        Full days before training the same muscle again (``None``: no upper bound).
    rest_days_after_percent : float or None
        The %1RM above which :attr:`rest_days` applies (strength: 90), ``None``
        if it applies to the goal's usual work.
    source : str
        Where the numbers come from.
    notes : tuple of str
        Where the article is loose, and what research says.
    """

    name: str
    label: str
    reps: tuple[int, int]
    percent_1rm: tuple[float, float]
    percent_1rm_wide: tuple[float, float]
    rest_minutes: tuple[float, float]
    min_sets: int | None
    sets_by_experience: tuple[tuple[str, tuple[int, int]], ...]
    rest_days: tuple[int, int | None]
    rest_days_after_percent: float | None
    source: str
    notes: tuple[str, ...]


GOALS: Mapping[str, Prescription] = MappingProxyType(
    {
        "strength": Prescription(
            name="strength",
            label="Strength",
            reps=(1, 6),
            percent_1rm=(80.0, 100.0),
            percent_1rm_wide=(80.0, 100.0),
            rest_minutes=(2.0, 5.0),
            min_sets=None,
            sets_by_experience=(
                ("beginner", (2, 6)),
                ("intermediate", (2, 6)),
                ("advanced", (2, 6)),
            ),
            rest_days=(2, None),
            rest_days_after_percent=90.0,
            source=ARTICLE + " Sets: Baechle & Earle 2008 (NSCA), 2–6 sets for strength.",
            notes=(
                "The article says '+80%' of 1RM; 100% (a single at the 1RM) is the ceiling.",
                "The NSCA (Baechle & Earle 2008) puts strength at >= 85% 1RM for <= 6 reps; "
                "by its %1RM table 80% is about an 8-rep max, so 1–6 reps at 80% stop short "
                "of failure.",
                "The article gives no set count; 2–6 sets per exercise is the NSCA's.",
                "At least 2 days before training the same muscle again applies after work "
                "above 90% 1RM.",
                "Heavy loads matter most for 1RM strength (Schoenfeld et al. 2017, J Strength "
                "Cond Res 31(12)); 3-min rests beat 1-min rests for strength (Schoenfeld et "
                "al. 2016, J Strength Cond Res 30(7)).",
            ),
        ),
        "hypertrophy": Prescription(
            name="hypertrophy",
            label="Hypertrophy",
            reps=(6, 12),
            percent_1rm=(65.0, 80.0),
            percent_1rm_wide=(65.0, 85.0),
            rest_minutes=(1.0, 3.0),
            min_sets=3,
            sets_by_experience=(
                ("beginner", (3, 4)),
                ("intermediate", (4, 5)),
                ("advanced", (5, 6)),
            ),
            rest_days=(0, 1),
            rest_days_after_percent=None,
            source=ARTICLE + " Intermediate sets (4–5) interpolated between the article's "
            "beginner (3–4) and advanced (5–6).",
            notes=(
                "The article gives 65–80% 1RM (and its 300 lb → 195–240 lb example), but "
                "also once '65% to 80-85%': see percent_1rm_wide.",
                "More reps are fine on isolation exercises such as calf raises (article).",
                "More than 5–6 sets per exercise has diminishing returns, unless the muscle "
                "is trained once a week (article). Research counts hard sets per muscle per "
                "week: more sets, more growth, with diminishing returns (Schoenfeld, Ogborn & "
                "Krieger 2017, J Sports Sci 35(11)).",
                "Muscle grows across a wide range of loads (down to ~30% 1RM) when sets are "
                "taken close to failure (Schoenfeld et al. 2017, J Strength Cond Res "
                "31(12)): effort matters as much as %1RM.",
                "Rest: 3 min gave more growth than 1 min (Schoenfeld et al. 2016, J Strength "
                "Cond Res 30(7)); the article's 1–3 min is closer to that than the older "
                "30–90 s advice (Baechle & Earle 2008).",
                "Lighter work (e.g. 6 reps under 70% 1RM, not to failure) can be done every "
                "day or every other day (article).",
            ),
        ),
    }
)


def _goal(goal: str) -> Prescription:
    return GOALS[check_choice("goal", goal, GOALS)]


def percent_range(goal: str, *, wide: bool = False) -> tuple[float, float]:
    """%1RM band ``(low, high)`` of ``goal`` ("strength": 80–100, "hypertrophy": 65–80).

    ``wide=True`` gives the widest band the article mentions (hypertrophy 65–85).
    """
    if not isinstance(wide, (bool, np.bool_)):
        raise TypeError(f"wide={wide!r} is not allowed: wide must be a bool.")
    info = _goal(goal)
    return info.percent_1rm_wide if wide else info.percent_1rm


def rep_range(goal: str) -> tuple[int, int]:
    """Reps per set ``(low, high)``: strength 1–6, hypertrophy 6–12 (Saks)."""
    return _goal(goal).reps


def rest_range(goal: str) -> tuple[float, float]:
    """Rest between sets in minutes ``(low, high)``: strength 2–5, hypertrophy 1–3 (Saks)."""
    return _goal(goal).rest_minutes


def sets_range(goal: str, experience: str = "beginner") -> tuple[int, int]:
    """Sets per exercise per session ``(low, high)`` for a goal and experience level.

    Hypertrophy: beginner 3–4 and advanced 5–6 (Saks), intermediate 4–5
    (interpolated). Strength: 2–6 at every level (Baechle & Earle 2008; the article
    gives no number).

    Parameters
    ----------
    goal : {"strength", "hypertrophy"}
    experience : {"beginner", "intermediate", "advanced"}
    """
    info = _goal(goal)
    level = check_choice("experience", experience, EXPERIENCE_LEVELS)
    return dict(info.sets_by_experience)[level]


def days_between_sessions(goal: str) -> tuple[int, int | None]:
    """Full rest days before training the same muscle again, ``(low, high)``.

    Strength: ``(2, None)``, at least 2 days after work above 90 % 1RM, no upper
    bound given. Hypertrophy: ``(0, 1)``, lighter work every day or every other day
    (Saks).
    """
    return _goal(goal).rest_days


def load_range(one_rm: Any, goal: str, *, wide: bool = False) -> tuple[Any, Any]:
    """Load band ``(low, high)`` for ``goal``, in the unit of ``one_rm``.

    Parameters
    ----------
    one_rm : float or array_like
        One-repetition maximum, > 0, any unit.
    goal : {"strength", "hypertrophy"}
    wide : bool, keyword-only
        Use :attr:`Prescription.percent_1rm_wide` (hypertrophy up to 85 %).

    Returns
    -------
    (float, float) or (numpy.ndarray, numpy.ndarray)
        ``one_rm × percent / 100`` at both ends of :func:`percent_range`, unrounded
        (see :func:`liftlab.plates.round_to_plates` for loadable values).

    Examples
    --------
    The article's example, a 300 lb squat:

    >>> load_range(300, "hypertrophy")
    (195.0, 240.0)
    >>> load_range(300, "strength")
    (240.0, 300.0)
    """
    maxes = check_positive("one_rm", one_rm)
    low, high = percent_range(goal, wide=wide)
    # 100 % must give the 1RM itself, not one rounding error above it.
    return (
        as_output(np.multiply(maxes, low) / 100.0),
        as_output(maxes if high == 100.0 else np.multiply(maxes, high) / 100.0),
    )


def loadable_band(
    one_rm: Any,
    goal: str,
    bar: Any,
    plates: Any,
    *,
    unit: str | None = None,
    wide: bool = False,
) -> tuple[float, float] | None:
    """The lightest and heaviest loads the bar and plates make *inside* a goal's band.

    The band's ends (:func:`load_range`) are rounded **inward**: the low end up and the
    high end down to a load the bar and plates make (:func:`liftlab.plates.round_to_plates`),
    so both loads stay within the goal's %1RM band. Rounding the low end to the nearest
    load instead could leave it below the band: for a 140 kg 1RM the hypertrophy band
    starts at 91 kg (65 %), and the nearest loadable 90 kg is only 64.3 %.

    Parameters
    ----------
    one_rm : float
        One-repetition maximum, > 0, in the unit of ``bar`` and ``plates``.
    goal : {"strength", "hypertrophy"}
    bar : float
        Bar weight, >= 0.
    plates : None, sequence or mapping
        As in :func:`liftlab.plates.plates_per_side`.
    unit : {"kg", "lb"}, optional, keyword-only
        Only labels messages.
    wide : bool, keyword-only
        Use the article's wider band (:func:`percent_range`).

    Returns
    -------
    (float, float) or None
        ``(low, high)``, with ``low`` the bar itself when the band starts below the bar;
        ``None`` when no load the bar and plates make lies inside the band (the whole
        band is lighter than the bar, or it falls between two loadable loads).

    Examples
    --------
    >>> load_range(140, "hypertrophy")
    (91.0, 112.0)
    >>> loadable_band(140, "hypertrophy", 20, (25, 20, 15, 10, 5, 2.5, 1.25))
    (92.5, 110.0)
    >>> loadable_band(15, "hypertrophy", 20, None) is None  # all of it below a 20 kg bar
    True
    """
    maximum = check_positive("one_rm", one_rm)
    if not isinstance(maximum, float):
        raise TypeError(f"one_rm={one_rm!r} is not one number: give a single 1RM.")
    low, high = load_range(maximum, goal, wide=wide)
    bar_weight = check_range("bar", bar, low=0.0)
    if not isinstance(bar_weight, float):
        raise TypeError(f"bar={bar!r} is not one number: bar must be a single weight.")
    if high < bar_weight:
        return None
    heaviest = float(round_to_plates(high, bar_weight, plates, "down", unit=unit))
    try:
        lightest = float(round_to_plates(max(low, bar_weight), bar_weight, plates, "up", unit=unit))
    except ValueError:  # a limited inventory makes nothing that heavy
        return None
    if lightest > heaviest + 1e-9:
        return None
    return lightest, heaviest


def goals_for(*, reps: Any = None, percent: Any = None) -> tuple[str, ...]:
    """Which goals a set fits: every goal whose rep range and %1RM band contain it.

    Parameters
    ----------
    reps : int, optional
        Reps per set (whole, >= 1).
    percent : float, optional
        Load as %1RM (0–100]. At least one of ``reps``/``percent`` is required.

    Returns
    -------
    tuple of str
        Goal names in :data:`GOALS` order; empty if none fits (e.g. 15 reps), both
        at the shared boundary (6 reps, 80 %).

    Examples
    --------
    >>> goals_for(reps=3, percent=90)
    ('strength',)
    >>> goals_for(reps=6, percent=80)
    ('strength', 'hypertrophy')
    """
    if reps is None and percent is None:
        raise TypeError("goals_for needs reps=..., percent=... or both.")
    count = None if reps is None else check_whole("reps", reps, low=1)
    value = (
        None
        if percent is None
        else check_range("percent", percent, low=0.0, low_open=True, high=100.0)
    )
    if isinstance(count, np.ndarray) or isinstance(value, np.ndarray):
        raise TypeError("goals_for classifies one set: give reps and percent as single numbers.")
    matches = []
    for name, info in GOALS.items():
        if count is not None and not info.reps[0] <= count <= info.reps[1]:
            continue
        if value is not None and not info.percent_1rm[0] <= value <= info.percent_1rm[1]:
            continue
        matches.append(name)
    return tuple(matches)
