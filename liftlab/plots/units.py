"""A first figure: kilograms and pounds, with a few loads every lifter meets."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from liftlab.formatting import format_number
from liftlab.plates import BAR_LB, BAR_MEN_KG
from liftlab.plots.style import PALETTE, new_figure
from liftlab.units import KG_PER_LB, kg_to_lb, lb_to_kg

#: Loads marked on the conversion line: (label, value, unit of value).
LANDMARKS: tuple[tuple[str, float, str], ...] = (
    ("men's Olympic bar", BAR_MEN_KG, "kg"),
    ("standard pound bar", BAR_LB, "lb"),
    ("a round number", 100.0, "kg"),
    ("the article's 300 lb squat", 300.0, "lb"),
)


def _both(value: float, unit: str) -> tuple[float, float]:
    """``(kg, lb)`` of a load given in ``unit``."""
    return (value, kg_to_lb(value)) if unit == "kg" else (lb_to_kg(value), value)


def unit_conversion_figure() -> tuple[Figure, str]:
    """Pounds against kilograms (1 lb = 0.45359237 kg exactly), with landmarks marked.

    Returns ``(figure, alt)``.
    """
    fig, ax = new_figure()
    top = 220.0
    kg = np.linspace(0.0, top, 2)
    ax.plot(
        kg,
        kg_to_lb(kg),
        "-",
        color=PALETTE["blue"],
        lw=2,
        label=f"1 lb = {KG_PER_LB:.8g} kg (exact)",
    )
    words = []
    for label, value, unit in LANDMARKS:
        in_kg, in_lb = _both(value, unit)
        ax.plot([in_kg], [in_lb], "o", ms=7, mfc="white", mec=PALETTE["vermillion"], mew=2)
        # Two decimals on purpose: this figure is about the conversion itself.
        words.append(f"{label}: {format_number(in_kg, 2)} kg = {format_number(in_lb, 2)} lb")
    # The two bars nearly coincide: one label for both, in the empty upper-left corner.
    bars = words[:2]
    ax.annotate(
        "\n".join(bars),
        _both(*LANDMARKS[0][1:]),
        xytext=(4, kg_to_lb(top) * 0.86),
        fontsize=8.5,
        va="top",
        arrowprops={"arrowstyle": "->", "color": "#555555", "lw": 1},
    )
    # The others sit above and to the left of their point, where the line is not.
    for (_, value, unit), text in zip(LANDMARKS[2:], words[2:], strict=True):
        ax.annotate(
            text,
            _both(value, unit),
            xytext=(-8, 8),
            textcoords="offset points",
            fontsize=8.5,
            ha="right",
            va="bottom",
        )
    ax.set_xlim(0, top)
    ax.set_ylim(0, kg_to_lb(top))
    ax.set_xlabel("mass (kg)")
    ax.set_ylabel("mass (lb)")
    ax.title.set_text(f"Kilograms and pounds: 1 kg ≈ {1 / KG_PER_LB:.4f} lb")
    ax.legend(loc="lower right", fontsize=8.5)
    alt = (
        f"Straight line of pounds against kilograms, slope {1 / KG_PER_LB:.5f} lb per kg, "
        "with four loads marked: " + "; ".join(words) + "."
    )
    return fig, alt
