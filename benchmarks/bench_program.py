"""Speed of the plan builder: build a 12-week plan and check it, many times.

The example lifter of the course (squat 140 kg, bench press 100, deadlift 180,
overhead press 60), goal "both", 3 days a week, 12 weeks, linear progression:
``build_plan`` followed by ``check_plan`` (the checker counts every week's hard sets
per muscle with :func:`liftlab.volume.weekly_hard_sets`). A second run times the
largest plan of the grid for an advanced lifter (hypertrophy, 6 days, 16 weeks).
Target: median <= 10 ms (for reference, streprogen builds an 8-week, 3-day,
3-exercise program in about 6 ms).

Run ``python benchmarks/bench_program.py``; ``run()`` returns the numbers for
``benchmarks/run.py``.
"""

from __future__ import annotations

import statistics
import time

from liftlab.program import build_plan, check_plan

LIFTER = {"squat": 140.0, "bench press": 100.0, "deadlift": 180.0, "overhead press": 60.0}
TARGET_MS = 10.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100.0 * (len(ordered) - 1))))
    return ordered[index]


def run(
    repeats: int = 200,
    warmup: int = 5,
    args: tuple = ("both", 3, 12, LIFTER, "kg", "beginner", "linear"),
) -> dict:
    """Time ``build_plan(*args)`` + ``check_plan`` ``repeats`` times; return the numbers (ms)."""
    build_ms, check_ms, total_ms = [], [], []
    for i in range(warmup + repeats):
        start = time.perf_counter()
        plan = build_plan(*args)
        built = time.perf_counter()
        problems = check_plan(plan)
        done = time.perf_counter()
        if problems:
            raise AssertionError(f"the benchmark plan breaks rules: {problems[:3]}")
        if i >= warmup:
            build_ms.append((built - start) * 1000.0)
            check_ms.append((done - built) * 1000.0)
            total_ms.append((done - start) * 1000.0)
    prescriptions = sum(len(s.prescriptions) for w in plan.weeks for s in w.sessions)
    goal, days, weeks, _, _, experience, scheme = args
    return {
        "name": (
            f"plan builder: build_plan + check_plan ({goal}, {days} days, {weeks} weeks, "
            f"{experience}, {scheme})"
        ),
        "repeats": repeats,
        "prescriptions": prescriptions,
        "build_median_ms": statistics.median(build_ms),
        "check_median_ms": statistics.median(check_ms),
        "median_ms": statistics.median(total_ms),
        "p95_ms": _percentile(total_ms, 95),
        "min_ms": min(total_ms),
        "target_ms": TARGET_MS,
        "within_target": statistics.median(total_ms) <= TARGET_MS,
    }


LARGEST = ("hypertrophy", 6, 16, LIFTER, "kg", "advanced", "undulating")


def main() -> None:
    for result in (run(), run(100, 5, LARGEST)):
        _print(result)


def _print(result: dict) -> None:
    print(result["name"])
    print(f"  {result['repeats']} runs, {result['prescriptions']} prescriptions per plan")
    print(
        f"  build median {result['build_median_ms']:.2f} ms, "
        f"check median {result['check_median_ms']:.2f} ms"
    )
    print(
        f"  total median {result['median_ms']:.2f} ms, p95 {result['p95_ms']:.2f} ms, "
        f"min {result['min_ms']:.2f} ms "
        f"(target <= {result['target_ms']:g} ms: {'met' if result['within_target'] else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
