"""The energy calculator: muscle gained → kcal per day and per year, food, myth, chart."""

from __future__ import annotations

import html

import numpy as np
import pytest

from liftlab.apps.energy_app import (
    DAYS_PER_YEAR,
    EnergyCalculator,
    energy_calculator,
    energy_report,
)
from liftlab.apps.figure_widget import FigureImage
from liftlab.energy import FOODS, MUSCLE_KCAL_PER_KG_DAY, MYTH_KCAL_PER_LB_DAY
from liftlab.formatting import format_number
from liftlab.plots.energy import (
    EnergyChart,
    energy_bars,
    myth_figure,
    tissue_energy_figure,
)
from liftlab.plots.style import png_bytes
from liftlab.units import KG_PER_LB

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def app() -> EnergyCalculator:
    return energy_calculator()


# ------------------------------------------------------------------------ the numbers


def test_energy_bars_pins_elia_and_the_myth():
    bars = energy_bars(2, "kg")
    assert bars.muscle_kcal_day == pytest.approx(26.0)  # 2 kg x 13 kcal/kg/day (Elia 1992)
    assert bars.fat_kcal_day == 0.0
    assert bars.net_kcal_day == pytest.approx(26.0)
    assert bars.food_kcal == pytest.approx(FOODS["medium banana"].kcal)
    assert bars.myth_kcal_day == pytest.approx(2 / KG_PER_LB * MYTH_KCAL_PER_LB_DAY)


def test_energy_bars_in_pounds_and_with_fat_lost():
    bars = energy_bars(1, "lb")
    assert bars.muscle_kcal_day == pytest.approx(MUSCLE_KCAL_PER_KG_DAY * KG_PER_LB)
    assert bars.myth_kcal_day == pytest.approx(50.0)
    recomp = energy_bars(2, "kg", fat_lost=4)
    assert recomp.fat_kcal_day == pytest.approx(-18.0)  # 4 kg x 4.5 kcal/kg/day
    assert recomp.net_kcal_day == pytest.approx(8.0)


def test_the_myth_is_about_eight_and_a_half_times_elia():
    bars = energy_bars(3, "kg")
    assert bars.myth_kcal_day / bars.muscle_kcal_day == pytest.approx(
        MYTH_KCAL_PER_LB_DAY / (MUSCLE_KCAL_PER_KG_DAY * KG_PER_LB)
    )
    assert 8.4 < bars.myth_kcal_day / bars.muscle_kcal_day < 8.6


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"muscle_gained": -1}, ValueError, "muscle_gained"),
        ({"muscle_gained": 1, "fat_lost": -2}, ValueError, "fat_lost"),
        ({"muscle_gained": 1, "unit": "lbs"}, ValueError, "unit"),
        ({"muscle_gained": 1, "food": "pizza"}, ValueError, "food"),
        ({"muscle_gained": "two"}, TypeError, "muscle_gained"),
        ({"muscle_gained": [1, 2]}, TypeError, "single numbers"),
        ({"muscle_gained": float("nan")}, ValueError, "finite"),
    ],
)
def test_energy_bars_refuses_bad_input(kwargs, error, match):
    with pytest.raises(error, match=match):
        energy_bars(**kwargs)


def test_report_gives_per_day_per_year_food_and_myth():
    report = energy_report(2, "kg")
    assert 'class="liftlab-result"' in report
    assert "26 kcal a day" in report
    assert f"{26 * DAYS_PER_YEAR:,} kcal a year" in report
    assert "0.25 × one medium banana a day" in report
    assert "220.5 kcal a day" in report and "8.5 times too much" in report
    assert "net change" not in report


def test_report_shows_the_measured_resting_metabolic_rate_too():
    """Issue 10: the calculator shows both estimates, the tissue and the trials."""
    report = energy_report(2, "kg")
    assert "raised it by about <b>96 kcal a day</b> (95 % CI 45–147" in report
    assert "MacKenzie-Shalders et al. 2020" in report and "high risk of bias" in report
    assert "raised it by about <b>96 kcal a day</b>" in energy_report(10, "lb")


def test_report_with_fat_lost_and_another_food():
    report = energy_report(2, "kg", fat_lost=4, food="can of cola")
    assert "lowers resting use by 18 kcal a day" in report
    assert "<b>+8 kcal a day</b>" in report
    assert "can of cola" in report and "medium banana" not in report


def test_report_with_no_muscle_does_not_divide_by_zero():
    report = energy_report(0, "kg")
    assert "0 kcal a day" in report
    assert "too much" not in report


# ------------------------------------------------------------------------ the widget


def test_factory_returns_the_calculator_with_its_css_classes(app):
    assert isinstance(app, EnergyCalculator)
    assert "liftlab-energy" in app._dom_classes
    assert "liftlab-calculator" in app._dom_classes
    assert "liftlab-result" in app.result._dom_classes  # the widget itself (browser tests)
    assert isinstance(app.figure, FigureImage)
    assert app.figure.png.startswith(PNG_SIGNATURE)
    for control in (app.muscle, app.unit, app.fat, app.food):
        assert control.description
    assert app.muscle.value == 2.0 and app.unit.value == "kg" and app.fat.value == 0.0
    assert app.message.value == ""


def test_initial_result_is_the_default_case(app):
    assert app.result.value == energy_report(2.0, "kg")
    assert "26 kcal a day" in app.figure.caption.value


def test_factory_arguments_set_the_start(app):
    other = energy_calculator(muscle_gained=5, unit="lb")
    assert other.unit.value == "lb"
    assert "29.5 kcal a day" in other.result.value  # 5 lb x 0.4536 x 13


def test_changing_an_input_updates_result_and_figure_in_place(app):
    figure, image = app.chart.figure, app.figure.image
    before = image.value
    app.muscle.value = 4.0
    assert "52 kcal a day" in app.result.value
    assert app.chart.figure is figure and app.figure.image is image
    assert image.value != before
    assert app.chart.bars[0].get_width() == pytest.approx(52.0)
    assert "52 kcal a day" in app.figure.caption.value


def test_unit_switch_converts_both_masses_and_back_exactly(app):
    app.fat.value = 1.0
    app.unit.value = "lb"
    assert (app.muscle.value, app.fat.value) == (4.4, 2.2)  # 2 kg, 1 kg to 0.1 lb
    assert app.muscle.box.value == "4.4" and "4.4 lb" in app.result.value
    assert app.result.value == energy_report(4.4, "lb", 2.2)
    app.unit.value = "kg"
    assert (app.muscle.value, app.fat.value) == (2.0, 1.0)  # restored, not 1.996 kg


def test_fat_and_food_are_watched(app):
    app.fat.value = 1.0
    assert "net change" in app.result.value
    app.food.value = "large egg"
    assert "large egg" in app.result.value
    assert app.chart.labels[2].get_text().endswith("(large egg)")


def test_bad_input_is_said_next_to_its_box_and_the_last_result_stays(app):
    app.muscle.value = 3.0
    good_result, good_image = app.result.value, app.figure.image.value
    app.muscle.box.value = "-1"
    note = html.unescape(app.muscle.notes.value)
    assert "Muscle gained must be 0 kg or more" in note and 'role="alert"' in note
    assert "Still showing 3 kg of muscle" in html.unescape(app.stale.value)
    assert app.message.value == ""  # said next to the box, not under the calculator
    assert app.result.value == good_result
    assert app.figure.image.value == good_image
    assert app.muscle.box.value == "-1"  # the box keeps what was typed
    app.muscle.box.value = "1"
    assert app.muscle.notes.value == "" and app.stale.value == ""
    assert "13 kcal a day" in app.result.value


def test_negative_fat_is_refused_next_to_its_box(app):
    app.fat.value = -2.0
    assert "Fat lost must be 0 kg or more" in html.unescape(app.fat.notes.value)
    app.fat.value = 0.0
    assert app.fat.notes.value == ""


def test_implausible_muscle_gain_is_computed_with_a_named_bound(app):
    app.muscle.box.value = "75"
    assert "75 kg" in app.result.value and app.stale.value == ""  # accepted
    note = html.unescape(app.muscle.notes.value)
    assert 'role="status"' in note and "33 kg, Janssen et al. 2000" in note
    app.muscle.box.value = "33"
    assert app.muscle.notes.value == ""


def test_update_returns_whether_the_input_was_accepted(app):
    app.muscle.value = -5.0
    assert app.update() is False
    app.muscle.value = 5.0
    assert app.update() is True


# ------------------------------------------------------------------------- the charts


def test_chart_is_updated_in_place_and_describes_itself():
    chart = EnergyChart(2, "kg")
    figure, bars = chart.figure, list(chart.bars)
    values = chart.update(10, "lb", 2, "large egg")
    assert chart.figure is figure and list(chart.bars) == bars
    assert [b.get_width() for b in chart.bars] == pytest.approx(
        [values.muscle_kcal_day, values.net_kcal_day, values.food_kcal, values.myth_kcal_day]
    )
    alt = chart.alt_text(10, "lb", 2, "large egg")
    assert f"{format_number(values.muscle_kcal_day)} kcal a day" in alt
    assert "large egg" in alt and "net change" in alt
    assert chart.ax.get_title().startswith("10 lb of new muscle")


def test_chart_refuses_bad_input_without_changing():
    chart = EnergyChart(2, "kg")
    widths = [b.get_width() for b in chart.bars]
    with pytest.raises(ValueError):
        chart.update(-3, "kg")
    assert [b.get_width() for b in chart.bars] == widths


@pytest.mark.parametrize(
    ("muscle", "unit", "fat", "food"),
    [
        (2, "kg", 0, "medium banana"),
        (0.5, "kg", 10, "can of cola"),
        (40, "lb", 0, "teaspoon of sugar"),
        (0, "kg", 0, "large egg"),
        (200, "kg", 0, "medium apple"),
    ],
)
def test_value_labels_stay_inside_the_axes(muscle, unit, fat, food):
    chart = EnergyChart(2, "kg")
    png_bytes(chart.figure)  # first draw freezes the layout, as in the widget
    chart.update(muscle, unit, fat, food)
    png_bytes(chart.figure)
    renderer = chart.figure.canvas.get_renderer()
    axes_box = chart.ax.get_window_extent(renderer)
    for label in chart.labels:
        box = label.get_window_extent(renderer)
        assert box.x1 <= axes_box.x1 + 1, (label.get_text(), box.x1, axes_box.x1)


def test_chart_png_is_deterministic():
    one, two = EnergyChart(3, "kg", 1, "can of cola"), EnergyChart(3, "kg", 1, "can of cola")
    assert png_bytes(one.figure) == png_bytes(two.figure)


def test_static_energy_figures_carry_their_numbers():
    fig, alt = tissue_energy_figure()
    assert png_bytes(fig).startswith(PNG_SIGNATURE)
    assert "13 kcal" in alt and "4.5 kcal" in alt and "110 kcal per kg" in alt
    fig, alt = myth_figure(max_gain=10, unit="lb")
    real = float(np.round(10 * KG_PER_LB * MUSCLE_KCAL_PER_KG_DAY))
    assert f"{real:.0f} kcal a day at 10 lb" in alt and "claims 500" in alt
    with pytest.raises(ValueError):
        myth_figure(max_gain=0)
