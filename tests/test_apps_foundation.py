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
from liftlab.apps.controls import NumberField
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


def note(field) -> str:
    """The note shown next to a number box (its refusal, warning or information)."""
    return html.unescape(field.notes.value)


def assert_refused(app, field, change, needle: str) -> None:
    """Apply ``change``; ``needle`` must be said next to ``field`` (role=alert), the result
    and figure stay, and they are marked stale."""
    result, image = app.result.value, png(app)
    change()
    assert needle in note(field), note(field)
    assert 'role="alert"' in field.notes.value
    assert "Still showing" in html.unescape(app.stale.value)
    assert "liftlab-is-stale" in app._dom_classes
    assert app.result.value == result and png(app) == image


def assert_recovered(app, field) -> None:
    assert field.notes.value == "" or 'role="alert"' not in field.notes.value
    assert app.stale.value == "" and "liftlab-is-stale" not in app._dom_classes
    assert app.message.value == ""


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
#: Widgets that change what a student typed without saying so (see liftlab.apps.controls).
SILENT = (
    widgets.IntText,
    widgets.FloatText,
    widgets.BoundedIntText,
    widgets.BoundedFloatText,
    widgets.IntSlider,
    widgets.FloatSlider,
    widgets.SelectionSlider,
)


@pytest.mark.parametrize("css", FACTORIES, ids=list(FACTORIES))
def test_calculators_follow_the_contract(css):
    app = FACTORIES[css]()
    assert isinstance(app, Calculator)
    assert css in app._dom_classes and "liftlab-calculator" in app._dom_classes
    assert 'class="liftlab-result"' in app.result.value
    assert "liftlab-result" in app.result._dom_classes  # the widget itself (browser tests)
    assert app.message.value == "" and app.stale.value == ""
    kinds = {type(w) for w in all_widgets(app)}
    assert widgets.Output not in kinds  # results are written from the kernel side
    assert not kinds & set(SILENT), f"silent number widgets: {kinds & set(SILENT)}"
    assert app.fields, "no number boxes"
    for control in all_widgets(app):
        if isinstance(control, (NumberField, widgets.Text, widgets.Dropdown)):
            assert control.description, f"{type(control).__name__} without a description"
    # The message and the stale mark sit right under the controls, above the results.
    assert app.children[1] is app.message and app.children[2] is app.stale


# ------------------------------------------------------------------ 1RM estimator


def _range(values) -> str:
    return f"{fmt(min(values.values()))}–{fmt(max(values.values()))} kg"


def test_one_rep_max_estimator_updates_and_recovers():
    app = one_rep_max_calculator(100, 5, "kg")
    values = liftlab.estimate_1rm_all(100, 5)
    assert _range(values) in app.result.value
    assert "the 7 formulas valid at 5 reps" in app.result.value
    before = png(app)
    app.reps.value = 8
    values = liftlab.estimate_1rm_all(100, 8)
    assert _range(values) in app.result.value
    assert f"{fmt(liftlab.estimate_1rm(100, 8, 'epley'))}" in app.result.value
    assert png(app) != before
    assert_refused(app, app.load, lambda: setattr(app.load, "value", -20.0), "Load must be more")
    assert "Still showing 100 kg × 8" in html.unescape(app.stale.value)
    app.load.value = 120.0
    assert_recovered(app, app.load)
    assert f"{fmt(liftlab.estimate_1rm(120, 8, 'brzycki'))}" in app.result.value


def test_one_rep_max_one_formula_is_singular_and_no_formula_is_said():
    app = one_rep_max_calculator(100, 12, "kg")
    text = app.result.value
    only = liftlab.estimate_1rm(100, 12, "mayhew")
    assert "formula(s)" not in text and "–" not in text.split("</p>")[0]
    assert "only Mayhew et al. (1992) is valid at 12 reps" in text
    assert f"<b>{fmt(only)} kg</b>" in text
    app.reps.value = 20
    assert "No formula is valid at 20 reps" in app.result.value
    # The chart still marks the set and its legend lists only what is drawn.
    assert app.chart.legend_labels() == ["your set"]
    assert app.chart.ax.get_xlim()[1] >= 20 and app.chart.point.get_visible()
    assert "No formula is valid" in app.chart.note.get_text()
    app.reps.value = 11
    assert app.chart.legend_labels() == ["Mayhew et al. (1992)", "your set"]
    shown = [legend for legend in app.chart.legends.values() if legend.get_visible()]
    assert len(shown) == 1  # one legend on screen
    app.reps.value = 5
    assert len(app.chart.legend_labels()) == 8


def test_one_rep_max_reps_past_the_limit_and_fractions_are_refused_as_typed():
    app = one_rep_max_calculator(100, 5, "kg")
    assert_refused(app, app.reps, lambda: setattr(app.reps.box, "value", "30"), "20 or fewer")
    assert app.reps.box.value == "30"  # not clamped to 20
    assert_refused(app, app.reps, lambda: setattr(app.reps.box, "value", "2.5"), "whole number")
    assert_refused(app, app.load, lambda: setattr(app.load.box, "value", ""), "Load is empty")
    assert app.load.box.value == ""  # not snapped back to 100
    app.load.box.value = "100 kg"
    app.reps.box.value = "6"
    assert_recovered(app, app.reps)
    assert app.load.box.value == "100" and app.load.value == 100


def test_one_rep_max_unit_switch_converts_the_load_and_back():
    app = one_rep_max_calculator(100, 5, "kg")
    app.unit.value = "lb"
    assert app.load.value == 220.5 and "From 220.5 lb × 5" in app.result.value
    app.unit.value = "kg"
    assert app.load.value == 100 and "From 100 kg × 5" in app.result.value


def test_one_rep_max_implausible_load_is_warned_with_its_bound():
    app = one_rep_max_calculator(100, 5, "kg")
    app.load.value = 1000.0
    assert "From 1000 kg × 5" in app.result.value and app.stale.value == ""
    assert "501 kg, Björnsson 2020" in note(app.load)
    assert 'role="status"' in app.load.notes.value
    app.load.value = 400.0
    assert app.load.notes.value == ""


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
    app.unit.value = "lb"  # converts the 1RM: 100 kg → 220.5 lb
    assert app.one_rm.value == 220.5
    w_low, w_high = liftlab.load_range(220.5, "hypertrophy", wide=True)
    assert f"<b>{fmt(w_low)}–{fmt(w_high)} lb</b>" in app.result.value
    assert "load (lb)" in app.result.value and "45 lb bar" in app.result.value


@pytest.mark.parametrize("one_rm", [137.0, 140.0, 95.0, 212.5])
def test_goal_load_calculator_rounds_the_band_inward(one_rm):
    app = goal_load_calculator(one_rm, "hypertrophy", "kg")
    low, high = liftlab.load_range(one_rm, "hypertrophy")
    inside = [
        liftlab.round_to_plates(low, 20, liftlab.PLATES_KG, "up"),
        liftlab.round_to_plates(high, 20, liftlab.PLATES_KG, "down"),
    ]
    assert low <= inside[0] <= inside[1] <= high  # both ends within the band
    assert f"on the bar: <b>{fmt(inside[0])}–{fmt(inside[1])} kg</b>" in app.result.value
    row = liftlab.NSCA_PERCENT_BY_REPS[10] * one_rm / 100
    rounded = liftlab.round_to_plates(row, 20, liftlab.PLATES_KG)
    assert f"<td>{fmt(row)}</td><td>{fmt(rounded)}</td>" in app.result.value


def test_goal_load_band_of_140_kg_starts_at_92_5_not_90():
    """The issue's example: 65 % of 140 kg is 91 kg; 90 kg would be 64.3 %."""
    app = goal_load_calculator(140, "hypertrophy", "kg")
    assert "on the bar: <b>92.5–110 kg</b>" in app.result.value


def test_goal_load_calculator_bad_input_and_recovery():
    app = goal_load_calculator(100, "hypertrophy", "kg")
    assert_refused(
        app, app.one_rm, lambda: setattr(app.one_rm, "value", 0.0), "1RM must be more than 0 kg"
    )
    before = png(app)
    app.one_rm.value = 180.0
    assert_recovered(app, app.one_rm)
    assert f"<b>{fmt(180 * 0.65)}–{fmt(180 * 0.8)} kg</b>" in app.result.value
    assert png(app) != before


def test_goal_load_calculator_light_lifters_under_the_bar():
    app = goal_load_calculator(25, "hypertrophy", "kg")  # band 16.25–20 kg: part of it
    assert app.message.value == ""
    assert "on the bar: <b>only 20 kg</b>" in app.result.value
    assert "the part of the band under 20 kg is lighter than the bar" in app.result.value
    app.one_rm.value = 15.0  # band 9.75–12 kg: all of it
    assert "all of this band is lighter than the 20 kg bar" in app.result.value
    assert "part of" not in app.result.value.split("</p>")[0]


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
    assert_refused(
        app,
        app.load,
        lambda: setattr(app.load, "value", 101.0),
        f"101 kg cannot be made with a 20 kg bar and these plates: the nearest loads are "
        f"{fmt(below)} kg and {fmt(above)} kg.",
    )
    assert_refused(
        app, app.load, lambda: setattr(app.load, "value", 10.0), "Target must be at least 20 kg"
    )
    app.load.value = 102.5
    assert_recovered(app, app.load)
    assert loading_equation(liftlab.plates_per_side(102.5), 20, "kg") in app.result.value


def test_plate_loader_unit_switch_lands_on_a_loadable_weight_and_says_so():
    app = plate_loader(127.5, "kg")
    app.unit.value = "lb"
    exact = liftlab.kg_to_lb(127.5)
    nearest = liftlab.round_to_plates(exact, 45, liftlab.PLATES_LB)
    assert app.load.value == nearest == 280
    assert app.stale.value == "" and app.message.value == ""
    assert f"127.5 kg = {fmt(exact)} lb; the nearest load a 45 lb bar" in note(app.load)
    assert f"is {fmt(nearest)} lb" in note(app.load)
    assert loading_equation(liftlab.plates_per_side(280, 45, liftlab.PLATES_LB), 45, "lb") in (
        app.result.value
    )
    app.unit.value = "kg"
    assert app.load.value == 127.5 and app.load.notes.value == ""


def test_plate_loader_bars_plate_sets_and_units():
    app = plate_loader(100, "kg")
    app.bar.value = liftlab.BAR_WOMEN_KG
    side = liftlab.plates_per_side(100, liftlab.BAR_WOMEN_KG)
    assert loading_equation(side, 15, "kg") in app.result.value
    app.unit.value = "lb"  # one update at the end of the switch, with lb bars and plates
    assert app.bar.value == liftlab.BAR_LB and app.plates.value == "standard"
    assert app.load.value == liftlab.round_to_plates(liftlab.kg_to_lb(100), 45, liftlab.PLATES_LB)
    side = liftlab.plates_per_side(app.load.value, 45, liftlab.PLATES_LB)
    assert loading_equation(side, 45, "lb") in app.result.value
    assert "usual colour" not in app.result.value  # lb plates have no colour standard
    app.plates.value = "home gym"
    home = PLATE_SETS["lb"]["home gym"]
    top = 45 + 2 * sum(w * n for w, n in home.items())
    assert_refused(
        app, app.load, lambda: setattr(app.load, "value", 400.0), f"they make is {top:g} lb"
    )
    app.load.value = 300.0
    side = liftlab.plates_per_side(300, 45, home)
    assert loading_equation(side, 45, "lb") in app.result.value
    app.unit.value = "kg"  # the home-gym choice is kept across units
    assert app.plates.value == "home gym"


def test_plate_loader_with_an_unloadable_start_explains_itself():
    app = plate_loader(101, "kg")
    assert "the nearest loads are 100 kg and 102.5 kg" in note(app.load)
    assert "No result yet: fix “Target” to see one." in html.unescape(app.stale.value)
    app.load.value = 100.0
    assert app.stale.value == "" and "100 kg = 20 kg bar" in app.result.value


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
    assert_refused(
        app, app.one_rm, lambda: setattr(app.one_rm, "value", -5.0), "1RM must be more than 0 kg"
    )
    app.one_rm.value = 150.0
    assert_recovered(app, app.one_rm)


def test_rpe_calculator_prints_loads_in_the_one_course_format():
    app = rpe_calculator(100, 5, 8.0, "kg")
    app.one_rm.value = 149.0  # 81.1 % of 149 = 120.839 kg
    load = liftlab.load_for_rpe(149, 5, 8)
    assert f"{load:.2f}" == "120.84"
    assert "<b>120.8 kg</b>" in app.result.value and "120.84" not in app.result.value


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
