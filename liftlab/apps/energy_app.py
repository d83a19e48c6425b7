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
from liftlab.apps.controls import NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.energy import FOODS, RT_RMR_KCAL_DAY, RT_RMR_KCAL_DAY_CI, food_equivalents
from liftlab.formatting import format_number
from liftlab.plausibility import muscle_gain_warning
from liftlab.plots.energy import DEFAULT_FOOD, EnergyChart, energy_bars
from liftlab.validation import check_choice, check_unit

__all__ = ["DAYS_PER_YEAR", "EnergyCalculator", "energy_calculator", "energy_report"]

#: Days in a (non-leap) year, to turn kcal/day into kcal/year.
DAYS_PER_YEAR = 365


#: The second estimate, which does not depend on the inputs: the measured change in
#: resting metabolic rate with resistance training (MacKenzie-Shalders et al. 2020).
TRIALS_LINE = (
    f"<p>Trials that measured resting metabolic rate found that resistance training raised "
    f"it by about <b>{format_number(RT_RMR_KCAL_DAY, 0)} kcal a day</b> (95 % CI "
    f"{format_number(RT_RMR_KCAL_DAY_CI[0], 0)}–{format_number(RT_RMR_KCAL_DAY_CI[1], 0)}; "
    "MacKenzie-Shalders et al. 2020, studies at high risk of "
    "bias): a whole-body measure after weeks of training, not the cost of new muscle alone.</p>"
)


def _portions(count: float) -> str:
    return format_number(count, 2) if count < 10 else format_number(count, 0, grouping=True)


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
        f"<p><b>{format_number(muscle_gained)} {unit}</b> of new muscle uses about "
        f"<b>{format_number(values.muscle_kcal_day)} kcal a day</b> at rest (13 kcal per kg, "
        f"Elia 1992): <b>{format_number(per_year, 0, grouping=True)} kcal a year</b>.</p>",
        f"<p>In food: {_portions(daily)} × one {shown} a day, {_portions(yearly)} × one "
        f"{shown} a year (one {shown} ≈ {format_number(values.food_kcal, 0)} kcal).</p>",
        TRIALS_LINE,
    ]
    if fat_lost:
        lines.append(
            f"<p>Losing {format_number(fat_lost)} {unit} of fat lowers resting use by "
            f"{format_number(-values.fat_kcal_day)} kcal a day (4.5 kcal per kg), so the net "
            f"change is <b>{format_number(values.net_kcal_day, sign=True)} kcal a day</b>.</p>"
        )
    if values.myth_kcal_day > 0:
        ratio = values.myth_kcal_day / values.muscle_kcal_day
        lines.append(
            f"<p><em>The “50 kcal per pound” claim would give "
            f"{format_number(values.myth_kcal_day)} kcal a day, about {format_number(ratio)} "
            "times too much.</em></p>"
        )
    return f'<div class="liftlab-result">{"".join(lines)}</div>'


class EnergyCalculator(Calculator):
    """Muscle gained, unit, fat lost and a food in; kcal per day and year, and a bar chart."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Energy calculator"

    def __init__(
        self,
        muscle_gained: float = 2.0,
        unit: str = "kg",
        fat_lost: float = 0.0,
        food: str = DEFAULT_FOOD,
    ) -> None:
        unit = check_unit(unit)
        self.muscle = NumberField("Muscle gained", muscle_gained, unit=unit, low=0)
        self.unit = unit_toggle(unit)
        self.fat = NumberField("Fat lost", fat_lost, unit=unit, low=0)
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
        self.watch(self.muscle, self.fat, self.food)
        self.unit.observe(lambda c: self.convert_units(c["old"], c["new"]), names="value")
        self.update()

    def compute_and_show(self) -> None:
        args = (self.muscle.value, self.unit.value, self.fat.value, self.food.value)
        report = energy_report(*args)
        self.chart.update(*args)
        self.result.value = report
        self.figure.refresh(self.chart.alt_text(*args))

    def warnings(self) -> dict:
        return {self.muscle: muscle_gain_warning(self.muscle.value, self.unit.value)}

    def describe_shown(self) -> str:
        shown = f"{format_number(self.muscle.value)} {self.unit.value} of muscle"
        if self.fat.value:
            shown += f" and {format_number(self.fat.value)} {self.unit.value} of fat lost"
        return shown


#: Wide enough labels for "Muscle gained" and "Compare with" (the boxes use 110 px too).
_LABEL = {"description_width": "110px"}


def energy_calculator(muscle_gained: float = 2.0, unit: str = "kg") -> EnergyCalculator:
    """Return the energy calculator widget (display it as the last line of a cell).

    Parameters
    ----------
    muscle_gained : float
        Starting muscle gained, >= 0, in ``unit``.
    unit : {"kg", "lb"}
        Unit of the muscle (and fat) masses.

    The widget also has a "Fat lost" box (starts at 0) and a food to compare with
    (starts with a medium banana). Bad input (a negative mass) is refused next to its
    box and the last valid result stays, marked as stale; the kg/lb switch converts
    both masses (2 kg → 4.4 lb); more new muscle than an average man's whole skeletal
    muscle (33 kg) gets a warning (:func:`liftlab.plausibility.muscle_gain_warning`).
    """
    return EnergyCalculator(muscle_gained, unit)
