"""Headless tests of the plan builder: controls in, plan, check, table, chart and links out.

The widget is driven as a reader would (type into a box, set a control's value) and every
result is compared with what :func:`liftlab.program.build_plan` and
:func:`liftlab.program.check_plan` give for the same input. Every number is a labelled box
(:class:`liftlab.apps.controls.NumberField`), as in every other calculator: what a box
refuses, and a 1RM the builder cannot use, is said beside that box in plain words while the
last valid plan stays on screen, marked as stale.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import doctest
import html
import math
import re

import ipywidgets as widgets
import pytest

import liftlab.apps.plan_builder_app as plan_builder_app
from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField
from liftlab.apps.plan_builder_app import (
    CSV_FILENAME,
    HTML_FILENAME,
    LOG_FILENAME,
    PlanBuilder,
    check_report,
    data_link,
    plan_builder,
    rules_checked,
    week_table,
)
from liftlab.plausibility import RECORD_DEADLIFT_KG
from liftlab.program import DAYS_PER_WEEK_RANGE, RULES, WEEKS_RANGE, build_plan, check_plan

LIFTER = {"squat": 140.0, "bench press": 100.0, "deadlift": 180.0, "overhead press": 60.0}
LINK = re.compile(r'<a download="([^"]+)" href="data:([^;]+);charset=utf-8;base64,([^"]+)"')


def _links(app: PlanBuilder) -> dict[str, tuple[str, str]]:
    """``{filename: (mime type, decoded text)}`` of the download links."""
    found = {}
    for name, mime, payload in LINK.findall(app.downloads.value):
        found[html.unescape(name)] = (mime, base64.b64decode(html.unescape(payload)).decode())
    return found


def _screen(app: PlanBuilder) -> tuple:
    """Everything the reader sees as results (not the notes nor the stale mark)."""
    return (
        app.check.value,
        app.level.value,
        app.table.value,
        app.downloads.value,
        app.figure.image.value,
        app.figure.caption.value,
    )


def _plain(value: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", value))


def _first_row(plan, week: int = 1) -> str:
    item = plan.weeks[week - 1].sessions[0].prescriptions[0]
    return (
        f"<tr><td>{item.exercise}</td><td>{html.escape(item.muscle)}</td>"
        f"<td>{item.sets} × {item.reps_text}</td>"
        f"<td>{item.percent_1rm:g} %</td><td>{item.load:g} {plan.unit}</td>"
        f"<td>{item.rpe:g}</td><td>{item.rest_min:g} min</td><td>{item.zone}</td></tr>"
    )


def test_factory_returns_the_root_calculator_with_its_css_class():
    app = plan_builder()
    assert isinstance(app, PlanBuilder) and isinstance(app, Calculator)
    assert "liftlab-plan-builder" in app._dom_classes and "liftlab-calculator" in app._dom_classes
    for out in (app.check, app.table, app.downloads):
        assert 'class="liftlab-result' in out.value
        assert "liftlab-result" in out._dom_classes  # the widget itself (browser tests)
    assert app.message.value == "" and app.stale.value == ""
    assert app.figure.png.startswith(b"\x89PNG")
    assert all(c.description for c in (app.goal, app.days, app.weeks, app.week, app.unit))
    assert app.plan == build_plan("both", 3, 12, LIFTER)  # the course's example lifter


def test_every_number_is_a_labelled_box_with_its_note_beside_it():
    """No slider (no accessible name, clamps typed values) and no FloatText (snaps back):
    the same NumberField as every other calculator, the label being the box's name."""
    app = plan_builder()
    fields = [app.days, app.weeks, *app.one_rms.values(), app.week]
    assert all(isinstance(f, NumberField) for f in fields)
    assert [f.box.description for f in fields] == [
        "Days per week",
        "Weeks",
        "Squat 1RM",
        "Bench press 1RM",
        "Deadlift 1RM",
        "Overhead press 1RM",
        "Show week",
    ]
    assert [f.box.value for f in fields] == ["3", "12", "140", "100", "180", "60", "1"]
    for field in fields:
        assert field.notes in field.children  # beside its own box, not at the bottom
    assert (app.days.low, app.days.high) == DAYS_PER_WEEK_RANGE and app.days.whole
    assert (app.weeks.low, app.weeks.high) == WEEKS_RANGE and app.weeks.whole
    assert (app.week.low, app.week.high) == (1, 12) and app.week.whole
    assert all(f.unit == "kg" and f.low == 0 and f.low_open for f in app.one_rms.values())
    silent = (widgets.IntSlider, widgets.FloatSlider, widgets.FloatText, widgets.IntText)

    def walk(widget):
        yield widget
        for child in getattr(widget, "children", ()):
            yield from walk(child)

    assert not [type(w).__name__ for w in walk(app) if isinstance(w, silent)]
    assert app.week in app.children  # Show week stays right above the week's table
    assert app.children.index(app.week) + 1 == app.children.index(app.table)


def test_the_factory_examples_run():
    result = doctest.testmod(plan_builder_app, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 6 and result.failed == 0


def test_the_table_shows_the_first_session_as_build_plan_prescribes_it():
    app = plan_builder("both", 3, 12, LIFTER)
    plan = build_plan("both", 3, 12, LIFTER)
    assert _first_row(plan) == (
        "<tr><td>squat</td><td>glutes, quadriceps</td><td>4 × 10</td><td>65 %</td>"
        "<td>90 kg</td><td>7</td><td>2.5 min</td><td>hypertrophy</td></tr>"
    )
    assert _first_row(plan) in app.table.value
    assert "Mon: full body A" in app.table.value and "Week 1 of 12" in app.table.value
    # Friday's squat is the strength exposure of the week.
    friday = plan.weeks[0].sessions[2].prescriptions[0]
    assert (
        friday.exercise,
        friday.sets,
        friday.reps,
        friday.percent_1rm,
        friday.load,
        friday.rpe,
    ) == ("squat", 3, 4, 80.0, 112.5, 6.5)
    assert (
        "<td>squat</td><td>glutes, quadriceps</td><td>3 × 4</td><td>80 %</td><td>112.5 kg</td>"
        "<td>6.5</td>" in app.table.value
    )
    assert "<th>muscle</th>" in app.table.value and "<th>target RPE</th>" in app.table.value


def test_every_control_rebuilds_the_plan():
    app = plan_builder("both", 3, 12, LIFTER)
    image = app.figure.image.value
    app.goal.value = "strength"
    expected = build_plan("strength", 3, 12, LIFTER)
    assert app.plan == expected and _first_row(expected) in app.table.value
    assert app.figure.image.value != image
    app.scheme.value = "undulating"
    app.experience.value = "advanced"
    app.days.value = 4
    app.one_rms["deadlift"].value = 200.0
    expected = build_plan(
        "strength", 4, 12, {**LIFTER, "deadlift": 200.0}, "kg", "advanced", "undulating"
    )
    assert app.plan == expected
    assert app.table.value == week_table(expected, 1)
    assert "(≥90 %)" in app.table.value  # the advanced lifter's heavy day: a double at 90.5 %
    assert "heavy day" in app.table.value or "moderate day" in app.table.value
    assert app.message.value == ""


def test_check_plan_verdict_and_the_rules_checked_are_shown():
    app = plan_builder()
    assert check_plan(app.plan) == []
    assert "✓ All rules pass" in app.check.value
    rules = rules_checked()
    assert len(rules) == len(RULES) == 15
    for rule in rules:
        assert html.escape(rule) in app.check.value
    assert any(r.startswith("Pulling: Every training week pulls") for r in rules)
    assert "<b>56 hard sets</b> and <b>9,166 kg</b>" in app.check.value
    assert "deloads in week 8 (every 8th week for a beginner)" in app.check.value


def test_the_level_box_says_what_the_training_status_changes():
    app = plan_builder("both", 4, 12, LIFTER)
    level = app.level.value
    assert "What changes for a beginner" in level
    assert "3–6 reps at 80–85 % 1RM, target RPE up to 8; 3 sets" in level
    assert "8–12 reps at 65–72.5 % 1RM" in level and "6–12 hard sets a week" in level
    assert "every 8th week (here: 8)" in level
    assert "the ACSM suggests 2–3 a week at this level; this plan has 4: more, shorter" in level
    assert "How to use the loads and the target RPE" in level and "adjust_load" in level
    app.experience.value = "advanced"
    level = app.level.value
    assert "What changes for an advanced" in level
    assert "1–6 reps at 80–95 % 1RM, target RPE up to 9; 3–5 sets" in level
    assert "every 5th week (here: 5, 10)" in level and "10–20 hard sets a week" in level
    assert "the ACSM suggests 4–5 a week at this level; this plan has 4." in level


def test_a_main_lift_with_sets_below_the_bar_is_warned_about_beside_its_1rm_box():
    app = plan_builder("both", 3, 12, LIFTER)
    press = app.one_rms["overhead press"]
    press.box.value = "25"  # allowed (the bar is 20 kg), but 65 % of 25 kg is not
    assert not press.refused and app.stale.value == ""
    assert app.plan.one_rm("overhead press") == 25.0
    assert press.warning.startswith("Some overhead press loads are lighter than the empty 20 kg")
    assert "use dumbbells or a lighter bar" in press.warning
    assert 'role="status"' in press.notes.value and "lighter than the empty" in press.notes.value
    assert all(not f.warning for f in app.one_rms.values() if f is not press)
    assert "All rules pass" not in app.check.value and "✗" in app.check.value
    press.box.value = "60"
    assert press.warning == "" and press.notes.value == ""
    assert "All rules pass" in app.check.value


def test_a_1rm_lighter_than_the_bar_is_refused_beside_its_box_in_plain_words():
    """The issue's example: a 5 kg bench press. build_plan's rule, said beside the box."""
    app = plan_builder("both", 3, 12, LIFTER)
    before = _screen(app)
    bench = app.one_rms["bench press"]
    bench.box.value = "5"
    assert bench.refused == (
        "Bench press 1RM must be at least 20 kg: that is the empty bar, and the plan's main "
        "lifts are barbell lifts (train this lift with dumbbells or a lighter bar first)."
    )
    assert 'role="alert"' in bench.notes.value
    assert app.message.value == ""  # said beside the box, not under the controls
    assert _screen(app) == before and app.plan.one_rm("bench press") == 100.0
    assert bench.box.value == "5"  # kept as typed
    stale = html.unescape(app.stale.value)
    assert (
        "Still showing the 12-week plan, 3 days a week, for 1RMs of squat 140, bench press "
        "100, deadlift 180, overhead press 60 kg" in stale
    )
    assert "Fix “Bench press 1RM” to update them." in stale
    assert "liftlab-is-stale" in app._dom_classes
    bench.box.value = "100"
    assert bench.refused == "" and bench.notes.value == "" and app.stale.value == ""
    assert _screen(app) == before


@pytest.mark.parametrize("unit, bar", [("kg", 20.0), ("lb", 45.0)])
def test_the_bar_rule_is_the_builders_own(unit, bar):
    """The box refuses exactly what build_plan refuses: a main lift under the empty bar."""
    lifter = {lift: 4 * bar for lift in LIFTER}
    app = plan_builder("both", 3, 12, lifter, unit)
    deadlift = app.one_rms["deadlift"]
    for value in (bar - 0.5, bar):
        under = value < bar
        with (
            pytest.raises(ValueError, match="lighter than the empty")
            if under
            else contextlib.nullcontext()
        ):
            build_plan("both", 3, 12, {**lifter, "deadlift": value}, unit)
        deadlift.value = value
        assert bool(deadlift.refused) is under
        assert (app.plan.one_rm("deadlift") == value) is not under


def test_the_unit_switch_converts_a_1rm_refused_under_the_bar_and_back():
    """20 kg is allowed; 44.1 lb is under the 45 lb bar (refused, said); back to kg: 20 kg
    again, allowed. The switch converts the box either way, never reinterprets it."""
    app = plan_builder("both", 3, 12, LIFTER)
    press = app.one_rms["overhead press"]
    press.box.value = "20"
    assert not press.refused and app.plan.one_rm("overhead press") == 20.0
    app.unit.value = "lb"
    assert press.box.value == "44.1" and press.value == 44.1
    assert press.refused.startswith("Overhead press 1RM must be at least 45 lb")
    assert "Still showing" in app.stale.value and app.plan.unit == "kg"
    app.unit.value = "kg"
    assert press.box.value == "20" and not press.refused and app.stale.value == ""
    assert app.plan.one_rm("overhead press") == 20.0


def test_a_core_message_naming_a_box_is_said_beside_that_box():
    app = plan_builder()
    field, said = app.explain(ValueError("one_rms['deadlift']=15 kg is too light."))
    assert field is app.one_rms["deadlift"] and said == "Deadlift 1RM 15 kg is too light."
    field, said = app.explain(ValueError("days_per_week=7 is not allowed: 12 weeks."))
    assert field is app.days and said == "Days per week 7 is not allowed: 12 weeks."
    field, said = app.explain(ValueError("weeks=20 is too long: at most 16 weeks."))
    assert field is app.weeks and said == "Weeks 20 is too long: at most 16 weeks."
    assert app.explain(ValueError("goal='x' is not known")) is None


def test_a_broken_plan_lists_its_problems_escaped():
    plan = build_plan("strength", 3, 4, LIFTER)
    problems = ["week 1, Mon, <script>alert(1)</script>: too heavy & too long"]
    report = check_report(plan, problems)
    assert "✗ 1 problem</b>" in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;: too heavy &amp; too long" in report
    assert "<script>" not in report


def test_week_table_escapes_every_name():
    plan = build_plan("hypertrophy", 2, 4, LIFTER)
    week = plan.weeks[0]
    session = week.sessions[0]
    evil = dataclasses.replace(session.prescriptions[2], exercise='<img src=x onerror="a">&')
    session = dataclasses.replace(
        session,
        focus="<b>legs</b>",
        prescriptions=(*session.prescriptions[:2], evil, *session.prescriptions[3:]),
    )
    weeks = (dataclasses.replace(week, sessions=(session, *week.sessions[1:])), *plan.weeks[1:])
    table = week_table(dataclasses.replace(plan, weeks=weeks), 1)
    assert "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;" in table
    assert "&lt;b&gt;legs&lt;/b&gt;" in table
    assert "<img" not in table and "<b>legs" not in table
    with pytest.raises(ValueError, match="week"):
        week_table(plan, 5)


def test_download_links_decode_to_the_plans_csv_and_page():
    app = plan_builder("both", 3, 12, LIFTER)
    links = _links(app)
    assert set(links) == {CSV_FILENAME, HTML_FILENAME, LOG_FILENAME}
    assert links[CSV_FILENAME] == ("text/csv", app.plan.to_csv(comments=True))
    assert links[HTML_FILENAME] == ("text/html", app.plan.to_html())
    assert links[LOG_FILENAME] == ("text/csv", app.plan.log_template())
    text = links[CSV_FILENAME][1]
    assert text.startswith("# liftlab plan: Plan(goal='both'")
    assert "# day: day of the week, 1 = Monday ... 7 = Sunday" in text
    header = next(line for line in text.splitlines() if not line.startswith("#"))
    assert header.startswith("week,day,weekday,exercise,muscle,zone,sets,reps,")
    assert links[LOG_FILENAME][1].startswith("date,exercise,set,load,unit,reps,rpe,warmup")
    app.one_rms["squat"].value = 150.0
    assert _links(app)[CSV_FILENAME][1] == build_plan(
        "both", 3, 12, {**LIFTER, "squat": 150.0}
    ).to_csv(comments=True)


def test_data_link_escapes_its_attributes():
    link = data_link('a"<b>', "text/plain", 'x".csv', "<Save>")
    assert 'download="x&quot;.csv"' in link and "&lt;Save&gt;" in link
    payload = re.search(r"base64,([^\"]+)", link).group(1)
    assert base64.b64decode(payload).decode() == 'a"<b>'


@pytest.mark.parametrize(
    "bad, said",
    [
        (0.0, "Squat 1RM must be more than 0 kg."),
        (-20.0, "Squat 1RM must be more than 0 kg."),
        (math.nan, "Squat 1RM must be a finite number: type a number of kg, more than 0."),
        (math.inf, "Squat 1RM must be a finite number: type a number of kg, more than 0."),
    ],
)
def test_bad_1rm_is_said_beside_its_box_and_keeps_the_last_plan(bad, said):
    app = plan_builder("both", 3, 12, LIFTER)
    plan, before = app.plan, _screen(app)
    squat = app.one_rms["squat"]
    squat.value = bad
    assert squat.refused == said
    assert 'role="alert"' in squat.notes.value and "Still showing" in app.stale.value
    assert app.message.value == ""
    assert app.plan is plan and _screen(app) == before
    app.goal.value = "strength"  # still refused: the bad 1RM is still there
    assert app.plan is plan and _screen(app) == before and app.stale.value
    squat.value = 150.0
    assert squat.notes.value == "" and app.stale.value == "" and app.message.value == ""
    assert app.plan == build_plan("strength", 3, 12, {**LIFTER, "squat": 150.0})


# (box, typed text, what is said beside it)
TYPED = [
    ("days", "", "Days per week is empty: type a whole number from 2 to 6."),
    ("days", "2.5", "Days per week must be a whole number (you typed 2.5): type a whole number "
     "from 2 to 6."),
    ("days", "7", "Days per week must be 6 or fewer (2–6)."),
    ("weeks", "abc", "“abc” is not a number: type a whole number from 4 to 16, e.g. 12."),
    ("weeks", "20", "Weeks must be 16 or fewer (4–16)."),
    ("weeks", "3", "Weeks must be at least 4 (4–16)."),
    ("week", "13", "Show week must be 12 or fewer (1–12): the plan has 12 weeks."),
    ("week", "0", "Show week must be at least 1 (1–12)."),
]  # fmt: skip


@pytest.mark.parametrize("attr, text, said", TYPED, ids=[f"{t[0]}={t[1]!r}" for t in TYPED])
def test_typed_text_a_box_cannot_take_is_refused_beside_it_and_kept(attr, text, said):
    """Nothing changes silently: no snap back, no clamp, no "2.5" read as 25."""
    app = plan_builder("both", 3, 12, LIFTER)
    plan, before = app.plan, _screen(app)
    field = getattr(app, attr)
    original = field.box.value
    field.box.value = text
    assert field.refused == said
    assert field.box.value == text  # the box keeps what was typed
    assert said in _plain(field.notes.value) and 'role="alert"' in field.notes.value
    assert app.plan is plan and _screen(app) == before
    assert f"Fix “{field.label}” to update them." in html.unescape(app.stale.value)
    field.box.value = original
    assert not field.refused and app.stale.value == "" and _screen(app) == before


def test_an_implausible_1rm_is_accepted_with_a_warning_naming_the_record():
    app = plan_builder("both", 3, 12, LIFTER)
    squat = app.one_rms["squat"]
    squat.box.value = "1000"
    assert not squat.refused and app.stale.value == ""
    assert app.plan.one_rm("squat") == 1000.0  # computed: allowed, only implausible
    assert squat.warning.startswith(
        f"1000 kg is more than the heaviest deadlift ever lifted ({RECORD_DEADLIFT_KG:g} kg"
    )
    assert "check the number and the unit" in squat.warning
    squat.box.value = "500"
    assert squat.warning == ""


def test_show_week_shows_one_week_and_follows_the_plan_length():
    app = plan_builder("strength", 3, 12, LIFTER, experience="advanced")
    plan, image = app.plan, app.figure.image.value
    app.week.box.value = "11"
    assert app.plan is plan  # not rebuilt
    assert "Week 11 of 12" in app.table.value and _first_row(plan, 11) in app.table.value
    assert "(≥90 %)" in app.table.value  # Friday of week 11 is heavy
    assert app.chart.week == 11 and app.figure.image.value != image
    assert "Week 11 is highlighted" in app.figure.caption.value
    app.weeks.box.value = "6"  # fewer weeks than the week shown: moved, and said
    assert app.week.high == 6 and app.week.value == 6 and app.week.box.value == "6"
    assert app.week.info == "The plan now has 6 weeks, so the table shows week 6, its last."
    assert "The plan now has 6 weeks" in app.week.notes.value and app.stale.value == ""
    assert "Week 6 of 6" in app.table.value and len(app.plan.weeks) == 6
    app.weeks.box.value = "16"
    assert app.week.high == 16 and app.week.value == 6 and app.week.info == ""
    assert app.week.notes.value == ""
    app.week.box.value = "14"
    assert "Week 14 of 16" in app.table.value
    app.weeks.box.value = "20"  # refused: Show week keeps its range
    assert app.weeks.refused and app.week.high == 16 and not app.week.refused


def test_a_refused_show_week_becomes_valid_when_weeks_allows_it():
    app = plan_builder("both", 3, 12, LIFTER)
    app.week.box.value = "14"
    assert app.week.refused.startswith("Show week must be 12 or fewer") and app.stale.value
    app.weeks.box.value = "16"
    assert not app.week.refused and app.stale.value == ""
    assert app.week.value == 14 and "Week 14 of 16" in app.table.value


def test_unit_switch_converts_the_1rms_and_rebuilds_once(monkeypatch):
    app = plan_builder("both", 3, 12, LIFTER)
    calls = []
    original = app.compute_and_show
    monkeypatch.setattr(app, "compute_and_show", lambda: calls.append(1) or original())
    app.unit.value = "lb"
    assert len(calls) == 1
    values = {lift: box.value for lift, box in app.one_rms.items()}
    assert values == {  # to 0.1 lb, as every calculator converts
        "squat": 308.6,
        "bench press": 220.5,
        "deadlift": 396.8,
        "overhead press": 132.3,
    }
    assert [box.box.value for box in app.one_rms.values()] == ["308.6", "220.5", "396.8", "132.3"]
    assert all(box.unit == "lb" and "lb" in box.suffix.value for box in app.one_rms.values())
    assert app.plan == build_plan("both", 3, 12, values, "lb")
    assert "load (lb)" in app.table.value and " lb</td>" in app.table.value
    rows = [r for r in _links(app)[CSV_FILENAME][1].splitlines() if not r.startswith("#")]
    assert rows[1].endswith(",lb,2.5,7,3")
    app.unit.value = "kg"  # back exactly as typed, no drift
    assert {lift: box.value for lift, box in app.one_rms.items()} == LIFTER
    assert app.plan == build_plan("both", 3, 12, LIFTER)
    assert len(calls) == 2


def test_factory_refuses_bad_starting_values():
    with pytest.raises(ValueError, match="days_per_week"):
        plan_builder(days_per_week=7)
    with pytest.raises(ValueError, match="exactly"):
        plan_builder(one_rms={"squat": 100})
    with pytest.raises(ValueError, match="week"):
        plan_builder(weeks=4, week=5)
    app = plan_builder(unit="lb")
    assert app.plan.one_rm("squat") == 310.0 and app.plan.unit == "lb"
