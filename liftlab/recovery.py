"""Recovery: rest between sets, session length, days between hard sessions, fitness–fatigue.

* :func:`rest_period`: the article's rest ranges (hypertrophy 1–3 min, strength
  2–5 min), pushed toward the strength range for heavy loads;
* :data:`SINGER_2024_REST_CATEGORIES` and :data:`SINGER_2024_LONGER_MINUS_SHORT`: what
  a Bayesian meta-analysis of rest and muscle growth found, with its uncertainty, and
  :func:`shared_interval` to say how much the intervals overlap;
* :func:`session_duration`: how long a block of sets takes, in minutes;
* :func:`days_until_hard_again`: the article's rule of at least 2 days after work
  above 90 % 1RM;
* :func:`fitness_fatigue`: the Banister impulse–response model, vectorised over days
  and over parameter sets, with :func:`fitness_fatigue_loop` as its plain-Python
  reference, and :func:`training_load_schedule` to build a daily load from a weekly plan;
* :func:`recovery_time`, :func:`recovery_day`, :func:`peak_time` and
  :func:`session_value`: what one session does in the model, in closed form;
  :func:`taper_response`: test-day performance for a range of taper loads.

References
----------
Schoenfeld BJ, Pope ZK, Benik FM, et al. (2016). Longer interset rest periods enhance
muscle strength and hypertrophy in resistance-trained men. *Journal of Strength and
Conditioning Research* 30(7):1805–1812. doi:10.1519/JSC.0000000000001272
[@schoenfeld2016]

Singer A, Wolf M, Generoso L, et al. (2024). Give it a rest: a systematic review with
Bayesian meta-analysis on the effect of inter-set rest interval duration on muscle
hypertrophy. *Frontiers in Sports and Active Living* 6:1429789.
doi:10.3389/fspor.2024.1429789 [@singer2024]

Grgic J, Schoenfeld BJ, Skrepnik M, Davies TB, Mikulic P (2018). Effects of rest
interval duration in resistance training on measures of muscular strength: a
systematic review. *Sports Medicine* 48(1):137–151. doi:10.1007/s40279-017-0788-x
[@grgic2018]

Schoenfeld BJ, Ogborn DI, Krieger JW (2015). Effect of repetition duration during
resistance training on muscle hypertrophy: a systematic review and meta-analysis.
*Sports Medicine* 45(4):577–585. doi:10.1007/s40279-015-0304-0 [@schoenfeld2015]

Thomas K, Brownstein CG, Dent J, et al. (2018). Neuromuscular fatigue and recovery
after heavy resistance, jump, and sprint training. *Medicine & Science in Sports &
Exercise* 50(12):2526–2535. doi:10.1249/MSS.0000000000001733 [@thomas2018]

Helland C, Midttun M, Saeland F, et al. (2020). A strength-oriented exercise session
required more recovery time than a power-oriented exercise session with equal work.
*PeerJ* 8:e10044. doi:10.7717/peerj.10044 [@helland2020]

Banister EW, Calvert TW, Savage MV, Bach T (1975). A systems model of training for
athletic performance. *Australian Journal of Sports Medicine* 7(3):57–61.
[@banister1975]

Calvert TW, Banister EW, Savage MV, Bach T (1976). A systems model of the effects of
training on physical performance. *IEEE Transactions on Systems, Man, and Cybernetics*
SMC-6(2):94–102. doi:10.1109/TSMC.1976.5409179 [@calvert1976]

Hellard P, Avalos M, Lacoste L, et al. (2006). Assessing the limitations of the
Banister model in monitoring training. *Journal of Sports Sciences* 24(5):509–520.
doi:10.1080/02640410500244697 [@hellard2006]

Busso T, Benoit H, Bonnefoy R, Feasson L, Lacour JR (2002). Effects of training
frequency on the dynamics of performance response to a single training bout.
*Journal of Applied Physiology* 92(2):572–580. doi:10.1152/japplphysiol.00429.2001
[@busso2002]

Vermeire K, Ghijs M, Bourgois JG, Boone J (2022). The fitness–fatigue model: what's in
the numbers? *International Journal of Sports Physiology and Performance*
17(5):810–813. doi:10.1123/ijspp.2021-0494 [@vermeire2022]

Bosquet L, Montpetit J, Arvisais D, Mujika I (2007). Effects of tapering on
performance: a meta-analysis. *Medicine & Science in Sports & Exercise*
39(8):1358–1365. doi:10.1249/mss.0b013e31806010e0 [@bosquet2007]

Thomas L, Busso T (2005). A theoretical study of taper characteristics to optimize
performance. *Medicine & Science in Sports & Exercise* 37(9):1615–1621.
doi:10.1249/01.mss.0000177461.94156.4b [@thomas2005]
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
    "BOSQUET_2007_VOLUME_CUT",
    "BUSSO_2002_RECOVERY_DAYS",
    "DEFAULT_K1",
    "DEFAULT_K2",
    "DEFAULT_PARAMETERS",
    "DEFAULT_SECONDS_PER_REP",
    "DEFAULT_SETUP_S",
    "DEFAULT_TAPER_FACTOR",
    "DEFAULT_TAU1",
    "DEFAULT_TAU2",
    "HEAVY_PERCENT_1RM",
    "HELLAND_2020_NOT_RECOVERED_DAY",
    "HELLARD_2006",
    "LIGHT_PERCENT_1RM",
    "REST_MINUTES",
    "SEASON_FIT_PARAMETERS",
    "SINGER_2024_LONGER_MINUS_SHORT",
    "SINGER_2024_REST_BINARY",
    "SINGER_2024_REST_CATEGORIES",
    "STRENGTH_LOAD_PERCENT_1RM",
    "THOMAS_2005_BEST_TAPER",
    "THOMAS_2018_RECOVERED_DAY",
    "VERMEIRE_2022",
    "BanisterParameters",
    "FitnessFatigue",
    "PooledEstimate",
    "RestPeriod",
    "days_until_hard_again",
    "fitness_fatigue",
    "fitness_fatigue_loop",
    "peak_time",
    "recovery_day",
    "recovery_time",
    "rest_period",
    "session_days",
    "session_duration",
    "session_value",
    "shared_interval",
    "taper_response",
    "training_load_schedule",
]

# ------------------------------------------------------------------------ rest periods

#: Rest between sets, minutes, by goal: the article's ranges (hypertrophy 1–3 min,
#: strength 2–5 min), read from :data:`liftlab.goals.GOALS` so both modules agree.
#: For strength, research agrees in direction: more than 2 min maximised strength
#: gains in trained lifters, while 60–120 s sufficed for untrained people (Grgic et
#: al. 2018) [@grgic2018]. For muscle size the evidence is less clear: 3 min beat
#: 1 min in one trial of 21 trained men (Schoenfeld et al. 2016) [@schoenfeld2016],
#: but pooled trials overlap heavily across rest lengths (Singer et al. 2024, see
#: :data:`SINGER_2024_REST_CATEGORIES`).
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


class PooledEstimate(NamedTuple):
    """A pooled effect of a meta-analysis: central estimate and its 95 % interval."""

    label: str
    estimate: float
    low: float
    high: float


#: Singer et al. (2024) [@singer2024], abstract (checked): pre–post standardised mean
#: differences in muscle size (Bayesian hierarchical models, 19 measurements from 9
#: randomised studies that varied only the rest between sets), median and 95 %
#: credible interval, with rests coded in two categories. The seconds that bound the
#: categories are defined in the paper's methods, not in its abstract, and were not
#: checked here.
SINGER_2024_REST_BINARY: tuple[PooledEstimate, ...] = (
    PooledEstimate("short", 0.48, 0.19, 0.81),
    PooledEstimate("longer", 0.56, 0.24, 0.86),
)
#: The same analysis with rests coded in four categories (abstract, checked).
SINGER_2024_REST_CATEGORIES: tuple[PooledEstimate, ...] = (
    PooledEstimate("short", 0.47, 0.19, 0.80),
    PooledEstimate("intermediate", 0.65, 0.18, 1.1),
    PooledEstimate("long", 0.55, 0.15, 0.90),
    PooledEstimate("very long", 0.50, 0.14, 0.89),
)
#: Singer et al. (2024), controlled comparisons (longer minus short rest, standardised
#: mean difference, 95 % credible interval; abstract, checked): central estimates
#: favour longer rests for the arm and thigh and are close to zero, marginally
#: favouring shorter rests, for whole-body measures.
SINGER_2024_LONGER_MINUS_SHORT: tuple[PooledEstimate, ...] = (
    PooledEstimate("arm", 0.13, -0.27, 0.51),
    PooledEstimate("thigh", 0.17, -0.13, 0.43),
    PooledEstimate("whole body", -0.08, -0.45, 0.29),
)


def shared_interval(estimates: Sequence[PooledEstimate]) -> tuple[float, float] | None:
    """The range of values that every interval of ``estimates`` contains, or ``None``.

    ``(max of the lows, min of the highs)`` when that is a range; ``None`` when two
    intervals do not overlap at all.

    Examples
    --------
    >>> shared_interval(SINGER_2024_REST_CATEGORIES)
    (0.19, 0.8)
    """
    if isinstance(estimates, PooledEstimate) or not estimates:
        raise ValueError("estimates must be a non-empty sequence of PooledEstimate.")
    for index, item in enumerate(estimates):
        if not isinstance(item, PooledEstimate):
            raise TypeError(f"estimates[{index}]={item!r} is not a PooledEstimate.")
    low = max(item.low for item in estimates)
    high = min(item.high for item in estimates)
    return (low, high) if low <= high else None


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

    The rule is the article's, and no study tested it as such. The nearest evidence
    measured recovery after one hard session rather than after a load: fatigue had
    resolved by 72 h after 10 × 5 squats at 80 % 1RM in ten male athletes (Thomas et
    al. 2018) [@thomas2018], and recovery was not complete 48 h after a 5RM session in
    sixteen strength-trained people (Helland et al. 2020) [@helland2020]. Fatigue
    depends on effort and volume as well as load, which this rule does not model.

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


class BanisterParameters(NamedTuple):
    """The four parameters of :func:`fitness_fatigue`: gains and time constants (days)."""

    k1: float
    k2: float
    tau1: float
    tau2: float


#: Day after one session by which performance had recovered in Thomas et al. (2018)
#: [@thomas2018]: fatigue after 10 × 5 back squats at 80 % 1RM resolved by 72 h, i.e.
#: day 3 (ten male athletes; abstract, checked).
THOMAS_2018_RECOVERED_DAY: int = 3
#: Day after one session at which recovery was still incomplete in Helland et al.
#: (2020) [@helland2020]: 48 h after a 5RM session, i.e. day 2 (sixteen
#: strength-trained people; abstract, checked).
HELLAND_2020_NOT_RECOVERED_DAY: int = 2

#: What Vermeire et al. (2022) [@vermeire2022] report about fitted parameters (journal
#: page, checked): general constants "often estimated to be 42 days for fitness and 7
#: days for fatigue", and published fits "ranging from 4 to 51, and from 4 to 74" days
#: for the fitness and fatigue time constants.
VERMEIRE_2022: Mapping[str, Any] = MappingProxyType(
    {"common_tau1": 42.0, "common_tau2": 7.0, "tau1_range": (4.0, 51.0), "tau2_range": (4.0, 74.0)}
)

#: What Hellard et al. (2006) [@hellard2006] fitted to a season of nine elite swimmers
#: (abstract, checked): mean and 95 % interval of the fitness time constant ``tau1``
#: (38, 17–59 days), the fatigue time constant ``tau2`` (19, 6–32), the time for
#: performance to recover after one session ``tn`` (19, 7–35) and the time to the best
#: performance after one session ``tg`` (43, 25–61). (``tn`` and ``tg`` read as in
#: Busso's notation for these quantities; the paper's full text was not read here.)
HELLARD_2006: Mapping[str, tuple[float, float, float]] = MappingProxyType(
    {
        "tau1": (38.0, 17.0, 59.0),
        "tau2": (19.0, 6.0, 32.0),
        "tn": (19.0, 7.0, 35.0),
        "tg": (43.0, 25.0, 61.0),
    }
)

#: Busso et al. (2002) [@busso2002], six previously untrained people on a cycle
#: ergometer with a time-varying model (abstract, checked): the time needed to recover
#: performance after one session, mean and SD in days, grew with training frequency,
#: from 0.9 ± 2.1 at three sessions a week to 3.6 ± 2.0 at five.
BUSSO_2002_RECOVERY_DAYS: Mapping[int, tuple[float, float]] = MappingProxyType(
    {3: (0.9, 2.1), 5: (3.6, 2.0)}
)

#: Default decay time of fitness, days: the general constant most often used (42
#: days; Vermeire et al. 2022) [@vermeire2022]. Illustrative, not fitted to anyone.
DEFAULT_TAU1: float = VERMEIRE_2022["common_tau1"]
#: Default decay time of fatigue, days: the general constant most often used (7 days;
#: Vermeire et al. 2022). Illustrative, not fitted to anyone.
DEFAULT_TAU2: float = VERMEIRE_2022["common_tau2"]
#: Default gain of fitness (performance units per unit of load); sets the scale only.
DEFAULT_K1: float = 1.0
#: Default gain of fatigue: **chosen by this package**, not fitted, so that one hard
#: session's modelled performance is back to its starting level within days, as
#: measured after single resistance sessions: below it on day 2 (48 h, Helland et al.
#: 2020) and back on day 3 (72 h, Thomas et al. 2018). With the two time constants
#: above, 1.4 puts :func:`recovery_time` at 2.8 days; any ``k2`` from about 1.27 to
#: 1.43 would do. A larger ``k2`` (2 is common in textbook simulations) would
#: stretch the dip to about six days with these time constants.
DEFAULT_K2: float = 1.4
#: The defaults as one tuple, ``BanisterParameters(k1, k2, tau1, tau2)``.
DEFAULT_PARAMETERS: BanisterParameters = BanisterParameters(
    DEFAULT_K1, DEFAULT_K2, DEFAULT_TAU1, DEFAULT_TAU2
)
#: Parameters with the time constants Hellard et al. (2006) fitted to a season of
#: elite swimmers (``tau1`` 38, ``tau2`` 19 days) and ``k2 / k1`` chosen so that one
#: session's dip lasts their mean ``tn`` of 19 days (``k2 = e**0.5 ≈ 1.65``). It gives
#: a time to peak of 45 days, close to their ``tg`` of 43. Used to show how a model
#: fitted over months of endurance training behaves, not as anyone's values.
SEASON_FIT_PARAMETERS: BanisterParameters = BanisterParameters(
    1.0,
    math.exp(HELLARD_2006["tn"][0] * (1 / HELLARD_2006["tau2"][0] - 1 / HELLARD_2006["tau1"][0])),
    HELLARD_2006["tau1"][0],
    HELLARD_2006["tau2"][0],
)


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
    1975; Calvert et al. 1976) [@banister1975; @calvert1976]::

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
    k1, k2 : float or array_like, default 1.0, 1.4
        Gains of fitness and fatigue, >= 0 (performance units per unit load).
    tau1, tau2 : float or array_like, default 42.0, 7.0
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
    spent by the operating system mapping the ~90 MB of fresh output memory.

    The parameters are fitted per person in practice and vary widely: published fits
    range from 4 to 51 days for ``tau1`` and 4 to 74 days for ``tau2`` (Vermeire et
    al. 2022) [@vermeire2022], and within one group of nine elite swimmers the 95 %
    interval of ``tau1`` ran from 17 to 59 days (Hellard et al. 2006) [@hellard2006].
    The defaults (:data:`DEFAULT_PARAMETERS`) are illustrative, chosen so that one hard
    session's dip lasts the two to three days measured after resistance sessions; they
    are not anyone's fitted values.

    Examples
    --------
    One session of load 100 on day 0, defaults (k1 = 1, k2 = 1.4, tau1 = 42, tau2 = 7):
    below the start on days 1 and 2, above it from day 3.

    >>> result = fitness_fatigue([100, 0, 0, 0])
    >>> result.performance.round(2).tolist()
    [0.0, -23.72, -9.86, 1.9]
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


# ------------------------------------------------------- one session, in closed form


def _check_parameters(k1: Any, k2: Any, tau1: Any, tau2: Any) -> BanisterParameters:
    """Validate single-number parameters with ``tau1 > tau2`` (fatigue fades faster)."""
    params = BanisterParameters(
        _one_number("k1", k1, low=0.0, low_open=True),
        _one_number("k2", k2, low=0.0, low_open=True),
        _one_number("tau1", tau1, low=0.0, low_open=True, unit="days"),
        _one_number("tau2", tau2, low=0.0, low_open=True, unit="days"),
    )
    if params.tau2 >= params.tau1:
        raise ValueError(
            f"tau2={params.tau2:g} days is not shorter than tau1={params.tau1:g} days: the "
            "model needs fatigue to fade faster than fitness (tau2 < tau1)."
        )
    return params


def recovery_time(
    k1: Any = DEFAULT_K1, k2: Any = DEFAULT_K2, tau1: Any = DEFAULT_TAU1, tau2: Any = DEFAULT_TAU2
) -> float:
    """Days until one session's modelled performance is back to where it started.

    One session of load ``w`` changes performance ``t`` days later by
    ``w (k1 e^{-t/tau1} − k2 e^{-t/tau2})`` (:func:`fitness_fatigue`). It is below the
    start until

        ``t_n = tau1 · tau2 / (tau1 − tau2) · ln(k2 / k1)``,

    the quantity called ``t_n`` in Busso's notation (Busso et al. 2002; Hellard et al.
    2006) [@busso2002; @hellard2006]. It does not depend on the load.

    Parameters
    ----------
    k1, k2 : float
        Gains of fitness and fatigue, > 0.
    tau1, tau2 : float
        Time constants of fitness and fatigue, days, > 0, with ``tau2 < tau1``.

    Returns
    -------
    float
        ``t_n`` in days; 0 when ``k2 <= k1`` (performance never dips).

    Raises
    ------
    ValueError
        For non-positive values, or ``tau2 >= tau1``.

    Examples
    --------
    >>> round(recovery_time(), 2)
    2.83
    >>> round(recovery_time(*SEASON_FIT_PARAMETERS), 1)
    19.0
    """
    p = _check_parameters(k1, k2, tau1, tau2)
    if p.k2 <= p.k1:
        return 0.0
    return p.tau1 * p.tau2 / (p.tau1 - p.tau2) * math.log(p.k2 / p.k1)


def recovery_day(
    k1: Any = DEFAULT_K1, k2: Any = DEFAULT_K2, tau1: Any = DEFAULT_TAU1, tau2: Any = DEFAULT_TAU2
) -> int:
    """The first whole day after one session on which performance is back to its start.

    Days are counted as in :func:`fitness_fatigue`: the session is on day 0 and shows
    from day 1, so this is ``ceil(recovery_time(...))``, and day ``n`` is ``24 n`` hours
    after the session. 0 when performance never dips.

    With the defaults it is day 3: still below the start at 48 h, as after a 5RM session
    in Helland et al. (2020), and back by 72 h, as after 10 × 5 squats in Thomas et al.
    (2018) [@helland2020; @thomas2018].

    Examples
    --------
    >>> recovery_day()
    3
    """
    return math.ceil(recovery_time(k1, k2, tau1, tau2))


def peak_time(
    k1: Any = DEFAULT_K1, k2: Any = DEFAULT_K2, tau1: Any = DEFAULT_TAU1, tau2: Any = DEFAULT_TAU2
) -> float:
    """Days from one session to the best performance it produces in the model.

    Where the derivative of ``k1 e^{-t/tau1} − k2 e^{-t/tau2}`` is zero:

        ``t_g = tau1 · tau2 / (tau1 − tau2) · ln(k2 · tau1 / (k1 · tau2))``

    (``t_g`` in Busso's notation). 0 when ``k2 · tau1 <= k1 · tau2`` (the best day is
    the first).

    Examples
    --------
    >>> round(peak_time(), 1)
    17.9
    """
    p = _check_parameters(k1, k2, tau1, tau2)
    ratio = p.k2 * p.tau1 / (p.k1 * p.tau2)
    if ratio <= 1.0:
        return 0.0
    return p.tau1 * p.tau2 / (p.tau1 - p.tau2) * math.log(ratio)


def session_value(
    days_before: Any,
    k1: Any = DEFAULT_K1,
    k2: Any = DEFAULT_K2,
    tau1: Any = DEFAULT_TAU1,
    tau2: Any = DEFAULT_TAU2,
) -> float | np.ndarray:
    """What one unit of training load, ``days_before`` days before a test, adds on test day.

    ``k1 e^{-d/tau1} − k2 e^{-d/tau2}``: negative (the session still costs more fatigue
    than it brings fitness) for ``d`` below :func:`recovery_time`, positive after. The
    model is linear, so a plan's test-day performance is the sum of these values times
    each day's load, which is why it prefers either the lightest or no taper at all
    (see :func:`taper_response`).

    Parameters
    ----------
    days_before : float or array_like
        Days between the session and the test, > 0.
    k1, k2, tau1, tau2 : float
        Model parameters, as in :func:`recovery_time`.

    Examples
    --------
    >>> session_value([1, 2, 3]).round(3).tolist()
    [-0.237, -0.099, 0.019]
    """
    p = _check_parameters(k1, k2, tau1, tau2)
    days = check_range("days_before", days_before, low=0.0, low_open=True, unit="days")
    values = p.k1 * np.exp(np.divide(-days, p.tau1)) - p.k2 * np.exp(np.divide(-days, p.tau2))
    return as_output(values)


# ------------------------------------------------------------------ weekly → daily loads

#: Bosquet et al. (2007) [@bosquet2007], abstract (checked): the largest performance
#: gains came with a taper of about 2 weeks in which training volume was cut by 41–60 %
#: with intensity and frequency kept. Pooled from 27 studies of competitive athletes,
#: mostly in endurance sports (swimmers, runners, cyclists, triathletes).
BOSQUET_2007_VOLUME_CUT: tuple[float, float] = (0.41, 0.60)
#: Thomas & Busso (2005) [@thomas2005], abstract (checked): with a model in which each
#: session's fatigue grows with recent training (Busso 2003; parameters of six people
#: fitted to cycling training), the best taper cut the load by 30.8 ± 11.8 % for
#: 19.3 ± 2.3 days after steady training, and by 39.3 ± 9.9 % for 28.0 ± 5.1 days after
#: a 28-day overload period. ``{case: (load cut %, days)}``, means.
THOMAS_2005_BEST_TAPER: Mapping[str, tuple[float, float]] = MappingProxyType(
    {"after steady training": (30.8, 19.3), "after an overload period": (39.3, 28.0)}
)
#: Default load multiplier of taper weeks: a 50 % cut, inside the 41–60 % volume cut
#: of :data:`BOSQUET_2007_VOLUME_CUT`.
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


def taper_response(
    days_per_week: int,
    load_per_session: Any,
    weeks: int,
    taper_weeks: int,
    factors: Any,
    k1: Any = DEFAULT_K1,
    k2: Any = DEFAULT_K2,
    tau1: Any = DEFAULT_TAU1,
    tau2: Any = DEFAULT_TAU2,
) -> np.ndarray:
    """Test-day performance of a plan for each taper load factor, in one vectorised run.

    The test is the day after the plan's last day. For each factor ``f`` the last
    ``taper_weeks`` weeks run at ``f`` times the load (:func:`training_load_schedule`);
    a factor of 1 is no taper.

    Because the model is linear, test-day performance is a straight line in ``f``: its
    best taper is always an end point, the lightest factor when the taper weeks hold
    mostly sessions within :func:`recovery_time` of the test, no taper otherwise.
    Real tapers do best between the two (Bosquet et al. 2007, :data:`BOSQUET_2007_VOLUME_CUT`),
    and models in which fatigue grows with accumulated training find intermediate
    optima too (Thomas & Busso 2005) [@bosquet2007; @thomas2005].

    Parameters
    ----------
    days_per_week, load_per_session, weeks, taper_weeks
        The plan, as in :func:`training_load_schedule`.
    factors : array_like
        Taper load factors, each in (0, 1].
    k1, k2, tau1, tau2 : float
        Model parameters (single numbers).

    Returns
    -------
    numpy.ndarray
        Test-day performance for each factor (p0 = 0), same shape as ``factors``.

    Examples
    --------
    >>> taper_response(3, 100, 12, 2, [0.5, 1.0]).round(0).tolist()
    [1065.0, 1167.0]
    """
    values = check_range("factors", factors, low=0.0, high=1.0, low_open=True)
    flat = np.atleast_1d(values).ravel()
    p = BanisterParameters(
        _one_number("k1", k1, low=0.0),
        _one_number("k2", k2, low=0.0),
        _one_number("tau1", tau1, low=0.0, low_open=True, unit="days"),
        _one_number("tau2", tau2, low=0.0, low_open=True, unit="days"),
    )
    plans = np.stack(
        [
            np.append(
                training_load_schedule(days_per_week, load_per_session, weeks, taper_weeks, f),
                0.0,
            )
            for f in flat
        ]
    )
    final = fitness_fatigue(plans, *p).performance[:, -1]
    return final.reshape(np.shape(values))
