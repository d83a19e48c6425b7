"""Run every benchmark and print the numbers: ``python benchmarks/run.py [--json]``.

- calculator update latency (every calculator, >= 200 changes, vs the naive ``interact``
  way), from ``bench_widgets``;
- ``import liftlab`` beyond numpy, from ``bench_import``;
- the fitness–fatigue model, 365 days x 10,000 parameter sets vs a Python loop;
- the plan builder, a 12-week plan built and checked;
- the training-log reader, a 50,000-set log read and analysed, vs a plain ``csv`` pass.

With ``--json`` the output is one JSON object, so runs can be compared over time.
Benchmarks print numbers; no test fails on a timing.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_fitness_fatigue
import bench_import
import bench_log
import bench_program
import bench_widgets


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    results = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_1min": round(os.getloadavg()[0], 2),
        },
        "calculators": bench_widgets.run(),
        "import": bench_import.run(),
        "fitness_fatigue": bench_fitness_fatigue.run(),
        "plan_builder": bench_program.run(),
        "training_log": bench_log.run(),
    }
    results["benchmark_seconds"] = round(time.perf_counter() - started, 1)
    if "--json" in argv:
        print(json.dumps(results, indent=2))
        return 0
    print(bench_widgets.table(results["calculators"]))
    print()
    for key in ("import", "fitness_fatigue", "plan_builder", "training_log"):
        row = results[key]
        extra = f", {row['speedup_vs_loop']}x the Python loop" if "speedup_vs_loop" in row else ""
        if "ratio_to_csv" in row:
            extra = f", {row['ratio_to_csv']:.1f}x a plain csv pass"
        print(
            f"{row['name']}: median {row['median_ms']:.1f} ms, p95 {row['p95_ms']:.1f} ms"
            f" (target {row['target_ms']:g} ms){extra}"
        )
    print(f"\nmachine: {results['machine']}; benchmarks took {results['benchmark_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
