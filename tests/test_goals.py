"""Tests of liftlab.goals: the article's strength and hypertrophy prescriptions."""

import dataclasses

import numpy as np
import pytest

import liftlab
from liftlab.goals import (
    EXPERIENCE_LEVELS,
    GOALS,
    days_between_sessions,
    goals_for,
    load_range,
    loadable_band,
    percent_range,
    rep_range,
    rest_range,
    sets_range,
)


def test_the_articles_300_lb_squat_example():
    assert load_range(300, "hypertrophy") == (195.0, 240.0)
    assert liftlab.load_range(300, "hypertrophy") == (195.0, 240.0)
    low, high = load_range(300, "hypertrophy")
    assert type(low) is float and type(high) is float


def test_strength_load_range_is_80_to_100_percent():
    assert load_range(300, "strength") == (240.0, 300.0)
    assert load_range(140, "Strength") == (112.0, 140.0)


def test_wide_hypertrophy_band_is_65_to_85():
    assert percent_range("hypertrophy", wide=True) == (65.0, 85.0)
    assert load_range(300, "hypertrophy", wide=True) == (195.0, 255.0)
    assert percent_range("strength", wide=True) == (80.0, 100.0)


def test_load_range_broadcasts():
    low, high = load_range(np.array([100.0, 200.0]), "hypertrophy")
    np.testing.assert_allclose(low, [65.0, 130.0])
    np.testing.assert_allclose(high, [80.0, 160.0])


def test_article_numbers():
    assert rep_range("strength") == (1, 6)
    assert rep_range("hypertrophy") == (6, 12)
    assert percent_range("strength") == (80.0, 100.0)
    assert percent_range("hypertrophy") == (65.0, 80.0)
    assert rest_range("strength") == (2.0, 5.0)
    assert rest_range("hypertrophy") == (1.0, 3.0)
    assert GOALS["hypertrophy"].min_sets == 3
    assert days_between_sessions("strength") == (2, None)
    assert GOALS["strength"].rest_days_after_percent == 90.0
    assert days_between_sessions("hypertrophy") == (0, 1)


def test_sets_by_experience():
    assert EXPERIENCE_LEVELS == ("beginner", "intermediate", "advanced")
    assert sets_range("hypertrophy", "beginner") == (3, 4)
    assert sets_range("hypertrophy", "intermediate") == (4, 5)
    assert sets_range("hypertrophy", "advanced") == (5, 6)
    assert sets_range("hypertrophy") == (3, 4)
    for level in EXPERIENCE_LEVELS:
        assert sets_range("strength", level) == (2, 6)
        assert sets_range("hypertrophy", level)[0] >= GOALS["hypertrophy"].min_sets


def test_prescriptions_are_frozen_and_cite_the_article():
    for name, goal in GOALS.items():
        assert goal.name == name
        assert "Saks" in goal.source
        assert goal.notes
        assert [level for level, _ in goal.sets_by_experience] == list(EXPERIENCE_LEVELS)
        hash(goal)
    with pytest.raises(dataclasses.FrozenInstanceError):
        GOALS["strength"].reps = (1, 10)
    with pytest.raises(TypeError):
        GOALS["power"] = GOALS["strength"]
    notes = " ".join(GOALS["hypertrophy"].notes)
    assert "Schoenfeld et al. 2017" in notes and "Schoenfeld et al. 2016" in notes


@pytest.mark.parametrize(
    ("reps", "percent", "expected"),
    [
        (3, 90, ("strength",)),
        (10, 70, ("hypertrophy",)),
        (6, 80, ("strength", "hypertrophy")),  # the shared boundary
        (15, 60, ()),
        (3, 70, ()),  # strength reps, hypertrophy load
        (1, None, ("strength",)),
        (None, 72.5, ("hypertrophy",)),
        (8, None, ("hypertrophy",)),
    ],
)
def test_goals_for(reps, percent, expected):
    assert goals_for(reps=reps, percent=percent) == expected


def test_errors():
    with pytest.raises(ValueError, match=r"goal='power' is not known: goal must be one of "):
        rep_range("power")
    with pytest.raises(ValueError, match=r"experience='expert' is not known: experience must be"):
        sets_range("hypertrophy", "expert")
    with pytest.raises(ValueError, match=r"one_rm=0, which is not allowed: one_rm must be > 0"):
        load_range(0, "strength")
    with pytest.raises(TypeError, match=r"one_rm='300'"):
        load_range("300", "strength")
    with pytest.raises(TypeError, match="goals_for needs reps"):
        goals_for()
    with pytest.raises(ValueError, match=r"percent=120, .*percent must be > 0 and <= 100"):
        goals_for(percent=120)
    with pytest.raises(ValueError, match=r"reps=0, .*reps must be >= 1"):
        goals_for(reps=0)
    with pytest.raises(TypeError, match="wide=1"):
        percent_range("hypertrophy", wide=1)


# ---------------------------------------------------------------- loadable band (inward)


@pytest.mark.parametrize("one_rm", [60.0, 91.0, 137.0, 140.0, 152.5, 212.5, 300.0])
@pytest.mark.parametrize("goal", ["strength", "hypertrophy"])
def test_loadable_band_rounds_inward_to_real_loads(one_rm, goal):
    band = loadable_band(one_rm, goal, liftlab.BAR_MEN_KG, liftlab.PLATES_KG, unit="kg")
    low, high = load_range(one_rm, goal)
    assert band is not None
    lightest, heaviest = band
    assert low - 1e-9 <= lightest <= heaviest <= high + 1e-9  # never outside the band
    for load in band:  # each end is a load the bar and plates make
        liftlab.plates_per_side(load, liftlab.BAR_MEN_KG, liftlab.PLATES_KG)
    step = 2 * min(liftlab.PLATES_KG)  # the finest change a pair of plates makes
    assert lightest - low < step and high - heaviest < step  # and as wide as it can be


def test_loadable_band_of_the_issue_140_kg():
    """Nearest rounding gave 90 kg (64.3 %) for the 91 kg (65 %) end; inward gives 92.5 kg."""
    assert liftlab.round_to_plates(91.0) == 90.0
    assert loadable_band(140, "hypertrophy", 20, None) == (92.5, 110.0)


def test_loadable_band_under_the_bar_and_between_two_loads():
    assert loadable_band(15, "hypertrophy", 20, None) is None  # 9.75–12 kg: all under 20 kg
    assert loadable_band(25, "hypertrophy", 20, None) == (20.0, 20.0)  # starts under the bar
    # Plates of 10 kg only (loads 20, 40, 60, ...): one load inside each band.
    assert loadable_band(107.5, "strength", 20, (10,)) == (100.0, 100.0)  # 86–107.5 kg
    assert loadable_band(130, "strength", 20, (10,)) == (120.0, 120.0)  # 104–130 kg
    # Plates of 25 kg only (20, 70, 120 kg): 88–110 kg falls between two loads.
    assert loadable_band(110, "strength", 20, (25,)) is None
    assert loadable_band(300, "hypertrophy", liftlab.BAR_LB, liftlab.PLATES_LB) == (195.0, 240.0)


def test_loadable_band_with_a_limited_inventory_and_errors():
    assert loadable_band(200, "strength", 20, {20: 1}) is None  # at most 60 kg on the bar
    with pytest.raises(ValueError, match="one_rm"):
        loadable_band(0, "strength", 20, None)
    with pytest.raises(ValueError, match="bar"):
        loadable_band(100, "strength", -1, None)
    with pytest.raises(TypeError, match="one_rm"):
        loadable_band([100, 120], "strength", 20, None)
