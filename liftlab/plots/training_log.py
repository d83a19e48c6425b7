"""Figures of a training log (chapter 09 and the training-log calculator).

Each figure is a small class built once from a :class:`liftlab.TrainingLog` and
redrawn in place by ``update(log)`` when another log is read; ``alt_text()``
describes what it shows now.

* :class:`E1rmChart`: the best e1RM of each training day of the four main lifts,
  with the longest stretch without a new best shaded;
* :class:`WeeklySetsChart`: hard sets per muscle per training week against chapter
  04's band (:data:`liftlab.volume.MODERATE_WEEKLY_SETS` to
  :data:`liftlab.volume.HIGH_WEEKLY_SETS`);
* :class:`ZoneChart`: every hard set by reps and %e1RM over the article's two boxes
  (:mod:`liftlab.goals`), and the share of each zone;
* :class:`RestChart`: the last weeks day by day for each muscle, heavy sessions and
  sessions that came sooner than chapter 05's rule allows;
* :class:`FitnessFatigueFitChart`: the fitness–fatigue model fitted to one lift's
  e1RM, over the training load that drives it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.patches import Rectangle

import liftlab
from liftlab.plots.style import GOAL_COLOURS, PALETTE, SERIES_COLOURS, new_figure
from liftlab.recovery import HEAVY_PERCENT_1RM
from liftlab.volume import HIGH_WEEKLY_SETS, MODERATE_WEEKLY_SETS, MUSCLES

__all__ = [
    "ZONE_COLOURS",
    "E1rmChart",
    "FitnessFatigueFitChart",
    "RestChart",
    "WeeklySetsChart",
    "ZoneChart",
]

#: Colour of each zone of :meth:`liftlab.TrainingLog.zone_share`.
ZONE_COLOURS: dict[str, str] = {
    "strength": GOAL_COLOURS["strength"],
    "hypertrophy": GOAL_COLOURS["hypertrophy"],
    "other": "#999999",
}
_BAND_COLOUR = "#BFE6D9"  # chapter 04's moderate-dose band (bluish green, light)


def _fmt(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _date_axis(ax: Any) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


# ------------------------------------------------------------------------------ e1RM


class E1rmChart:
    """Best e1RM per training day of each main lift, one panel per lift.

    The shaded stretch of each panel is the lift's longest run without a new best
    (:meth:`liftlab.TrainingLog.longest_stall`). ``formula`` and ``rpe`` are
    :meth:`liftlab.TrainingLog.e1rm_trend`'s: by default a set with an RPE is read
    from chapter 02's RPE chart, a set without one by the formula.
    """

    def __init__(self, log: Any, formula: str = "epley", *, rpe: bool = True) -> None:
        self.formula, self.rpe = formula, rpe
        self.figure, axes = new_figure(2, 2, figsize=(6.4, 4.4))
        self.axes = dict(zip(liftlab.MAIN_LIFTS, axes.ravel(), strict=True))
        self.update(log)

    def update(self, log: Any) -> None:
        """Redraw for ``log``."""
        self.log = log
        self.figure.set_layout_engine("constrained")  # labels change: lay out again
        present = set(log.main_lifts())
        for i, (lift, ax) in enumerate(self.axes.items()):
            ax.clear()
            ax.set_title(lift, fontsize=10, loc="left")
            if lift not in present or not log.e1rm_trend(lift, self.formula, rpe=self.rpe):
                ax.text(
                    0.5,
                    0.5,
                    "not in this log",
                    ha="center",
                    va="center",
                    color="#666666",
                    transform=ax.transAxes,
                )
                ax.set_xticks([])
                ax.set_yticks([])
                continue
            trend = log.e1rm_trend(lift, self.formula, rpe=self.rpe)
            days = [d for d, _ in trend]
            values = [v for _, v in trend]
            colour = SERIES_COLOURS[i]
            ax.plot(days, values, "-", color=colour, lw=0.8, alpha=0.5)
            ax.plot(days, values, "o", color=colour, ms=3)
            bests = log.personal_bests(lift, self.formula, rpe=self.rpe)
            ax.plot([d for d, _ in bests], [v for _, v in bests], "^", color=PALETTE["black"], ms=5)
            stall = log.longest_stall(lift, self.formula, rpe=self.rpe)
            if stall is not None and stall[2] > 0:
                ax.axvspan(stall[0], stall[1], color="#DDDDDD", zorder=0)
                ax.set_title(
                    f"{lift} ({_fmt(stall[2])} weeks, no new best)", fontsize=9, loc="left"
                )
            if days[0] == days[-1]:  # one day: a week either side rather than years
                ax.set_xlim(days[0] - dt.timedelta(days=7), days[0] + dt.timedelta(days=7))
            ax.set_ylabel(f"e1RM ({log.unit})", fontsize=8)
            _date_axis(ax)
            ax.tick_params(labelsize=7)
        self.figure.suptitle(
            f"Best e1RM of each training day ({log.e1rm_label(self.formula, rpe=self.rpe)})\n"
            "▲ a new best; grey: the longest stretch without one",
            fontsize=9,
            fontweight="bold",
        )

    def alt_text(self) -> str:
        log = self.log
        parts = []
        for lift in log.main_lifts():
            trend = log.e1rm_trend(lift, self.formula, rpe=self.rpe)
            if not trend:
                continue
            first, last = trend[0], trend[-1]
            best = max(v for _, v in trend)
            stall = log.longest_stall(lift, self.formula, rpe=self.rpe)
            text = (
                f"{lift}: {len(trend)} days, from {_fmt(first[1])} {log.unit} on "
                f"{first[0].isoformat()} to {_fmt(last[1])} on {last[0].isoformat()}, best "
                f"{_fmt(best)}"
            )
            if stall is not None:
                text += f", longest stretch without a new best {_fmt(stall[2])} weeks"
            parts.append(text)
        if not parts:
            return "No main lift with an e1RM in this log."
        return (
            f"Four panels, best e1RM of each training day per main lift "
            f"({log.e1rm_label(self.formula, rpe=self.rpe)}). " + "; ".join(parts) + "."
        )


# ----------------------------------------------------------------------- weekly sets


class WeeklySetsChart:
    """Hard sets per muscle per training week: mean (bar) and 10th–90th percentile
    (whisker), against chapter 04's 10–20 band, every muscle of
    :data:`liftlab.volume.MUSCLES`."""

    def __init__(self, log: Any) -> None:
        self.figure, self.ax = new_figure(figsize=(6.4, 3.9))
        self.update(log)

    def update(self, log: Any) -> None:
        self.log = log
        self.figure.set_layout_engine("constrained")
        stats = log.weekly_set_stats()
        ax = self.ax
        ax.clear()
        rows = range(len(MUSCLES))
        means = [stats.get(m, (0.0, 0.0, 0.0))[0] for m in MUSCLES]
        lows = [stats.get(m, (0.0, 0.0, 0.0))[1] for m in MUSCLES]
        highs = [stats.get(m, (0.0, 0.0, 0.0))[2] for m in MUSCLES]
        ax.axvspan(
            MODERATE_WEEKLY_SETS,
            HIGH_WEEKLY_SETS,
            color=_BAND_COLOUR,
            zorder=0,
            label=f"chapter 04's band, {_fmt(MODERATE_WEEKLY_SETS)}–{_fmt(HIGH_WEEKLY_SETS)} sets",
        )
        ax.barh(rows, means, height=0.6, color=PALETTE["blue"], label="mean of training weeks")
        ax.hlines(
            rows, lows, highs, color=PALETTE["black"], lw=1.2, label="10th–90th percentile of weeks"
        )
        for row, mean in zip(rows, means, strict=True):
            ax.text(mean + 0.3, row, _fmt(mean), va="center", fontsize=7)
        ax.set_yticks(list(rows), list(MUSCLES), fontsize=8)
        ax.set_ylim(len(MUSCLES) - 0.5, -0.5)
        ax.set_xlim(0, max(HIGH_WEEKLY_SETS + 4, max(highs) + 3))
        ax.set_xlabel("hard sets per week (fractional: synergists count half)")
        ax.set_title("Weekly hard sets per muscle")
        ax.legend(loc="lower right", fontsize=7)
        ax.grid(axis="y", visible=False)

    def alt_text(self) -> str:
        stats = self.log.weekly_set_stats()
        inside = [
            m
            for m, (mean, _, _) in stats.items()
            if MODERATE_WEEKLY_SETS <= mean <= HIGH_WEEKLY_SETS
        ]
        below = [m for m, (mean, _, _) in stats.items() if mean < MODERATE_WEEKLY_SETS]
        above = [m for m, (mean, _, _) in stats.items() if mean > HIGH_WEEKLY_SETS]
        listed = "; ".join(
            f"{m} {_fmt(s[0])} ({_fmt(s[1])}–{_fmt(s[2])})" for m, s in stats.items()
        )
        return (
            "Horizontal bars of the mean hard sets per week of each muscle over the training "
            f"weeks, with 10th–90th percentile whiskers, over the "
            f"{_fmt(MODERATE_WEEKLY_SETS)}–{_fmt(HIGH_WEEKLY_SETS)} band: {listed}. "
            f"In the band: {', '.join(inside) or 'none'}; below: {', '.join(below) or 'none'}; "
            f"above: {', '.join(above) or 'none'}."
        )


# ----------------------------------------------------------------------------- zones


class ZoneChart:
    """Every hard set by reps and %e1RM, over the article's two boxes; and the share of
    hard sets in each zone. ``formula`` and ``rpe`` are
    :meth:`liftlab.TrainingLog.percent_e1rm`'s (by default the effort logged is read)."""

    def __init__(self, log: Any, formula: str = "epley", *, rpe: bool = True) -> None:
        self.formula, self.rpe = formula, rpe
        self.figure, (self.ax, self.bar_ax) = new_figure(1, 2, figsize=(6.4, 3.4))
        self.update(log)

    def update(self, log: Any) -> None:
        self.log = log
        ax, bar = self.ax, self.bar_ax
        ax.clear()
        bar.clear()
        weights = log.zone_weights(self.formula, rpe=self.rpe)
        hard = weights.sum(axis=1) > 0
        percent = log.percent_e1rm(self.formula, rpe=self.rpe)[hard]
        reps = log._reps[hard].astype(float)
        zone = np.argmax(weights[hard], axis=1)
        jitter = np.random.default_rng(0).uniform(-0.25, 0.25, reps.size)
        for goal in ("strength", "hypertrophy"):
            (r_low, r_high), (p_low, p_high) = liftlab.rep_range(goal), liftlab.percent_range(goal)
            ax.add_patch(
                Rectangle(
                    (r_low - 0.5, p_low),
                    r_high - r_low + 1,
                    p_high - p_low,
                    facecolor=GOAL_COLOURS[goal],
                    alpha=0.12,
                    edgecolor=GOAL_COLOURS[goal],
                    lw=1.2,
                )
            )
            ax.text(r_high + 0.4, p_high - 1, goal, color=GOAL_COLOURS[goal], fontsize=8, va="top")
        unknown = np.isnan(percent)
        shown = np.where(unknown, 42.0, percent)
        for index, name in enumerate(("strength", "hypertrophy", "other")):
            mask = zone == index
            ax.scatter(
                reps[mask] + jitter[mask],
                shown[mask],
                s=6,
                alpha=0.35,
                color=ZONE_COLOURS[name],
                edgecolors="none",
            )
        if unknown.any():
            ax.axhline(46, color="#BBBBBB", lw=0.8)
            ax.text(0.6, 43.5, "%e1RM unknown", fontsize=7, color="#666666", va="center")
        ax.set_xlim(0, max(16, float(reps.max()) + 1) if reps.size else 16)
        ax.set_ylim(38, 102)
        ax.set_xlabel("reps")
        ax.set_ylabel("% of e1RM (4-week best)")
        ax.set_title("Each hard set", fontsize=10)
        shares = log.zone_share(self.formula, rpe=self.rpe)
        bottom = 0.0
        for name in ("strength", "hypertrophy", "other"):
            share = shares[name]
            bar.bar([0], [share * 100], bottom=bottom, color=ZONE_COLOURS[name], width=0.8)
            if share >= 0.06:
                colour = "black" if name == "other" else "white"
                label = f"{name}\n{share * 100:.0f} %"
                bar.text(
                    0,
                    bottom + share * 50,
                    label,
                    ha="center",
                    va="center",
                    fontsize=7,
                    color=colour,
                )
            bottom += share * 100
        bar.set_xlim(-0.5, 0.5)
        bar.set_ylim(0, 100)
        bar.set_xticks([])
        bar.set_ylabel("% of hard sets")
        bar.set_title("Share", fontsize=10)
        bar.grid(axis="x", visible=False)
        self.figure.set_layout_engine("constrained", w_pad=0.1)
        self._widths()

    def _widths(self) -> None:
        # A wide scatter and a narrow share bar.
        self.ax.set_box_aspect(None)
        gs = self.ax.get_subplotspec().get_gridspec()
        gs.set_width_ratios([4, 1.4])

    def alt_text(self) -> str:
        shares = self.log.zone_share(self.formula, rpe=self.rpe)
        return (
            f"Scatter of the {self.log.hard_sets} hard sets by reps and % of e1RM over the "
            "strength box (1–6 reps, 80–100 %) and the hypertrophy box (6–12 reps, 65–80 %); "
            f"bar of the shares: strength {shares['strength'] * 100:.0f} %, hypertrophy "
            f"{shares['hypertrophy'] * 100:.0f} %, other {shares['other'] * 100:.0f} %."
        )


# ------------------------------------------------------------------------------ rest


class RestChart:
    """The last ``weeks`` weeks day by day: a cell per muscle and day trained, dark for a
    heavy session (90 % e1RM or more), outlined where the next session of the muscle
    came sooner than :func:`liftlab.days_until_hard_again` allows. ``formula`` and
    ``rpe`` are :meth:`liftlab.TrainingLog.sessions_by_muscle`'s."""

    def __init__(
        self, log: Any, weeks: int = 8, formula: str = "epley", *, rpe: bool = True
    ) -> None:
        self.weeks, self.formula, self.rpe = weeks, formula, rpe
        self.figure, self.ax = new_figure(figsize=(6.4, 3.6))
        self.update(log)

    def update(self, log: Any) -> None:
        self.log = log
        self.figure.set_layout_engine("constrained")
        ax = self.ax
        ax.clear()
        sessions = log.sessions_by_muscle(self.formula, rpe=self.rpe)
        muscles = [m for m in MUSCLES if m in sessions]
        end = log.last_day
        weeks = max(1, min(self.weeks, int(np.ceil(log.weeks))))
        start = end - dt.timedelta(days=7 * weeks - 1)
        self.window = (start, end)
        for row, muscle in enumerate(muscles):
            for s in sessions[muscle]:
                if s.day < start:
                    continue
                x = (s.day - start).days
                heavy = s.top_percent is not None and s.top_percent >= HEAVY_PERCENT_1RM
                ax.add_patch(
                    Rectangle(
                        (x - 0.45, row - 0.4),
                        0.9,
                        0.8,
                        facecolor=PALETTE["vermillion"] if heavy else "#9CC7E6",
                        edgecolor=PALETTE["black"] if s.too_soon else "none",
                        lw=1.6 if s.too_soon else 0,
                    )
                )
                if s.too_soon:
                    ax.text(
                        x,
                        row,
                        "!",
                        ha="center",
                        va="center",
                        fontsize=7,
                        fontweight="bold",
                        color="white" if heavy else "black",
                    )
        days = 7 * weeks
        for week in range(weeks + 1):
            ax.axvline(week * 7 - 0.5, color="#CCCCCC", lw=0.6)
        ax.set_xlim(-0.5, days - 0.5)
        ax.set_ylim(len(muscles) - 0.5, -0.5)
        ax.set_yticks(range(len(muscles)), muscles, fontsize=7)
        ticks = list(range(0, days, 7))
        ax.set_xticks(
            ticks, [(start + dt.timedelta(days=t)).strftime("%d %b") for t in ticks], fontsize=7
        )
        ax.grid(visible=False)
        ax.set_title(
            f"Last {weeks} weeks: blue = trained, red = heavy (≥ {HEAVY_PERCENT_1RM:g} %), "
            "! = too soon",
            fontsize=9,
        )

    def alt_text(self) -> str:
        rest = self.log.rest_between_sessions(self.formula, rpe=self.rpe)
        parts = [
            f"{m} {_fmt(r.per_week)} sessions a week, {r.too_soon} too soon"
            for m, r in rest.items()
        ]
        start, end = self.window
        return (
            f"Calendar from {start.isoformat()} to {end.isoformat()}, one row per muscle, a "
            "cell for each day it was trained, red for heavy sessions, marked where the next "
            "session came before chapter 05's rest. Over the whole log: " + "; ".join(parts) + "."
        )


# --------------------------------------------------------------------- fitness–fatigue


class FitnessFatigueFitChart:
    """One lift's daily best e1RM (dots), the fitted model's performance (line), and the
    daily training load (bars) that drives it."""

    def __init__(self, log: Any, exercise: str, fit: Any | None = None) -> None:
        self.figure, (self.ax, self.load_ax) = new_figure(2, 1, figsize=(6.4, 3.8))
        self.update(log, exercise, fit)

    def update(self, log: Any, exercise: str, fit: Any | None = None) -> None:
        """Redraw for ``log`` and ``exercise`` (fitting it unless ``fit`` is given)."""
        self.log, self.exercise = log, exercise
        self.figure.set_layout_engine("constrained", h_pad=0.02)
        self.ax.clear()
        self.load_ax.clear()
        self.reason = ""
        if fit is None:
            try:
                fit = log.fit_fitness_fatigue(exercise)
            except ValueError as exc:
                self.fit, self.reason = None, str(exc)
                self.ax.text(
                    0.5,
                    0.5,
                    f"No fit for {exercise}: too few days with an e1RM.",
                    ha="center",
                    va="center",
                    transform=self.ax.transAxes,
                )
                return
        self.fit = fit
        start, loads = log.daily_volume_load(exercise)
        days = [start + dt.timedelta(days=i) for i in range(loads.size)]
        ax, load_ax = self.ax, self.load_ax
        observed_days = [start + dt.timedelta(days=int(d)) for d in fit.days]
        ax.plot(
            observed_days,
            fit.observed,
            "o",
            ms=3,
            color=PALETTE["blue"],
            label="best e1RM of the day",
        )
        ax.plot(
            days, fit.performance, "-", color=PALETTE["vermillion"], lw=1.4, label="fitted model"
        )
        ax.axhline(fit.p0, color="#777777", lw=0.8, ls="--", label="p0 (no training)")
        ax.set_ylabel(f"e1RM ({log.unit})", fontsize=8)
        ax.legend(loc="lower right", fontsize=7, ncols=3)
        ax.set_title(
            f"{exercise}: tau1 = {_fmt(fit.tau1)} d, tau2 = {_fmt(fit.tau2)} d, "
            f"R² = {fit.r2:.2f}, RMSE = {_fmt(fit.rmse)} {log.unit}, n = {fit.n}",
            fontsize=9,
        )
        load_ax.bar(days, loads / 1000.0, width=1.0, color="#777777")
        load_ax.set_ylabel(f"load (1000 {log.unit})", fontsize=8)
        for axis in (ax, load_ax):
            _date_axis(axis)
            axis.tick_params(labelsize=7)
        ax.tick_params(labelbottom=False)
        gs = ax.get_subplotspec().get_gridspec()
        gs.set_height_ratios([3, 1])

    def alt_text(self) -> str:
        if self.fit is None:
            return f"No fitness–fatigue fit for {self.exercise}: {self.reason}"
        fit, unit = self.fit, self.log.unit
        text = (
            f"Top: the best e1RM of each day of {self.exercise} ({fit.n} days) and the fitted "
            f"fitness–fatigue model (p0 {_fmt(fit.p0)} {unit}, tau1 {_fmt(fit.tau1)} days, "
            f"tau2 {_fmt(fit.tau2)} days; R² {fit.r2:.2f}, RMSE {_fmt(fit.rmse)} {unit}). "
            "Bottom: the daily volume-load of its hard sets."
        )
        if fit.warnings:
            text += " Warnings: " + " ".join(fit.warnings)
        return text
