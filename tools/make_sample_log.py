"""Make the sample training log of chapter 09: ``notebooks/data/sample-log.csv``.

    python tools/make_sample_log.py            # writes the file
    python tools/make_sample_log.py --check    # exit 1 if the file differs from a fresh run

The log is **generated, not a real person's**: a year of training of an invented
intermediate lifter, written in liftlab's own log format, so the course can show
every analysis without anyone's data.

How it is made (seed :data:`SEED`, so every run writes the same file)
--------------------------------------------------------------------
- **The plan.** The lifter follows the plan builder's plan
  ``build_plan("both", 3, 13, one_rms, "kg", "intermediate", "linear")`` four times
  in a row (52 weeks from Monday 6 January 2025): Monday, Wednesday, Friday, full
  body; each main lift has one exposure a week in the strength zone and the squat
  and bench press one more in the hypertrophy zone; the plan's accessories (dumbbell
  row, lat pulldown, face pull, leg curl, ...) bring every major muscle into its
  weekly band; weeks 6 and 12 of each block are the plan's deloads (an intermediate
  deloads every 6th week). Every exercise is logged under the plan's own name. Before
  each 13-week block the 1RMs given to the plan are re-estimated from the log itself:
  the median e1RM of the block's last three weeks (see RPE below), rounded down to
  2.5 kg; the first block starts from 95 % of the true 1RMs.
- **The lifter.** A true 1RM per lift (start: squat 120 kg, bench press 85,
  deadlift 150, overhead press 55) that grows with diminishing returns (a few
  tenths of a percent a week), with two **stalls**: the squat stops growing from
  week 20 to week 31 and the bench press from week 36 to week 45. Two weeks of
  holiday (weeks 31–32, no training) cost about 2 % of every lift.
- **Fitness and fatigue.** On top of that slow growth, each lift's 1RM of the day
  follows chapter 05's fitness–fatigue model driven by the lift's own volume-load
  (time constants :data:`TAU1` = 40 and :data:`TAU2` = 8 days, gains :data:`K1`,
  :data:`K2`): hard weeks depress it a little, deloads let it rebound.
- **A session.** Every day gets a readiness factor (normal, sd 2 %) and every lift
  its own (sd 1.5 %). The reps a load allows come from the NSCA %1RM table
  (:func:`liftlab.nsca_reps`, extended below 65 % with Mayhew's curve), not from the
  RPE chart the plan's loads come from: like a real lifter, this one does not fit
  the chart exactly (Nuzzo et al. 2024). The lifter does the prescribed reps,
  losing about half a rep of capacity per set to fatigue, and logs fewer reps when
  the load allows fewer (a missed rep ends the exercise). Warm-ups (empty bar, then
  40, 60 and 80 % of the working load) are logged and marked. About one session in
  twenty is missed.
- **Autoregulation, as the plan asks.** The plan's loads are starting points: after
  each main lift the lifter compares the RPE logged (the mean of its working sets)
  with the plan's target RPE and corrects the next load of that lift with the
  plan's own rule, :func:`liftlab.adjust_load` (the load the RPE chart gives for
  the target, from the e1RM of the RPE reached). A set short of its reps counts as
  RPE 10. Deload weeks use the correction but do not change it (their RPE 6 or
  less is the least accurate rating). A new block starts uncorrected.
- **Accessories** have no load in the plan: the lifter uses the plan's double
  progression (the rep range at the target RPE, a step of load more once every set
  reaches the top of the range), with a latent strength per exercise
  (:data:`ACCESSORIES`). In a deload week the same load is done for fewer reps
  (the plan's RPE 5) and the progression waits.
- **RPE** is logged on 95 % of main-lift sets and 40 % of accessory sets as
  ``10 − reps in reserve``, misjudged by about half a rep (sd 0.5), at most 10 and at
  least 5, rounded to a half; a set logged below RPE 6 is not a hard set. The
  block's 1RMs are re-estimated from sets rated RPE 7 or more with chapter 02's RPE
  chart (:func:`liftlab.e1rm_from_rpe`), from Epley where no RPE was logged.

Everything above is a modelling choice for a plausible log, not a finding.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import sys
from pathlib import Path

import numpy as np

import liftlab
from liftlab.one_rep_max import reps_at_percent

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "notebooks" / "data" / "sample-log.csv"

SEED = 2025
START = dt.date(2025, 1, 6)  # a Monday
#: The plan followed: ``build_plan(GOAL, DAYS, BLOCK_WEEKS, one_rms, "kg", EXPERIENCE, SCHEME)``.
GOAL, DAYS, EXPERIENCE, SCHEME = "both", 3, "intermediate", "linear"
BLOCKS = 4
BLOCK_WEEKS = 13
TRUE_START = {"squat": 120.0, "bench press": 85.0, "deadlift": 150.0, "overhead press": 55.0}
#: Weekly growth of the true 1RM at the start, decaying with a 30-week time constant.
GROWTH = {"squat": 0.006, "bench press": 0.005, "deadlift": 0.006, "overhead press": 0.004}
STALLS = {"squat": (20, 31), "bench press": (36, 45)}  # weeks (1-based, inclusive)
HOLIDAY = (31, 32)
DETRAINING = 0.02
MISS_RATE = 0.05
#: Every accessory of the plan builder (:data:`liftlab.program.ACCESSORIES`): the
#: lifter's latent 1RM at the start (kg; per dumbbell for dumbbell exercises) and the
#: load step the gym allows (kg).
ACCESSORIES = {
    "barbell row": (80.0, 2.5),
    "dumbbell row": (40.0, 2.0),
    "lat pulldown": (75.0, 2.5),
    "dumbbell shoulder press": (24.0, 2.0),
    "hip thrust": (150.0, 5.0),
    "leg extension": (70.0, 2.5),
    "leg curl": (55.0, 2.5),
    "calf raise": (100.0, 5.0),
    "chest fly": (26.0, 2.0),
    "lateral raise": (14.0, 1.0),
    "face pull": (40.0, 2.5),
    "triceps pushdown": (40.0, 2.5),
    "biceps curl": (22.0, 1.0),
}
ACCESSORY_GROWTH = 0.003
FATIGUE_PER_SET = 0.5
#: Short-term modulation of every main lift by its own training, the fitness–fatigue
#: model of chapter 05: 1RM today = base × (1 + K1·fitness − K2·fatigue), fitness and
#: fatigue the volume-load (tonnes) of the lift decayed with TAU1 and TAU2 days.
TAU1, TAU2 = 40.0, 8.0
K1, K2 = 0.0016, 0.0045
#: Share of sets with an RPE logged: main lifts, accessories.
RPE_LOGGED = (0.95, 0.4)


def rep_max(percent: float) -> float:
    """Reps possible at a %1RM: the NSCA table from 65 %, Mayhew's curve below.

    Mayhew et al. (1992) is shifted to meet the table at 65 % (15 reps) and capped at
    30 reps; above 100 % nothing can be lifted.
    """
    if percent > 100.0:
        return 0.0
    if percent >= 65.0:
        return float(liftlab.nsca_reps(percent))
    shift = 15.0 - float(reps_at_percent(65.0, "mayhew", extrapolate=True))
    try:
        reps = float(reps_at_percent(percent, "mayhew", extrapolate=True))
    except ValueError:  # lighter than Mayhew's 30-rep load
        return 30.0
    return min(30.0, reps + shift)


def _round(value: float, step: float) -> float:
    return max(step, round(value / step) * step)


def _rpe(reserve: float, rng: np.random.Generator) -> float:
    """The RPE a lifter logs: 10 − reps in reserve, misjudged by about half a rep."""
    felt = 10.0 - reserve + rng.normal(0.0, 0.5)
    return float(min(10.0, max(5.0, round(felt * 2) / 2)))


class Lifter:
    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.true = dict(TRUE_START)  # the long-term 1RM ("base"), kg
        self.fitness = dict.fromkeys(TRUE_START, 0.0)  # tonnes, decaying with TAU1
        self.fatigue = dict.fromkeys(TRUE_START, 0.0)  # tonnes, decaying with TAU2
        #: Autoregulation: the plan's load of a lift in a zone is multiplied by this.
        self.correction: dict[tuple[str, str], float] = {}
        self.accessory_max = {name: spec[0] for name, spec in ACCESSORIES.items()}
        self.accessory_load: dict[str, float] = {}

    def today(self, lift: str) -> float:
        """Today's 1RM: the base, raised by fitness and lowered by fatigue (chapter 05)."""
        return self.true[lift] * (1.0 + K1 * self.fitness[lift] - K2 * self.fatigue[lift])

    def end_day(self, volume: dict[str, float]) -> None:
        """Add the day's volume-load (kg) of each lift; both after-effects decay a day."""
        for lift in self.fitness:
            tonnes = volume.get(lift, 0.0) / 1000.0
            self.fitness[lift] = math.exp(-1.0 / TAU1) * (self.fitness[lift] + tonnes)
            self.fatigue[lift] = math.exp(-1.0 / TAU2) * (self.fatigue[lift] + tonnes)

    def advance_week(self, week: int) -> None:
        """Grow (or not) every lift for the week just started (1-based)."""
        if HOLIDAY[0] <= week <= HOLIDAY[1]:
            loss = 1.0 - DETRAINING / (HOLIDAY[1] - HOLIDAY[0] + 1)
            for lift in self.true:
                self.true[lift] *= loss
            return
        for lift, rate in GROWTH.items():
            low, high = STALLS.get(lift, (0, -1))
            if low <= week <= high:
                continue
            self.true[lift] *= 1.0 + rate * math.exp(-(week - 1) / 30.0)
        for name in self.accessory_max:
            self.accessory_max[name] *= 1.0 + ACCESSORY_GROWTH

    def autoregulate(self, lift: str, item, load: float, sets: list[tuple[int, float | None]]):
        """Correct the lift's next load from the RPE reached (the plan's rule).

        ``sets``: (reps, logged RPE or None) of today's working sets at ``load``. The
        next load is :func:`liftlab.adjust_load` of today's, from the mean logged RPE
        (RPE 10 if a set fell short of its reps); nothing changes without a rating.
        """
        if not sets:
            return
        if any(reps < item.reps for reps, _ in sets):
            reached = 10.0
        else:
            rated = [rpe for _, rpe in sets if rpe is not None]
            if not rated:
                return
            reached = round(2.0 * sum(rated) / len(rated)) / 2.0
        try:
            following = liftlab.adjust_load(load, min(item.reps, 12), item.rpe, reached, "kg")
        except ValueError:  # off the RPE chart (many reps far from failure): keep the load
            return
        key = (lift, item.zone)
        self.correction[key] = self.correction.get(key, 1.0) * following / load


def _main_sets(lifter, item, today_max, rows, date, deload):
    """Warm-ups and working sets of a main lift; appends rows, returns the load used."""
    if item.load is None:
        return None
    load = _round(item.load * lifter.correction.get((item.exercise, item.zone), 1.0), 2.5)
    warm = []
    if load >= 50:
        warm.append((20.0, 8))
    for share, reps in ((0.4, 5), (0.6, 4), (0.8, 2)):
        weight = _round(load * share, 2.5)
        if weight > 20.0 and weight < load and all(w != weight for w, _ in warm):
            warm.append((weight, reps))
    for weight, reps in warm:
        rows.append((date, item.exercise, weight, reps, None, 1))
    done = []
    for index in range(item.sets):
        possible = rep_max(100.0 * load / today_max) - FATIGUE_PER_SET * index
        if possible < 1.0:
            done.append((0, None))
            break  # a missed rep: nothing logged, the session moves on
        reps = max(1, min(item.reps, math.floor(possible)))
        logged = lifter.rng.random() < RPE_LOGGED[0]
        rpe = _rpe(possible - reps, lifter.rng) if logged else None
        rows.append((date, item.exercise, load, reps, rpe, 0))
        done.append((reps, rpe))
    if not deload:
        lifter.autoregulate(item.exercise, item, load, done)
    return load


def _accessory_sets(lifter, item, readiness, rows, date, deload):
    """Working sets of an accessory by double progression; appends rows."""
    _latent, step = ACCESSORIES[item.exercise]
    low, high = item.reps, item.reps_max
    latent = lifter.accessory_max[item.exercise] * readiness
    load = lifter.accessory_load.get(item.exercise)
    if load is None:  # start where the bottom of the range leaves the target RIR + 1
        for candidate in np.arange(step, latent, step)[::-1]:
            if rep_max(100.0 * candidate / latent) >= low + item.rir + 1:
                load = float(candidate)
                break
        else:
            load = step
    done = []
    for index in range(item.sets):
        possible = rep_max(100.0 * load / latent) - FATIGUE_PER_SET * index
        reps = int(min(high, max(1, math.floor(possible - item.rir))))
        logged = lifter.rng.random() < RPE_LOGGED[1]
        rpe = _rpe(possible - reps, lifter.rng) if logged else None
        rows.append((date, item.exercise, round(load, 2), reps, rpe, 0))
        done.append(reps)
    if deload:
        pass  # the progression waits for a training week
    elif all(r >= high for r in done):
        load += step
    elif done[0] < low:
        load = max(step, load - step)
    lifter.accessory_load[item.exercise] = load


def recent_e1rm(rows, lift, since):
    """The lift's e1RM over the weeks since a date: the median of its sets' e1RMs, from
    the RPE chart where an RPE of 7 or more was logged (chapter 02), else from Epley
    on sets of at most 10 reps. The median, not the best: one set misjudged by an RPE
    point would move the best by 3–4 %."""
    found = []
    for date, name, load, reps, rpe, warm in rows:
        if name != lift or warm or date < since:
            continue
        if rpe is not None and rpe >= 7.0 and reps <= 12:
            found.append(float(liftlab.e1rm_from_rpe(load, reps, rpe)))
        elif rpe is None and 1 <= reps <= 10:
            found.append(float(liftlab.estimate_1rm(load, reps)))
    return float(np.median(found)) if found else 0.0


def plan_for(one_rms: dict[str, float]) -> liftlab.Plan:
    """The plan builder's plan the lifter follows for one block."""
    return liftlab.build_plan(GOAL, DAYS, BLOCK_WEEKS, one_rms, "kg", EXPERIENCE, SCHEME)


def simulate(seed: int = SEED) -> tuple[list[tuple], list[liftlab.Plan]]:
    """Every logged set, ``(date, exercise, load, reps, rpe or None, warm-up 0/1)``, and
    the plan of each block."""
    rng = np.random.default_rng(seed)
    lifter = Lifter(rng)
    rows: list[tuple] = []
    plans = []
    one_rms = {lift: _round(0.95 * value, 2.5) for lift, value in TRUE_START.items()}
    for block in range(BLOCKS):
        plan = plan_for(one_rms)
        plans.append(plan)
        lifter.correction = {}
        for week in plan.weeks:
            week_number = block * BLOCK_WEEKS + week.number
            lifter.advance_week(week_number)
            holiday = HOLIDAY[0] <= week_number <= HOLIDAY[1]
            monday = START + dt.timedelta(weeks=week_number - 1)
            sessions = {session.day: session for session in week.sessions}
            for weekday in range(1, 8):
                session = sessions.get(weekday)
                volume: dict[str, float] = {}
                if session is not None and not holiday and rng.random() >= MISS_RATE:
                    date = monday + dt.timedelta(days=weekday - 1)
                    readiness = rng.normal(1.0, 0.02)
                    for item in session.prescriptions:
                        if item.exercise in ACCESSORIES:
                            _accessory_sets(lifter, item, readiness, rows, date, week.deload)
                            continue
                        today = lifter.today(item.exercise) * readiness * rng.normal(1.0, 0.015)
                        start = len(rows)
                        _main_sets(lifter, item, today, rows, date, week.deload)
                        volume[item.exercise] = volume.get(item.exercise, 0.0) + sum(
                            load * reps for _d, _n, load, reps, _r, warm in rows[start:] if not warm
                        )
                lifter.end_day(volume)
        block_end = START + dt.timedelta(weeks=(block + 1) * BLOCK_WEEKS)
        since = block_end - dt.timedelta(weeks=3)
        one_rms = {
            lift: math.floor(max(0.95 * one_rms[lift], recent_e1rm(rows, lift, since)) / 2.5) * 2.5
            for lift in one_rms
        }
    return rows, plans


def generate(seed: int = SEED) -> str:
    """The sample log as liftlab CSV text (deterministic for a given seed)."""
    rows, _plans = simulate(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("date", "exercise", "set", "load", "unit", "reps", "rpe", "warmup"))
    numbers: dict[tuple, int] = {}
    for date, name, load, reps, rpe, warm in rows:
        key = (date, name)
        numbers[key] = numbers.get(key, 0) + 1
        writer.writerow(
            (
                date.isoformat(),
                name,
                numbers[key],
                f"{load:g}",
                "kg",
                reps,
                "" if rpe is None else f"{rpe:g}",
                warm,
            )
        )
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    text = generate()
    if "--check" in argv:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.relative_to(ROOT)}: {'up to date' if same else 'DIFFERS from a fresh run'}")
        return 0 if same else 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
