"""Tests of liftlab.units: kg/lb conversion and rounding to an increment."""

import numpy as np
import pytest

import liftlab
from liftlab.units import (
    KG_PER_LB,
    LB_PER_KG,
    convert,
    convert_rounded,
    kg_to_lb,
    lb_to_kg,
    round_to_increment,
)


def test_pound_is_exact_by_the_1959_agreement():
    assert KG_PER_LB == 0.45359237
    assert pytest.approx(2.2046226218, rel=1e-10) == LB_PER_KG


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (100, "kg", "lb", 220.46226218487757),
        (45, "lb", "kg", 20.41165665),
        (1, "lb", "kg", 0.45359237),
        (20, "kg", "kg", 20.0),
        (-5, "kg", "lb", -11.023113109243878),  # a change of load converts too
        (135, "LB", " kg ", 61.2349699),  # case and spaces are forgiven
    ],
)
def test_convert_known_values(value, source, target, expected):
    assert convert(value, source, target) == pytest.approx(expected, rel=1e-9)


def test_convert_returns_plain_float_for_scalars_and_arrays_for_arrays():
    assert type(kg_to_lb(100)) is float
    out = lb_to_kg(np.array([45.0, 225.0]))
    assert isinstance(out, np.ndarray)
    np.testing.assert_allclose(out, [20.41165665, 102.05828325])


def test_round_trip_kg_lb():
    values = np.linspace(0, 500, 101)
    np.testing.assert_allclose(lb_to_kg(kg_to_lb(values)), values, rtol=1e-14, atol=1e-12)


def test_top_level_exports():
    assert liftlab.convert is convert
    assert liftlab.KG_PER_LB == KG_PER_LB
    assert liftlab.check_unit("kg") == "kg"


@pytest.mark.parametrize("bad", ["lbs", "pounds", "g", ""])
def test_unknown_unit_is_refused_naming_the_argument(bad):
    with pytest.raises(ValueError, match=r"from_unit=.* must be one of 'kg', 'lb'"):
        convert(1, bad, "kg")
    with pytest.raises(ValueError, match=r"to_unit=.* must be one of 'kg', 'lb'"):
        convert(1, "kg", bad)


def test_unit_of_wrong_kind_is_a_type_error():
    with pytest.raises(TypeError, match="from_unit=None"):
        convert(1, None, "kg")


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_convert_refuses_non_finite(bad):
    with pytest.raises(ValueError, match=r"value=.* must be a finite number"):
        convert(bad, "kg", "lb")


def test_convert_refuses_text():
    with pytest.raises(TypeError, match="value='100'"):
        convert("100", "kg", "lb")


@pytest.mark.parametrize(
    ("load", "increment", "mode", "expected"),
    [
        (101.2, 2.5, "nearest", 100.0),
        (101.3, 2.5, "nearest", 102.5),
        (101.3, 2.5, "up", 102.5),
        (101.3, 2.5, "down", 100.0),
        (101.25, 2.5, "nearest", 100.0),  # exact tie goes down (safer)
        (101.26, 2.5, "nearest", 102.5),
        (102.5, 2.5, "up", 102.5),  # already on the grid
        (102.5, 2.5, "down", 102.5),
        (0.3, 0.1, "down", 0.3),  # 0.3 / 0.1 = 2.9999999999999996 must not floor to 0.2
        (0.3, 0.1, "up", 0.3),
        (0.0, 2.5, "nearest", 0.0),
        (0.3, 2.5, "nearest", 0.0),
        (227, 5, "nearest", 225.0),
    ],
)
def test_round_to_increment(load, increment, mode, expected):
    result = round_to_increment(load, increment, mode)
    assert result == expected
    assert type(result) is float


def test_round_to_increment_never_returns_negative_zero():
    assert np.signbit(round_to_increment(0.3, 2.5)) == np.False_


def test_round_to_increment_broadcasts():
    out = round_to_increment([99.9, 101.0, 103.8], 2.5, mode="up")
    np.testing.assert_array_equal(out, [100.0, 102.5, 105.0])


def test_round_to_increment_errors():
    with pytest.raises(ValueError, match=r"load=-1, which is not allowed: load must be >= 0"):
        round_to_increment(-1, 2.5)
    with pytest.raises(
        ValueError, match=r"increment=0, which is not allowed: increment must be >= 0.001"
    ):
        round_to_increment(100, 0)
    with pytest.raises(ValueError, match=r"mode='sideways' is not known: mode must be one of"):
        round_to_increment(100, 2.5, mode="sideways")
    with pytest.raises(TypeError, match=r"increment=.* must be one number"):
        round_to_increment(100, [2.5, 5])


def test_convert_rounded_lands_on_tenths_and_round_trips_typed_values():
    assert convert_rounded(100, "kg", "lb") == 220.5  # 220.462...
    assert convert_rounded(220.5, "lb", "kg") == 100.0
    assert convert_rounded(2, "kg", "lb") == 4.4
    assert convert_rounded(127.5, "kg", "lb") == 281.1
    assert convert_rounded(45, "lb", "kg", step=0.5) == 20.5
    assert convert_rounded(0, "kg", "lb") == 0.0
    for kg in np.arange(20, 300, 2.5):  # a load typed to 0.1 kg survives kg → lb → kg
        assert convert_rounded(convert_rounded(kg, "kg", "lb"), "lb", "kg") == pytest.approx(
            round(kg, 1), abs=0.05
        )


def test_convert_rounded_errors():
    with pytest.raises(ValueError, match="value=-1"):
        convert_rounded(-1, "kg", "lb")
    with pytest.raises(ValueError, match="to_unit='lbs'"):
        convert_rounded(1, "kg", "lbs")
    with pytest.raises(TypeError, match="one number"):
        convert_rounded([1, 2], "kg", "lb")
