"""Headless tests of the volume planner, the session timer and the fitness–fatigue simulator.

The widgets are driven as a reader would (set a control's value, click a button) and
their kernel-side results are checked against the core models.
"""

from __future__ import annotations

import numpy as np
import pytest

from liftlab.apps.calculator import Calculator
from liftlab.apps.fitness_fatigue_app import (
    FitnessFatigueSimulator,
    fitness_fatigue_simulator,
    simulate,
)
from liftlab.apps.session_timer_app import SessionTimer, session_timer, typical_session
from liftlab.apps.volume_app import MAX_ROWS, NEW_ROW, VolumePlanner, volume_planner
from liftlab.recovery import (
    DEFAULT_K1,
    DEFAULT_K2,
    DEFAULT_TAU1,
    DEFAULT_TAU2,
    fitness_fatigue,
    session_duration,
    training_load_schedule,
)
from liftlab.units import convert
from liftlab.volume import Exercise, weekly_hard_sets


@pytest.mark.parametrize(
    ("factory", "cls", "css"),
    [
        (volume_planner, VolumePlanner, "liftlab-volume-planner"),
        (session_timer, SessionTimer, "liftlab-session-timer"),
        (fitness_fatigue_simulator, FitnessFatigueSimulator, "liftlab-fitness-fatigue"),
    ],
)
def test_factories_return_the_root_calculator_with_its_css_class(factory, cls, css):
    app = factory()
    assert isinstance(app, cls) and isinstance(app, Calculator)
    assert css in app._dom_classes and "liftlab-calculator" in app._dom_classes
    assert "liftlab-result" in app.result._dom_classes and app.result.value
    assert app.message.value == ""
    assert app.figure.png.startswith(b"\x89PNG")


# --------------------------------------------------------------------- volume planner


def _plan(app: VolumePlanner) -> list[Exercise]:
    return [
        Exercise(*row.get(), app.unit.value, sessions_per_week=app.sessions.value)
        for row in app.rows[: app.count]
    ]


def test_planner_counts_hard_sets_per_muscle_like_the_core():
    app = volume_planner([("squat", 3, 8, 100), ("bench press", 4, 8, 70)], sessions_per_week=2)
    assert app.count == 2
    assert app.rows[2].layout.display == "none"  # hidden rows stay hidden
    expected = weekly_hard_sets(_plan(app))
    assert expected["quadriceps"] == 6 and expected["chest"] == 8 and expected["triceps"] == 4
    for muscle, sets in expected.items():
        assert f"<th scope='row'>{muscle}</th><td>{sets:g}</td>" in app.result.value
    assert "One session: <b>7 hard sets</b>" in app.result.value
    assert "4,640 kg" in app.result.value  # 3×8×100 + 4×8×70 per session


def test_planner_recomputes_on_every_control():
    app = volume_planner([("squat", 3, 8, 100)], sessions_per_week=1)
    image = app.figure.image.value
    app.sessions.value = 4
    assert "12 hard sets</b>, <b>9,600 kg" in app.result.value
    app.rows[0].exercise.value = "leg extension"
    assert "<th scope='row'>quadriceps</th><td>12</td>" in app.result.value
    assert "glutes" not in app.result.value.split("Not trained")[0]
    assert app.figure.image.value != image


def test_planner_notes_under_and_over_dosed_muscles():
    app = volume_planner([("curl", 3, 12, 15)], sessions_per_week=2)
    assert "Lower dose</b>: biceps 6" in app.result.value
    app.rows[0].sets.value = 6
    app.sessions.value = 4
    assert "High dose</b>: biceps 24" in app.result.value
    assert "Not trained: chest" in app.result.value


def test_planner_add_and_remove_rows_without_new_widgets():
    app = volume_planner([("squat", 3, 8, 100), ("bench press", 3, 8, 70), ("row", 3, 10, 60)])
    rows = list(app.rows)
    app.remove_row(0)  # the rows below move up
    assert app.count == 2
    assert [row.get()[0] for row in app.rows[:2]] == ["bench press", "row"]
    assert app.rows[2].layout.display == "none"
    app.add.click()
    assert app.count == 3 and app.rows[2].get()[0] == NEW_ROW[0]
    assert app.rows[2].layout.display is None
    while app.count < MAX_ROWS:
        app.add.click()
    assert app.add.disabled and not app.add_row()
    app.rows[0].remove.click()
    assert app.count == MAX_ROWS - 1 and not app.add.disabled
    assert app.rows == rows, "rows are built once and reused"


def test_planner_with_no_exercises_shows_a_message_not_an_error():
    app = volume_planner([("curl", 3, 10, 15)])
    app.remove_row(0)
    assert app.count == 0
    assert "No exercises yet" in app.result.value
    assert app.message.value == ""
    assert app.chart.empty_note.get_visible()
    assert volume_planner([]).message.value == ""


def test_planner_bad_input_is_a_message_and_the_last_result_stays():
    app = volume_planner([("squat", 3, 8, 100), ("bench press", 3, 8, 70)])
    before = app.result.value
    app.rows[1].sets.value = 0
    assert "Exercise 2 (bench press): sets=0" in app.message.value
    assert app.result.value == before
    app.rows[1].load.value = -5
    app.rows[1].sets.value = 3
    assert "load=-5" in app.message.value
    app.rows[1].load.value = 72.5
    assert app.message.value == ""


def test_planner_unit_switch_converts_loads_and_keeps_sets():
    app = volume_planner([("squat", 3, 8, 100)], unit="kg")
    sets_before = app.result.value.split("<table")[1]
    app.unit.value = "lb"
    assert app.rows[0].load.value == pytest.approx(round(convert(100, "kg", "lb"), 1))
    assert " lb</b>" in app.result.value
    assert app.result.value.split("<table")[1] == sets_before
    app.unit.value = "kg"
    assert app.rows[0].load.value == pytest.approx(100.0, abs=0.05)


def test_planner_factory_refuses_bad_starting_plans():
    with pytest.raises(ValueError, match="at most"):
        volume_planner([("curl", 3, 10, 15)] * (MAX_ROWS + 1))
    with pytest.raises(ValueError, match="not in the planner's list"):
        volume_planner([("hack squat", 3, 10, 100)])
    with pytest.raises(ValueError):
        volume_planner(sessions_per_week=0)
    with pytest.raises(ValueError):
        volume_planner(unit="lbs")


# ---------------------------------------------------------------------- session timer


def test_timer_times_your_session_and_the_other_goal():
    app = session_timer(sets=12, reps=10, rest_min=2.0, goal="hypertrophy")
    mine = session_duration(12, 10, 2.0)
    assert f"<b>{mine:.0f} min</b>" in app.result.value
    sets, reps, rest = typical_session("strength", 12)
    assert (reps, rest) == (4, 3.5)
    other = session_duration(sets, reps, rest)
    assert f"take <b>{other:.0f} min</b>" in app.result.value
    assert "inside the article's 1–3 min" in app.result.value


def test_timer_follows_goal_and_rest_and_explains_short_rest():
    app = session_timer(sets=10, reps=5, rest_min=1.0, goal="strength")
    assert "shorter than the article's 2–5 min for strength" in app.result.value
    assert "Schoenfeld et al. 2016" in app.result.value
    app.goal.value = "hypertrophy"
    assert "5 reps is outside the hypertrophy range of 6–12" in app.result.value
    app.rest.value = 4.0
    assert "longer than the article's 1–3 min" in app.result.value
    work = app.chart.work_bars[0].get_width()
    rest = app.chart.rest_bars[0].get_width()
    assert work + rest == pytest.approx(session_duration(10, 5, 4.0))


def test_timer_bad_sets_is_a_message_and_seconds_per_rep_counts():
    app = session_timer(sets=10, reps=8, rest_min=2.0)
    before = app.result.value
    app.sets.value = 0
    assert "sets=0" in app.message.value and app.result.value == before
    app.sets.value = 10
    assert app.message.value == ""
    app.seconds_per_rep.value = 6.0
    assert f"<b>{session_duration(10, 8, 2.0, 6.0):.0f} min</b>" in app.result.value


# ---------------------------------------------------------------- fitness–fatigue


def test_simulation_matches_the_core_model_in_one_batch():
    loads, result, plain = simulate(3, 100, 6, taper_weeks=2)
    np.testing.assert_allclose(loads, training_load_schedule(3, 100, 6, 2))
    np.testing.assert_allclose(result.performance, fitness_fatigue(loads).performance)
    np.testing.assert_allclose(
        plain, fitness_fatigue(training_load_schedule(3, 100, 6)).performance
    )


def test_simulator_reports_the_end_and_the_taper():
    app = fitness_fatigue_simulator(days_per_week=3, load=100, weeks=12, taper_weeks=2)
    _loads, result, plain = simulate(3, 100, 12, taper_weeks=2)
    assert f"performance <b>{result.performance[-1]:.0f}</b>" in app.result.value
    assert f"instead of {plain[-1]:.0f} without it" in app.result.value
    # With the defaults one session's dip lasts days, so a 2-week taper loses fitness.
    assert result.performance[-1] < plain[-1]
    assert "lose more fitness than the fatigue they remove" in app.result.value
    np.testing.assert_allclose(app.chart.performance.get_ydata(), result.performance)
    assert "below the starting level" in app.result.value
    # With fatigue that lasts weeks (tau2 = 19 days) the same taper helps.
    app.tau2.value = 19.0
    assert "fatigue fades faster than fitness" in app.result.value


def test_simulator_parameters_change_the_curves_in_place_and_reset():
    app = fitness_fatigue_simulator()
    line, figure = app.chart.performance, app.chart.figure
    app.k2.value = 1.0
    expected = fitness_fatigue(training_load_schedule(3, 100, 12), k2=1.0).performance
    np.testing.assert_allclose(app.chart.performance.get_ydata(), expected)
    assert app.chart.performance is line and app.chart.figure is figure
    app.tau2.value = 60.0
    assert "τ2 ≥ τ1" in app.result.value
    app.reset.click()
    assert (app.k1.value, app.k2.value) == (DEFAULT_K1, DEFAULT_K2)
    assert (app.tau1.value, app.tau2.value) == (DEFAULT_TAU1, DEFAULT_TAU2)
    assert "τ2 ≥ τ1" not in app.result.value


def test_simulator_refuses_a_taper_longer_than_the_plan():
    app = fitness_fatigue_simulator(weeks=4, taper_weeks=1)
    app.taper_weeks.value = 3
    before = app.result.value
    app.weeks.value = 2
    assert "taper_weeks=3" in app.message.value
    assert app.result.value == before
    app.weeks.value = 6
    assert app.message.value == ""
    assert "3-week taper" in app.result.value
