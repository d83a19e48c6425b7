"""Fitness–fatigue simulator: a weekly plan → fitness, fatigue and performance over the weeks.

The plan (sessions per week, load per session, weeks, an optional taper) becomes a
daily load with :func:`liftlab.recovery.training_load_schedule`; the Banister
impulse–response model (:func:`liftlab.recovery.fitness_fatigue`, vectorised) turns
it into fitness, fatigue and performance. With a taper, the same plan without it is
run in the same call (a batch of two schedules) and drawn dashed for comparison.
The four model parameters start at the literature defaults of
:mod:`liftlab.recovery` and can be changed; "Literature defaults" puts them back.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
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

__all__ = ["FitnessFatigueSimulator", "fitness_fatigue_simulator", "simulate"]


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
    loads = training_load_schedule(days_per_week, load, weeks, taper_weeks, taper_factor)
    plain = training_load_schedule(days_per_week, load, weeks)
    both = fitness_fatigue(np.stack([loads, plain]), k1, k2, tau1, tau2)
    result = FitnessFatigue(both.fitness[0], both.fatigue[0], both.performance[0])
    return loads, result, both.performance[1]


class FitnessFatigueSimulator(Calculator):
    """Weekly plan and model parameters in; fitness, fatigue, performance curves out."""

    def __init__(
        self,
        days_per_week: int = 3,
        load: float = 100.0,
        weeks: int = 12,
        taper_weeks: int = 0,
        taper_factor: float = DEFAULT_TAPER_FACTOR,
    ) -> None:
        style = {"description_width": "130px"}
        self.days_per_week = widgets.IntSlider(
            value=days_per_week, min=0, max=7, description="Sessions/week", style=style
        )
        self.load = widgets.FloatSlider(
            value=load, min=0.0, max=300.0, step=5.0, description="Load per session",
            style=style,
        )  # fmt: skip
        self.weeks = widgets.IntSlider(value=weeks, min=1, max=24, description="Weeks", style=style)
        self.taper_weeks = widgets.IntSlider(
            value=taper_weeks, min=0, max=4, description="Taper weeks", style=style
        )
        self.taper_factor = widgets.FloatSlider(
            value=taper_factor, min=0.1, max=1.0, step=0.05, description="Taper load ×",
            style=style,
        )  # fmt: skip
        self.k1 = widgets.FloatSlider(
            value=DEFAULT_K1, min=0.0, max=3.0, step=0.1, description="k1 (fitness gain)",
            style=style,
        )  # fmt: skip
        self.k2 = widgets.FloatSlider(
            value=DEFAULT_K2, min=0.0, max=5.0, step=0.1, description="k2 (fatigue gain)",
            style=style,
        )  # fmt: skip
        self.tau1 = widgets.FloatSlider(
            value=DEFAULT_TAU1, min=1.0, max=90.0, step=1.0, description="τ1 fitness (days)",
            style=style,
        )  # fmt: skip
        self.tau2 = widgets.FloatSlider(
            value=DEFAULT_TAU2, min=1.0, max=60.0, step=1.0, description="τ2 fatigue (days)",
            style=style,
        )  # fmt: skip
        self.reset = widgets.Button(
            description="Literature defaults",
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
        loads, result, plain = self._run()
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
            ]
        )
        model = widgets.VBox(
            [
                widgets.HTML("<b>Model parameters</b>"),
                self.k1,
                self.k2,
                self.tau1,
                self.tau2,
                self.reset,
            ]
        )
        controls = widgets.HBox([plan, model], layout=widgets.Layout(flex_flow="row wrap"))
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-fitness-fatigue")
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
        if not self._holding:
            self.update()

    def reset_parameters(self) -> None:
        """Put k1, k2, tau1 and tau2 back to the literature defaults, then recompute once."""
        self._holding = True
        try:
            self.k1.value, self.k2.value = DEFAULT_K1, DEFAULT_K2
            self.tau1.value, self.tau2.value = DEFAULT_TAU1, DEFAULT_TAU2
        finally:
            self._holding = False
        self.update()

    def _run(self) -> tuple[np.ndarray, FitnessFatigue, np.ndarray]:
        return simulate(
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

    def compute_and_show(self) -> None:
        loads, result, plain = self._run()
        taper = self.taper_weeks.value
        self.chart.update(loads, result, without_taper=plain, taper_weeks=taper)
        self.result.value = simulation_report(
            loads, result, plain, taper, self.tau1.value, self.tau2.value
        )
        self.figure.refresh(self.chart.alt_text(loads, result, taper))


def simulation_report(
    loads: np.ndarray,
    result: FitnessFatigue,
    without_taper: np.ndarray,
    taper_weeks: int,
    tau1: float,
    tau2: float,
) -> str:
    """HTML: the end of the plan, the best day, how long fatigue hid fitness, the taper."""
    days = loads.size
    performance = result.performance
    best = int(np.argmax(performance))
    below = np.flatnonzero(performance < 0)
    lines = [
        f"<p>After {days // 7} week{'s' if days > 7 else ''} ({int(np.count_nonzero(loads))} "
        f"sessions): fitness <b>{result.fitness[-1]:.0f}</b>, fatigue "
        f"<b>{result.fatigue[-1]:.0f}</b>, performance <b>{performance[-1]:.0f}</b> (0 = where "
        f"you started). Best day: day {best + 1}, performance {performance[best]:.0f}.</p>"
    ]
    if below.size:
        lines.append(
            f"<p>Performance is below the starting level on {below.size} of {days} days "
            f"(last on day {below[-1] + 1}): fatigue hides the fitness you are building.</p>"
        )
    if taper_weeks:
        gain = performance[-1] - without_taper[-1]
        why = (
            "fatigue fades faster than fitness."
            if gain > 0
            else "the lighter weeks lose more fitness than the fatigue they remove."
        )
        lines.append(
            f"<p>The {taper_weeks}-week taper ends the plan at <b>{performance[-1]:.0f}</b> "
            f"instead of {without_taper[-1]:.0f} without it ({gain:+.0f}): {why}</p>"
        )
    if tau2 >= tau1:
        lines.append(
            "<p><em>With fatigue decaying as slowly as fitness (τ2 ≥ τ1), rest can never "
            "reveal more fitness than fatigue: the model loses its point.</em></p>"
        )
    lines.append(
        "<p><em>Units are arbitrary: the model shows shapes (dip, rise, peak after a taper), "
        "not kilograms. Its parameters differ widely between people.</em></p>"
    )
    return f"<div>{''.join(lines)}</div>"


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
        Training load of each session, 0–300, arbitrary units.
    weeks : int
        Length of the plan, 1–24 weeks.
    taper_weeks : int
        Final weeks with lighter sessions, 0–4 (at most ``weeks``).
    taper_factor : float
        Load multiplier in the taper, 0.1–1.
    """
    return FitnessFatigueSimulator(days_per_week, load, weeks, taper_weeks, taper_factor)
