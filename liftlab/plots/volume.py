"""Figures for training volume: sets per exercise, hard sets per muscle, volume-load.

* :class:`DoseResponseChart`: the dose–response curve of muscle growth against hard
  sets per muscle per week (fitted to Schoenfeld, Ogborn & Krieger 2017 by
  :func:`liftlab.volume.hypertrophy_gain`), with a marker per muscle of a plan;
  the volume planner updates it in place.
* :func:`sets_per_exercise_figure`: the article's sets per exercise by experience.
* :func:`weekly_sets_grid_figure`: sets per exercise × sessions per week → weekly
  hard sets per muscle, coloured by :func:`liftlab.volume.dose_note`.
* :func:`exercise_credit_figure`: which muscles a set of each exercise counts for.
* :func:`volume_load_figure`: sets × reps × load of a few sessions.
* :func:`progression_figure` with :func:`linear_progression` and
  :func:`double_progression`: volume-load rising over the weeks.
* :func:`weekly_volume_figure`: hard sets per muscle of two typical weeks.
* :func:`individual_response_figure`: the range of gains among 585 people on the same
  program (Hubal et al. 2005) [@hubal2005].

Every number drawn comes from :mod:`liftlab.volume` and :mod:`liftlab.goals`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from liftlab.goals import EXPERIENCE_LEVELS, sets_range
from liftlab.plots.style import GOAL_COLOURS, PALETTE, animate, new_figure, set_limits
from liftlab.response import HUBAL_2005_PARTICIPANTS, HUBAL_2005_RANGES, HUBAL_2005_WEEKS
from liftlab.validation import check_integer, check_positive, check_range, check_unit
from liftlab.volume import (
    DOSE_NOTE_LEVELS,
    HIGH_WEEKLY_SETS,
    MODERATE_WEEKLY_SETS,
    MUSCLES,
    SCHOENFELD_2017_CATEGORIES,
    Exercise,
    dose_note,
    exercise_muscles,
    hypertrophy_gain,
    volume_load,
    weekly_hard_sets,
    weekly_sets_per_muscle,
)

__all__ = [
    "DOSE_COLOURS",
    "DoseResponseChart",
    "double_progression",
    "exercise_credit_figure",
    "individual_response_figure",
    "linear_progression",
    "progression_figure",
    "sets_per_exercise_figure",
    "volume_load_figure",
    "weekly_sets_grid_figure",
    "weekly_volume_figure",
]

#: Background colour of each level of :func:`liftlab.volume.dose_note` (Okabe–Ito,
#: light enough for black text on top).
DOSE_COLOURS: dict[str, str] = {
    "lower dose": "#CFE8F7",  # sky blue, light
    "moderate dose": "#BFE6D9",  # bluish green, light
    "high dose": "#F7DFB0",  # orange, light
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


#: Bar colour of each level of :func:`liftlab.volume.dose_note` (the dark Okabe–Ito
#: counterparts of :data:`DOSE_COLOURS`).
DOSE_BAR_COLOURS: dict[str, str] = {
    "lower dose": PALETTE["blue"],
    "moderate dose": PALETTE["bluish_green"],
    "high dose": PALETTE["orange"],
}


class DoseResponseChart:
    """Modelled growth against hard sets per muscle per week, with a marker per muscle.

    Two panels share the x-axis (hard sets per muscle per week):

    * top, the curve :func:`liftlab.volume.hypertrophy_gain` (a model fitted to the
      three pooled category means of Schoenfeld, Ogborn & Krieger 2017, drawn as
      horizontal segments) with a marker on it for each muscle of the plan;
    * bottom, a bar per muscle reaching its weekly hard sets, so each marker can be
      read by name straight below it.

    Background bands are the levels of :func:`liftlab.volume.dose_note` (under 10,
    10–20, over 20 sets). Build once and call :meth:`update` with ``{muscle: weekly
    hard sets}``: markers, bars and names are animated artists (redrawn over a cached
    background by :func:`liftlab.plots.style.png_bytes`); the axes change only when
    a muscle passes :data:`MIN_SETS_SHOWN` sets or the number of muscles changes.
    """

    #: Bar rows always reserved, so a plan of two muscles does not get giant bars.
    MIN_ROWS = 6

    def __init__(
        self,
        sets_by_muscle: Mapping[str, float] | None = None,
        *,
        marker_label: str = "your muscles",
        figsize: tuple[float, float] = (6.4, 5.4),
    ) -> None:
        import matplotlib as mpl

        self.figure, (self.ax, self.bar_ax) = new_figure(2, 1, figsize=figsize)
        # A fixed layout (room on the left for muscle names): the names are animated
        # texts, which a layout engine would not see.
        self.figure.set_layout_engine(None)
        self.figure.subplots_adjust(
            left=0.2, right=0.97, top=0.93, bottom=0.09, hspace=0.1, wspace=0
        )
        self.bar_ax.sharex(self.ax)
        self.ax.get_subplotspec().get_gridspec().set_height_ratios([1.0, 1.15])
        ax = self.ax
        self.bands: dict[str, list] = {}
        for axis in (self.ax, self.bar_ax):
            spans = {
                "lower dose": axis.axvspan(0, MODERATE_WEEKLY_SETS),
                "moderate dose": axis.axvspan(MODERATE_WEEKLY_SETS, HIGH_WEEKLY_SETS),
                "high dose": axis.axvspan(HIGH_WEEKLY_SETS, MIN_SETS_SHOWN),
            }
            for level, span in spans.items():
                span.set_color(DOSE_COLOURS[level])
                span.set_zorder(0)
                self.bands.setdefault(level, []).append(span)
        self.band_labels = {
            level: ax.text(
                x,
                0.97,
                level,
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="top",
                fontsize=8.5,
                color="#333333",
            )
            for level, x in (
                ("lower dose", MODERATE_WEEKLY_SETS / 2),
                ("moderate dose", (MODERATE_WEEKLY_SETS + HIGH_WEEKLY_SETS) / 2),
                ("high dose", (HIGH_WEEKLY_SETS + MIN_SETS_SHOWN) / 2),
            )
        }
        (self.curve,) = ax.plot(
            [], [], "-", color=GOAL_COLOURS["hypertrophy"], lw=2, label="model fitted to the means"
        )
        self.categories = []
        for index, category in enumerate(SCHOENFELD_2017_CATEGORIES):
            (segment,) = ax.plot(
                [category.low, min(category.high, MIN_SETS_SHOWN)],
                [category.percent_gain] * 2,
                "-",
                color=PALETTE["black"],
                lw=3,
                alpha=0.5,
                solid_capstyle="butt",
                label="pooled means (Schoenfeld et al. 2017)" if index == 0 else None,
            )
            self.categories.append(segment)
        (self.markers,) = ax.plot(
            [],
            [],
            "o",
            ms=7,
            mfc=PALETTE["vermillion"],
            mec=PALETTE["black"],
            mew=1,
            label=marker_label,
            zorder=5,
        )
        ax.set_ylabel("modelled growth (%)")
        ax.set_title("Weekly volume and muscle growth")
        ax.tick_params(labelbottom=False)
        ax.legend(loc="lower right", fontsize=8)
        with mpl.rc_context({"hatch.linewidth": 0.6}):
            self.bars = list(
                self.bar_ax.barh(range(len(MUSCLES)), [0.0] * len(MUSCLES), height=0.7)
            )
        self.empty_note = self.bar_ax.text(
            0.5,
            0.5,
            "no exercises yet",
            transform=self.bar_ax.transAxes,
            ha="center",
            va="center",
            fontsize=10,
            color="#555555",
        )
        self.bar_ax.set_xlabel("hard sets per muscle per week (synergists count ½)")
        self.bar_ax.grid(axis="y", visible=False)
        self.bar_ax.tick_params(axis="y", length=0, labelsize=8.5)
        self._top: float | None = None
        self._names: tuple[str, ...] | None = None
        animate(self.markers, *self.bars, self.empty_note)
        self.update(sets_by_muscle or {})

    def _ensure_bars(self, count: int) -> None:
        """More bars if a plan works more muscles than :data:`MUSCLES` lists."""
        while len(self.bars) < count:
            (bar,) = self.bar_ax.barh([len(self.bars)], [0.0], height=0.7)
            animate(bar)
            self.bars.append(bar)

    def _set_top(self, top: float) -> None:
        """Change the x-range (a static change: the next PNG redraws everything)."""
        if top == self._top:
            return
        self._top = top
        x = np.linspace(0.0, top, 241)
        self.curve.set_data(x, hypertrophy_gain(x))
        for span in self.bands["high dose"]:
            span.set_width(top - HIGH_WEEKLY_SETS)
        self.band_labels["high dose"].set_x((HIGH_WEEKLY_SETS + top) / 2)
        self.categories[-1].set_xdata([SCHOENFELD_2017_CATEGORIES[-1].low, top])
        set_limits(self.ax, xlim=(0.0, top), ylim=(0.0, float(hypertrophy_gain(top)) * 1.3))

    def update(self, sets_by_muscle: Mapping[str, float]) -> None:
        """Show ``{muscle: weekly hard sets}`` (may be empty).

        Bars follow the order of :data:`liftlab.volume.MUSCLES` (then any other muscle
        by name), so changing sets moves bars but never reorders the names.
        """
        values = {
            m: float(check_range(f"sets for {m}", s, low=0.0)) for m, s in sets_by_muscle.items()
        }
        order = [m for m in MUSCLES if m in values] + sorted(set(values) - set(MUSCLES))
        self._ensure_bars(len(order))
        most = max(values.values(), default=0.0)
        # Grow the axis in steps of 10 sets, so it stands still while a value moves.
        needed = max(MIN_SETS_SHOWN, 10.0 * np.ceil(1.05 * most / 10.0))
        # Grow to fit, shrink only when the data use less than a third of the axis: the
        # axis (a static part, costly to redraw) stays put while a slider moves.
        if self._top is None or needed > self._top or needed < self._top / 3.0:
            self._set_top(needed)
        xs = sorted(set(values.values()))
        self.markers.set_data(xs, hypertrophy_gain(np.asarray(xs, dtype=float)))
        for i, bar in enumerate(self.bars):
            if i < len(order):
                sets = values[order[i]]
                bar.set_width(sets)
                bar.set_color(DOSE_BAR_COLOURS[dose_note(sets).level])
            bar.set_visible(i < len(order))
        names = tuple(order)
        if names != self._names:  # a static change: the next PNG redraws everything
            self._names = names
            self.bar_ax.set_yticks(range(len(names)), names)
            # Room on the left for the longest name (~5.6 px per character at 8.5 pt).
            width_px = self.figure.get_figwidth() * self.figure.dpi
            longest = max((len(n) for n in names), default=0)
            self.figure.subplots_adjust(left=max(0.2, (5.6 * longest + 16) / width_px))
            set_limits(self.bar_ax, ylim=(max(len(names), self.MIN_ROWS) - 0.5, -0.6))
        self.empty_note.set_visible(not names)

    def alt_text(self, sets_by_muscle: Mapping[str, float]) -> str:
        """A sentence describing what the chart shows for ``sets_by_muscle``."""
        base = (
            "Rising, flattening curve of modelled muscle growth against hard sets per muscle "
            f"per week, {hypertrophy_gain(MODERATE_WEEKLY_SETS):.1f}% at "
            f"{MODERATE_WEEKLY_SETS:g} sets and {hypertrophy_gain(HIGH_WEEKLY_SETS):.1f}% "
            f"at {HIGH_WEEKLY_SETS:g}; bands mark a lower dose (below "
            f"{MODERATE_WEEKLY_SETS:g}), a moderate dose ({MODERATE_WEEKLY_SETS:g}–"
            f"{HIGH_WEEKLY_SETS:g}) and a high dose (above {HIGH_WEEKLY_SETS:g})."
        )
        if not sets_by_muscle:
            return base + " No muscle is marked yet."
        order = [m for m in MUSCLES if m in sets_by_muscle]
        order += sorted(set(sets_by_muscle) - set(MUSCLES))
        parts = [
            f"{m} {_fmt(float(sets_by_muscle[m]))} ({dose_note(float(sets_by_muscle[m])).level})"
            for m in order
        ]
        return base + " Bars and markers, weekly hard sets: " + "; ".join(parts) + "."


# ---------------------------------------------------------------- sets per exercise


def sets_per_exercise_figure(goal: str = "hypertrophy") -> tuple[Figure, str]:
    """Sets per exercise per session by experience level (:func:`liftlab.goals.sets_range`).

    One horizontal bar per level of :data:`liftlab.goals.EXPERIENCE_LEVELS`, and a
    shaded zone past the advanced maximum where the article expects diminishing
    returns (unless the muscle is trained once a week). Returns ``(figure, alt)``.
    """
    fig, ax = new_figure(figsize=(6.4, 2.8))
    ranges = [sets_range(goal, level) for level in EXPERIENCE_LEVELS]
    top = max(high for _, high in ranges)
    colour = GOAL_COLOURS.get(goal, PALETTE["blue"])
    for row, (low, high) in enumerate(ranges):
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
    parts = [
        f"{level} {low}–{high}"
        for level, (low, high) in zip(EXPERIENCE_LEVELS, ranges, strict=True)
    ]
    alt = (
        f"Horizontal bars of {goal} sets per exercise per session: {', '.join(parts)}; "
        f"beyond {top} sets a grey zone marks diminishing returns."
    )
    return fig, alt


# ---------------------------------------------------------- per exercise → per week


def weekly_sets_grid_figure(
    sets_options: Sequence[int] = (2, 3, 4, 5, 6),
    sessions_options: Sequence[int] = (1, 2, 3, 4),
    exercises_per_muscle: int = 2,
) -> tuple[Figure, str]:
    """Weekly hard sets per muscle for sets per exercise × sessions per week.

    Each cell is :func:`liftlab.volume.weekly_sets_per_muscle` (``sets ×
    exercises_per_muscle × sessions``), coloured by the level of
    :func:`liftlab.volume.dose_note` and labelled with its number. Returns
    ``(figure, alt)``.
    """
    sets = np.array([check_integer("sets_options", s, low=1) for s in sets_options])
    sessions = np.array(
        [check_integer("sessions_options", s, low=1, high=14) for s in sessions_options]
    )
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
    alt = (
        f"Grid of weekly hard sets per muscle with {n_ex} exercises per session: rows "
        f"{', '.join(str(v) for v in sets)} sets per exercise, columns "
        f"{', '.join(str(v) for v in sessions)} sessions a week; from {grid.min():g} "
        f"({DOSE_NOTE_LEVELS[levels.flat[np.argmin(grid)]]}) to {grid.max():g} "
        f"({DOSE_NOTE_LEVELS[levels.flat[np.argmax(grid)]]}). Row {sets[-1]} sets, once a week: "
        f"{grid[-1, 0]:g} ({DOSE_NOTE_LEVELS[levels[-1, 0]]})."
    )
    return fig, alt


# ------------------------------------------------------------- compound exercises


def exercise_credit_figure(names: Iterable[str]) -> tuple[Figure, str]:
    """Which muscles one set of each exercise counts for (1 primary mover, ½ synergist).

    Rows are the exercises, columns the muscles any of them works (in the order of
    :data:`liftlab.volume.MUSCLES`); each cell shows the credit from
    :func:`liftlab.volume.exercise_muscles`. Returns ``(figure, alt)``.
    """
    exercises = list(names)
    if not exercises:
        raise ValueError("names is empty: give at least one exercise.")
    credits = [exercise_muscles(name) for name in exercises]
    worked = {m for c in credits for m in c}
    muscles = [m for m in MUSCLES if m in worked] + sorted(worked - set(MUSCLES))
    grid = np.array([[c.get(m, 0.0) for m in muscles] for c in credits])
    fig, ax = new_figure(figsize=(6.4, 0.36 * len(exercises) + 1.9))
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
    rows = []
    for name, credit in zip(exercises, credits, strict=True):
        primary = [m for m in muscles if credit.get(m) == 1.0]
        helpers = [m for m in muscles if 0 < credit.get(m, 0.0) < 1.0]
        text = f"{name}: 1 for {', '.join(primary) or 'none'}"
        if helpers:
            text += f", ½ for {', '.join(helpers)}"
        rows.append(text)
    alt = "Grid of muscles credited per set of each exercise. " + "; ".join(rows) + "."
    return fig, alt


# --------------------------------------------------------------------- volume-load


def volume_load_figure(
    sessions: Mapping[str, tuple[int, int, float]], unit: str
) -> tuple[Figure, str]:
    """Volume-load (sets × reps × load) of a few sessions, as labelled horizontal bars.

    Parameters
    ----------
    sessions : mapping of str to (sets, reps, load)
        ``{label: (sets, reps, load)}``, loads in ``unit``. A label starting with
        ``"strength"`` or ``"hypertrophy"`` gets that goal's colour.
    unit : {"kg", "lb"}

    Returns ``(figure, alt)``.
    """
    unit = check_unit(unit)
    if not sessions:
        raise ValueError("sessions is empty: give at least one session.")
    fig, ax = new_figure(figsize=(6.4, 0.7 * len(sessions) + 1.2))
    parts = []
    top = 0.0
    for row, (label, (sets, reps, load)) in enumerate(sessions.items()):
        tonnage = float(volume_load(sets, reps, load, unit))
        goal = next((g for g in GOAL_COLOURS if label.startswith(g)), None)
        ax.barh(
            row + 0.12,
            tonnage,
            height=0.42,
            color=GOAL_COLOURS[goal] if goal else PALETTE["bluish_green"],
            hatch="//" if goal == "strength" else "",
            edgecolor="white",
        )
        text = f"{sets:g} × {reps:g} × {load:g} {unit} = {tonnage:,.0f} {unit}"
        ax.text(0, row - 0.22, text, va="center", fontsize=8.5)
        parts.append(f"{label}: {text}")
        top = max(top, tonnage)
    ax.set_yticks([row + 0.12 for row in range(len(sessions))], list(sessions))
    ax.set_ylim(len(sessions) - 0.5, -0.5)
    ax.set_xlim(0, top * 1.08)
    ax.set_xlabel(f"volume-load of the session ({unit})")
    ax.set_title("Volume-load: sets × reps × load")
    ax.grid(axis="y", visible=False)
    alt = "Horizontal bars of volume-load. " + "; ".join(parts) + "."
    return fig, alt


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


def progression_figure(series: Mapping[str, np.ndarray], unit: str) -> tuple[Figure, str]:
    """Volume-load per session over the weeks, one line per progression scheme.

    Parameters
    ----------
    series : mapping of str to array_like
        ``{label: volume-load per week}`` (e.g. the third output of
        :func:`linear_progression`), in ``unit``.
    unit : {"kg", "lb"}

    Returns ``(figure, alt)``.
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
    parts = []
    for label, values in series.items():
        y = np.asarray(values, dtype=float)
        parts.append(
            f"{label}: from {y[0]:,.0f} to {y[-1]:,.0f} {unit} over {y.size} weeks "
            f"(peak {y.max():,.0f})"
        )
    alt = "Lines of volume-load per session by week. " + "; ".join(parts) + "."
    return fig, alt


# ------------------------------------------------------------- a week of each goal


def _weekly_volume_load(plan: Iterable[Exercise]) -> tuple[float, str]:
    total, units = 0.0, set()
    for exercise in plan:
        total += exercise.volume_load * exercise.sessions_per_week
        units.add(exercise.unit)
    if len(units) > 1:
        raise ValueError(f"the plan mixes units {sorted(units)}: convert loads to one unit.")
    return total, units.pop() if units else "kg"


def weekly_volume_figure(plans: Mapping[str, Sequence[Exercise]]) -> tuple[Figure, str]:
    """Hard sets per muscle per week of two (or more) weekly plans, side by side.

    Parameters
    ----------
    plans : mapping of str to sequence of Exercise
        ``{goal: exercises of one week}``; goals named ``"strength"`` and
        ``"hypertrophy"`` get their course colours. Totals (hard sets, volume-load)
        appear in the legend.

    Returns ``(figure, alt)``.
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
    ax.axvline(MODERATE_WEEKLY_SETS, color=PALETTE["black"], ls="--", lw=1)
    ax.text(
        MODERATE_WEEKLY_SETS,
        -0.9,
        f" {MODERATE_WEEKLY_SETS:g} sets",
        fontsize=8,
        va="center",
    )
    ax.set_yticks(y, muscles)
    ax.set_ylim(len(muscles) - 0.4, -1.3)
    ax.set_xlim(0, max(top, MODERATE_WEEKLY_SETS) * 1.08)
    ax.set_xlabel("hard sets per week (synergists count ½)")
    ax.set_title("A typical week: hard sets per muscle")
    ax.grid(axis="y", visible=False)
    fig.legend(loc="outside lower center", fontsize=8, ncols=1)
    parts = []
    for goal, plan in plans.items():
        total_load, unit = _weekly_volume_load(plan)
        moderate = [s for s in counts[goal].values() if s >= MODERATE_WEEKLY_SETS]
        parts.append(
            f"{goal}: {sum(ex.weekly_sets for ex in plan)} sets, {total_load:,.0f} {unit}, "
            f"{len(counts[goal])} muscles trained, {len(moderate)} at "
            f"{MODERATE_WEEKLY_SETS:g}+ sets"
        )
    alt = "Grouped bars of weekly hard sets per muscle. " + "; ".join(parts) + "."
    return fig, alt


# -------------------------------------------------------------- individual response


def _signed(percent: float) -> str:
    """``+59 %``, ``-2 %`` and ``0 %`` (no sign on zero)."""
    return "0 %" if percent == 0 else f"{percent:+g} %"


def individual_response_figure() -> tuple[Figure, str]:
    """The lowest and highest change of 585 people on the same 12-week program.

    One bar per outcome of :data:`liftlab.response.HUBAL_2005_RANGES` from its lowest
    to its highest change, in % of the starting value (Hubal et al. 2005). Only the
    ends of each range are published in the abstract, so the bars show the spread, not
    where most people fell. Returns ``(figure, alt)``.
    """
    rows = list(HUBAL_2005_RANGES)
    fig, ax = new_figure(figsize=(6.4, 2.6))
    y = np.arange(len(rows))
    colours = (GOAL_COLOURS["hypertrophy"], GOAL_COLOURS["strength"], PALETTE["orange"])
    for row, item, colour in zip(y, rows, colours, strict=False):
        width = item.highest_percent - item.lowest_percent
        ax.barh(row, width, left=item.lowest_percent, height=0.5, color=colour, alpha=0.85)
        ax.text(item.lowest_percent - 4, row, _signed(item.lowest_percent), ha="right",
                va="center", fontsize=8.5)  # fmt: skip
        ax.text(item.highest_percent + 4, row, _signed(item.highest_percent), ha="left",
                va="center", fontsize=8.5)  # fmt: skip
    ax.axvline(0, color=PALETTE["black"], lw=1)
    ax.set_yticks(y, [item.outcome.replace(" (", "\n(") for item in rows], fontsize=8.5)
    ax.set_ylim(len(rows) - 0.5, -0.6)
    low = min(item.lowest_percent for item in rows)
    high = max(item.highest_percent for item in rows)
    ax.set_xlim(low - 40, high + 45)
    ax.set_xlabel("change after training, % of the starting value (lowest to highest)")
    ax.set_title(
        f"One program, {HUBAL_2005_PARTICIPANTS} people (Hubal et al. 2005)",
        fontsize=11, fontweight="bold",
    )  # fmt: skip
    ax.grid(axis="y", visible=False)
    parts = "; ".join(
        f"{item.outcome} from {_signed(item.lowest_percent)} to {_signed(item.highest_percent)}"
        for item in rows
    )
    alt = (
        f"Horizontal range bars of the changes among {HUBAL_2005_PARTICIPANTS} people after "
        f"the same {HUBAL_2005_WEEKS}-week arm-training program (Hubal et al. 2005): {parts}."
    )
    return fig, alt
