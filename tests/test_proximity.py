"""Tests of liftlab.proximity: published values pinned, the illustrative model's shape."""

import numpy as np
import pytest

from liftlab.proximity import (
    ILLUSTRATIVE_SLOPE_PER_RIR,
    MAX_RIR,
    OUTCOMES,
    REFALO_2023,
    ROBINSON_2024_FINDINGS,
    relative_effect,
)


def test_refalo_2023_as_published():
    """Refalo et al. 2023 (Sports Med 53(3)), abstract: the three pooled comparisons."""
    assert [(e.effect_size, e.ci_low, e.ci_high, e.p) for e in REFALO_2023] == [
        (0.19, 0.00, 0.37, 0.045),
        (0.12, -0.13, 0.37, 0.343),
        (0.08, -0.16, 0.32, 0.529),
    ]
    for effect in REFALO_2023:
        assert effect.ci_low <= effect.effect_size <= effect.ci_high
    # Only the first interval stays at or above zero, and only its p is below 0.05.
    assert [e.ci_low >= 0 for e in REFALO_2023] == [True, False, False]
    assert [e.p < 0.05 for e in REFALO_2023] == [True, False, False]


def test_robinson_2024_findings_name_both_outcomes():
    assert set(ROBINSON_2024_FINDINGS) == set(OUTCOMES)
    assert "excluded zero" in ROBINSON_2024_FINDINGS["hypertrophy"]
    assert "contained zero" in ROBINSON_2024_FINDINGS["strength"]


def test_model_is_one_at_failure_and_follows_the_papers_directions():
    rir = np.linspace(0, MAX_RIR, 41)
    size = relative_effect(rir, "hypertrophy")
    strength = relative_effect(rir, "strength")
    assert relative_effect(0) == 1.0 and relative_effect(0, "strength") == 1.0
    assert np.all(np.diff(size) < 0)  # every rep in reserve costs growth
    np.testing.assert_allclose(strength, 1.0)  # no clear relationship for strength
    assert np.all(size <= strength)
    np.testing.assert_allclose(size, 1 - ILLUSTRATIVE_SLOPE_PER_RIR["hypertrophy"] * rir)
    assert relative_effect(4) == pytest.approx(0.8)
    assert relative_effect(MAX_RIR) > 0


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((-1,), ValueError),
        ((MAX_RIR + 0.5,), ValueError),
        ((float("nan"),), ValueError),
        (("two",), TypeError),
        ((2, "power"), ValueError),
    ],
)
def test_bad_input_is_refused_with_the_argument_named(args, error):
    with pytest.raises(error, match=r"rir|outcome"):
        relative_effect(*args)
