"""The fitness–fatigue fit: known parameters are recovered, and the fit says when to doubt it."""

from __future__ import annotations

import numpy as np
import pytest

import liftlab
from liftlab.training_log import MIN_POINTS, RELIABLE_POINTS, fit_fitness_fatigue


def synthetic(k1=0.1, k2=0.2, tau1=40.0, tau2=10.0, p0=100.0, weeks=30, every=3, seed=0):
    """Three sessions a week with varying loads, a performance every ``every`` days."""
    rng = np.random.default_rng(seed)
    week = np.array([1.0, 0, 1, 0, 1, 0, 0])
    loads = np.tile(week, weeks) * rng.uniform(50, 150, 7 * weeks)
    loads[7 * 12 : 7 * 14] *= 0.3  # a light fortnight, so fatigue shows
    truth = liftlab.fitness_fatigue(loads, k1=k1, k2=k2, tau1=tau1, tau2=tau2, p0=p0)
    days = np.arange(2, loads.size, every)
    return loads, days, truth.performance[days]


@pytest.mark.parametrize(
    ("k1", "k2", "tau1", "tau2"), [(0.1, 0.2, 40, 10), (0.05, 0.3, 25, 4), (0.2, 0.25, 55, 18)]
)
def test_noiseless_performances_give_back_the_parameters_exactly(k1, k2, tau1, tau2):
    loads, days, performance = synthetic(k1, k2, tau1, tau2)
    fit = fit_fitness_fatigue(loads, days, performance)
    assert (fit.tau1, fit.tau2) == (tau1, tau2)
    assert (fit.k1, fit.k2, fit.p0) == pytest.approx((k1, k2, 100.0), rel=1e-6)
    assert fit.r2 == pytest.approx(1.0) and fit.rmse == pytest.approx(0.0, abs=1e-6)
    assert fit.warnings == ()
    assert fit.fitted == pytest.approx(performance)
    assert fit.performance.shape == loads.shape
    model = liftlab.fitness_fatigue(loads, fit.k1, fit.k2, fit.tau1, fit.tau2, fit.p0)
    assert fit.performance == pytest.approx(model.performance)
    assert fit.fitness == pytest.approx(model.fitness)


def test_noisy_performances_give_back_the_parameters_approximately():
    loads, days, performance = synthetic()
    noisy = performance + np.random.default_rng(1).normal(0, 0.5, performance.size)
    fit = fit_fitness_fatigue(loads, days, noisy)
    assert abs(fit.tau1 - 40) <= 8 and abs(fit.tau2 - 10) <= 3
    assert fit.k1 == pytest.approx(0.1, rel=0.25) and fit.k2 == pytest.approx(0.2, rel=0.25)
    assert 0.9 < fit.r2 < 1.0
    assert fit.rmse == pytest.approx(0.5, rel=0.3)


def test_the_fit_uses_liftlab_fitness_fatigue_for_its_model(monkeypatch):
    """The classic fit runs chapter 05's model, not a copy of it."""
    calls = []
    original = liftlab.fitness_fatigue

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return original(*args, **kwargs)

    data = synthetic()
    monkeypatch.setattr(liftlab, "fitness_fatigue", spy)
    fit_fitness_fatigue(*data)
    assert len(calls) == 1  # the unit responses of every time constant, in one run
    assert calls[0]["k1"] == calls[0]["k2"] == 1.0


def test_gains_stay_non_negative():
    # Performance that falls as fitness (tau 30) builds up: the unconstrained fit of the
    # one pair (30, 1) wants k1 < 0; the constrained fit sets it to 0 and says so.
    loads, days, _ = synthetic()
    g30 = liftlab.fitness_fatigue(loads, k1=1, k2=0, tau1=30, tau2=1).fitness[days]
    falling = 100 - 0.05 * g30
    fit = fit_fitness_fatigue(loads, days, falling, tau1_grid=[30], tau2_grid=[1])
    assert fit.k1 == 0.0 and fit.k2 >= 0.0
    assert any("k1 = 0" in w for w in fit.warnings)
    for seed in range(5):  # whatever the data, no negative gain
        noise = np.random.default_rng(seed).normal(100, 5, days.size)
        fit = fit_fitness_fatigue(loads, days, noise - 0.02 * g30 * seed)
        assert fit.k1 >= 0.0 and fit.k2 >= 0.0
    flat = fit_fitness_fatigue(loads, days, np.full(days.size, 100.0))
    assert (flat.k1, flat.k2, flat.p0) == (0.0, 0.0, pytest.approx(100.0))
    assert np.isnan(flat.r2) and any("never change" in w for w in flat.warnings)


def test_too_few_points_raise_or_warn():
    loads, days, performance = synthetic()
    with pytest.raises(ValueError, match=f"at least {MIN_POINTS} days"):
        fit_fitness_fatigue(loads, days[: MIN_POINTS - 1], performance[: MIN_POINTS - 1])
    few = fit_fitness_fatigue(loads, days[:MIN_POINTS], performance[:MIN_POINTS])
    assert any(f"Only {MIN_POINTS} days" in w for w in few.warnings)
    enough = fit_fitness_fatigue(loads, days[:RELIABLE_POINTS], performance[:RELIABLE_POINTS])
    assert not any("Only" in w for w in enough.warnings)


def test_a_time_constant_on_the_grid_edge_is_flagged():
    loads, days, performance = synthetic(tau1=40, tau2=10)
    fit = fit_fitness_fatigue(loads, days, performance, tau1_grid=[20, 25, 30], tau2_grid=[5, 10])
    assert fit.tau1 == 30
    assert any("tau1 = 30 days is at the edge" in w for w in fit.warnings)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"loads": [-1.0] * 30}, "loads"),
        ({"loads": [[1.0] * 30]}, "loads has shape"),
        ({"days": [0, 1, 1, 2, 3, 4]}, "days must increase"),
        ({"days": [0, 1, 2, 3, 4, 99]}, "days"),
        ({"performance": [1.0] * 5}, "days has shape"),
        ({"tau1_grid": [5.0], "tau2_grid": [5.0]}, "no pair with tau2 < tau1"),
        ({"tau1_grid": [-5.0]}, "tau1_grid"),
    ],
)
def test_bad_input_is_refused_naming_the_argument(kwargs, message):
    arguments = {
        "loads": [100.0, 0.0] * 15,
        "days": [0, 2, 4, 6, 8, 10],
        "performance": [100.0, 101.0, 99.0, 102.0, 101.0, 103.0],
    }
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=message):
        fit_fitness_fatigue(**arguments)


def test_a_log_fits_its_own_e1rm():
    from pathlib import Path

    log = liftlab.read_log(Path(__file__).resolve().parents[1] / "notebooks/data/sample-log.csv")
    fit = log.fit_fitness_fatigue("squat")
    trend = log.e1rm_trend("squat")
    assert fit.n == len(trend)
    assert fit.observed.tolist() == [v for _, v in trend]
    start, loads = log.daily_volume_load("squat")
    assert fit.performance.size == loads.size and start == log.first_day
    assert 0 < fit.r2 < 1 and fit.k1 >= 0 and fit.k2 >= 0
    assert fit.tau2 < fit.tau1
