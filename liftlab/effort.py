"""Effort: RPE and reps in reserve (RIR), and their link to %1RM.

The repetitions-in-reserve RPE scale rates a set by how many more reps the lifter
could have done: RPE 10 = 0 RIR (no rep left), RPE 9 = 1 RIR, RPE 8 = 2 RIR, and
half points for "maybe one more". The RPE chart gives, for a number of reps done
at an RPE, the %1RM that set corresponds to, so a set's load, reps and RPE give an
e1RM, and a target of "5 reps at RPE 8" gives a load.

The chart (:data:`RPE_CHART`) covers 1–12 reps and RPE 6.5–10 in half points, as
published by Tuchscherer (2008) [@tuchscherer2008] and presented by Helms et al.
(2016) [@helms2016]. It is stored
as data, cell by cell; its structure is that each half RPE point lower equals half
a rep more: ``chart(reps, RPE − 1) == chart(reps + 1, RPE)`` (tested).

How accurate is a rating?
-------------------------
Ratings are estimates. In Hackett et al. (2017) people who stopped after ten reps and
guessed how many more they could do were off by about one rep when failure was up
to five reps away, and by more than two when it was seven to ten reps away;
training experience made no difference (:data:`HACKETT_2017`). Zourdos et al. (2016)
compared experienced and novice squatters on single reps up to the 1RM, not on how
well they predict failure (:data:`ZOURDOS_2016_VELOCITY_RPE_R`).

Autoregulation
--------------
Choosing each day's load from a target RPE instead of a fixed %1RM gave similar
gains in strength and muscle thickness to percentage-based loading over 8 weeks in
Helms et al. (2018) (:data:`HELMS_2018_GAINS`).

References
----------
- Hackett DA, Cobley SP, Davies TB, Michael SW, Halaki M. Accuracy in estimating
  repetitions to failure during resistance exercise. *J Strength Cond Res*
  2017;31(8):2162–2168. [@hackett2017]
- Helms ER, Cronin J, Storey A, Zourdos MC. Application of the repetitions in
  reserve-based rating of perceived exertion scale for resistance training.
  *Strength Cond J* 2016;38(4):42–49. [@helms2016]
- Helms ER, Byrnes RK, Cooke DM, et al. RPE vs. percentage 1RM loading in periodized
  programs matched for sets and repetitions. *Front Physiol* 2018;9:247. [@helms2018]
- Tuchscherer M. *The Reactive Training Manual: Developing your own custom
  training program for powerlifting*. Reactive Training Systems; 2008.
  [@tuchscherer2008]
- Zourdos MC, Klemp A, Dolan C, et al. Novel resistance training-specific rating
  of perceived exertion scale measuring repetitions in reserve.
  *J Strength Cond Res* 2016;30(1):267–275. [@zourdos2016]
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import numpy as np

from liftlab.validation import (
    as_output,
    check_broadcast,
    check_positive,
    check_range,
    check_whole,
)

__all__ = [
    "HACKETT_2017",
    "HELMS_2018_GAINS",
    "RIR_RANGE",
    "RPE_CHART",
    "RPE_CHART_REPS",
    "RPE_CHART_RPE",
    "RPE_SCALE",
    "ZOURDOS_2016_VELOCITY_RPE_R",
    "e1rm_from_rpe",
    "load_for_rpe",
    "percent_to_rpe",
    "rir_to_rpe",
    "rpe_to_percent",
    "rpe_to_rir",
]

#: %1RM by RPE (keys, 10 down to 6.5) for 1..12 reps (tuple index = reps − 1);
#: Tuchscherer 2008, as presented in Helms et al. 2016.
RPE_CHART: Mapping[float, tuple[float, ...]] = MappingProxyType(
    {
        10.0: (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0),
        9.5: (97.8, 93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7),
        9.0: (95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3),
        8.5: (93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0),
        8.0: (92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6),
        7.5: (90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3),
        7.0: (89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9),
        6.5: (87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3, 58.6),
    }
)

#: Inclusive reps covered by :data:`RPE_CHART`.
RPE_CHART_REPS: tuple[int, int] = (1, 12)
#: Inclusive RPE covered by :data:`RPE_CHART`, in steps of 0.5.
RPE_CHART_RPE: tuple[float, float] = (6.5, 10.0)
#: Inclusive reps in reserve accepted by :func:`rir_to_rpe` (RPE 6 to 10).
RIR_RANGE: tuple[float, float] = (0.0, 4.0)

#: The RIR-based RPE scale of Zourdos et al. 2016 / Helms et al. 2016:
#: ``(rating, description)`` pairs, hardest first.
RPE_SCALE: tuple[tuple[str, str], ...] = (
    ("10", "Maximum effort"),
    ("9.5", "No further repetition, but could increase load"),
    ("9", "1 repetition remaining"),
    ("8.5", "1–2 repetitions remaining"),
    ("8", "2 repetitions remaining"),
    ("7.5", "2–3 repetitions remaining"),
    ("7", "3 repetitions remaining"),
    ("5–6", "4–6 repetitions remaining"),
    ("3–4", "Light effort"),
    ("1–2", "Little to no effort"),
)

#: Hackett et al. (2017), abstract (checked): accuracy of estimated reps to failure.
#: ``adults`` took part (``men`` and ``women``); the error of the estimate was about
#: ``near_error_reps`` when failure was ``near_failure_reps`` (inclusive) reps away, and
#: more than ``far_error_reps`` when it was ``far_failure_reps`` away. Resistance
#: training experience did not affect the accuracy (``experience_effect``).
HACKETT_2017: Mapping[str, Any] = MappingProxyType(
    {
        "adults": 81,
        "men": 53,
        "women": 28,
        "near_failure_reps": (0, 5),
        "near_error_reps": 1.0,
        "far_failure_reps": (7, 10),
        "far_error_reps": 2.0,
        "experience_effect": False,
    }
)

#: Zourdos et al. (2016), abstract (checked): correlation between average bar velocity
#: and RPE over single reps at 60–100 % 1RM in the squat (15 experienced, 14 novice
#: squatters). Slower reps were rated harder, the basis of velocity as an effort measure.
ZOURDOS_2016_VELOCITY_RPE_R: Mapping[str, float] = MappingProxyType(
    {"experienced": -0.88, "novice": -0.77}
)

#: Helms et al. (2018), abstract (checked): 8 weeks of squat and bench press, three times
#: a week, in resistance-trained men; loads set as %1RM (n = 11) or chosen to hit a
#: target RPE (n = 10), sets and reps matched. Mean gains ``(%1RM group, RPE group)``:
#: 1RM in kg, muscle thickness in mm (pectoralis; vastus lateralis at 50 % and 70 % of
#: femur length). No between-group difference was significant.
HELMS_2018_GAINS: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "squat 1RM (kg)": (13.91, 17.05),
        "bench press 1RM (kg)": (9.64, 10.70),
        "pectoralis thickness (mm)": (1.59, 1.90),
        "vastus lateralis thickness at 50 % (mm)": (2.13, 1.85),
        "vastus lateralis thickness at 70 % (mm)": (2.40, 2.31),
    }
)

_RPES = np.array(list(RPE_CHART), dtype=float)  # 10, 9.5, ..., 6.5
_TABLE = np.array(list(RPE_CHART.values()), dtype=float)  # shape (8, 12)


def _chart_reps(reps: Any) -> float | np.ndarray:
    low, high = RPE_CHART_REPS
    try:
        return check_whole("reps", reps, low=low, high=high)
    except ValueError as exc:
        raise ValueError(f"{exc} The RPE chart covers {low}–{high} reps.") from None


def _chart_rpe(rpe: Any) -> float | np.ndarray:
    low, high = RPE_CHART_RPE
    note = f"The RPE chart covers RPE {low:g}–{high:g} in steps of 0.5."
    try:
        value = check_range("rpe", rpe, low=low, high=high)
    except ValueError as exc:
        raise ValueError(f"{exc} {note}") from None
    doubled = np.asarray(value) * 2.0
    off = doubled != np.round(doubled)
    if np.any(off):
        bad = float(np.asarray(value)[off].flat[0]) if off.ndim else float(value)
        raise ValueError(f"rpe={bad:g} is not on the chart: rpe must be a multiple of 0.5. {note}")
    return value


def rpe_to_percent(reps: Any, rpe: Any) -> float | np.ndarray:
    """%1RM of a set of ``reps`` reps done at ``rpe``, from the RPE chart.

    Parameters
    ----------
    reps : int or array_like
        Reps done, whole, 1–12.
    rpe : float or array_like
        RPE of the set, 6.5–10 in steps of 0.5 (10 = no rep in reserve).
        Broadcasts against ``reps``.

    Returns
    -------
    float or numpy.ndarray
        %1RM (0–100), the chart cell (Tuchscherer 2008; Helms et al. 2016).

    Raises
    ------
    ValueError
        Outside the chart (message names its range), or RPE not a multiple of 0.5.

    Examples
    --------
    >>> rpe_to_percent(5, 8)
    81.1
    """
    count = _chart_reps(reps)
    value = _chart_rpe(rpe)
    check_broadcast(reps=count, rpe=value)
    count, value = np.broadcast_arrays(count, value)
    rows = np.rint((10.0 - value) * 2.0).astype(int)
    cols = count.astype(int) - 1
    return as_output(_TABLE[rows, cols])


def percent_to_rpe(reps: Any, percent: Any) -> float | np.ndarray:
    """The RPE a set of ``reps`` reps at ``percent`` %1RM corresponds to (chart inverse).

    Parameters
    ----------
    reps : int or array_like
        Reps done, whole, 1–12.
    percent : float or array_like
        Load as %1RM, within that reps column of the chart: from its RPE 6.5 value to
        its RPE 10 value (e.g. 77.4–86.3 for 5 reps). Broadcasts against ``reps``.

    Returns
    -------
    float or numpy.ndarray
        RPE, interpolated linearly between chart cells (so it may fall between half
        points); chart cells map back exactly to their RPE.

    Raises
    ------
    ValueError
        Outside the chart; the message gives the column's %1RM range.
    """
    count = _chart_reps(reps)
    value = check_range("percent", percent, low=0.0, high=100.0)
    check_broadcast(reps=count, rpe=value)
    count, value = np.broadcast_arrays(count, value)
    result = np.empty(count.shape, dtype=float)
    for whole in np.unique(count):
        column = _TABLE[:, int(whole) - 1]  # descending with the RPE
        low, high = column[-1], column[0]
        here = count == whole
        outside = (value[here] < low) | (value[here] > high)
        if np.any(outside):
            bad = float(value[here][outside][0])
            raise ValueError(
                f"percent={bad:g} is outside the RPE chart for {int(whole)} reps: percent must "
                f"be between {low:g} (RPE 6.5) and {high:g} (RPE 10) for {int(whole)} reps."
            )
        result[here] = np.interp(value[here], column[::-1], _RPES[::-1])
    return as_output(result)


def rir_to_rpe(rir: Any) -> float | np.ndarray:
    """RPE from reps in reserve: ``RPE = 10 − RIR`` (RIR 0–4, i.e. RPE 6–10).

    Half values are allowed (RIR 0.5 = RPE 9.5). Below RPE 6 the scale of Zourdos et
    al. (2016) / Helms et al. (2016) is not one-to-one (RPE 5–6 = 4–6 RIR; 1–4 =
    light or no effort), so RIR above 4 is refused.
    """
    low, high = RIR_RANGE
    return as_output(10.0 - np.asarray(check_range("rir", rir, low=low, high=high)))


def rpe_to_rir(rpe: Any) -> float | np.ndarray:
    """Reps in reserve from RPE: ``RIR = 10 − RPE`` (RPE 6–10, i.e. RIR 0–4).

    See :func:`rir_to_rpe` for why the range stops at RPE 6.
    """
    low, high = RIR_RANGE
    return as_output(10.0 - np.asarray(check_range("rpe", rpe, low=10.0 - high, high=10.0 - low)))


def e1rm_from_rpe(load: Any, reps: Any, rpe: Any) -> float | np.ndarray:
    """Estimated 1RM from a set: ``load / (chart %1RM / 100)``.

    ``load`` > 0 in any unit (result in the same unit); ``reps`` and ``rpe`` as in
    :func:`rpe_to_percent`. E.g. 100 kg × 5 at RPE 8 (81.1 %) → 123.3 kg.
    """
    loads = check_positive("load", load)
    percent = rpe_to_percent(reps, rpe)
    check_broadcast(load=loads, reps_and_rpe=percent)
    return as_output(np.multiply(loads, 100.0) / percent)


def load_for_rpe(one_rm: Any, reps: Any, rpe: Any) -> float | np.ndarray:
    """Load for ``reps`` reps at a target ``rpe``: ``one_rm × chart %1RM / 100``.

    ``one_rm`` > 0 in any unit (result in the same unit); ``reps`` and ``rpe`` as in
    :func:`rpe_to_percent`. E.g. 200 kg, 3 reps at RPE 8 (86.3 %) → 172.6 kg.
    """
    maxes = check_positive("one_rm", one_rm)
    percent = rpe_to_percent(reps, rpe)
    check_broadcast(one_rm=maxes, reps_and_rpe=percent)
    return as_output(np.multiply(maxes, percent) / 100.0)
