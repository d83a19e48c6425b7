"""Headless tests of the plan builder: controls in, plan, check, table, chart and links out.

The widget is driven as a reader would (set a control's value) and every result is
compared with what :func:`liftlab.program.build_plan` and
:func:`liftlab.program.check_plan` give for the same input.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import math
import re

import pytest

from liftlab.apps.calculator import Calculator
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
from liftlab.program import RULES, build_plan, check_plan

LIFTER = {"squat": 140.0, "bench press": 100.0, "deadlift": 180.0, "overhead press": 60.0}
LINK = re.compile(r'<a download="([^"]+)" href="data:([^;]+);charset=utf-8;base64,([^"]+)"')


def _links(app: PlanBuilder) -> dict[str, tuple[str, str]]:
    """``{filename: (mime type, decoded text)}`` of the download links."""
    found = {}
    for name, mime, payload in LINK.findall(app.downloads.value):
        found[html.unescape(name)] = (mime, base64.b64decode(html.unescape(payload)).decode())
    return found


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
    assert app.message.value == ""
    assert app.figure.png.startswith(b"\x89PNG")
    assert all(c.description for c in (app.goal, app.days, app.weeks, app.week, app.unit))
    assert app.plan == build_plan("both", 3, 12, LIFTER)  # the course's example lifter


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


def test_a_main_lift_below_the_bar_is_flagged_next_to_the_1rm_boxes():
    app = plan_builder("both", 3, 12, LIFTER)
    assert app.bar_warning.value == ""
    controls = app.children[0]
    assert app.bar_warning in controls.children  # right under the 1RM boxes
    app.one_rms["overhead press"].value = 25.0
    assert "overhead press loads are lighter than the empty 20 kg bar" in app.bar_warning.value
    assert 'role="alert"' in app.bar_warning.value
    assert "All rules pass" not in app.check.value and "✗" in app.check.value
    app.one_rms["bench press"].value = 5.0  # the example: refused, said in place
    assert "Bench press 1RM 5 kg is lighter than the empty 20 kg bar" in app.message.value
    assert app.plan.one_rm("bench press") == 100.0  # the last valid plan stays
    app.one_rms["bench press"].value = 100.0
    app.one_rms["overhead press"].value = 60.0
    assert app.message.value == "" and app.bar_warning.value == ""
    assert "All rules pass" in app.check.value


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


@pytest.mark.parametrize("bad", [0.0, -20.0, math.nan, math.inf])
def test_bad_1rm_shows_a_message_and_keeps_the_last_plan(bad):
    app = plan_builder("both", 3, 12, LIFTER)
    plan, table, links, image = (
        app.plan,
        app.table.value,
        app.downloads.value,
        app.figure.image.value,
    )
    app.one_rms["squat"].value = bad
    assert "Squat 1RM" in app.message.value and "last valid result" in app.message.value
    assert 'role="alert"' in app.message.value
    assert app.plan is plan and app.table.value == table and app.downloads.value == links
    assert app.figure.image.value == image
    app.goal.value = "strength"  # still refused: the bad 1RM is still there
    assert app.plan is plan and app.message.value
    app.one_rms["squat"].value = 150.0
    assert app.message.value == ""
    assert app.plan == build_plan("strength", 3, 12, {**LIFTER, "squat": 150.0})


def test_week_slider_shows_one_week_and_follows_the_plan_length():
    app = plan_builder("strength", 3, 12, LIFTER, experience="advanced")
    plan, image = app.plan, app.figure.image.value
    app.week.value = 11
    assert app.plan is plan  # not rebuilt
    assert "Week 11 of 12" in app.table.value and _first_row(plan, 11) in app.table.value
    assert "(≥90 %)" in app.table.value  # Friday of week 11 is heavy
    assert app.chart.week == 11 and app.figure.image.value != image
    assert "Week 11 is highlighted" in app.figure.caption.value
    app.weeks.value = 6
    assert app.week.max == 6 and app.week.value == 6
    assert "Week 6 of 6" in app.table.value and len(app.plan.weeks) == 6
    app.weeks.value = 16
    assert app.week.max == 16 and app.week.value == 6


def test_unit_switch_converts_the_1rms_and_rebuilds_once(monkeypatch):
    app = plan_builder("both", 3, 12, LIFTER)
    calls = []
    original = app.compute_and_show
    monkeypatch.setattr(app, "compute_and_show", lambda: calls.append(1) or original())
    app.unit.value = "lb"
    assert len(calls) == 1
    values = {lift: box.value for lift, box in app.one_rms.items()}
    assert values == {
        "squat": 308.5,
        "bench press": 220.5,
        "deadlift": 397.0,
        "overhead press": 132.5,
    }
    assert app.plan == build_plan("both", 3, 12, values, "lb")
    assert "load (lb)" in app.table.value and " lb</td>" in app.table.value
    rows = [r for r in _links(app)[CSV_FILENAME][1].splitlines() if not r.startswith("#")]
    assert rows[1].endswith(",lb,2.5,7,3")


def test_factory_refuses_bad_starting_values():
    with pytest.raises(ValueError, match="days_per_week"):
        plan_builder(days_per_week=7)
    with pytest.raises(ValueError, match="exactly"):
        plan_builder(one_rms={"squat": 100})
    with pytest.raises(ValueError, match="week"):
        plan_builder(weeks=4, week=5)
    app = plan_builder(unit="lb")
    assert app.plan.one_rm("squat") == 310.0 and app.plan.unit == "lb"
