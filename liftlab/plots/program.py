"""Figures of training plans built by :func:`liftlab.program.build_plan`.

* :func:`plan_series` and :func:`plan_summary`: the numbers every figure draws,
  read off a :class:`~liftlab.program.Plan` (heaviest %1RM of each main lift per
  week, hard sets, volume-load, mean %1RM, sets at 90 % 1RM or more).
* :class:`PlanChart`: %1RM of the main lifts and hard sets per week over a plan,
  deload weeks shaded; the plan builder updates it in place.
* :func:`exercise_mix_figure`: one week's sets by kind of exercise (main barbell
  lifts, compound accessories, isolation work) for several plans.
* :func:`schemes_figure`: linear, undulating and block periodization side by side.
* :func:`heavy_rest_figure`: which muscles a plan trains on which day, and the two
  rest days that follow every set at 90 % 1RM or more.
* :func:`goal_comparison_figure`: weekly hard sets, volume-load and mean %1RM of the
  same lifter's plan for each goal.
* :func:`experience_comparison_figure`: a beginner's and an advanced lifter's plans
  side by side: the heaviest set of a lift week by week (deloads marked), and the
  weekly hard sets per major muscle against each level's band.

Every number drawn comes from the plan itself, so a figure shows exactly what
:func:`~liftlab.program.build_plan` prescribes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from liftlab.plots.style import (
    GOAL_COLOURS,
    PALETTE,
    SERIES_COLOURS,
    SERIES_STYLES,
    animate,
    new_figure,
    set_limits,
    steady_limits,
)
from liftlab.program import (
    HARD_SET_MAX_RIR,
    HEAVY_PERCENT,
    MAIN_LIFTS,
    MAJOR_MUSCLES,
    REST_DAYS_AFTER_HEAVY,
    WEEKDAYS,
    WEEKS_RANGE,
    Plan,
    exercise_credits,
)

__all__ = [
    "KIND_COLOURS",
    "KIND_LABELS",
    "LIFT_COLOURS",
    "PlanChart",
    "PlanSeries",
    "exercise_mix_figure",
    "experience_comparison_figure",
    "goal_comparison_figure",
    "heavy_rest_figure",
    "plan_series",
    "plan_summary",
    "schemes_figure",
]

#: Colour, line style and marker of each main lift, the same in every figure.
LIFT_COLOURS: dict[str, str] = dict(zip(MAIN_LIFTS, SERIES_COLOURS, strict=False))
_LIFT_STYLES = dict(zip(MAIN_LIFTS, SERIES_STYLES, strict=False))
_LIFT_MARKERS = dict(zip(MAIN_LIFTS, ("o", "s", "^", "D"), strict=True))
_LIFT_OFFSETS = dict(zip(MAIN_LIFTS, (-0.15, -0.05, 0.05, 0.15), strict=True))

#: Kinds of exercise in :func:`exercise_mix_figure`, their labels and colours.
KIND_LABELS: dict[str, str] = {
    "main": "main barbell lifts",
    "compound": "compound accessories",
    "isolation": "isolation exercises",
}
KIND_COLOURS: dict[str, str] = {
    "main": PALETTE["vermillion"],
    "compound": PALETTE["orange"],
    "isolation": PALETTE["blue"],
}
_KIND_HATCHES = {"main": "", "compound": "//", "isolation": ".."}
_GOAL_HATCHES = {"strength": "", "hypertrophy": "//", "both": "xx"}
_GOAL_LABELS = {"strength": "strength", "hypertrophy": "hypertrophy", "both": "both"}

#: The %1RM axis of plan charts: fixed, so it never moves between plans.
PERCENT_AXIS: tuple[float, float] = (40.0, 100.0)
_DELOAD_GREY = "#D9D9D9"


def _fmt(value: float) -> str:
    """``92.5``, ``80``, ``3.5``: a number without trailing zeros."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


# ------------------------------------------------------------------------- the numbers


@dataclass(frozen=True)
class PlanSeries:
    """What a plan does week by week (arrays of one value per week, week 1 first).

    Attributes
    ----------
    weeks : ndarray of int
        1, 2, …, n.
    deload : ndarray of bool
        True for the deload weeks.
    top_percent : dict of str to ndarray
        Heaviest prescribed %1RM of each main lift in each week (NaN if the lift is
        not trained that week).
    top_load : dict of str to ndarray
        The load of that heaviest set, in ``unit`` (NaN if lighter than the bar).
    sets : ndarray
        Working sets per week, every exercise counted.
    hard_sets : ndarray
        Sets stopped 0–4 reps short of failure (:data:`liftlab.program.HARD_SET_MAX_RIR`);
        in training weeks every set, in deloads only the accessories' sets.
    volume_load : ndarray
        Sets × reps × load of the barbell lifts per week, in ``unit`` (accessories have
        no prescribed load, so they are not counted).
    mean_percent : ndarray
        Mean %1RM of the barbell lifts' sets (each set weighted once).
    heavy_sets : ndarray of int
        Sets at :data:`~liftlab.program.HEAVY_PERCENT` (90 %) 1RM or more.
    unit : str
        The plan's unit.
    """

    weeks: np.ndarray
    deload: np.ndarray
    top_percent: dict[str, np.ndarray]
    top_load: dict[str, np.ndarray]
    sets: np.ndarray
    hard_sets: np.ndarray
    volume_load: np.ndarray
    mean_percent: np.ndarray
    heavy_sets: np.ndarray
    unit: str


def plan_series(plan: Plan) -> PlanSeries:
    """Read the weekly numbers of ``plan`` (see :class:`PlanSeries`)."""
    if not isinstance(plan, Plan):
        raise TypeError(f"plan={plan!r} is not a Plan: build one with liftlab.build_plan.")
    n = len(plan.weeks)
    top = {lift: np.full(n, np.nan) for lift in MAIN_LIFTS}
    top_load = {lift: np.full(n, np.nan) for lift in MAIN_LIFTS}
    sets = np.zeros(n)
    hard = np.zeros(n)
    tonnage = np.zeros(n)
    mean = np.full(n, np.nan)
    heavy = np.zeros(n, dtype=int)
    for i, week in enumerate(plan.weeks):
        loaded_sets = 0
        percent_sum = 0.0
        for session in week.sessions:
            for item in session.prescriptions:
                sets[i] += item.sets
                if item.rir <= HARD_SET_MAX_RIR:
                    hard[i] += item.sets
                if item.percent_1rm is None:
                    continue
                loaded_sets += item.sets
                percent_sum += item.sets * item.percent_1rm
                if item.load is not None:
                    tonnage[i] += item.sets * item.reps * item.load
                if item.percent_1rm >= HEAVY_PERCENT - 1e-9:
                    heavy[i] += item.sets
                if item.exercise in top and not item.percent_1rm <= top[item.exercise][i]:
                    top[item.exercise][i] = item.percent_1rm
                    top_load[item.exercise][i] = np.nan if item.load is None else item.load
        if loaded_sets:
            mean[i] = percent_sum / loaded_sets
    return PlanSeries(
        weeks=np.arange(1, n + 1),
        deload=np.array([w.deload for w in plan.weeks], dtype=bool),
        top_percent=top,
        top_load=top_load,
        sets=sets,
        hard_sets=hard,
        volume_load=tonnage,
        mean_percent=mean,
        heavy_sets=heavy,
        unit=plan.unit,
    )


def plan_summary(plan: Plan) -> dict[str, float]:
    """Averages over the training weeks (deloads left out) of ``plan``.

    Returns
    -------
    dict
        ``hard_sets`` (per week), ``volume_load`` (barbell lifts, per week, in the
        plan's unit), ``mean_percent`` (mean %1RM of the barbell sets),
        ``heavy_sets`` (sets at 90 % 1RM or more, whole plan), ``exercises``
        (different exercises in the plan), ``isolation_share`` (isolation sets / all
        sets, training weeks) and ``training_weeks``.
    """
    series = plan_series(plan)
    train = ~series.deload
    if not train.any():  # pragma: no cover - every plan of 4+ weeks has training weeks
        train = np.ones_like(train)
    loaded = sum(
        item.sets
        for week in plan.weeks
        if not week.deload
        for session in week.sessions
        for item in session.prescriptions
        if item.percent_1rm is not None
    )
    weighted = sum(
        item.sets * item.percent_1rm
        for week in plan.weeks
        if not week.deload
        for session in week.sessions
        for item in session.prescriptions
        if item.percent_1rm is not None
    )
    isolation = sum(
        item.sets
        for week in plan.weeks
        if not week.deload
        for session in week.sessions
        for item in session.prescriptions
        if item.kind == "isolation"
    )
    names = {
        item.exercise
        for week in plan.weeks
        for session in week.sessions
        for item in session.prescriptions
    }
    return {
        "hard_sets": float(series.hard_sets[train].mean()),
        "volume_load": float(series.volume_load[train].mean()),
        "mean_percent": weighted / loaded if loaded else math.nan,
        "heavy_sets": float(series.heavy_sets.sum()),
        "exercises": float(len(names)),
        "isolation_share": isolation / float(series.sets[train].sum()),
        "training_weeks": float(train.sum()),
    }


def _span(values: np.ndarray) -> str:
    """``"18–24"``, or ``"20"`` when every value is the same."""
    low, high = float(np.min(values)), float(np.max(values))
    return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"


def _weeks_text(numbers: Iterable[int]) -> str:
    numbers = [int(n) for n in numbers]
    if not numbers:
        return "none"
    if len(numbers) == 1:
        return f"week {numbers[0]}"
    return "weeks " + ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"


def _goal_name(goal: str) -> str:
    return {"both": "strength-and-hypertrophy"}.get(goal, goal)


# ------------------------------------------------------------------------ the plan chart


class PlanChart:
    """%1RM of each main lift and hard sets per week over a plan, updated in place.

    Top: the heaviest %1RM of squat, bench press, deadlift and overhead press each
    week, with the 90 % line above which the 2-rest-day rule applies. Bottom: hard
    sets per week, deload weeks hatched. The week picked in :meth:`select_week` is
    highlighted on both. Built once for up to 16 weeks: :meth:`update` changes the
    lines' data and the bars' heights (animated artists, blitted); the axes only
    change when the plan's length or the range of sets changes.
    """

    def __init__(self, plan: Plan, week: int = 1) -> None:
        self.figure, (self.ax_percent, self.ax_sets) = new_figure(2, 1, figsize=(6.4, 4.8))
        top_weeks = WEEKS_RANGE[1]
        ax, bx = self.ax_percent, self.ax_sets
        # The deload weeks depend on the plan (its training status): one shaded
        # collection per axis, its bands set in update(), and a label for every week.
        self.deload_bands = [
            PolyCollection([], facecolor=_DELOAD_GREY, alpha=0.6, lw=0, zorder=0) for _ in (ax, bx)
        ]
        for a, bands in zip((ax, bx), self.deload_bands, strict=True):
            a.add_collection(bands)
        self.deload_labels = [
            ax.text(w, 98.5, "deload", ha="center", va="top", fontsize=7, color="#555555")
            for w in range(1, top_weeks + 1)
        ]
        ax.axhline(HEAVY_PERCENT, color=PALETTE["black"], lw=1.0, ls=(0, (4, 3)), zorder=1)
        ax.text(
            0.995,
            HEAVY_PERCENT + 0.8,
            f"{_fmt(HEAVY_PERCENT)} % 1RM: {REST_DAYS_AFTER_HEAVY} rest days after",
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="bottom",
            fontsize=7,
        )
        self.selected = [
            a.axvspan(0.5, 1.5, color=PALETTE["yellow"], alpha=0.35, lw=0, zorder=0.5)
            for a in (ax, bx)
        ]
        self.lines = {}
        for lift in MAIN_LIFTS:
            (self.lines[lift],) = ax.plot(
                [],
                [],
                _LIFT_STYLES[lift],
                marker=_LIFT_MARKERS[lift],
                ms=4,
                lw=1.6,
                color=LIFT_COLOURS[lift],
                label=lift,
                zorder=3,
            )
        ax.set_ylabel("heaviest set (%1RM)")
        ax.set_ylim(*PERCENT_AXIS)
        ax.legend(loc="lower center", ncol=4, fontsize=8, handlelength=2.4)
        # Two collections (training weeks, deload weeks) instead of 16 bars: each is
        # drawn in one call, which keeps the blitted update quick.
        self.bars = PolyCollection([], lw=0, zorder=2)
        self.deload_bars = PolyCollection(
            [], hatch="//", edgecolor=PALETTE["black"], lw=0.6, alpha=0.45, zorder=2
        )
        bx.add_collection(self.bars)
        bx.add_collection(self.deload_bars)
        bx.set_ylabel("sets per week")
        bx.set_xlabel("week (hatched: deload, easy sets)")
        for a in (ax, bx):
            a.grid(axis="x", visible=False)
        # The title names the plan (goal, days, weeks, training status, scheme); it is
        # animated, so a new plan redraws it over the cached background.
        self.title = ax.set_title("Heaviest set of each main lift, and sets per week")
        # The week axis always spans the longest plan, so a plan of any length is drawn
        # over the same cached background; its deload bands appear as animated artists.
        longest = WEEKS_RANGE[1]
        for a in (ax, bx):
            a.set_xlim(0.5, longest + 0.5)
            a.set_xticks(range(1, longest + 1))
        animate(*self.lines.values(), self.bars, self.deload_bars, *self.selected)
        animate(*self.deload_bands, *self.deload_labels, self.title)
        animate(ax.get_legend())  # drawn after the animated bands, so it stays on top
        self._weeks = 0
        self.update(plan, week)

    def update(self, plan: Plan, week: int | None = None) -> None:
        """Show ``plan`` (and highlight ``week``, default the week shown before)."""
        series = plan_series(plan)
        n = len(series.weeks)
        for lift, line in self.lines.items():  # nudged apart so equal values stay visible
            line.set_data(series.weeks + _LIFT_OFFSETS[lift], series.top_percent[lift])
        colour = GOAL_COLOURS.get(plan.goal, PALETTE["black"])
        for bars, keep in ((self.bars, ~series.deload), (self.deload_bars, series.deload)):
            bars.set_verts(
                [
                    [(w - 0.35, 0.0), (w - 0.35, h), (w + 0.35, h), (w + 0.35, 0.0)]
                    for w, h in zip(series.weeks[keep], series.sets[keep], strict=True)
                ]
            )
            bars.set_facecolor(colour)
        deloads = [int(w) for w in series.weeks[series.deload]]
        for bands, (low, high) in zip(
            self.deload_bands, (PERCENT_AXIS, (0.0, 1e6)), strict=True
        ):  # the sets axis grows: its bands reach far above any plan
            bands.set_verts(
                [
                    [(w - 0.5, low), (w - 0.5, high), (w + 0.5, high), (w + 0.5, low)]
                    for w in deloads
                ]
            )
        for w, label in enumerate(self.deload_labels, start=1):
            label.set_visible(w in deloads)
        self._weeks = n
        high = float(series.sets.max()) if n else 1.0
        _, high_lim = steady_limits(self.ax_sets.get_ylim(), 0.0, high, min_fill=0.55)
        set_limits(self.ax_sets, ylim=(0.0, high_lim))
        self.title.set_text(
            f"{_goal_name(plan.goal).capitalize()} plan: {plan.days_per_week} days × {n} weeks,"
            f" {plan.experience}, {plan.scheme}"
        )
        self.plan = plan
        self.series = series
        self.select_week(week if week is not None else getattr(self, "week", 1))

    def select_week(self, week: int) -> None:
        """Highlight ``week`` (clipped to the plan's weeks)."""
        week = min(max(int(week), 1), max(self._weeks, 1))
        for band in self.selected:
            band.set_x(week - 0.5)
        self.week = week

    def alt_text(self) -> str:
        """A sentence describing what the chart shows now."""
        s = self.series
        train = ~s.deload
        percents = np.concatenate([v[train] for v in s.top_percent.values()])
        percents = percents[~np.isnan(percents)]
        deloads = s.weeks[s.deload]
        text = (
            f"Two charts of a {len(s.weeks)}-week {_goal_name(self.plan.goal)} plan with "
            f"{self.plan.scheme} progression. Top: the heaviest set of each main lift each "
            f"week, between {_fmt(percents.min())} and {_fmt(percents.max())} % 1RM in "
            "training weeks"
        )
        if len(deloads):
            dl = np.concatenate([v[s.deload] for v in s.top_percent.values()])
            dl = dl[~np.isnan(dl)]
            text += f", down to {_span(dl)} % in deload {_weeks_text(deloads)}"
        text += f"; {int(s.heavy_sets.sum())} sets at {_fmt(HEAVY_PERCENT)} % or more. "
        text += f"Bottom: sets per week, {_span(s.sets[train])} hard sets in training weeks"
        if len(deloads):
            text += f", {_span(s.sets[s.deload])} easy sets in deloads"
        return text + f". Week {self.week} is highlighted."


# ------------------------------------------------------------------ compound vs isolation


def sets_by_kind(plan: Plan, week: int = 1) -> dict[str, int]:
    """Sets of ``week`` by kind: ``{"main": …, "compound": …, "isolation": …}``.

    *main* counts the lifts with a 1RM (the barbell lifts), *compound* the
    multi-joint accessories and *isolation* the single-joint ones.
    """
    found = [w for w in plan.weeks if w.number == week]
    if not found:
        raise ValueError(f"week={week!r} is not a week of the plan: use 1–{len(plan.weeks)}.")
    counts = dict.fromkeys(KIND_LABELS, 0)
    for session in found[0].sessions:
        for item in session.prescriptions:
            kind = "main" if item.percent_1rm is not None else item.kind
            counts[kind] += item.sets
    return counts


def exercise_mix_figure(plans: Mapping[str, Plan], week: int = 1) -> tuple[Figure, str]:
    """Horizontal stacked bars: the sets of one week by kind of exercise, per plan.

    ``plans`` maps a label (e.g. the goal) to a plan; bars are drawn top to bottom
    in its order.
    """
    if not plans:
        raise ValueError("plans is empty: give at least one {label: Plan}.")
    fig, ax = new_figure(figsize=(6.4, 2.9))
    labels = list(plans)
    y = np.arange(len(labels))[::-1]
    counts = {label: sets_by_kind(plan, week) for label, plan in plans.items()}
    left = np.zeros(len(labels))
    for kind, name in KIND_LABELS.items():
        values = np.array([counts[label][kind] for label in labels], dtype=float)
        ax.barh(
            y,
            values,
            left=left,
            color=KIND_COLOURS[kind],
            hatch=_KIND_HATCHES[kind],
            edgecolor="white",
            height=0.6,
            label=name,
        )
        for yi, lo, v in zip(y, left, values, strict=True):
            if v >= 4:
                ax.text(
                    lo + v / 2,
                    yi,
                    f"{v:g}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white",
                    fontweight="bold",
                )
        left += values
    for yi, label in zip(y, labels, strict=True):
        names = {
            item.exercise
            for session in plans[label].weeks[week - 1].sessions
            for item in session.prescriptions
        }
        ax.text(
            left[labels.index(label)] + 1, yi, f"{len(names)} exercises", va="center", fontsize=8
        )
    ax.set_yticks(y, labels)
    ax.set_xlabel(f"sets in week {week}")
    ax.set_xlim(0, left.max() * 1.25)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, 1.22), ncol=3, fontsize=8)
    parts = []
    for label in labels:
        c = counts[label]
        parts.append(
            f"{label}: {c['main']} sets of main barbell lifts, {c['compound']} of compound "
            f"accessories and {c['isolation']} of isolation exercises"
        )
    alt = (
        f"Stacked bar chart of the sets in week {week} by kind of exercise; "
        + "; ".join(parts)
        + "."
    )
    return fig, alt


# -------------------------------------------------------------------- periodization schemes


def _exposures(plan: Plan, lift: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """%1RM of each exposure (slot) of ``lift``: ``{"Mon": (x, percent)}``, x in weeks."""
    slots: dict[str, tuple[list[float], list[float]]] = {}
    for week in plan.weeks:
        for session in week.sessions:
            for item in session.prescriptions:
                if item.exercise == lift and item.percent_1rm is not None:
                    xs, ps = slots.setdefault(session.weekday, ([], []))
                    xs.append(week.number + (session.day - 1) / 7.0)
                    ps.append(item.percent_1rm)
    return {day: (np.array(x), np.array(p)) for day, (x, p) in slots.items()}


def schemes_figure(plans: Mapping[str, Plan], lift: str = "squat") -> tuple[Figure, str]:
    """Periodization schemes side by side: ``lift``'s %1RM and hard sets per week.

    ``plans`` maps a scheme's label to a plan (same goal, days and weeks, one per
    scheme). Top row: the %1RM of each session's ``lift`` (one line per weekday it
    is trained), plotted at its day inside the week. Bottom row: hard sets per week
    of the whole plan. Deload weeks are shaded.
    """
    if not plans:
        raise ValueError("plans is empty: give {scheme: Plan}.")
    if lift not in MAIN_LIFTS:
        raise ValueError(f"lift={lift!r} is not a main lift: use one of {', '.join(MAIN_LIFTS)}.")
    cols = len(plans)
    fig, axes = new_figure(2, cols, figsize=(3.1 * cols + 0.6, 4.6))
    axes = np.asarray(axes).reshape(2, cols)
    day_styles = (("-", "o"), ("--", "s"), (":", "^"))
    top_sets = max(float(plan_series(p).sets.max()) for p in plans.values())
    alt_parts = []
    for c, (label, plan) in enumerate(plans.items()):
        ax, bx = axes[0, c], axes[1, c]
        series = plan_series(plan)
        n = len(series.weeks)
        for a in (ax, bx):
            for w in series.weeks[series.deload]:
                a.axvspan(w - 0.5, w + 0.5, color=_DELOAD_GREY, alpha=0.6, lw=0, zorder=0)
            a.set_xlim(0.5, n + 0.5)
            a.set_xticks(range(1, n + 1, 1 if n <= 8 else 2 if n <= 12 else 4))
            a.grid(axis="x", visible=False)
        exposures = _exposures(plan, lift)
        colour = GOAL_COLOURS.get(plan.goal, PALETTE["black"])
        shades = (colour, PALETTE["black"], PALETTE["orange"])
        for i, (day, (x, p)) in enumerate(exposures.items()):
            style, marker = day_styles[i % 3]
            ax.plot(
                x - 0.5 + 1 / 14,
                p,
                style,
                marker=marker,
                ms=3.5,
                lw=1.3,
                color=shades[i % 3],
                label=f"{day} {lift}",
            )
        ax.axhline(HEAVY_PERCENT, color=PALETTE["black"], lw=0.8, ls=(0, (4, 3)))
        ax.set_ylim(*PERCENT_AXIS)
        ax.set_title(label)
        ax.legend(loc="lower center", fontsize=7, ncol=2, handlelength=2.2)
        bx.bar(
            series.weeks,
            series.sets,
            width=0.7,
            color=[to_rgba(colour, 0.45 if d else 1.0) for d in series.deload],
            hatch=["//" if d else "" for d in series.deload],
            edgecolor=[PALETTE["black"] if d else colour for d in series.deload],
            linewidth=[0.6 if d else 0.0 for d in series.deload],
        )
        bx.set_ylim(0, top_sets * 1.12)
        bx.set_xlabel("week")
        if c == 0:
            ax.set_ylabel(f"{lift} (%1RM)")
            bx.set_ylabel("sets per week")
        train = ~series.deload
        all_p = np.concatenate([p for _, p in exposures.values()])
        alt_parts.append(
            f"{label}: {lift} from {_fmt(all_p.min())} to {_fmt(all_p.max())} % 1RM, "
            f"{_span(series.sets[train])} sets per training week and "
            f"{_span(series.sets[series.deload])} per deload week"
        )
    first = next(iter(plans.values()))
    alt = (
        f"Line and bar charts comparing {', '.join(plans)} periodization for the same "
        f"{len(first.weeks)}-week, {first.days_per_week}-day {_goal_name(first.goal)} plan: "
        + "; ".join(alt_parts)
        + ". Deload weeks are shaded."
    )
    return fig, alt


# --------------------------------------------------------------------- the 2-day rule


def heavy_rest_figure(plan: Plan, weeks: Sequence[int]) -> tuple[Figure, str]:
    """A calendar of the muscles the main lifts train, day by day, over ``weeks``.

    A cell is filled when the muscle is trained that day: vermillion (with the
    %1RM) when a set at 90 % 1RM or more trains it, blue otherwise; the
    :data:`~liftlab.program.REST_DAYS_AFTER_HEAVY` days after heavy work are hatched.
    A plan that obeys the rule never has a filled cell inside a hatched stretch.
    """
    weeks = [int(w) for w in weeks]
    by_number = {w.number: w for w in plan.weeks}
    missing = [w for w in weeks if w not in by_number]
    if not weeks or missing:
        raise ValueError(f"weeks={weeks!r}: use weeks of the plan, 1–{len(plan.weeks)}.")
    muscles: list[str] = []
    for lift in MAIN_LIFTS:
        for muscle in exercise_credits(lift):
            if muscle not in muscles:
                muscles.append(muscle)
    n_days = 7 * len(weeks)
    level = np.full((len(muscles), n_days), np.nan)  # highest %1RM (0 = accessory only)
    for k, number in enumerate(weeks):
        for session in by_number[number].sessions:
            col = 7 * k + session.day - 1
            for item in session.prescriptions:
                value = item.percent_1rm if item.percent_1rm is not None else 0.0
                for muscle in exercise_credits(item.exercise) or dict(item.muscles):
                    if muscle in muscles:
                        r = muscles.index(muscle)
                        if not value <= level[r, col]:
                            level[r, col] = value
    fig, ax = new_figure(figsize=(7.2, 3.6))
    heavy_count = 0
    violations = 0
    for r in range(len(muscles)):
        for col in range(n_days):
            v = level[r, col]
            if np.isnan(v):
                continue
            heavy = v >= HEAVY_PERCENT - 1e-9
            colour = PALETTE["vermillion"] if heavy else PALETTE["sky_blue"]
            ax.add_patch(Rectangle((col, r), 1, 1, facecolor=colour, edgecolor="white", lw=1))
            if heavy:
                heavy_count += 1
                ax.text(
                    col + 0.5,
                    r + 0.5,
                    _fmt(v),
                    ha="center",
                    va="center",
                    fontsize=6.5,
                    color="white",
                    fontweight="bold",
                )
                for d in range(1, REST_DAYS_AFTER_HEAVY + 1):
                    if col + d < n_days:
                        if not np.isnan(level[r, col + d]):
                            violations += 1
                        ax.add_patch(
                            Rectangle(
                                (col + d, r),
                                1,
                                1,
                                facecolor="none",
                                hatch="////",
                                edgecolor=PALETTE["vermillion"],
                                lw=0,
                            )
                        )
    ax.set_xlim(0, n_days)
    ax.set_ylim(len(muscles), 0)
    ax.set_xticks(np.arange(n_days) + 0.5, [WEEKDAYS[d % 7][:2] for d in range(n_days)], fontsize=7)
    ax.set_yticks(np.arange(len(muscles)) + 0.5, muscles, fontsize=8)
    ax.grid(False)
    for k in range(1, len(weeks)):
        ax.axvline(7 * k, color=PALETTE["black"], lw=1.2)
    for k, number in enumerate(weeks):
        ax.text(
            7 * k + 3.5,
            -0.25,
            f"week {number}",
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
        )
    ax.tick_params(length=0)
    handles = [
        Rectangle((0, 0), 1, 1, facecolor=PALETTE["vermillion"]),
        Rectangle((0, 0), 1, 1, facecolor=PALETTE["sky_blue"]),
        Rectangle((0, 0), 1, 1, facecolor="none", hatch="////", edgecolor=PALETTE["vermillion"]),
    ]
    ax.legend(
        handles,
        [
            f"set at ≥{_fmt(HEAVY_PERCENT)} % 1RM (number: %1RM)",
            "trained, lighter",
            f"{REST_DAYS_AFTER_HEAVY} rest days after heavy work",
        ],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=7.5,
    )
    alt = (
        f"Calendar of {_weeks_text(weeks)} of a {plan.days_per_week}-day "
        f"{_goal_name(plan.goal)} plan: rows are {len(muscles)} muscles the main lifts "
        f"train, columns the days. {heavy_count} muscle-days get a set at "
        f"{_fmt(HEAVY_PERCENT)} % 1RM or more, each followed by {REST_DAYS_AFTER_HEAVY} "
        f"hatched rest days; {violations} of those rest days are trained"
        + (" (the rule holds)." if violations == 0 else ".")
    )
    return fig, alt


# ------------------------------------------------------------------------- goals compared


def goal_comparison_figure(plans: Mapping[str, Plan]) -> tuple[Figure, str]:
    """Three bar charts: weekly hard sets, weekly volume-load and mean %1RM per plan.

    ``plans`` maps a goal (``"strength"``, ``"hypertrophy"``, ``"both"``) to the same
    lifter's plan for that goal; the averages are over training weeks
    (:func:`plan_summary`).
    """
    if not plans:
        raise ValueError("plans is empty: give {goal: Plan}.")
    units = {p.unit for p in plans.values()}
    if len(units) != 1:
        raise ValueError(f"plans use different units {sorted(units)}: use one unit.")
    unit = units.pop()
    summaries = {goal: plan_summary(plan) for goal, plan in plans.items()}
    fig, axes = new_figure(1, 3, figsize=(7.6, 3.0))
    panels = (
        ("hard_sets", "hard sets per week", "{:.0f}"),
        ("volume_load", f"volume-load per week\n(barbell lifts, {unit})", "{:,.0f}"),
        ("mean_percent", "mean %1RM of barbell sets", "{:.1f}"),
    )
    goals = list(plans)
    x = np.arange(len(goals))
    for ax, (key, label, fmt) in zip(axes, panels, strict=True):
        values = [summaries[g][key] for g in goals]
        for xi, g, v in zip(x, goals, values, strict=True):
            ax.bar(
                xi,
                v,
                width=0.65,
                color=GOAL_COLOURS.get(g, PALETTE["black"]),
                hatch=_GOAL_HATCHES.get(g, ""),
                edgecolor="white",
            )
            ax.text(xi, v, fmt.format(v), ha="center", va="bottom", fontsize=8)
        ax.set_xticks(x, [_GOAL_LABELS.get(g, g) for g in goals], fontsize=8)
        ax.set_title(label, fontsize=9)
        ax.grid(axis="x", visible=False)
        top = max(values)
        if key == "mean_percent":
            ax.set_ylim(0, 100)
        else:
            ax.set_ylim(0, top * 1.18)
    parts = [
        f"{_GOAL_LABELS.get(g, g)}: {summaries[g]['hard_sets']:.0f} hard sets, "
        f"{summaries[g]['volume_load']:,.0f} {unit} and {summaries[g]['mean_percent']:.1f} % "
        "1RM on average"
        for g in goals
    ]
    alt = (
        "Three bar charts comparing the same lifter's plans by goal, averaged over the "
        "training weeks (weekly hard sets, weekly volume-load of the barbell lifts, mean "
        "%1RM of the barbell sets): " + "; ".join(parts) + "."
    )
    return fig, alt


# ----------------------------------------------------------------- training status compared


def experience_comparison_figure(
    plans: Mapping[str, Plan], lift: str = "squat"
) -> tuple[Figure, str]:
    """Plans for different training statuses side by side (e.g. beginner and advanced).

    Left: the heaviest %1RM of ``lift`` in each week of each plan, deload weeks as
    hollow markers, with the 90 % line. Right: the hard sets each major muscle gets in
    week 1 of each plan (fractional counting), each plan's weekly band
    (:func:`liftlab.program.weekly_set_band`) drawn as a bracket of its colour.

    ``plans`` maps a label to a plan; every number is read off the plans.
    """
    if not plans:
        raise ValueError("plans is empty: give {label: Plan}.")
    if lift not in MAIN_LIFTS:
        raise ValueError(f"lift={lift!r} is not a main lift: use one of {', '.join(MAIN_LIFTS)}.")
    fig, (ax, bx) = new_figure(1, 2, figsize=(8.4, 4.6))
    labels = list(plans)
    colours = dict(
        zip(
            labels,
            (PALETTE["sky_blue"], PALETTE["vermillion"], PALETTE["bluish_green"]),
            strict=False,
        )
    )
    markers = dict(zip(labels, ("o", "s", "^"), strict=False))
    styles = dict(zip(labels, ("-", "--", ":"), strict=False))
    longest = max(len(p.weeks) for p in plans.values())
    alt_parts = []
    for label, plan in plans.items():
        series = plan_series(plan)
        top = series.top_percent[lift]
        colour = colours.get(label, PALETTE["black"])
        ax.plot(series.weeks, top, styles.get(label, "-"), color=colour, lw=1.6, label=label)
        train, dl = ~series.deload, series.deload
        ax.plot(series.weeks[train], top[train], markers.get(label, "o"), color=colour, ms=4.5)
        ax.plot(series.weeks[dl], top[dl], markers.get(label, "o"), mfc="white", mec=colour, ms=6)
        deloads = [int(w) for w in series.weeks[dl]]
        alt_parts.append(
            f"{label}: {lift} from {_fmt(np.nanmin(top[train]))} to "
            f"{_fmt(np.nanmax(top[train]))} % 1RM, deloads in {_weeks_text(deloads)}"
        )
    ax.axhline(HEAVY_PERCENT, color=PALETTE["black"], lw=0.9, ls=(0, (4, 3)))
    ax.text(longest + 0.4, HEAVY_PERCENT + 0.6, f"{_fmt(HEAVY_PERCENT)} %", ha="right", fontsize=7)
    ax.set_xlim(0.5, longest + 0.5)
    ax.set_xticks(range(1, longest + 1, 1 if longest <= 12 else 2))
    ax.set_ylim(55, 100)
    ax.set_xlabel("week (hollow: deload)")
    ax.set_ylabel(f"heaviest {lift} set (%1RM)")
    ax.set_title(f"Heaviest {lift} set each week", fontsize=10)
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", visible=False)

    muscles = list(MAJOR_MUSCLES)
    y = np.arange(len(muscles))[::-1]
    height = 0.8 / len(plans)
    muscle_parts = []
    for k, (label, plan) in enumerate(plans.items()):
        sets = plan.weekly_hard_sets()[0]
        values = np.array([sets.get(m, 0.0) for m in muscles])
        colour = colours.get(label, PALETTE["black"])
        offset = (k - (len(plans) - 1) / 2) * height
        bx.barh(
            y - offset,
            values,
            height=height * 0.9,
            color=colour,
            hatch=("", "//", "..")[k % 3],
            edgecolor="white",
            label=label,
        )
        low, high = plan.profile.weekly_sets
        if plan.goal != "strength":
            for edge in (low, high):
                bx.axvline(
                    edge,
                    color=colour,
                    lw=1.2,
                    ls=("-", "--", ":")[k % 3],
                    zorder=0,
                    label=f"{label} band, {_fmt(low)}–{_fmt(high)}" if edge == low else None,
                )
            muscle_parts.append(
                f"{label}: {_span(values)} hard sets per muscle in week 1 "
                f"(band {_fmt(low)}–{_fmt(high)})"
            )
        else:
            muscle_parts.append(f"{label}: {_span(values)} hard sets per muscle in week 1")
    bx.set_yticks(y, muscles, fontsize=8)
    bx.set_xlabel("hard sets in week 1 (lines: the level's band)")
    bx.set_title("Weekly hard sets per muscle", fontsize=10)
    bx.grid(axis="y", visible=False)
    # Under the axes, not over the bars.
    bx.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=7.5, frameon=False)
    first = next(iter(plans.values()))
    names = " and ".join(labels) if len(labels) < 3 else ", ".join(labels)
    alt = (
        f"Two charts comparing {names} {first.days_per_week}-day "
        f"{_goal_name(first.goal)} plans. Left, line chart: "
        + "; ".join(alt_parts)
        + ". Right, bar chart: "
        + "; ".join(muscle_parts)
        + "."
    )
    return fig, alt
