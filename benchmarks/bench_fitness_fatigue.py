"""The Banister fitness–fatigue model: 365 days x 10,000 parameter sets.

Times ``liftlab.recovery.fitness_fatigue`` (vectorized over days and parameter sets)
against ``fitness_fatigue_loop`` (plain Python, one parameter set at a time) in the
same run. The loop is timed on a sample of parameter sets and scaled to 10,000.
Target: at most 50 ms for the vectorized model, and >= 100x faster than the loop.
"""

from __future__ import annotations

import json
import time

import numpy as np
from timing import summary, time_calls

from liftlab.recovery import fitness_fatigue, fitness_fatigue_loop, training_load_schedule

DAYS = 365
SETS = 10_000
TARGET_MS = 50.0


def run(repeats: int = 15, loop_sample: int = 40) -> dict:
    rng = np.random.default_rng(1975)  # seeded: the same parameter sets every run
    loads = training_load_schedule(4, 100.0, 53, taper_weeks=1)[:DAYS]
    k1 = rng.uniform(0.5, 1.5, SETS)
    k2 = rng.uniform(1.0, 3.0, SETS)
    tau1 = rng.uniform(30.0, 60.0, SETS)
    tau2 = rng.uniform(5.0, 20.0, SETS)
    fast = time_calls(lambda: fitness_fatigue(loads, k1, k2, tau1, tau2), repeats, warmup=2)
    start = time.perf_counter()
    for i in range(loop_sample):
        fitness_fatigue_loop(loads.tolist(), k1[i], k2[i], tau1[i], tau2[i])
    loop_ms = (time.perf_counter() - start) * 1000.0 / loop_sample * SETS
    result = fitness_fatigue(
        loads, k1[:loop_sample], k2[:loop_sample], tau1[:loop_sample], tau2[:loop_sample]
    )
    reference = fitness_fatigue_loop(loads.tolist(), k1[0], k2[0], tau1[0], tau2[0])
    assert np.allclose(result.performance[0], reference.performance), "models disagree"
    stats = summary(fast)
    return {
        "name": f"fitness-fatigue model, {DAYS} days x {SETS} parameter sets",
        **stats,
        "loop_estimate_ms": round(loop_ms, 1),
        "speedup_vs_loop": round(loop_ms / stats["median_ms"], 1),
        "target_ms": TARGET_MS,
        "within_target": stats["median_ms"] <= TARGET_MS,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
