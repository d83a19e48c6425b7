"""Figures for chapter 07: what new muscle really costs at rest, next to food and a myth.

Skeletal muscle uses about 13 kcal per kg per day at rest (Elia 1992, via
:data:`liftlab.energy.MUSCLE_KCAL_PER_KG_DAY`). A popular claim says a pound of muscle
burns 50 kcal a day (:data:`liftlab.energy.MYTH_KCAL_PER_LB_DAY`). The figures here put
the two side by side, and next to everyday foods (:data:`liftlab.energy.FOODS`), so the
real size of the effect is plain to see.

* :class:`EnergyChart`: the calculator's bar chart, built once and updated in place;
* :func:`tissue_energy_figure`: resting energy per kilogram of muscle, fat and the myth;
* :func:`myth_figure`: extra kcal per day against muscle gained, by Elia and by the myth;
* :func:`resting_evidence_figure`: the two estimates of what training adds at rest, the
  tissue arithmetic (Elia 1992) [@elia1992] and the measured change in resting metabolic
  rate (MacKenzie-Shalders et al. 2020) [@mackenzieshalders2020], with its uncertainty.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
from matplotlib.figure import Figure

from liftlab.energy import (
    ADIPOSE_KCAL_PER_KG_DAY,
    FOODS,
    MUSCLE_KCAL_PER_KG_DAY,
    MYTH_KCAL_PER_LB_DAY,
    extra_kcal_per_day,
    kcal_from_muscle_and_fat,
    resting_energy_evidence,
)
from liftlab.formatting import format_number
from liftlab.plots.style import (
    GOAL_COLOURS,
    PALETTE,
    animate,
    new_figure,
    set_limits,
    steady_limits,
)
from liftlab.units import KG_PER_LB
from liftlab.validation import check_choice, check_range, check_unit

__all__ = [
    "DEFAULT_FOOD",
    "EnergyBars",
    "EnergyChart",
    "Figured",
    "energy_bars",
    "myth_figure",
    "resting_evidence_figure",
    "tissue_energy_figure",
]

#: The food a chart compares with unless told otherwise.
DEFAULT_FOOD = "medium banana"


class Figured(NamedTuple):
    """A static figure and the sentence that describes it (pass both to ``show``)."""

    figure: Figure
    alt: str


class EnergyBars(NamedTuple):
    """The numbers an :class:`EnergyChart` draws, all in kcal (per day, except ``food``)."""

    muscle_kcal_day: float
    fat_kcal_day: float
    net_kcal_day: float
    food_kcal: float
    myth_kcal_day: float


def _mass_in_lb(mass: float, unit: str) -> float:
    return mass if unit == "lb" else mass / KG_PER_LB


def energy_bars(
    muscle_gained: Any, unit: str = "kg", fat_lost: Any = 0.0, food: str = DEFAULT_FOOD
) -> EnergyBars:
    """Resting kcal/day of new muscle, of lost fat, their sum, one food portion and the myth.

    Parameters
    ----------
    muscle_gained : float
        Skeletal muscle gained, >= 0, in ``unit``.
    unit : {"kg", "lb"}
        Unit of ``muscle_gained`` and ``fat_lost``.
    fat_lost : float, default 0
        Adipose tissue lost, >= 0, in ``unit`` (lowers resting use by 4.5 kcal/kg/day).
    food : str
        A key of :data:`liftlab.energy.FOODS`.

    Returns
    -------
    EnergyBars
        ``muscle_kcal_day`` (13 kcal/kg/day, Elia 1992), ``fat_kcal_day`` (<= 0),
        ``net_kcal_day``, ``food_kcal`` (one portion) and ``myth_kcal_day``
        (50 kcal per lb per day, the claim the course corrects).

    Examples
    --------
    >>> energy_bars(2).muscle_kcal_day
    26.0
    """
    unit = check_unit(unit)
    muscle = check_range("muscle_gained", muscle_gained, low=0.0, unit=unit)
    fat = check_range("fat_lost", fat_lost, low=0.0, unit=unit)
    if isinstance(muscle, np.ndarray) or isinstance(fat, np.ndarray):
        raise TypeError("energy_bars draws one case: give single numbers, not arrays.")
    food = check_choice("food", food, FOODS)
    change = kcal_from_muscle_and_fat(muscle, -fat, unit)
    return EnergyBars(
        muscle_kcal_day=float(extra_kcal_per_day(muscle, unit)),
        fat_kcal_day=float(change.fat_kcal),
        net_kcal_day=float(change.net_kcal),
        food_kcal=FOODS[food].kcal,
        myth_kcal_day=_mass_in_lb(muscle, unit) * MYTH_KCAL_PER_LB_DAY,
    )


class EnergyChart:
    """Horizontal bars: kcal/day of new muscle (and net, with fat lost), a food, the myth.

    Build once, then call :meth:`update`. The row names stay fixed; bars, value labels
    and title are animated artists (see :func:`liftlab.plots.style.animate`) and the x
    limits move only when the bars outgrow them, so most updates redraw only the bars.
    The :class:`~matplotlib.figure.Figure` stays the same object.
    """

    #: Row names, top to bottom.
    ROWS = (
        "your new muscle\n(13 kcal/kg/day)",
        "net, after\nfat lost",
        "one food\nportion",
        'myth: "50 kcal\nper lb per day"',
    )
    #: Fraction of the axis width one character of a value label takes (9 pt text on
    #: the 6.4 in course figure), to keep labels inside the axes.
    _CHAR_WIDTH = 0.015

    def __init__(
        self,
        muscle_gained: float = 2.0,
        unit: str = "kg",
        fat_lost: float = 0.0,
        food: str = DEFAULT_FOOD,
    ) -> None:
        self.figure, self.ax = new_figure()
        positions = np.arange(len(self.ROWS))[::-1]
        colours = (
            GOAL_COLOURS["hypertrophy"],
            PALETTE["bluish_green"],
            PALETTE["orange"],
            "white",
        )
        self.bars = self.ax.barh(positions, np.ones(len(self.ROWS)), color=colours, height=0.6)
        myth = self.bars[-1]
        myth.set_edgecolor(PALETTE["vermillion"])
        myth.set_hatch("//")
        myth.set_linewidth(1.5)
        self.labels = [
            self.ax.text(0, y, "", va="center", ha="left", fontsize=9) for y in positions
        ]
        self.ax.set_yticks(positions, self.ROWS, fontsize=9)
        self.ax.axvline(0, color=PALETTE["black"], lw=0.8)
        self.ax.grid(axis="y", visible=False)
        self.ax.set_xlabel("kcal (per day, except the food: one portion)")
        self.ax.set_title(" ", fontsize=11, fontweight="bold")
        animate(*self.bars, *self.labels, self.ax.title)
        self.update(muscle_gained, unit, fat_lost, food)

    def update(
        self, muscle_gained: float, unit: str, fat_lost: float = 0.0, food: str = DEFAULT_FOOD
    ) -> EnergyBars:
        """Redraw for new inputs (raises ``ValueError`` for bad input, changing nothing)."""
        values = energy_bars(muscle_gained, unit, fat_lost, food)
        unit, food = check_unit(unit), check_choice("food", food, FOODS)
        heights = (
            values.muscle_kcal_day,
            values.net_kcal_day,
            values.food_kcal,
            values.myth_kcal_day,
        )
        texts = (
            format_number(heights[0]),
            format_number(heights[1], sign=True),
            f"{format_number(heights[2], 0)} ({food})",
            format_number(heights[3]),
        )
        low = min(0.0, *heights)
        # The right limit leaves room for each label after its bar.
        needed = max(
            (max(h, 0.0) - low) / max(1.0 - self._CHAR_WIDTH * len(t) - 0.03, 0.2)
            for h, t in zip(heights, texts, strict=True)
        )
        high = low + max(needed, 1.0)
        xlim = steady_limits(self.ax.get_xlim(), low, high, margin=0.3, min_fill=0.35)
        set_limits(self.ax, xlim=(min(xlim[0], low), xlim[1]))
        pad = 0.01 * (self.ax.get_xlim()[1] - self.ax.get_xlim()[0])
        for bar, label, height, text in zip(self.bars, self.labels, heights, texts, strict=True):
            bar.set_width(height)
            label.set_text(text)
            label.set_x(max(height, 0.0) + pad)
        self.ax.title.set_text(  # animated: set_title would restyle it and force a redraw
            f"{format_number(muscle_gained)} {unit} of new muscle: "
            f"{format_number(values.muscle_kcal_day)} kcal a day at rest"
        )
        return values

    def alt_text(
        self, muscle_gained: float, unit: str, fat_lost: float = 0.0, food: str = DEFAULT_FOOD
    ) -> str:
        """A sentence describing what the chart shows for these inputs."""
        values = energy_bars(muscle_gained, unit, fat_lost, food)
        unit, food = check_unit(unit), check_choice("food", food, FOODS)
        net = (
            f"; with {format_number(fat_lost)} {unit} of fat lost the net change is "
            f"{format_number(values.net_kcal_day)} kcal a day"
            if fat_lost
            else ""
        )
        return (
            f"Bar chart: {format_number(muscle_gained)} {unit} of new muscle uses "
            f"{format_number(values.muscle_kcal_day)} kcal a day at rest{net}; one {food} holds "
            f"{format_number(values.food_kcal, 0)} kcal; the 50-kcal-per-pound myth would claim "
            f"{format_number(values.myth_kcal_day)} kcal a day."
        )


def tissue_energy_figure() -> Figured:
    """Resting energy per kilogram per day: skeletal muscle, adipose tissue and the myth."""
    myth_per_kg = MYTH_KCAL_PER_LB_DAY / KG_PER_LB
    rows = (
        ("skeletal muscle\n(Elia 1992)", MUSCLE_KCAL_PER_KG_DAY, GOAL_COLOURS["hypertrophy"]),
        ("adipose tissue\n(Elia 1992)", ADIPOSE_KCAL_PER_KG_DAY, PALETTE["orange"]),
        ('myth: "50 kcal per lb"', myth_per_kg, "white"),
    )
    fig, ax = new_figure(figsize=(6.4, 3.0))
    positions = np.arange(len(rows))[::-1]
    bars = ax.barh(positions, [r[1] for r in rows], color=[r[2] for r in rows], height=0.6)
    bars[-1].set_edgecolor(PALETTE["vermillion"])
    bars[-1].set_hatch("//")
    bars[-1].set_linewidth(1.5)
    for y, (_, value, _) in zip(positions, rows, strict=True):
        ax.text(value + 1.5, y, f"{value:.1f}", va="center", fontsize=9)
    ax.set_yticks(positions, [r[0] for r in rows], fontsize=9)
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, myth_per_kg * 1.15)
    ax.set_xlabel("kcal per kg of tissue per day, at rest")
    ax.set_title("What a kilogram of tissue uses at rest", fontsize=11, fontweight="bold")
    alt = (
        f"Bar chart of resting energy per kilogram per day: skeletal muscle "
        f"{MUSCLE_KCAL_PER_KG_DAY:g} kcal, adipose tissue {ADIPOSE_KCAL_PER_KG_DAY:g} kcal "
        f"(Elia 1992), and the 50-kcal-per-pound myth, which amounts to {myth_per_kg:.0f} "
        f"kcal per kg, about {myth_per_kg / MUSCLE_KCAL_PER_KG_DAY:.1f} times the measured "
        "value for muscle."
    )
    return Figured(fig, alt)


def myth_figure(max_gain: float = 10.0, unit: str = "lb", food: str = DEFAULT_FOOD) -> Figured:
    """Extra kcal per day against muscle gained: Elia's 13 kcal/kg/day versus the myth.

    Parameters
    ----------
    max_gain : float
        Right end of the x axis, > 0, in ``unit``.
    unit : {"kg", "lb"}
        Unit of the x axis.
    food : str
        A key of :data:`liftlab.energy.FOODS`, drawn as a horizontal reference line.
    """
    unit = check_unit(unit)
    top = float(check_range("max_gain", max_gain, low=0.0, low_open=True, unit=unit))
    food = check_choice("food", food, FOODS)
    gained = np.linspace(0.0, top, 101)
    real = extra_kcal_per_day(gained, unit)
    myth = _mass_in_lb(gained, unit) * MYTH_KCAL_PER_LB_DAY
    portion = FOODS[food].kcal
    fig, ax = new_figure()
    ax.plot(gained, myth, "--", color=PALETTE["vermillion"], lw=2, label='myth: "50 kcal per lb"')
    ax.plot(gained, real, "-", color=GOAL_COLOURS["hypertrophy"], lw=2.5, label="Elia (1992)")
    ax.axhline(portion, color=PALETTE["orange"], lw=1.5, ls=":", label=f"one {food}")
    ax.set_xlim(0, top)
    ax.set_ylim(0, float(myth[-1]) * 1.05)
    ax.set_xlabel(f"muscle gained ({unit})")
    ax.set_ylabel("extra kcal per day at rest")
    ax.set_title(
        "Extra resting energy from new muscle: measured vs myth", fontsize=11, fontweight="bold"
    )
    ax.legend(loc="upper left", fontsize=9)
    alt = (
        f"Line chart of extra resting kcal per day against muscle gained, 0 to {top:g} {unit}. "
        f"Measured (Elia 1992): {float(real[-1]):.0f} kcal a day at {top:g} {unit}; the myth "
        f"claims {float(myth[-1]):.0f}. One {food} ({portion:.0f} kcal) is drawn for scale: "
        f"by Elia's value, even {top:g} {unit} of new muscle uses less than that each day."
        if float(real[-1]) < portion
        else f"Line chart of extra resting kcal per day against muscle gained, 0 to {top:g} "
        f"{unit}. Measured (Elia 1992): {float(real[-1]):.0f} kcal a day at {top:g} {unit}; "
        f"the myth claims {float(myth[-1]):.0f}. One {food} ({portion:.0f} kcal) is drawn "
        "for scale."
    )
    return Figured(fig, alt)


def resting_evidence_figure(
    muscle_gained: float = 2.0, unit: str = "kg", food: str = DEFAULT_FOOD
) -> Figured:
    """Two estimates of the extra resting energy use that training brings, kcal/day.

    Top bar: the tissue arithmetic for ``muscle_gained`` (13 kcal/kg/day, Elia 1992).
    Bottom bar: the rise in measured resting metabolic rate with resistance training,
    96 kcal/day with its 95 % confidence interval 45–147 (MacKenzie-Shalders et al.
    2020, studies at high risk of bias), from :func:`liftlab.energy.resting_energy_evidence`.
    A dotted line marks one portion of ``food`` for scale.
    """
    unit = check_unit(unit)
    mass = check_range("muscle_gained", muscle_gained, low=0.0, unit=unit)
    if isinstance(mass, np.ndarray):
        raise TypeError("resting_evidence_figure draws one case: give a single number.")
    food = check_choice("food", food, FOODS)
    evidence = resting_energy_evidence(mass, unit)
    tissue = float(evidence.tissue_kcal)
    portion = FOODS[food].kcal
    fig, ax = new_figure(figsize=(6.4, 3.1))
    rows = (
        f"tissue arithmetic:\n{mass:g} {unit} of muscle\n(Elia 1992)",
        "resting metabolic rate\nmeasured in trials\n(MacKenzie-Shalders\net al. 2020)",
    )
    ax.barh([1, 0], [tissue, evidence.trials_kcal], height=0.55,
            color=[GOAL_COLOURS["hypertrophy"], PALETTE["bluish_green"]])  # fmt: skip
    ax.errorbar(
        evidence.trials_kcal,
        0,
        xerr=[
            [evidence.trials_kcal - evidence.trials_low],
            [evidence.trials_high - evidence.trials_kcal],
        ],
        fmt="none",
        ecolor=PALETTE["black"],
        capsize=6,
        lw=1.5,
    )
    ax.text(tissue + 3, 1, f"{tissue:.0f}", va="center", fontsize=9)
    ax.text(
        evidence.trials_high + 4,
        0,
        f"{evidence.trials_kcal:.0f} (95 % CI {evidence.trials_low:.0f}–"
        f"{evidence.trials_high:.0f})",
        va="center",
        fontsize=9,
    )
    ax.axvline(portion, color=PALETTE["orange"], lw=1.5, ls=":")
    ax.text(portion, 1.45, f" one {food}", color="#333333", fontsize=8.5, va="center")
    ax.set_yticks([1, 0], rows, fontsize=9)
    ax.set_ylim(-0.55, 1.65)
    ax.set_xlim(0, max(evidence.trials_high, tissue, portion) * 1.6)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("extra kcal per day at rest (bar: estimate; whisker: 95 % CI)")
    ax.set_title("What training adds at rest: two estimates", fontsize=11, fontweight="bold")
    alt = (
        f"Two horizontal bars of extra resting energy use per day. Tissue arithmetic: "
        f"{mass:g} {unit} of new muscle at 13 kcal/kg/day is {tissue:.0f} kcal (Elia 1992). "
        f"Measured in trials of resistance training: resting metabolic rate rose "
        f"{evidence.trials_kcal:.0f} kcal a day, 95 % CI {evidence.trials_low:.0f} to "
        f"{evidence.trials_high:.0f} (MacKenzie-Shalders et al. 2020). One {food} "
        f"({portion:.0f} kcal) is marked for scale."
    )
    return Figured(fig, alt)
