"""Figures of chapter 06 (programming): the numbers they draw come from the plan itself.

Each figure is built headless. The chart the plan builder updates is checked to
update in place: same figure and artists, and (with steady limits) only animated
artists change, so the next PNG is a cheap blit.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from matplotlib.figure import Figure

from liftlab.plots.program import (
    KIND_LABELS,
    PERCENT_AXIS,
    PlanChart,
    exercise_mix_figure,
    experience_comparison_figure,
    goal_comparison_figure,
    heavy_rest_figure,
    plan_series,
    plan_summary,
    schemes_figure,
    sets_by_kind,
)
from liftlab.plots.style import png_bytes
from liftlab.program import HEAVY_PERCENT, MAIN_LIFTS, MAJOR_MUSCLES, build_plan

LIFTER = {"squat": 140.0, "bench press": 100.0, "deadlift": 180.0, "overhead press": 60.0}


@pytest.fixture(scope="module")
def plans():
    return {
        goal: build_plan(goal, 3, 12, LIFTER, experience="advanced")
        for goal in ("strength", "hypertrophy", "both")
    }


def _items(week):
    return [item for session in week.sessions for item in session.prescriptions]


def test_plan_series_reads_every_number_off_the_plan(plans):
    plan = plans["both"]
    series = plan_series(plan)
    assert list(series.weeks) == list(range(1, 13))
    assert list(series.weeks[series.deload]) == [5, 10]  # an advanced lifter's deloads
    for i, week in enumerate(plan.weeks):
        items = _items(week)
        assert series.sets[i] == sum(p.sets for p in items)
        assert series.hard_sets[i] == sum(p.sets for p in items if p.rir <= 4)
        loaded = [p for p in items if p.percent_1rm is not None]
        assert series.volume_load[i] == pytest.approx(sum(p.sets * p.reps * p.load for p in loaded))
        assert series.mean_percent[i] == pytest.approx(
            sum(p.sets * p.percent_1rm for p in loaded) / sum(p.sets for p in loaded)
        )
        assert series.heavy_sets[i] == sum(p.sets for p in loaded if p.percent_1rm >= 90)
        for lift in MAIN_LIFTS:
            assert series.top_percent[lift][i] == max(
                p.percent_1rm for p in loaded if p.exercise == lift
            )
    # Training weeks: every set is hard. Deloads: the barbell sets are not.
    train = ~series.deload
    assert np.array_equal(series.hard_sets[train], series.sets[train])
    assert np.all(series.hard_sets[series.deload] < series.sets[series.deload])


def test_plan_series_refuses_what_is_not_a_plan():
    with pytest.raises(TypeError, match="not a Plan"):
        plan_series({"weeks": []})


def test_volume_is_the_main_difference_between_the_goals(plans):
    s = {goal: plan_summary(plan) for goal, plan in plans.items()}
    # Both plans with hypertrophy work fill every muscle's band; the strength plan keeps
    # "as little volume as needed".
    assert s["strength"]["hard_sets"] < s["both"]["hard_sets"]
    assert s["hypertrophy"]["hard_sets"] > 2.5 * s["strength"]["hard_sets"]
    assert s["both"]["hard_sets"] > 2.5 * s["strength"]["hard_sets"]
    assert (
        s["hypertrophy"]["mean_percent"] < s["both"]["mean_percent"] < s["strength"]["mean_percent"]
    )
    assert s["strength"]["isolation_share"] == 0
    assert s["hypertrophy"]["heavy_sets"] == 0 < s["strength"]["heavy_sets"]
    assert s["strength"]["exercises"] == len(MAIN_LIFTS) + 2  # and a row and a pulldown
    assert s["both"]["training_weeks"] == 10


def test_sets_by_kind_counts_main_lifts_compound_accessories_and_isolation(plans):
    main = sum(p.sets for p in _items(plans["strength"].weeks[0]) if p.loaded)
    assert sets_by_kind(plans["strength"], 1) == {"main": main, "compound": 6, "isolation": 0}
    both = sets_by_kind(plans["both"], 1)
    assert sum(both.values()) == sum(p.sets for p in _items(plans["both"].weeks[0]))
    assert both["isolation"] > both["compound"] > 0
    with pytest.raises(ValueError, match="week=13"):
        sets_by_kind(plans["both"], 13)


def test_plan_chart_updates_in_place_with_steady_axes(plans):
    chart = PlanChart(plans["both"], week=3)
    fig, lines, bars = chart.figure, dict(chart.lines), chart.bars
    first = png_bytes(fig)
    assert chart.ax_percent.get_ylim() == PERCENT_AXIS
    heavier = build_plan("both", 3, 12, {**LIFTER, "squat": 150.0}, experience="advanced")
    chart.update(heavier)
    # Only animated artists changed: the cached background stays valid (a blit).
    assert not fig.stale
    assert png_bytes(fig) == first  # %1RM and sets do not depend on the 1RM
    chart.update(plans["hypertrophy"])
    assert chart.figure is fig and chart.lines == lines and chart.bars is bars
    _, y = chart.lines["squat"].get_data()
    assert np.allclose(np.asarray(y), plan_series(plans["hypertrophy"]).top_percent["squat"])
    assert png_bytes(fig) != first
    assert chart.week == 3


def test_plan_chart_follows_the_plan_length_and_the_chosen_week(plans):
    chart = PlanChart(plans["both"], week=12)
    png_bytes(chart.figure)
    chart.update(build_plan("both", 4, 6, LIFTER, experience="intermediate"))
    # The week axis always spans the longest plan (16 weeks), whatever the plan's length,
    # so changing the number of weeks redraws only the data over the cached background.
    assert chart.ax_sets.get_xlim() == (0.5, 16.5)
    assert not chart.figure.stale
    assert chart.week == 6  # clipped to the shorter plan
    visible = [w for w, t in enumerate(chart.deload_labels, start=1) if t.get_visible()]
    assert visible == [6]  # an intermediate deloads every 6th week
    assert [len(b.get_paths()) for b in chart.deload_bands] == [1, 1]  # on both axes
    chart.select_week(2)
    assert chart.selected[0].get_x() == 1.5
    before = png_bytes(chart.figure)
    chart.select_week(5)
    assert png_bytes(chart.figure) != before


def test_plan_chart_alt_text_says_what_it_shows(plans):
    chart = PlanChart(plans["strength"], week=2)
    alt = chart.alt_text()
    series = plan_series(plans["strength"])
    assert "12-week strength plan with linear progression" in alt
    assert "deload weeks 5 and 10" in alt
    assert f"{int(series.heavy_sets.sum())} sets at 90 % or more" in alt
    assert alt.endswith("Week 2 is highlighted.")


def test_exercise_mix_figure(plans):
    fig, alt = exercise_mix_figure(plans)
    assert isinstance(fig, Figure) and png_bytes(fig).startswith(b"\x89PNG")
    main = sets_by_kind(plans["strength"], 1)["main"]
    assert f"strength: {main} sets of main barbell lifts, 6 of compound accessories and 0 " in alt
    hyp = sets_by_kind(plans["hypertrophy"], 1)
    assert f"{hyp['isolation']} of isolation exercises" in alt
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == list(KIND_LABELS.values())
    with pytest.raises(ValueError, match="empty"):
        exercise_mix_figure({})


def test_schemes_figure_draws_each_exposure_of_the_lift():
    plans = {s: build_plan("strength", 3, 12, LIFTER, scheme=s) for s in ("linear", "undulating")}
    fig, alt = schemes_figure(plans, "squat")
    top = fig.axes[0]
    assert top.get_title() == "linear"
    labels = sorted(line.get_label() for line in top.get_lines() if "squat" in line.get_label())
    assert labels == ["Fri squat", "Mon squat"]
    fri = next(line for line in top.get_lines() if line.get_label() == "Fri squat")
    expected = [
        p.percent_1rm
        for w in plans["linear"].weeks
        for s in w.sessions
        if s.weekday == "Fri"
        for p in s.prescriptions
        if p.exercise == "squat"
    ]
    assert list(fri.get_ydata()) == expected
    assert "linear, undulating periodization" in alt and "undulating: squat" in alt
    with pytest.raises(ValueError, match="main lift"):
        schemes_figure(plans, "curl")


def test_heavy_rest_figure_shows_the_two_day_rule(plans):
    plan = plans["strength"]
    fig, alt = heavy_rest_figure(plan, (11, 12))
    assert png_bytes(fig).startswith(b"\x89PNG")
    assert "0 of those rest days are trained (the rule holds)" in alt
    heavy = [t.get_text() for t in fig.axes[0].texts if t.get_text().replace(".", "").isdigit()]
    assert heavy and all(float(v) >= HEAVY_PERCENT for v in heavy)
    # Make Monday's squat of week 11 heavy: Wednesday's deadlift then comes too soon.
    week = plan.weeks[10]
    monday = week.sessions[0]
    items = tuple(
        dataclasses.replace(p, percent_1rm=92.5) if p.exercise == "squat" else p
        for p in monday.prescriptions
    )
    sessions = (dataclasses.replace(monday, prescriptions=items), *week.sessions[1:])
    weeks = list(plan.weeks)
    weeks[10] = dataclasses.replace(week, sessions=sessions)
    broken = dataclasses.replace(plan, weeks=tuple(weeks))
    _, alt = heavy_rest_figure(broken, (11,))
    assert "0 of those" not in alt and "the rule holds" not in alt
    with pytest.raises(ValueError, match="weeks"):
        heavy_rest_figure(plan, (13,))


def test_goal_comparison_figure_matches_plan_summary(plans):
    fig, alt = goal_comparison_figure(plans)
    assert len(fig.axes) == 3
    for plan in plans.values():
        s = plan_summary(plan)
        assert f"{s['hard_sets']:.0f} hard sets, {s['volume_load']:,.0f} kg and " in alt
        assert f"{s['mean_percent']:.1f} % 1RM" in alt
    lb = build_plan("strength", 3, 12, {k: v * 2.2 for k, v in LIFTER.items()}, unit="lb")
    with pytest.raises(ValueError, match="units"):
        goal_comparison_figure({"strength": plans["strength"], "lb": lb})


def test_experience_comparison_figure_reads_both_plans():
    plans = {
        "beginner": build_plan("strength", 4, 12, LIFTER),
        "advanced": build_plan("strength", 4, 12, LIFTER, experience="advanced"),
    }
    fig, alt = experience_comparison_figure(plans)
    assert png_bytes(fig).startswith(b"\x89PNG") and len(fig.axes) == 2
    left, right = fig.axes
    lines = {line.get_label(): line for line in left.get_lines()}
    for label, plan in plans.items():
        top = plan_series(plan).top_percent["squat"]
        assert np.allclose(np.asarray(lines[label].get_ydata()), top)
    assert "beginner: squat from 80 to 85 % 1RM, deloads in week 8" in alt
    assert "advanced: squat from 80 to 95 % 1RM, deloads in weeks 5 and 10" in alt
    bars = [p.get_width() for p in right.patches]
    week1 = [plans[k].weekly_hard_sets()[0] for k in plans]
    assert sorted(bars) == sorted(w.get(m, 0.0) for w in week1 for m in MAJOR_MUSCLES)
    both = {k: build_plan("both", 4, 12, LIFTER, experience=k) for k in ("beginner", "advanced")}
    _, alt = experience_comparison_figure(both)
    assert "(band 6–12)" in alt and "(band 10–20)" in alt
    with pytest.raises(ValueError, match="main lift"):
        experience_comparison_figure(plans, "curl")
    with pytest.raises(ValueError, match="empty"):
        experience_comparison_figure({})
