"""Speed of the training-log reader: a 50,000-set log read and analysed.

The log is chapter 09's sample year (``notebooks/data/sample-log.csv``) repeated,
each copy shifted by 52 weeks, until it holds 50,000 sets: about 13.5 years of
training, 2.4 MB. Timed, from the bytes of the file (what an upload gives):

* ``read``: :func:`liftlab.read_log`;
* ``analyse``: the e1RM trend of the four main lifts, the weekly hard sets per
  muscle, the zone share, the rest between sessions and a fitness–fatigue fit of
  the squat, i.e. everything chapter 09 shows;
* the baseline: one plain pass of Python's :mod:`csv` reader over the same text
  (decoding included), the least any CSV reader in Python must do.

The figure to watch is ``total / csv``: how many plain CSV passes reading *and*
analysing costs. Target: the total within a few hundred milliseconds.

Run ``python benchmarks/bench_log.py``; ``run()`` returns the numbers for
``benchmarks/run.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
import time
from pathlib import Path

import liftlab

SAMPLE = Path(__file__).resolve().parents[1] / "notebooks" / "data" / "sample-log.csv"
N_SETS = 50_000
TARGET_MS = 300.0


def big_log(n_sets: int = N_SETS) -> bytes:
    """The sample log repeated (dates shifted by 52 weeks a copy) to ``n_sets`` sets."""
    header, *rows = SAMPLE.read_text(encoding="utf-8").splitlines()
    out = [header]
    copy = 0
    while len(out) - 1 < n_sets:
        shift = dt.timedelta(weeks=52 * copy)
        for row in rows:
            date, rest = row.split(",", 1)
            out.append(f"{(dt.date.fromisoformat(date) + shift).isoformat()},{rest}")
            if len(out) - 1 == n_sets:
                break
        copy += 1
    return ("\n".join(out) + "\n").encode("utf-8")


def analyse(log) -> None:
    for lift in log.main_lifts():
        log.e1rm_trend(lift)
    log.weekly_sets()
    log.zone_share()
    log.rest_between_sessions()
    log.fit_fitness_fatigue("squat")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100.0 * (len(ordered) - 1))))]


def run(repeats: int = 7, warmup: int = 1) -> dict:
    data = big_log()
    csv_ms, read_ms, analyse_ms, total_ms = [], [], [], []
    for i in range(warmup + repeats):
        start = time.perf_counter()
        for _row in csv.reader(io.StringIO(data.decode("utf-8"))):
            pass
        plain = time.perf_counter()
        log = liftlab.read_log(data)
        read = time.perf_counter()
        analyse(log)
        done = time.perf_counter()
        if len(log) != N_SETS:
            raise AssertionError(f"the benchmark log has {len(log)} sets, not {N_SETS}")
        if i >= warmup:
            csv_ms.append((plain - start) * 1000.0)
            read_ms.append((read - plain) * 1000.0)
            analyse_ms.append((done - read) * 1000.0)
            total_ms.append((done - plain) * 1000.0)
    csv_median = statistics.median(csv_ms)
    return {
        "name": f"training log: read + analyse {N_SETS:,} sets ({len(data) / 1e6:.1f} MB)",
        "sets": N_SETS,
        "days": int(log._day[-1] - log._day[0] + 1),
        "repeats": repeats,
        "csv_median_ms": csv_median,
        "read_median_ms": statistics.median(read_ms),
        "analyse_median_ms": statistics.median(analyse_ms),
        "median_ms": statistics.median(total_ms),
        "p95_ms": _percentile(total_ms, 95),
        "ratio_to_csv": statistics.median(total_ms) / csv_median,
        "read_ratio_to_csv": statistics.median(read_ms) / csv_median,
        "target_ms": TARGET_MS,
        "within_target": statistics.median(total_ms) <= TARGET_MS,
    }


def main() -> None:
    r = run()
    print(r["name"])
    print(
        f"  plain csv pass {r['csv_median_ms']:.1f} ms; read_log {r['read_median_ms']:.1f} ms "
        f"({r['read_ratio_to_csv']:.1f}x csv); analyses {r['analyse_median_ms']:.1f} ms"
    )
    print(
        f"  total median {r['median_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms = "
        f"{r['ratio_to_csv']:.1f}x a plain csv pass "
        f"(target <= {r['target_ms']:g} ms: {'met' if r['within_target'] else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
