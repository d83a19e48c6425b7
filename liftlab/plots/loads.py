"""Figures for training loads: the goals' zones on the NSCA %1RM–reps curve.

The article gives each goal a box: a rep range and a %1RM band (strength 1–6 reps at
80–100 %, hypertrophy 6–12 reps at 65–80 %). The NSCA table (Baechle & Earle 2008)
is a curve: the heaviest load an average lifter can lift for each number of reps.
Drawing both on one chart shows where they agree and where they do not (a 6-rep max
is 85 %, above the hypertrophy band; 65 % is a 15-rep max).

:class:`GoalLoadChart` draws them in load units for one lifter's 1RM and is updated in
place by the goal load calculator; :func:`goal_zones_figure` is the static version in
%1RM for the notebooks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from liftlab.formatting import format_load
from liftlab.goals import GOALS, load_range, percent_range, rep_range
from liftlab.one_rep_max import NSCA_PERCENT_BY_REPS, nsca_reps
from liftlab.plates import BAR_LB, BAR_MEN_KG, PLATES_KG, PLATES_LB, round_to_plates
from liftlab.plots.style import (
    GOAL_COLOURS,
    PALETTE,
    animate,
    new_figure,
    set_limits,
    steady_limits,
)
from liftlab.units import check_unit
from liftlab.validation import check_positive

#: The bar and plates assumed when a load is rounded to what can be loaded.
STANDARD_BAR: dict[str, float] = {"kg": BAR_MEN_KG, "lb": BAR_LB}
STANDARD_PLATES: dict[str, tuple[float, ...]] = {"kg": PLATES_KG, "lb": PLATES_LB}

#: Rep axis of the load charts: the NSCA table's 1 to 15 reps.
MAX_REPS_SHOWN = 15

# Hatches give each goal a second cue besides its colour.
_HATCH = {"strength": "//", "hypertrophy": "\\\\"}


def _an(number: float) -> str:
    """The article for a number said aloud: "an 8", "an 11", "a 6"."""
    text = f"{number:g}"
    return "an" if text.startswith("8") or text in ("11", "18") else "a"


def fmt(value: float) -> str:
    """A load for display, the course's one format (:func:`liftlab.formatting.format_load`):
    exact for plate steps (``1.25``), else to 0.1 (``120.82`` → ``"120.8"``)."""
    return format_load(float(value))


def on_the_bar(load: float, unit: str) -> float | None:
    """``load`` rounded to the nearest load the standard bar and plates make, or ``None``
    if it is lighter than the bar."""
    unit = check_unit(unit)
    bar = STANDARD_BAR[unit]
    if load < bar:
        return None
    return round_to_plates(load, bar, STANDARD_PLATES[unit], "nearest", unit=unit)


@dataclass(frozen=True)
class TableRow:
    """One NSCA table row inside a goal's rep range, for one lifter."""

    reps: int
    percent: float
    load: float
    loadable: float | None  # None: lighter than the bar
    position: str  # "in the band", "above the band" or "below the band"


def goal_table(one_rm: float, goal: str, unit: str, *, wide: bool = False) -> list[TableRow]:
    """The NSCA table rows (Baechle & Earle 2008) inside ``goal``'s rep range.

    Each row gives the %1RM an average lifter can lift for that many reps, that load
    for ``one_rm`` (in ``unit``), the load rounded to the standard bar and plates, and
    whether the row's %1RM lies inside the goal's %1RM band.
    """
    low_pct, high_pct = percent_range(goal, wide=wide)
    low_reps, high_reps = rep_range(goal)
    maximum = check_positive("one_rm", one_rm)
    if not isinstance(maximum, float):
        raise TypeError(f"one_rm={one_rm!r} is not one number: give a single 1RM.")
    rows = []
    for reps, percent in NSCA_PERCENT_BY_REPS.items():
        if not low_reps <= reps <= high_reps:
            continue
        load = maximum * percent / 100.0
        if percent > high_pct:
            position = "above the band"
        elif percent < low_pct:
            position = "below the band"
        else:
            position = "in the band"
        rows.append(TableRow(reps, percent, load, on_the_bar(load, unit), position))
    return rows


def _nsca_curve() -> tuple[np.ndarray, np.ndarray]:
    reps = np.array(list(NSCA_PERCENT_BY_REPS), dtype=float)
    return reps, np.array(list(NSCA_PERCENT_BY_REPS.values()))


class GoalLoadChart:
    """The NSCA %1RM–reps curve in load units, with both goals' zones; updated in place.

    The selected goal's zone is filled, the other one outlined; diamonds mark the
    selected goal's table rows rounded to plates; the zone labels give the %1RM bands.
    Everything that depends on the lifter is an animated artist and the load axis
    moves only when the 1RM leaves it, so most updates redraw just the data.
    """

    def __init__(self, one_rm: float, goal: str, unit: str, *, wide: bool = False) -> None:
        self.figure, self.ax = new_figure()
        self._one_rm = 100.0
        self.zones: dict[str, Rectangle] = {}
        self.zone_labels = {}
        for name in GOALS:
            colour = GOAL_COLOURS[name]
            patch = Rectangle(
                (0, 0), 1, 1, facecolor=colour, edgecolor=colour, lw=1.5, hatch=_HATCH[name]
            )
            self.zones[name] = self.ax.add_patch(patch)
            self.zone_labels[name] = self.ax.text(
                0, 0, "", color=colour, fontsize=8.5, fontweight="bold", va="bottom", ha="left"
            )
        (self.curve,) = self.ax.plot(
            [], [], "-o", color=PALETTE["black"], ms=4, lw=1.6, label="NSCA table (average lifter)"
        )
        (self.marks,) = self.ax.plot(
            [], [], "D", ms=7, mec=PALETTE["black"], mew=1.0, label="rounded to plates", zorder=5
        )
        self.ax.set_xlabel("reps to failure (rep maximum)")
        self.ax.set_xlim(0.5, MAX_REPS_SHOWN + 0.5)
        self.ax.set_xticks(range(1, MAX_REPS_SHOWN + 1))
        # Built once; the diamonds' legend entry is neutral (their colour follows the goal).
        proxy = Line2D([], [], ls="", marker="D", ms=7, mfc="white", mec=PALETTE["black"])
        self.ax.legend(
            handles=[self.curve, proxy],
            labels=["NSCA table (average lifter)", "rounded to plates"],
            loc="upper right",
            fontsize=8,
        )
        animate(*self.zones.values(), *self.zone_labels.values(), self.curve, self.marks)
        animate(self.ax.title)
        self.update(one_rm, goal, unit, wide=wide)

    def update(self, one_rm: float, goal: str, unit: str, *, wide: bool = False) -> None:
        """Redraw for a new lifter or goal (raises ``ValueError`` for bad input first)."""
        unit = check_unit(unit)
        rows = goal_table(one_rm, goal, unit, wide=wide)
        goal = goal.strip().lower()
        self._one_rm = float(one_rm)
        for name, patch in self.zones.items():
            low, high = load_range(one_rm, name, wide=wide and name == goal)
            r_low, r_high = rep_range(name)
            patch.set_bounds(r_low, low, r_high - r_low, high - low)
            selected = name == goal
            patch.set_fill(selected)
            patch.set_alpha(0.22 if selected else 0.9)
            patch.set_linestyle("-" if selected else "--")
            patch.set_hatch(_HATCH[name] if selected else None)
            patch.set_zorder(1 if selected else 2)
            p_low, p_high = percent_range(name, wide=wide and name == goal)
            label = self.zone_labels[name]
            label.set_text(f"{GOALS[name].label}\n{r_low}–{r_high} reps, {p_low:g}–{p_high:g}%")
            label.set_alpha(1.0 if selected else 0.8)
            # Strength under its box, hypertrophy inside the bottom of its box: both clear
            # of the NSCA curve, which runs through the top of each box.
            if name == "strength":
                label.set_position((r_low, low - 0.012 * one_rm))
                label.set_va("top")
            else:
                label.set_position((r_low + 0.12, low + 0.008 * one_rm))
                label.set_va("bottom")
        reps, percent = _nsca_curve()
        self.curve.set_data(reps, one_rm * percent / 100.0)
        shown = [(row.reps, row.loadable) for row in rows if row.loadable is not None]
        self.marks.set_data([r for r, _ in shown], [v for _, v in shown])
        self.marks.set_color(GOAL_COLOURS[goal])
        self.marks.set_markeredgecolor(PALETTE["black"])
        ylim = steady_limits(
            self.ax.get_ylim(), one_rm * 0.58, one_rm * 1.06, margin=0.25, min_fill=0.45
        )
        set_limits(self.ax, ylim=ylim)
        if self.ax.get_ylabel() != f"load ({unit})":
            self.ax.set_ylabel(f"load ({unit})")
        self.ax.title.set_text(f"{GOALS[goal].label} loads for a 1RM of {fmt(one_rm)} {unit}")

    def alt_text(self, one_rm: float, goal: str, unit: str, *, wide: bool = False) -> str:
        """A sentence describing what the chart shows now."""
        rows = goal_table(one_rm, goal, unit, wide=wide)
        goal = goal.strip().lower()
        low, high = load_range(one_rm, goal, wide=wide)
        p_low, p_high = percent_range(goal, wide=wide)
        r_low, r_high = rep_range(goal)
        reps, last = max(NSCA_PERCENT_BY_REPS.items())
        outside = [row for row in rows if row.position != "in the band"]
        if outside:
            odd = "; ".join(
                f"{_an(row.reps)} {row.reps}-rep max is {row.percent:g}% ({fmt(row.load)} {unit}), "
                f"{row.position}"
                for row in outside
            )
        else:
            odd = "every table row in the rep range lies inside the band"
        return (
            f"Line chart of the NSCA %1RM–reps table for a 1RM of {fmt(one_rm)} {unit}, falling "
            f"from {fmt(one_rm)} {unit} at 1 rep to {fmt(one_rm * last / 100)} {unit} at "
            f"{reps} reps, "
            f"with the {goal} zone ({r_low}–{r_high} reps at {p_low:g}–{p_high:g}%, "
            f"{fmt(low)}–{fmt(high)} {unit}) shaded; {odd}."
        )


def _zone_words(goal: str) -> str:
    low, high = percent_range(goal)
    r_low, r_high = rep_range(goal)
    return f"a {goal} box ({r_low}–{r_high} reps at {low:g}–{high:g}%)"


def _mismatch_words() -> str:
    """Where the hypertrophy box and the NSCA table disagree, in words (from the data)."""
    low, high = percent_range("hypertrophy")
    r_low = rep_range("hypertrophy")[0]
    top = NSCA_PERCENT_BY_REPS[r_low]
    at_high = [r for r, p in NSCA_PERCENT_BY_REPS.items() if p == high]
    at_low = [r for r, p in NSCA_PERCENT_BY_REPS.items() if p == low]
    return (
        f"{_an(r_low)} {r_low}-rep max is {top:g}%, above the hypertrophy box; {high:g}% is "
        f"{_an(at_high[0])} {at_high[0]}-rep max and {low:g}% {_an(at_low[0])} {at_low[0]}-rep max"
    )


def goal_zones_figure() -> tuple[Figure, str]:
    """Both goals' boxes on the NSCA %1RM–reps curve, in %1RM; returns ``(figure, alt)``."""
    fig, ax = new_figure()
    for name in GOALS:
        low, high = percent_range(name)
        r_low, r_high = rep_range(name)
        colour = GOAL_COLOURS[name]
        ax.add_patch(
            Rectangle(
                (r_low, low),
                r_high - r_low,
                high - low,
                facecolor=colour,
                edgecolor=colour,
                alpha=0.25,
                hatch=_HATCH[name],
                lw=1.5,
                label=f"{GOALS[name].label}: {r_low}–{r_high} reps at {low:g}–{high:g}%",
            )
        )
    w_low, w_high = percent_range("hypertrophy", wide=True)
    h_low, h_high = rep_range("hypertrophy")
    ax.add_patch(
        Rectangle(
            (h_low, w_low),
            h_high - h_low,
            w_high - w_low,
            fill=False,
            edgecolor=GOAL_COLOURS["hypertrophy"],
            ls=":",
            lw=1.5,
            label=f"the article's wider band, {w_low:g}–{w_high:g}%",
        )
    )
    reps, percent = _nsca_curve()
    ax.plot(reps, percent, "-o", color=PALETTE["black"], ms=4, lw=1.6, label="NSCA table")
    ax.set_xlim(0.5, MAX_REPS_SHOWN + 0.5)
    ax.set_xticks(range(1, MAX_REPS_SHOWN + 1))
    ax.set_ylim(55, 103)
    ax.set_xlabel("reps to failure (rep maximum)")
    ax.set_ylabel("load (% of 1RM)")
    ax.title.set_text("The article's two zones and the NSCA %1RM–reps table")
    ax.legend(loc="lower left", fontsize=8)
    alt = (
        "Chart of %1RM against reps: "
        + " and ".join(_zone_words(name) for name in GOALS)
        + ", with the NSCA table's curve falling from 100% at 1 rep to "
        f"{percent[-1]:g}% at {reps[-1]:g} reps; " + _mismatch_words() + "."
    )
    return fig, alt


def reserve_figure(
    percents: tuple[float, ...] = (65.0, 70.0, 75.0, 80.0, 85.0),
) -> tuple[Figure, str]:
    """Reps left in reserve when a set of ``r`` reps is done at a %1RM, by the NSCA table.

    Reps in reserve = the table's rep max at that %1RM (:func:`liftlab.nsca_reps`) minus
    the reps done; below zero the set cannot be completed by an average lifter. The
    hypertrophy rep range is shaded. Returns ``(figure, alt)``.
    """
    fig, ax = new_figure()
    r_low, r_high = rep_range("hypertrophy")
    colour = GOAL_COLOURS["hypertrophy"]
    ax.axvspan(r_low, r_high, color=colour, alpha=0.12, lw=0, label="hypertrophy reps")
    ax.axhspan(0, 3, color=PALETTE["bluish_green"], alpha=0.12, lw=0, label="0–3 reps in reserve")
    reps = np.arange(1, 16)
    words = []
    styles = ("-", "--", "-.", ":", "-")
    colours = (PALETTE["sky_blue"], PALETTE["blue"], PALETTE["orange"], PALETTE["vermillion"],
               PALETTE["reddish_purple"])  # fmt: skip
    for percent, style, line_colour in zip(percents, styles, colours, strict=False):
        rep_max = float(nsca_reps(percent))
        doable = reps[reps <= rep_max + 1e-9]
        ax.plot(
            doable, rep_max - doable, style, color=line_colour, lw=2, marker="o", ms=3,
            label=f"{percent:g}% 1RM ({fmt(rep_max)}-rep max)",
        )  # fmt: skip
        words.append(f"{percent:g}% allows {fmt(rep_max)} reps")
    ax.set_xlim(0.5, 15.5)
    ax.set_ylim(-0.3, None)
    ax.set_xticks(range(1, 16))
    ax.set_xlabel("reps done in the set")
    ax.set_ylabel("reps left in reserve")
    ax.title.set_text("How far from failure a set stops (NSCA table)")
    ax.legend(loc="upper right", fontsize=8)
    p_low, p_high = percent_range("hypertrophy")
    at_low = float(nsca_reps(p_low)) - r_low
    alt = (
        "Line chart of reps in reserve against reps done, one line per load: "
        + "; ".join(words)
        + f". A set of {r_low} reps at {p_low:g}% leaves {fmt(at_low)} reps in reserve; "
        f"{r_high} reps at {p_high:g}% is past the {fmt(float(nsca_reps(p_high)))}-rep max, "
        "so an average lifter cannot complete it."
    )
    return fig, alt
