"""Proximity to failure: how close to failure a set ends, and what that does to size and strength.

How hard a set is can be counted as the reps left in reserve (RIR) when it ends: 0 is
failure, 2 means two more reps were possible. Two recent syntheses ask what that does
to the two goals of this course.

- **Refalo et al. (2023)**, a meta-analysis of 15 studies that compared training to
  failure with stopping short. Pooled over any definition of failure, sets to failure
  gave a *trivial* advantage for muscle growth; taken to momentary muscular failure
  strictly, or comparing high with moderate velocity loss, there was no clear
  advantage. Their numbers are :data:`REFALO_2023` (abstract, checked).
- **Robinson et al. (2024)**, a series of meta-regressions that estimated the RIR of
  every training group in the literature and modelled gains against it. In all their
  best-fitting models, muscle growth rose as sets ended closer to failure (negative
  slopes whose confidence intervals excluded zero), while for strength the
  confidence intervals of the slope included zero: a negligible relationship
  (abstract, checked; :data:`ROBINSON_2024_FINDINGS`).

So effort separates the goals: growth depends on how close to failure the sets end,
strength much less (heavy load and practice of the lift matter more for it).

The model
---------
:func:`relative_effect` draws that finding as straight lines, each 1.0 at failure
(RIR 0). **It is illustrative, not fitted**: the abstracts report the direction of
each slope and whether its interval excludes zero, not a value this package could
check, so the slopes of :data:`ILLUSTRATIVE_SLOPE_PER_RIR` are chosen by this package
to show the *shape* of the finding (hypertrophy falls with every rep left in reserve;
strength stays flat). They are not estimates: do not read a number off them.

References
----------
- Refalo MC, Helms ER, Trexler ET, Hamilton DL, Fyfe JJ (2023). Influence of
  resistance training proximity-to-failure on skeletal muscle hypertrophy: a
  systematic review with meta-analysis. *Sports Med* 53(3):649–665. [@refalo2023]
- Robinson ZP, Pelland JC, Remmert JF, Refalo MC, Jukic I, Steele J, Zourdos MC
  (2024). Exploring the dose–response relationship between estimated resistance
  training proximity to failure, strength gain, and muscle hypertrophy: a series of
  meta-regressions. *Sports Med* 54(9). [@robinson2024]
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import numpy as np

from liftlab.validation import as_output, check_choice, check_range

__all__ = [
    "ILLUSTRATIVE_SLOPE_PER_RIR",
    "MAX_RIR",
    "OUTCOMES",
    "REFALO_2023",
    "ROBINSON_2024_FINDINGS",
    "PooledEffect",
    "relative_effect",
]


class PooledEffect(NamedTuple):
    """One pooled comparison of a meta-analysis: effect size with its 95 % CI.

    Positive favours the first condition of ``comparison`` (here: training to failure
    or the higher velocity loss, i.e. sets that end closer to failure).
    """

    comparison: str
    effect_size: float
    ci_low: float
    ci_high: float
    p: float


#: Refalo et al. (2023), abstract (checked): muscle hypertrophy, sets that end at or
#: closer to failure versus sets that stop short. Only the first comparison's 95 % CI
#: excludes zero (its lower end is 0.00), and the authors call it trivial.
REFALO_2023: tuple[PooledEffect, ...] = (
    PooledEffect("set failure (any definition) vs non-failure", 0.19, 0.00, 0.37, 0.045),
    PooledEffect("momentary muscular failure vs non-failure", 0.12, -0.13, 0.37, 0.343),
    PooledEffect("high (> 25 %) vs moderate (20–25 %) velocity loss", 0.08, -0.16, 0.32, 0.529),
)

#: Robinson et al. (2024), abstract (checked), in words: what the best-fitting
#: meta-regression models said about the slope of gains against estimated RIR.
ROBINSON_2024_FINDINGS: Mapping[str, str] = MappingProxyType(
    {
        "hypertrophy": (
            "negative slopes whose confidence intervals excluded zero in every best-fit "
            "model: muscle size increased as sets ended closer to failure"
        ),
        "strength": (
            "confidence intervals of the slopes contained zero in every best-fit model: "
            "a negligible relationship with strength gains"
        ),
    }
)

#: The two outcomes :func:`relative_effect` draws.
OUTCOMES: tuple[str, ...] = ("hypertrophy", "strength")

#: Loss of the relative effect per rep left in reserve. **Illustrative values chosen
#: by this package, not estimates from the papers**: hypertrophy loses a twentieth of
#: its effect per rep in reserve (the sign is Robinson et al.'s; the size is not
#: theirs), strength nothing (their slope's interval included zero).
ILLUSTRATIVE_SLOPE_PER_RIR: Mapping[str, float] = MappingProxyType(
    {"hypertrophy": 0.05, "strength": 0.0}
)

#: Most reps in reserve :func:`relative_effect` accepts (the illustrative hypertrophy
#: line reaches 0.5 there; the studies' sets rarely stopped further from failure).
MAX_RIR: float = 10.0


def relative_effect(rir: Any, outcome: str = "hypertrophy") -> float | np.ndarray:
    """Illustrative effect of ending sets ``rir`` reps short of failure, 1.0 at failure.

    ``1 - slope * rir`` with the slope of :data:`ILLUSTRATIVE_SLOPE_PER_RIR`. The
    direction of each line follows Robinson et al. (2024); the slopes are illustrative
    (see the module docstring), so the function shows a shape, not a prediction.

    Parameters
    ----------
    rir : float or array_like
        Reps in reserve at the end of the sets, 0 (failure) to :data:`MAX_RIR`.
    outcome : {"hypertrophy", "strength"}
        Which line.

    Returns
    -------
    float or numpy.ndarray
        Effect relative to training to failure (1.0 at RIR 0).

    Raises
    ------
    ValueError
        For RIR outside 0–:data:`MAX_RIR` or an unknown outcome.

    Examples
    --------
    >>> relative_effect(4)
    0.8
    >>> relative_effect(4, "strength")
    1.0
    """
    name = check_choice("outcome", outcome, OUTCOMES)
    reserve = check_range("rir", rir, low=0.0, high=MAX_RIR)
    return as_output(1.0 - ILLUSTRATIVE_SLOPE_PER_RIR[name] * np.asarray(reserve, dtype=float))
