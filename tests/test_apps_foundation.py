"""Calculators of notebooks 02 and 03, driven headless as a reader would drive them.

Each test creates a calculator, changes a control's value in Python (which fires the
same ``observe`` callbacks a browser does), and checks that the result widget shows
the exact text liftlab computes and that the figure's PNG changed. Bad input must show
a message inside the widget and keep the last valid result; valid input clears it.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pytest

import liftlab
from liftlab.apps.calculator import Calculator
from liftlab.apps.goal_loads_app import GoalLoadCalculator, goal_load_calculator
from liftlab.apps.one_rep_max_app import one_rep_max_calculator
from liftlab.apps.plate_loader_app import PLATE_SETS, plate_loader
from liftlab.apps.quiz_app import Quiz, QuizQuestion, quiz
from liftlab.apps.rpe_app import rpe_calculator
from liftlab.plots.barbell import loading_equation
from liftlab.plots.loads import fmt


def png(app) -> bytes:
    return app.figure.image.value


def alert(app) -> str:
    return html.unescape(app.message.value)


def assert_refused(app, change, needle: str) -> None:
    """Apply ``change``; the widget must show a message with ``needle`` and keep its result."""
    result, image = app.result.value, png(app)
    change()
    assert needle in alert(app), alert(app)
    assert 'role="alert"' in app.message.value
    assert app.result.value == result and png(app) == image


def all_widgets(root):
    yield root
    for child in getattr(root, "children", ()):
        yield from all_widgets(child)


# ------------------------------------------------------------------ shared contract


FACTORIES = {
    "liftlab-one-rep-max": one_rep_max_calculator,
    "liftlab-goal-loads": goal_load_calculator,
    "liftlab-plate-loader": plate_loader,
    "liftlab-rpe": rpe_calculator,
}


@pytest.mark.parametrize("css", FACTORIES, ids=list(FACTORIES))
def test_calculators_follow_the_contract(css):
    app = FACTORIES[css]()
    assert isinstance(app, Calculator)
    assert css in app._dom_classes and "liftlab-calculator" in app._dom_classes
    assert 'class="liftlab-result"' in app.result.value
    assert "liftlab-result" in app.result._dom_classes  # the widget itself (browser tests)
    assert app.message.value == ""
    kinds = {type(w) for w in all_widgets(app)}
    assert widgets.Output not in kinds  # results are written from the kernel side
    for control in all_widgets(app):
        if isinstance(control, (widgets.FloatText, widgets.IntSlider, widgets.ToggleButtons)):
            assert control.description, f"{type(control).__name__} without a description"


# ------------------------------------------------------------------ 1RM estimator


def test_one_rep_max_estimator_updates_and_recovers():
    app = one_rep_max_calculator(100, 5, "kg")
    values = liftlab.estimate_1rm_all(100, 5)
    assert f"{min(values.values()):.1f}–{max(values.values()):.1f} kg" in app.result.value
    before = png(app)
    app.reps.value = 8
    values = liftlab.estimate_1rm_all(100, 8)
    assert f"{min(values.values()):.1f}–{max(values.values()):.1f} kg" in app.result.value
    assert f"{liftlab.estimate_1rm(100, 8, 'epley'):.1f}" in app.result.value
    assert png(app) != before
    assert_refused(app, lambda: setattr(app.load, "value", -20.0), "load=-20 kg")
    app.load.value = 120.0
    assert app.message.value == ""
    assert f"{liftlab.estimate_1rm(120, 8, 'brzycki'):.1f}" in app.result.value


# ------------------------------------------------------------------ goal loads


def test_goal_load_calculator_reproduces_the_article_example():
    app = goal_load_calculator(300, "hypertrophy", "lb")
    assert isinstance(app, GoalLoadCalculator)
    low, high = liftlab.load_range(300, "hypertrophy")
    assert (low, high) == (195.0, 240.0)
    assert f"<b>{fmt(low)}–{fmt(high)} lb</b>" in app.result.value
    assert "195–240 lb" in app.figure.caption.value


def test_goal_load_calculator_switches_goal_unit_and_band():
    app = goal_load_calculator(100, "hypertrophy", "kg")
    before = png(app)
    assert not app.wide.disabled
    app.goal.value = "strength"
    assert app.wide.disabled
    low, high = liftlab.load_range(100, "strength")
    assert f"<b>{fmt(low)}–{fmt(high)} kg</b>" in app.result.value
    # Every NSCA row of the strength range is listed, with its load rounded to plates.
    for reps in range(1, 7):
        percent = liftlab.NSCA_PERCENT_BY_REPS[reps]
        assert f"<tr><td>{reps}</td><td>{percent:g}</td>" in app.result.value
    assert png(app) != before
    app.goal.value = "hypertrophy"
    app.wide.value = True
    w_low, w_high = liftlab.load_range(100, "hypertrophy", wide=True)
    assert f"<b>{fmt(w_low)}–{fmt(w_high)} kg</b>" in app.result.value
    app.unit.value = "lb"
    assert "load (lb)" in app.result.value and "45 lb bar" in app.result.value


def test_goal_load_calculator_rounds_to_plates():
    app = goal_load_calculator(137, "hypertrophy", "kg")
    low, high = liftlab.load_range(137, "hypertrophy")
    on_bar = [liftlab.round_to_plates(v, 20, liftlab.PLATES_KG) for v in (low, high)]
    assert f"on the bar: <b>{fmt(on_bar[0])}–{fmt(on_bar[1])} kg</b>" in app.result.value
    row = liftlab.NSCA_PERCENT_BY_REPS[10] * 137 / 100
    rounded = liftlab.round_to_plates(row, 20, liftlab.PLATES_KG)
    assert f"<td>{fmt(row)}</td><td>{fmt(rounded)}</td>" in app.result.value


def test_goal_load_calculator_bad_input_and_recovery():
    app = goal_load_calculator(100, "hypertrophy", "kg")
    assert_refused(app, lambda: setattr(app.one_rm, "value", 0.0), "one_rm=0 kg")
    before = png(app)
    app.one_rm.value = 180.0
    assert app.message.value == ""
    assert f"<b>{fmt(180 * 0.65)}–{fmt(180 * 0.8)} kg</b>" in app.result.value
    assert png(app) != before


def test_goal_load_calculator_light_lifter_under_the_bar():
    app = goal_load_calculator(25, "hypertrophy", "kg")
    assert app.message.value == ""
    assert "lighter than the 20 kg bar" in app.result.value
    assert "lighter than the bar" in app.result.value


# ------------------------------------------------------------------ plate loader


def test_plate_loader_shows_the_plates_and_redraws():
    app = plate_loader(100, "kg")
    assert "liftlab-plate-loader" in app._dom_classes
    assert loading_equation(liftlab.plates_per_side(100), 20, "kg") in app.result.value
    before, figure = png(app), app.drawing.figure
    app.load.value = 142.5
    side = liftlab.plates_per_side(142.5)
    assert f"<b>{loading_equation(side, 20, 'kg')}</b>" in app.result.value
    assert app.drawing.figure is figure and png(app) != before
    assert sum(p.get_visible() for p in app.drawing.plates) == 2 * len(side)


def test_plate_loader_unloadable_target_gives_the_nearest_loads():
    app = plate_loader(100, "kg")
    below, above = liftlab.nearest_loadable(101)
    assert_refused(app, lambda: setattr(app.load, "value", 101.0), f"{below:g} and {above:g}")
    assert_refused(app, lambda: setattr(app.load, "value", 10.0), "lighter than the bar")
    app.load.value = 102.5
    assert app.message.value == ""
    assert loading_equation(liftlab.plates_per_side(102.5), 20, "kg") in app.result.value


def test_plate_loader_bars_plate_sets_and_units():
    app = plate_loader(100, "kg")
    app.bar.value = liftlab.BAR_WOMEN_KG
    side = liftlab.plates_per_side(100, liftlab.BAR_WOMEN_KG)
    assert loading_equation(side, 15, "kg") in app.result.value
    app.unit.value = "lb"  # one update at the end of the switch, with lb bars and plates
    assert app.bar.value == liftlab.BAR_LB and app.plates.value == "standard"
    assert app.load.step == 5.0
    side = liftlab.plates_per_side(100, 45, liftlab.PLATES_LB)
    assert loading_equation(side, 45, "lb") in app.result.value
    assert "usual colour" not in app.result.value  # lb plates have no colour standard
    app.plates.value = "home gym"
    home = PLATE_SETS["lb"]["home gym"]
    top = 45 + 2 * sum(w * n for w, n in home.items())
    assert_refused(app, lambda: setattr(app.load, "value", 400.0), f"is {top:g}")
    assert "nothing heavier" in alert(app)
    app.load.value = 300.0
    side = liftlab.plates_per_side(300, 45, home)
    assert loading_equation(side, 45, "lb") in app.result.value
    app.unit.value = "kg"  # the home-gym choice is kept across units
    assert app.plates.value == "home gym"


def test_plate_loader_with_an_unloadable_start_explains_itself():
    app = plate_loader(101, "kg")
    assert "nearest loadable loads are 100 and 102.5" in alert(app)


# ------------------------------------------------------------------ RPE


def test_rpe_calculator_reads_the_chart():
    app = rpe_calculator(100, 5, 8.0, "kg")
    assert f"<b>{liftlab.rpe_to_percent(5, 8):g}% of 1RM</b>" in app.result.value
    assert "2 reps in reserve" in app.result.value
    before = png(app)
    app.rpe.value = 10.0
    assert f"<b>{liftlab.rpe_to_percent(5, 10):g}% of 1RM</b>" in app.result.value
    assert "no rep in reserve" in app.result.value
    app.reps.value = 3
    app.one_rm.value = 200.0
    load = liftlab.load_for_rpe(200, 3, 10)
    assert f"<b>{fmt(load)} kg</b>" in app.result.value
    assert png(app) != before
    assert_refused(app, lambda: setattr(app.one_rm, "value", -5.0), "one_rm=-5 kg")
    app.one_rm.value = 150.0
    assert app.message.value == ""


# ------------------------------------------------------------------ quiz


@pytest.mark.parametrize("topic", liftlab.TOPICS)
def test_every_topic_builds_a_quiz(topic):
    widget = quiz(topic)
    assert isinstance(widget, Quiz) and "liftlab-quiz" in widget._dom_classes
    assert len(widget.questions) == len(liftlab.questions_for(topic))


def test_quiz_unknown_topic():
    with pytest.raises(ValueError, match="topic"):
        quiz("99-nothing")


def _right_answer(item: QuizQuestion) -> None:
    if isinstance(item.question, liftlab.Question):
        item.answer.index = item.question.answer
    else:
        item.answer.value = f"{item.question.answer:g}"


@pytest.mark.parametrize("topic", ["02-one-rep-max", "03-intensity-and-reps"])
def test_quiz_marks_right_and_wrong_answers(topic):
    widget = quiz(topic)
    for item in widget.questions:
        assert item.feedback.value == ""
        _right_answer(item)
        item.check_button.click()  # the same callback a browser click runs
        expected = liftlab.check_answer(item.question, item.response())
        assert expected.correct
        assert "liftlab-correct" in item.feedback.value
        assert html.escape(expected.feedback) in item.feedback.value
        if isinstance(item.question, liftlab.Question):
            item.answer.index = (item.question.answer + 1) % len(item.question.choices)
        else:
            item.answer.value = f"{item.question.answer + 10 * (item.question.tolerance + 1):g}"
        assert item.check() is False
        assert "liftlab-incorrect" in item.feedback.value


def test_quiz_numeric_accepts_units_and_explains_bad_text():
    widget = quiz("02-one-rep-max")
    numeric = next(q for q in widget.questions if isinstance(q.question, liftlab.NumericQuestion))
    assert isinstance(numeric.answer, widgets.Text)
    assert numeric.check() is None and "Type a number" in numeric.feedback.value
    numeric.answer.value = "lots"
    assert numeric.check() is None and "not a number" in numeric.feedback.value
    numeric.answer.value = f"{liftlab.estimate_1rm(100, 5):.1f} kg"
    assert numeric.check() is True
    choice = next(q for q in widget.questions if isinstance(q.question, liftlab.Question))
    assert choice.answer.value is None
    assert choice.check() is None and "Choose an answer" in choice.feedback.value
