"""Figures of notebooks 00, 02 and 03: built from liftlab's numbers, updated in place."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure

import liftlab
from liftlab.plots.barbell import (
    COLOUR_HEX,
    MAX_PLATES_PER_SIDE,
    BarbellDrawing,
    _label_colour,
    describe_plates,
    loading_equation,
    plate_colour,
    plate_size,
)
from liftlab.plots.effort import RpeChart, rpe_chart_figure
from liftlab.plots.loads import GoalLoadChart, fmt, goal_table, goal_zones_figure, on_the_bar
from liftlab.plots.rep_max import divergence_figure
from liftlab.plots.style import png_bytes, show
from liftlab.plots.units import unit_conversion_figure

# ------------------------------------------------------------------ goal loads


def test_goal_table_reproduces_the_article_example_and_the_nsca_rows():
    rows = goal_table(300, "hypertrophy", "lb")
    assert [r.reps for r in rows] == [6, 7, 8, 9, 10, 11, 12]
    for row in rows:
        assert row.percent == liftlab.NSCA_PERCENT_BY_REPS[row.reps]
        assert row.load == pytest.approx(300 * row.percent / 100)
        assert row.loadable == liftlab.round_to_plates(row.load, 45, liftlab.PLATES_LB)
    positions = {r.reps: r.position for r in rows}
    assert positions[6] == positions[7] == "above the band"  # 85 % and 83 % > 80 %
    assert positions[8] == "in the band"


def test_goal_table_wide_band_and_strength():
    wide = goal_table(100, "hypertrophy", "kg", wide=True)
    assert all(row.position == "in the band" for row in wide)  # 65–85 % holds 6–12 reps
    assert [r.loadable for r in wide][:2] == [85.0, 82.5]
    strength = goal_table(140, "strength", "kg")
    assert [r.reps for r in strength] == [1, 2, 3, 4, 5, 6]


def test_on_the_bar_refuses_nothing_and_flags_loads_under_the_bar():
    assert on_the_bar(19.5, "kg") is None
    assert on_the_bar(101.3, "kg") == 102.5
    assert on_the_bar(196, "lb") == 195.0


@pytest.mark.parametrize("bad", [0, -10])
def test_goal_table_bad_one_rm(bad):
    with pytest.raises(ValueError, match="one_rm"):
        goal_table(bad, "strength", "kg")


def test_goal_load_chart_updates_in_place():
    chart = GoalLoadChart(300, "hypertrophy", "lb")
    figure, curve, zones = chart.figure, chart.curve, dict(chart.zones)
    first = png_bytes(figure)
    low, high = liftlab.load_range(300, "hypertrophy")
    box = chart.zones["hypertrophy"]
    assert (box.get_y(), box.get_y() + box.get_height()) == pytest.approx((low, high))
    assert box.get_fill() and not chart.zones["strength"].get_fill()
    marks = chart.marks.get_ydata()
    assert list(marks) == [r.loadable for r in goal_table(300, "hypertrophy", "lb")]
    chart.update(140, "strength", "kg")
    assert chart.figure is figure and chart.curve is curve and chart.zones == zones
    assert chart.zones["strength"].get_fill()
    assert chart.ax.get_ylabel() == "load (kg)"
    assert png_bytes(figure) != first
    assert chart.ax.get_title() == "Strength loads for a 1RM of 140 kg"


def test_goal_load_chart_refuses_bad_input_before_drawing():
    chart = GoalLoadChart(100, "hypertrophy", "kg")
    before = png_bytes(chart.figure)
    with pytest.raises(ValueError):
        chart.update(-1, "strength", "kg")
    with pytest.raises(ValueError):
        chart.update(100, "power", "kg")
    assert png_bytes(chart.figure) == before


def test_goal_load_alt_text_names_the_mismatch():
    chart = GoalLoadChart(300, "hypertrophy", "lb")
    alt = chart.alt_text(300, "hypertrophy", "lb")
    assert "195–240 lb" in alt and "a 6-rep max is 85% (255 lb), above the band" in alt
    assert "every table row" in chart.alt_text(140, "strength", "kg")


def test_goal_zones_figure_alt_is_computed():
    fig, alt = goal_zones_figure()
    assert isinstance(fig, Figure)
    assert "a 6-rep max is 85%" in alt and "80% is an 8-rep max" in alt and "65% a 15-rep" in alt


def test_fmt():
    assert fmt(195.0) == "195" and fmt(82.5) == "82.5" and fmt(1 / 3) == "0.3"
    assert fmt(120.8196) == "120.8" and fmt(1.25) == "1.25" and fmt(101.25) == "101.25"


# ------------------------------------------------------------------ barbell


def test_describe_and_equation():
    assert describe_plates((25, 25, 25, 25, 5, 2.5), "kg") == "4 × 25 + 5 + 2.5 kg"
    assert describe_plates((), "kg") == "no plates"
    assert loading_equation((25.0, 15.0), 20, "kg") == "100 kg = 20 kg bar + 2 × (25 + 15) kg"
    assert loading_equation((10.0,), 20, "kg") == "40 kg = 20 kg bar + 2 × 10 kg"
    assert loading_equation((), 45, "lb") == "45 lb = the bar alone"


def test_plate_sizes_grow_with_weight_and_colours_follow_the_iwf():
    sizes = [plate_size(w, "kg") for w in liftlab.PLATES_KG]
    assert sizes == sorted(sizes, reverse=True)
    for weight, name in liftlab.plates.PLATE_COLOURS_KG.items():
        assert plate_colour(weight, "kg") == COLOUR_HEX[name]
    greys = [plate_colour(w, "lb") for w in liftlab.PLATES_LB]
    assert greys == sorted(greys)  # heavier is darker
    assert _label_colour(COLOUR_HEX["yellow"]) == "black"
    assert _label_colour(COLOUR_HEX["white"]) == "black"
    assert _label_colour(COLOUR_HEX["blue"]) == "white"


def test_barbell_drawing_reuses_its_pool():
    plates = liftlab.plates_per_side(100)
    drawing = BarbellDrawing(plates, 20, "kg")
    pool = list(drawing.plates)
    patches = len(drawing.ax.patches)
    first = png_bytes(drawing.figure)
    visible = [p for p in drawing.plates if p.get_visible()]
    assert len(visible) == 2 * len(plates)
    labels = sorted(t.get_text() for t in drawing.labels if t.get_visible())
    assert labels == sorted(["25", "15"] * 2)
    heavy = liftlab.plates_per_side(237.5)
    drawing.update(heavy, 20, "kg")
    assert drawing.plates == pool and len(drawing.ax.patches) == patches
    assert sum(p.get_visible() for p in drawing.plates) == 2 * len(heavy)
    assert drawing.ax.get_title() == loading_equation(heavy, 20, "kg")
    assert png_bytes(drawing.figure) != first
    drawing.update((), 20, "kg")
    assert not any(p.get_visible() for p in drawing.plates)
    # Plates sit symmetrically about the centre, heaviest next to the collars.
    drawing.update((25.0, 15.0), 20, "kg")
    xs = sorted(p.get_x() + p.get_width() / 2 for p in drawing.plates if p.get_visible())
    assert xs[0] == pytest.approx(-xs[-1]) and xs[1] == pytest.approx(-xs[2])


def test_barbell_drawing_refuses_more_plates_than_a_sleeve_holds():
    drawing = BarbellDrawing((20.0,), 20, "kg")
    before = png_bytes(drawing.figure)
    with pytest.raises(ValueError, match="would not fit"):
        drawing.update((1.25,) * (MAX_PLATES_PER_SIDE + 1), 20, "kg")
    assert png_bytes(drawing.figure) == before


def test_barbell_alt_text():
    alt = BarbellDrawing.alt_text((25.0, 15.0), 20, "kg")
    assert "100 kg" in alt and "2 plates: 25 + 15 kg" in alt
    assert BarbellDrawing.alt_text((), 45, "lb").startswith("Drawing of an empty 45 lb bar")


# ------------------------------------------------------------------ effort


def test_rpe_chart_marks_the_load_from_the_chart():
    chart = RpeChart(100, 5, 8, "kg")
    assert chart.point.get_ydata()[0] == pytest.approx(liftlab.load_for_rpe(100, 5, 8))
    assert list(chart.chosen.get_ydata()) == pytest.approx(list(liftlab.RPE_CHART[8.0]))
    first = png_bytes(chart.figure)
    chart.update(200, 3, 9.5, "lb")
    assert chart.point.get_ydata()[0] == pytest.approx(liftlab.load_for_rpe(200, 3, 9.5))
    assert chart.ax.get_ylabel() == "load (lb)"
    assert png_bytes(chart.figure) != first
    with pytest.raises(ValueError):
        chart.update(200, 13, 9.5, "lb")
    assert "81.1% of 1RM (81.1 kg)" in RpeChart.alt_text(100, 5, 8, "kg")


def test_rpe_chart_figure_alt_uses_the_chart():
    _fig, alt = rpe_chart_figure()
    assert f"RPE 10 is {liftlab.RPE_CHART[10.0][4]:g}%" in alt
    assert "within 1.9 percentage points" in alt  # |83 - 81.1| at 7 reps
    assert "NSCA" not in rpe_chart_figure(nsca=False)[1]


# ------------------------------------------------------------------ 1RM formulas, units


def test_divergence_figure_numbers_come_from_the_formulas():
    fig, alt = divergence_figure(20)
    five = [liftlab.percent_at_reps(5, n) for n in liftlab.FORMULAS]
    assert f"{min(five):.1f}–{max(five):.1f}%" in alt
    brzycki = liftlab.percent_at_reps(20, "brzycki", extrapolate=True)
    assert f"{brzycki:.1f}% (Brzycki (1993))" in alt
    lines = fig.axes[0].get_lines()
    assert len(lines) >= len(liftlab.FORMULAS) + 1


def test_unit_conversion_figure():
    fig, alt = unit_conversion_figure()
    assert f"{liftlab.kg_to_lb(20):.2f} lb" in alt and "136.08 kg = 300 lb" in alt
    (line, *_) = fig.axes[0].get_lines()
    x, y = line.get_data()
    assert np.allclose(y, np.asarray(x) / liftlab.KG_PER_LB)


@pytest.mark.parametrize(
    "build", [goal_zones_figure, rpe_chart_figure, divergence_figure, unit_conversion_figure]
)
def test_static_figures_are_deterministic_and_showable(build):
    first_fig, alt = build()
    second_fig, again = build()
    assert alt == again and len(alt) > 60
    assert png_bytes(first_fig) == png_bytes(second_fig)
    bundle = show(first_fig, alt)._repr_mimebundle_()
    assert bundle["text/plain"] == f"Figure: {alt}"
