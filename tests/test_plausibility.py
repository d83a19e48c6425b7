"""Allowed but implausible values get a warning naming a bound from the science."""

from __future__ import annotations

import pytest

from liftlab.plausibility import (
    AVERAGE_MAN_MUSCLE_KG,
    MOST_WEEKLY_SETS_STUDIED,
    RECORD_DEADLIFT_KG,
    TYPICAL_MUSCLE_GAIN_KG,
    load_warning,
    muscle_gain_warning,
    session_sets_warning,
    weekly_sets_warning,
)
from liftlab.units import kg_to_lb


def test_bounds_are_the_published_values():
    assert RECORD_DEADLIFT_KG == 501.0  # Björnsson, 2 May 2020
    assert MOST_WEEKLY_SETS_STUDIED == 22 + 5 * 6  # Enes et al. 2024: 22, +6 every 2 wk, 12 wk
    assert AVERAGE_MAN_MUSCLE_KG == 33.0  # Janssen et al. 2000 (women 21.0 kg)
    assert TYPICAL_MUSCLE_GAIN_KG == 1.53  # Benito et al. 2020


def test_load_warning_names_the_record_in_the_unit_used():
    assert load_warning(501, "kg") == ""
    assert load_warning(1000, "lb") == ""  # 453.6 kg
    text = load_warning(1000, "kg")
    assert text.startswith("1000 kg is more than the heaviest deadlift ever lifted (501 kg")
    assert "Björnsson 2020" in text
    lb = load_warning(1200, "lb")
    assert f"({round(kg_to_lb(501))} lb, Björnsson 2020)" in lb


def test_weekly_sets_warning_names_each_muscle_over_the_bound():
    assert weekly_sets_warning({"quadriceps": 52, "chest": 10}) == ""
    text = weekly_sets_warning({"quadriceps": 500, "glutes": 60.5, "chest": 10})
    assert text.startswith("quadriceps 500, glutes 60.5 hard sets a week")
    assert "52 a week for the quadriceps, Enes et al. 2024" in text and "chest" not in text


def test_session_and_muscle_warnings():
    assert session_sets_warning(52) == ""
    assert "500 sets in one session" in session_sets_warning(500)
    assert muscle_gain_warning(33, "kg") == ""
    text = muscle_gain_warning(75, "kg")
    assert "33 kg, Janssen et al. 2000" in text and "about 1.5 kg (Benito et al. 2020)" in text
    assert "73 lb, Janssen" in muscle_gain_warning(100, "lb")


def test_warnings_check_their_arguments():
    with pytest.raises(ValueError, match="load=-1"):
        load_warning(-1, "kg")
    with pytest.raises(ValueError, match="unit='lbs'"):
        load_warning(1, "lbs")
    with pytest.raises(TypeError, match="sets_by_muscle"):
        weekly_sets_warning([("chest", 10)])
    with pytest.raises(ValueError, match="mass"):
        muscle_gain_warning(float("nan"), "kg")
