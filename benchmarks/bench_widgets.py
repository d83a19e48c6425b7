"""Calculator update latency: in-place updates vs re-creating the figure (``interact``).

For every calculator, at least 200 value changes are made programmatically in the
kernel, the way typing a number into a box and pressing Enter sends them. One
update is timed from the value assignment to the PNG bytes the browser will receive:
the core computation, the result HTML, the in-place figure update and the PNG encoding
(blitted over the cached background when only data changed).

The naive baseline, timed in the same run, is what ``interact`` does: for the same
changes, the same computation and text, then a brand-new figure of the same kind
built from scratch and encoded as PNG with ``bbox_inches="tight"``, as the inline
backend does. Targets: p95 <= 16.7 ms (one 60 Hz frame) and >= 3x the baseline.
"""

from __future__ import annotations

import io
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from timing import summary

FRAME_MS = 1000.0 / 60.0
CHANGES = 200
#: The baseline is timed on the first 60 of the same changes (it is 10-50x slower).
NAIVE_CHANGES = 60


@dataclass
class Case:
    """A calculator and the value changes that drive it."""

    name: str
    factory: Callable[[], object]
    changes: list[tuple[str, object]]  # (control attribute path, new value), in order


def _cycle(path: str, values: list[object], count: int) -> list[tuple[str, object]]:
    return [(path, value) for value in itertools.islice(itertools.cycle(values), count)]


def _interleave(*streams: list[tuple[str, object]]) -> list[tuple[str, object]]:
    mixed = []
    for group in itertools.zip_longest(*streams):
        mixed.extend(change for change in group if change is not None)
    return mixed


def _sweep(start: float, stop: float, step: float) -> list[float]:
    """There and back: a slider dragged right then left."""
    count = round((stop - start) / step)
    up = [round(start + i * step, 6) for i in range(count + 1)]
    return up + up[-2:0:-1]


def cases() -> list[Case]:
    """Every calculator of the course with a realistic stream of changes."""
    from liftlab.apps.energy_app import energy_calculator
    from liftlab.apps.fitness_fatigue_app import fitness_fatigue_simulator
    from liftlab.apps.goal_loads_app import goal_load_calculator
    from liftlab.apps.one_rep_max_app import one_rep_max_calculator
    from liftlab.apps.plate_loader_app import plate_loader
    from liftlab.apps.rpe_app import rpe_calculator
    from liftlab.apps.session_timer_app import session_timer
    from liftlab.apps.volume_app import volume_planner

    found = [
        Case(
            "1RM estimator",
            one_rep_max_calculator,
            _interleave(
                _cycle("reps", _sweep(1, 20, 1), 160), _cycle("load", _sweep(80, 130, 2.5), 40)
            ),
        ),
        Case(
            "RPE calculator",
            rpe_calculator,
            _interleave(
                _cycle("rpe", _sweep(6.5, 10, 0.5), 120), _cycle("reps", _sweep(1, 12, 1), 80)
            ),
        ),
        Case(
            "goal load calculator",
            goal_load_calculator,
            _interleave(
                _cycle("one_rm", _sweep(60, 200, 2.5), 180),
                _cycle("goal", ["strength", "hypertrophy"], 20),
            ),
        ),
        Case("plate loader", plate_loader, _cycle("load", _sweep(20, 250, 2.5), 200)),
        Case(
            "volume planner",
            volume_planner,
            _interleave(
                _cycle("rows.0.sets", _sweep(1, 8, 1), 100),
                _cycle("rows.1.sets", _sweep(1, 7, 1), 100),
            ),
        ),
        Case(
            "session timer",
            session_timer,
            _interleave(
                _cycle("rest", _sweep(0.5, 5, 0.25), 140), _cycle("reps", _sweep(1, 15, 1), 60)
            ),
        ),
        Case(
            "fitness-fatigue simulator",
            fitness_fatigue_simulator,
            _interleave(
                _cycle("load", _sweep(20, 200, 10), 140),
                _cycle("days_per_week", _sweep(1, 7, 1), 60),
            ),
        ),
        Case(
            "energy calculator",
            energy_calculator,
            _cycle("muscle", _sweep(0.5, 10, 0.5), 200),
        ),
    ]
    try:
        from liftlab.apps.plan_builder_app import plan_builder
    except ImportError:  # pragma: no cover - the plan builder arrives with its notebook
        return found
    found.append(
        Case(  # every change builds and checks a new plan (Weeks, Days per week boxes)
            "plan builder",
            plan_builder,
            _interleave(
                _cycle("weeks", _sweep(4, 16, 1), 120),
                _cycle("days", _sweep(2, 6, 1), 80),
            ),
        )
    )
    return found


def _control(app: object, path: str) -> object:
    target = app
    for part in path.split("."):
        target = target[int(part)] if part.isdigit() else getattr(target, part)
    return target


def _chart_of(app: object) -> object:
    """The plot object whose figure the calculator shows (``app.chart``, ``app.drawing``)."""
    figure = app.figure.figure
    for value in vars(app).values():
        if getattr(value, "figure", None) is figure and hasattr(value, "update"):
            return value
    raise LookupError(f"{type(app).__name__} has no chart object for its figure")


def _drive(
    app: object, changes: list[tuple[str, object]], after: Callable[[], None]
) -> list[float]:
    samples = []
    for path, value in changes:
        control = _control(app, path)
        start = time.perf_counter()
        control.value = value
        after()
        samples.append((time.perf_counter() - start) * 1000.0)
        if app.message.value or app.stale.value:
            raise AssertionError(f"{path}={value!r} was refused: {app.message.value}")
    return samples


def measure(case: Case) -> dict:
    """Time the in-place updates and the naive baseline for one calculator."""
    fast_app = case.factory()
    _drive(fast_app, case.changes[:10], lambda: None)  # warm caches, as a student's first moves
    fast = _drive(fast_app, case.changes, lambda: None)

    # Naive: record how the chart is built and updated, then rebuild it on every change.
    probe = case.factory()
    chart_type = type(_chart_of(probe))
    built: dict = {}
    original_init = chart_type.__init__

    def recording_init(self, *args, **kwargs):
        built["args"], built["kwargs"] = args, kwargs
        original_init(self, *args, **kwargs)

    chart_type.__init__ = recording_init
    try:
        naive_app = case.factory()
    finally:
        chart_type.__init__ = original_init
    chart = _chart_of(naive_app)
    last: dict = {}
    update = chart.update

    def recording_update(*args, **kwargs):
        last["args"], last["kwargs"] = args, kwargs
        update(*args, **kwargs)

    chart.update = recording_update
    naive_app.figure.refresh = lambda alt=None: None  # no in-place PNG: rebuilt below

    def rebuild() -> None:
        fresh = chart_type(*built["args"], **built["kwargs"])
        if last:  # the state of the latest update (a change may touch only other artists)
            fresh.update(*last["args"], **last["kwargs"])
        buffer = io.BytesIO()
        fresh.figure.savefig(buffer, format="png", bbox_inches="tight")

    _drive(naive_app, case.changes[:10], rebuild)
    naive = _drive(naive_app, case.changes[:NAIVE_CHANGES], rebuild)
    result = {"calculator": case.name, **summary(fast)}
    result["naive_median_ms"] = summary(naive)["median_ms"]
    result["naive_p95_ms"] = summary(naive)["p95_ms"]
    result["speedup"] = round(result["naive_median_ms"] / result["median_ms"], 1)
    result["within_frame"] = result["p95_ms"] <= FRAME_MS
    result["at_least_3x"] = result["speedup"] >= 3.0
    return result


def run() -> list[dict]:
    return [measure(case) for case in cases()]


def table(rows: list[dict]) -> str:
    lines = [
        "| calculator | median ms | p95 ms | naive median ms | naive p95 ms | speed-up |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['calculator']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | "
            f"{r['naive_median_ms']:.1f} | {r['naive_p95_ms']:.1f} | {r['speedup']:.1f}x |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    rows = run()
    print(json.dumps(rows, indent=2) if "--json" in sys.argv else table(rows))
