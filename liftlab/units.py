"""Kilograms and pounds, and rounding a load to a step you can actually set up.

Units are ``"kg"`` or ``"lb"`` only (see :func:`liftlab.validation.check_unit`).
Case and surrounding spaces are forgiven (``"KG "`` is ``"kg"``), but ``"lbs"``,
``"pounds"`` or ``None`` are refused, and no function guesses a unit from the size
of a number.

References
----------
International yard and pound agreement (1959): the international avoirdupois pound
is defined as exactly 0.45359237 kg (US National Bureau of Standards, Federal
Register notice of 1 July 1959) [@nbs1959].
"""

from __future__ import annotations

from typing import Any

import numpy as np

from liftlab.validation import (
    UNITS,
    as_number,
    as_output,
    check_choice,
    check_range,
)
from liftlab.validation import check_unit as check_unit

__all__ = [
    "KG_PER_LB",
    "LB_PER_KG",
    "ROUNDING_MODES",
    "UNITS",
    "check_unit",
    "convert",
    "convert_rounded",
    "kg_to_lb",
    "lb_to_kg",
    "round_to_increment",
]

#: Kilograms in one international avoirdupois pound, exact by definition
#: (international yard and pound agreement, 1959).
KG_PER_LB: float = 0.45359237

#: Pounds in one kilogram (1 / :data:`KG_PER_LB`, about 2.20462).
LB_PER_KG: float = 1.0 / KG_PER_LB

#: How :func:`round_to_increment` (and :func:`liftlab.plates.round_to_plates`) may round.
ROUNDING_MODES: tuple[str, ...] = ("nearest", "down", "up")

# Loads are tidied to this many decimals after rounding, so that 3 * 0.1 kg prints 0.3.
_DECIMALS = 9


def convert(value: Any, from_unit: str, to_unit: str) -> float | np.ndarray:
    """Convert a mass between kilograms and pounds.

    Parameters
    ----------
    value : float or array_like
        Mass (or a difference of masses) in ``from_unit``. Any finite number is
        accepted: conversion is a pure scale factor, so a negative change of load
        converts as well as a load.
    from_unit, to_unit : {"kg", "lb"}
        Units of ``value`` and of the result.

    Returns
    -------
    float or numpy.ndarray
        ``value`` in ``to_unit`` (a float for a scalar, an array otherwise), using
        1 lb = 0.45359237 kg exactly (international yard and pound agreement, 1959).

    Raises
    ------
    ValueError, TypeError
        For a unit other than ``"kg"``/``"lb"`` or a value that is not a finite number.

    Examples
    --------
    >>> convert(100, "kg", "lb")  # doctest: +ELLIPSIS
    220.462...
    >>> convert(45, "lb", "kg")  # doctest: +ELLIPSIS
    20.411...
    """
    number = as_number("value", value)
    source = check_unit(from_unit, "from_unit")
    target = check_unit(to_unit, "to_unit")
    if source == target:
        return as_output(number)
    if source == "lb":
        return as_output(np.multiply(number, KG_PER_LB))
    return as_output(np.divide(number, KG_PER_LB))


def convert_rounded(value: Any, from_unit: str, to_unit: str, step: Any = 0.1) -> float:
    """Convert a mass and round it to the nearest ``step``: what a box shows after the
    kg/lb switch.

    A load converted exactly (100 kg = 220.46226... lb) is not something anyone types or
    loads; a tenth of a kilogram or pound is finer than any plate, so calculators show
    the converted value to ``step`` (an exact tie goes down, as in
    :func:`round_to_increment`).

    Parameters
    ----------
    value : float
        A mass >= 0 in ``from_unit``.
    from_unit, to_unit : {"kg", "lb"}
    step : float
        Rounding step, > 0 (default 0.1).

    Returns
    -------
    float

    Examples
    --------
    >>> convert_rounded(100, "kg", "lb")
    220.5
    >>> convert_rounded(220.5, "lb", "kg")
    100.0
    >>> convert_rounded(2, "kg", "lb")
    4.4
    """
    mass = check_range("value", value, low=0.0)
    if not isinstance(mass, float):
        raise TypeError(f"value={value!r} is not one number: give a single mass.")
    exact = convert(mass, from_unit, to_unit)
    return float(round_to_increment(exact, step, "nearest"))


def kg_to_lb(kg: Any) -> float | np.ndarray:
    """Kilograms → pounds (``kg / 0.45359237``); see :func:`convert`."""
    return convert(as_number("kg", kg), "kg", "lb")


def lb_to_kg(lb: Any) -> float | np.ndarray:
    """Pounds → kilograms (``lb * 0.45359237``); see :func:`convert`."""
    return convert(as_number("lb", lb), "lb", "kg")


def round_to_increment(load: Any, increment: Any, mode: str = "nearest") -> float | np.ndarray:
    """Round a load to a multiple of ``increment``.

    Parameters
    ----------
    load : float or array_like
        Load(s) >= 0, in any unit (the same as ``increment``).
    increment : float
        The step, > 0, e.g. 2.5 (kg) for a full set of plates down to 1.25 kg
        a side, or 5 (lb) for the smallest common 2.5 lb pair.
    mode : {"nearest", "down", "up"}
        ``"nearest"`` rounds to the closest multiple; an exact tie (101.25 kg to a
        2.5 kg step) goes **down**, the safer choice for a lifter. ``"down"`` and
        ``"up"`` round toward the lighter / heavier multiple.

    Returns
    -------
    float or numpy.ndarray
        The rounded load(s); a float for a scalar ``load``. Values already on the
        grid (within 1e-9 of a step, to absorb binary floating-point error such as
        ``0.3 / 0.1 = 2.9999999999999996``) are returned unchanged.

    Notes
    -----
    This rounds to a grid, not to what a given bar and set of plates can make;
    for that see :func:`liftlab.plates.round_to_plates`.

    Examples
    --------
    >>> round_to_increment(101.2, 2.5)
    100.0
    >>> round_to_increment(101.25, 2.5)  # a tie: down
    100.0
    >>> round_to_increment(101.3, 2.5, mode="up")
    102.5
    """
    loads = check_range("load", load, low=0.0)
    step = check_range("increment", increment, low=0.001)
    if not isinstance(step, float):
        raise TypeError(f"increment={increment!r} is not a number: increment must be one number.")
    how = check_choice("mode", mode, ROUNDING_MODES)
    steps = np.divide(loads, step)
    snapped = np.round(steps)
    steps = np.where(
        np.abs(steps - snapped) <= 1e-9 * np.maximum(1.0, np.abs(steps)), snapped, steps
    )
    if how == "down":
        count = np.floor(steps)
    elif how == "up":
        count = np.ceil(steps)
    else:  # nearest, ties down
        count = np.ceil(steps - 0.5)
    return as_output(np.round(count * step, _DECIMALS) + 0.0)  # + 0.0 turns -0.0 into 0.0
