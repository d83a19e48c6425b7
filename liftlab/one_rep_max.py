"""Estimated one-repetition maximum (e1RM): seven classic equations, their inverses, the NSCA table.

A *repetition maximum* (RM) is the most reps a lifter can do with a load, to
failure and in good form. Each equation below turns a set of ``reps`` with
``load`` (an ``reps``-RM) into an estimate of the 1RM, and back.

Decisions (documented once here, tested in ``tests/test_one_rep_max.py``)
-------------------------------------------------------------------------
**One rep.** A single taken to failure *is* the 1RM, so at ``reps == 1`` every
formula returns the load itself. Brzycki and Lombardi already do; Epley
(+3.3 %), Lander (+1.4 %), Mayhew (+8.9 %), O'Conner (+2.5 %) and Wathen (+1.3 %)
would otherwise add a margin to a lift already measured.

**Valid rep range.** The equations were fitted on sets of roughly 2–10 reps and
their accuracy falls past 10 (LeSuer et al. 1997 found all seven usable up to 10
reps for bench press, squat and deadlift and errors growing with reps; Reynolds,
Gordon & Robergs 2006 found prediction best from low-rep sets and recommended
a 5RM; Mayhew et al. 1995 found the equations over- and under-predicting past 10
reps). So reps must be whole numbers in ``1..10`` for Epley, Brzycki, Lander,
Lombardi, O'Conner and Wathen. Mayhew et al. (1992) fitted their exponential
curve to repetitions-to-failure in 1 min at 55–95 % 1RM, which includes sets well
past 10 reps, and the curve flattens like the data instead of blowing up (as
Brzycki's does at 37 reps), so Mayhew is allowed ``1..15`` (15 is also the last
row of the NSCA table). That limit is a judgement, not a validated one: Mayhew et
al. (1995) found the equations they tested both over- and under-predicting the
1RM of men who did more than 10 reps. A rep count past the range raises ``ValueError`` naming
the range. Plots that *show* how the equations diverge may pass
``extrapolate=True`` (any whole reps up to :data:`EXTRAPOLATION_MAX_REPS`).

**Where the equations agree.** :func:`percent_spread` is the gap between the
highest and the lowest equation at a rep count, in percentage points of 1RM, and
:func:`agreement_range` the run of rep counts (among those where every equation is
valid, 2–10) whose spread is within a tolerance of the narrowest one. The course's
statement "the equations agree best for sets of about five to eight reps" is that
function's result (tested), not a number typed into a notebook.

**Inverses.** :func:`load_for_reps` (the load for a target rep max) is the exact
inverse of :func:`estimate_1rm` at whole reps. :func:`reps_at_percent` returns
reps as a float along a continuous, decreasing curve: the formula itself from 2
reps on, and between 1 and 2 reps (where the one-rep decision breaks the
formula's own curve) a straight line in %1RM from 100 % at 1 rep to the
formula's value at 2 reps. So ``reps_at_percent(percent_at_reps(r)) == r`` for
every whole ``r`` in range.

References
----------
- Epley B. *Poundage Chart*. Boyd Epley Workout. Lincoln, NE: Body Enterprises; 1985.
  [@epley1985]
- Brzycki M. Strength testing—predicting a one-rep max from reps-to-fatigue.
  *J Phys Educ Recreat Dance (JOPERD)* 1993;64(1):88–90. [@brzycki1993]
- Lander J. Maximum based on reps. *NSCA Journal* 1985;6(6):60–61. [@lander1985]
- Lombardi VP. *Beginning Weight Training*. Dubuque, IA: W.C. Brown; 1989.
  [@lombardi1989]
- Mayhew JL, Ball TE, Arnold MD, Bowen JC. Relative muscular endurance performance
  as a predictor of bench press strength in college men and women.
  *J Appl Sport Sci Res* 1992;6(4):200–206. [@mayhew1992]
- O'Conner B, Simmons J, O'Shea P. *Weight Training Today*. St. Paul, MN: West; 1989.
  [@oconner1989]
- Wathen D. Load assignment. In: Baechle TR, ed. *Essentials of Strength Training and
  Conditioning*. Champaign, IL: Human Kinetics (NSCA); 1994:435–446. [@wathen1994]
- LeSuer DA, McCormick JH, Mayhew JL, Wasserstein RL, Arnold MD. The accuracy of
  prediction equations for estimating 1-RM performance in the bench press, squat,
  and deadlift. *J Strength Cond Res* 1997;11(4):211–213. [@lesuer1997]
- Reynolds JM, Gordon TJ, Robergs RA. Prediction of one repetition maximum strength
  from multiple repetition maximum testing and anthropometry.
  *J Strength Cond Res* 2006;20(3):584–592. [@reynolds2006]
- Mayhew JL, Prinster JL, Ware JS, et al. Muscular endurance repetitions to predict
  bench press strength in men of different training levels.
  *J Sports Med Phys Fitness* 1995;35(2):108–113. [@mayhew1995]
- Baechle TR, Earle RW, eds. *Essentials of Strength Training and Conditioning*,
  3rd ed. Champaign, IL: Human Kinetics (NSCA); 2008 (the %1RM–repetitions table).
  [@baechle2008]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from liftlab.validation import (
    as_output,
    check_broadcast,
    check_choice,
    check_positive,
    check_range,
    check_whole,
)

__all__ = [
    "AGREEMENT_TOLERANCE",
    "EXTRAPOLATION_MAX_REPS",
    "FORMULAS",
    "NSCA_PERCENT_BY_REPS",
    "Agreement",
    "FormulaInfo",
    "agreement_range",
    "estimate_1rm",
    "estimate_1rm_all",
    "formula_info",
    "load_for_reps",
    "nsca_percent",
    "nsca_reps",
    "percent_at_reps",
    "percent_spread",
    "reps_at_percent",
    "valid_reps",
]

#: With ``extrapolate=True``, the most reps any formula is evaluated at. Brzycki's
#: equation has a pole at 37 reps and Lander's at 37.9, so 30 keeps every formula
#: finite while showing how far they diverge.
EXTRAPOLATION_MAX_REPS: int = 30


@dataclass(frozen=True)
class FormulaInfo:
    """What an app needs to list, label and check a 1RM formula.

    Attributes
    ----------
    name : str
        Key in :data:`FORMULAS` and value of the ``formula`` argument, e.g. ``"epley"``.
    label : str
        Name for display, e.g. ``"Epley (1985)"``.
    equation : str
        The equation in plain text, ``w`` = load lifted, ``r`` = reps.
    citation : str
        Author, year, title and where it was published.
    reps_range : tuple of int
        Inclusive whole-rep range ``(1, max)`` in which the formula is accepted.
    range_note : str
        Why the range stops where it does.
    """

    name: str
    label: str
    equation: str
    citation: str
    reps_range: tuple[int, int]
    range_note: str

    def accepts(self, reps: float) -> bool:
        """Whether ``reps`` is a whole number inside :attr:`reps_range` (no exception)."""
        low, high = self.reps_range
        return float(reps).is_integer() and low <= reps <= high


_UP_TO_10 = (
    "Accurate up to 10 reps: LeSuer et al. 1997 (J Strength Cond Res 11(4)) and "
    "Reynolds, Gordon & Robergs 2006 (J Strength Cond Res 20(3)) found errors growing "
    "with reps past about 10."
)

FORMULAS: Mapping[str, FormulaInfo] = MappingProxyType(
    {
        "epley": FormulaInfo(
            "epley",
            "Epley (1985)",
            "1RM = w · (1 + r/30)",
            "Epley B. Poundage Chart. Boyd Epley Workout. Lincoln, NE: Body Enterprises; 1985.",
            (1, 10),
            _UP_TO_10,
        ),
        "brzycki": FormulaInfo(
            "brzycki",
            "Brzycki (1993)",
            "1RM = w · 36 / (37 − r)",
            "Brzycki M. Strength testing—predicting a one-rep max from reps-to-fatigue. "
            "JOPERD 1993;64(1):88–90.",
            (1, 10),
            _UP_TO_10 + " Brzycki himself advised 10 reps or fewer; the equation has a "
            "pole at 37 reps.",
        ),
        "lander": FormulaInfo(
            "lander",
            "Lander (1985)",
            "1RM = 100 · w / (101.3 − 2.67123 · r)",
            "Lander J. Maximum based on reps. NSCA Journal 1985;6(6):60–61.",
            (1, 10),
            _UP_TO_10,
        ),
        "lombardi": FormulaInfo(
            "lombardi",
            "Lombardi (1989)",
            "1RM = w · r^0.10",
            "Lombardi VP. Beginning Weight Training. Dubuque, IA: W.C. Brown; 1989.",
            (1, 10),
            _UP_TO_10,
        ),
        "mayhew": FormulaInfo(
            "mayhew",
            "Mayhew et al. (1992)",
            "1RM = 100 · w / (52.2 + 41.9 · exp(−0.055 · r))",
            "Mayhew JL, Ball TE, Arnold MD, Bowen JC. Relative muscular endurance "
            "performance as a predictor of bench press strength in college men and women. "
            "J Appl Sport Sci Res 1992;6(4):200–206.",
            (1, 15),
            "Fitted to repetitions to failure at 55–95% 1RM, which includes sets past 10 "
            "reps; its exponential curve levels off like the data rather than diverging. "
            "15 reps (about 70% 1RM by this equation) matches the last row of the NSCA "
            "table; it is a judgement, not a validated limit: Mayhew et al. 1995 (J Sports "
            "Med Phys Fitness 35(2)) found the equations over- or under-predicting the 1RM "
            "past 10 reps.",
        ),
        "oconner": FormulaInfo(
            "oconner",
            "O'Conner et al. (1989)",
            "1RM = w · (1 + 0.025 · r)",
            "O'Conner B, Simmons J, O'Shea P. Weight Training Today. St. Paul, MN: West; 1989.",
            (1, 10),
            _UP_TO_10,
        ),
        "wathen": FormulaInfo(
            "wathen",
            "Wathen (1994)",
            "1RM = 100 · w / (48.8 + 53.8 · exp(−0.075 · r))",
            "Wathen D. Load assignment. In: Baechle TR, ed. Essentials of Strength Training "
            "and Conditioning. Champaign, IL: Human Kinetics (NSCA); 1994:435–446.",
            (1, 10),
            _UP_TO_10,
        ),
    }
)

# Raw equations as "1RM / load" ratios of reps (before the one-rep decision) ...
_RATIO: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "epley": lambda r: 1.0 + r / 30.0,
    "brzycki": lambda r: 36.0 / (37.0 - r),
    "lander": lambda r: 100.0 / (101.3 - 2.67123 * r),
    "lombardi": lambda r: r**0.10,
    "mayhew": lambda r: 100.0 / (52.2 + 41.9 * np.exp(-0.055 * r)),
    "oconner": lambda r: 1.0 + 0.025 * r,
    "wathen": lambda r: 100.0 / (48.8 + 53.8 * np.exp(-0.075 * r)),
}

# ... and their inverses: reps from %1RM (percent = 100 / ratio).
_REPS_FROM_PERCENT: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "epley": lambda p: 30.0 * (100.0 / p - 1.0),
    "brzycki": lambda p: 37.0 - 0.36 * p,
    "lander": lambda p: (101.3 - p) / 2.67123,
    "lombardi": lambda p: (100.0 / p) ** 10.0,
    "mayhew": lambda p: -np.log((p - 52.2) / 41.9) / 0.055,
    "oconner": lambda p: (100.0 / p - 1.0) / 0.025,
    "wathen": lambda p: -np.log((p - 48.8) / 53.8) / 0.075,
}

#: %1RM that can be lifted for a given number of reps (a rep maximum), from the NSCA
#: table in Baechle & Earle, *Essentials of Strength Training and Conditioning*,
#: 3rd ed. (2008). Rows 13 and 14 are not in the table; see :func:`nsca_percent`.
NSCA_PERCENT_BY_REPS: Mapping[int, float] = MappingProxyType(
    {
        1: 100.0,
        2: 95.0,
        3: 93.0,
        4: 90.0,
        5: 87.0,
        6: 85.0,
        7: 83.0,
        8: 80.0,
        9: 77.0,
        10: 75.0,
        11: 70.0,
        12: 67.0,
        15: 65.0,
    }
)
_NSCA_REPS = np.array(list(NSCA_PERCENT_BY_REPS), dtype=float)
_NSCA_PERCENT = np.array(list(NSCA_PERCENT_BY_REPS.values()))


def formula_info(formula: str) -> FormulaInfo:
    """Return the :class:`FormulaInfo` of a formula (``"epley"``, ``"brzycki"``, ...).

    Raises
    ------
    ValueError
        If ``formula`` is not a key of :data:`FORMULAS` (the message lists them).
    """
    return FORMULAS[check_choice("formula", formula, FORMULAS)]


def valid_reps(formula: str = "epley") -> tuple[int, int]:
    """Inclusive whole-rep range ``(1, max)`` accepted by ``formula``, e.g. ``(1, 10)``."""
    return formula_info(formula).reps_range


def _check_reps(reps: Any, info: FormulaInfo, extrapolate: bool) -> float | np.ndarray:
    """Whole reps inside the formula's range (or the extrapolation range)."""
    if not isinstance(extrapolate, (bool, np.bool_)):
        raise TypeError(f"extrapolate={extrapolate!r} is not allowed: extrapolate must be a bool.")
    low, high = info.reps_range
    top = EXTRAPOLATION_MAX_REPS if extrapolate else high
    try:
        return check_whole("reps", reps, low=low, high=top)
    except ValueError as exc:
        if extrapolate:
            note = f"With extrapolate=True every formula is evaluated up to {top} reps."
        else:
            note = (
                f"The {info.label} formula is valid for {low}–{high} reps; "
                "pass extrapolate=True to evaluate it past that range."
            )
        raise ValueError(f"{exc} {note}") from None


def _ratio(reps: float | np.ndarray, name: str) -> np.ndarray:
    """1RM / load at whole reps, with the one-rep decision applied."""
    reps = np.asarray(reps, dtype=float)
    return np.where(reps == 1.0, 1.0, _RATIO[name](reps))


def estimate_1rm(
    load: Any, reps: Any, formula: str = "epley", *, extrapolate: bool = False
) -> float | np.ndarray:
    """Estimate the one-repetition maximum from a set taken to failure.

    Parameters
    ----------
    load : float or array_like
        Load lifted, > 0, in any unit (the result is in the same unit).
    reps : int or array_like
        Reps completed with ``load`` (a rep maximum): whole numbers from 1 to the
        formula's maximum (:func:`valid_reps`). Broadcasts against ``load``.
    formula : str
        One of :data:`FORMULAS`: ``"epley"`` (default), ``"brzycki"``, ``"lander"``,
        ``"lombardi"``, ``"mayhew"``, ``"oconner"``, ``"wathen"``.
    extrapolate : bool, keyword-only
        Allow reps past the formula's valid range, up to
        :data:`EXTRAPOLATION_MAX_REPS` (for plots showing divergence only).

    Returns
    -------
    float or numpy.ndarray
        Estimated 1RM in the unit of ``load``; a float when both inputs are scalars.
        At ``reps == 1`` this is ``load`` itself, for every formula.

    Raises
    ------
    ValueError
        For a load <= 0, reps that are not whole or outside the formula's range
        (the message states the range), or an unknown formula.

    Notes
    -----
    Equations (``w`` load, ``r`` reps); sources in :data:`FORMULAS` and the module docstring:

    ========  ==============================================  ================
    formula   1RM                                             source
    ========  ==============================================  ================
    epley     w (1 + r/30)                                    Epley 1985
    brzycki   w · 36 / (37 − r)                               Brzycki 1993
    lander    100 w / (101.3 − 2.67123 r)                     Lander 1985
    lombardi  w · r^0.10                                      Lombardi 1989
    mayhew    100 w / (52.2 + 41.9 e^(−0.055 r))              Mayhew et al. 1992
    oconner   w (1 + 0.025 r)                                 O'Conner et al. 1989
    wathen    100 w / (48.8 + 53.8 e^(−0.075 r))              Wathen 1994
    ========  ==============================================  ================

    Examples
    --------
    >>> round(estimate_1rm(100, 10), 2)
    133.33
    >>> estimate_1rm(140, 1, "mayhew")
    140.0
    """
    info = formula_info(formula)
    loads = check_positive("load", load)
    count = _check_reps(reps, info, extrapolate)
    check_broadcast(load=loads, reps=count)
    return as_output(np.multiply(loads, _ratio(count, info.name)))


def estimate_1rm_all(load: float, reps: int) -> dict[str, float]:
    """Estimate the 1RM with every formula whose valid range includes ``reps``.

    Returns
    -------
    dict
        ``{formula name: estimated 1RM}`` in :data:`FORMULAS` order, leaving out the
        formulas that do not accept ``reps`` (so past 10 reps only Mayhew remains).

    Raises
    ------
    ValueError
        If ``load`` <= 0, ``reps`` is not a whole number >= 1, or no formula accepts it.
    """
    loads = check_positive("load", load)
    top = max(info.reps_range[1] for info in FORMULAS.values())
    count = check_whole("reps", reps, low=1, high=top)
    if not isinstance(loads, float) or not isinstance(count, float):
        raise TypeError("estimate_1rm_all takes one load and one reps, not arrays.")
    return {
        name: estimate_1rm(loads, count, name)
        for name, info in FORMULAS.items()
        if info.accepts(count)
    }


def percent_at_reps(
    reps: Any, formula: str = "epley", *, extrapolate: bool = False
) -> float | np.ndarray:
    """%1RM (0–100) that can be lifted for ``reps`` reps at most, by ``formula``.

    This is ``100 * load / estimate_1rm(load, reps)``: 100 at one rep (the one-rep
    decision), e.g. 75.0 at 10 reps by Epley. Arguments as in :func:`estimate_1rm`.
    """
    info = formula_info(formula)
    count = _check_reps(reps, info, extrapolate)
    return as_output(100.0 / _ratio(count, info.name))


def load_for_reps(
    one_rm: Any, reps: Any, formula: str = "epley", *, extrapolate: bool = False
) -> float | np.ndarray:
    """The load that a lifter with 1RM ``one_rm`` can lift exactly ``reps`` times.

    The inverse of :func:`estimate_1rm` at whole reps:
    ``estimate_1rm(load_for_reps(m, r, f), r, f) == m`` (to rounding).

    Parameters
    ----------
    one_rm : float or array_like
        One-repetition maximum, > 0, in any unit (the result is in the same unit).
    reps : int or array_like
        Target rep maximum, whole, within the formula's range (see :func:`valid_reps`).
    formula : str
        See :func:`estimate_1rm`.
    extrapolate : bool, keyword-only
        See :func:`estimate_1rm`.

    Returns
    -------
    float or numpy.ndarray
        Load in the unit of ``one_rm`` (``one_rm`` itself at 1 rep).

    Examples
    --------
    >>> load_for_reps(100, 10)
    75.0
    """
    info = formula_info(formula)
    maxes = check_positive("one_rm", one_rm)
    count = _check_reps(reps, info, extrapolate)
    check_broadcast(one_rm=maxes, reps=count)
    return as_output(np.divide(maxes, _ratio(count, info.name)))


def reps_at_percent(
    percent_1rm: Any, formula: str = "epley", *, extrapolate: bool = False
) -> float | np.ndarray:
    """How many reps can be done at a given %1RM, as a float (a rep-max curve).

    Parameters
    ----------
    percent_1rm : float or array_like
        Load as % of 1RM, from the formula's value at its last valid rep (e.g. 75 for
        Epley at 10 reps) up to 100.
    formula : str
        See :func:`estimate_1rm`.
    extrapolate : bool, keyword-only
        Accept lower percentages, down to the formula's value at
        :data:`EXTRAPOLATION_MAX_REPS` reps.

    Returns
    -------
    float or numpy.ndarray
        Reps (not rounded: 7.6 means "7 reps, nearly 8"). 1.0 at 100 %. From 2 reps on
        this is the formula solved for reps; between 1 and 2 reps it is a straight line
        in %1RM from 100 % (1 rep) to the formula's 2-rep value, because at 1 rep the
        load *is* the 1RM (see the module docstring). Round-trips with
        :func:`percent_at_reps` and :func:`load_for_reps` at whole reps.

    Raises
    ------
    ValueError
        For a percentage outside the range the formula covers (the message says it).

    Examples
    --------
    >>> reps_at_percent(80.0)  # Epley: 30 * (100 / 80 - 1)
    7.5
    """
    info = formula_info(formula)
    if not isinstance(extrapolate, (bool, np.bool_)):
        raise TypeError(f"extrapolate={extrapolate!r} is not allowed: extrapolate must be a bool.")
    top = EXTRAPOLATION_MAX_REPS if extrapolate else info.reps_range[1]
    floor = 100.0 / float(_ratio(float(top), info.name))
    try:
        percent = check_range("percent_1rm", percent_1rm, low=floor * (1 - 1e-12), high=100.0)
    except ValueError as exc:
        raise ValueError(
            f"{exc} By {info.label}, {floor:.4g}% of 1RM is a {top}-rep max"
            + ("." if extrapolate else f", the end of its valid range (1–{top} reps).")
        ) from None
    percent = np.maximum(percent, floor)  # absorb the tolerance of the bound above
    two_rep = 100.0 / float(_RATIO[info.name](np.float64(2.0)))
    with np.errstate(divide="ignore", invalid="ignore"):
        formula_reps = _REPS_FROM_PERCENT[info.name](np.minimum(percent, two_rep))
    bridge = 1.0 + (100.0 - percent) / (100.0 - two_rep)
    return as_output(np.where(percent >= two_rep, bridge, formula_reps))


def nsca_percent(reps: Any) -> float | np.ndarray:
    """%1RM for a rep maximum from the NSCA table (Baechle & Earle 2008).

    Parameters
    ----------
    reps : float or array_like
        Rep maximum from 1 to 15. Whole values are table rows (except 13 and 14);
        other values are linearly interpolated between neighbouring rows, so
        13 reps → 66.33 % and 14 → 65.67 %. Non-whole reps are accepted so that this
        is the exact inverse of :func:`nsca_reps`.

    Returns
    -------
    float or numpy.ndarray
        %1RM (0–100).

    Examples
    --------
    >>> nsca_percent(8)
    80.0
    """
    count = check_range("reps", reps, low=1.0, high=15.0)
    return as_output(np.interp(count, _NSCA_REPS, _NSCA_PERCENT))


def nsca_reps(percent: Any) -> float | np.ndarray:
    """Rep maximum at a %1RM from the NSCA table (Baechle & Earle 2008), interpolated.

    Parameters
    ----------
    percent : float or array_like
        %1RM from 65 (the table's last row, 15 reps) to 100 (1 rep).

    Returns
    -------
    float or numpy.ndarray
        Reps as a float, linearly interpolated between table rows
        (e.g. 80 % → 8.0, 78.5 % → 8.5); the inverse of :func:`nsca_percent`.
    """
    value = check_range("percent", percent, low=65.0, high=100.0)
    return as_output(np.interp(value, _NSCA_PERCENT[::-1], _NSCA_REPS[::-1]))


#: How much wider than the narrowest spread (percentage points of 1RM) a rep count's
#: spread may be and still count as "agreeing best" in :func:`agreement_range`. A
#: judgement of this package: 0.75 points is 0.75 kg on a 100 kg 1RM, less than the
#: smallest step a bar can be loaded in (2 x 1.25 kg plates).
AGREEMENT_TOLERANCE: float = 0.75


@dataclass(frozen=True)
class Agreement:
    """Where the seven equations agree best (see :func:`agreement_range`).

    Attributes
    ----------
    reps : tuple of int
        Inclusive run of rep counts ``(first, last)`` whose spread is within
        ``tolerance`` of the narrowest spread.
    closest : int
        The rep count with the narrowest spread.
    narrowest : float
        The spread at ``closest``, percentage points of 1RM.
    widest : float
        The largest spread inside ``reps``, percentage points of 1RM.
    tolerance : float
        The tolerance used, percentage points of 1RM.
    """

    reps: tuple[int, int]
    closest: int
    narrowest: float
    widest: float
    tolerance: float


def percent_spread(reps: Any) -> float | np.ndarray:
    """Gap between the highest and the lowest equation's %1RM at ``reps`` reps.

    Every formula of :data:`FORMULAS` is evaluated with ``extrapolate=True`` (so past a
    formula's valid range the value is an extrapolation, shown only to make the point
    that the equations part ways).

    Parameters
    ----------
    reps : int or array_like
        Whole reps from 1 to :data:`EXTRAPOLATION_MAX_REPS`.

    Returns
    -------
    float or numpy.ndarray
        Spread in percentage points of 1RM (0 at one rep, where every equation returns
        100 %).

    Examples
    --------
    >>> round(percent_spread(7), 2)
    4.48
    """
    count = check_whole("reps", reps, low=1, high=EXTRAPOLATION_MAX_REPS)
    values = np.stack([100.0 / _ratio(count, name) for name in FORMULAS])
    return as_output(values.max(axis=0) - values.min(axis=0))


def agreement_range(tolerance: Any = AGREEMENT_TOLERANCE) -> Agreement:
    """The run of rep counts where the seven equations agree best.

    Among the rep counts where every equation is valid (2 to the smallest upper limit
    of :data:`FORMULAS`, i.e. 10; one rep is left out because there every equation
    returns the load itself), find the one with the narrowest :func:`percent_spread`,
    then extend it in both directions while the spread stays within ``tolerance``
    percentage points of that narrowest spread.

    Parameters
    ----------
    tolerance : float
        Percentage points of 1RM, >= 0 (default :data:`AGREEMENT_TOLERANCE`).

    Returns
    -------
    Agreement
        With the default tolerance: reps 5–8, narrowest at 7 reps (4.48 points).

    Examples
    --------
    >>> agreement_range().reps
    (5, 8)
    """
    slack = float(check_range("tolerance", tolerance, low=0.0, high=100.0))
    top = min(info.reps_range[1] for info in FORMULAS.values())
    reps = np.arange(2, top + 1)
    spread = np.asarray(percent_spread(reps))
    best = int(np.argmin(spread))
    limit = spread[best] + slack
    first = last = best
    while first > 0 and spread[first - 1] <= limit:
        first -= 1
    while last < len(reps) - 1 and spread[last + 1] <= limit:
        last += 1
    return Agreement(
        reps=(int(reps[first]), int(reps[last])),
        closest=int(reps[best]),
        narrowest=float(spread[best]),
        widest=float(spread[first : last + 1].max()),
        tolerance=slack,
    )
