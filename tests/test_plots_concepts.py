"""Concept figures of chapters 01, 07 and 08: built from liftlab, described, honest about
what is a schematic and what is a published value."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from liftlab.energy import (
    PROTEIN_G_PER_KG_DAY,
    PROTEIN_G_PER_KG_DAY_BREAKPOINT,
    PROTEIN_G_PER_KG_DAY_UPPER,
    kcal_from_muscle_and_fat,
    protein_target,
)
from liftlab.goals import (
    EXPERIENCE_LEVELS,
    load_range,
    percent_range,
    rep_range,
    rest_range,
    sets_range,
)
from liftlab.one_rep_max import nsca_percent, percent_at_reps
from liftlab.plots import concepts
from liftlab.plots.energy import Figured
from liftlab.plots.style import png_bytes
from liftlab.proximity import REFALO_2023, relative_effect
from liftlab.volume import (
    RALSTON_2017_STRENGTH,
    SCHOENFELD_2017_CATEGORIES,
    hypertrophy_gain,
    relative_gain,
    volume_load,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

FIGURES = {
    "goal_zone": lambda: concepts.goal_zone_figure(),
    "goal_zone_research": lambda: concepts.goal_zone_figure(research=True),
    "tension": concepts.tension_figure,
    "damage": concepts.damage_figure,
    "overload": concepts.overload_figure,
    "protein": concepts.protein_figure,
    "recruitment": concepts.recruitment_figure,
    "rate_coding": concepts.rate_coding_figure,
    "coordination": concepts.coordination_figure,
    "neural_vs_size": concepts.neural_vs_size_figure,
    "size_strength": concepts.size_strength_figure,
    "fat_loss": concepts.fat_loss_figure,
    "bone_density": concepts.bone_density_figure,
    "lean_mass": concepts.lean_mass_figure,
    "body_image": concepts.body_image_figure,
    "prescription": concepts.prescription_figure,
    "proximity": concepts.proximity_figure,
}

SCHEMATICS = (
    "tension",
    "recruitment",
    "rate_coding",
    "coordination",
    "neural_vs_size",
    "proximity",
)


@pytest.mark.parametrize("name", FIGURES)
def test_every_figure_renders_and_has_alt_text(name):
    result = FIGURES[name]()
    assert isinstance(result, Figured)
    assert isinstance(result.figure, Figure)
    assert png_bytes(result.figure).startswith(PNG_SIGNATURE)
    assert len(result.alt) > 60 and "\n" not in result.alt
    assert png_bytes(FIGURES[name]().figure) == png_bytes(result.figure), "not deterministic"


@pytest.mark.parametrize("name", SCHEMATICS)
def test_schematics_say_so_in_title_and_alt_text(name):
    fig, alt = FIGURES[name]()
    titles = [ax.get_title() for ax in fig.axes]
    titles.append(fig._suptitle.get_text() if fig._suptitle else "")
    assert any("schematic" in t.lower() for t in titles), titles
    assert "schematic" in alt.lower()


def _rectangles(ax):
    """The labelled zones (Strength, Hypertrophy, Research), not the legend's or bars'."""
    labels = ("Strength", "Hypertrophy", "Research")
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_label().startswith(labels)]


@pytest.mark.parametrize("goal", ["strength", "hypertrophy"])
def test_goal_zone_is_the_goals_rep_range_and_load_band(goal):
    fig, alt = concepts.goal_zone_figure([goal])
    (zone,) = _rectangles(fig.axes[0])
    (r_low, r_high), (p_low, p_high) = rep_range(goal), percent_range(goal)
    assert zone.get_x() == pytest.approx(r_low - 0.4)
    assert zone.get_width() == pytest.approx(r_high - r_low + 0.8)
    assert zone.get_y() == pytest.approx(p_low)
    assert zone.get_height() == pytest.approx(p_high - p_low)
    assert f"{r_low}–{r_high} reps at {p_low:g}–{p_high:g} % of 1RM" in alt


def test_goal_zone_curve_is_the_nsca_table_and_research_band_is_optional():
    fig, alt = concepts.goal_zone_figure()
    curve = fig.axes[0].lines[0]
    np.testing.assert_allclose(curve.get_ydata(), nsca_percent(np.arange(1, 16)))
    assert len(_rectangles(fig.axes[0])) == 2 and "lighter band" not in alt
    fig, alt = concepts.goal_zone_figure(research=True)
    assert len(_rectangles(fig.axes[0])) == 3
    assert f"{concepts.LOW_LOAD_PERCENT_1RM:g} to 65 %" in alt


@pytest.mark.parametrize("goals", [(), ("power",), ("strength", "size")])
def test_goal_zone_refuses_unknown_or_no_goals(goals):
    with pytest.raises(ValueError):
        concepts.goal_zone_figure(goals)


def test_recruited_fraction_follows_the_size_principle():
    forces = np.linspace(0, 1, 101)
    fractions = concepts.recruited_fraction(forces)
    assert np.all(np.diff(fractions) >= 0)
    assert fractions[0] == 0.0
    assert concepts.recruited_fraction(0.85) == 1.0  # all units recruited by 85 % of max
    assert 0.5 < concepts.recruited_fraction(0.3) < 0.8
    with pytest.raises(ValueError):
        concepts.recruited_fraction(1.2)


def test_tension_schematic_shows_full_recruitment_at_light_loads_as_disputed():
    """Heavy set: every unit. Light set: a band from 'part of the pool' to 'every unit'."""
    fig, alt = concepts.tension_figure(heavy_reps=5, light_reps=30)
    ax = fig.axes[0]
    heavy, upper, lower = ax.lines[:3]
    assert heavy.get_ydata()[-1] == pytest.approx(100.0)
    assert upper.get_ydata()[-1] == pytest.approx(100.0)
    assert lower.get_ydata()[-1] < 100.0  # the disputed case: not every unit
    assert np.all(lower.get_ydata() <= upper.get_ydata())
    assert np.all(np.diff(lower.get_ydata()) >= 0) and np.all(np.diff(upper.get_ydata()) >= 0)
    assert upper.get_ydata()[0] < heavy.get_ydata()[0]
    assert any("disputed" in c.get_label() for c in ax.collections)  # the shaded band
    assert "disputed" in alt and "Muddle et al. 2018" in alt
    assert f"ends somewhere between {lower.get_ydata()[-1]:.0f} % and 100 %" in alt
    assert f"{percent_at_reps(5):.0f} % 1RM" in alt
    assert f"{percent_at_reps(30, extrapolate=True):.0f} %" in alt
    with pytest.raises(ValueError):
        concepts.tension_figure(heavy_reps=12)


def test_damage_summary_follows_damas_2016():
    levels = [level for _, level, _ in concepts.DAMAS_2016_WEEKS]
    grew = [g for _, _, g in concepts.DAMAS_2016_WEEKS]
    assert levels == sorted(levels, reverse=True)
    assert grew == [False, False, True]
    assert "not measured values" in concepts.damage_figure().alt


def test_double_progression_adds_reps_then_load():
    plan = concepts.double_progression(60, (8, 12), 2.5, 12, sets=3, unit="kg")
    np.testing.assert_array_equal(plan.week, np.arange(1, 13))
    np.testing.assert_array_equal(plan.reps, [8, 9, 10, 11, 12] * 2 + [8, 9])
    np.testing.assert_allclose(plan.load, [60] * 5 + [62.5] * 5 + [65] * 2)
    np.testing.assert_allclose(plan.volume_load, volume_load(3, plan.reps, plan.load, "kg"))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start_load": 0},
        {"increment": -2.5},
        {"reps": (12, 8)},
        {"reps": (8.5, 12)},
        {"weeks": 0},
        {"unit": "stone"},
    ],
)
def test_double_progression_refuses_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        concepts.double_progression(**kwargs)


def test_protein_figure_marks_the_liftlab_target():
    _, alt = concepts.protein_figure(body_mass=80)
    target = protein_target(80)
    assert f"{target.low_g:.0f} to {target.high_g:.0f} g a day" in alt
    _, alt = concepts.protein_figure(body_mass=180, unit="lb")
    target = protein_target(180, "lb")
    assert f"{target.low_g:.0f} to {target.high_g:.0f} g a day" in alt
    with pytest.raises(ValueError):
        concepts.protein_figure(body_mass=-80)


def test_protein_figure_says_what_1_6_and_2_2_are():
    """1.62 is Morton et al.'s average breakpoint; 1.03-2.20 its CI, not a spread of people."""
    assert concepts.MORTON_2018_BREAKPOINT_CI == (1.03, 2.20)
    low, high = concepts.MORTON_2018_BREAKPOINT_CI
    assert low < PROTEIN_G_PER_KG_DAY_BREAKPOINT < high
    assert high == PROTEIN_G_PER_KG_DAY_UPPER  # the course's upper target is the CI's top
    assert round(PROTEIN_G_PER_KG_DAY_BREAKPOINT, 1) == PROTEIN_G_PER_KG_DAY
    fig, alt = concepts.protein_figure()
    assert "average breakpoint of Morton et al. 2018, 1.62" in alt
    assert "95 % confidence interval, 1.03 to 2.20" in alt
    labels = [line.get_label() for line in fig.axes[0].lines]
    assert any("average breakpoint" in label for label in labels)
    assert any("95 % CI" in label for label in labels)


def test_neural_part_leads_then_growth_takes_over_in_the_study_window():
    weeks = np.linspace(0, concepts.MORITANI_1979_WEEKS, 801)
    neural, size = concepts.neural_and_size(weeks)
    rate_neural, rate_size = np.gradient(neural, weeks), np.gradient(size, weeks)
    crossing = weeks[np.argmax(rate_size > rate_neural)]
    low, high = concepts.MORITANI_1979_CROSSOVER_WEEKS
    assert low <= crossing <= high
    assert neural[weeks <= 1].max() > 0 and size[weeks <= 1].max() == 0
    assert neural[-1] > size[-1]  # over 8 weeks neural factors still explain more
    assert concepts.neural_and_size(0.0) == (0.0, 0.0)


def test_rate_coding_and_coordination_take_their_illustrative_values():
    _, alt = concepts.rate_coding_figure(before_hz=10, after_hz=30)
    assert "from 10 to 30 per second" in alt
    _, alt = concepts.coordination_figure(before=(70, 20), after=(80, 10))
    assert "a net of 50" in alt and "a net of 70" in alt
    with pytest.raises(ValueError):
        concepts.coordination_figure(before=(120, 10))


def test_size_strength_curves_are_the_volume_models_on_their_own_axes():
    fig, alt = concepts.size_strength_figure(max_sets=30)
    left, right = fig.axes[:2]
    size, size_points = left.lines[:2]
    strength, strength_points = right.lines[:2]
    np.testing.assert_allclose(size.get_ydata(), relative_gain(size.get_xdata(), "hypertrophy"))
    np.testing.assert_allclose(
        strength.get_ydata(), relative_gain(strength.get_xdata(), "strength")
    )
    # Sets per muscle and sets per exercise are not put on one axis.
    assert "per muscle" in left.get_xlabel() and "per exercise" in right.get_xlabel()
    # The group means each curve was fitted to are drawn: 3 for size, 2 for strength.
    assert len(size_points.get_xdata()) == len(SCHOENFELD_2017_CATEGORIES) == 3
    assert len(strength_points.get_xdata()) == len(RALSTON_2017_STRENGTH) == 2
    np.testing.assert_allclose(
        size_points.get_ydata(),
        [c.percent_gain / hypertrophy_gain(10.0) for c in SCHOENFELD_2017_CATEGORIES],
    )
    assert f"size reaches {relative_gain(30.0):.2f}" in alt
    assert "fitted to 3 group means" in alt and "to 2, marked" in alt


def test_sex_differences_table_reads_roberts_2020():
    rows = {row[0]: row for row in concepts.sex_differences_table().rows}
    assert set(rows) == {"hypertrophy", "upper-body strength", "lower-body strength"}
    assert rows["hypertrophy"][1] == "+0.07 ± 0.06" and rows["hypertrophy"][4].startswith("no")
    assert rows["upper-body strength"][1] == "-0.60 ± 0.16"
    assert rows["upper-body strength"][4] == "women gained more"
    assert rows["lower-body strength"][4] == "no clear difference"
    assert [(r.outcomes, r.studies) for r in concepts.ROBERTS_2020] == [
        (12, 10),
        (19, 17),
        (23, 23),
    ]


def test_proximity_figure_draws_refalo_and_the_model():
    fig, alt = concepts.proximity_figure()
    left, right = fig.axes[:2]
    assert "published values" in left.get_title()
    assert "illustrative" in right.get_title()
    size, strength = right.lines[:2]
    np.testing.assert_allclose(size.get_ydata(), relative_effect(size.get_xdata()))
    np.testing.assert_allclose(strength.get_ydata(), 1.0)
    for effect in REFALO_2023:
        assert (
            f"{effect.effect_size:.2f} (95 % CI {effect.ci_low:.2f} to {effect.ci_high:.2f})" in alt
        )
    assert "illustrative slopes, not estimates" in alt


def test_fat_loss_figure_uses_elia_and_lopez():
    _, alt = concepts.fat_loss_figure(muscle_gained=2, fat_lost=4)
    change = kcal_from_muscle_and_fat(2, -4)
    assert f"net of {change.net_kcal:+.0f} kcal a day" in alt
    assert "-5.3 kg (95 % CI -7.2 to -3.5)" in alt


def test_published_values_are_consistent():
    for _, estimate, ci in concepts.LOPEZ_2022_FAT_MASS_KG:
        assert estimate < 0
        if ci is not None:
            assert ci[0] <= estimate <= ci[1]
    for estimate, (low, high) in (
        concepts.PETERSON_2011_LEAN_MASS_KG,
        concepts.LOPEZ_2022_LEAN_MASS_KG,
    ):
        assert 0 < low <= estimate <= high
    for _, d, (low, high) in concepts.GORDON_2017_ANXIETY:
        assert 0 < low <= d <= high
    review = concepts.SANTABARBARA_2017
    assert review["high_quality"] <= review["studies"] and review["improved"] <= review["studies"]
    for lifting, control in concepts.LIFTMOR_BMD_CHANGE.values():
        assert lifting > control


def test_comparison_table_reads_the_goals():
    table = concepts.comparison_table(one_rm=300, unit="lb")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["reps per set"] == ("1–6", "6–12")
    low, high = load_range(300, "hypertrophy")
    assert rows["load for a 300 lb 1RM"][1] == f"{low:g}–{high:g} lb"
    for level in EXPERIENCE_LEVELS:
        low, high = sets_range("hypertrophy", level)
        assert rows[f"sets per exercise, {level}"][1] == f"{low}–{high}"
    low, high = rest_range("strength")
    assert rows["rest between sets (min)"][0] == f"{low:g}–{high:g}"
    assert rows["rest days before training the muscle hard again"][0].startswith("at least 2")
    bundle = table._repr_mimebundle_()
    assert bundle["text/html"].startswith("<table class='liftlab-table'>")
    assert "| reps per set | 1–6 | 6–12 |" in bundle["text/plain"]
    kg = concepts.comparison_table(one_rm=100, unit="kg")
    assert dict((r[0], r[1:]) for r in kg.rows)["load for a 100 kg 1RM"][0] == "80–100 kg"
    with pytest.raises(ValueError):
        concepts.comparison_table(one_rm=0)


def test_table_escapes_html():
    table = concepts.Table(("", "a<b"), [("x & y", "<script>")], "c > d")
    html = table.to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html and "x &amp; y" in html


def test_prescription_figure_reads_the_goals():
    _, alt = concepts.prescription_figure()
    low, high = rest_range("hypertrophy")
    assert f"hypertrophy {low:g}–{high:g} min" in alt
    assert "strength at least 2 after work above 90 % 1RM" in alt
