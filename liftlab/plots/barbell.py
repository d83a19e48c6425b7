"""A loaded barbell, drawn from the plates on one side (mirrored on the other).

:class:`BarbellDrawing` builds a fixed pool of plate rectangles and labels once;
:meth:`BarbellDrawing.update` moves, resizes, recolours and relabels the ones it
needs and hides the rest, so a calculator never re-creates the figure.

Plates are not to scale: their height grows with their weight and every plate is
labelled with its weight, so the drawing reads the same without colour. Kilogram
plates take their usual colours (IWF/IPF, see :data:`liftlab.plates.PLATE_COLOURS_KG`);
pound plates, which have no colour standard, are shades of grey.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from liftlab.plates import PLATE_COLOURS_KG
from liftlab.plots.loads import fmt
from liftlab.plots.style import animate, new_figure
from liftlab.units import check_unit

#: Most plates drawn on one side; a sleeve (about 415 mm) holds about this many thin plates.
MAX_PLATES_PER_SIDE = 20

#: Fill colours for the colour names of :data:`liftlab.plates.PLATE_COLOURS_KG`.
COLOUR_HEX: dict[str, str] = {
    "red": "#D62728",
    "blue": "#1F5FAD",
    "yellow": "#F2D024",
    "green": "#2E8B3E",
    "white": "#FFFFFF",
    "black": "#262626",
    "chrome": "#C8C8C8",
}

# Heaviest standard plate of each unit: the full-height plate.
_HEAVIEST = {"kg": 25.0, "lb": 45.0}
_SHAFT_HALF = 4.0  # half the visible shaft between the collars (drawing units)
_COLLAR = 0.5  # collar (the stop the plates rest against) thickness
_SLEEVE_MIN = 6.0  # a sleeve is drawn at least this long


def plate_size(weight: float, unit: str) -> tuple[float, float]:
    """``(thickness, height)`` of a plate in drawing units: both grow with the weight."""
    share = min(weight / _HEAVIEST[check_unit(unit)], 1.2)
    return 0.55 + 0.5 * share, 0.3 + 0.7 * share**0.5


def plate_colour(weight: float, unit: str) -> str:
    """Fill colour: the usual colour of a kg plate, a shade of grey for lb plates."""
    if check_unit(unit) == "kg" and weight in PLATE_COLOURS_KG:
        return COLOUR_HEX[PLATE_COLOURS_KG[weight]]
    share = min(weight / _HEAVIEST[unit], 1.0)
    level = round(200 - 150 * share)  # heavier plates darker
    return f"#{level:02x}{level:02x}{level:02x}"


def _label_colour(fill: str) -> str:
    red, green, blue = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "white"


def describe_plates(plates: Sequence[float], unit: str) -> str:
    """One side's plates, grouped: ``"4 × 25 + 5 + 2.5 kg"``; ``"no plates"`` if empty."""
    if not plates:
        return "no plates"
    groups: list[list[float]] = []
    for plate in plates:
        if groups and groups[-1][0] == plate:
            groups[-1].append(plate)
        else:
            groups.append([plate])
    parts = [fmt(g[0]) if len(g) == 1 else f"{len(g)} × {fmt(g[0])}" for g in groups]
    return " + ".join(parts) + f" {unit}"


def loading_equation(plates: Sequence[float], bar: float, unit: str) -> str:
    """``"100 kg = 20 kg bar + 2 × (25 + 15) kg"``, or ``"20 kg = the bar alone"``."""
    total = bar + 2 * sum(plates)
    if not plates:
        return f"{fmt(total)} {unit} = the bar alone"
    inner = describe_plates(plates, unit).removesuffix(f" {unit}")
    many = len(plates) > 1
    return (
        f"{fmt(total)} {unit} = {fmt(bar)} {unit} bar + 2 × "
        f"{'(' if many else ''}{inner}{')' if many else ''} {unit}"
    )


class BarbellDrawing:
    """A barbell loaded with ``plates`` (one side, heaviest first) on each side.

    Build once, then call :meth:`update` with new plates: the same pool of
    ``2 * MAX_PLATES_PER_SIDE`` rectangles and labels is reused.
    """

    def __init__(self, plates: Sequence[float], bar: float, unit: str) -> None:
        self.figure, self.ax = new_figure(figsize=(6.4, 2.8))
        ax = self.ax
        ax.set_axis_off()
        ax.set_ylim(-0.62, 0.62)
        grey = "#7f7f7f"
        self.shaft = ax.add_patch(
            Rectangle((-_SHAFT_HALF, -0.035), 2 * _SHAFT_HALF, 0.07, color=grey, zorder=1)
        )
        self.sleeves = [
            ax.add_patch(Rectangle((0, -0.06), 1, 0.12, color="#a6a6a6", zorder=1))
            for _ in range(2)
        ]
        self.collars = [
            ax.add_patch(
                Rectangle((0, -0.16), _COLLAR, 0.32, color="#595959", ec="black", zorder=2)
            )
            for _ in range(2)
        ]
        self.plates: list[Rectangle] = []
        self.labels = []
        for _ in range(2 * MAX_PLATES_PER_SIDE):
            self.plates.append(
                ax.add_patch(Rectangle((0, 0), 1, 1, ec="black", lw=1.0, zorder=3, visible=False))
            )
            self.labels.append(
                ax.text(
                    0,
                    0,
                    "",
                    rotation=90,
                    ha="center",
                    va="center",
                    fontsize=8,
                    fontweight="bold",
                    zorder=4,
                    visible=False,
                )
            )
        self.bar_label = ax.text(
            0, -0.11, "", ha="center", va="top", fontsize=9, color="#333333", zorder=4
        )
        # Everything that moves with the load is drawn over a cached background.
        animate(*self.sleeves, *self.collars, *self.plates, *self.labels, self.bar_label)
        animate(self.ax.title)
        self.update(plates, bar, unit)

    def update(self, plates: Sequence[float], bar: float, unit: str) -> None:
        """Show ``plates`` (one side, heaviest first) on a ``bar`` in ``unit``."""
        unit = check_unit(unit)
        plates = [float(p) for p in plates]
        if len(plates) > MAX_PLATES_PER_SIDE:
            raise ValueError(
                f"{len(plates)} plates a side would not fit on a sleeve: at most "
                f"{MAX_PLATES_PER_SIDE} are drawn. Use heavier plates or a lighter load."
            )
        sizes = [plate_size(p, unit) for p in plates]
        stack = sum(thickness for thickness, _ in sizes)
        inner = _SHAFT_HALF + _COLLAR
        sleeve = max(_SLEEVE_MIN, stack + 1.0)
        for side, (sleeve_patch, collar) in enumerate(zip(self.sleeves, self.collars, strict=True)):
            sign = -1 if side == 0 else 1
            collar.set_x(sign * _SHAFT_HALF - (_COLLAR if sign < 0 else 0))
            sleeve_patch.set_x(-inner - sleeve if sign < 0 else inner)
            sleeve_patch.set_width(sleeve)
        used = 0
        for sign in (-1, 1):
            position = inner
            for weight, (thickness, height) in zip(plates, sizes, strict=True):
                patch, label = self.plates[used], self.labels[used]
                left = position if sign > 0 else -position - thickness
                fill = plate_colour(weight, unit)
                patch.set_bounds(left, -height / 2, thickness, height)
                patch.set_facecolor(fill)
                patch.set_visible(True)
                label.set_position((left + thickness / 2, 0))
                label.set_text(fmt(weight))
                label.set_color(_label_colour(fill))
                label.set_visible(True)
                position += thickness
                used += 1
        for patch, label in zip(self.plates[used:], self.labels[used:], strict=True):
            patch.set_visible(False)
            label.set_visible(False)
        half = inner + sleeve + 0.3
        shown = self.ax.get_xlim()[1]
        # Widen for a longer stack, narrow only for a much shorter one: a steady view
        # keeps the cached background (and the reader's eye) still.
        if half > shown or half < 0.7 * shown:
            self.ax.set_xlim(-half, half)
        self.bar_label.set_text(f"{fmt(bar)} {unit} bar")
        self.ax.title.set_text(loading_equation(plates, bar, unit))

    @staticmethod
    def alt_text(plates: Sequence[float], bar: float, unit: str) -> str:
        """A sentence describing the drawing."""
        total = bar + 2 * sum(plates)
        if not plates:
            return f"Drawing of an empty {fmt(bar)} {unit} bar: {fmt(total)} {unit} in all."
        return (
            f"Drawing of a barbell loaded to {fmt(total)} {unit}: a {fmt(bar)} {unit} bar with, "
            f"on each side from the collar outwards {len(plates)} plate"
            f"{'s' if len(plates) != 1 else ''}: {describe_plates(plates, unit)}."
        )


def barbell_figure(plates: Sequence[float], bar: float, unit: str) -> Figure:
    """A static :class:`BarbellDrawing` figure."""
    return BarbellDrawing(plates, bar, unit).figure
