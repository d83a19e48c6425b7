"""How the seven 1RM equations agree best at five to eight reps and part ways past 10.

Each equation, turned around, is a rep-max curve: the %1RM a lifter can lift for a
given number of reps (:func:`liftlab.one_rep_max.percent_at_reps`). Drawn past their
valid range with ``extrapolate=True``, the curves fan out; the NSCA table sits among
them. The rep counts where they agree best are computed by
:func:`liftlab.one_rep_max.agreement_range` and shaded.

References
----------
Equations and table as in :mod:`liftlab.one_rep_max` [@epley1985; @brzycki1993;
@lander1985; @lombardi1989; @mayhew1992; @oconner1989; @wathen1994; @baechle2008].
"""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from liftlab.one_rep_max import (
    FORMULAS,
    NSCA_PERCENT_BY_REPS,
    agreement_range,
    percent_at_reps,
)
from liftlab.plots.style import PALETTE, SERIES_COLOURS, SERIES_STYLES, new_figure


def divergence_figure(max_reps: int = 20) -> tuple[Figure, str]:
    """Each formula's %1RM–reps curve from 1 to ``max_reps`` reps, with the NSCA table.

    Solid inside the formula's valid rep range, faint past it (``extrapolate=True``);
    the band past 10 reps is shaded, and so are the rep counts where the equations
    agree best (:func:`liftlab.one_rep_max.agreement_range`). Returns ``(figure, alt)``.
    """
    fig, ax = new_figure(figsize=(7.2, 3.8))
    every = np.arange(1, max_reps + 1)
    agree = agreement_range()
    first, last = agree.reps
    ax.axvspan(first - 0.5, last + 0.5, color=PALETTE["bluish_green"], alpha=0.12, lw=0)
    ax.text(
        (first + last) / 2, 58, f"closest agreement:\n{first}–{last} reps", ha="center",
        fontsize=8,
    )  # fmt: skip
    ax.axvspan(10.5, max_reps + 0.5, color=PALETTE["yellow"], alpha=0.15, lw=0)
    ax.text(10.7, 99, "past 10 reps: most equations\nare extrapolated", fontsize=8, va="top")
    ends = {}
    for (name, info), colour, style in zip(
        FORMULAS.items(), SERIES_COLOURS, SERIES_STYLES, strict=True
    ):
        top = info.reps_range[1]
        valid = every[every <= top]
        ax.plot(valid, percent_at_reps(valid, name), style, color=colour, lw=1.8, label=info.label)
        beyond = every[every >= top]
        if beyond.size > 1:
            ax.plot(
                beyond, percent_at_reps(beyond, name, extrapolate=True), style, color=colour,
                lw=1.0, alpha=0.55,
            )  # fmt: skip
        ends[info.label] = float(percent_at_reps(max_reps, name, extrapolate=True))
    reps = list(NSCA_PERCENT_BY_REPS)
    ax.plot(
        reps, list(NSCA_PERCENT_BY_REPS.values()), "s", mfc="none", mec=PALETTE["black"], ms=6,
        mew=1.2, label="NSCA table",
    )  # fmt: skip
    ax.set_xlim(0.5, max_reps + 0.5)
    ax.set_xticks([1, *range(2, max_reps + 1, 2)])
    ax.set_xlabel("reps to failure (rep maximum)")
    ax.set_ylabel("load (% of 1RM)")
    ax.title.set_text("Seven 1RM equations: %1RM for each rep max")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    five = [float(percent_at_reps(5, name)) for name in FORMULAS]
    ten = [float(percent_at_reps(10, name)) for name in FORMULAS]
    low_name = min(ends, key=ends.get)
    high_name = max(ends, key=ends.get)
    alt = (
        f"Line chart of %1RM against reps from 1 to {max_reps} for seven 1RM equations and "
        f"the NSCA table: at 5 reps the equations span {min(five):.1f}–{max(five):.1f}% of 1RM, "
        f"at 10 reps {min(ten):.1f}–{max(ten):.1f}%, and at {max_reps} reps, extrapolated, "
        f"from {ends[low_name]:.1f}% ({low_name}) to {ends[high_name]:.1f}% ({high_name}). "
        f"A shaded band marks {first}–{last} reps, where the equations agree best (spread "
        f"{agree.narrowest:.1f}–{agree.widest:.1f} percentage points)."
    )
    return fig, alt
