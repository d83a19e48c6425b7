"""Tests of liftlab.effort: the RPE chart (Tuchscherer 2008; Helms et al. 2016) and RIR."""

import numpy as np
import pytest

import liftlab
from liftlab.effort import (
    RPE_CHART,
    RPE_CHART_REPS,
    RPE_CHART_RPE,
    RPE_SCALE,
    e1rm_from_rpe,
    load_for_rpe,
    percent_to_rpe,
    rir_to_rpe,
    rpe_to_percent,
    rpe_to_rir,
)

RPE10 = (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0)


def test_rpe_10_row_as_published():
    assert RPE_CHART[10.0] == RPE10
    np.testing.assert_array_equal(rpe_to_percent(np.arange(1, 13), 10), RPE10)


@pytest.mark.parametrize(
    ("reps", "rpe", "percent"),
    [
        (1, 9.5, 97.8),
        (1, 9, 95.5),
        (1, 8, 92.2),
        (1, 6.5, 87.8),
        (3, 8, 86.3),
        (5, 8, 81.1),
        (5, 7, 78.6),
        (8, 9, 76.2),
        (10, 9.5, 72.3),
        (12, 9.5, 66.7),
        (12, 6.5, 58.6),
    ],
)
def test_published_cells(reps, rpe, percent):
    assert rpe_to_percent(reps, rpe) == percent
    assert type(rpe_to_percent(reps, rpe)) is float


def test_chart_shape_and_range():
    assert list(RPE_CHART) == [10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5]
    assert all(len(row) == 12 for row in RPE_CHART.values())
    assert RPE_CHART_REPS == (1, 12)
    assert RPE_CHART_RPE == (6.5, 10.0)
    assert liftlab.RPE_CHART is RPE_CHART


def test_one_rpe_point_lower_is_one_more_rep():
    """chart(reps, RPE - 1) == chart(reps + 1, RPE): the chart's structure."""
    for rpe, row in RPE_CHART.items():
        if rpe - 1 in RPE_CHART:
            assert RPE_CHART[rpe - 1][:-1] == row[1:], rpe


def test_half_points_interleave_whole_points():
    """RPE 9.5 lies between RPE 10 and 9 in every column."""
    table = np.array(list(RPE_CHART.values()))
    assert np.all(np.diff(table, axis=0) < 0)  # lower RPE, lower %1RM
    assert np.all(np.diff(table, axis=1) < 0)  # more reps, lower %1RM


def test_broadcasting():
    out = rpe_to_percent([1, 5, 12], [10, 8, 6.5])
    np.testing.assert_array_equal(out, [100.0, 81.1, 58.6])
    grid = rpe_to_percent(np.array([[1], [2]]), np.array([10, 9.5, 9]))
    np.testing.assert_array_equal(grid, [[100.0, 97.8, 95.5], [95.5, 93.9, 92.2]])


def test_percent_to_rpe_inverts_every_cell():
    for rpe, row in RPE_CHART.items():
        for reps, percent in enumerate(row, start=1):
            assert percent_to_rpe(reps, percent) == pytest.approx(rpe), (reps, rpe)


def test_percent_to_rpe_interpolates_and_broadcasts():
    assert percent_to_rpe(5, 80.5) == pytest.approx(7.5 + 0.5 * 0.6 / 1.2)
    np.testing.assert_allclose(percent_to_rpe([1, 5, 5], [100, 81.1, 86.3]), [10, 8, 10])


def test_rir_and_rpe():
    assert rir_to_rpe(0) == 10.0
    assert rir_to_rpe(2) == 8.0
    assert rpe_to_rir(9.5) == 0.5
    np.testing.assert_array_equal(rpe_to_rir([6, 7, 10]), [4.0, 3.0, 0.0])
    np.testing.assert_array_equal(rir_to_rpe(rpe_to_rir([6.5, 8.0])), [6.5, 8.0])
    assert RPE_SCALE[0] == ("10", "Maximum effort")


def test_e1rm_and_load_from_rpe():
    assert e1rm_from_rpe(100, 5, 8) == pytest.approx(100 / 0.811)
    assert load_for_rpe(200, 3, 8) == pytest.approx(172.6)
    assert e1rm_from_rpe(load_for_rpe(150, 4, 9), 4, 9) == pytest.approx(150)
    assert e1rm_from_rpe(140, 1, 10) == 140.0


@pytest.mark.parametrize(
    ("reps", "rpe", "message"),
    [
        (13, 8, r"reps=13, .*reps must be >= 1 and <= 12\. The RPE chart covers 1–12 reps"),
        (0, 8, r"reps=0, .*The RPE chart covers 1–12 reps"),
        (2.5, 8, r"reps=2.5, which is not a whole number"),
        (5, 6, r"rpe=6, .*rpe must be >= 6.5 and <= 10\. The RPE chart covers RPE 6.5–10"),
        (5, 10.5, r"rpe=10.5, .*<= 10"),
        (5, 8.25, r"rpe=8.25 is not on the chart: rpe must be a multiple of 0.5"),
        ([5, 5], [8, 7.7], r"rpe=7.7 is not on the chart"),
    ],
)
def test_outside_the_chart(reps, rpe, message):
    with pytest.raises(ValueError, match=message):
        rpe_to_percent(reps, rpe)


def test_other_errors():
    with pytest.raises(ValueError, match=r"percent=70 is outside the RPE chart for 5 reps: .*77.4"):
        percent_to_rpe(5, 70)
    with pytest.raises(ValueError, match=r"percent=101, .*percent must be >= 0 and <= 100"):
        percent_to_rpe(5, 101)
    with pytest.raises(ValueError, match=r"rir=5, .*rir must be >= 0 and <= 4"):
        rir_to_rpe(5)
    with pytest.raises(ValueError, match=r"rpe=5, .*rpe must be >= 6 and <= 10"):
        rpe_to_rir(5)
    with pytest.raises(ValueError, match=r"load=0, .*load must be > 0"):
        e1rm_from_rpe(0, 5, 8)
    with pytest.raises(ValueError, match=r"one_rm=-3, .*one_rm must be > 0"):
        load_for_rpe(-3, 5, 8)
    with pytest.raises(TypeError, match="rpe='hard'"):
        rpe_to_percent(5, "hard")


def test_published_values_of_accuracy_and_autoregulation_studies():
    """Hackett 2017, Zourdos 2016 and Helms 2018 as in their abstracts."""
    from liftlab.effort import HACKETT_2017, HELMS_2018_GAINS, ZOURDOS_2016_VELOCITY_RPE_R

    assert HACKETT_2017["adults"] == HACKETT_2017["men"] + HACKETT_2017["women"] == 81
    assert HACKETT_2017["near_failure_reps"] == (0, 5)
    assert HACKETT_2017["far_failure_reps"] == (7, 10)
    assert HACKETT_2017["near_error_reps"] < HACKETT_2017["far_error_reps"]
    assert HACKETT_2017["experience_effect"] is False
    assert dict(ZOURDOS_2016_VELOCITY_RPE_R) == {"experienced": -0.88, "novice": -0.77}
    assert HELMS_2018_GAINS["squat 1RM (kg)"] == (13.91, 17.05)
    assert HELMS_2018_GAINS["bench press 1RM (kg)"] == (9.64, 10.70)
    assert HELMS_2018_GAINS["pectoralis thickness (mm)"] == (1.59, 1.90)
    assert HELMS_2018_GAINS["vastus lateralis thickness at 50 % (mm)"] == (2.13, 1.85)
    assert HELMS_2018_GAINS["vastus lateralis thickness at 70 % (mm)"] == (2.40, 2.31)
    for percent_group, rpe_group in HELMS_2018_GAINS.values():
        assert percent_group > 0 and rpe_group > 0  # both ways of loading worked
