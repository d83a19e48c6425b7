"""Fitness–fatigue simulator: a weekly plan → fitness, fatigue and performance over the weeks.

The plan (sessions per week, load per session, weeks, an optional taper) becomes a
daily load with :func:`liftlab.recovery.training_load_schedule`; the Banister
impulse–response model (:func:`liftlab.recovery.fitness_fatigue`, vectorised) turns
it into fitness, fatigue and performance. With a taper, the same plan without it, and
with the lightest taper allowed, are run in the same call (a batch of three schedules):
the plain plan is drawn dashed for comparison, and the three together say which taper
the model prefers. The four model parameters start at the defaults of
:mod:`liftlab.recovery` (illustrative values, see
:data:`liftlab.recovery.DEFAULT_PARAMETERS`) and can be changed; "Course defaults" puts
them back.

Every sentence of the report is computed from the parameters shown: what one session
does to performance over the following days (:func:`session_effect`), what the taper
does and why, and why the model's favourite taper is not the 41–60 % volume cut that
tapering studies found best (Bosquet et al. 2007).

References
----------
- Banister EW, Calvert TW, Savage MV, Bach T (1975). A systems model of training for
  athletic performance. *Australian Journal of Sports Medicine* 7(3):57–61.
- Bosquet L, Montpetit J, Arvisais D, Mujika I (2007). Effects of tapering on
  performance: a meta-analysis. *Medicine & Science in Sports & Exercise*
  39(8):1358–1365.
- Busso T (2003). Variable dose-response relationship between exercise training and
  performance. *Medicine & Science in Sports & Exercise* 35(7):1188–1195.
- Thomas L, Busso T (2005). A theoretical study of taper characteristics to optimize
  performance. *Medicine & Science in Sports & Exercise* 37(9):1615–1621.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_number
from liftlab.plots.recovery import FitnessFatigueChart
from liftlab.recovery import (
    DEFAULT_K1,
    DEFAULT_K2,
    DEFAULT_TAPER_FACTOR,
    DEFAULT_TAU1,
    DEFAULT_TAU2,
    FitnessFatigue,
    fitness_fatigue,
    training_load_schedule,
)

__all__ = [
    "LIGHTEST_TAPER",
    "FitnessFatigueSimulator",
    "SessionEffect",
    "fitness_fatigue_simulator",
    "session_effect",
    "simulate",
    "simulation_report",
]

#: The lightest taper the simulator allows (load × 0.1).
LIGHTEST_TAPER = 0.1
#: Longest plan, weeks.
MAX_WEEKS = 52
#: Longest taper, weeks.
MAX_TAPER_WEEKS = 4


def _n(value: float, decimals: int = 0) -> str:
    return format_number(float(value), decimals, grouping=True)


def simulate(
    days_per_week: int,
    load: float,
    weeks: int,
    taper_weeks: int = 0,
    taper_factor: float = DEFAULT_TAPER_FACTOR,
    k1: float = DEFAULT_K1,
    k2: float = DEFAULT_K2,
    tau1: float = DEFAULT_TAU1,
    tau2: float = DEFAULT_TAU2,
) -> tuple[np.ndarray, FitnessFatigue, np.ndarray]:
    """Run the plan, and the same plan without its taper, in one vectorised call.

    Returns
    -------
    loads : numpy.ndarray
        Daily load of the plan, shape ``(7 × weeks,)``.
    result : FitnessFatigue
        Fitness, fatigue and performance of the plan.
    without_taper : numpy.ndarray
        Performance of the plan without its taper (equal to ``result.performance``
        when ``taper_weeks`` is 0).
    """
    loads, result, plain, _lightest = _simulate_all(
        days_per_week, load, weeks, taper_weeks, taper_factor, k1, k2, tau1, tau2
    )
    return loads, result, plain


def _simulate_all(
    days_per_week, load, weeks, taper_weeks, taper_factor, k1, k2, tau1, tau2
) -> tuple[np.ndarray, FitnessFatigue, np.ndarray, np.ndarray]:
    """The plan, without its taper, and with the lightest taper, in one call."""
    loads = training_load_schedule(days_per_week, load, weeks, taper_weeks, taper_factor)
    plain = training_load_schedule(days_per_week, load, weeks)
    lightest = training_load_schedule(days_per_week, load, weeks, taper_weeks, LIGHTEST_TAPER)
    runs = fitness_fatigue(np.stack([loads, plain, lightest]), k1, k2, tau1, tau2)
    result = FitnessFatigue(runs.fitness[0], runs.fatigue[0], runs.performance[0])
    return loads, result, runs.performance[1], runs.performance[2]


@dataclass(frozen=True)
class SessionEffect:
    """What one session does to performance ``t`` days later: ``k1·e^(−t/τ1) − k2·e^(−t/τ2)``.

    Attributes
    ----------
    kind : str
        "none" (k1 = k2 = 0), "dip then rise", "rise then dip", "always up" or
        "always down".
    switch_day : int or None
        For the two mixed kinds: the last whole day after a session on which its effect
        has the first sign (e.g. 15: it lowers performance for 15 days, raises it from
        day 16).
    sentence : str
        The effect in words, with the parameters.
    """

    kind: str
    switch_day: int | None
    sentence: str


def session_effect(k1: float, k2: float, tau1: float, tau2: float) -> SessionEffect:
    """How one session changes performance over the following days, for these parameters.

    The model is linear in the load: performance on day ``n`` is the sum, over past
    sessions, of ``w · (k1·e^(−t/τ1) − k2·e^(−t/τ2))`` with ``t`` the days since each
    session (Banister et al. 1975). The sign of that net effect as ``t`` grows decides
    everything the simulator shows: the dip after training, and whether a taper helps.

    Examples
    --------
    >>> session_effect(1, 2, 45, 15).switch_day
    15
    >>> session_effect(1, 2, 15, 45).kind
    'always down'
    """
    params = (
        f"k1 = {_n(k1, 2)}, k2 = {_n(k2, 2)}, τ1 = {_n(tau1, 1)} days and τ2 = {_n(tau2, 1)} days"
    )
    if k1 == 0 and k2 == 0:
        return SessionEffect("none", None, "With k1 = k2 = 0, training changes nothing.")
    lags = np.arange(1, 3651, dtype=float)  # ten years of days is plenty
    net = k1 * np.exp(-lags / tau1) - k2 * np.exp(-lags / tau2)
    tiny = 1e-12 * max(k1, k2)
    if np.all(np.abs(net) <= tiny):
        return SessionEffect(
            "none",
            None,
            f"With {params}, a session's fitness and fatigue cancel out exactly: training "
            "changes nothing.",
        )
    net = np.where(np.abs(net) <= tiny, 0.0, net)
    negative = net < 0
    if negative.all() or (negative[0] and not np.any(net > 0)):
        return SessionEffect(
            "always down",
            None,
            f"With {params}, a session never raises performance: its fatigue is at least "
            "as large and lasts at least as long as its fitness, so in this model resting "
            "always beats training.",
        )
    if not negative.any():
        return SessionEffect(
            "always up",
            None,
            f"With {params}, every session raises performance from the next day on: its "
            "fitness is at least as large and lasts at least as long as its fatigue.",
        )
    first = bool(negative[0])
    switch = int(np.argmax(negative != first))  # lags[switch] is the first day of the change
    day = int(lags[switch - 1])
    days = f"{day} day{'s' if day != 1 else ''}"
    if first:
        return SessionEffect(
            "dip then rise",
            day,
            f"With {params}, a session lowers performance for the next {days} (its fatigue "
            f"is the larger, k2 > k1) and raises it from day {day + 1} on (its fatigue fades "
            "faster, τ2 < τ1).",
        )
    return SessionEffect(
        "rise then dip",
        day,
        f"With {params}, a session raises performance for the next {days} and lowers it "
        f"from day {day + 1} on: its fitness is the larger (k1 > k2) but its fatigue lasts "
        "longer (τ2 > τ1).",
    )


class FitnessFatigueSimulator(Calculator):
    """Weekly plan and model parameters in; fitness, fatigue, performance curves out."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Fitness–fatigue simulator"

    def __init__(
        self,
        days_per_week: int = 3,
        load: float = 100.0,
        weeks: int = 12,
        taper_weeks: int = 0,
        taper_factor: float = DEFAULT_TAPER_FACTOR,
    ) -> None:
        box = {"label_width": 130, "box_width": 70}
        self.days_per_week = NumberField(
            "Sessions/week", days_per_week, whole=True, low=0, high=7, **box
        )
        self.load = NumberField(
            "Load per session",
            load,
            low=0,
            high=1000,
            why_high="the model is linear, so a bigger load only scales every curve",
            **box,
        )
        self.weeks = NumberField("Weeks", weeks, whole=True, low=1, high=MAX_WEEKS, **box)
        self.taper_weeks = NumberField(
            "Taper weeks", taper_weeks, whole=True, low=0, high=MAX_TAPER_WEEKS, **box
        )
        self.taper_factor = NumberField(
            "Taper load ×",
            taper_factor,
            low=LIGHTEST_TAPER,
            high=1,
            why_low=f"a taper keeps some training (× {LIGHTEST_TAPER:g} at the least)",
            why_high="× 1 is no taper; more than 1 would be extra load",
            **box,
        )
        self.k1 = NumberField("k1 (fitness gain)", DEFAULT_K1, low=0, high=5, **box)
        self.k2 = NumberField("k2 (fatigue gain)", DEFAULT_K2, low=0, high=5, **box)
        self.tau1 = NumberField("τ1 fitness", DEFAULT_TAU1, unit="days", low=1, high=120, **box)
        self.tau2 = NumberField("τ2 fatigue", DEFAULT_TAU2, unit="days", low=1, high=120, **box)
        self.reset = widgets.Button(
            description="Course defaults",
            icon="undo",
            layout=widgets.Layout(width="180px"),
            tooltip=(
                f"k1={DEFAULT_K1:g}, k2={DEFAULT_K2:g}, τ1={DEFAULT_TAU1:g} d, "
                f"τ2={DEFAULT_TAU2:g} d"
            ),
        )
        self.reset.on_click(lambda _button: self.reset_parameters())
        self._holding = False
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        loads, result, plain, _lightest = self._run()
        self.chart = FitnessFatigueChart(
            loads, result, without_taper=plain, taper_weeks=self.taper_weeks.value
        )
        self.figure = FigureImage(
            self.chart.figure, self.chart.alt_text(loads, result, self.taper_weeks.value)
        )
        plan = widgets.VBox(
            [
                widgets.HTML("<b>Plan</b>"),
                self.days_per_week,
                self.load,
                self.weeks,
                self.taper_weeks,
                self.taper_factor,
            ],
            layout=widgets.Layout(min_width="300px", flex="1 1 300px"),
        )
        model = widgets.VBox(
            [
                widgets.HTML("<b>Model parameters</b>"),
                self.k1,
                self.k2,
                self.tau1,
                self.tau2,
                self.reset,
            ],
            layout=widgets.Layout(min_width="300px", flex="1 1 300px"),
        )
        controls = widgets.HBox([plan, model], layout=widgets.Layout(flex_flow="row wrap"))
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-fitness-fatigue")
        self.last_changed = None
        self.watch(
            self.days_per_week,
            self.load,
            self.weeks,
            self.taper_weeks,
            self.taper_factor,
            self.k1,
            self.k2,
            self.tau1,
            self.tau2,
        )
        self.update()

    def _on_change(self, change: dict) -> None:
        self.last_changed = change["owner"]
        if not self._holding:
            self.update()

    def reset_parameters(self) -> None:
        """Put k1, k2, tau1 and tau2 back to the course defaults, then recompute once."""
        with self.hold():
            for field, value in (
                (self.k1, DEFAULT_K1),
                (self.k2, DEFAULT_K2),
                (self.tau1, DEFAULT_TAU1),
                (self.tau2, DEFAULT_TAU2),
            ):
                field.value = value

    def check_inputs(self) -> dict:
        """A taper longer than the plan: said next to whichever of the two was changed."""
        weeks, taper = self.weeks.value, self.taper_weeks.value
        if taper <= weeks:
            return {}
        if self.last_changed is self.weeks:
            return {
                self.weeks: f"Weeks must be at least the {taper} taper weeks: the taper is "
                "the end of the plan."
            }
        return {
            self.taper_weeks: f"Taper weeks must be at most the plan's {weeks} week"
            f"{'s' if weeks != 1 else ''}: the taper is the end of the plan."
        }

    def _run(self) -> tuple[np.ndarray, FitnessFatigue, np.ndarray, np.ndarray]:
        return _simulate_all(
            self.days_per_week.value,
            self.load.value,
            self.weeks.value,
            self.taper_weeks.value,
            self.taper_factor.value,
            self.k1.value,
            self.k2.value,
            self.tau1.value,
            self.tau2.value,
        )

    def parameters(self) -> tuple[float, float, float, float]:
        return self.k1.value, self.k2.value, self.tau1.value, self.tau2.value

    def compute_and_show(self) -> None:
        loads, result, plain, lightest = self._run()
        taper = self.taper_weeks.value
        report = simulation_report(
            loads,
            result,
            plain,
            taper,
            *self.parameters(),
            taper_factor=self.taper_factor.value,
            lightest=lightest,
        )
        self.chart.update(loads, result, without_taper=plain, taper_weeks=taper)
        self.result.value = report
        self.figure.refresh(self.chart.alt_text(loads, result, taper))

    def describe_shown(self) -> str:
        days, weeks = self.days_per_week.value, self.weeks.value
        taper = self.taper_weeks.value
        text = (
            f"{days} session{'s' if days != 1 else ''} a week for {weeks} "
            f"week{'s' if weeks != 1 else ''}"
        )
        if taper:
            text += f" with a {taper}-week taper"
        return text


def simulation_report(
    loads: np.ndarray,
    result: FitnessFatigue,
    without_taper: np.ndarray,
    taper_weeks: int,
    k1: float = DEFAULT_K1,
    k2: float = DEFAULT_K2,
    tau1: float = DEFAULT_TAU1,
    tau2: float = DEFAULT_TAU2,
    *,
    taper_factor: float = DEFAULT_TAPER_FACTOR,
    lightest: np.ndarray | None = None,
) -> str:
    """HTML: the end of the plan, the best day, the dip, one session's effect and the taper.

    Every sentence is computed from the arrays and the parameters given; ``lightest`` is
    the performance with the lightest taper (:data:`LIGHTEST_TAPER`), used to say which
    taper the model prefers.
    """
    days = loads.size
    weeks = days // 7
    sessions = int(np.count_nonzero(loads))
    performance = result.performance
    span = f"{weeks} week{'s' if weeks != 1 else ''}"
    if not sessions:
        return (
            f"<div><p>With no sessions in {span}, fitness, fatigue and performance stay at "
            "<b>0</b> (where you started): the model only moves when you train.</p></div>"
        )
    best = int(np.argmax(performance))
    below = np.flatnonzero(performance < 0)
    lines = [
        f"<p>After {span} ({sessions} session{'s' if sessions != 1 else ''}): fitness "
        f"<b>{_n(result.fitness[-1])}</b>, fatigue <b>{_n(result.fatigue[-1])}</b>, performance "
        f"<b>{_n(performance[-1])}</b> (0 = where you started). Best day: day {best + 1}, "
        f"performance {_n(performance[best])}.</p>"
    ]
    if below.size:
        lines.append(
            f"<p>Performance is below the starting level on {below.size} of {days} days "
            f"(the last is day {below[-1] + 1}): there, fatigue hides the fitness you are "
            "building.</p>"
        )
    effect = session_effect(k1, k2, tau1, tau2)
    lines.append(f"<p>{html.escape(effect.sentence)}</p>")
    if taper_weeks:
        lines.append(_taper_words(performance, without_taper, lightest, taper_weeks, taper_factor))
    lines.append(
        "<p><em>Units are arbitrary: the model shows shapes (dip, rise, peak after a taper), "
        "not kilograms. Its parameters differ widely between people.</em></p>"
    )
    return f"<div>{''.join(lines)}</div>"


def _taper_words(
    performance: np.ndarray,
    without_taper: np.ndarray,
    lightest: np.ndarray | None,
    taper_weeks: int,
    taper_factor: float,
) -> str:
    end, plain = float(performance[-1]), float(without_taper[-1])
    gain = end - plain
    name = f"The {taper_weeks}-week taper (load × {_n(taper_factor, 2)})"
    if abs(gain) < 0.5:
        effect = f"{name} changes the last day's performance by less than 1 ({_n(end)} either way)"
        why = "."
    else:
        effect = (
            f"{name} ends the plan at <b>{_n(end)}</b> instead of {_n(plain)} without it "
            f"({format_number(gain, 0, sign=True, grouping=True)})"
        )
        why = (
            ": the sessions it lightens would, by the last day, still have cost more "
            "through fatigue than they added through fitness."
            if gain > 0
            else ": the sessions it lightens would, by the last day, have added more "
            "through fitness than they cost through fatigue."
        )
    text = f"<p>{effect}{why}</p>"
    if lightest is None:
        return text
    low = float(lightest[-1])
    if abs(low - plain) < 0.5:
        prefers = "In this model no taper load changes the last day."
    elif low > plain:
        prefers = (
            f"In this model the lightest taper allowed (× {LIGHTEST_TAPER:g}) is the best "
            f"({_n(low)}), and any heavier one is worse."
        )
    else:
        prefers = (
            f"In this model no taper (× 1) is the best, and any lighter one is worse (× "
            f"{LIGHTEST_TAPER:g} gives {_n(low)})."
        )
    why_not = (
        "Tapering studies found the best results when training volume was cut by 41–60 % "
        "over about two weeks while intensity and the number of sessions were kept "
        "(Bosquet et al. 2007). This model cannot find such a middle: the last day's "
        "performance is a sum of each session's effect, proportional to its load, so "
        "changing the taper load moves it in one direction only, and the best taper is "
        "always one of the two ends. It also has one fitness and one fatigue term driven "
        "by a single load number, so it cannot tell volume from intensity, and a session's "
        "fatigue does not grow with the training just before it. A model in which it does "
        "(Busso 2003) finds its best taper at a partial cut, about 30–40 % (Thomas & Busso "
        "2005)."
    )
    return f"{text}<p>{prefers} {why_not}</p>"


def fitness_fatigue_simulator(
    days_per_week: int = 3,
    load: float = 100.0,
    weeks: int = 12,
    taper_weeks: int = 0,
    taper_factor: float = DEFAULT_TAPER_FACTOR,
) -> FitnessFatigueSimulator:
    """Return the fitness–fatigue simulator widget (display it as the last line of a cell).

    Parameters
    ----------
    days_per_week : int
        Training sessions per week, 0–7 (spread evenly by
        :func:`liftlab.recovery.session_days`).
    load : float
        Training load of each session, 0–1000, arbitrary units.
    weeks : int
        Length of the plan, 1–52 weeks.
    taper_weeks : int
        Final weeks with lighter sessions, 0–4 (at most ``weeks``).
    taper_factor : float
        Load multiplier in the taper, 0.1–1.
    """
    return FitnessFatigueSimulator(days_per_week, load, weeks, taper_weeks, taper_factor)
