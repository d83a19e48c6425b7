"""Tests of liftlab.one_rep_max: e1RM formulas, their inverses and the NSCA table."""

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import liftlab
from liftlab.one_rep_max import (
    AGREEMENT_TOLERANCE,
    EXTRAPOLATION_MAX_REPS,
    FORMULAS,
    NSCA_PERCENT_BY_REPS,
    agreement_range,
    estimate_1rm,
    estimate_1rm_all,
    formula_info,
    load_for_reps,
    nsca_percent,
    nsca_reps,
    percent_at_reps,
    percent_spread,
    reps_at_percent,
    valid_reps,
)

# 100 kg x 10 reps, computed by hand from each published equation.
TEN_REPS = {
    "epley": 100 * (1 + 10 / 30),  # 133.33
    "brzycki": 100 * 36 / 27,  # 133.33
    "lander": 100 * 100 / (101.3 - 26.7123),  # 134.07
    "lombardi": 100 * 10**0.1,  # 125.89
    "mayhew": 100 * 100 / (52.2 + 41.9 * math.exp(-0.55)),  # 130.93
    "oconner": 100 * 1.25,  # 125.00
    "wathen": 100 * 100 / (48.8 + 53.8 * math.exp(-0.75)),  # 134.75
}
# The same, rounded to 0.01 kg, as a check independent of the expressions above.
TEN_REPS_ROUNDED = {
    "epley": 133.33,
    "brzycki": 133.33,
    "lander": 134.07,
    "lombardi": 125.89,
    "mayhew": 130.93,
    "oconner": 125.00,
    "wathen": 134.75,
}


@pytest.mark.parametrize("formula", sorted(TEN_REPS))
def test_formulas_at_ten_reps(formula):
    result = estimate_1rm(100, 10, formula)
    assert result == pytest.approx(TEN_REPS[formula], rel=1e-12)
    assert round(result, 2) == TEN_REPS_ROUNDED[formula]
    assert type(result) is float


@pytest.mark.parametrize(
    ("formula", "load", "reps", "expected"),
    [
        ("epley", 100, 5, 116.66666666666667),
        ("brzycki", 100, 5, 112.5),  # 36 / 32
        ("oconner", 80, 4, 88.0),
        ("lombardi", 100, 2, 100 * 2**0.1),
        ("mayhew", 100, 15, 100 * 100 / (52.2 + 41.9 * math.exp(-0.825))),
    ],
)
def test_formulas_at_other_reps(formula, load, reps, expected):
    assert estimate_1rm(load, reps, formula) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("formula", sorted(FORMULAS))
def test_one_rep_returns_the_load_itself(formula):
    assert estimate_1rm(142.5, 1, formula) == 142.5
    assert load_for_reps(142.5, 1, formula) == 142.5
    assert percent_at_reps(1, formula) == 100.0
    assert reps_at_percent(100, formula) == 1.0


def test_formulas_agree_near_five_reps_and_diverge_past_ten():
    at5 = [estimate_1rm(100, 5, f) for f in FORMULAS]
    at15 = [estimate_1rm(100, 15, f, extrapolate=True) for f in FORMULAS]
    assert max(at5) - min(at5) < 10.0
    assert max(at15) - min(at15) > 2 * (max(at5) - min(at5))


def test_percent_spread_is_highest_minus_lowest_equation():
    for reps in (1, 5, 7, 10, 20):
        values = [percent_at_reps(reps, f, extrapolate=True) for f in FORMULAS]
        assert percent_spread(reps) == pytest.approx(max(values) - min(values), abs=1e-12)
    assert percent_spread(1) == 0.0
    # By hand from the published equations at 7 reps, the extremes are O'Conner
    # (highest, 100 / 1.175) and Wathen (lowest, 48.8 + 53.8 e^-0.525).
    oconner7 = 100 / 1.175
    wathen7 = 48.8 + 53.8 * math.exp(-0.075 * 7)
    assert percent_spread(7) == pytest.approx(oconner7 - wathen7, abs=1e-9)
    np.testing.assert_allclose(percent_spread([5, 6]), [percent_spread(5), percent_spread(6)])
    for bad in (0, 2.5, EXTRAPOLATION_MAX_REPS + 1, "ten"):
        with pytest.raises((ValueError, TypeError), match="reps"):
            percent_spread(bad)


def test_agreement_range_is_five_to_eight_reps():
    """The 02 chapter's claim: the equations agree best for sets of about 5-8 reps."""
    agreement = agreement_range()
    assert agreement.reps == (5, 8)
    assert agreement.closest == 7
    assert agreement.narrowest == pytest.approx(percent_spread(7))
    assert agreement.tolerance == AGREEMENT_TOLERANCE
    first, last = agreement.reps
    inside = [percent_spread(r) for r in range(first, last + 1)]
    assert max(inside) == pytest.approx(agreement.widest)
    assert max(inside) <= agreement.narrowest + AGREEMENT_TOLERANCE
    # The neighbours just outside the run are wider than the tolerance allows.
    assert percent_spread(first - 1) > agreement.narrowest + AGREEMENT_TOLERANCE
    assert percent_spread(last + 1) > agreement.narrowest + AGREEMENT_TOLERANCE
    # The article's "three to five" is not where they agree best.
    assert percent_spread(3) > percent_spread(7) + AGREEMENT_TOLERANCE


def test_agreement_range_tolerance():
    assert agreement_range(0).reps == (7, 7)
    assert agreement_range(0.5).reps == (5, 7)
    assert agreement_range(100).reps == (2, 10)  # every rep where all equations hold
    for bad in (-1, float("nan"), "wide"):
        with pytest.raises((ValueError, TypeError), match="tolerance"):
            agreement_range(bad)


def test_broadcasting_scalar_in_float_out():
    out = estimate_1rm([100, 100, 120], [1, 10, 5])
    np.testing.assert_allclose(out, [100.0, 133.333333, 140.0])
    grid = estimate_1rm(np.array([[100.0], [200.0]]), np.array([1, 2, 3]), "brzycki")
    assert grid.shape == (2, 3)
    np.testing.assert_allclose(grid[1], [200.0, 200 * 36 / 35, 200 * 36 / 34])
    assert isinstance(load_for_reps(np.array([100.0]), 5), np.ndarray)


def test_formula_metadata():
    assert set(FORMULAS) == {
        "epley",
        "brzycki",
        "lander",
        "lombardi",
        "mayhew",
        "oconner",
        "wathen",
    }
    for name, info in FORMULAS.items():
        assert info.name == name
        assert info.reps_range[0] == 1
        assert info.citation and info.label and info.equation and info.range_note
    assert valid_reps("epley") == (1, 10)
    assert valid_reps("mayhew") == (1, 15)
    assert formula_info("Wathen").label == "Wathen (1994)"
    assert "1993" in formula_info("brzycki").citation
    assert "6(4)" in formula_info("mayhew").citation
    with pytest.raises(dataclasses.FrozenInstanceError):
        FORMULAS["epley"].reps_range = (1, 20)
    with pytest.raises(TypeError):
        FORMULAS["new"] = FORMULAS["epley"]
    assert FORMULAS["epley"].accepts(10)
    assert not FORMULAS["epley"].accepts(11)
    assert not FORMULAS["epley"].accepts(2.5)
    assert liftlab.FORMULAS is FORMULAS


def test_estimate_all_leaves_out_formulas_past_their_range():
    assert list(estimate_1rm_all(100, 5)) == list(FORMULAS)
    assert list(estimate_1rm_all(100, 12)) == ["mayhew"]
    assert estimate_1rm_all(100, 10)["oconner"] == 125.0
    with pytest.raises(
        ValueError, match=r"reps=16, which is not allowed: reps must be >= 1 and <= 15"
    ):
        estimate_1rm_all(100, 16)


@pytest.mark.parametrize("formula", sorted(FORMULAS))
def test_inverses_round_trip_at_every_valid_rep(formula):
    low, high = valid_reps(formula)
    reps = np.arange(low, high + 1)
    loads = load_for_reps(180.0, reps, formula)
    np.testing.assert_allclose(estimate_1rm(loads, reps, formula), 180.0, rtol=1e-12)
    np.testing.assert_allclose(reps_at_percent(loads / 180.0 * 100, formula), reps, rtol=1e-9)
    np.testing.assert_allclose(percent_at_reps(reps, formula), loads / 1.8, rtol=1e-12)
    assert np.all(np.diff(loads) < 0)  # more reps, lighter load


@settings(max_examples=60, deadline=None)
@given(
    formula=st.sampled_from(sorted(FORMULAS)),
    fraction=st.floats(min_value=0.0, max_value=1.0),
)
def test_reps_at_percent_is_continuous_and_decreasing(formula, fraction):
    top = valid_reps(formula)[1]
    low = percent_at_reps(top, formula)
    percent = low + fraction * (100.0 - low)
    reps = reps_at_percent(percent, formula)
    assert 1.0 - 1e-9 <= reps <= top + 1e-9
    if percent > low + 0.01:
        assert reps_at_percent(percent - 0.01, formula) > reps


def test_reps_at_percent_known_values():
    assert reps_at_percent(75.0) == pytest.approx(10.0)  # Epley
    assert reps_at_percent(90.0, "brzycki") == pytest.approx(37 - 32.4)
    # between 1 and 2 reps: a straight line to the formula's 2-rep value (93.75 % by Epley)
    assert reps_at_percent(100 - 6.25 / 2) == pytest.approx(1.5)
    np.testing.assert_allclose(reps_at_percent([100.0, 75.0]), [1.0, 10.0])


def test_extrapolate_evaluates_past_the_range_up_to_the_limit():
    assert estimate_1rm(100, 20, extrapolate=True) == pytest.approx(100 * (1 + 20 / 30))
    assert reps_at_percent(50, extrapolate=True) == pytest.approx(30.0)
    with pytest.raises(ValueError, match=rf"reps must be >= 1 and <= {EXTRAPOLATION_MAX_REPS}"):
        estimate_1rm(100, EXTRAPOLATION_MAX_REPS + 1, "brzycki", extrapolate=True)
    with pytest.raises(TypeError, match="extrapolate='yes'"):
        estimate_1rm(100, 12, extrapolate="yes")


@pytest.mark.parametrize(
    ("formula", "reps", "message"),
    [
        ("epley", 11, r"reps=11, .*reps must be >= 1 and <= 10\. The Epley \(1985\) formula is "),
        ("wathen", 12, r"valid for 1–10 reps"),
        ("mayhew", 16, r"reps must be >= 1 and <= 15\. The Mayhew et al\. \(1992\) formula"),
        ("epley", 0, r"reps=0, which is not allowed: reps must be >= 1"),
        ("brzycki", 2.5, r"reps=2.5, which is not a whole number: reps must be a whole number"),
    ],
)
def test_reps_outside_the_formula_range(formula, reps, message):
    with pytest.raises(ValueError, match=message):
        estimate_1rm(100, reps, formula)
    with pytest.raises(ValueError, match=message):
        load_for_reps(100, reps, formula)


def test_other_bad_inputs():
    with pytest.raises(ValueError, match=r"formula='bogus' is not known: formula must be one of "):
        estimate_1rm(100, 5, "bogus")
    with pytest.raises(TypeError, match="formula=3"):
        estimate_1rm(100, 5, 3)
    with pytest.raises(ValueError, match=r"load=0, which is not allowed: load must be > 0"):
        estimate_1rm(0, 5)
    with pytest.raises(ValueError, match=r"load contains -5, .*load must be > 0"):
        estimate_1rm([100, -5], 5)
    with pytest.raises(ValueError, match=r"reps contains 11, .*The Epley"):
        estimate_1rm(100, [5, 11])
    with pytest.raises(TypeError, match="reps=True"):
        estimate_1rm(100, True)
    with pytest.raises(ValueError, match=r"one_rm=-1, which is not allowed: one_rm must be > 0"):
        load_for_reps(-1, 5)
    with pytest.raises(
        ValueError, match=r"percent_1rm=70, .*must be >= 75.* 75% of 1RM is a 10-rep max"
    ):
        reps_at_percent(70)
    with pytest.raises(ValueError, match=r"percent_1rm=101, .*<= 100"):
        reps_at_percent(101)


def test_nsca_table_cells():
    assert dict(NSCA_PERCENT_BY_REPS) == {
        1: 100,
        2: 95,
        3: 93,
        4: 90,
        5: 87,
        6: 85,
        7: 83,
        8: 80,
        9: 77,
        10: 75,
        11: 70,
        12: 67,
        15: 65,
    }
    for reps, percent in NSCA_PERCENT_BY_REPS.items():
        assert nsca_percent(reps) == percent
        assert nsca_reps(percent) == reps


def test_nsca_interpolation():
    assert nsca_percent(13) == pytest.approx(66 + 1 / 3)
    assert nsca_percent(14) == pytest.approx(65 + 2 / 3)
    assert nsca_reps(78.5) == pytest.approx(8.5)
    np.testing.assert_allclose(nsca_reps(nsca_percent([1.5, 7.25, 13.0])), [1.5, 7.25, 13.0])


def test_nsca_errors_name_the_table_range():
    with pytest.raises(ValueError, match=r"reps=16, .*reps must be >= 1 and <= 15"):
        nsca_percent(16)
    with pytest.raises(ValueError, match=r"percent=60, .*percent must be >= 65 and <= 100"):
        nsca_reps(60)
