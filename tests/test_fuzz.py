"""Fuzzing the public API: whatever a caller passes, liftlab answers or says what is wrong.

Every public function of the core (``liftlab.__all__``) is called with arbitrary
arguments: floats (negative, zero, huge, NaN, infinity), integers, arrays, lists,
booleans, ``None``, random text and every known name (formulas, goals, units, ...).
The only exceptions allowed are ``ValueError`` and ``TypeError`` whose message names
one of the function's arguments; any value returned must be finite.
"""

from __future__ import annotations

import inspect
import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import liftlab

FUNCTIONS = {
    name: getattr(liftlab, name)
    for name in liftlab.__all__
    if inspect.isfunction(getattr(liftlab, name))
}

#: Names the API knows, so fuzzing also reaches past the name checks.
KNOWN_NAMES = sorted(
    {
        *liftlab.FORMULAS,
        *liftlab.GOALS,
        "both",
        "kg",
        "lb",
        "lbs",
        "beginner",
        "intermediate",
        "advanced",
        "linear",
        "undulating",
        "block",
        "nearest",
        "down",
        "up",
        "hypertrophy",
        "strength",
        "",
    }
)

NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-10, max_value=600),
    st.integers(min_value=-3, max_value=40),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.sampled_from([0, 0.0, -0.0, 1, 2.5, 1e-300, 1e300, float("nan"), float("inf")]),
)
VALUES = st.one_of(
    NUMBERS,
    st.sampled_from(KNOWN_NAMES),
    st.text(max_size=6),
    st.none(),
    st.booleans(),
    st.complex_numbers(allow_nan=False, max_magnitude=10),
    st.lists(st.floats(min_value=-5, max_value=300), max_size=4),
    hnp.arrays(
        np.float64,
        hnp.array_shapes(max_dims=2, max_side=3),
        elements=NUMBERS.filter(lambda x: isinstance(x, float)),
    ),
    st.dictionaries(
        st.sampled_from(["squat", "bench press", "deadlift", "overhead press"]), NUMBERS, max_size=4
    ),
)

CALLS: Counter[str] = Counter()


def _finite(value) -> bool:
    """Whether every number inside a returned value is finite (None allowed)."""
    if value is None or isinstance(value, (str, bool)):
        return True
    if isinstance(value, (int, float, np.floating, np.integer)):
        return math.isfinite(float(value))
    if isinstance(value, np.ndarray):
        return value.dtype.kind not in "fc" or bool(np.all(np.isfinite(value)))
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, (tuple, list)):
        return all(_finite(v) for v in value)
    return True  # dataclasses and other results: their own tests check them


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_public_function_refuses_bad_input_clearly(name, data):
    function = FUNCTIONS[name]
    params = inspect.signature(function).parameters
    args, kwargs = [], {}
    for param in params.values():
        if param.default is not inspect.Parameter.empty and data.draw(st.booleans()):
            continue  # leave the default
        value = data.draw(VALUES, label=param.name)
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    CALLS[name] += 1
    try:
        with np.errstate(over="raise", divide="raise", invalid="raise"):
            result = function(*args, **kwargs)
    except (ValueError, TypeError) as exc:
        message = str(exc)
        named = set(params)
        if "name" in params:  # validation helpers take the argument's name as `name`
            bound = inspect.signature(function).bind_partial(*args, **kwargs).arguments
            named.add(str(bound.get("name", params["name"].default)))
        assert any(p in message for p in named), (
            f"{name}{tuple(args)} {kwargs}: the message {message!r} names none of the "
            f"arguments {list(params)}"
        )
        return
    except FloatingPointError as exc:  # overflow or invalid operation inside numpy
        pytest.fail(f"{name}{tuple(args)} {kwargs}: numpy floating-point error {exc}")
    assert _finite(result), f"{name}{tuple(args)} {kwargs} returned a non-finite {result!r}"


def test_every_public_function_is_fuzzed():
    assert len(FUNCTIONS) >= 30, sorted(FUNCTIONS)
