"""Plates per side, and rounding a load to what a bar and a set of plates can make.

Plates are loaded in pairs, one on each side, so a load is ``bar + 2 × (one
side)``. Given the plates available, :func:`plates_per_side` finds the plates for
one side with an exact algorithm: dynamic programming over whole multiples of the
finest step the plates allow, keeping the **fewest plates** (ties: the most of the
heaviest plate). The greedy "heaviest plate that fits" rule is not enough: with
the standard pound plates, 60 lb a side is 35 + 25 (two plates), not greedy's
45 + 10 + 5; with plates 25 and 20 kg, greedy cannot make 40 kg a side at all.

Plates are given as

- ``None``: the standard kilogram set :data:`PLATES_KG`, as many as needed;
- a sequence of plate weights, e.g. ``(45, 35, 25, 10, 5, 2.5)``: available in
  pairs, as many pairs of each as needed;
- a mapping ``{plate weight: pairs available}``, e.g. ``{20: 2, 10: 1, 5: 1}``,
  for a home gym with a limited inventory.

All weights (load, bar, plates) are in one unit; ``unit=`` only labels messages
(it defaults to ``"kg"`` for the standard kg set, and to no label otherwise:
units are never guessed).

Plate colours
-------------
:data:`PLATE_COLOURS_KG` follows the **powerlifting (IPF)** convention, not the
weightlifting (IWF) one. The IPF Technical Rules fix red for 25 kg, blue for 20 kg
and yellow for 15 kg discs and let discs of 10 kg and under be any colour; green
10 kg, white 5 kg, black 2.5 kg and chrome 1.25 kg are the usual colours of
powerlifting disc sets, a convention rather than a rule. The IWF uses the same
colours from 25 kg down to 5 kg (white), but its 2.5 kg change plate is red (and its
2, 1.5, 1 and 0.5 kg plates blue, yellow, green and white).

References
----------
- International Powerlifting Federation (IPF). *Technical Rules Book* (2024): disc
  colours, 25 kg red, 20 kg blue, 15 kg yellow, 10 kg and under any colour.
  [@ipf2024]
- International Weightlifting Federation (IWF). *Technical and Competition Rules &
  Regulations* (2024): 20 kg men's and 15 kg women's bars; discs 25 kg red, 20 kg
  blue, 15 kg yellow, 10 kg green, 5 kg white, change plates 2.5 kg red. [@iwf2024]
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import numpy as np

from liftlab.units import ROUNDING_MODES
from liftlab.validation import (
    as_number,
    as_output,
    check_choice,
    check_integer,
    check_range,
    check_unit,
)

__all__ = [
    "BAR_LB",
    "BAR_MEN_KG",
    "BAR_WOMEN_KG",
    "PLATES_KG",
    "PLATES_LB",
    "PLATE_COLOURS_KG",
    "loadable_loads",
    "nearest_loadable",
    "plates_per_side",
    "round_to_plates",
]

#: Standard kilogram plates: the powerlifting (IPF) disc set from 25 kg down to the 1.25 kg
#: change plate [@ipf2024] (weightlifting, IWF, uses 2.5, 2, 1.5, 1 and 0.5 kg change plates).
PLATES_KG: tuple[float, ...] = (25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25)
#: Standard pound plates found in most gyms.
PLATES_LB: tuple[float, ...] = (45.0, 35.0, 25.0, 10.0, 5.0, 2.5)
#: Men's Olympic bar, kg (IWF).
BAR_MEN_KG: float = 20.0
#: Women's Olympic bar, kg (IWF).
BAR_WOMEN_KG: float = 15.0
#: Standard pound bar (45 lb, about 20.4 kg).
BAR_LB: float = 45.0

#: Usual colours of kg discs in powerlifting (IPF): the IPF Technical Rules fix 25 kg
#: red, 20 kg blue and 15 kg yellow and allow any colour at 10 kg and under, where
#: green, white, black and chrome are common practice [@ipf2024]. Weightlifting (IWF)
#: differs below 5 kg: its 2.5 kg plate is red [@iwf2024].
PLATE_COLOURS_KG: Mapping[float, str] = MappingProxyType(
    {
        25.0: "red",
        20.0: "blue",
        15.0: "yellow",
        10.0: "green",
        5.0: "white",
        2.5: "black",
        1.25: "chrome",
    }
)

#: Lightest plate accepted (fractional plates go down to 0.25 kg / 0.25 lb; below
#: 0.01 the step arithmetic would need absurdly many steps).
MIN_PLATE: float = 0.01

_INF = np.int64(2**40)  # "cannot be made" in the plate-count tables
_MAX_STEPS = 2_000_000  # one side's load in steps of the finest resolution


@dataclass(frozen=True)
class _Plates:
    """Plates parsed to integer steps of ``resolution`` (heaviest first)."""

    weights: tuple[float, ...]
    pairs: tuple[int | None, ...]  # None: unlimited
    resolution: Fraction
    steps: tuple[int, ...]
    unit: str

    def describe(self) -> str:
        parts = []
        for weight, pairs in zip(self.weights, self.pairs, strict=True):
            text = f"{weight:g}"
            if pairs is not None:
                text += f" ({pairs} pair{'s' if pairs != 1 else ''})"
            parts.append(text)
        return ", ".join(parts) + self.unit

    @property
    def finite(self) -> bool:
        return all(pairs is not None for pairs in self.pairs)

    def most_steps(self) -> int:
        return sum(s * p for s, p in zip(self.steps, self.pairs, strict=True) if p is not None)


def _parse(plates: Any, unit: str | None) -> _Plates:
    """Check ``plates`` and express them in whole steps."""
    default = " kg" if plates is None else ""
    label = default if unit is None else " " + check_unit(unit)
    if plates is None:
        plates = PLATES_KG
    if isinstance(plates, (str, bytes, numbers.Number)):
        raise TypeError(
            f"plates={plates!r} is not a set of plates: plates must be a sequence of plate "
            "weights, a mapping {weight: pairs available}, or None for the standard kg set."
        )
    inventory: dict[float, int | None] = {}
    if isinstance(plates, Mapping):
        for weight, pairs in plates.items():
            value = check_range("plates", weight, low=MIN_PLATE)
            count = check_integer(f"plates[{value:g}] (pairs available)", pairs, low=0)
            if count:
                inventory[value] = inventory.get(value, 0) + count
    else:
        try:
            items = list(np.asarray(plates, dtype=object).ravel())
        except Exception as exc:  # pragma: no cover - exotic containers
            raise TypeError(f"plates={plates!r} is not a sequence of plate weights.") from exc
        for weight in items:
            inventory[check_range("plates", weight, low=MIN_PLATE)] = None
    if not inventory:
        raise ValueError(f"plates={plates!r} holds no plates: give at least one plate weight.")
    weights = tuple(sorted(inventory, reverse=True))
    fractions = [Fraction(w).limit_denominator(10**6) for w in weights]
    denominator = math.lcm(*(f.denominator for f in fractions))
    whole = [int(f * denominator) for f in fractions]
    divisor = math.gcd(*whole)
    return _Plates(
        weights=weights,
        pairs=tuple(inventory[w] for w in weights),
        resolution=Fraction(divisor, denominator),
        steps=tuple(w // divisor for w in whole),
        unit=label,
    )


def _tables(spec: _Plates, top: int) -> list[np.ndarray]:
    """Fewest plates for each one-side load ``0..top`` steps, after each plate size.

    ``tables[i][s]`` is the fewest plates making ``s`` steps with the ``i`` lightest
    plate sizes (``_INF`` if impossible); ``tables[-1]`` uses all of them.
    """
    table = np.full(top + 1, _INF, dtype=np.int64)
    table[0] = 0
    tables = [table.copy()]
    for step, pairs in zip(reversed(spec.steps), reversed(spec.pairs), strict=True):
        if pairs is None:  # unlimited: running minimum along each residue class
            rows = -(-(top + 1) // step)
            grid = np.full(rows * step, _INF, dtype=np.int64)
            grid[: top + 1] = table
            grid = grid.reshape(rows, step)
            count = np.arange(rows, dtype=np.int64)[:, None]
            grid = count + np.minimum.accumulate(grid - count, axis=0)
            table = np.minimum(grid.reshape(-1)[: top + 1], _INF)
        else:  # limited: split into 1, 2, 4, ... plates, each used once or not
            left, chunk = pairs, 1
            while left > 0:
                take = min(chunk, left)
                shift = take * step
                if shift <= top:
                    new = table.copy()
                    new[shift:] = np.minimum(table[shift:], table[: top + 1 - shift] + take)
                    table = new
                left -= take
                chunk *= 2
        tables.append(table)
    return tables


def _check_bar(bar: Any, spec: _Plates) -> float:
    value = check_range("bar", bar, low=0.0, unit=spec.unit.strip())
    if not isinstance(value, float):
        raise TypeError(f"bar={bar!r} is not one number: bar must be a single weight.")
    return value


def _top_steps(spec: _Plates, side: float) -> int:
    """Steps to tabulate so that the nearest loadable load above ``side`` is included."""
    steps = math.floor(side / spec.resolution + 1e-7)
    top = steps + max(spec.steps)  # unlimited: something loadable lies within one plate
    if spec.finite:
        top = min(top, spec.most_steps())
    if top > _MAX_STEPS:
        raise ValueError(
            f"plates {spec.describe()} are too fine for this load: one side would need "
            f"{top} steps of {float(spec.resolution):g}; at most {_MAX_STEPS} are supported."
        )
    return max(top, 0)


def _below_above(reachable: np.ndarray, steps: float) -> tuple[int, int | None]:
    """Index of the last reachable step <= ``steps`` and the first >= it (or None)."""
    index = np.flatnonzero(reachable)
    low = int(index[np.searchsorted(index, steps + 1e-7, side="right") - 1])
    position = np.searchsorted(index, steps - 1e-7, side="left")
    high = int(index[position]) if position < len(index) else None
    return low, high


def _total(bar: float, spec: _Plates, steps: int | np.ndarray) -> float | np.ndarray:
    return as_output(np.round(bar + 2.0 * np.asarray(steps) * float(spec.resolution), 9))


def _scalar_load(load: Any) -> float:
    value = as_number("load", load)
    if not isinstance(value, float):
        raise TypeError(f"load={load!r} is not one number: give a single load.")
    return value


def _check_load(load: float, bar: float, spec: _Plates) -> None:
    if load < bar:
        raise ValueError(
            f"load={load:g}{spec.unit} is lighter than the bar ({bar:g}{spec.unit}): "
            f"load must be >= {bar:g}{spec.unit}."
        )


def nearest_loadable(
    load: Any, bar: Any = BAR_MEN_KG, plates: Any = None, *, unit: str | None = None
) -> tuple[float, float | None]:
    """The loadable loads just below and just above ``load`` (both ``load`` if exact).

    Parameters
    ----------
    load : float
        Target total load (bar included), >= ``bar``.
    bar : float
        Bar weight, >= 0 (default 20, the men's Olympic bar in kg).
    plates : None, sequence or mapping
        See the module docstring (``None``: :data:`PLATES_KG`, unlimited).
    unit : {"kg", "lb"}, optional, keyword-only
        Only labels messages.

    Returns
    -------
    (float, float or None)
        ``(below, above)``. ``above`` is ``None`` only with a limited inventory whose
        heaviest load is below ``load``.

    Examples
    --------
    >>> nearest_loadable(101)
    (100.0, 102.5)
    """
    spec = _parse(plates, unit)
    weight = _scalar_load(load)
    bar_weight = _check_bar(bar, spec)
    _check_load(weight, bar_weight, spec)
    side = (weight - bar_weight) / 2.0
    reachable = _tables(spec, _top_steps(spec, side))[-1] < _INF
    low, high = _below_above(reachable, side / float(spec.resolution))
    return _total(bar_weight, spec, low), None if high is None else _total(bar_weight, spec, high)


def plates_per_side(
    load: Any, bar: Any = BAR_MEN_KG, plates: Any = None, *, unit: str | None = None
) -> tuple[float, ...]:
    """Plates for ONE side of the bar to make ``load`` exactly, heaviest first.

    Parameters
    ----------
    load : float
        Target total load (bar included), >= ``bar``.
    bar : float
        Bar weight, >= 0 (default 20, the men's Olympic bar in kg).
    plates : None, sequence or mapping
        ``None`` for the standard kg set :data:`PLATES_KG`; a sequence of plate
        weights (pairs, unlimited); or ``{weight: pairs available}``.
    unit : {"kg", "lb"}, optional, keyword-only
        Only labels messages (default: ``"kg"`` for the standard set, none otherwise).

    Returns
    -------
    tuple of float
        One side's plates, heaviest first; ``()`` for the bar alone. The fewest
        plates that make the load exactly; among equally few, the one using the most
        of the heaviest plate.

    Raises
    ------
    ValueError
        If the load is lighter than the bar, or cannot be made exactly (the message
        gives the nearest loadable loads below and above).

    Examples
    --------
    >>> plates_per_side(100)
    (25.0, 15.0)
    >>> plates_per_side(165, bar=45, plates=PLATES_LB)
    (35.0, 25.0)
    """
    spec = _parse(plates, unit)
    weight = _scalar_load(load)
    bar_weight = _check_bar(bar, spec)
    _check_load(weight, bar_weight, spec)
    side = (weight - bar_weight) / 2.0
    tables = _tables(spec, _top_steps(spec, side))
    reachable = tables[-1] < _INF
    steps = side / float(spec.resolution)
    target = round(steps)
    exact = abs(steps - target) <= 1e-7 * max(1.0, steps)
    if not (exact and target < len(reachable) and reachable[target]):
        low, high = _below_above(reachable, steps)
        below = _total(bar_weight, spec, low)
        u = spec.unit
        if high is None:
            nearest = f"the nearest loadable load is {below:g}{u} (nothing heavier can be made)"
        else:
            nearest = (
                f"the nearest loadable loads are {below:g} and "
                f"{_total(bar_weight, spec, high):g}{u}"
            )
        raise ValueError(
            f"load={weight:g}{u} cannot be made with a {bar_weight:g}{u} bar and plates "
            f"{spec.describe()}: {nearest}."
        )
    chosen: list[float] = []
    left = target
    # tables[i + 1] includes the (i + 1) lightest sizes; walk from the heaviest size down.
    sizes = list(zip(spec.weights, spec.steps, spec.pairs, strict=True))
    for level, (weight_of, step, pairs) in zip(range(len(sizes), 0, -1), sizes, strict=True):
        with_size, without = tables[level], tables[level - 1]
        most = left // step if pairs is None else min(pairs, left // step)
        for count in range(most, -1, -1):
            if without[left - count * step] + count == with_size[left]:
                chosen.extend([weight_of] * count)
                left -= count * step
                break
    return tuple(chosen)


def round_to_plates(
    load: Any,
    bar: Any = BAR_MEN_KG,
    plates: Any = None,
    mode: str = "nearest",
    *,
    unit: str | None = None,
) -> float | np.ndarray:
    """Round load(s) to a total that the bar and plates can actually make.

    Parameters
    ----------
    load : float or array_like
        Target total load(s), each >= ``bar``.
    bar, plates, unit
        As in :func:`plates_per_side`.
    mode : {"nearest", "down", "up"}
        ``"nearest"``: the closer loadable load, an exact tie going **down** (the
        safer choice); ``"down"``/``"up"``: the loadable load at or below / above.

    Returns
    -------
    float or numpy.ndarray
        Loadable load(s), a float for a scalar ``load``.

    Raises
    ------
    ValueError
        If a load is lighter than the bar, or (``mode="up"``, limited inventory)
        heavier than the heaviest loadable load.

    Examples
    --------
    >>> round_to_plates(101.25)  # tie between 100 and 102.5: down
    100.0
    >>> round_to_plates([101.3, 136], mode="up").tolist()
    [102.5, 137.5]
    """
    spec = _parse(plates, unit)
    weights = as_number("load", load)
    bar_weight = _check_bar(bar, spec)
    how = check_choice("mode", mode, ROUNDING_MODES)
    array = np.asarray(weights, dtype=float)
    if array.size and array.min() < bar_weight:
        _check_load(float(array.min()), bar_weight, spec)
    if array.size == 0:
        return as_output(array)
    sides = (array - bar_weight) / 2.0
    reachable = _tables(spec, _top_steps(spec, float(sides.max())))[-1] < _INF
    index = np.flatnonzero(reachable).astype(float)
    steps = sides / float(spec.resolution)
    below_pos = np.searchsorted(index, steps + 1e-7, side="right") - 1
    above_pos = np.searchsorted(index, steps - 1e-7, side="left")
    below = index[below_pos]
    has_above = above_pos < len(index)
    above = np.where(has_above, index[np.minimum(above_pos, len(index) - 1)], np.inf)
    if how == "down":
        chosen = below
    else:
        if not np.all(has_above):
            heaviest = _total(bar_weight, spec, int(index[-1]))
            if how == "up":
                worst = float(array[~has_above].flat[0])
                raise ValueError(
                    f"load={worst:g}{spec.unit} cannot be rounded up: the heaviest load these "
                    f"plates make is {heaviest:g}{spec.unit}."
                )
        closer_above = np.where(above - steps < steps - below, above, below)
        chosen = above if how == "up" else closer_above
    return _total(bar_weight, spec, chosen)


def loadable_loads(bar: Any = BAR_MEN_KG, plates: Any = None, up_to: Any = None) -> np.ndarray:
    """Every total load the bar and plates can make, from the bar up to ``up_to``.

    Parameters
    ----------
    bar : float
        Bar weight, >= 0 (default 20 kg).
    plates : None, sequence or mapping
        As in :func:`plates_per_side`.
    up_to : float
        Heaviest total to list, >= ``bar`` (required).

    Returns
    -------
    numpy.ndarray
        Sorted loadable totals (the bar alone first).

    Examples
    --------
    >>> loadable_loads(20, (10, 5), 50).tolist()
    [20.0, 30.0, 40.0, 50.0]
    """
    spec = _parse(plates, None)
    bar_weight = _check_bar(bar, spec)
    if up_to is None:
        raise TypeError("loadable_loads() needs up_to, the heaviest total load to list.")
    top = check_range("up_to", up_to, low=bar_weight, unit=spec.unit.strip())
    if not isinstance(top, float):
        raise TypeError(f"up_to={up_to!r} is not one number: up_to must be a single load.")
    side_steps = math.floor((top - bar_weight) / 2.0 / spec.resolution + 1e-7)
    if spec.finite:
        side_steps = min(side_steps, spec.most_steps())
    if side_steps > _MAX_STEPS:
        raise ValueError(
            f"up_to={top:g} is too heavy for plates this fine: at most {_MAX_STEPS} steps "
            f"of {float(spec.resolution):g} per side are supported."
        )
    reachable = _tables(spec, side_steps)[-1] < _INF
    return np.asarray(_total(bar_weight, spec, np.flatnonzero(reachable)), dtype=float)
