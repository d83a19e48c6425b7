"""Properties of the core that must hold for every input, checked with hypothesis."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import liftlab
from liftlab.plates import PLATES_LB, plates_per_side, round_to_plates

FORMULA = st.sampled_from(sorted(liftlab.FORMULAS))
LOAD = st.floats(min_value=1.0, max_value=2000.0)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True)


@SETTINGS
@given(formula=FORMULA, load=LOAD, factor=st.floats(1.001, 3.0), data=st.data())
def test_e1rm_grows_with_load(formula, load, factor, data):
    low, high = liftlab.valid_reps(formula)
    reps = data.draw(st.integers(low, high))
    assert liftlab.estimate_1rm(load * factor, reps, formula) > liftlab.estimate_1rm(
        load, reps, formula
    )


@SETTINGS
@given(formula=FORMULA, load=LOAD, data=st.data())
def test_e1rm_grows_with_reps_and_never_falls_below_the_load(formula, load, data):
    low, high = liftlab.valid_reps(formula)
    reps = data.draw(st.integers(low, high - 1))
    fewer = liftlab.estimate_1rm(load, reps, formula)
    assert fewer >= load
    assert liftlab.estimate_1rm(load, reps + 1, formula) > fewer


@SETTINGS
@given(formula=FORMULA, one_rm=LOAD, data=st.data())
def test_inverses_round_trip(formula, one_rm, data):
    low, high = liftlab.valid_reps(formula)
    reps = data.draw(st.integers(low, high))
    load = liftlab.load_for_reps(one_rm, reps, formula)
    assert math.isclose(liftlab.estimate_1rm(load, reps, formula), one_rm, rel_tol=1e-12)
    percent = liftlab.percent_at_reps(reps, formula)
    assert math.isclose(liftlab.reps_at_percent(percent, formula), reps, rel_tol=1e-9)


@SETTINGS
@given(
    target=st.floats(min_value=20.0, max_value=500.0),
    mode=st.sampled_from(["nearest", "down", "up"]),
)
def test_a_load_rounded_to_plates_is_loadable_kg(target, mode):
    rounded = round_to_plates(target, 20.0, None, mode)
    side = plates_per_side(rounded, 20.0, None)  # raises if it cannot be made
    assert math.isclose(20.0 + 2 * sum(side), rounded, abs_tol=1e-9)
    assert abs(rounded - target) <= 2.5 + 1e-9  # finest kg step is 2 x 1.25 kg
    if mode == "down":
        assert rounded <= target + 1e-9
    if mode == "up":
        assert rounded >= target - 1e-9


@SETTINGS
@given(
    target=st.floats(min_value=45.0, max_value=1000.0),
    plates=st.lists(st.sampled_from(PLATES_LB), min_size=1, max_size=4, unique=True),
)
def test_a_load_rounded_to_any_plate_set_is_loadable_lb(target, plates):
    rounded = round_to_plates(target, 45.0, plates, "nearest", unit="lb")
    side = plates_per_side(rounded, 45.0, plates, unit="lb")
    assert set(side) <= set(plates)
    assert math.isclose(45.0 + 2 * sum(side), rounded, abs_tol=1e-9)


@SETTINGS
@given(value=st.floats(min_value=-1e6, max_value=1e6))
def test_unit_conversion_round_trips(value):
    assert math.isclose(liftlab.lb_to_kg(liftlab.kg_to_lb(value)), value, abs_tol=1e-9)
    assert math.isclose(liftlab.convert(value, "kg", "kg"), value)


@SETTINGS
@given(
    one_rm=st.floats(min_value=1.0, max_value=1e4),
    goal=st.sampled_from(["strength", "hypertrophy"]),
)
def test_load_range_is_an_ordered_share_of_the_one_rm(one_rm, goal):
    low, high = liftlab.load_range(one_rm, goal)
    assert 0 < low < high <= one_rm


@SETTINGS
@given(reps=st.integers(1, 12), rpe=st.sampled_from(np.arange(6.5, 10.01, 0.5).tolist()))
def test_rpe_chart_round_trips_and_harder_means_heavier(reps, rpe):
    percent = liftlab.rpe_to_percent(reps, rpe)
    assert math.isclose(liftlab.percent_to_rpe(reps, percent), rpe, abs_tol=1e-9)
    if rpe < 10:
        assert liftlab.rpe_to_percent(reps, rpe + 0.5) > percent


@SETTINGS
@given(
    one_rm=st.floats(min_value=20.0, max_value=600.0),
    goal=st.sampled_from(sorted(liftlab.GOALS)),
    unit=st.sampled_from(["kg", "lb"]),
    wide=st.booleans(),
)
def test_a_loadable_band_lies_inside_the_goal_band_and_is_loadable(one_rm, goal, unit, wide):
    from liftlab.goals import loadable_band
    from liftlab.plates import BAR_LB, BAR_MEN_KG, PLATES_KG

    bar, plates = (BAR_MEN_KG, PLATES_KG) if unit == "kg" else (BAR_LB, PLATES_LB)
    band = loadable_band(one_rm, goal, bar, plates, wide=wide)
    low, high = liftlab.load_range(one_rm, goal, wide=wide)
    if band is None:  # nothing loadable inside: the band is under the bar or between loads
        assert high < bar or round_to_plates(max(low, bar), bar, plates, "up") > high
        return
    lightest, heaviest = band
    assert max(low, bar) - 1e-9 <= lightest <= heaviest <= high + 1e-9
    for load in band:
        plates_per_side(load, bar, plates)  # raises if it cannot be made


@SETTINGS
@given(value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_a_number_written_by_the_course_is_read_back_by_its_boxes(value):
    from liftlab.apps.controls import parse_number
    from liftlab.formatting import format_number

    for decimals in (0, 1, 2):
        text = format_number(value, decimals)
        assert math.isclose(parse_number(text, "x"), float(text), abs_tol=0)
        assert abs(parse_number(text, "x") - value) <= 0.5 * 10**-decimals + 1e-9


@SETTINGS
@given(kg=st.floats(min_value=0.0, max_value=1000.0), unit=st.sampled_from(["kg", "lb"]))
def test_converting_for_display_is_within_half_a_tenth(kg, unit):
    from liftlab.units import convert_rounded

    shown = convert_rounded(kg, "kg", unit)
    assert abs(shown - liftlab.convert(kg, "kg", unit)) <= 0.05 + 1e-9
    assert abs(round(shown * 10) - shown * 10) < 1e-6  # a tenth, as a box shows it
