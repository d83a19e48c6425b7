"""Small timing helpers shared by the benchmark scripts (not part of the package)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100.0 * (len(ordered) - 1))))
    return ordered[index]


def summary(samples_ms: list[float]) -> dict:
    """Median, p95, min and count of samples in milliseconds."""
    return {
        "median_ms": round(statistics.median(samples_ms), 3),
        "p95_ms": round(percentile(samples_ms, 95), 3),
        "min_ms": round(min(samples_ms), 3),
        "n": len(samples_ms),
    }


def time_calls(function: Callable[[], object], repeats: int, warmup: int = 3) -> list[float]:
    """Wall time of ``repeats`` calls of ``function`` in ms, after ``warmup`` calls."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000.0)
    return samples
