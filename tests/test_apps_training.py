"""Headless tests of the volume planner, the session timer and the fitness–fatigue simulator.

The widgets are driven as a reader would (set a control's value, click a button) and
their kernel-side results are checked against the core models.
"""

from __future__ import annotations

import html

import numpy as np
import pytest

from liftlab.apps.calculator import Calculator
from liftlab.apps.fitness_fatigue_app import (
    FitnessFatigueSimulator,
    fitness_fatigue_simulator,
    session_effect,
    simulate,
)
from liftlab.apps.session_timer_app import SessionTimer, session_timer, typical_session
from liftlab.apps.volume_app import (
    DAYS,
    MAX_ROWS,
    NEW_ROW,
    UPPER_LOWER,
    VolumePlanner,
    volume_planner,
)
from liftlab.formatting import format_number
from liftlab.plots.recovery import best_words, compact_number
from liftlab.recovery import (
    DEFAULT_K1,
    DEFAULT_K2,
    DEFAULT_TAU1,
    DEFAULT_TAU2,
    fitness_fatigue,
    session_duration,
    training_load_schedule,
)
from liftlab.units import convert_rounded
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


def _week(app: VolumePlanner) -> list[Exercise]:
    """Every exercise of every day, each once a week, as the core counts them."""
    return [Exercise(*values, app.unit.value) for day in app.week().values() for values in day]


def test_planner_counts_hard_sets_per_muscle_like_the_core():
    app = volume_planner([("squat", 3, 8, 100), ("bench press", 4, 8, 70)], sessions_per_week=2)
    assert app.count == 2 and app.training_days() == ["Mon", "Thu"]
    assert app.rows[2].layout.display == "none"  # hidden rows stay hidden
    expected = weekly_hard_sets(_week(app))
    assert expected["quadriceps"] == 6 and expected["chest"] == 8 and expected["triceps"] == 4
    for muscle, sets in expected.items():
        assert f"<th scope='row'>{muscle}</th><td>{sets:g}</td>" in app.result.value
    assert "<b>2 training days</b> (Mon, Thu), <b>14 hard sets</b>" in app.result.value
    assert "9,280 kg" in app.result.value  # 2 × (3×8×100 + 4×8×70)
    assert "<th scope='row'>Mon</th><td>squat, bench press</td><td>7</td><td>4,640</td>" in (
        app.result.value
    )


def test_planner_takes_a_different_session_each_day():
    """A 4-day upper/lower split: four sessions, counted with the core's fractional rule."""
    app = volume_planner(days=UPPER_LOWER)
    assert app.training_days() == ["Mon", "Tue", "Thu", "Fri"]
    exercises = [Exercise(*row, "kg") for day in UPPER_LOWER.values() for row in day]
    expected = weekly_hard_sets(exercises)
    for muscle, sets in expected.items():
        assert f"<th scope='row'>{muscle}</th><td>{format_number(sets)}</td>" in app.result.value
    # Deadlift on Friday: glutes and erectors 1, hamstrings, quads, upper back ½.
    assert expected["spinal erectors"] == pytest.approx(3 + 0.5 * 4 + 0.5 * 3)
    assert app.day.value == "Mon" and [r.get()[0] for r in app.rows[: app.count]] == [
        "bench press", "row", "overhead press", "curl"
    ]  # fmt: skip
    app.day.value = "Fri"  # the same rows now show Friday's session
    assert [r.get()[0] for r in app.rows[: app.count]] == [
        "deadlift", "leg press", "leg extension", "calf raise"
    ]  # fmt: skip
    assert app.result.value.count("<th scope='row'>Fri</th>") == 1


def test_planner_edits_a_day_adds_a_day_and_copies_a_day():
    app = volume_planner([("squat", 3, 8, 100)], sessions_per_week=1)
    assert app.training_days() == ["Mon"]
    image = app.figure.image.value
    app.day.value = "Wed"
    assert app.count == 0 and "a rest day" in app.heading.value
    app.add.click()
    app.rows[0].exercise.value = "leg extension"
    app.rows[0].sets.box.value = "4"
    assert app.week()["Wed"] == [("leg extension", 4, 12, 8.0)]
    assert "<th scope='row'>quadriceps</th><td>7</td>" in app.result.value  # 3 + 4
    assert app.figure.image.value != image
    app.copy_day("Fri")
    assert app.week()["Fri"] == app.week()["Wed"] and app.training_days() == ["Mon", "Wed", "Fri"]
    assert "Copied Wed's 1 exercise to Fri" in html.unescape(app.day_note.value)
    assert "<th scope='row'>quadriceps</th><td>11</td>" in app.result.value


def test_planner_notes_under_and_over_dosed_muscles():
    app = volume_planner([("curl", 3, 12, 15)], sessions_per_week=2)
    assert "Lower dose</b>: biceps 6" in app.result.value
    app.rows[0].sets.value = 6
    for day in ("Tue", "Wed", "Thu"):
        app.copy_day(day)
    assert "High dose</b>: biceps 24" in app.result.value  # 6 sets on Mon, Tue, Wed and Thu
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
    app = volume_planner([("curl", 3, 10, 15)], sessions_per_week=1)
    app.remove_row(0)
    assert app.count == 0
    assert "No exercises yet" in app.result.value
    assert app.message.value == "" and app.stale.value == ""
    assert app.chart.empty_note.get_visible()
    assert volume_planner([]).message.value == ""


def test_planner_bad_input_is_said_under_its_row_and_the_last_result_stays():
    app = volume_planner([("squat", 3, 8, 100), ("bench press", 3, 8, 70)])
    before = app.result.value
    app.rows[1].sets.box.value = "2.5"  # not 25
    assert app.rows[1].sets.box.value == "2.5"
    note = html.unescape(app.rows[1].notes.value)
    assert "Sets must be a whole number (you typed 2.5)" in note
    assert app.rows[0].notes.value == ""  # under its own row only
    assert "Still showing your week of 2 training days" in html.unescape(app.stale.value)
    assert app.result.value == before and app.message.value == ""
    app.day.value = "Tue"  # switching day would lose the typed text: refused, said
    assert app.day.value == "Mon" and "Fix Sets on Mon first" in html.unescape(app.day_note.value)
    app.rows[1].load.box.value = "-5"
    app.rows[1].sets.box.value = "3"
    assert "Load must be 0 kg or more" in html.unescape(app.rows[1].notes.value)
    app.rows[1].load.box.value = "72.5"
    assert app.stale.value == "" and app.rows[1].notes.value == ""
    assert app.week()["Mon"][1] == ("bench press", 3, 8, 72.5)
    assert app.week()["Thu"][1] == ("bench press", 3, 8, 70.0)  # another day's session


def test_planner_warns_about_more_weekly_sets_than_any_study():
    app = volume_planner([("squat", 3, 8, 100)], sessions_per_week=1)
    app.rows[0].sets.box.value = "500"
    assert app.stale.value == ""  # computed: legal, only implausible
    note = html.unescape(app.rows[0].notes.value)
    assert "quadriceps 500" in note and "52 a week for the quadriceps, Enes et al. 2024" in note


def test_planner_unit_switch_converts_loads_of_every_day_and_keeps_sets():
    app = volume_planner(days={"Mon": [("squat", 3, 8, 100)], "Thu": [("row", 3, 10, 61)]})
    sets_before = app.result.value.split("<table")[2]
    app.unit.value = "lb"
    assert app.rows[0].load.value == convert_rounded(100, "kg", "lb") == 220.5
    assert app.week()["Thu"][0][3] == convert_rounded(61, "kg", "lb")
    assert " lb</b>" in app.result.value
    assert app.result.value.split("<table")[2] == sets_before
    app.unit.value = "kg"
    assert app.week() == {**{d: [] for d in DAYS}, "Mon": [("squat", 3, 8, 100.0)],
                          "Thu": [("row", 3, 10, 61.0)]}  # fmt: skip


def test_planner_factory_refuses_bad_starting_plans():
    with pytest.raises(ValueError, match="at most"):
        volume_planner([("curl", 3, 10, 15)] * (MAX_ROWS + 1))
    with pytest.raises(ValueError, match="not in the planner's list"):
        volume_planner([("hack squat", 3, 10, 100)])
    with pytest.raises(ValueError):
        volume_planner(sessions_per_week=0)
    with pytest.raises(ValueError):
        volume_planner(unit="lbs")
    with pytest.raises(ValueError, match="day"):
        volume_planner(days={"Someday": [("curl", 3, 10, 15)]})


# ---------------------------------------------------------------------- session timer


def test_timer_times_your_session_and_the_other_goal():
    app = session_timer(sets=12, reps=10, rest_min=2.0, goal="hypertrophy")
    mine = session_duration(12, 10, 2.0)
    assert f"<b>{format_number(float(mine), 0)} min</b>" in app.result.value
    sets, reps, rest = typical_session("strength", 12)
    assert (reps, rest) == (4, 3.5)
    other = session_duration(sets, reps, rest)
    assert f"take <b>{format_number(float(other), 0)} min</b>" in app.result.value
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


def test_timer_bad_sets_are_said_next_to_the_box_and_seconds_per_rep_counts():
    app = session_timer(sets=10, reps=8, rest_min=2.0)
    before = app.result.value
    app.sets.box.value = "2.5"  # not 25
    assert "Sets (all) must be a whole number" in html.unescape(app.sets.notes.value)
    assert app.result.value == before and app.sets.box.value == "2.5"
    app.sets.value = 0
    assert "Sets (all) must be at least 1" in html.unescape(app.sets.notes.value)
    assert "Still showing 10 sets × 8 reps with 2 min rest" in html.unescape(app.stale.value)
    app.sets.value = 10
    assert app.stale.value == "" and app.sets.notes.value == ""
    app.seconds_per_rep.value = 6.0
    minutes = format_number(float(session_duration(10, 8, 2.0, 6.0)), 0)  # 28.5 → 29
    assert f"<b>{minutes} min</b>" in app.result.value
    app.sets.value = 500
    assert "52, Enes et al. 2024" in html.unescape(app.sets.notes.value)  # a warning only
    assert "500 sets" in app.result.value


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
    end = format_number(result.performance[-1], 0, grouping=True)
    assert f"performance <b>{end}</b>" in app.result.value
    assert f"instead of {format_number(plain[-1], 0, grouping=True)} without it" in app.result.value
    # With the defaults one session's dip lasts days, so a 2-week taper loses fitness.
    assert result.performance[-1] < plain[-1]
    assert "have added more through fitness than they cost through fatigue" in app.result.value
    np.testing.assert_allclose(app.chart.performance.get_ydata(), result.performance)
    assert "below the starting level" in app.result.value
    # With fatigue that lasts weeks (tau2 = 19 days) the same taper helps.
    app.tau2.value = 19.0
    assert "still have cost more through fatigue than they added through fitness" in (
        app.result.value
    )


def test_simulator_parameters_change_the_curves_in_place_and_reset():
    app = fitness_fatigue_simulator()
    line, figure = app.chart.performance, app.chart.figure
    app.k2.value = 1.0
    expected = fitness_fatigue(training_load_schedule(3, 100, 12), k2=1.0).performance
    np.testing.assert_allclose(app.chart.performance.get_ydata(), expected)
    assert app.chart.performance is line and app.chart.figure is figure
    app.k2.value = DEFAULT_K2
    app.tau2.value = 60.0
    assert "a session never raises performance" in app.result.value
    app.reset.click()
    assert (app.k1.value, app.k2.value) == (DEFAULT_K1, DEFAULT_K2)
    assert (app.tau1.value, app.tau2.value) == (DEFAULT_TAU1, DEFAULT_TAU2)
    assert "a session never raises performance" not in app.result.value


def test_simulator_refuses_a_taper_longer_than_the_plan_next_to_the_box_changed():
    app = fitness_fatigue_simulator(weeks=4, taper_weeks=1)
    app.taper_weeks.value = 3
    before = app.result.value
    app.weeks.value = 2  # the student changed Weeks: said next to Weeks
    assert "Weeks must be at least the 3 taper weeks" in html.unescape(app.weeks.notes.value)
    assert app.result.value == before and app.message.value == ""
    assert "Still showing 3 sessions a week for 4 weeks" in html.unescape(app.stale.value)
    app.weeks.value = 6
    assert app.stale.value == "" and app.weeks.notes.value == ""
    assert "3-week taper" in app.result.value
    app.taper_weeks.value = 4
    app.weeks.value = 4
    app.taper_weeks.box.value = "5"  # past its own range (0–4)
    assert "Taper weeks must be 4 or fewer" in html.unescape(app.taper_weeks.notes.value)


@pytest.mark.parametrize(
    ("k1", "k2", "tau1", "tau2", "kind"),
    [
        (1, 2, 45, 15, "dip then rise"),
        (1, 2, 15, 45, "always down"),
        (2, 1, 45, 15, "always up"),
        (2, 1, 15, 45, "rise then dip"),
        (1, 1, 10, 10, "none"),
        (0, 0, 10, 10, "none"),
    ],
)
def test_session_effect_follows_the_parameters(k1, k2, tau1, tau2, kind):
    effect = session_effect(k1, k2, tau1, tau2)
    assert effect.kind == kind
    if effect.switch_day is not None:  # the sign really changes after that day
        net = lambda t: k1 * np.exp(-t / tau1) - k2 * np.exp(-t / tau2)  # noqa: E731
        day = effect.switch_day
        assert np.sign(net(day)) != np.sign(net(day + 1)) and net(day) != 0
        assert f"for the next {day} days" in effect.sentence


def test_simulator_explains_the_taper_from_the_parameters_not_a_fixed_sentence():
    app = fitness_fatigue_simulator(days_per_week=3, load=100, weeks=12, taper_weeks=2)
    text = html.unescape(app.result.value)
    effect = session_effect(
        DEFAULT_K1, DEFAULT_K2, DEFAULT_TAU1, DEFAULT_TAU2
    )  # k2 > k1, τ2 < τ1: a dip, then a rise
    assert effect.switch_day is not None and effect.switch_day <= 3  # recovers in days
    assert f"lowers performance for the next {effect.switch_day} days" in text
    assert "fatigue fades faster than fitness" not in text
    # With a dip of days, the lightened sessions would have paid off by the last day.
    _loads, tapered, plain = simulate(3, 100, 12, 2)
    assert tapered.performance[-1] < plain[-1]
    assert "no taper (× 1) is the best" in text
    assert "41–60 %" in text and "Bosquet et al. 2007" in text and "Thomas & Busso" in text
    app.tau2.value = 60.0  # fatigue now lasts longer than fitness
    text = html.unescape(app.result.value)
    assert "never raises performance" in text and "τ2 < τ1" not in text
    app.reset.click()
    app.k1.value, app.k2.value = 2.0, 1.0  # every session helps: no taper is best
    text = html.unescape(app.result.value)
    assert "every session raises performance" in text
    assert "no taper (× 1) is the best" in text
    _loads, tapered, plain = simulate(3, 100, 12, 2, k1=2.0, k2=1.0)
    assert tapered.performance[-1] < plain[-1]  # the sentence matches the model


def test_simulator_with_no_sessions_says_so_and_draws_a_plain_axis():
    app = fitness_fatigue_simulator(days_per_week=0, taper_weeks=1)
    text = app.result.value
    assert "With no sessions in 12 weeks" in text and "instead of" not in text
    assert app.chart.ax.get_ylim() == (-1.0, 1.0)
    assert not app.chart.best.get_visible()


def test_simulator_one_week_says_one_week():
    app = fitness_fatigue_simulator(weeks=1)
    assert "After 1 week (3 sessions)" in app.result.value
    assert "12 weeks" not in app.result.value


def test_best_day_reads_the_same_in_the_chart_and_the_text():
    loads = np.zeros(84)
    loads[0] = 100  # one session on day 1
    result = fitness_fatigue(loads)
    best = int(np.argmax(result.performance))
    words = best_words(loads, result.performance)
    assert f"day {best + 1}, {best} days after the session" in words
    app = fitness_fatigue_simulator()
    best = int(np.argmax(app.chart.performance.get_ydata()))
    assert f"(day {best + 1})" in app.chart.best_text.get_text()
    assert f"Best day: day {best + 1}," in app.result.value


def test_compact_tick_labels_stay_short():
    assert [compact_number(v) for v in (0, 0.25, -0.75, 950, 1500, -2500, 12500, 3.4e6)] == [
        "0", "0.25", "−0.75", "950", "1.5k", "−2.5k", "13k", "3.4M"
    ]  # fmt: skip
