"""Figures for one-rep-max estimation: the rep-max curve of every formula through one set.

Every e1RM formula is a rep-max curve: the load a lifter can lift ``r`` times as a
fraction of their 1RM. Drawn through the lifter's set (``load`` x ``reps``), all
curves agree at that point and fan out towards one rep, where each reads off its
estimate of the 1RM. The spread at one rep is the honest uncertainty of an e1RM.

References
----------
The seven equations of :mod:`liftlab.one_rep_max` [@epley1985; @brzycki1993;
@lander1985; @lombardi1989; @mayhew1992; @oconner1989; @wathen1994].
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend

from liftlab.formatting import format_number
from liftlab.one_rep_max import FORMULAS, estimate_1rm, load_for_reps
from liftlab.plots.style import (
    PALETTE,
    SERIES_COLOURS,
    SERIES_STYLES,
    animate,
    new_figure,
    set_limits,
    steady_limits,
)
from liftlab.units import check_unit

#: Curves are drawn up to 15 reps (the longest valid range, Mayhew et al. 1992).
MAX_REPS_SHOWN = 15
#: The rep axis runs to 20, the most reps the 1RM estimator takes, so a set of 16–20
#: reps is on the chart too and the axis never moves.
MAX_REPS_AXIS = 20


def rep_max_curves(load: float, reps: int, unit: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each formula's rep-max curve through the set ``load`` x ``reps``.

    Returns ``{formula: (reps, loads)}`` over the formula's valid rep range, for the
    formulas that accept ``reps`` (the others cannot estimate from this set).
    """
    check_unit(unit)
    curves = {}
    for name, info in FORMULAS.items():
        if not info.accepts(reps):
            continue
        one_rm = estimate_1rm(load, reps, name)
        r = np.arange(info.reps_range[0], min(info.reps_range[1], MAX_REPS_SHOWN) + 1)
        curves[name] = (r, load_for_reps(one_rm, r, name))
    return curves


def _envelope(load: float) -> tuple[float, float]:
    """Lowest and highest load any formula's curve through ``load`` reaches on the chart."""
    low = high = load
    for name, info in FORMULAS.items():
        top = min(info.reps_range[1], MAX_REPS_SHOWN)
        high = max(high, estimate_1rm(load, top, name))
        low = min(low, load_for_reps(load, top, name))
    return low, high


class RepMaxChart:
    """The rep-max curves of all seven formulas through one set, updated in place.

    Build once, then call :meth:`update` with new inputs: lines, marker and limits
    change; the :class:`~matplotlib.figure.Figure` stays the same object. The legend
    lists only what is drawn (the formulas valid at the set's reps, and the set): each
    possible legend is built once and shown or hidden (a full redraw, at 10/11 and 15/16
    reps only). A set past every formula's range (16–20 reps)
    is still marked on the axis (which runs to 20 reps), and the chart says in words
    that no formula applies.
    """

    def __init__(self, load: float, reps: int, unit: str) -> None:
        self.figure, self.ax = new_figure()
        self.lines = {}
        for (name, info), colour, style in zip(
            FORMULAS.items(), SERIES_COLOURS, SERIES_STYLES, strict=True
        ):
            (self.lines[name],) = self.ax.plot(
                [], [], style, color=colour, lw=1.8, label=info.label
            )
        (self.point,) = self.ax.plot(
            [], [], "o", ms=9, mfc="white", mec=PALETTE["black"], mew=2, label="your set", zorder=5
        )
        self.note = self.ax.text(
            0.5, 0.62, "", transform=self.ax.transAxes, ha="center", va="center", fontsize=9,
            color="#333333", wrap=True,
        )  # fmt: skip
        self.ax.set_xlabel("reps to failure")
        self.ax.set_xlim(0.5, MAX_REPS_AXIS + 0.5)
        self.ax.set_xticks(range(1, MAX_REPS_AXIS + 1))
        animate(*self.lines.values(), self.point, self.ax.title, self.note)
        # One legend per set of formulas that can be valid together (all seven up to 10
        # reps, Mayhew alone to 15, none after), built now and shown or hidden. Legends are
        # part of the cached background (drawing one per frame would double the median
        # update): crossing 10/11 or 15/16 reps redraws the figure once. The longest one,
        # laid out first, fixes the layout (then frozen), so none is ever cut off.
        kinds = {
            tuple(n for n, i in FORMULAS.items() if i.accepts(r))
            for r in range(1, MAX_REPS_AXIS + 1)
        }
        self.legends: dict[tuple[str, ...], Legend] = {}
        for names in sorted(kinds, key=len, reverse=True):
            handles = [self.lines[name] for name in names] + [self.point]
            legend = Legend(
                self.ax, handles, [h.get_label() for h in handles], loc="upper left",
                bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False,
            )  # fmt: skip
            self.legends[names] = legend
            if len(self.legends) == 1:
                self.ax.legend_ = legend  # the one the layout makes room for
                legend._remove_method = lambda _legend: setattr(self.ax, "legend_", None)
            else:
                self.ax.add_artist(legend)
        self.ax.title.set_text("Rep-max curves")  # room for the title too
        self.ax.set_ylabel(f"load ({unit})")
        FigureCanvasAgg(self.figure).draw()
        self.figure.set_layout_engine("none")
        self._shown: tuple[str, ...] | None = None
        self.update(load, reps, unit)

    def _legend(self, names: tuple[str, ...]) -> None:
        """Show the legend of what is drawn; outside the axes (inside, it hid the curves)."""
        for key, legend in self.legends.items():
            legend.set_visible(key == names)
        self._shown = names

    def legend_labels(self) -> list[str]:
        """The entries of the legend shown now."""
        return [t.get_text() for t in self.legends[self._shown].get_texts()]

    def update(self, load: float, reps: int, unit: str) -> None:
        """Redraw the curves for a new set (raises ``ValueError`` for bad input)."""
        curves = rep_max_curves(load, reps, unit)
        for name, line in self.lines.items():
            if name in curves:
                line.set_data(*curves[name])
            line.set_visible(name in curves)
        names = tuple(curves)
        if names != self._shown:
            self._legend(names)
        self.point.set_data([reps], [load])
        if curves:
            self.note.set_text("")
        else:
            self.note.set_text(
                f"No formula is valid at {reps:g} reps: the longest valid range\n"
                f"ends at {max(i.reps_range[1] for i in FORMULAS.values())} reps, "
                "so no curve can be drawn."
            )
        top = max(MAX_REPS_AXIS, int(reps))  # more than 20 only if called directly
        set_limits(self.ax, xlim=(0.5, top + 0.5))
        if self.ax.get_ylabel() != f"load ({unit})":
            self.ax.set_ylabel(f"load ({unit})")
        # Limits from the envelope of every curve through this load at any reps, so the
        # axis stands still while the reps change (see ``steady_limits``).
        low, high = _envelope(load)
        set_limits(
            self.ax, ylim=steady_limits(self.ax.get_ylim(), low, high, margin=0.25, min_fill=0.45)
        )
        self.ax.title.set_text(f"Rep-max curves through {format_number(load)} {unit} × {reps:g}")

    def alt_text(self, load: float, reps: int, unit: str) -> str:
        """A sentence describing what the chart shows now."""
        curves = rep_max_curves(load, reps, unit)
        the_set = f"{format_number(load)} {unit} × {reps:g}"
        if not curves:
            return (
                f"Chart of load against reps marking only the set {the_set}: no formula is "
                f"valid at {reps:g} reps, so no curve is drawn."
            )
        ones = [float(c[1][0]) for c in curves.values()]
        if len(curves) == 1:
            (name,) = curves
            return (
                f"Line chart of load against reps with one formula, {FORMULAS[name].label}, "
                f"passing through the set {the_set}; at one rep it estimates the 1RM at "
                f"{format_number(ones[0])} {unit}."
            )
        return (
            f"Line chart of load against reps for {len(curves)} formulas, all passing through "
            f"the set {the_set}; at one rep they estimate the 1RM between "
            f"{format_number(min(ones))} and {format_number(max(ones))} {unit}."
        )


def rep_max_figure(load: float, reps: int, unit: str) -> Figure:
    """A static :class:`RepMaxChart` figure (for notebooks and documents)."""
    return RepMaxChart(load, reps, unit).figure
