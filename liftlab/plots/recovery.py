"""Figures for rest and recovery: rest between sets, session length, fatigue, fitness–fatigue.

* :func:`rest_ranges_figure`: rest between sets, the article's ranges against older
  advice and the two arms of Schoenfeld et al. (2016) [@schoenfeld2016].
* :func:`rest_evidence_figure`: muscle growth by rest length pooled over nine trials,
  with credible intervals (Singer et al. 2024) [@singer2024].
* :class:`SessionTimeChart`: work and rest minutes of a hypertrophy and a strength
  session side by side (:func:`liftlab.recovery.session_duration`); the session timer
  updates it in place.
* :func:`session_demands_figure`: set by set, the reps done and the reps left in
  reserve of a heavy and a moderate session (NSCA %1RM table).
* :func:`rest_days_figure`: rest days before training a muscle hard again, against
  the heaviest load of the session (:func:`liftlab.recovery.days_until_hard_again`).
* :class:`FitnessFatigueChart`: fitness, fatigue and performance over the weeks of a
  plan (:func:`liftlab.recovery.fitness_fatigue`); the simulator updates it in place.
* :func:`one_session_figure`: performance after one session for two parameter sets,
  against the recovery measured after resistance sessions (Thomas et al. 2018;
  Helland et al. 2020) [@thomas2018; @helland2020].
* :func:`taper_models_figure`: test-day performance against the taper load in the
  model, next to the volume cut that worked best in tapering studies (Bosquet et al.
  2007) [@bosquet2007].
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import blended_transform_factory

from liftlab.formatting import format_number
from liftlab.one_rep_max import nsca_reps
from liftlab.plots.style import (
    GOAL_COLOURS,
    PALETTE,
    animate,
    new_figure,
    set_limits,
    steady_limits,
)
from liftlab.recovery import (
    BOSQUET_2007_VOLUME_CUT,
    DEFAULT_PARAMETERS,
    DEFAULT_SECONDS_PER_REP,
    DEFAULT_SETUP_S,
    HEAVY_PERCENT_1RM,
    HELLAND_2020_NOT_RECOVERED_DAY,
    LIGHT_PERCENT_1RM,
    REST_MINUTES,
    SEASON_FIT_PARAMETERS,
    SINGER_2024_LONGER_MINUS_SHORT,
    SINGER_2024_REST_CATEGORIES,
    THOMAS_2018_RECOVERED_DAY,
    BanisterParameters,
    FitnessFatigue,
    days_until_hard_again,
    fitness_fatigue,
    recovery_day,
    session_duration,
    shared_interval,
    taper_response,
)
from liftlab.validation import check_integer, check_range

__all__ = [
    "OLDER_HYPERTROPHY_REST_MINUTES",
    "SCHOENFELD_2016_REST_MINUTES",
    "FitnessFatigueChart",
    "SessionTimeChart",
    "best_words",
    "compact_number",
    "one_session_figure",
    "rest_days_figure",
    "rest_evidence_figure",
    "rest_ranges_figure",
    "session_demands_figure",
    "session_parts",
    "taper_models_figure",
]

#: Rest between sets long recommended for hypertrophy, minutes: 30 s to 1.5 min, as
#: in the NSCA's textbook table of rest by training goal (Baechle & Earle 2008,
#: *Essentials of Strength Training and Conditioning*, 3rd ed.).
OLDER_HYPERTROPHY_REST_MINUTES: tuple[float, float] = (0.5, 1.5)
#: The two rests compared by Schoenfeld et al. (2016), minutes: 1 min (SHORT) and
#: 3 min (LONG); 21 trained men, 8 weeks, 3 sets of 8–12RM of 7 exercises, 3 times a
#: week. LONG gained more 1RM squat and bench press strength and more anterior-thigh
#: muscle thickness (*J Strength Cond Res* 30(7):1805–1812).
SCHOENFELD_2016_REST_MINUTES: tuple[float, float] = (1.0, 3.0)

_GOALS = ("hypertrophy", "strength")


# ------------------------------------------------------------------ rest between sets


def rest_ranges_figure() -> tuple[Figure, str]:
    """Rest between sets: older advice, the article's two ranges, and Schoenfeld 2016.

    Returns ``(figure, alt)``.
    """
    fig, ax = new_figure(figsize=(6.4, 3.0))
    rows = [
        ("hypertrophy, older advice", OLDER_HYPERTROPHY_REST_MINUTES, "#BBBBBB", "..."),
        ("hypertrophy (article)", REST_MINUTES["hypertrophy"], GOAL_COLOURS["hypertrophy"], ""),
        ("strength (article)", REST_MINUTES["strength"], GOAL_COLOURS["strength"], "//"),
    ]
    for row, (_label, (low, high), colour, hatch) in enumerate(rows):
        ax.barh(
            row, high - low, left=low, height=0.55, color=colour, hatch=hatch, edgecolor="white"
        )
        ax.text(high + 0.08, row, f"{low:g}–{high:g} min", va="center", fontsize=9)
    study_row = len(rows)
    short, long = SCHOENFELD_2016_REST_MINUTES
    ax.plot([short, long], [study_row, study_row], "-", color="#777777", lw=1)
    ax.plot([short], [study_row], "o", ms=9, mfc="white", mec=PALETTE["black"], mew=1.5)
    ax.plot([long], [study_row], "o", ms=9, color=PALETTE["black"])
    ax.text(short, study_row - 0.32, f"{short:g} min", ha="center", fontsize=8.5)
    ax.text(
        long + 0.12, study_row, f"{long:g} min: more strength and size", va="center", fontsize=8.5
    )
    labels = [label for label, *_ in rows] + ["Schoenfeld et al. 2016"]
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.4, -0.6)
    ax.set_xlim(0, 6.5)
    ax.set_xlabel("rest between sets (minutes)")
    ax.set_title("How long to rest between sets")
    ax.grid(axis="y", visible=False)
    ranges = "; ".join(f"{label} {low:g}–{high:g} min" for label, (low, high), *_ in rows)
    alt = (
        f"Horizontal bars of rest between sets: {ranges}. Below, Schoenfeld et al. 2016 "
        f"compared {short:g} and {long:g} min; {long:g} min gave more strength and size."
    )
    return fig, alt


def rest_evidence_figure() -> tuple[Figure, str]:
    """Muscle growth by rest between sets, pooled over trials (Singer et al. 2024).

    Left: pre–post standardised mean difference in muscle size for each of the four rest
    categories, with 95 % credible intervals, and the band that every interval shares
    (:func:`liftlab.recovery.shared_interval`). Right: the controlled comparisons,
    longer minus short rest, for arm, thigh and whole-body measures, against zero.
    Returns ``(figure, alt)``.
    """
    fig, (left, right) = new_figure(1, 2, figsize=(6.4, 3.0))
    fig.get_layout_engine().set(wspace=0.08)
    shared = shared_interval(SINGER_2024_REST_CATEGORIES)
    rows = list(SINGER_2024_REST_CATEGORIES)
    y = np.arange(len(rows))
    if shared is not None:
        left.axvspan(*shared, color=PALETTE["sky_blue"], alpha=0.25, lw=0)
        left.text(
            (shared[0] + shared[1]) / 2, -0.75, "inside every interval", ha="center",
            fontsize=7.5, color="#333333",
        )  # fmt: skip
    for row, item in zip(y, rows, strict=True):
        left.plot([item.low, item.high], [row, row], "-", color=PALETTE["black"], lw=1.5)
        left.plot([item.estimate], [row], "o", ms=7, color=GOAL_COLOURS["hypertrophy"])
    left.set_yticks(y, [item.label for item in rows])
    left.set_ylim(len(rows) - 0.5, -1.1)
    left.set_xlim(0, 1.25)
    left.set_xlabel("growth, pre–post SMD", fontsize=9)
    left.set_title("Growth by rest length", fontsize=10)
    left.grid(axis="y", visible=False)
    diffs = list(SINGER_2024_LONGER_MINUS_SHORT)
    y2 = np.arange(len(diffs))
    right.axvline(0, color="#777777", lw=1)
    for row, item in zip(y2, diffs, strict=True):
        right.plot([item.low, item.high], [row, row], "-", color=PALETTE["black"], lw=1.5)
        right.plot([item.estimate], [row], "D", ms=6, color=PALETTE["vermillion"])
    right.set_yticks(y2, [item.label for item in diffs])
    right.set_ylim(len(diffs) - 0.5, -0.9)
    right.set_xlim(-0.6, 0.7)
    right.text(0.35, -0.65, "favours longer →", ha="center", fontsize=7.5, color="#333333")
    right.text(-0.35, -0.65, "← favours shorter", ha="center", fontsize=7.5, color="#333333")
    right.set_xlabel("longer minus short rest, SMD", fontsize=9)
    right.set_title("Longer vs short rest", fontsize=10)
    right.grid(axis="y", visible=False)
    fig.suptitle("Rest between sets and muscle growth (Singer et al. 2024)", fontweight="bold")
    categories = "; ".join(
        f"{item.label} {item.estimate:.2f} ({item.low:.2f} to {item.high:.2f})" for item in rows
    )
    differences = "; ".join(
        f"{item.label} {item.estimate:+.2f} ({item.low:.2f} to {item.high:.2f})" for item in diffs
    )
    overlap = (
        f" Every interval contains {shared[0]:.2f} to {shared[1]:.2f}."
        if shared is not None
        else ""
    )
    alt = (
        "Two panels of estimates with 95 % credible intervals from Singer et al. 2024. Left, "
        f"muscle growth (standardised mean difference) by rest category: {categories}."
        f"{overlap} Right, longer minus short rest: {differences}"
        + ("; every interval crosses zero." if all(d.low < 0 < d.high for d in diffs) else ".")
    )
    return fig, alt


# ------------------------------------------------------------------- session length


def session_parts(
    sets: int,
    reps: int,
    rest_min: float,
    seconds_per_rep: float = DEFAULT_SECONDS_PER_REP,
    setup_s: float = DEFAULT_SETUP_S,
) -> tuple[float, float]:
    """``(work, rest)`` minutes of a session; their sum is
    :func:`liftlab.recovery.session_duration`."""
    total = float(session_duration(sets, reps, rest_min, seconds_per_rep, setup_s))
    work = float(session_duration(sets, reps, 0.0, seconds_per_rep, setup_s))
    return work, total - work


def _nice_top(value: float, step: float) -> float:
    """``value`` rounded up to a multiple of ``step`` (at least one step)."""
    return step * max(1.0, float(np.ceil(value / step)))


class SessionTimeChart:
    """Two horizontal stacked bars, work and rest minutes, for hypertrophy and strength.

    A whisker on each bar spans the session length over the goal's whole rest range
    (:data:`liftlab.recovery.REST_MINUTES`) for the same sets and reps. Build once,
    then :meth:`update`: bars, whiskers and labels are animated artists (redrawn over
    a cached background); the x-axis grows in 30-minute steps only when it must.

    ``sessions`` maps each goal to ``(sets, reps, rest_min)``.
    """

    def __init__(
        self,
        sessions: Mapping[str, tuple[int, int, float]],
        seconds_per_rep: float = DEFAULT_SECONDS_PER_REP,
        setup_s: float = DEFAULT_SETUP_S,
    ) -> None:
        self.figure, self.ax = new_figure(figsize=(6.4, 2.7))
        ax = self.ax
        rows = range(len(_GOALS))
        self.work_bars = list(
            ax.barh(rows, [0, 0], height=0.45, color=[GOAL_COLOURS[g] for g in _GOALS])
        )
        self.rest_bars = list(
            ax.barh(
                rows,
                [0, 0],
                height=0.45,
                color=["#C9DDF0", "#F5D0B8"],
                hatch="//",
                edgecolor=[GOAL_COLOURS[g] for g in _GOALS],
                lw=0,
            )
        )
        (self.whiskers,) = ax.plot([], [], "-", color=PALETTE["black"], lw=1.2)
        self.totals = [
            ax.text(0, row, "", va="center", fontsize=9, fontweight="bold") for row in rows
        ]
        self.details = [ax.text(0, row - 0.3, "", va="bottom", fontsize=8) for row in rows]
        ax.legend(
            [self.work_bars[0], self.rest_bars[0], self.whiskers],
            ["work (lifting, set-up)", "rest between sets", "over the goal's rest range"],
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            ncols=3,
            fontsize=8,
        )
        ax.set_yticks(list(rows), list(_GOALS))
        ax.set_ylim(len(_GOALS) - 0.5, -0.75)
        ax.set_xlabel("session length (minutes)")
        ax.grid(axis="y", visible=False)
        animate(*self.work_bars, *self.rest_bars, self.whiskers, *self.totals, *self.details)
        self.update(sessions, seconds_per_rep, setup_s)

    def _lengths(self, sessions, seconds_per_rep, setup_s):
        out = {}
        for goal in _GOALS:
            if goal not in sessions:
                raise ValueError(f"sessions has no {goal!r} entry: give both goals.")
            sets, reps, rest = sessions[goal]
            work, rest_total = session_parts(sets, reps, rest, seconds_per_rep, setup_s)
            span = session_duration(
                sets, reps, np.array(REST_MINUTES[goal]), seconds_per_rep, setup_s
            )
            out[goal] = (work, rest_total, (float(span[0]), float(span[1])))
        return out

    def update(
        self,
        sessions: Mapping[str, tuple[int, int, float]],
        seconds_per_rep: float = DEFAULT_SECONDS_PER_REP,
        setup_s: float = DEFAULT_SETUP_S,
    ) -> None:
        """Redraw for new sessions (raises ``ValueError`` for bad input)."""
        lengths = self._lengths(sessions, seconds_per_rep, setup_s)
        xs: list[float] = []
        ys: list[float] = []
        ends = []
        for row, goal in enumerate(_GOALS):
            work, rest, (low, high) = lengths[goal]
            self.work_bars[row].set_width(work)
            self.rest_bars[row].set_x(work)
            self.rest_bars[row].set_width(rest)
            cap = 0.1
            xs += [low, high, np.nan, low, low, np.nan, high, high, np.nan]
            ys += [row, row, np.nan, row - cap, row + cap, np.nan, row - cap, row + cap, np.nan]
            ends.append(max(work + rest, high))
        top = _nice_top(max(ends) * 1.2 + 4.0, 30.0)
        set_limits(self.ax, xlim=(0.0, top))
        for row, goal in enumerate(_GOALS):
            work, rest, _ = lengths[goal]
            sets, reps, rest_min = sessions[goal]
            self.totals[row].set_position((ends[row] + 0.012 * top, row))
            self.totals[row].set_text(f"{work + rest:.0f} min")
            self.details[row].set_position((0.005 * top, row - 0.26))
            self.details[row].set_text(f"{sets:g} sets × {reps:g} reps, {rest_min:g} min rest")
        self.whiskers.set_data(xs, ys)

    def alt_text(
        self,
        sessions: Mapping[str, tuple[int, int, float]],
        seconds_per_rep: float = DEFAULT_SECONDS_PER_REP,
        setup_s: float = DEFAULT_SETUP_S,
    ) -> str:
        """A sentence describing what the chart shows now."""
        lengths = self._lengths(sessions, seconds_per_rep, setup_s)
        parts = []
        for goal in _GOALS:
            work, rest, (low, high) = lengths[goal]
            sets, reps, rest_min = sessions[goal]
            r_low, r_high = REST_MINUTES[goal]
            parts.append(
                f"{goal}, {sets:g} sets of {reps:g} with {rest_min:g} min rest: "
                f"{work + rest:.0f} min ({work:.0f} work, {rest:.0f} rest; {low:.0f}–{high:.0f} "
                f"min over the {r_low:g}–{r_high:g} min rest range)"
            )
        return "Stacked bars of session length. " + "; ".join(parts) + "."


# ------------------------------------------------------------------ kinds of fatigue


def session_demands_figure(
    sessions: Mapping[str, tuple[int, int, float]],
) -> tuple[Figure, str]:
    """Set by set, reps done and reps left in reserve, for each session.

    Parameters
    ----------
    sessions : mapping of str to (sets, reps, percent_1rm)
        E.g. ``{"strength": (5, 3, 87), "hypertrophy": (4, 10, 70)}``. The reps a
        fresh lifter could do at ``percent_1rm`` come from the NSCA table
        (:func:`liftlab.one_rep_max.nsca_reps`, 65–100 % 1RM); fatigue from set to
        set, which lowers that number, is not modelled.

    Returns ``(figure, alt)``.
    """
    if not sessions:
        raise ValueError("sessions is empty: give at least one session.")
    fig, axes = new_figure(1, len(sessions), figsize=(6.4, 3.2))
    axes = np.atleast_1d(axes)
    top = 0.0
    parts = []
    for ax, (goal, (sets, reps, percent)) in zip(axes, sessions.items(), strict=True):
        n_sets = check_integer("sets", sets, low=1)
        n_reps = check_integer("reps", reps, low=1)
        possible = float(nsca_reps(percent))
        if n_reps > possible + 1e-9:
            raise ValueError(
                f"reps={n_reps} at {percent:g}% 1RM is more than the ~{possible:.0f} reps "
                "the NSCA table allows: lower the reps or the load."
            )
        colour = GOAL_COLOURS.get(goal, PALETTE["black"])
        x = np.arange(1, n_sets + 1)
        ax.bar(x, n_reps, width=0.65, color=colour, label="reps done")
        ax.bar(
            x,
            possible - n_reps,
            bottom=n_reps,
            width=0.65,
            color="white",
            edgecolor=colour,
            hatch="//",
            lw=1,
            label="reps in reserve",
        )
        top = max(top, possible)
        ax.set_title(
            f"{goal}: {n_sets} × {n_reps} at {percent:g}% 1RM\n"
            f"{n_sets * n_reps} reps, ~{possible - n_reps:.0f} in reserve per set",
            fontsize=9.5,
        )
        ax.set_xticks(x)
        ax.set_xlabel("set")
        ax.grid(axis="x", visible=False)
        ax.legend(loc="upper right", fontsize=8)
        parts.append(
            f"{goal}, {n_sets} sets of {n_reps} at {percent:g}% 1RM: {n_sets * n_reps} reps, "
            f"about {possible - n_reps:.0f} left in reserve of the {possible:.0f} possible"
        )
    for ax in axes:
        ax.set_ylim(0, top * 1.45)
    axes[0].set_ylabel("reps per set")
    alt = "Bars of reps done and reps in reserve per set. " + "; ".join(parts) + "."
    return fig, alt


# ---------------------------------------------------------------- days between sessions


def rest_days_figure(low: float = 50.0) -> tuple[Figure, str]:
    """Rest days before training a muscle hard again, against the session's heaviest %1RM.

    Returns ``(figure, alt)``.
    """
    start = check_range("low", low, low=1.0, high=LIGHT_PERCENT_1RM)
    fig, ax = new_figure(figsize=(6.4, 3.0))
    percent = np.linspace(start, 100.0, 501)
    days = days_until_hard_again(percent)
    ax.plot(percent, days, "-", color=PALETTE["black"], lw=2, drawstyle="steps-post")
    spans = (
        (start, LIGHT_PERCENT_1RM, GOAL_COLOURS["hypertrophy"], "light: next day is fine"),
        (
            LIGHT_PERCENT_1RM,
            HEAVY_PERCENT_1RM,
            "#BBBBBB",
            "in between: no number\nin the article (1 day: a guess)",
        ),
        (HEAVY_PERCENT_1RM, 100.0, GOAL_COLOURS["strength"], "heavy"),
    )
    for left, right, colour, text in spans:
        ax.axvspan(left, right, color=colour, alpha=0.15, lw=0)
        ax.text((left + right) / 2, 2.55, text, ha="center", va="center", fontsize=8.5)
    heavy = days_until_hard_again(HEAVY_PERCENT_1RM)
    ax.annotate(
        f"≥ {HEAVY_PERCENT_1RM:g}% 1RM: {heavy} days",
        (HEAVY_PERCENT_1RM + 0.5, heavy),
        xytext=(HEAVY_PERCENT_1RM - 14, heavy - 0.45),
        fontsize=8.5,
        arrowprops={"arrowstyle": "->", "color": "#333333"},
    )
    ax.set_yticks([0, 1, 2])
    ax.set_ylim(-0.2, 2.9)
    ax.set_xlim(start, 100)
    ax.set_xlabel("heaviest load of the session (% 1RM)")
    ax.set_ylabel("rest days before\ntraining it hard again")
    ax.set_title("Rest between sessions for the same muscle")
    light = days_until_hard_again(start)
    middle = days_until_hard_again((LIGHT_PERCENT_1RM + HEAVY_PERCENT_1RM) / 2)
    alt = (
        f"Step chart of rest days against the heaviest load: {light} below "
        f"{LIGHT_PERCENT_1RM:g}% 1RM, {middle} from {LIGHT_PERCENT_1RM:g}% (a middle step the "
        f"article does not give) and {heavy} from {HEAVY_PERCENT_1RM:g}% 1RM."
    )
    return fig, alt


# --------------------------------------------------------------- fitness–fatigue model


def best_words(loads: np.ndarray, performance: np.ndarray) -> str:
    """The best day's label: "best: 377 (day 84)"; after a single session it also says how
    many days after the session that is ("best: 27 on day 41, 40 days after the session")."""
    daily = np.asarray(loads, dtype=float)
    best = int(np.argmax(performance))
    value = format_number(float(performance[best]), 0, grouping=True)
    sessions = np.flatnonzero(daily > 0)
    if sessions.size == 1 and best > sessions[0]:
        after = best - int(sessions[0])
        return (
            f"best: {value} on day {best + 1}, {after} day{'s' if after != 1 else ''} "
            "after the session"
        )
    return f"best: {value} (day {best + 1})"


def compact_number(value: float, _position: object = None) -> str:
    """A tick label of at most five characters: 0.25, 950, 1.5k, 12k, 3.4M (minus U+2212)."""
    size = abs(value)
    if size < 1e-9:
        return "0"
    for limit, suffix in ((1e6, "M"), (1e3, "k")):
        if size >= limit:
            scaled = size / limit
            text = format_number(scaled, 1 if scaled < 10 else 0) + suffix
            break
    else:
        text = format_number(size, 2 if size < 10 else 0)
    return ("\u2212" if value < 0 else "") + text


class FitnessFatigueChart:
    """Fitness, fatigue and performance over the weeks of a plan, updated in place.

    Top: the three curves of :func:`liftlab.recovery.fitness_fatigue`, plus (when
    given) performance without the taper as a dashed line, and a marker at the best
    day. Bottom: the daily training load. A shaded band marks the taper weeks. The
    legend lists the no-taper line only while it is drawn (``compare_taper=False``:
    never). Days are numbered from 1, the first day of the plan. Tick labels are
    compact (1.5k) and the layout is fixed once with room for the widest of them, so
    the axis label never runs into them whatever the numbers; with no training at all
    the axis shows −1 to 1 rather than a ×1e−9 scale.
    """

    def __init__(
        self,
        loads: np.ndarray,
        result: FitnessFatigue,
        *,
        without_taper: np.ndarray | None = None,
        taper_weeks: int = 0,
        compare_taper: bool = True,
    ) -> None:
        self.figure, (self.ax, self.load_ax) = new_figure(2, 1, figsize=(6.4, 4.8))
        self.load_ax.sharex(self.ax)
        self.ax.get_subplotspec().get_gridspec().set_height_ratios([3.0, 1.0])
        self.compare_taper = compare_taper
        ax = self.ax
        (self.fitness,) = ax.plot(
            [], [], "-", color=PALETTE["bluish_green"], lw=1.8, label="fitness"
        )
        (self.fatigue,) = ax.plot(
            [], [], "--", color=PALETTE["vermillion"], lw=1.8, label="fatigue"
        )
        (self.performance,) = ax.plot(
            [], [], "-", color=PALETTE["black"], lw=2.4, label="performance = fitness − fatigue"
        )
        (self.no_taper,) = ax.plot(
            [], [], ":", color="#555555", lw=1.8, label="performance without the taper"
        )
        (self.best,) = ax.plot(
            [], [], "o", ms=8, mfc=PALETTE["yellow"], mec=PALETTE["black"], zorder=5
        )
        self.best_text = ax.annotate(
            "", (0, 0), xytext=(0, 10), textcoords="offset points", ha="center", fontsize=8.5
        )
        ax.axhline(0, color="#777777", lw=0.8)
        ax.set_ylabel("performance units")
        ax.tick_params(labelbottom=False)
        self.tapers = []
        for axis in (self.ax, self.load_ax):
            band = Rectangle(
                (0, 0),
                0,
                1,
                transform=blended_transform_factory(axis.transData, axis.transAxes),
                color=PALETTE["sky_blue"],
                alpha=0.2,
                lw=0,
                zorder=0,
            )
            axis.add_patch(band)
            self.tapers.append(band)
        self.taper_text = ax.text(
            0, 0.97, "taper", transform=blended_transform_factory(ax.transData, ax.transAxes),
            ha="center", va="top", fontsize=8.5,
        )  # fmt: skip
        (self.stems,) = self.load_ax.plot([], [], "-", color=PALETTE["blue"], lw=2)
        self.load_ax.set_ylabel("load")
        self.load_ax.set_xlabel("week")
        self.load_ax.grid(axis="x", visible=False)
        for axis in (self.ax, self.load_ax):
            axis.yaxis.set_major_formatter(FuncFormatter(compact_number))
            # A fixed place for the label, clear of tick labels up to five characters
            # ("−2.5k"): matplotlib would otherwise move it left as the labels widen, off
            # the frozen layout's edge.
            axis.yaxis.set_label_coords(-0.105, 0.5)
        self.figure.suptitle("Fitness–fatigue model (Banister et al. 1975)", fontweight="bold")
        animate(
            self.fitness,
            self.fatigue,
            self.performance,
            self.no_taper,
            self.best,
            self.best_text,
            self.stems,
            *self.tapers,
            self.taper_text,
        )
        self.legend = None
        self._legend(with_taper=compare_taper)
        # Lay out once (axis labels at their fixed place, the longest legend), then freeze.
        self.ax.set_xlim(-0.2, 52.1)
        FigureCanvasAgg(self.figure).draw()
        self.figure.set_layout_engine("none")
        self.ax.set_ylim(0.0, 1.0)
        self.update(loads, result, without_taper=without_taper, taper_weeks=taper_weeks)

    def _legend(self, with_taper: bool) -> None:
        """The legend of what is drawn (rebuilt only when the no-taper line comes or goes)."""
        if self.legend is not None:
            self.legend.remove()
        handles = [self.fitness, self.fatigue, self.performance]
        if with_taper:
            handles.append(self.no_taper)
        self.legend = self.figure.legend(
            handles=handles, loc="outside lower center", ncols=2, fontsize=8
        )
        self._legend_taper = with_taper

    def update(
        self,
        loads: np.ndarray,
        result: FitnessFatigue,
        *,
        without_taper: np.ndarray | None = None,
        taper_weeks: int = 0,
    ) -> None:
        """Redraw for a new schedule and its model result (arrays of one value per day)."""
        daily = np.asarray(loads, dtype=float)
        days = daily.size
        weeks = np.arange(days) / 7.0
        self.fitness.set_data(weeks, result.fitness)
        self.fatigue.set_data(weeks, result.fatigue)
        self.performance.set_data(weeks, result.performance)
        show_alt = without_taper is not None and taper_weeks > 0
        self.no_taper.set_data(weeks, without_taper if show_alt else [np.nan] * days)
        self.no_taper.set_visible(show_alt)
        if self.compare_taper and show_alt != self._legend_taper:
            self._legend(with_taper=show_alt)
        best = int(np.argmax(result.performance))
        self.best.set_data([weeks[best]], [result.performance[best]])
        self.best_text.xy = (weeks[best], result.performance[best])
        self.best_text.set_ha("right" if best > 0.8 * days else "center")
        self.best_text.set_text(best_words(daily, result.performance))
        x_session = weeks[daily > 0]
        stems_x = np.repeat(x_session, 3)
        stems_y = np.column_stack(
            [np.zeros(x_session.size), daily[daily > 0], np.full(x_session.size, np.nan)]
        ).ravel()
        stems_x[2::3] = np.nan
        self.stems.set_data(stems_x, stems_y)
        start = (days - 7 * taper_weeks) / 7.0
        for band in self.tapers:
            band.set_x(start - 0.5 / 7)
            band.set_width(taper_weeks)
            band.set_visible(taper_weeks > 0)
        self.taper_text.set_x(start + taper_weeks / 2)
        self.taper_text.set_visible(taper_weeks > 0)
        curves = [result.fitness, result.fatigue, result.performance]
        if show_alt:
            curves.append(np.asarray(without_taper, dtype=float))
        low = min(0.0, *(float(np.min(c)) for c in curves))
        high = max(0.0, *(float(np.max(c)) for c in curves))
        flat = high - low < 1e-6
        self.best.set_visible(not flat)
        self.best_text.set_visible(not flat)
        if flat:  # nothing happens: a plain −1..1 axis, not a ×1e−9 scale
            y_low, y_high = -1.0, 1.0
        else:
            # Steady limits: the axes (a static part) change only when the curves outgrow them.
            y_low, y_high = steady_limits(
                self.ax.get_ylim(), low, high * 1.12, margin=0.25, min_fill=0.4
            )
        set_limits(self.ax, xlim=(-0.2, days / 7.0 + 0.1), ylim=(y_low, y_high))
        peak = float(daily.max(initial=0.0))
        set_limits(self.load_ax, ylim=(0.0, _nice_top(peak * 1.15, 50.0)))

    def alt_text(self, loads: np.ndarray, result: FitnessFatigue, taper_weeks: int = 0) -> str:
        """A sentence describing what the chart shows now."""
        daily = np.asarray(loads, dtype=float)
        sessions = int(np.count_nonzero(daily))
        plural = "s" if sessions != 1 else ""
        weeks = daily.size / 7
        span = f"{format_number(weeks)} week{'s' if weeks != 1 else ''}"
        if not sessions:
            return (
                f"Lines over {span} with no sessions: fitness, fatigue and performance stay at 0."
            )

        def n(value: float) -> str:
            return format_number(float(value), 0, grouping=True)

        text = (
            f"Lines over {span} ({sessions} session{plural}): fitness rises to "
            f"{n(result.fitness[-1])}, fatigue ends at {n(result.fatigue[-1])}, and "
            f"performance ends at {n(result.performance[-1])}; "
            f"{best_words(daily, result.performance)}; lowest "
            f"{n(np.min(result.performance))}."
        )
        if taper_weeks:
            text += (
                f" The last {taper_weeks} week{'s are' if taper_weeks != 1 else ' is'} a taper "
                "with lighter sessions."
            )
        return text


def one_session_figure(
    parameters: dict[str, BanisterParameters] | None = None, days: int = 42
) -> tuple[Figure, str]:
    """Performance after one session of load 100, for each parameter set.

    One line per entry of ``parameters`` (default: the course's illustrative defaults and
    :data:`liftlab.recovery.SEASON_FIT_PARAMETERS`), with a marker on the day each is
    back to its start (:func:`liftlab.recovery.recovery_day`). Grey markers show the
    measurements: still below the start at 48 h (Helland et al. 2020), recovered by 72 h
    (Thomas et al. 2018). Returns ``(figure, alt)``.
    """
    if parameters is None:
        parameters = {
            "course defaults": DEFAULT_PARAMETERS,
            "fitted to a swimming season": SEASON_FIT_PARAMETERS,
        }
    if not parameters:
        raise ValueError("parameters is empty: give at least one parameter set.")
    n_days = check_integer("days", days, low=7, high=365)
    loads = np.zeros(n_days + 1)
    loads[0] = 100.0
    fig, ax = new_figure(figsize=(6.4, 3.4))
    ax.axhline(0, color="#777777", lw=0.8)
    ax.axvspan(
        HELLAND_2020_NOT_RECOVERED_DAY, THOMAS_2018_RECOVERED_DAY, color="#BBBBBB", alpha=0.35,
        lw=0, label="measured: not recovered at 48 h, recovered by 72 h",
    )  # fmt: skip
    styles = (("-", PALETTE["blue"]), ("--", PALETTE["vermillion"]), (":", PALETTE["black"]))
    parts = []
    for index, (name, params) in enumerate(parameters.items()):
        p = BanisterParameters(*params)
        performance = fitness_fatigue(loads, *p).performance
        back = recovery_day(*p)
        style, colour = styles[index % len(styles)]
        ax.plot(np.arange(n_days + 1), performance, style, color=colour, lw=2,
                label=f"{name} (τ1 {p.tau1:g} d, τ2 {p.tau2:g} d)")  # fmt: skip
        if 0 < back <= n_days:
            ax.plot([back], [performance[back]], "o", ms=7, mfc="white", mec=colour, mew=2)
            ax.annotate(f"day {back}", (back, performance[back]), xytext=(4, 6),
                        textcoords="offset points", fontsize=8.5, color=colour)  # fmt: skip
        parts.append(
            f"{name}: lowest {performance[1:].min():.0f} on day "
            f"{int(np.argmin(performance[1:])) + 1}, back to the start on day {back}"
        )
    ax.set_xlim(0, n_days)
    ax.set_xlabel("days after one session of load 100")
    ax.set_ylabel("performance (model units)")
    ax.set_title("One session in the fitness–fatigue model", fontsize=11, fontweight="bold")
    ax.legend(loc="lower right", fontsize=8)
    alt = (
        "Lines of modelled performance after one session, the start at zero. "
        + "; ".join(parts)
        + f". A grey band marks days {HELLAND_2020_NOT_RECOVERED_DAY} to "
        f"{THOMAS_2018_RECOVERED_DAY}, between the last measurement still below the start "
        "(48 h) and the first recovered one (72 h) after single resistance sessions."
    )
    return fig, alt


def taper_models_figure(
    days_per_week: int = 3,
    load: float = 100.0,
    weeks: int = 12,
    taper_weeks: int = 2,
    parameters: dict[str, BanisterParameters] | None = None,
) -> tuple[Figure, str]:
    """Test-day performance against the taper load, one panel per parameter set.

    Each panel runs :func:`liftlab.recovery.taper_response` over taper load factors from
    0.1 to 1 (1 = no taper), marks the model's best factor, and shades the 41–60 % volume
    cut that worked best in tapering studies (load factor 0.40–0.59; Bosquet et al.
    2007). Returns ``(figure, alt)``.
    """
    if parameters is None:
        parameters = {
            "course defaults": DEFAULT_PARAMETERS,
            "fitted to a swimming season": SEASON_FIT_PARAMETERS,
        }
    if not parameters:
        raise ValueError("parameters is empty: give at least one parameter set.")
    factors = np.round(np.linspace(0.1, 1.0, 91), 10)
    fig, axes = new_figure(1, len(parameters), figsize=(6.4, 3.2))
    axes = np.atleast_1d(axes)
    cut_low, cut_high = BOSQUET_2007_VOLUME_CUT
    parts = []
    for ax, (name, params) in zip(axes, parameters.items(), strict=True):
        p = BanisterParameters(*params)
        values = taper_response(days_per_week, load, weeks, taper_weeks, factors, *p)
        none = float(values[-1])
        best = int(np.argmax(values))
        ax.axvspan(1 - cut_high, 1 - cut_low, color=PALETTE["bluish_green"], alpha=0.2, lw=0)
        ax.axhline(none, color="#777777", lw=1, ls="--")
        ax.plot(factors, values, "-", color=PALETTE["black"], lw=2)
        ax.plot([factors[best]], [values[best]], "o", ms=8, mfc=PALETTE["yellow"],
                mec=PALETTE["black"])  # fmt: skip
        span = float(values.max() - values.min()) or 1.0
        ax.set_ylim(values.min() - 0.25 * span, values.max() + 0.35 * span)
        ax.text(1 - (cut_low + cut_high) / 2, values.max() + 0.22 * span,
                "best in studies\n(41–60 % cut)", ha="center", fontsize=7.5)  # fmt: skip
        ax.text(0.98, none, "no taper", ha="right", va="bottom", fontsize=7.5, color="#555555")
        ax.set_xlim(0.05, 1.02)
        ax.set_xlabel("taper load (× normal)", fontsize=9)
        ax.set_title(f"{name}\n(dip after one session: {recovery_day(*p)} days)", fontsize=9.5)
        parts.append(
            f"{name}: best at {factors[best]:g} × the load ({values[best]:.0f}, no taper "
            f"{none:.0f})"
        )
    axes[0].set_ylabel("test-day performance\n(model units)")
    fig.suptitle(
        f"A {taper_weeks}-week taper after {weeks - taper_weeks} weeks of "
        f"{days_per_week} sessions a week", fontweight="bold",
    )  # fmt: skip
    alt = (
        "Straight lines of test-day performance against the taper load, 0.1 to 1 times the "
        "normal load, one panel per parameter set. "
        + "; ".join(parts)
        + ". A shaded band marks 0.40 to 0.59 times the load, the 41–60 % volume cut that "
        "worked best in tapering studies (Bosquet et al. 2007): the model's best is always "
        "an end of the line."
    )
    return fig, alt
