"""One way to write a number for a reader, used by every calculator and figure text.

Every calculator of the course shows numbers through :func:`format_number`, so the same
value reads the same everywhere: a load of 120.8196 kg is "120.8 kg" in the RPE
calculator, the 1RM estimator and the plan builder alike, never "120.82 kg" in one and
"120.8 kg" in another.

Rules
-----
- Round **half up** to at most ``decimals`` places (default 1: a tenth of a kilogram or
  pound is finer than any plate), on the decimal value a person reads, so 120.25 shows
  "120.3" (binary floating point alone would give "120.2").
- Drop trailing zeros and a trailing point: 100.0 → "100", 102.50 → "102.5".
- Never show "-0": a value that rounds to zero is "0".
- ``grouping=True`` separates thousands with commas (volume-loads, kcal a year):
  23840 → "23,840".
- ``sign=True`` always shows the sign of a change: +3, −2 (a real minus sign, U+2212),
  0 without a sign.

Loads go through :func:`format_load`: a multiple of 0.25 (every plate, 1.25 kg
included, and every total a bar and plates make) is shown exactly, anything else to
0.1.
"""

from __future__ import annotations

import math
import numbers
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = ["MINUS", "format_load", "format_number"]

#: The minus sign used for signed changes (U+2212), as typeset text uses it.
MINUS = "\u2212"


def format_number(
    value: Any, decimals: int = 1, *, grouping: bool = False, sign: bool = False
) -> str:
    """``value`` as text: rounded half up to ``decimals`` places, trailing zeros dropped.

    Parameters
    ----------
    value : int or float
        A finite real number.
    decimals : int
        Most decimal places shown, 0–6 (default 1).
    grouping : bool, keyword-only
        Separate thousands with commas.
    sign : bool, keyword-only
        Show "+" before a positive value and "−" (U+2212) before a negative one.

    Returns
    -------
    str

    Raises
    ------
    TypeError
        If ``value`` is not a real number (``bool`` and text are refused).
    ValueError
        If ``value`` is NaN or infinite, or ``decimals`` is outside 0–6.

    Examples
    --------
    >>> format_number(120.8196)
    '120.8'
    >>> format_number(100.0), format_number(102.5), format_number(120.25)
    ('100', '102.5', '120.3')
    >>> format_number(-0.04)
    '0'
    >>> format_number(23840, grouping=True), format_number(3.0, sign=True)
    ('23,840', '+3')
    >>> format_number(1.25, decimals=2)
    '1.25'
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"value={value!r} is not a number: value must be a real number.")
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 6:
        raise ValueError(f"decimals={decimals!r} is not allowed: decimals must be 0 to 6.")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"value={value!r} is not allowed: value must be a finite number.")
    # repr() is the shortest text that round-trips: the decimal value a person reads.
    rounded = Decimal(repr(number)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    if rounded == 0:
        return "0"
    text = f"{abs(rounded):,f}" if grouping else f"{abs(rounded):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if rounded < 0:
        return (MINUS if sign else "-") + text
    return ("+" if sign else "") + text


def format_load(value: Any) -> str:
    """A load or plate weight as text: exact for multiples of 0.25, else to 0.1.

    Plates come in quarter steps (1.25 kg, 2.5 lb, 0.25 kg fractional plates), so a
    plate, a loadable total or a typed load such as 101.25 kg keeps its value; a
    computed load (80 % of 151.02 kg) is shown to a tenth, like every other number.

    Examples
    --------
    >>> format_load(1.25), format_load(101.25), format_load(120.8196), format_load(195.0)
    ('1.25', '101.25', '120.8', '195')
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"value={value!r} is not a number: value must be a real number.")
    quarters = float(value) * 4
    exact = math.isfinite(quarters) and abs(quarters - round(quarters)) < 1e-6
    return format_number(value, 2 if exact else 1)
