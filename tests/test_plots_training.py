"""Figures of chapters 04 (sets and volume) and 05 (rest and recovery), and chapter 07's
static figure of the two resting-energy estimates.

Each figure is built headless; the charts that calculators update are checked to
update in place (same artists, cheap animated redraws) and to draw the numbers of
the core models.
"""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure

from liftlab.energy import RT_RMR_KCAL_DAY, extra_kcal_per_day
from liftlab.plots.energy import resting_evidence_figure
from liftlab.plots.recovery import (
    OLDER_HYPERTROPHY_REST_MINUTES,
    SCHOENFELD_2016_REST_MINUTES,
    FitnessFatigueChart,
    SessionTimeChart,
    one_session_figure,
    rest_days_figure,
    rest_evidence_figure,
    rest_ranges_figure,
    session_demands_figure,
    session_parts,
    taper_models_figure,
)
from liftlab.plots.style import png_bytes
from liftlab.plots.volume import (
    MIN_SETS_SHOWN,
    DoseResponseChart,
    double_progression,
    exercise_credit_figure,
    individual_response_figure,
    linear_progression,
    progression_figure,
    sets_per_exercise_figure,
    volume_load_figure,
    weekly_sets_grid_figure,
    weekly_volume_figure,
)
from liftlab.recovery import (
    DEFAULT_PARAMETERS,
    REST_MINUTES,
    SEASON_FIT_PARAMETERS,
    SINGER_2024_REST_CATEGORIES,
    fitness_fatigue,
    recovery_day,
    session_duration,
    taper_response,
    training_load_schedule,
)
from liftlab.volume import MUSCLES, Exercise, hypertrophy_gain, weekly_hard_sets

PLAN = [
    Exercise("squat", 3, 8, 100, "kg", sessions_per_week=2),
    Exercise("bench press", 3, 8, 70, "kg", sessions_per_week=2),
    Exercise("curl", 3, 12, 15, "kg", sessions_per_week=2),
]


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


# ------------------------------------------------------------------ dose–response chart


def test_dose_chart_marks_each_distinct_dose_on_the_model_curve():
    sets = weekly_hard_sets(PLAN)
    chart = DoseResponseChart(sets)
    xs, ys = chart.markers.get_data()
    assert sorted(xs) == sorted(set(sets.values()))
    np.testing.assert_allclose(ys, hypertrophy_gain(np.asarray(xs)))
    shown = [bar for bar in chart.bars if bar.get_visible()]
    assert len(shown) == len(sets)


def test_dose_chart_bars_follow_the_muscle_table_order_and_widths():
    sets = weekly_hard_sets(PLAN)
    chart = DoseResponseChart(sets)
    names = [label.get_text() for label in chart.bar_ax.get_yticklabels()]
    assert names == [m for m in MUSCLES if m in sets]
    widths = [bar.get_width() for bar in chart.bars[: len(names)]]
    assert widths == [sets[m] for m in names]


def test_dose_chart_updates_in_place_and_redraws_only_animated_artists():
    chart = DoseResponseChart(weekly_hard_sets(PLAN))
    figure, markers, bars = chart.figure, chart.markers, list(chart.bars)
    png_bytes(figure)  # first draw caches the static background
    more = [Exercise(e.name, e.sets + 1, e.reps, e.load, e.unit, sessions_per_week=2) for e in PLAN]
    chart.update(weekly_hard_sets(more))
    assert chart.figure is figure and chart.markers is markers and chart.bars[:3] == bars[:3]
    assert not figure.stale, "a change of sets only should not touch the static figure"
    assert png_bytes(figure)


def test_dose_chart_grows_its_axis_past_thirty_sets_and_shows_an_empty_plan():
    chart = DoseResponseChart({"chest": 42.0})
    assert chart.ax.get_xlim()[1] >= 42.0 > MIN_SETS_SHOWN
    chart.update({})
    assert chart.empty_note.get_visible()
    assert not any(bar.get_visible() for bar in chart.bars)
    assert "No muscle" in chart.alt_text({})


def test_dose_chart_alt_text_names_muscles_and_levels():
    text = DoseResponseChart().alt_text({"chest": 12.0, "triceps": 4.5, "quadriceps": 24})
    assert "chest 12 (moderate dose)" in text
    assert "triceps 4.5 (lower dose)" in text
    assert "quadriceps 24 (high dose)" in text
    assert "under" not in text and "productive" not in text


def test_dose_chart_refuses_negative_sets():
    chart = DoseResponseChart()
    with pytest.raises(ValueError, match="sets for chest"):
        chart.update({"chest": -1})


# ------------------------------------------------------------------- static volume figures


def test_static_volume_figures_build():
    week = {"strength": PLAN[:2], "hypertrophy": PLAN}
    figures = [
        sets_per_exercise_figure(),
        weekly_sets_grid_figure(),
        exercise_credit_figure(["squat", "deadlift", "bench press"]),
        progression_figure({"linear": linear_progression(3, 8, 100, 2.5, 6, "kg")[2]}, "kg"),
        weekly_volume_figure(week),
    ]
    for fig, alt in figures:
        assert isinstance(fig, Figure)
        assert png_bytes(fig).startswith(b"\x89PNG")
        assert len(alt) > 40 and alt.endswith(".")


def test_sets_per_exercise_figure_shows_the_article_ranges():
    fig, alt = sets_per_exercise_figure()
    texts = _texts(fig)
    assert "beginner 3–4, intermediate 4–5, advanced 5–6" in alt
    assert {"3–4 sets", "4–5 sets", "5–6 sets"} <= set(texts)


def test_weekly_sets_grid_cells_are_sets_x_exercises_x_sessions():
    fig, alt = weekly_sets_grid_figure((3, 6), (1, 3), exercises_per_muscle=2)
    texts = _texts(fig)
    assert "from 6 (lower dose) to 36 (high dose)" in alt
    assert "once a week: 12 (moderate dose)" in alt
    numbers = [t for t in texts if t.replace(".", "").isdigit()]
    assert numbers == ["6", "18", "12", "36"]
    assert "high dose" in texts and "lower dose" in texts


def test_exercise_credit_figure_shows_primary_and_synergist_credits():
    fig, alt = exercise_credit_figure(["bench press"])
    texts = _texts(fig)
    assert "bench press: 1 for chest, ½ for front delts, triceps" in alt
    assert sorted(texts) == ["1", "½", "½"]
    with pytest.raises(ValueError):
        exercise_credit_figure([])
    with pytest.raises(ValueError, match="not a listed exercise"):
        exercise_credit_figure(["hack squat"])


def test_progressions_add_load_or_reps_each_week():
    loads, reps, tonnage = linear_progression(3, 8, 100, 2.5, 4, "kg")
    assert loads.tolist() == [100, 102.5, 105, 107.5]
    assert tonnage.tolist() == [2400, 2460, 2520, 2580]
    loads, reps, tonnage = double_progression(3, 8, 10, 100, 5, 5, "kg")
    assert reps.tolist() == [8, 9, 10, 8, 9]
    assert loads.tolist() == [100, 100, 100, 105, 105]
    assert tonnage[3] == 3 * 8 * 105
    with pytest.raises(ValueError):
        linear_progression(3, 8, 0, 2.5, 4, "kg")
    with pytest.raises(ValueError):
        progression_figure({}, "kg")


def test_volume_load_figure_labels_sets_reps_load():
    fig, alt = volume_load_figure(
        {"strength: 5 × 3": (5, 3, 120), "hypertrophy": (4, 10, 80)}, "kg"
    )
    assert "5 × 3 × 120 kg = 1,800 kg" in _texts(fig)[0]
    assert "hypertrophy: 4 × 10 × 80 kg = 3,200 kg" in alt
    with pytest.raises(ValueError):
        volume_load_figure({}, "kg")
    with pytest.raises(ValueError):
        volume_load_figure({"x": (3, 10, 50)}, "stone")


def test_weekly_volume_figure_totals_and_unit_checks():
    fig, alt = weekly_volume_figure({"strength": PLAN[:1], "hypertrophy": PLAN})
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "strength: 6 sets, 4,800 kg, 4 muscles trained, 0 at 10+ sets" in alt
    assert legend[0].startswith("strength: 6 sets of 1 exercises, 4,800 kg")
    mixed = [PLAN[0], Exercise("curl", 3, 10, 30, "lb")]
    with pytest.raises(ValueError, match="mixes units"):
        weekly_volume_figure({"hypertrophy": mixed})


# ------------------------------------------------------------------ recovery figures


def test_rest_ranges_figure_uses_the_goal_ranges_and_the_study_arms():
    fig, alt = rest_ranges_figure()
    texts = _texts(fig)
    assert "compared 1 and 3 min" in alt
    for low, high in (REST_MINUTES["hypertrophy"], REST_MINUTES["strength"]):
        assert f"{low:g}–{high:g} min" in texts
    low, high = OLDER_HYPERTROPHY_REST_MINUTES
    assert f"{low:g}–{high:g} min" in texts
    assert SCHOENFELD_2016_REST_MINUTES == (1.0, 3.0)


def test_session_parts_add_up_to_session_duration():
    work, rest = session_parts(12, 10, 2)
    assert work + rest == pytest.approx(session_duration(12, 10, 2))
    assert rest == pytest.approx(22.0)


SESSIONS = {"hypertrophy": (15, 10, 2.0), "strength": (15, 4, 3.5)}


def test_session_chart_bars_are_work_and_rest_minutes():
    chart = SessionTimeChart(SESSIONS)
    for row, goal in enumerate(("hypertrophy", "strength")):
        work, rest = session_parts(*SESSIONS[goal])
        assert chart.work_bars[row].get_width() == pytest.approx(work)
        assert chart.rest_bars[row].get_x() == pytest.approx(work)
        assert chart.rest_bars[row].get_width() == pytest.approx(rest)
        assert chart.totals[row].get_text() == f"{work + rest:.0f} min"
    xs, _ = chart.whiskers.get_data()
    low, high = session_duration(15, 4, np.array(REST_MINUTES["strength"]))
    assert low in xs and high in xs
    assert "hypertrophy, 15 sets of 10 with 2 min rest" in chart.alt_text(SESSIONS)


def test_session_chart_updates_in_place_and_refuses_bad_input():
    chart = SessionTimeChart(SESSIONS)
    png_bytes(chart.figure)
    chart.update({"hypertrophy": (15, 10, 2.5), "strength": (15, 4, 3.5)})
    assert not chart.figure.stale
    with pytest.raises(ValueError):
        chart.update({"hypertrophy": (0, 10, 2.0), "strength": (15, 4, 3.5)})
    with pytest.raises(ValueError, match="both goals"):
        chart.update({"hypertrophy": (15, 10, 2.0)})


def test_session_demands_figure_reads_reps_in_reserve_from_the_nsca_table():
    fig, alt = session_demands_figure({"strength": (5, 3, 87), "hypertrophy": (4, 10, 70)})
    assert "strength, 5 sets of 3 at 87% 1RM: 15 reps" in alt
    titles = [ax.get_title() for ax in fig.axes]
    assert "15 reps, ~2 in reserve per set" in titles[0]
    assert "40 reps, ~1 in reserve per set" in titles[1]
    with pytest.raises(ValueError, match="NSCA table"):
        session_demands_figure({"strength": (3, 8, 90)})


def test_rest_days_figure_steps_from_zero_to_two_days():
    fig, alt = rest_days_figure()
    assert "2 from 90% 1RM" in alt
    line = fig.axes[0].lines[0]
    assert set(np.unique(line.get_ydata())) == {0, 1, 2}


def test_fitness_fatigue_chart_draws_the_model_and_the_taper():
    loads = training_load_schedule(3, 100, 8, taper_weeks=2)
    plain = training_load_schedule(3, 100, 8)
    result = fitness_fatigue(loads)
    without = fitness_fatigue(plain).performance
    chart = FitnessFatigueChart(loads, result, without_taper=without, taper_weeks=2)
    np.testing.assert_allclose(chart.performance.get_ydata(), result.performance)
    np.testing.assert_allclose(chart.no_taper.get_ydata(), without)
    assert chart.no_taper.get_visible() and chart.tapers[0].get_visible()
    assert chart.tapers[0].get_width() == 2
    png_bytes(chart.figure)
    chart.update(loads, fitness_fatigue(loads, k1=1.1), without_taper=without, taper_weeks=2)
    assert not chart.figure.stale, "new parameters of the same plan redraw only the lines"
    chart.update(plain, fitness_fatigue(plain), taper_weeks=0)
    assert not chart.no_taper.get_visible() and not chart.tapers[0].get_visible()
    assert "8 weeks (24 sessions)" in chart.alt_text(plain, fitness_fatigue(plain))


# ------------------------------------------------------------ issue 10: new evidence


def _lines(fig: Figure):
    return [line for ax in fig.axes for line in ax.get_lines()]


def test_rest_evidence_figure_draws_singer_2024_and_the_shared_band():
    fig, alt = rest_evidence_figure()
    assert png_bytes(fig).startswith(b"\x89PNG")
    intervals = sorted(
        tuple(line.get_xdata())
        for line in _lines(fig)
        if len(line.get_xdata()) == 2 and line.get_ydata()[0] == line.get_ydata()[1]
    )
    for item in SINGER_2024_REST_CATEGORIES:
        assert (item.low, item.high) in intervals
    assert "Every interval contains 0.19 to 0.80" in alt
    assert "intermediate 0.65 (0.18 to 1.10)" in alt
    assert "every interval crosses zero" in alt


def test_one_session_figure_marks_the_recovery_day_of_each_parameter_set():
    fig, alt = one_session_figure(days=30)
    loads = np.zeros(31)
    loads[0] = 100.0
    curves = [line.get_ydata() for line in _lines(fig) if len(line.get_ydata()) == 31]
    np.testing.assert_allclose(curves[0], fitness_fatigue(loads).performance)
    np.testing.assert_allclose(
        curves[1], fitness_fatigue(loads, *SEASON_FIT_PARAMETERS).performance
    )
    assert f"back to the start on day {recovery_day()}" in alt
    assert f"back to the start on day {recovery_day(*SEASON_FIT_PARAMETERS)}" in alt
    assert f"day {recovery_day()}" in _texts(fig)
    with pytest.raises(ValueError, match="parameters is empty"):
        one_session_figure({})


def test_taper_models_figure_shows_the_models_end_point_optimum():
    fig, alt = taper_models_figure()
    factors = np.round(np.linspace(0.1, 1.0, 91), 10)
    lines = [line for line in _lines(fig) if len(line.get_xdata()) == 91]
    np.testing.assert_allclose(lines[0].get_ydata(), taper_response(3, 100, 12, 2, factors))
    np.testing.assert_allclose(
        lines[1].get_ydata(), taper_response(3, 100, 12, 2, factors, *SEASON_FIT_PARAMETERS)
    )
    assert "course defaults: best at 1 × the load" in alt
    assert "fitted to a swimming season: best at 0.1 × the load" in alt
    assert "(dip after one session: 3 days)" in fig.axes[0].get_title()
    assert DEFAULT_PARAMETERS.tau2 < SEASON_FIT_PARAMETERS.tau2


def test_individual_response_figure_spans_hubal_2005():
    fig, alt = individual_response_figure()
    widths = sorted(round(p.get_width(), 6) for ax in fig.axes for p in ax.patches)
    assert widths == [61.0, 181.0, 250.0]
    assert "1RM strength from 0 % to +250 %" in alt and "585 people" in alt


def test_resting_evidence_figure_shows_both_estimates():
    fig, alt = resting_evidence_figure(2, "kg")
    bars = sorted(round(p.get_width(), 6) for ax in fig.axes for p in ax.patches)
    assert bars == [extra_kcal_per_day(2), RT_RMR_KCAL_DAY]
    assert "is 26 kcal (Elia 1992)" in alt and "rose 96 kcal a day, 95 % CI 45 to 147" in alt
    with pytest.raises(ValueError, match="muscle_gained=-1"):
        resting_evidence_figure(-1)
