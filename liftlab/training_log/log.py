"""A training log read by :func:`liftlab.read_log`, and the course applied to it.

:class:`TrainingLog` holds every lifting set of a log (date, exercise, load, reps,
RPE, warm-up or not) in numpy arrays and answers the course's questions about it:

* :meth:`TrainingLog.e1rm_trend`: the best estimated 1RM of each training day
  (chapter 02's RPE chart where an RPE is logged, its equations elsewhere);
* :meth:`TrainingLog.weekly_sets`: hard sets per muscle per ISO week, counted
  fractionally exactly as chapter 04 and the plan builder count them
  (:func:`liftlab.exercise_credits`: 1 for a primary mover, 0.5 for a synergist;
  Pelland et al. 2025 [@pelland2025]);
* :meth:`TrainingLog.zone_share`: the share of hard sets in the strength zone, the
  hypertrophy zone and neither, as the article and chapter 03 define the zones
  (:mod:`liftlab.goals`; Saks n.d. [@saksnd]);
* :meth:`TrainingLog.rest_between_sessions`: how often each muscle is trained and
  whether the next session respects chapter 05's rest rule
  (:func:`liftlab.days_until_hard_again`);
* :meth:`TrainingLog.fit_fitness_fatigue`: the Banister model of chapter 05 fitted
  to the lifter's own e1RM (:func:`liftlab.training_log.fit.fit_fitness_fatigue`).

Definitions
-----------
**Hard set.** A set that is not a warm-up and, when the log gives an RPE, was
taken to RPE 6 or more, i.e. at most 4 reps in reserve (the hardest RIR of
:data:`liftlab.effort.RIR_RANGE`, the plan builder's limit for a hard set; Helms et
al. 2016 [@helms2016]). A set logged without an RPE counts as hard: apps leave the
RPE empty far more often than lifters do easy sets.

**e1RM of a set.** By default (``rpe=True`` in every method that takes it) a
set's e1RM reads the effort logged with it:

* a set with an RPE on chapter 02's chart (RPE 6.5–10, 1–12 reps) is read from
  the chart (:func:`liftlab.e1rm_from_rpe`; Tuchscherer 2008 [@tuchscherer2008],
  as presented by Helms et al. 2016 [@helms2016]), which counts the reps it had
  in reserve: 3 reps at RPE 8 are 86.3 % of the 1RM, as 5 reps to failure are;
* a set without an RPE is read by the formula (Epley by default; chapter 02), as
  if it had been taken to failure, the one assumption the formula makes;
* a set with an RPE off the chart gives no e1RM, except at RPE 10 (no rep in
  reserve, the formula's own assumption), where the formula reads it. Below RPE
  6.5 the rating no longer pins the reps left: the scale gives RPE 5–6 as 4–6 reps
  in reserve (Zourdos et al. 2016 [@zourdos2016]; :data:`liftlab.effort.RPE_SCALE`),
  and estimates of reps to failure err by more than two reps that far from it
  (Hackett et al. 2017 [@hackett2017]). Read as a max, such a set would
  underestimate the 1RM by 10 % or more. Past 12 reps the chart has no column.

Why effort matters: every formula treats a set as a max. A set stopped short of
failure, read as a max, underestimates the 1RM (Epley reads 5 reps at RPE 8, two
in reserve, about 5 % low), and a set whose e1RM comes from itself reads as its
own formula percentage: by Epley, a triple is 1 / (1 + 3/30) = 90.9 % of the e1RM
it gives, a "heavy" set (:data:`liftlab.recovery.HEAVY_PERCENT_1RM`) however many
reps were left in it. In a log that follows target RPEs the best e1RM of a month
is then a submaximal set, and every set is measured against too low a 1RM.

``rpe=False`` reads every set by the formula alone (this module's behaviour before
the effort was read, kept for comparison). A log without any RPE gives the same
results either way. In a log that rates some sets and not others, chart and
formula e1RMs meet in one window; for a set to failure of 1 to 10 reps they agree
within 2 % (5 reps at RPE 10: chart 86.3 %, Epley 85.7 %), so the effort logged,
not the method, decides which set sets the reference.

**%e1RM of a set.** Its load as a percentage of the *reference e1RM*: the best
e1RM (above) of the same exercise *as logged* over the :data:`REFERENCE_DAYS` days
up to and including its day. A set with an e1RM of its own is never above that
best, so it reads at most 100 %. Where no e1RM exists in the window (only sets
past the formula's range or off the chart, or body-weight sets with no load), the
percentage is unknown and the set is placed by its reps alone. The reference is
the best of four weeks, so on a bad day, when the same load is harder, the
percentage reads no higher: the RPE logged is what records that.

**Zones.** A hard set is in the strength zone when its reps are in
:func:`liftlab.rep_range` ``("strength")`` (1–6) and its %e1RM in
:func:`liftlab.percent_range` ``("strength")`` (80–100); in the hypertrophy zone
with 6–12 reps at 65–80 %. A set on the shared border (6 reps at exactly 80 %)
counts half to each; anything else (15 reps, 5 reps at 70 %) is ``"other"``.

Schoenfeld, Grgic, Ogborn & Krieger (2017) [@schoenfeld2017load] found muscle
growth across a wide range of loads when sets go close to failure: a set in
``"other"`` is not wasted, it just is not in the article's boxes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

import liftlab
from liftlab.training_log.names import name_key

__all__ = ["REFERENCE_DAYS", "ZONES", "MuscleRest", "MuscleSession", "TrainingLog"]

#: Days over which the best e1RM of an exercise is the reference of a set's %e1RM:
#: four weeks, the set's own day included. A choice of this package (short enough
#: to follow a lifter who gets stronger, long enough to span a light week), not a
#: published value.
REFERENCE_DAYS: int = 28

#: Zones of :meth:`TrainingLog.zone_share`, in order.
ZONES: tuple[str, ...] = ("strength", "hypertrophy", "other")


@dataclass(frozen=True)
class MuscleSession:
    """One day a muscle was trained hard (see :meth:`TrainingLog.sessions_by_muscle`).

    Attributes
    ----------
    day : datetime.date
    top_percent : float or None
        The heaviest %e1RM of the day's hard sets on the muscle (``None``: unknown).
    rest_needed : int
        Full rest days :func:`liftlab.days_until_hard_again` asks for after it.
    rest_days : int or None
        Full rest days before the muscle's next session (``None`` for the last).
    too_soon : bool
        ``rest_days < rest_needed``.
    """

    day: dt.date
    top_percent: float | None
    rest_needed: int
    rest_days: int | None
    too_soon: bool


@dataclass(frozen=True)
class MuscleRest:
    """How often a muscle is trained, and the rest before its next session.

    Attributes
    ----------
    muscle : str
    sessions : int
        Days with at least one hard set that credits the muscle (as a primary mover
        or a synergist, as the plan builder counts a muscle as trained).
    per_week : float
        ``sessions`` per week over the whole log (first to last day).
    median_rest_days : float or None
        Median full rest days between two sessions of the muscle (``None`` with one
        session).
    heavy_sessions : int
        Sessions whose heaviest set on the muscle was at or above
        :data:`liftlab.recovery.HEAVY_PERCENT_1RM` (90 % e1RM).
    too_soon : int
        Sessions followed by the muscle's next session with fewer full rest days
        than :func:`liftlab.days_until_hard_again` asks for after that session's
        heaviest set (2 after 90 %+, 1 after 70–90 %, 0 below 70 %).
    too_soon_after_heavy : int
        Of those, the ones after a heavy session (the article's own rule).
    """

    muscle: str
    sessions: int
    per_week: float
    median_rest_days: float | None
    heavy_sessions: int
    too_soon: int
    too_soon_after_heavy: int


class TrainingLog:
    """Every lifting set of a training log; build one with :func:`liftlab.read_log`.

    Attributes
    ----------
    format : str
        The key of :data:`liftlab.training_log.reader.LOG_FORMATS` the file was read as.
    unit : {"kg", "lb"}
        The unit of every load this log reports.
    skipped : dict
        Rows that were not lifting sets, by reason (``"rest timer"``, ``"cardio or
        timed"``, ``"no reps"``).
    errors : tuple of (int, str)
        Malformed rows left out with ``errors="skip"``: (line, message).
    """

    # ----------------------------------------------------------------- construction

    def __init__(self) -> None:
        raise TypeError("build a TrainingLog with liftlab.read_log(path or bytes).")

    @classmethod
    def _from_columns(
        cls,
        *,
        fmt: str,
        unit: str,
        days: np.ndarray,
        logged: list[str],
        resolved: Mapping[str, str | None],
        loads: np.ndarray,
        reps: np.ndarray,
        rpe: np.ndarray,
        warmup: np.ndarray,
        skipped: Mapping[str, int],
        errors: tuple[tuple[int, str], ...],
    ) -> TrainingLog:
        self = object.__new__(cls)
        self.format = fmt
        self.unit = unit
        self.skipped = dict(skipped)
        self.errors = tuple(errors)
        order = np.argsort(days, kind="stable")
        # Exercises as logged, grouped by spelling (case and spaces ignored); the
        # first spelling seen is the one shown.
        key_index: dict[str, int] = {}
        sources: list[str] = []
        by_name: dict[str, int] = {}
        for name in dict.fromkeys(logged):  # distinct names, in order of appearance
            key = name_key(name)
            index = key_index.get(key)
            if index is None:
                index = key_index[key] = len(sources)
                sources.append(name)
            by_name[name] = index
        source_ids = np.fromiter((by_name[n] for n in logged), dtype=np.int64, count=len(logged))
        exercise_names: list[str] = []
        exercise_index: dict[str, int] = {}
        source_to_exercise = np.empty(len(sources), dtype=np.int64)
        unknown = []
        for index, name in enumerate(sources):
            course = resolved.get(name)
            if course is None:
                unknown.append(name)
            label = course if course is not None else name
            if label not in exercise_index:
                exercise_index[label] = len(exercise_names)
                exercise_names.append(label)
            source_to_exercise[index] = exercise_index[label]
        self._sources = tuple(sources)
        self._source_course = tuple(resolved.get(name) for name in sources)
        self._exercises = tuple(exercise_names)
        self._day = days[order]
        self._src = source_ids[order]
        self._ex = source_to_exercise[self._src]
        self._load = loads[order]
        self._reps = reps[order]
        self._rpe = rpe[order]
        self._warmup = warmup[order]
        self.unknown_exercises = tuple(sorted(unknown, key=lambda n: (n.lower(), n)))
        self._cache: dict[Any, Any] = {}
        return self

    # ------------------------------------------------------------------------ basics

    def __len__(self) -> int:
        return int(self._day.size)

    def __repr__(self) -> str:
        return (
            f"TrainingLog(format={self.format!r}, unit={self.unit!r}, sets={len(self)}, "
            f"from={self.first_day.isoformat()}, to={self.last_day.isoformat()})"
        )

    @property
    def first_day(self) -> dt.date:
        """The first training day."""
        return dt.date.fromordinal(int(self._day[0]))

    @property
    def last_day(self) -> dt.date:
        """The last training day."""
        return dt.date.fromordinal(int(self._day[-1]))

    @property
    def weeks(self) -> float:
        """Weeks from the first training day to the last, both included (days / 7)."""
        return (int(self._day[-1]) - int(self._day[0]) + 1) / 7.0

    @property
    def training_days(self) -> int:
        """Days with at least one set."""
        return int(np.unique(self._day).size)

    @property
    def hard_sets(self) -> int:
        """Number of hard sets (see the module docstring)."""
        return int(np.count_nonzero(self._hard()))

    @property
    def warmup_sets(self) -> int:
        """Number of warm-up sets."""
        return int(np.count_nonzero(self._warmup))

    @property
    def skipped_rows(self) -> int:
        """Rows skipped because they were not lifting sets (all reasons)."""
        return sum(self.skipped.values())

    @property
    def exercises(self) -> tuple[str, ...]:
        """Exercises in the log (course names where recognised), most sets first."""
        counts = np.bincount(self._ex, minlength=len(self._exercises))
        order = sorted(range(len(self._exercises)), key=lambda i: (-counts[i], self._exercises[i]))
        return tuple(self._exercises[i] for i in order)

    def set_counts(self, *, logged: bool = False) -> dict[str, int]:
        """Sets per exercise (warm-ups included), most first.

        With ``logged=True`` the names are those of the file (before the mapping to
        the course's names).
        """
        ids, names = (self._src, self._sources) if logged else (self._ex, self._exercises)
        counts = np.bincount(ids, minlength=len(names))
        pairs = sorted(zip(names, counts.tolist(), strict=True), key=lambda p: (-p[1], p[0]))
        return dict(pairs)

    def main_lifts(self) -> tuple[str, ...]:
        """The course's main lifts (:data:`liftlab.MAIN_LIFTS`) present in the log."""
        present = set(self._exercises)
        return tuple(lift for lift in liftlab.MAIN_LIFTS if lift in present)

    # ------------------------------------------------------------------- export

    def rows(self) -> list[tuple[str, str, int, float, str, int, float | None, int]]:
        """One tuple per set in the order of :data:`liftlab.training_log.reader.LOG_HEADER`.

        ``set`` numbers the sets of an exercise (as logged) within a day, warm-ups
        included, in the file's order.
        """
        numbers = np.empty(len(self), dtype=np.int64)
        seen: dict[tuple[int, int], int] = {}
        for i, key in enumerate(zip(self._day.tolist(), self._src.tolist(), strict=True)):
            seen[key] = numbers[i] = seen.get(key, 0) + 1
        dates = {d: dt.date.fromordinal(d).isoformat() for d in np.unique(self._day).tolist()}
        out = []
        for day, ex, number, load, reps, rpe, warm in zip(
            self._day.tolist(),
            self._ex.tolist(),
            numbers.tolist(),
            self._load.tolist(),
            self._reps.tolist(),
            self._rpe.tolist(),
            self._warmup.tolist(),
            strict=True,
        ):
            out.append(
                (
                    dates[day],
                    self._exercises[ex],
                    number,
                    load,
                    self.unit,
                    reps,
                    None if math.isnan(rpe) else rpe,
                    int(warm),
                )
            )
        return out

    def to_csv(self) -> str:
        """The log as liftlab's own CSV (header :data:`~liftlab.training_log.reader.LOG_HEADER`).

        Exercises are written under the course's names where recognised ("Squat
        (Barbell)" → ``squat``) and under their own name otherwise; loads in
        :attr:`unit` with up to 3 decimals; an empty ``rpe`` where none was logged.
        Reading the result back with :func:`liftlab.read_log` gives the same sets.
        """
        from liftlab.training_log.reader import LOG_HEADER

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(LOG_HEADER)
        for date, name, number, load, unit, reps, rpe, warm in self.rows():
            writer.writerow(
                (date, name, number, _num(load), unit, reps, "" if rpe is None else _num(rpe), warm)
            )
        return buffer.getvalue()

    # ------------------------------------------------------------------- e1RM

    def _hard(self) -> np.ndarray:
        if "hard" not in self._cache:
            min_rpe = liftlab.rir_to_rpe(liftlab.effort.RIR_RANGE[1])
            rpe = self._rpe
            self._cache["hard"] = ~self._warmup & (np.isnan(rpe) | (rpe >= min_rpe))
        return self._cache["hard"]

    def _set_e1rm(self, formula: str) -> np.ndarray:
        """e1RM of every hard set (NaN for the others, no load, or reps past the formula)."""
        key = ("e1rm", formula)
        if key not in self._cache:
            low, high = liftlab.valid_reps(formula)
            ok = self._hard() & (self._load > 0) & (self._reps >= low) & (self._reps <= high)
            values = np.full(len(self), np.nan)
            if np.any(ok):
                values[ok] = liftlab.estimate_1rm(self._load[ok], self._reps[ok], formula)
            self._cache[key] = values
        return self._cache[key]

    def _exercise_mask(self, exercise: str) -> np.ndarray:
        if not isinstance(exercise, str):
            raise TypeError(f"exercise={exercise!r} is not an exercise name.")
        key = name_key(exercise)
        exercises = [i for i, n in enumerate(self._exercises) if name_key(n) == key]
        if exercises:
            return self._ex == exercises[0]
        sources = [i for i, n in enumerate(self._sources) if name_key(n) == key]
        if sources:
            return self._src == sources[0]
        shown = ", ".join(self.exercises[:12])
        raise ValueError(
            f"exercise={exercise!r} is not in this log: it has {shown}"
            + (" …" if len(self._exercises) > 12 else "")
            + "."
        )

    def _rpe_e1rm(self, formula: str) -> np.ndarray:
        """e1RM of every hard set, reading the effort logged (see :meth:`e1rm_trend`).

        A set with an RPE on chapter 02's chart (6.5–10, 1–12 reps) is read from the
        chart; a set without an RPE by ``formula`` (as if taken to failure); a set
        logged at RPE 10 but off the chart (more than 12 reps) by ``formula``, whose
        assumption it meets. Any other set with an RPE off the chart (RPE 6, or more
        than 12 reps short of failure) gives no e1RM: NaN.
        """
        key = ("e1rm-rpe", formula)
        if key not in self._cache:
            from liftlab.effort import RPE_CHART_REPS, RPE_CHART_RPE

            values = self._set_e1rm(formula).copy()
            rpe = self._rpe
            with np.errstate(invalid="ignore"):
                on_chart = (
                    (self._reps >= RPE_CHART_REPS[0])
                    & (self._reps <= RPE_CHART_REPS[1])
                    & (rpe >= RPE_CHART_RPE[0])
                    & (rpe <= RPE_CHART_RPE[1])
                )
                failure = rpe >= RPE_CHART_RPE[1]
            rated = self._hard() & ~np.isnan(rpe)
            chart = rated & on_chart & (self._load > 0)
            values[rated & ~on_chart & ~failure] = np.nan
            if np.any(chart):
                steps = np.round(rpe[chart] * 2.0) / 2.0  # the chart's half points
                values[chart] = liftlab.e1rm_from_rpe(self._load[chart], self._reps[chart], steps)
            self._cache[key] = values
        return self._cache[key]

    def _e1rm(self, formula: str, rpe: Any) -> np.ndarray:
        """Per-set e1RM: effort-aware (:meth:`_rpe_e1rm`) or the formula alone."""
        if not isinstance(rpe, (bool, np.bool_)):
            raise TypeError(f"rpe={rpe!r} is not allowed: rpe must be True or False.")
        name = liftlab.formula_info(formula).name
        return self._rpe_e1rm(name) if rpe else self._set_e1rm(name)

    def e1rm_label(self, formula: str = "epley", *, rpe: bool = True) -> str:
        """How this log's e1RMs are read, in a few words (for titles and captions).

        ``"RPE chart where logged, else Epley (1985)"`` when the effort is read and
        at least one hard set has an RPE; the formula's label
        (:func:`liftlab.formula_info`) otherwise.
        """
        self._e1rm(formula, rpe)  # validates both
        label = liftlab.formula_info(formula).label
        if rpe and np.any(self._hard() & ~np.isnan(self._rpe)):
            return f"RPE chart where logged, else {label}"
        return label

    def e1rm_trend(
        self, exercise: str, formula: str = "epley", *, rpe: bool = True
    ) -> list[tuple[dt.date, float]]:
        """The best e1RM of each training day for one exercise, in date order.

        Each set's e1RM reads the effort logged with it (the module docstring's
        "e1RM of a set"): chapter 02's RPE chart for a set with an RPE on it, the
        formula for a set without one. Warm-ups, sets with no load, sets logged as
        easy (below RPE 6, not hard sets), sets with an RPE the chart cannot read
        (below 6.5, or more than 12 reps at an RPE below 10) and sets past the
        formula's valid rep range (:func:`liftlab.valid_reps`, e.g. 10 for Epley)
        are left out, so a day with only such sets has no point.

        Why the effort is read by default: the equations estimate a 1RM from a set
        taken to failure (chapter 02), and a set stopped short reads low by its
        reps in reserve, about 3–4 % a rep. A plan's target RPEs change from week to
        week (chapter 09's sample: RPE 6.5 at the start of a block, 8.5 at its end),
        so the formula mixes the effort asked with the strength measured, and a
        light deload day looks like a weak one. The RPE chart was built for exactly
        this reading of a submaximal set (Helms et al. 2016 [@helms2016]). Its price
        is the rating's own error, about a rep near failure and more than two reps
        far from it (Hackett et al. 2017 [@hackett2017]), 3–4 % of e1RM a rep: read
        the trend over weeks. A log without an RPE gives the same trend either way.

        Parameters
        ----------
        exercise : str
            A course name (``"squat"``) or a name as logged (``"Squat (Barbell)"``).
            A course name covers every logged name mapped to it.
        formula : str, default "epley"
            One of :data:`liftlab.FORMULAS`: the reading of sets without an RPE
            (and of every set with ``rpe=False``).
        rpe : bool, keyword-only, default True
            Read the effort logged (above). ``False`` reads every hard set by the
            formula alone, as if taken to failure, sets at RPE 6 included (the
            trend of the first version of this method, kept for comparison).

        Returns
        -------
        list of (datetime.date, float)
            ``(day, e1RM in :attr:`unit`)``; empty if no set qualifies.

        Raises
        ------
        ValueError
            For an exercise the log does not contain (the message lists those it
            does) or an unknown formula.
        """
        mask = self._exercise_mask(exercise)
        values = self._e1rm(formula, rpe)
        mask = mask & ~np.isnan(values)
        if not np.any(mask):
            return []
        days, best = _daily_max(self._day[mask], values[mask])
        return [
            (dt.date.fromordinal(d), v) for d, v in zip(days.tolist(), best.tolist(), strict=True)
        ]

    def personal_bests(
        self, exercise: str, formula: str = "epley", *, rpe: bool = True
    ) -> list[tuple[dt.date, float]]:
        """The days of :meth:`e1rm_trend` that beat every earlier day: new best e1RMs.

        The first day counts as the first best. The longest gap between two of them
        is the lift's longest stall (see :meth:`longest_stall`). ``formula`` and
        ``rpe`` as in :meth:`e1rm_trend`.
        """
        best = -math.inf
        out = []
        for day, value in self.e1rm_trend(exercise, formula, rpe=rpe):
            if value > best:
                best = value
                out.append((day, value))
        return out

    def longest_stall(
        self, exercise: str, formula: str = "epley", *, rpe: bool = True
    ) -> tuple[dt.date, dt.date, float] | None:
        """The longest stretch without a new best e1RM: ``(from, to, weeks)``.

        ``from`` is a day with a new best, ``to`` the next one (or the last day the
        exercise was trained, if no best followed). ``None`` if the exercise has no
        e1RM at all. ``formula`` and ``rpe`` as in :meth:`e1rm_trend`.
        """
        bests = self.personal_bests(exercise, formula, rpe=rpe)
        if not bests:
            return None
        trend = self.e1rm_trend(exercise, formula, rpe=rpe)
        ends = [d for d, _ in bests[1:]] + [trend[-1][0]]
        spans = [(start, end) for (start, _), end in zip(bests, ends, strict=True)]
        start, end = max(spans, key=lambda pair: (pair[1] - pair[0]).days)
        return start, end, (end - start).days / 7.0

    def percent_e1rm(self, formula: str = "epley", *, rpe: bool = True) -> np.ndarray:
        """Every set's load as % of its exercise's reference e1RM (NaN where unknown).

        The reference is the best e1RM of the same exercise as logged over the
        :data:`REFERENCE_DAYS` days up to and including the set's day (the module
        docstring's "%e1RM of a set"); sets in the order of :meth:`rows`.

        Parameters
        ----------
        formula : str, default "epley"
            One of :data:`liftlab.FORMULAS`: the e1RM of sets without an RPE (and of
            every set with ``rpe=False``).
        rpe : bool, keyword-only, default True
            Read each set's e1RM from the effort logged (chapter 02's RPE chart,
            Helms et al. 2016 [@helms2016]; the module docstring's "e1RM of a
            set"), so that a set stopped short of failure is not taken for a max.
            ``False``: the formula alone for every set, as if each were taken to
            failure; a best triple then reads 90.9 % by Epley whatever its RPE. A
            log without any RPE gives the same percentages either way.

        Returns
        -------
        numpy.ndarray
            One percentage per set (warm-ups and easy sets included, against the
            same reference); NaN without a reference or without a load.

        Examples
        --------
        100 kg for 3 reps at RPE 8 (two in reserve), and three days later for 5 reps
        at RPE 10 (a 5-rep max). The chart puts both at 86.3 % of the 1RM: the
        same strength. Read as maxes, the triple is 90.9 % of its own e1RM, "heavy",
        and the five 85.7 % of the best e1RM of its window, its own.

        >>> log = liftlab.read_log(b"date,exercise,set,load,unit,reps,rpe,warmup\\n"
        ...                        b"2025-03-10,squat,1,100,kg,3,8,0\\n"
        ...                        b"2025-03-13,squat,1,100,kg,5,10,0\\n")
        >>> log.percent_e1rm().round(1).tolist()
        [86.3, 86.3]
        >>> log.percent_e1rm(rpe=False).round(1).tolist()
        [90.9, 85.7]
        """
        values = self._e1rm(formula, rpe)
        key = ("percent", liftlab.formula_info(formula).name, bool(rpe))
        if key in self._cache:
            return self._cache[key]
        percent = np.full(len(self), np.nan)
        day0 = int(self._day[0])
        span = int(self._day[-1]) - day0 + 1
        for source in np.unique(self._src).tolist():
            in_source = self._src == source
            has = in_source & ~np.isnan(values)
            if not np.any(has):
                continue
            days, best = _daily_max(self._day[has], values[has])
            dense = np.full(span + REFERENCE_DAYS - 1, -np.inf)
            dense[days - day0 + REFERENCE_DAYS - 1] = best
            window = np.lib.stride_tricks.sliding_window_view(dense, REFERENCE_DAYS).max(axis=1)
            reference = window[self._day[in_source] - day0]
            with np.errstate(divide="ignore", invalid="ignore"):
                share = np.where(
                    np.isfinite(reference) & (self._load[in_source] > 0),
                    100.0 * self._load[in_source] / reference,
                    np.nan,
                )
            percent[in_source] = np.round(share, 9)
        self._cache[key] = percent
        return percent

    # ------------------------------------------------------------------- volume

    def _credits(self) -> tuple[tuple[str, ...], np.ndarray]:
        """(muscles, matrix exercise × muscle of credits per set)."""
        if "credits" not in self._cache:
            per_exercise = []
            for course in self._exercise_courses():
                per_exercise.append(liftlab.exercise_credits(course) if course else {})
            known = {m for credits in per_exercise for m in credits}
            from liftlab.volume import MUSCLES

            muscles = tuple(m for m in MUSCLES if m in known) + tuple(sorted(known - set(MUSCLES)))
            matrix = np.zeros((len(self._exercises), len(muscles)))
            for i, credits in enumerate(per_exercise):
                for muscle, credit in credits.items():
                    matrix[i, muscles.index(muscle)] = credit
            self._cache["credits"] = (muscles, matrix)
        return self._cache["credits"]

    def _exercise_courses(self) -> list[str | None]:
        """The course name of each exercise label (``None`` for names not recognised)."""
        courses = {c for c in self._source_course if c is not None}
        return [name if name in courses else None for name in self._exercises]

    def weekly_sets(self) -> dict[str, dict[str, float]]:
        """Hard sets per muscle in each ISO week, fractional credits as in chapter 04.

        Each hard set adds :func:`liftlab.exercise_credits` of its exercise to every
        muscle it trains (1 primary mover, 0.5 synergist), the same function the plan
        builder's :meth:`~liftlab.program.Plan.weekly_sets` uses. Warm-ups and sets
        at RPE below 6 are not hard sets; exercises not recognised add nothing (see
        :attr:`unknown_exercises`).

        Returns
        -------
        dict
            ``{"2025-W10": {muscle: sets, ...}, ...}`` for every ISO week from the
            first training day to the last (``{}`` for a week without training),
            muscles with the most sets first.
        """
        if "weekly" in self._cache:
            return {w: dict(m) for w, m in self._cache["weekly"].items()}
        muscles, matrix = self._credits()
        first = dt.date.fromordinal(int(self._day[0]))
        monday0 = first.toordinal() - first.weekday()
        week_index = (self._day - monday0) // 7
        n_weeks = int(week_index[-1]) + 1
        hard = self._hard()
        counts = np.bincount(
            week_index[hard] * len(self._exercises) + self._ex[hard],
            minlength=n_weeks * len(self._exercises),
        ).reshape(n_weeks, len(self._exercises))
        totals = counts @ matrix
        result: dict[str, dict[str, float]] = {}
        for week in range(n_weeks):
            year, number, _ = dt.date.fromordinal(monday0 + 7 * week).isocalendar()
            row = {m: float(v) for m, v in zip(muscles, totals[week].tolist(), strict=True) if v}
            result[f"{year}-W{number:02d}"] = dict(
                sorted(row.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        self._cache["weekly"] = result
        return {w: dict(m) for w, m in result.items()}

    def weekly_set_stats(self) -> dict[str, tuple[float, float, float]]:
        """Per muscle: mean, 10th and 90th percentile of weekly hard sets.

        Over the *training weeks* only (ISO weeks with at least one hard set), so a
        holiday does not pull the mean down; a muscle not trained in a training week
        counts 0 for it. Muscles in :data:`liftlab.volume.MUSCLES` order.

        Returns
        -------
        dict
            ``{muscle: (mean, p10, p90)}``.
        """
        weekly = [week for week in self.weekly_sets().values() if week]
        muscles, _ = self._credits()
        out = {}
        for muscle in muscles:
            values = np.array([week.get(muscle, 0.0) for week in weekly])
            if not values.size or not values.any():
                continue
            low, high = np.percentile(values, [10, 90])
            out[muscle] = (float(values.mean()), float(low), float(high))
        return out

    def mean_weekly_sets(self) -> dict[str, float]:
        """Mean hard sets per muscle per training week (:meth:`weekly_set_stats`), most first."""
        means = {m: stats[0] for m, stats in self.weekly_set_stats().items()}
        return dict(sorted(means.items(), key=lambda kv: (-kv[1], kv[0])))

    # --------------------------------------------------------------------- zones

    def zone_weights(self, formula: str = "epley", *, rpe: bool = True) -> np.ndarray:
        """Per set, its share of each zone, shape ``(sets, 3)`` in :data:`ZONES` order.

        Rows of warm-ups and sets that are not hard are all zero; every hard set's
        row sums to 1 (a set on the strength/hypertrophy border counts half to each).
        ``formula`` and ``rpe`` as in :meth:`percent_e1rm`.
        """
        percent = self.percent_e1rm(formula, rpe=rpe)
        reps = self._reps
        known = ~np.isnan(percent) & (percent > 0)
        fits = []
        for goal in ("strength", "hypertrophy"):
            r_low, r_high = liftlab.rep_range(goal)
            p_low, p_high = liftlab.percent_range(goal)
            with np.errstate(invalid="ignore"):
                in_percent = (percent >= p_low) & (percent <= p_high)
            fits.append((reps >= r_low) & (reps <= r_high) & (~known | in_percent))
        strength, hypertrophy = fits
        both = strength & hypertrophy
        weights = np.zeros((len(self), 3))
        weights[:, 0] = np.where(both, 0.5, strength)
        weights[:, 1] = np.where(both, 0.5, hypertrophy)
        weights[:, 2] = ~(strength | hypertrophy)
        weights[~self._hard()] = 0.0
        return weights

    def zone_share(self, formula: str = "epley", *, rpe: bool = True) -> dict[str, float]:
        """Fraction of hard sets in the strength zone, the hypertrophy zone, and neither.

        See the module docstring for the zones and the %e1RM of a set. Reading the
        effort (the default) moves sets of 10–12 reps done a few reps short of
        failure below the hypertrophy box's 65 %: by the RPE chart, 12 reps at RPE 8
        are 62.6 % of the 1RM (12 reps to failure are 68 %).

        Parameters
        ----------
        formula : str, default "epley"
            One of :data:`liftlab.FORMULAS`, for sets without an RPE.
        rpe : bool, keyword-only, default True
            Read the effort logged in each set's e1RM, as :meth:`percent_e1rm`
            does; ``False`` for the formula alone.

        Returns
        -------
        dict
            ``{"strength": s, "hypertrophy": h, "other": o}``, summing to 1.

        Raises
        ------
        ValueError
            If the log has no hard set, or for an unknown formula.
        """
        weights = self.zone_weights(formula, rpe=rpe)
        total = weights.sum()
        if total == 0:
            raise ValueError(
                "This log has no hard sets (every set is a warm-up or below RPE 6): no zone share."
            )
        shares = weights.sum(axis=0) / total
        return dict(zip(ZONES, (float(v) for v in shares), strict=True))

    # ------------------------------------------------------------ rest and frequency

    def _muscle_days(self, formula: str, rpe: bool) -> dict[str, tuple[np.ndarray, ...]]:
        """Per muscle: (days, top %e1RM or 0, rest days needed, rest days given or -1)."""
        raw = self.percent_e1rm(formula, rpe=rpe)
        key = ("muscle days", liftlab.formula_info(formula).name, bool(rpe))
        if key not in self._cache:
            muscles, matrix = self._credits()
            hard = self._hard()
            percent = np.where(np.isnan(raw), 0.0, raw)
            out = {}
            for j, muscle in enumerate(muscles):
                on = hard & (matrix[self._ex, j] > 0)
                if not np.any(on):
                    continue
                days, top = _daily_max(self._day[on], percent[on])
                needed = np.zeros(days.size, dtype=np.int64)
                loaded = top > 0
                if np.any(loaded):
                    needed[loaded] = np.atleast_1d(liftlab.days_until_hard_again(top[loaded]))
                rest = np.append(np.diff(days) - 1, -1)
                out[muscle] = (days, top, needed, rest)
            self._cache[key] = out
        return self._cache[key]

    def sessions_by_muscle(
        self, formula: str = "epley", *, rpe: bool = True
    ) -> dict[str, list[MuscleSession]]:
        """Every session of every muscle, with chapter 05's rest rule applied to it.

        A session of a muscle is a day with a hard set crediting it (as a primary
        mover or a synergist, as the plan builder counts a muscle as trained). After
        each session :func:`liftlab.days_until_hard_again` of the heaviest %e1RM of
        that day's sets on the muscle says how many full rest days should pass (none
        if the percentage is unknown).

        The percentage is :meth:`percent_e1rm`'s. With the formula alone
        (``rpe=False``) a log that follows target RPEs makes its best submaximal
        set the reference: a triple read by Epley is 90.9 % of its own e1RM, and
        every such day counts as heavy. Reading the effort, a triple at RPE 8 is
        86.3 %. Either way the reference is the best of four weeks, so a bad day on
        which the same load was harder does not read heavier: the RPE logged shows
        it.

        Parameters
        ----------
        formula : str, default "epley"
            One of :data:`liftlab.FORMULAS`, for sets without an RPE.
        rpe : bool, keyword-only, default True
            Read the effort logged in each set's e1RM, as :meth:`percent_e1rm`
            does; ``False`` for the formula alone.

        Returns
        -------
        dict
            ``{muscle: [MuscleSession, ...]}`` in date order, muscles in
            :data:`liftlab.volume.MUSCLES` order.
        """
        out: dict[str, list[MuscleSession]] = {}
        for muscle, (days, top, needed, rest) in self._muscle_days(formula, rpe).items():
            out[muscle] = [
                MuscleSession(
                    day=dt.date.fromordinal(d),
                    top_percent=float(p) if p > 0 else None,
                    rest_needed=int(n),
                    rest_days=int(r) if r >= 0 else None,
                    too_soon=bool(0 <= r < n),
                )
                for d, p, n, r in zip(
                    days.tolist(), top.tolist(), needed.tolist(), rest.tolist(), strict=True
                )
            ]
        return out

    def rest_between_sessions(
        self, formula: str = "epley", *, rpe: bool = True
    ) -> dict[str, MuscleRest]:
        """For each muscle: sessions, sessions per week, rest between sessions, rule breaks.

        A summary of :meth:`sessions_by_muscle` (``formula`` and ``rpe`` as there).

        Returns
        -------
        dict
            ``{muscle: MuscleRest}``, muscles in :data:`liftlab.volume.MUSCLES` order.
        """
        from liftlab.recovery import HEAVY_PERCENT_1RM

        out: dict[str, MuscleRest] = {}
        for muscle, (days, top, needed, rest) in self._muscle_days(formula, rpe).items():
            given = rest[:-1]
            short = given < needed[:-1]
            heavy = top >= HEAVY_PERCENT_1RM
            out[muscle] = MuscleRest(
                muscle=muscle,
                sessions=int(days.size),
                per_week=days.size / self.weeks,
                median_rest_days=float(np.median(given)) if given.size else None,
                heavy_sessions=int(np.count_nonzero(heavy)),
                too_soon=int(np.count_nonzero(short)),
                too_soon_after_heavy=int(np.count_nonzero(short & heavy[:-1])),
            )
        return out

    # ------------------------------------------------------------ fitness–fatigue

    def daily_volume_load(self, exercise: str) -> tuple[dt.date, np.ndarray]:
        """Volume-load (load × reps) of the hard sets of one exercise, every day.

        Returns
        -------
        (datetime.date, numpy.ndarray)
            The first day of the log and one value per day from it to the last
            day (0 on days without the exercise), in :attr:`unit`.
        """
        mask = self._exercise_mask(exercise) & self._hard()
        day0 = int(self._day[0])
        daily = np.bincount(
            self._day[mask] - day0,
            weights=self._load[mask] * self._reps[mask],
            minlength=int(self._day[-1]) - day0 + 1,
        )
        return dt.date.fromordinal(day0), daily

    def fit_fitness_fatigue(
        self, exercise: str, formula: str = "epley", *, rpe: bool = True, **grids: Any
    ):
        """Fit the fitness–fatigue model of chapter 05 to one exercise's e1RM trend.

        The training load of a day is the volume-load of the exercise's hard sets
        that day (:meth:`daily_volume_load`), the performance is its daily best
        e1RM (:meth:`e1rm_trend`, with ``formula`` and ``rpe``, by default reading
        the effort logged); the fit is
        :func:`liftlab.training_log.fit.fit_fitness_fatigue` (the classic grid over
        the two time constants with the gains by least squares). ``grids``:
        ``tau1_grid=``, ``tau2_grid=`` passed on.

        Returns
        -------
        FitnessFatigueFit
        """
        from liftlab.training_log.fit import fit_fitness_fatigue

        start, loads = self.daily_volume_load(exercise)
        trend = self.e1rm_trend(exercise, formula, rpe=rpe)
        days = np.array([d.toordinal() - start.toordinal() for d, _ in trend], dtype=np.int64)
        values = np.array([v for _, v in trend])
        return fit_fitness_fatigue(loads, days, values, **grids)


def _daily_max(days: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique days (sorted) and the largest value of each."""
    order = np.lexsort((values, days))
    days, values = days[order], values[order]
    last = np.flatnonzero(np.r_[days[1:] != days[:-1], True])
    return days[last], values[last]


def _num(value: float) -> str:
    """A number with up to 3 decimals and no trailing zeros (``100``, ``102.058``)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
