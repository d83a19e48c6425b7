"""Tests of liftlab.energy: resting energy of muscle and fat, foods, protein."""

import numpy as np
import pytest

import liftlab
from liftlab.energy import (
    ADIPOSE_KCAL_PER_KG_DAY,
    FOODS,
    MUSCLE_KCAL_PER_KG_DAY,
    MYTH_KCAL_PER_LB_DAY,
    PROTEIN_G_PER_KG_DAY,
    PROTEIN_G_PER_KG_DAY_BREAKPOINT,
    PROTEIN_G_PER_KG_DAY_UPPER,
    RT_RMR_KCAL_DAY,
    RT_RMR_KCAL_DAY_CI,
    Food,
    extra_kcal_per_day,
    food_equivalents,
    kcal_from_muscle_and_fat,
    protein_target,
    resting_energy_evidence,
)
from liftlab.units import KG_PER_LB


def test_elia_1992_constants():
    assert MUSCLE_KCAL_PER_KG_DAY == 13.0
    assert ADIPOSE_KCAL_PER_KG_DAY == 4.5


def test_two_kg_of_muscle_is_26_kcal_a_day():
    assert extra_kcal_per_day(2) == 26.0
    assert type(extra_kcal_per_day(2)) is float
    assert extra_kcal_per_day(2, unit="KG") == 26.0


def test_pounds_convert_exactly():
    assert extra_kcal_per_day(1, unit="lb") == pytest.approx(13 * KG_PER_LB, rel=1e-12)
    assert extra_kcal_per_day(4.409245, unit="lb") == pytest.approx(26.0, rel=1e-6)


def test_the_myth_is_about_eight_times_too_high():
    per_lb = extra_kcal_per_day(1, unit="lb")
    assert per_lb == pytest.approx(5.9, abs=0.05)
    assert MYTH_KCAL_PER_LB_DAY / per_lb == pytest.approx(8.5, abs=0.1)


def test_extra_kcal_vectorised_and_monotonic():
    out = extra_kcal_per_day(np.array([0.0, 1.0, 2.5]))
    np.testing.assert_allclose(out, [0.0, 13.0, 32.5])


def test_recomposition():
    result = kcal_from_muscle_and_fat(2, -4)
    assert result == (26.0, -18.0, 8.0)
    assert (result.muscle_kcal, result.fat_kcal, result.net_kcal) == (26.0, -18.0, 8.0)
    in_lb = kcal_from_muscle_and_fat(1, 1, unit="lb")
    assert in_lb.net_kcal == pytest.approx(17.5 * KG_PER_LB, rel=1e-12)
    grid = kcal_from_muscle_and_fat(np.array([0.0, 1.0]), np.array([[-1.0], [0.0]]))
    assert grid.net_kcal.shape == (2, 2)


@pytest.mark.parametrize(
    ("func", "args", "kwargs", "error", "match"),
    [
        (extra_kcal_per_day, (-1,), {}, ValueError, r"muscle_gained=-1 kg.*>= 0"),
        (extra_kcal_per_day, (1,), {"unit": "lbs"}, ValueError, "unit='lbs'"),
        (extra_kcal_per_day, (1,), {"unit": None}, TypeError, "unit=None"),
        (extra_kcal_per_day, ("2",), {}, TypeError, "muscle_gained='2'"),
        (extra_kcal_per_day, (float("inf"),), {}, ValueError, "finite"),
        (kcal_from_muscle_and_fat, (None, 1), {}, TypeError, "muscle_change=None"),
        (kcal_from_muscle_and_fat, (1, float("nan")), {}, ValueError, "fat_change"),
        (kcal_from_muscle_and_fat, (1, 1), {"unit": "stone"}, ValueError, "unit='stone'"),
        (food_equivalents, (-5,), {}, ValueError, r"kcal=-5 kcal.*>= 0"),
        (food_equivalents, ("26",), {}, TypeError, "kcal='26'"),
        (protein_target, (0,), {}, ValueError, r"body_mass=0 kg.*> 0"),
        (protein_target, (-80,), {"unit": "lb"}, ValueError, "body_mass=-80 lb"),
        (protein_target, (80,), {"unit": "g"}, ValueError, "unit='g'"),
    ],
)
def test_bad_input(func, args, kwargs, error, match):
    with pytest.raises(error, match=match):
        func(*args, **kwargs)


def test_food_table_matches_usda_portions():
    kcal = {name: round(food.kcal) for name, food in FOODS.items()}
    assert kcal == {
        "medium apple": 95,
        "medium banana": 105,
        "large egg": 72,
        "teaspoon of sugar": 16,
        "can of cola": 136,
    }
    for food in FOODS.values():
        assert isinstance(food, Food)
        assert "NDB" in food.source


def test_food_equivalents_of_two_kg_of_muscle():
    portions = food_equivalents(extra_kcal_per_day(2))
    assert list(portions) == list(FOODS)
    assert portions["medium banana"] == pytest.approx(26 / 105.02, rel=1e-9)
    assert portions["teaspoon of sugar"] == pytest.approx(1.6, abs=0.01)
    arrays = food_equivalents([0, 95])
    np.testing.assert_allclose(arrays["medium apple"], [0.0, 95 / 94.64])


def test_morton_2018_protein_targets():
    assert PROTEIN_G_PER_KG_DAY == 1.6
    assert PROTEIN_G_PER_KG_DAY_BREAKPOINT == 1.62
    assert PROTEIN_G_PER_KG_DAY_UPPER == 2.2
    target = protein_target(80)
    assert target == pytest.approx((128.0, 176.0))
    assert type(target.low_g) is float
    lb = protein_target(176.37, unit="lb")
    assert lb.low_g == pytest.approx(128.0, rel=1e-4)
    many = protein_target([60, 100])
    np.testing.assert_allclose(many.high_g, [132.0, 220.0])


def test_top_level_exports():
    assert liftlab.extra_kcal_per_day is extra_kcal_per_day
    assert liftlab.protein_target is protein_target


def test_mackenzie_shalders_2020_values():
    """Resistance training vs control: RMR +96.17 kcal/day (95 % CI 45.17 to 147.16)."""
    assert RT_RMR_KCAL_DAY == 96.17
    assert RT_RMR_KCAL_DAY_CI == (45.17, 147.16)


def test_both_estimates_side_by_side():
    evidence = resting_energy_evidence(2)
    assert evidence.tissue_kcal == extra_kcal_per_day(2) == 26.0
    assert (evidence.trials_kcal, evidence.trials_low, evidence.trials_high) == (
        96.17,
        45.17,
        147.16,
    )
    # The measured rise is several times the tissue arithmetic for a typical gain, and
    # even its lower bound is above it.
    assert evidence.trials_low > evidence.tissue_kcal
    np.testing.assert_allclose(
        resting_energy_evidence([1, 2], unit="lb").tissue_kcal, extra_kcal_per_day([1, 2], "lb")
    )
    with pytest.raises(ValueError, match="muscle_gained=-1"):
        resting_energy_evidence(-1)
