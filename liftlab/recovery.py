"""Recovery: rest between sets, session length, days between hard sessions, fitness–fatigue.

* :func:`rest_period`: the article's rest ranges (hypertrophy 1–3 min, strength
  2–5 min), pushed toward the strength range for heavy loads;
* :func:`session_duration`: how long a block of sets takes, in minutes;
* :func:`days_until_hard_again`: the article's rule of at least 2 days after work
  above 90 % 1RM;
* :func:`fitness_fatigue`: the Banister impulse–response model, vectorised over days
  and over parameter sets, with :func:`fitness_fatigue_loop` as its plain-Python
  reference, and :func:`training_load_schedule` to build a daily load from a weekly plan.

References
----------
Schoenfeld BJ, Pope ZK, Benik FM, et al. (2016). Longer interset rest periods enhance
muscle strength and hypertrophy in resistance-trained men. *Journal of Strength and
Conditioning Research* 30(7):1805–1812. doi:10.1519/JSC.0000000000001272

Grgic J, Schoenfeld BJ, Skrepnik M, Davies TB, Mikulic P (2018). Effects of rest
interval duration in resistance training on measures of muscular strength: a
systematic review. *Sports Medicine* 48(1):137–151. doi:10.1007/s40279-017-0788-x

Schoenfeld BJ, Ogborn DI, Krieger JW (2015). Effect of repetition duration during
resistance training on muscle hypertrophy: a systematic review and meta-analysis.
*Sports Medicine* 45(4):577–585. doi:10.1007/s40279-015-0304-0

Banister EW, Calvert TW, Savage MV, Bach T (1975). A systems model of training for
athletic performance. *Australian Journal of Sports Medicine* 7(3):57–61.

Calvert TW, Banister EW, Savage MV, Bach T (1976). A systems model of the effects of
training on physical performance. *IEEE Transactions on Systems, Man, and Cybernetics*
SMC-6(2):94–102.

Morton RH, Fitz-Clarke JR, Banister EW (1990). Modeling human performance in
running. *Journal of Applied Physiology* 69(3):1171–1177.

Hellard P, Avalos M, Lacoste L, et al. (2006). Assessing the limitations of the
Banister model in monitoring training. *Journal of Sports Sciences* 24(5):509–520.

Bosquet L, Montpetit J, Arvisais D, Mujika I (2007). Effects of tapering on
performance: a meta-analysis. *Medicine & Science in Sports & Exercise*
39(8):1358–1365.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

import numpy as np

from liftlab.goals import GOALS
from liftlab.validation import (
    as_number,
    as_output,
    check_broadcast,
    check_choice,
    check_integer,
    check_positive,
    check_range,
    check_whole,
)

__all__ = [
    "DEFAULT_K1",
    "DEFAULT_K2",
    "DEFAULT_SECONDS_PER_REP",
    "DEFAULT_SETUP_S",
    "DEFAULT_TAPER_FACTOR",
    "DEFAULT_TAU1",
    "DEFAULT_TAU2",
    "HEAVY_PERCENT_1RM",
    "LIGHT_PERCENT_1RM",
    "REST_MINUTES",
    "STRENGTH_LOAD_PERCENT_1RM",
    "FitnessFatigue",
    "RestPeriod",
    "days_until_hard_again",
    "fitness_fatigue",
    "fitness_fatigue_loop",
    "rest_period",
    "session_days",
    "session_duration",
    "training_load_schedule",
]

# ------------------------------------------------------------------------ rest periods

#: Rest between sets, minutes, by goal: the article's ranges (hypertrophy 1–3 min,
#: strength 2–5 min), read from :data:`liftlab.goals.GOALS` so both modules agree.
#: Research agrees in direction: 3 min beat 1 min for both strength and muscle size
#: in trained men (Schoenfeld et al. 2016), and more than 2 min maximised strength
#: gains in trained lifters (Grgic et al. 2018), while 60–120 s sufficed for
#: untrained people.
REST_MINUTES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {name: prescription.rest_minutes for name, prescription in GOALS.items()}
)

#: %1RM from which a set counts as strength work (the article: "+80 % of your 1RM";
#: the low end of the strength band of :data:`liftlab.goals.GOALS`).
STRENGTH_LOAD_PERCENT_1RM: float = GOALS["strength"].percent_1rm[0]


@dataclass(frozen=True)
class RestPeriod:
    """A recommended rest between sets, in minutes."""

    low_min: float
    high_min: float
    reason: str


def _one_number(name: str, value: Any, **bounds: Any) -> float:
    """Check ``value`` like :func:`check_range` and insist on a single number."""
    if not isinstance(value, (int, float, np.integer, np.floating)) or isinstance(value, bool):
        as_number(name, value)  # raises TypeError for non-numbers
        raise TypeError(f"{name}={value!r} is not a single number: give one value.")
    return float(check_range(name, value, **bounds))


def rest_period(goal: str, percent_1rm: Any = None) -> RestPeriod:
    """Rest between sets for a goal and, optionally, the load lifted.

    The goal sets the article's range (:data:`REST_MINUTES`). A load at or above
    :data:`STRENGTH_LOAD_PERCENT_1RM` (80 % 1RM) is strength work whatever the goal,
    so the range becomes the longer of the two: heavy sets need more rest to be
    repeated at full force (the article: "be as fresh as possible for the heavy
    weights"; Grgic et al. 2018).

    Parameters
    ----------
    goal : {"hypertrophy", "strength"}
        The training goal.
    percent_1rm : float, optional
        Load of the sets, % of one-repetition maximum, in (0, 100].

    Returns
    -------
    RestPeriod
        ``low_min``, ``high_min`` (minutes) and a one-line ``reason``.

    Examples
    --------
    >>> rest_period("hypertrophy")
    RestPeriod(low_min=1.0, high_min=3.0, reason='hypertrophy: the article suggests 1–3 min')
    >>> rest_period("hypertrophy", percent_1rm=85).low_min
    2.0
    """
    key = check_choice("goal", goal, tuple(REST_MINUTES))
    low, high = REST_MINUTES[key]
    reason = f"{key}: the article suggests {low:g}–{high:g} min"
    if percent_1rm is not None:
        load = _one_number("percent_1rm", percent_1rm, low=0.0, high=100.0, low_open=True, unit="%")
        if load >= STRENGTH_LOAD_PERCENT_1RM and key != "strength":
            s_low, s_high = REST_MINUTES["strength"]
            low, high = max(low, s_low), max(high, s_high)
            reason = (
                f"{load:g}% 1RM is heavy (>= {STRENGTH_LOAD_PERCENT_1RM:g}%): "
                f"rest like strength work, {low:g}–{high:g} min"
            )
    return RestPeriod(low, high, reason)


# --------------------------------------------------------------------- session duration

#: Default time per repetition, seconds: about 1 s up and 2 s down. A convention, not a
#: prescription: repetition durations from 0.5 to 8 s gave similar hypertrophy
#: (Schoenfeld, Ogborn & Krieger 2015).
DEFAULT_SECONDS_PER_REP: float = 3.0
#: Default time to get into position for each set (unrack, brace, set up), seconds.
#: An assumption of this package, not a measured value.
DEFAULT_SETUP_S: float = 15.0


def session_duration(
    sets: Any,
    reps: Any,
    rest_min: Any,
    seconds_per_rep: Any = DEFAULT_SECONDS_PER_REP,
    setup_s: Any = DEFAULT_SETUP_S,
) -> float | np.ndarray:
    """Time to perform a block of sets, minutes.

    ``minutes = sets × (reps × seconds_per_rep + setup_s) / 60 + (sets − 1) × rest_min``

    There is a rest after every set but the last; warm-ups and changing rooms are not
    counted. Arguments broadcast, so a grid of rests or set counts gives a grid of
    durations.

    Parameters
    ----------
    sets : int or array_like
        Total working sets in the block (all exercises), whole numbers >= 1.
    reps : int or array_like
        Repetitions per set, whole numbers >= 1.
    rest_min : float or array_like
        Rest between sets, minutes, >= 0.
    seconds_per_rep : float or array_like, default 3.0
        Duration of one repetition, seconds, > 0 (:data:`DEFAULT_SECONDS_PER_REP`).
    setup_s : float or array_like, default 15.0
        Set-up time before each set, seconds, >= 0 (:data:`DEFAULT_SETUP_S`).

    Returns
    -------
    float or numpy.ndarray
        Duration in minutes. Longer rests never shorten it.

    Examples
    --------
    Four exercises of 3 sets of 10 with 2 min rest:

    >>> round(session_duration(12, 10, 2), 1)
    31.0
    """
    n_sets = check_whole("sets", sets, low=1)
    n_reps = check_whole("reps", reps, low=1)
    rest = check_range("rest_min", rest_min, low=0.0, unit="min")
    per_rep = check_positive("seconds_per_rep", seconds_per_rep, unit="s")
    setup = check_range("setup_s", setup_s, low=0.0, unit="s")
    check_broadcast(sets=n_sets, reps=n_reps, rest_min=rest, seconds_per_rep=per_rep, setup_s=setup)
    working_s = np.multiply(n_sets, np.add(np.multiply(n_reps, per_rep), setup))
    return as_output(np.add(np.divide(working_s, 60.0), np.multiply(np.subtract(n_sets, 1), rest)))


# ------------------------------------------------------------- days between hard sessions

#: At or above this %1RM, the article advises at least 2 rest days before training the
#: same muscle group hard again ("when you are going +90 % 1RM"); from
#: :data:`liftlab.goals.GOALS`.
HEAVY_PERCENT_1RM: float = GOALS["strength"].rest_days_after_percent
#: Below this %1RM (the article's example: "6 reps at less than 70 %"), training every
#: day or every other day is possible.
LIGHT_PERCENT_1RM: float = 70.0
_HEAVY_REST_DAYS: int = GOALS["strength"].rest_days[0]  # 2
_LIGHT_REST_DAYS: int = GOALS["hypertrophy"].rest_days[0]  # 0


def days_until_hard_again(percent_1rm: Any) -> int | np.ndarray:
    """Minimum full rest days before training the same muscle group hard again.

    * ``>= 90 %`` 1RM: **2** days (the article: "at least 2 days of rest");
    * ``< 70 %`` 1RM: **0** days, i.e. the next day is possible (the article: "every
      day or every other day, depending on the type of exercise");
    * in between the article gives no number; **1** day is this package's middle
      step, not a published value.

    Research adds that fatigue depends on effort and volume as well as load: sets
    taken to failure take longer to recover from than the same load stopped short,
    which this rule does not model.

    Parameters
    ----------
    percent_1rm : float or array_like
        Heaviest load of the session, % 1RM, in (0, 100].

    Returns
    -------
    int or numpy.ndarray
        Rest days (an ``int`` for a scalar, an integer array otherwise).

    Examples
    --------
    >>> days_until_hard_again(92)
    2
    >>> days_until_hard_again([60, 80, 95]).tolist()
    [0, 1, 2]
    """
    load = check_range("percent_1rm", percent_1rm, low=0.0, high=100.0, low_open=True, unit="%")
    days = np.where(
        load >= HEAVY_PERCENT_1RM,
        _HEAVY_REST_DAYS,
        np.where(load < LIGHT_PERCENT_1RM, _LIGHT_REST_DAYS, 1),
    )
    return int(days) if np.ndim(days) == 0 else days.astype(int)


# -------------------------------------------------------------- fitness–fatigue model

#: Default gain of fitness (performance units per unit of load). With k2 = 2·k1 a
#: session first lowers performance, then raises it once fatigue has decayed: the
#: illustrative setting used in simulations after Morton, Fitz-Clarke & Banister
#: (1990) (not checked against that paper's text here).
DEFAULT_K1: float = 1.0
#: Default gain of fatigue (see :data:`DEFAULT_K1`).
DEFAULT_K2: float = 2.0
#: Default decay time of fitness, days. Calvert et al. (1976) fitted 50 days for a
#: swimmer (checked); 45 days is the common illustrative value after Morton et al.
#: (1990) (not checked). Fitted values vary widely: 38 days (95 % CI 17–59) in elite
#: swimmers (Hellard et al. 2006).
DEFAULT_TAU1: float = 45.0
#: Default decay time of fatigue, days: 15 days in Calvert et al. (1976) (checked);
#: 19 days (95 % CI 6–32) in Hellard et al. (2006).
DEFAULT_TAU2: float = 15.0


class FitnessFatigue(NamedTuple):
    """Result of :func:`fitness_fatigue`: arrays of shape ``batch + (days,)``.

    Attributes
    ----------
    fitness : numpy.ndarray
        ``k1 × g(t)``, the positive after-effect of training, performance units.
    fatigue : numpy.ndarray
        ``k2 × h(t)``, the negative after-effect, performance units.
    performance : numpy.ndarray
        ``p0 + fitness − fatigue``.
    """

    fitness: np.ndarray
    fatigue: np.ndarray
    performance: np.ndarray


def _check_loads(loads: Any) -> np.ndarray:
    """Daily loads as a float array with at least one day, every value >= 0."""
    values = check_range("loads", loads, low=0.0)
    if not isinstance(values, np.ndarray):
        raise TypeError(
            f"loads={loads!r} is a single number: loads must be a sequence of daily loads."
        )
    if values.shape[-1] == 0:
        raise ValueError("loads is empty: give at least one day of training load.")
    return values


def fitness_fatigue(
    loads: Any,
    k1: Any = DEFAULT_K1,
    k2: Any = DEFAULT_K2,
    tau1: Any = DEFAULT_TAU1,
    tau2: Any = DEFAULT_TAU2,
    p0: Any = 0.0,
) -> FitnessFatigue:
    """Banister fitness–fatigue (impulse–response) model, vectorised.

    Each day's training load ``w`` adds to two after-effects that decay
    exponentially, fitness (slowly, time constant ``tau1``) and fatigue (quickly,
    ``tau2``); performance is baseline plus fitness minus fatigue (Banister et al.
    1975; Calvert et al. 1976; Morton et al. 1990)::

        p(n) = p0 + k1 · Σ_{i<n} w(i) e^{-(n-i)/tau1} − k2 · Σ_{i<n} w(i) e^{-(n-i)/tau2}

    Day ``n``'s performance counts the training of days ``0 … n−1``: today's
    session shows from tomorrow. The sums are computed by the recursion
    ``g(n) = e^{-1/tau}·(g(n−1) + w(n−1))``, one vectorised step per day across all
    parameter sets (the closed form through ``e^{+i/tau}`` overflows for long
    horizons and short time constants, the recursion does not).

    Parameters
    ----------
    loads : array_like
        Daily training load, >= 0, in any consistent unit (e.g. volume-load, or
        session RPE × minutes), shape ``(days,)`` or ``batch + (days,)``.
    k1, k2 : float or array_like, default 1.0, 2.0
        Gains of fitness and fatigue, >= 0 (performance units per unit load).
    tau1, tau2 : float or array_like, default 45.0, 15.0
        Decay time constants of fitness and fatigue, days, > 0.
    p0 : float or array_like, default 0.0
        Baseline performance.

    Parameters may be arrays (e.g. shape ``(n,)`` for ``n`` parameter sets); they
    broadcast together with ``loads.shape[:-1]`` into a batch shape.

    Returns
    -------
    FitnessFatigue
        ``fitness``, ``fatigue`` and ``performance``, each of shape
        ``batch + (days,)``: ``(days,)`` for scalar parameters, ``(n, days)`` for
        parameters of shape ``(n,)``.

    Raises
    ------
    ValueError
        For negative loads or gains, non-positive time constants, an empty load
        array, or parameter shapes that do not broadcast.
    TypeError
        For a scalar ``loads`` or values that are not numbers.

    Notes
    -----
    Speed: 365 days × 10,000 parameter sets take about 20–35 ms on the 2-core
    development machine once warm; the first call in a process can take ~100 ms more,
    spent by the operating system mapping the ~90 MB of fresh output memory. The
    parameters are fitted per person in practice and vary widely (Hellard et al. 2006
    report 95 % intervals of 17–59 days for ``tau1``), so treat the defaults as
    illustrative, not as anyone's values.

    Examples
    --------
    One session of load 100 on day 0, defaults (k1 = 1, k2 = 2, tau1 = 45, tau2 = 15):

    >>> result = fitness_fatigue([100, 0, 0])
    >>> result.performance.round(2).tolist()
    [0.0, -89.3, -79.38]
    """
    w = _check_loads(loads)
    gains = {"k1": check_range("k1", k1, low=0.0), "k2": check_range("k2", k2, low=0.0)}
    taus = {
        "tau1": check_positive("tau1", tau1, unit="days"),
        "tau2": check_positive("tau2", tau2, unit="days"),
    }
    base = as_number("p0", p0)
    try:
        batch = np.broadcast_shapes(
            *(np.shape(v) for v in (*gains.values(), *taus.values(), base)), w.shape[:-1]
        )
    except ValueError as exc:
        raise ValueError(
            "k1, k2, tau1, tau2, p0 and loads.shape[:-1] do not broadcast together: "
            f"shapes {[np.shape(v) for v in (*gains.values(), *taus.values(), base)]} "
            f"and {w.shape[:-1]}."
        ) from exc
    days = w.shape[-1]
    daily = np.moveaxis(w, -1, 0)  # (days, ...): daily[n] broadcasts against the batch
    decay1 = np.exp(np.divide(-1.0, taus["tau1"]))
    decay2 = np.exp(np.divide(-1.0, taus["tau2"]))
    # Each day's row (the whole batch) is computed from the previous row while that row
    # is still in cache; rows of a (days, *batch) array are contiguous.
    fitness = np.empty((days, *batch))
    fatigue = np.empty((days, *batch))
    performance = np.empty((days, *batch))
    fitness[0:1] = 0.0
    fatigue[0:1] = 0.0
    impulse = np.empty(batch)
    shift = np.any(base != 0.0)
    for n in range(days):
        # Slices rather than fitness[n], so that a 0-d batch still gives writable views.
        fit, fat, today = fitness[n : n + 1], fatigue[n : n + 1], performance[n : n + 1]
        np.subtract(fit, fat, out=today)
        if shift:
            today += base
        if n + 1 < days:
            # k1·g(n + 1) = e^{-1/tau1} (k1·g(n) + k1·w(n)), and likewise for fatigue.
            fit_next, fat_next = fitness[n + 1 : n + 2], fatigue[n + 1 : n + 2]
            np.multiply(gains["k1"], daily[n], out=impulse)
            np.add(fit, impulse, out=fit_next)
            fit_next *= decay1
            np.multiply(gains["k2"], daily[n], out=impulse)
            np.add(fat, impulse, out=fat_next)
            fat_next *= decay2
    return FitnessFatigue(
        np.moveaxis(fitness, 0, -1),
        np.moveaxis(fatigue, 0, -1),
        np.moveaxis(performance, 0, -1),
    )


def fitness_fatigue_loop(
    loads: Sequence[float],
    k1: float = DEFAULT_K1,
    k2: float = DEFAULT_K2,
    tau1: float = DEFAULT_TAU1,
    tau2: float = DEFAULT_TAU2,
    p0: float = 0.0,
) -> FitnessFatigue:
    """Plain-Python reference of :func:`fitness_fatigue` for one parameter set.

    The same model and day convention, written as a scalar loop over days with no
    numpy arithmetic, to check the vectorised version and as the baseline of the
    speed benchmark.

    Parameters
    ----------
    loads : sequence of float
        Daily training loads, >= 0, at least one day.
    k1, k2, tau1, tau2, p0 : float
        Single numbers, as in :func:`fitness_fatigue`.

    Returns
    -------
    FitnessFatigue
        Arrays of shape ``(days,)``.
    """
    values = _check_loads(loads)
    if values.ndim != 1:
        raise ValueError(f"loads has shape {values.shape}: the loop takes one sequence of days.")
    gain1 = _one_number("k1", k1, low=0.0)
    gain2 = _one_number("k2", k2, low=0.0)
    time1 = _one_number("tau1", tau1, low=0.0, low_open=True, unit="days")
    time2 = _one_number("tau2", tau2, low=0.0, low_open=True, unit="days")
    base = _one_number("p0", p0)
    decay1, decay2 = math.exp(-1.0 / time1), math.exp(-1.0 / time2)
    g = h = 0.0
    fitness: list[float] = []
    fatigue: list[float] = []
    performance: list[float] = []
    for load in values.tolist():
        fitness.append(gain1 * g)
        fatigue.append(gain2 * h)
        performance.append(base + gain1 * g - gain2 * h)
        g = decay1 * (g + load)
        h = decay2 * (h + load)
    return FitnessFatigue(np.array(fitness), np.array(fatigue), np.array(performance))


# ------------------------------------------------------------------ weekly → daily loads

#: Default load multiplier of taper weeks: a 50 % cut in volume, inside the 41–60 %
#: reduction that worked best over a 2-week taper in Bosquet et al. (2007), with
#: intensity and frequency kept.
DEFAULT_TAPER_FACTOR: float = 0.5


def session_days(days_per_week: int) -> tuple[int, ...]:
    """Days of the week (0 = first day) of ``days_per_week`` sessions, spread evenly.

    Session ``i`` falls on day ``floor(7 i / days_per_week)``: 3 sessions → days
    0, 2, 4 (e.g. Mon, Wed, Fri); 2 → 0, 3; 4 → 0, 1, 3, 5.

    Examples
    --------
    >>> session_days(3)
    (0, 2, 4)
    """
    count = check_integer("days_per_week", days_per_week, low=0, high=7)
    return tuple((7 * i) // count for i in range(count))


def training_load_schedule(
    days_per_week: int,
    load_per_session: Any,
    weeks: int,
    taper_weeks: int = 0,
    taper_factor: Any = DEFAULT_TAPER_FACTOR,
) -> np.ndarray:
    """Daily training loads for a repeating weekly plan, with an optional taper.

    Parameters
    ----------
    days_per_week : int
        Sessions per week, 0–7, placed by :func:`session_days`.
    load_per_session : float or sequence of float
        Load of each session, >= 0 (any unit, e.g. volume-load): one number for all
        sessions, or one per session of the week (length ``days_per_week``), e.g.
        ``[heavy, light, medium]``.
    weeks : int
        Number of weeks, >= 1.
    taper_weeks : int, default 0
        Final weeks whose loads are multiplied by ``taper_factor``, 0–``weeks``.
    taper_factor : float, default 0.5
        Load multiplier in the taper, in (0, 1] (:data:`DEFAULT_TAPER_FACTOR`).

    Returns
    -------
    numpy.ndarray
        Shape ``(7 × weeks,)``: the load of each day, 0 on rest days. Feed it to
        :func:`fitness_fatigue`.

    Examples
    --------
    >>> training_load_schedule(3, 100, 2, taper_weeks=1).tolist()
    [100.0, 0.0, 100.0, 0.0, 100.0, 0.0, 0.0, 50.0, 0.0, 50.0, 0.0, 50.0, 0.0, 0.0]
    """
    days = session_days(days_per_week)
    n_weeks = check_integer("weeks", weeks, low=1)
    n_taper = check_integer("taper_weeks", taper_weeks, low=0, high=n_weeks)
    factor = _one_number("taper_factor", taper_factor, low=0.0, high=1.0, low_open=True)
    per_session = check_range("load_per_session", load_per_session, low=0.0)
    if np.ndim(per_session) == 0:
        per_session = np.full(len(days), per_session)
    if per_session.shape != (len(days),):
        raise ValueError(
            f"load_per_session has {np.size(per_session)} values for days_per_week={len(days)}: "
            "give one load, or one load per session of the week."
        )
    week = np.zeros(7)
    week[list(days)] = per_session
    schedule = np.tile(week, n_weeks)
    if n_taper:
        schedule[7 * (n_weeks - n_taper) :] *= factor
    return schedule
