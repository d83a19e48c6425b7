"""Energy: what extra muscle costs at rest, in everyday food, and how much protein to eat.

The article says bigger muscles "burn more calories at rest". Two kinds of evidence
put a number on it, and they differ:

* **the tissue arithmetic**: skeletal muscle uses about **13 kcal per kg per day** at
  rest and adipose tissue about **4.5 kcal/kg/day** (Elia 1992) [@elia1992]. Two
  kilograms of new muscle, a good year of training for many lifters, add about
  26 kcal a day: a quarter of a banana (:func:`extra_kcal_per_day`);
* **measured resting metabolic rate**: trials that measured it before and after
  resistance training found it rose by about **96 kcal a day** more than in controls
  (95 % CI 45–147; MacKenzie-Shalders et al. 2020) [@mackenzieshalders2020], from
  studies the authors judged at high risk of bias. It is a whole-body measure after
  weeks of training, not the cost of the new muscle alone
  (:func:`resting_energy_evidence`).

The course corrects a popular myth that each pound of muscle burns about **50 kcal a
day** (:data:`MYTH_KCAL_PER_LB_DAY`); Elia's value is about 5.9 kcal per pound, some
eight times less.

References
----------
Elia M (1992). Organ and tissue contribution to metabolic rate. In: Kinney JM,
Tucker HN (eds), *Energy Metabolism: Tissue Determinants and Cellular Corollaries*.
New York: Raven Press, pp. 61–79. [@elia1992]

MacKenzie-Shalders K, Kelly JT, So D, Coffey VG, Byrne NM (2020). The effect of
exercise interventions on resting metabolic rate: a systematic review and
meta-analysis. *Journal of Sports Sciences* 38(14):1635–1649.
doi:10.1080/02640414.2020.1754716 [@mackenzieshalders2020]

Wang Z, Ying Z, Bosy-Westphal A, et al. (2010). Specific metabolic rates of major
organs and tissues across adulthood: evaluation by mechanistic model of resting
energy expenditure. *American Journal of Clinical Nutrition* 92(6):1369–1377.
(Quotes Elia's values, 13 kcal/kg/d for skeletal muscle and 4.5 for adipose tissue,
and finds them valid in adults up to 50; about 3 % lower above 50: 12.6 and 4.4.)
doi:10.3945/ajcn.2010.29885 [@wang2010]

Morton RW, Murphy KT, McKellar SR, et al. (2018). A systematic review, meta-analysis
and meta-regression of the effect of protein supplementation on resistance
training-induced gains in muscle mass and strength in healthy adults. *British
Journal of Sports Medicine* 52(6):376–384. doi:10.1136/bjsports-2017-097608
[@morton2018]

U.S. Department of Agriculture, Agricultural Research Service. FoodData Central,
SR Legacy (2018), https://fdc.nal.usda.gov/ (food entries cited in :data:`FOODS`).
[@usda2018]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from liftlab.units import KG_PER_LB
from liftlab.validation import (
    as_number,
    as_output,
    check_broadcast,
    check_positive,
    check_range,
    check_unit,
)

__all__ = [
    "ADIPOSE_KCAL_PER_KG_DAY",
    "FOODS",
    "MUSCLE_KCAL_PER_KG_DAY",
    "MYTH_KCAL_PER_LB_DAY",
    "PROTEIN_G_PER_KG_DAY",
    "PROTEIN_G_PER_KG_DAY_BREAKPOINT",
    "PROTEIN_G_PER_KG_DAY_UPPER",
    "RT_RMR_KCAL_DAY",
    "RT_RMR_KCAL_DAY_CI",
    "Food",
    "ProteinTarget",
    "Recomposition",
    "RestingEnergyEvidence",
    "extra_kcal_per_day",
    "food_equivalents",
    "kcal_from_muscle_and_fat",
    "protein_target",
    "resting_energy_evidence",
]

#: Resting energy use of skeletal muscle, kcal per kg of tissue per day (Elia 1992,
#: as quoted by Wang et al. 2010) [@elia1992; @wang2010].
MUSCLE_KCAL_PER_KG_DAY: float = 13.0
#: Resting energy use of adipose tissue, kcal per kg per day (Elia 1992).
ADIPOSE_KCAL_PER_KG_DAY: float = 4.5
#: The popular claim this course corrects: "a pound of muscle burns 50 kcal a day".
#: Not a published measurement; shown only to compare with Elia's 13 kcal/kg/day.
MYTH_KCAL_PER_LB_DAY: float = 50.0
#: Resistance training vs control, change in measured resting metabolic rate, kcal per
#: day: mean difference 96.17 (MacKenzie-Shalders et al. 2020, abstract, checked)
#: [@mackenzieshalders2020]. Adults under 65 without conditions that affect metabolic
#: rate; the authors note heterogeneous methods and a high risk of bias in the
#: included studies.
RT_RMR_KCAL_DAY: float = 96.17
#: 95 % confidence interval of :data:`RT_RMR_KCAL_DAY`, kcal/day (abstract, checked).
RT_RMR_KCAL_DAY_CI: tuple[float, float] = (45.17, 147.16)


def _to_kg(name: str, mass: Any, unit: str, *, signed: bool) -> float | np.ndarray:
    """Check a mass (signed or >= 0) in ``unit`` and return it in kilograms."""
    unit = check_unit(unit)
    value = as_number(name, mass) if signed else check_range(name, mass, low=0.0, unit=unit)
    return np.multiply(value, KG_PER_LB) if unit == "lb" else value


def extra_kcal_per_day(muscle_gained: Any, unit: str = "kg") -> float | np.ndarray:
    """Extra resting energy use of new muscle, kcal per day.

    ``kcal/day = muscle (kg) × 13`` (Elia 1992).

    Parameters
    ----------
    muscle_gained : float or array_like
        Skeletal muscle gained, >= 0, in ``unit``.
    unit : {"kg", "lb"}, default "kg"
        Unit of ``muscle_gained`` (1 lb = 0.45359237 kg).

    Returns
    -------
    float or numpy.ndarray
        Extra resting energy expenditure, kcal/day.

    Examples
    --------
    >>> extra_kcal_per_day(2)
    26.0
    >>> round(extra_kcal_per_day(1, unit="lb"), 1)
    5.9
    """
    kg = _to_kg("muscle_gained", muscle_gained, unit, signed=False)
    return as_output(np.multiply(kg, MUSCLE_KCAL_PER_KG_DAY))


class RestingEnergyEvidence(NamedTuple):
    """The two estimates of what training adds to resting energy use, kcal/day.

    ``tissue_kcal`` is the tissue arithmetic for the muscle gained (Elia 1992);
    ``trials_kcal`` with ``trials_low``–``trials_high`` (95 % CI) is the measured change
    in resting metabolic rate with resistance training (MacKenzie-Shalders et al. 2020).
    """

    tissue_kcal: float | np.ndarray
    trials_kcal: float
    trials_low: float
    trials_high: float


def resting_energy_evidence(muscle_gained: Any, unit: str = "kg") -> RestingEnergyEvidence:
    """Both estimates of the resting energy effect of training, side by side.

    The tissue arithmetic counts only the new muscle (:func:`extra_kcal_per_day`, Elia
    1992) [@elia1992]. Trials that measured resting metabolic rate before and after
    weeks of resistance training found a larger rise, 96 kcal/day (95 % CI 45–147),
    with a high risk of bias (MacKenzie-Shalders et al. 2020)
    [@mackenzieshalders2020]. The trials measured the whole body after training, not
    one tissue, and did not report a value per kilogram of muscle, so their estimate
    does not scale with ``muscle_gained``.

    Parameters
    ----------
    muscle_gained : float or array_like
        Skeletal muscle gained, >= 0, in ``unit``.
    unit : {"kg", "lb"}, default "kg"
        Unit of ``muscle_gained``.

    Returns
    -------
    RestingEnergyEvidence

    Examples
    --------
    >>> resting_energy_evidence(2)
    RestingEnergyEvidence(tissue_kcal=26.0, trials_kcal=96.17, trials_low=45.17, trials_high=147.16)
    """
    low, high = RT_RMR_KCAL_DAY_CI
    return RestingEnergyEvidence(
        extra_kcal_per_day(muscle_gained, unit), RT_RMR_KCAL_DAY, low, high
    )


class Recomposition(NamedTuple):
    """Change in resting energy use from a change in body composition, kcal/day."""

    muscle_kcal: float | np.ndarray
    fat_kcal: float | np.ndarray
    net_kcal: float | np.ndarray


def kcal_from_muscle_and_fat(
    muscle_change: Any, fat_change: Any, unit: str = "kg"
) -> Recomposition:
    """Change in resting energy use when muscle and fat mass change (body recomposition).

    ``Δkcal/day = 13 × Δmuscle + 4.5 × Δfat`` (kg; Elia 1992). Fat mass is treated as
    adipose tissue, a simplification: adipose tissue is mostly, not only, fat.

    Parameters
    ----------
    muscle_change : float or array_like
        Change in skeletal muscle, in ``unit``; negative for a loss.
    fat_change : float or array_like
        Change in adipose tissue, in ``unit``; negative for a loss.
    unit : {"kg", "lb"}, default "kg"
        Unit of both changes.

    Returns
    -------
    Recomposition
        ``muscle_kcal``, ``fat_kcal`` and their sum ``net_kcal`` (kcal/day).

    Examples
    --------
    Gaining 2 kg of muscle while losing 4 kg of fat:

    >>> kcal_from_muscle_and_fat(2, -4)
    Recomposition(muscle_kcal=26.0, fat_kcal=-18.0, net_kcal=8.0)
    """
    muscle = _to_kg("muscle_change", muscle_change, unit, signed=True)
    fat = _to_kg("fat_change", fat_change, unit, signed=True)
    check_broadcast(muscle_change=muscle, fat_change=fat)
    muscle_kcal = np.multiply(muscle, MUSCLE_KCAL_PER_KG_DAY)
    fat_kcal = np.multiply(fat, ADIPOSE_KCAL_PER_KG_DAY)
    return Recomposition(
        as_output(muscle_kcal), as_output(fat_kcal), as_output(np.add(muscle_kcal, fat_kcal))
    )


# -------------------------------------------------------------------------------- foods


@dataclass(frozen=True)
class Food:
    """A portion of an everyday food and its energy, from USDA FoodData Central.

    Attributes
    ----------
    name : str
        Portion as said in a sentence, e.g. ``"medium banana"``.
    grams : float
        Portion mass, g (the household measure of the USDA entry).
    kcal_per_100g : float
        Energy density of the USDA entry, kcal per 100 g.
    source : str
        USDA description and SR Legacy NDB number.
    """

    name: str
    grams: float
    kcal_per_100g: float
    source: str

    @property
    def kcal(self) -> float:
        """Energy of one portion, kcal (``grams × kcal_per_100g / 100``)."""
        return self.grams * self.kcal_per_100g / 100.0


#: Everyday foods for :func:`food_equivalents`, USDA FoodData Central (SR Legacy).
#: Portion energy is computed from the entry's kcal/100 g and household measure.
#: Banana (105 kcal), large egg (72 kcal) and the 12 fl oz can of cola (136 kcal)
#: match USDA figures quoted in public sources checked for this package; apple
#: (95 kcal) and a teaspoon of sugar (16 kcal) are SR Legacy values not re-checked
#: here. The cola maker's label says 140 kcal per can.
FOODS: dict[str, Food] = {
    food.name: food
    for food in (
        Food("medium apple", 182.0, 52.0, "Apples, raw, with skin (NDB 09003), medium 3 in dia."),
        Food("medium banana", 118.0, 89.0, "Bananas, raw (NDB 09040), medium 7 in to 7-7/8 in"),
        Food("large egg", 50.0, 143.0, "Egg, whole, raw, fresh (NDB 01123), large"),
        Food("teaspoon of sugar", 4.2, 387.0, "Sugars, granulated (NDB 19335), 1 tsp"),
        Food(
            "can of cola",
            368.0,
            37.0,
            "Carbonated beverage, cola, contains caffeine (NDB 14400), 12 fl oz can",
        ),
    )
}


def food_equivalents(kcal: Any) -> dict[str, float | np.ndarray]:
    """How many portions of each food in :data:`FOODS` hold ``kcal``.

    Parameters
    ----------
    kcal : float or array_like
        Energy, kcal, >= 0 (e.g. from :func:`extra_kcal_per_day`).

    Returns
    -------
    dict
        ``{food name: portions}``, in the order of :data:`FOODS`.

    Examples
    --------
    The daily cost of 2 kg of new muscle:

    >>> round(food_equivalents(26)["medium banana"], 2)
    0.25
    """
    energy = check_range("kcal", kcal, low=0.0, unit="kcal")
    return {name: as_output(np.divide(energy, food.kcal)) for name, food in FOODS.items()}


# ------------------------------------------------------------------------------ protein

#: Daily protein beyond which extra protein gave no further gain in fat-free mass
#: with resistance training: "~1.6 g/kg/day" (Morton et al. 2018, abstract).
PROTEIN_G_PER_KG_DAY: float = 1.6
#: The fitted breakpoint behind it, 1.62 g/kg/day (Morton et al. 2018).
PROTEIN_G_PER_KG_DAY_BREAKPOINT: float = 1.62
#: Upper bound of the 95 % confidence interval of the *mean* breakpoint, 2.20 g/kg/day
#: (interval 1.03–2.20; Morton et al. 2018). The interval says how precisely the studies
#: pin down the average breakpoint, not how people differ; the authors suggest aiming up
#: to about 2.2 g/kg/day for those who want to make the most of their training.
PROTEIN_G_PER_KG_DAY_UPPER: float = 2.2


class ProteinTarget(NamedTuple):
    """Daily protein, grams: ``low`` (1.6 g/kg) and ``high`` (2.2 g/kg)."""

    low_g: float | np.ndarray
    high_g: float | np.ndarray


def protein_target(body_mass: Any, unit: str = "kg") -> ProteinTarget:
    """Daily protein for lifters, grams: 1.6 to 2.2 g per kg of body mass.

    Morton et al. (2018) found no further gain in fat-free mass above about
    1.6 g/kg/day (mean breakpoint 1.62 g/kg/day; 1.03–2.20 is the 95 % confidence
    interval of that mean, not the spread between people). The authors suggest that
    people who want to make the most of their training may aim for up to about
    2.2 g/kg/day, the interval's upper bound.

    Parameters
    ----------
    body_mass : float or array_like
        Body mass, > 0, in ``unit``.
    unit : {"kg", "lb"}, default "kg"
        Unit of ``body_mass``.

    Returns
    -------
    ProteinTarget
        ``low_g`` and ``high_g``, grams of protein per day.

    Examples
    --------
    >>> protein_target(80)
    ProteinTarget(low_g=128.0, high_g=176.0)
    """
    unit = check_unit(unit)
    mass = check_positive("body_mass", body_mass, unit=unit)
    kg = np.multiply(mass, KG_PER_LB) if unit == "lb" else mass
    return ProteinTarget(
        as_output(np.multiply(kg, PROTEIN_G_PER_KG_DAY)),
        as_output(np.multiply(kg, PROTEIN_G_PER_KG_DAY_UPPER)),
    )
