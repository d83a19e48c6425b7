"""Checks of user-given arguments, shared by every core module.

Every public function of :mod:`liftlab` validates what it is given with these
helpers, so that bad input fails the same way everywhere: a ``ValueError`` (or a
``TypeError`` for a value of the wrong kind) whose message names the argument,
repeats the value and says what is allowed, e.g.::

    ValueError: reps=0 is not allowed: reps must be >= 1.

Scalars come back as ``float``; anything array-like comes back as a float
``numpy.ndarray``, so callers can broadcast.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable
from typing import Any

import numpy as np

UNITS = ("kg", "lb")

#: Largest magnitude accepted for any number. Nothing in training comes near it, and
#: beyond it products such as load x reps x sets could overflow to infinity.
MAX_MAGNITUDE = 1e12


def _show(value: Any) -> str:
    """Short ``repr`` of a value for an error message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def as_number(name: str, value: Any) -> float | np.ndarray:
    """Return ``value`` as a finite float, or a float array of finite values.

    Raises
    ------
    TypeError
        If ``value`` is not a real number or an array of real numbers
        (``bool``, ``str``, ``None`` and complex numbers are refused).
    ValueError
        If ``value`` is NaN or infinite, or an array contains such a value.
    """
    if isinstance(value, (bool, np.bool_)) or value is None or isinstance(value, (str, bytes)):
        raise TypeError(f"{name}={_show(value)} is not a number: {name} must be a real number.")
    if isinstance(value, numbers.Real):
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(
                f"{name}={_show(value)} is not allowed: {name} must be a finite number."
            )
        if abs(number) > MAX_MAGNITUDE:
            raise ValueError(
                f"{name}={_show(value)} is too large: {name} must be between "
                f"-{MAX_MAGNITUDE:g} and {MAX_MAGNITUDE:g}."
            )
        return number
    if isinstance(value, numbers.Number):  # complex and friends
        raise TypeError(f"{name}={_show(value)} is not a real number: {name} must be real.")
    try:
        array = np.asarray(value)
    except Exception as exc:  # ragged lists and other oddities
        raise TypeError(f"{name}={_show(value)} is not a number or an array of numbers.") from exc
    if array.dtype.kind not in "iuf" or array.dtype == np.bool_:
        raise TypeError(
            f"{name}={_show(value)} is not a number or an array of real numbers "
            f"(dtype {array.dtype})."
        )
    array = array.astype(float)
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or infinite values: every {name} must be finite.")
    if np.any(np.abs(array) > MAX_MAGNITUDE):
        raise ValueError(
            f"{name} contains a value beyond ±{MAX_MAGNITUDE:g}: every {name} must be between "
            f"-{MAX_MAGNITUDE:g} and {MAX_MAGNITUDE:g}."
        )
    if array.ndim == 0:
        return float(array)
    return array


def check_range(
    name: str,
    value: Any,
    *,
    low: float | None = None,
    high: float | None = None,
    low_open: bool = False,
    high_open: bool = False,
    unit: str = "",
) -> float | np.ndarray:
    """Return ``value`` as a number (see :func:`as_number`) after checking its bounds.

    ``low``/``high`` are inclusive unless ``low_open``/``high_open`` is set.
    The message of the ``ValueError`` names the argument, the offending value
    and the allowed interval, with ``unit`` after the numbers when given.
    """
    number = as_number(name, value)
    array = np.asarray(number)
    suffix = f" {unit}" if unit else ""
    bad = np.zeros(array.shape, dtype=bool)
    rules = []
    if low is not None:
        bad |= array <= low if low_open else array < low
        rules.append(f"{'>' if low_open else '>='} {low:g}{suffix}")
    if high is not None:
        bad |= array >= high if high_open else array > high
        rules.append(f"{'<' if high_open else '<='} {high:g}{suffix}")
    if np.any(bad):
        offender = array[bad].flat[0] if array.ndim else array
        shown = f"{float(offender):g}{suffix}"
        where = f"{name}={shown}" if array.ndim == 0 else f"{name} contains {shown}"
        raise ValueError(f"{where}, which is not allowed: {name} must be {' and '.join(rules)}.")
    return number


def check_positive(name: str, value: Any, *, unit: str = "") -> float | np.ndarray:
    """Return ``value`` as a number after checking that it is > 0."""
    return check_range(name, value, low=0.0, low_open=True, unit=unit)


def check_integer(name: str, value: Any, *, low: int | None = None, high: int | None = None) -> int:
    """Return ``value`` as an ``int`` after checking it is a whole number in ``[low, high]``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}={_show(value)} is not a whole number: {name} must be an integer.")
    number = check_range(name, value, low=low, high=high)
    if number != int(number):
        raise ValueError(f"{name}={_show(value)} is not a whole number: {name} must be an integer.")
    return int(number)


def check_choice(name: str, value: Any, choices: Iterable[str]) -> str:
    """Return ``value`` (lower-cased) if it is one of ``choices``; raise otherwise."""
    options = tuple(choices)
    allowed = ", ".join(repr(option) for option in options)
    if not isinstance(value, str):
        raise TypeError(f"{name}={_show(value)} is not a name: {name} must be one of {allowed}.")
    key = value.strip().lower()
    if key not in options:
        raise ValueError(f"{name}={_show(value)} is not known: {name} must be one of {allowed}.")
    return key


def check_unit(value: Any, name: str = "unit") -> str:
    """Return the unit ``'kg'`` or ``'lb'``; anything else (``'lbs'``, ``None``) is refused."""
    return check_choice(name, value, UNITS)


def check_whole(
    name: str, value: Any, *, low: float | None = None, high: float | None = None
) -> float | np.ndarray:
    """Return ``value`` (a number or an array) after checking it holds whole numbers in bounds.

    Like :func:`check_integer` but array-friendly: scalars come back as ``float``
    (``3`` → ``3.0``) and arrays as float arrays, so they broadcast with loads.
    ``low``/``high`` are inclusive.
    """
    number = as_number(name, value)
    array = np.asarray(number)
    fractional = array != np.round(array)
    if np.any(fractional):
        offender = float(array[fractional].flat[0]) if array.ndim else float(array)
        where = f"{name}={offender:g}" if array.ndim == 0 else f"{name} contains {offender:g}"
        raise ValueError(f"{where}, which is not a whole number: {name} must be a whole number.")
    return check_range(name, number, low=low, high=high)


def check_broadcast(**named: Any) -> None:
    """Check that the named numbers/arrays can be combined element by element.

    Raises ``ValueError`` naming the arguments and their shapes when numpy could not
    broadcast them (e.g. ``load`` of shape (2,) with ``reps`` of shape (3,)).
    """
    shapes = {key: np.shape(value) for key, value in named.items()}
    try:
        np.broadcast_shapes(*shapes.values())
    except ValueError:
        listed = ", ".join(f"{key} of shape {shape}" for key, shape in shapes.items())
        raise ValueError(
            f"{listed} cannot be combined: give scalars or arrays of matching shapes."
        ) from None


def as_output(value: Any) -> float | np.ndarray:
    """Return a computed result as ``float`` when it is 0-d, else as a float array.

    The counterpart of :func:`as_number` on the way out: a scalar in gives a plain
    ``float`` out (not ``numpy.float64``, whose repr is noisy in a notebook).
    """
    array = np.asarray(value, dtype=float)
    return float(array) if array.ndim == 0 else array
