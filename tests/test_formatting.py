"""One number format for every calculator (liftlab.formatting)."""

from __future__ import annotations

import math

import pytest

from liftlab.formatting import MINUS, format_load, format_number


@pytest.mark.parametrize(
    ("value", "kwargs", "text"),
    [
        (120.8196, {}, "120.8"),  # the RPE calculator's "120.82 kg" of issue 14
        (120.25, {}, "120.3"),  # half up, on the decimal value (binary .25 is exact)
        (0.05, {}, "0.1"),
        (100.0, {}, "100"),
        (102.5, {}, "102.5"),
        (-0.04, {}, "0"),  # never "-0"
        (-2.5, {}, "-2.5"),
        (-2.5, {"sign": True}, f"{MINUS}2.5"),
        (3.0, {"sign": True}, "+3"),
        (0.0, {"sign": True}, "0"),
        (23840, {"grouping": True}, "23,840"),
        (1234567.891, {"decimals": 0, "grouping": True}, "1,234,568"),
        (1.25, {"decimals": 2}, "1.25"),
        (28.5, {"decimals": 0}, "29"),  # f"{28.5:.0f}" would say 28
        (1e12, {}, "1000000000000"),
    ],
)
def test_format_number(value, kwargs, text):
    assert format_number(value, **kwargs) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(1.25, "1.25"), (101.25, "101.25"), (0.25, "0.25"), (120.8196, "120.8"), (195.0, "195")],
)
def test_format_load_keeps_plate_steps_exact(value, text):
    assert format_load(value) == text


def test_format_number_refuses_what_is_not_a_finite_number():
    with pytest.raises(TypeError, match="value=True"):
        format_number(True)
    with pytest.raises(TypeError, match="value='3'"):
        format_number("3")
    with pytest.raises(ValueError, match="finite"):
        format_number(math.nan)
    with pytest.raises(ValueError, match="decimals"):
        format_number(1.0, 7)
    with pytest.raises(TypeError):
        format_load(None)


def test_every_calculator_uses_the_one_format():
    """No app module formats a number with its own format spec (:.1f, :.2f, :g on values)."""
    import pathlib
    import re

    apps = pathlib.Path(__file__).resolve().parents[1] / "liftlab" / "apps"
    mine = [p for p in apps.glob("*_app.py") if p.name != "quiz_app.py"]
    found = {}
    for path in mine:
        text = path.read_text()
        hits = re.findall(r"\{[^{}]*:(?:[,+]?\.\d+f|\.0f|,\.0f)\}", text)
        if hits:
            found[path.name] = hits
    assert not found, f"own number formats in calculators: {found}"
