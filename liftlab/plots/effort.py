"""Figures for effort: the RPE chart (Tuchscherer 2008; Helms et al. 2016) as curves.

Each RPE is a curve of %1RM against reps. RPE 10 is a rep max (no rep in reserve);
each point lower leaves one more rep in the tank, so the RPE 8 curve is the RPE 10
curve moved two reps to the right.
"""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from liftlab.effort import RPE_CHART, RPE_CHART_REPS, load_for_rpe, rpe_to_percent, rpe_to_rir
from liftlab.one_rep_max import NSCA_PERCENT_BY_REPS
from liftlab.plots.loads import fmt
from liftlab.plots.style import (
    PALETTE,
    SERIES_COLOURS,
    SERIES_STYLES,
    animate,
    new_figure,
    set_limits,
)
from liftlab.units import check_unit

_REPS = np.arange(RPE_CHART_REPS[0], RPE_CHART_REPS[1] + 1)

#: RPEs drawn in the static chart (whole points; half points lie between them).
WHOLE_RPES: tuple[float, ...] = (10.0, 9.0, 8.0, 7.0)


def _rpe_label(rpe: float) -> str:
    rir = rpe_to_rir(rpe) if rpe >= 6.0 else None
    return f"RPE {rpe:g} ({rir:g} in reserve)" if rir is not None else f"RPE {rpe:g}"


def _shared_reps() -> list[int]:
    """Reps that are rows of both the NSCA table and the RPE chart."""
    return [r for r in NSCA_PERCENT_BY_REPS if RPE_CHART_REPS[0] <= r <= RPE_CHART_REPS[1]]


def rpe_chart_figure(*, nsca: bool = True) -> tuple[Figure, str]:
    """The RPE chart's whole-point curves in %1RM, with the NSCA table for comparison.

    Returns ``(figure, alt)``.
    """
    fig, ax = new_figure()
    for rpe, colour, style in zip(WHOLE_RPES, SERIES_COLOURS, SERIES_STYLES, strict=False):
        ax.plot(
            _REPS, RPE_CHART[rpe], style, color=colour, lw=2, marker="o", ms=3.5,
            label=_rpe_label(rpe),
        )  # fmt: skip
    if nsca:
        reps = _shared_reps()
        ax.plot(
            reps, [NSCA_PERCENT_BY_REPS[r] for r in reps], "s", mfc="none",
            mec=PALETTE["black"], ms=6, mew=1.2, label="NSCA table (a rep max)",
        )  # fmt: skip
    ax.set_xticks(_REPS)
    ax.set_xlabel("reps done in the set")
    ax.set_ylabel("load (% of 1RM)")
    ax.title.set_text("RPE chart: the load for a number of reps at each effort")
    ax.legend(loc="upper right", fontsize=8)
    first, last = RPE_CHART[10.0][4], RPE_CHART[8.0][4]
    gap = max(abs(NSCA_PERCENT_BY_REPS[r] - RPE_CHART[10.0][r - 1]) for r in _shared_reps())
    alt = (
        "Line chart of %1RM against reps for RPE 10, 9, 8 and 7: each curve falls as reps rise, "
        "and each point lower on the RPE scale sits one rep to the right; for 5 reps, RPE 10 is "
        f"{first:g}% and RPE 8 is {last:g}% of 1RM"
        + (
            f"; the NSCA table's squares lie within {gap:.1f} percentage points of the RPE 10 "
            "curve."
            if nsca
            else "."
        )
    )
    return fig, alt


class RpeChart:
    """The RPE chart in load units for one lifter, with the chosen RPE and set marked.

    Every RPE curve of the chart is drawn thin and grey; the chosen RPE's curve is
    bold and blue, and the chosen set (reps, load) is a large marker.
    """

    def __init__(self, one_rm: float, reps: int, rpe: float, unit: str) -> None:
        self.figure, self.ax = new_figure()
        self._one_rm = 100.0
        self.lines = {}
        self.tags = {}
        for value in RPE_CHART:
            (self.lines[value],) = self.ax.plot([], [], "-", color="#b3b3b3", lw=1.0)
            if float(value).is_integer():
                self.tags[value] = self.ax.text(
                    0, 0, f"RPE {value:g}", fontsize=8, color="#555555", va="center"
                )
        (self.chosen,) = self.ax.plot([], [], "-", color=PALETTE["blue"], lw=2.6)
        (self.point,) = self.ax.plot(
            [], [], "o", ms=10, mfc="white", mec=PALETTE["vermillion"], mew=2.5, zorder=5
        )
        self.ax.set_xticks(_REPS)
        self.ax.set_xlim(0.6, RPE_CHART_REPS[1] + 1.6)
        self.ax.set_xlabel("reps in the set")
        self.right = self.ax.secondary_yaxis(
            "right",
            functions=(
                lambda load: np.asarray(load) * 100.0 / self._one_rm,
                lambda pct: np.asarray(pct) * self._one_rm / 100.0,
            ),
        )
        self.right.set_ylabel("% of 1RM")
        # The grey curves, the axes and the % axis change only with the 1RM; the chosen
        # curve, the set and the title are redrawn over them on every change.
        animate(self.chosen, self.point, self.ax.title)
        self._scale: float | None = None
        self.update(one_rm, reps, rpe, unit)

    def update(self, one_rm: float, reps: int, rpe: float, unit: str) -> None:
        """Redraw for new inputs (raises ``ValueError`` before drawing anything)."""
        unit = check_unit(unit)
        load = load_for_rpe(one_rm, reps, rpe)
        self._one_rm = float(one_rm)
        scale = self._one_rm / 100.0
        if scale != self._scale:  # the background changes only with the 1RM
            self._scale = scale
            for value, line in self.lines.items():
                line.set_data(_REPS, np.asarray(RPE_CHART[value]) * scale)
                if value in self.tags:
                    self.tags[value].set_position((_REPS[-1] + 0.15, RPE_CHART[value][-1] * scale))
        self.chosen.set_data(_REPS, np.asarray(RPE_CHART[float(rpe)]) * scale)
        self.point.set_data([reps], [load])
        low = min(RPE_CHART[min(RPE_CHART)]) * scale
        set_limits(self.ax, ylim=(low * 0.97, self._one_rm * 1.03))
        if self.ax.get_ylabel() != f"load ({unit})":
            self.ax.set_ylabel(f"load ({unit})")
        self.ax.title.set_text(
            f"{int(reps)} reps at RPE {rpe:g}: {fmt(load)} {unit} for a 1RM of {fmt(one_rm)} {unit}"
        )

    @staticmethod
    def alt_text(one_rm: float, reps: int, rpe: float, unit: str) -> str:
        """A sentence describing what the chart shows now."""
        percent = rpe_to_percent(reps, rpe)
        load = load_for_rpe(one_rm, reps, rpe)
        return (
            f"Line chart of the RPE chart's curves in {unit} for a 1RM of {fmt(one_rm)} {unit}, "
            f"with the RPE {rpe:g} curve highlighted and a marker at {int(reps)} reps, "
            f"{percent:g}% of 1RM ({fmt(load)} {unit})."
        )
