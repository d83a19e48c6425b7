"""Figures for training volume: sets per exercise, hard sets per muscle, volume-load.

* :class:`DoseResponseChart`: the dose–response curve of muscle growth against hard
  sets per muscle per week (fitted to Schoenfeld, Ogborn & Krieger 2017 by
  :func:`liftlab.volume.hypertrophy_gain`), with a marker per muscle of a plan;
  the volume planner updates it in place.
* :func:`sets_per_exercise_figure`: the article's sets per exercise by experience.
* :func:`weekly_sets_grid_figure`: sets per exercise × sessions per week → weekly
  hard sets per muscle, coloured by :func:`liftlab.volume.dose_note`.
* :func:`exercise_credit_figure`: which muscles a set of each exercise counts for.
* :func:`progression_figure` with :func:`linear_progression` and
  :func:`double_progression`: volume-load rising over the weeks.
* :func:`weekly_volume_figure`: hard sets per muscle of two typical weeks.

Every number drawn comes from :mod:`liftlab.volume` and :mod:`liftlab.goals`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from liftlab.goals import EXPERIENCE_LEVELS, sets_range
from liftlab.validation import check_integer, check_positive, check_range, check_unit
from liftlab.volume import (
    DOSE_NOTE_LEVELS,
    HIGH_WEEKLY_SETS,
    MUSCLES,
    PRODUCTIVE_WEEKLY_SETS,
    SCHOENFELD_2017_CATEGORIES,
    Exercise,
    dose_note,
    exercise_muscles,
    hypertrophy_gain,
    volume_load,
    weekly_hard_sets,
    weekly_sets_per_muscle,
)

from liftlab.plots.style import GOAL_COLOURS, PALETTE, new_figure

__all__ = [
    "DOSE_COLOURS",
    "DoseResponseChart",
    "double_progression",
    "exercise_credit_figure",
    "linear_progression",
    "progression_figure",
    "sets_per_exercise_figure",
    "weekly_sets_grid_figure",
    "weekly_volume_figure",
]

#: Background colour of each level of :func:`liftlab.volume.dose_note` (Okabe–Ito,
#: light enough for black text on top).
DOSE_COLOURS: dict[str, str] = {
    "under-dosed": "#CFE8F7",  # sky blue, light
    "productive": "#BFE6D9",  # bluish green, light
    "high": "#F7DFB0",  # orange, light
}

#: Smallest x-range of the dose–response chart, weekly hard sets.
MIN_SETS_SHOWN = 30.0


def _fmt(value: float) -> str:
    """A set count for a label: ``6``, ``4.5``."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _groups(sets_by_muscle: Mapping[str, float]) -> list[tuple[float, list[str]]]:
    """Muscles with the same weekly sets gathered under one label, fewest sets first."""
    groups: dict[float, list[str]] = {}
    for muscle, sets in sets_by_muscle.items():
        groups.setdefault(round(float(sets), 6), []).append(muscle)
    return sorted((sets, sorted(names)) for sets, names in groups.items())


class DoseResponseChart:
    """Modelled growth against hard sets per muscle per week, with a marker per muscle.

    The curve is :func:`liftlab.volume.hypertrophy_gain` (a model fitted to the three
    pooled category means of Schoenfeld, Ogborn & Krieger 2017, drawn as horizontal
    segments); the background bands are the levels of
    :func:`liftlab.volume.dose_note` (under 10, 10–20, over 20 sets). Build once and
    call :meth:`update` with ``{muscle: weekly hard sets}``: markers, labels and the
    x-range change; the figure and its artists stay the same objects.
    """

    def __init__(
        self,
        sets_by_muscle: Mapping[str, float] | None = None,
        *,
        figsize: tuple[float, float] = (6.4, 4.0),
    ) -> None:
        self.figure, self.ax = new_figure(figsize=figsize)
        ax = self.ax
        self.bands = {
            "under-dosed": ax.axvspan(0, PRODUCTIVE_WEEKLY_SETS, color=DOSE_COLOURS["under-dosed"]),
            "productive": ax.axvspan(
                PRODUCTIVE_WEEKLY_SETS, HIGH_WEEKLY_SETS, color=DOSE_COLOURS["productive"]
            ),
            "high": ax.axvspan(HIGH_WEEKLY_SETS, MIN_SETS_SHOWN, color=DOSE_COLOURS["high"]),
        }
        for band in self.bands.values():
            band.set_zorder(0)
        self.band_labels = {}
        for level, x in (
            ("under-dosed", PRODUCTIVE_WEEKLY_SETS / 2),
            ("productive", (PRODUCTIVE_WEEKLY_SETS + HIGH_WEEKLY_SETS) / 2),
            ("high", (HIGH_WEEKLY_SETS + MIN_SETS_SHOWN) / 2),
        ):
            self.band_labels[level] = ax.text(
                x,
                0.985,
                level,
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="top",
                fontsize=8.5,
                color="#333333",
            )
        (self.curve,) = ax.plot(
            [], [], "-", color=GOAL_COLOURS["hypertrophy"], lw=2, label="model fitted to the data"
        )
        # The pooled category means, each over the range of sets it covers.
        self.categories = []
        for index, category in enumerate(SCHOENFELD_2017_CATEGORIES):
            high = min(category.high, MIN_SETS_SHOWN)
            (segment,) = ax.plot(
                [category.low, high],
                [category.percent_gain] * 2,
                "-",
                color=PALETTE["black"],
                lw=3,
                alpha=0.55,
                solid_capstyle="butt",
                label="pooled mean per category (Schoenfeld et al. 2017)" if index == 0 else None,
            )
            self.categories.append(segment)
        (self.markers,) = ax.plot(
            [],
            [],
            "o",
            ms=8,
            mfc=PALETTE["orange"],
            mec=PALETTE["black"],
            mew=1.2,
            label="your muscles",
            zorder=5,
        )
        self.labels = [
            ax.annotate(
                "",
                (0, 0),
                xytext=(0, 0),
                textcoords="offset points",
                fontsize=8,
                ha="center",
                va="bottom",
                arrowprops={"arrowstyle": "-", "color": "#555555", "lw": 0.7},
                visible=False,
                zorder=6,
            )
            for _ in MUSCLES
        ]
        ax.set_xlabel("hard sets per muscle per week")
        ax.set_ylabel("modelled growth in muscle size (%)")
        ax.legend(loc="lower right", fontsize=8)
        self.update(sets_by_muscle or {})

    def update(self, sets_by_muscle: Mapping[str, float]) -> None:
        """Place a marker per muscle (``{muscle: weekly hard sets}``; may be empty)."""
        values = {m: float(check_range(f"sets for {m}", s, low=0.0)) for m, s in sets_by_muscle.items()}
        groups = _groups(values)
        if len(groups) > len(self.labels):  # more distinct muscles than the table knows
            self.labels.extend(
                self.ax.annotate(
                    "",
                    (0, 0),
                    xytext=(0, 0),
                    textcoords="offset points",
                    fontsize=8,
                    ha="center",
                    va="bottom",
                    arrowprops={"arrowstyle": "-", "color": "#555555", "lw": 0.7},
                    visible=False,
                    zorder=6,
                )
                for _ in range(len(groups) - len(self.labels))
            )
        top = max([MIN_SETS_SHOWN, *(1.1 * s for s in values.values())])
        x = np.linspace(0.0, top, 241)
        self.curve.set_data(x, hypertrophy_gain(x))
        self.bands["high"].set_x(HIGH_WEEKLY_SETS)
        self.bands["high"].set_width(top - HIGH_WEEKLY_SETS)
        self.band_labels["high"].set_x((HIGH_WEEKLY_SETS + top) / 2)
        self.categories[-1].set_xdata([SCHOENFELD_2017_CATEGORIES[-1].low, top])
        xs = [s for s, _ in groups]
        ys = [float(hypertrophy_gain(s)) for s in xs]
        self.markers.set_data(xs, ys)
        # Stagger labels of neighbouring markers upward so that they do not overlap.
        level, previous = 0, -np.inf
        for label, (sets, names), y in zip(self.labels, groups, ys, strict=False):
            level = level + 1 if sets - previous < 0.09 * top else 0
            previous = sets
            label.set_text(f"{', '.join(names)}: {_fmt(sets)}")
            label.xy = (sets, y)
            label.xyann = (0, 12 + 13 * (level % 5))
            label.set_ha("right" if sets > 0.8 * top else ("left" if sets < 0.1 * top else "center"))
            label.set_visible(True)
        for label in self.labels[len(groups) :]:
            label.set_visible(False)
        y_top = float(hypertrophy_gain(top))
        self.ax.set_xlim(0, top)
        self.ax.set_ylim(0, y_top * 1.45)
        self.ax.set_title("Weekly volume and muscle growth")

    def alt_text(self, sets_by_muscle: Mapping[str, float]) -> str:
        """A sentence describing what the chart shows for ``sets_by_muscle``."""
        base = (
            "Rising, flattening curve of modelled muscle growth against hard sets per muscle "
            f"per week, from {hypertrophy_gain(PRODUCTIVE_WEEKLY_SETS):.1f}% at "
            f"{PRODUCTIVE_WEEKLY_SETS:g} sets to {hypertrophy_gain(HIGH_WEEKLY_SETS):.1f}% "
            f"at {HIGH_WEEKLY_SETS:g} sets; bands mark under-dosed (below "
            f"{PRODUCTIVE_WEEKLY_SETS:g}), productive ({PRODUCTIVE_WEEKLY_SETS:g}–"
            f"{HIGH_WEEKLY_SETS:g}) and high (above {HIGH_WEEKLY_SETS:g})."
        )
        if not sets_by_muscle:
            return base + " No muscle is marked."
        parts = [
            f"{muscle} {_fmt(float(sets))} ({dose_note(float(sets)).level})"
            for muscle, sets in sets_by_muscle.items()
        ]
        return base + " Markers: " + "; ".join(parts) + "."


# ---------------------------------------------------------------- sets per exercise


def sets_per_exercise_figure(goal: str = "hypertrophy") -> Figure:
    """Sets per exercise per session by experience level (:func:`liftlab.goals.sets_range`).

    One horizontal bar per level of :data:`liftlab.goals.EXPERIENCE_LEVELS`, and a
    shaded zone past the advanced maximum where the article expects diminishing
    returns (unless the muscle is trained once a week).
    """
    fig, ax = new_figure(figsize=(6.4, 2.8))
    ranges = [sets_range(goal, level) for level in EXPERIENCE_LEVELS]
    top = max(high for _, high in ranges)
    colour = GOAL_COLOURS.get(goal, PALETTE["blue"])
    for row, (level, (low, high)) in enumerate(zip(EXPERIENCE_LEVELS, ranges, strict=True)):
        ax.barh(row, high - low, left=low, height=0.5, color=colour, alpha=0.85)
        ax.text(high + 0.12, row, f"{low}–{high} sets", va="center", fontsize=9)
    ax.axvspan(top, top + 3, color="#DDDDDD", zorder=0)
    ax.text(
        top + 1.5,
        len(ranges) - 0.5,
        "diminishing\nreturns",
        ha="center",
        va="center",
        fontsize=9,
        color="#333333",
    )
    ax.set_yticks(range(len(ranges)), [level.capitalize() for level in EXPERIENCE_LEVELS])
    ax.invert_yaxis()
    ax.set_xlim(0, top + 3)
    ax.set_ylim(len(ranges) - 0.2, -0.8)
    ax.set_xticks(range(0, top + 4))
    ax.set_xlabel("hard sets per exercise per session")
    ax.set_title(f"Sets per exercise for {goal}, by experience")
    ax.grid(axis="y", visible=False)
    return fig


# ---------------------------------------------------------- per exercise → per week


def weekly_sets_grid_figure(
    sets_options: Sequence[int] = (2, 3, 4, 5, 6),
    sessions_options: Sequence[int] = (1, 2, 3, 4),
    exercises_per_muscle: int = 2,
) -> Figure:
    """Weekly hard sets per muscle for sets per exercise × sessions per week.

    Each cell is :func:`liftlab.volume.weekly_sets_per_muscle` (``sets ×
    exercises_per_muscle × sessions``), coloured by the level of
    :func:`liftlab.volume.dose_note` and labelled with its number.
    """
    sets = np.array([check_integer("sets_options", s, low=1) for s in sets_options])
    sessions = np.array([check_integer("sessions_options", s, low=1, high=14) for s in sessions_options])
    n_ex = check_integer("exercises_per_muscle", exercises_per_muscle, low=1)
    grid = weekly_sets_per_muscle(sets[:, None], n_ex, sessions[None, :])
    levels = np.vectorize(lambda v: DOSE_NOTE_LEVELS.index(dose_note(float(v)).level))(grid)
    fig, ax = new_figure(figsize=(6.4, 3.4))
    cmap = ListedColormap([DOSE_COLOURS[level] for level in DOSE_NOTE_LEVELS])
    ax.imshow(levels, cmap=cmap, vmin=-0.5, vmax=len(DOSE_NOTE_LEVELS) - 0.5, aspect="auto")
    for (i, j), value in np.ndenumerate(grid):
        level = DOSE_NOTE_LEVELS[levels[i, j]]
        ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=11, fontweight="bold")
        ax.text(j, i + 0.3, level, ha="center", va="center", fontsize=7, color="#333333")
    ax.set_xticks(range(len(sessions)), [f"{s}×/week" for s in sessions])
    ax.set_yticks(range(len(sets)), [f"{s} sets" for s in sets])
    ax.set_xlabel("sessions per week that train the muscle")
    ax.set_ylabel("sets per exercise")
    ax.set_title(f"Weekly hard sets per muscle ({n_ex} exercises per session)")
    ax.grid(False)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig


# ------------------------------------------------------------- compound exercises


def exercise_credit_figure(names: Iterable[str]) -> Figure:
    """Which muscles one set of each exercise counts for (1 primary mover, ½ synergist).

    Rows are the exercises, columns the muscles any of them works (in the order of
    :data:`liftlab.volume.MUSCLES`); each cell shows the credit from
    :func:`liftlab.volume.exercise_muscles`.
    """
    exercises = list(names)
    if not exercises:
        raise ValueError("names is empty: give at least one exercise.")
    credits = [exercise_muscles(name) for name in exercises]
    worked = {m for c in credits for m in c}
    muscles = [m for m in MUSCLES if m in worked] + sorted(worked - set(MUSCLES))
    grid = np.array([[c.get(m, 0.0) for m in muscles] for c in credits])
    fig, ax = new_figure(figsize=(6.4, 0.55 * len(exercises) + 1.7))
    cmap = ListedColormap(["#FFFFFF", "#A6D3F0", PALETTE["blue"]])
    ax.imshow(np.round(grid * 2), cmap=cmap, vmin=-0.5, vmax=2.5, aspect="auto")
    for (i, j), value in np.ndenumerate(grid):
        if value:
            text = "1" if value == 1 else ("½" if value == 0.5 else f"{value:g}")
            ax.text(
                j, i, text, ha="center", va="center", fontsize=10,
                color="white" if value == 1 else "black", fontweight="bold",
            )  # fmt: skip
    ax.set_xticks(range(len(muscles)), muscles, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(exercises)), exercises)
    ax.set_xticks(np.arange(-0.5, len(muscles)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(exercises)), minor=True)
    ax.grid(which="minor", color="#BBBBBB", lw=0.6, alpha=1)
    ax.grid(which="major", visible=False)
    ax.tick_params(which="both", length=0)
    ax.set_title("Sets credited to each muscle per set of the exercise")
    return fig


# ------------------------------------------------------------- progressive overload


def linear_progression(
    sets: int, reps: int, start_load: float, increment: float, weeks: int, unit: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Same sets and reps, ``increment`` more load each week.

    Returns
    -------
    loads, reps, volume_loads : numpy.ndarray
        One value per week (``reps`` is constant); volume-load per session in ``unit``.
    """
    n_weeks = check_integer("weeks", weeks, low=1)
    start = check_positive("start_load", start_load, unit=unit)
    step = check_range("increment", increment, low=0.0, unit=unit)
    loads = start + step * np.arange(n_weeks)
    rep_array = np.full(n_weeks, float(check_integer("reps", reps, low=1)))
    return loads, rep_array, np.asarray(volume_load(sets, rep_array, loads, unit))


def double_progression(
    sets: int,
    rep_low: int,
    rep_high: int,
    start_load: float,
    increment: float,
    weeks: int,
    unit: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Add a rep each week from ``rep_low`` to ``rep_high``, then add load and start over.

    Returns
    -------
    loads, reps, volume_loads : numpy.ndarray
        One value per week; volume-load per session in ``unit``.
    """
    n_weeks = check_integer("weeks", weeks, low=1)
    low = check_integer("rep_low", rep_low, low=1)
    high = check_integer("rep_high", rep_high, low=low)
    start = check_positive("start_load", start_load, unit=unit)
    step = check_range("increment", increment, low=0.0, unit=unit)
    cycle = high - low + 1
    week = np.arange(n_weeks)
    reps = (low + week % cycle).astype(float)
    loads = start + step * (week // cycle)
    return loads, reps, np.asarray(volume_load(sets, reps, loads, unit))


def progression_figure(series: Mapping[str, np.ndarray], unit: str) -> Figure:
    """Volume-load per session over the weeks, one line per progression scheme.

    Parameters
    ----------
    series : mapping of str to array_like
        ``{label: volume-load per week}`` (e.g. the third output of
        :func:`linear_progression`), in ``unit``.
    unit : {"kg", "lb"}
    """
    unit = check_unit(unit)
    if not series:
        raise ValueError("series is empty: give at least one progression.")
    fig, ax = new_figure()
    styles = ("-o", "--s", "-.^", ":D")
    colours = (PALETTE["blue"], PALETTE["vermillion"], PALETTE["bluish_green"], PALETTE["black"])
    longest = 0
    for (label, values), style, colour in zip(series.items(), styles, colours, strict=False):
        y = np.asarray(values, dtype=float)
        weeks = np.arange(1, y.size + 1)
        longest = max(longest, y.size)
        ax.plot(weeks, y, style, color=colour, lw=1.8, ms=5, label=label)
    ax.set_xticks(range(1, longest + 1))
    ax.set_xlabel("week")
    ax.set_ylabel(f"volume-load per session ({unit})")
    ax.set_title("Progressive overload: more work week after week")
    ax.legend(loc="upper left", fontsize=8.5)
    low, high = ax.get_ylim()
    ax.set_ylim(low, high + 0.12 * (high - low))
    return fig


# ------------------------------------------------------------- a week of each goal


def _weekly_volume_load(plan: Iterable[Exercise]) -> tuple[float, str]:
    total, units = 0.0, set()
    for exercise in plan:
        total += exercise.volume_load * exercise.sessions_per_week
        units.add(exercise.unit)
    if len(units) > 1:
        raise ValueError(f"the plan mixes units {sorted(units)}: convert loads to one unit.")
    return total, units.pop() if units else "kg"


def weekly_volume_figure(plans: Mapping[str, Sequence[Exercise]]) -> Figure:
    """Hard sets per muscle per week of two (or more) weekly plans, side by side.

    Parameters
    ----------
    plans : mapping of str to sequence of Exercise
        ``{goal: exercises of one week}``; goals named ``"strength"`` and
        ``"hypertrophy"`` get their course colours. Totals (hard sets, volume-load)
        appear in the legend.
    """
    if not plans:
        raise ValueError("plans is empty: give at least one weekly plan.")
    counts = {goal: weekly_hard_sets(plan) for goal, plan in plans.items()}
    worked = {m for c in counts.values() for m in c}
    muscles = [m for m in MUSCLES if m in worked] + sorted(worked - set(MUSCLES))
    fig, ax = new_figure(figsize=(6.4, 0.3 * len(muscles) + 1.6))
    height = 0.8 / len(plans)
    hatches = ("", "//", "..", "xx")
    y = np.arange(len(muscles))
    top = 0.0
    for index, (goal, plan) in enumerate(plans.items()):
        values = np.array([counts[goal].get(m, 0.0) for m in muscles])
        top = max(top, float(values.max(initial=0.0)))
        total_load, unit = _weekly_volume_load(plan)
        label = (
            f"{goal}: {sum(ex.weekly_sets for ex in plan)} sets of "
            f"{len(plan)} exercises, {total_load:,.0f} {unit}"
        )
        ax.barh(
            y + (index - (len(plans) - 1) / 2) * height,
            values,
            height=height,
            color=GOAL_COLOURS.get(goal, PALETTE["black"]),
            hatch=hatches[index % len(hatches)],
            edgecolor="white",
            lw=0.5,
            label=label,
        )
    ax.axvline(PRODUCTIVE_WEEKLY_SETS, color=PALETTE["black"], ls="--", lw=1)
    ax.text(
        PRODUCTIVE_WEEKLY_SETS,
        -0.9,
        f" {PRODUCTIVE_WEEKLY_SETS:g} sets",
        fontsize=8,
        va="center",
    )
    ax.set_yticks(y, muscles)
    ax.set_ylim(len(muscles) - 0.4, -1.3)
    ax.set_xlim(0, max(top, PRODUCTIVE_WEEKLY_SETS) * 1.08)
    ax.set_xlabel("hard sets per week (synergists count ½)")
    ax.set_title("A typical week: hard sets per muscle")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", fontsize=8)
    return fig
