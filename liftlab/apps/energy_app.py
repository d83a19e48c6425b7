"""Energy calculator: muscle gained → extra kcal at rest per day and per year, in food.

The numbers come from :mod:`liftlab.energy`: skeletal muscle uses about 13 kcal per kg
per day at rest and adipose tissue about 4.5 (Elia 1992). The calculator also shows
what the popular "50 kcal per pound per day" claim would give, so the gap is visible.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
from liftlab.energy import FOODS, RT_RMR_KCAL_DAY, RT_RMR_KCAL_DAY_CI, food_equivalents
from liftlab.plots.energy import DEFAULT_FOOD, EnergyChart, energy_bars
from liftlab.validation import check_choice, check_unit

__all__ = ["DAYS_PER_YEAR", "EnergyCalculator", "energy_calculator", "energy_report"]

#: Days in a (non-leap) year, to turn kcal/day into kcal/year.
DAYS_PER_YEAR = 365


#: The second estimate, which does not depend on the inputs: the measured change in
#: resting metabolic rate with resistance training (MacKenzie-Shalders et al. 2020).
TRIALS_LINE = (
    f"<p>Trials that measured resting metabolic rate found that resistance training raised "
    f"it by about <b>{RT_RMR_KCAL_DAY:.0f} kcal a day</b> (95 % CI {RT_RMR_KCAL_DAY_CI[0]:.0f}–"
    f"{RT_RMR_KCAL_DAY_CI[1]:.0f}; MacKenzie-Shalders et al. 2020, studies at high risk of "
    "bias): a whole-body measure after weeks of training, not the cost of new muscle alone.</p>"
)


def _portions(count: float) -> str:
    return f"{count:.2f}" if count < 10 else f"{count:,.0f}"


def energy_report(
    muscle_gained: Any, unit: str = "kg", fat_lost: Any = 0.0, food: str = DEFAULT_FOOD
) -> str:
    """HTML summary: extra kcal per day and per year, in food, against the myth.

    Raises ``ValueError`` (from :func:`liftlab.plots.energy.energy_bars`) for bad input.
    """
    values = energy_bars(muscle_gained, unit, fat_lost, food)
    unit, food = check_unit(unit), check_choice("food", food, FOODS)
    per_year = values.muscle_kcal_day * DAYS_PER_YEAR
    daily = food_equivalents(values.muscle_kcal_day)[food]
    yearly = food_equivalents(per_year)[food]
    shown = html.escape(food)
    lines = [
        f"<p><b>{muscle_gained:g} {unit}</b> of new muscle uses about "
        f"<b>{values.muscle_kcal_day:.1f} kcal a day</b> at rest (13 kcal per kg, Elia 1992): "
        f"<b>{per_year:,.0f} kcal a year</b>.</p>",
        f"<p>In food: {_portions(daily)} × one {shown} a day, {_portions(yearly)} × one "
        f"{shown} a year (one {shown} ≈ {values.food_kcal:.0f} kcal).</p>",
        TRIALS_LINE,
    ]
    if fat_lost:
        lines.append(
            f"<p>Losing {fat_lost:g} {unit} of fat lowers resting use by "
            f"{-values.fat_kcal_day:.1f} kcal a day (4.5 kcal per kg), so the net change is "
            f"<b>{values.net_kcal_day:+.1f} kcal a day</b>.</p>"
        )
    if values.myth_kcal_day > 0:
        ratio = values.myth_kcal_day / values.muscle_kcal_day
        lines.append(
            f"<p><em>The “50 kcal per pound” claim would give {values.myth_kcal_day:.1f} "
            f"kcal a day, about {ratio:.1f} times too much.</em></p>"
        )
    return f'<div class="liftlab-result">{"".join(lines)}</div>'


class EnergyCalculator(Calculator):
    """Muscle gained, unit, fat lost and a food in; kcal per day and year, and a bar chart."""

    def __init__(
        self,
        muscle_gained: float = 2.0,
        unit: str = "kg",
        fat_lost: float = 0.0,
        food: str = DEFAULT_FOOD,
    ) -> None:
        self.muscle = widgets.FloatText(
            value=muscle_gained, description="Muscle gained", step=0.5, style=_LABEL
        )
        self.unit = widgets.ToggleButtons(options=["kg", "lb"], value=unit, description="Unit")
        self.fat = widgets.FloatText(value=fat_lost, description="Fat lost", step=0.5, style=_LABEL)
        self.food = widgets.Dropdown(
            options=list(FOODS), value=food, description="Compare with", style=_LABEL
        )
        self.result = widgets.HTML()
        self.result.add_class("liftlab-result")
        self.chart = EnergyChart(muscle_gained, unit, fat_lost, food)
        self.figure = FigureImage(
            self.chart.figure, self.chart.alt_text(muscle_gained, unit, fat_lost, food)
        )
        controls = widgets.VBox([self.muscle, self.unit, self.fat, self.food])
        super().__init__([controls, self.result, self.figure])
        self.add_class("liftlab-energy")
        self.watch(self.muscle, self.unit, self.fat, self.food)
        self.update()

    def compute_and_show(self) -> None:
        args = (self.muscle.value, self.unit.value, self.fat.value, self.food.value)
        report = energy_report(*args)
        self.chart.update(*args)
        self.result.value = report
        self.figure.refresh(self.chart.alt_text(*args))


#: Wide enough labels for "Muscle gained" and "Compare with".
_LABEL = {"description_width": "8em"}


def energy_calculator(muscle_gained: float = 2.0, unit: str = "kg") -> EnergyCalculator:
    """Return the energy calculator widget (display it as the last line of a cell).

    Parameters
    ----------
    muscle_gained : float
        Starting muscle gained, >= 0, in ``unit``.
    unit : {"kg", "lb"}
        Unit of the muscle (and fat) masses.

    The widget also has a "Fat lost" box (starts at 0) and a food to compare with
    (starts with a medium banana). Bad input (a negative mass) shows a message inside
    the widget and keeps the last valid result.
    """
    return EnergyCalculator(muscle_gained, unit)
