"""Exports of a plan: CSV with documented columns, a printable HTML page, an empty training log.

- :func:`plan_csv` (``Plan.to_csv``): one row per exercise per session, columns
  :data:`CSV_HEADER`, each explained in :data:`CSV_COLUMNS` (``comments=True`` writes
  the explanations as ``#`` lines above the header; ``pandas.read_csv(...,
  comment="#")`` skips them).
- :func:`plan_html` (``Plan.to_html``): a standalone page to print, every name
  escaped, with what the columns mean and how to adjust loads by RPE.
- :func:`log_csv` (``Plan.log_template``): an empty liftlab training log for the
  plan, columns :data:`LOG_HEADER` (``date,exercise,set,load,unit,reps,rpe,warmup``),
  one row per planned working set, with the exercise, the set number, the planned
  load and the unit filled in, and the date, the reps done and the RPE left for the
  lifter (``warmup`` 0: working sets).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from liftlab.program.model import Plan, week_filter
from liftlab.program.prescriptions import (
    HEAVY_PERCENT,
    REST_DAYS_AFTER_HEAVY,
    fmt,
    load_change_per_rpe,
)

__all__ = [
    "CSV_COLUMNS",
    "CSV_HEADER",
    "LOG_HEADER",
    "autoregulation_text",
    "log_csv",
    "plan_csv",
    "plan_html",
    "plan_rows",
]

#: What each column of :meth:`Plan.to_csv` holds.
CSV_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "week": "week of the plan, 1 = the first week",
        "day": "day of the week, 1 = Monday ... 7 = Sunday",
        "weekday": "the same day as a name, Mon ... Sun",
        "exercise": "exercise name (no muscle in it; liftlab's training-log names)",
        "muscle": "the muscle(s) the exercise is in the plan for",
        "zone": "strength, hypertrophy, or technique (lighter main-lift work below 80% 1RM)",
        "sets": "working sets (warm-ups not counted)",
        "reps": "reps per set: one number, or a range such as 8-12 for accessories",
        "percent_1rm": "starting load as % of your 1RM (empty: an accessory with no 1RM)",
        "load": "that %1RM on a real bar and plates (empty: choose it yourself, or lighter "
        "than the empty bar)",
        "unit": "unit of load, kg or lb",
        "rest_min": "rest between sets, minutes",
        "rpe": "target RPE at the end of each set (10 = no rep left)",
        "rir": "target reps in reserve, 10 - rpe",
    }
)
#: Header of :meth:`Plan.to_csv`.
CSV_HEADER: tuple[str, ...] = tuple(CSV_COLUMNS)
#: Header of :meth:`Plan.log_template`: liftlab's training-log format.
LOG_HEADER: tuple[str, ...] = ("date", "exercise", "set", "load", "unit", "reps", "rpe", "warmup")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return fmt(value)
    return value


def plan_rows(plan: Plan, weeks: Any = None) -> list[tuple[Any, ...]]:
    """One tuple per exercise per session, in the order of :data:`CSV_HEADER`."""
    keep = week_filter(weeks)
    rows = []
    for week in plan.weeks:
        if keep is not None and week.number not in keep:
            continue
        for session in week.sessions:
            for item in session.prescriptions:
                rows.append(
                    (
                        week.number,
                        session.day,
                        session.weekday,
                        item.exercise,
                        item.muscle,
                        item.zone,
                        item.sets,
                        item.reps_text,
                        item.percent_1rm,
                        item.load,
                        plan.unit,
                        item.rest_min,
                        item.rpe,
                        item.rir,
                    )
                )
    return rows


def plan_csv(plan: Plan, weeks: Any = None, *, comments: bool = False) -> str:
    """The plan as CSV text, header :data:`CSV_HEADER`, one row per exercise per session.

    Columns are explained in :data:`CSV_COLUMNS`: ``day`` is the day of the week (1 =
    Monday); ``reps`` is ``"5"`` or a range ``"8-12"``; ``percent_1rm`` and ``load``
    are empty for accessories (no 1RM), ``load`` also for a target lighter than the
    empty bar. Names are written verbatim (quoted by :mod:`csv` when needed).
    ``comments=True`` first writes one ``# column: meaning`` line per column and the
    autoregulation rule.
    """
    buffer = io.StringIO()
    if comments:
        buffer.write(f"# liftlab plan: {plan!r}\n")
        for name, meaning in CSV_COLUMNS.items():
            buffer.write(f"# {name}: {meaning}\n")
        for line in autoregulation_text(plan).split("\n"):
            buffer.write(f"# {line}\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in plan_rows(plan, weeks):
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def log_csv(plan: Plan, weeks: Any = None) -> str:
    """An empty training log for the plan (see the module docstring)."""
    keep = week_filter(weeks)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(LOG_HEADER)
    for week in plan.weeks:
        if keep is not None and week.number not in keep:
            continue
        for session in week.sessions:
            for item in session.prescriptions:
                for number in range(1, item.sets + 1):
                    writer.writerow(
                        ["", item.exercise, number, _cell(item.load), plan.unit, "", "", 0]
                    )
    return buffer.getvalue()


def autoregulation_text(plan: Plan) -> str:
    """How to use the plan's loads and RPE targets, in a few lines (numbers from the chart)."""
    per_point = load_change_per_rpe(5)
    return "\n".join(
        (
            "Loads are starting points: the %1RM of your 1RM that the RPE chart gives for "
            "the reps at the target RPE, rounded to real plates.",
            "After each set, rate its RPE. If it was harder than the target, take weight off "
            "at the next session; easier, add weight: about "
            f"{per_point:.0f}% of the load per RPE point for sets of 5 "
            "(liftlab.adjust_load gives the exact load).",
            "Accessories: pick a load that leaves the target reps in reserve; add load when "
            "every set reaches the top of the rep range at or below the target RPE.",
            plan.profile.progression,
            f"Deload weeks: {_weeks_text(plan.deload_weeks)} (every "
            f"{plan.profile.deload_every}th week for a{'n' if plan.experience[0] in 'ai' else ''} "
            f"{plan.experience}): about half the sets, fewer reps, lighter loads, RPE 6 or "
            "less; keep training, a week off costs strength.",
            f"After a set at {fmt(HEAVY_PERCENT)}% 1RM or more, the muscles it trained rest "
            f"{REST_DAYS_AFTER_HEAVY} full days.",
        )
    )


def _weeks_text(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in numbers) if numbers else "none in a plan this short"


_CSS = (
    "body{font-family:system-ui,sans-serif;margin:1.5em;color:#111}"
    "table{border-collapse:collapse;margin:.5em 0 1em;min-width:60%}"
    "caption{text-align:left;font-weight:bold;padding:.2em 0}"
    "th,td{border:1px solid #999;padding:.25em .5em;text-align:left}"
    "th{background:#eee}.week{page-break-inside:avoid;break-inside:avoid}"
    "dt{font-weight:bold}dd{margin:0 0 .3em 1.5em}"
    "@media print{body{margin:0}h2{page-break-after:avoid}}"
)


def plan_html(plan: Plan, title: str | None = None) -> str:
    """A standalone, printable HTML page of the plan (every name escaped)."""
    goal = {"both": "Strength and hypertrophy"}.get(plan.goal, plan.goal.capitalize())
    heading = title or (
        f"{goal} plan: {len(plan.weeks)} weeks, {plan.days_per_week} days a week, "
        f"{plan.scheme} progression, {plan.experience}"
    )
    e = html.escape
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{e(heading)}</h1>\n{plan_html_body(plan)}</body>\n</html>\n"
    )


_TABLE_COLUMNS = (
    ("Exercise", "exercise"),
    ("Muscle", "muscle"),
    ("Sets × reps", "sets"),
    ("%1RM", "percent_1rm"),
    ("Load", "load"),
    ("Target RPE", "rpe"),
    ("Rest", "rest_min"),
)


def plan_html_body(plan: Plan) -> str:
    """The page's content (the plan builder and notebooks show it too)."""
    e = html.escape
    parts = [
        "<p>",
        f"Goal: <b>{e(plan.goal)}</b> · training status: {e(plan.experience)} · "
        f"scheme: {e(plan.scheme)} · unit: {e(plan.unit)} (bar {fmt(plan.bar)} {e(plan.unit)}).",
        '</p>\n<table class="maxes"><caption>One-rep maxes</caption>'
        "<tr><th>Lift</th><th>1RM</th></tr>",
    ]
    for name, value in plan.one_rms:
        parts.append(f"<tr><td>{e(name)}</td><td>{fmt(value)} {e(plan.unit)}</td></tr>")
    parts.append('</table>\n<h2>How to use the plan</h2>\n<ul class="rules">')
    for line in autoregulation_text(plan).split("\n"):
        parts.append(f"<li>{e(line)}</li>")
    parts.append('</ul>\n<h2>What the columns mean</h2>\n<dl class="columns">')
    meanings = dict(_columns_for_page())
    for label, key in _TABLE_COLUMNS:
        parts.append(f"<dt>{e(label)}</dt><dd>{e(meanings[key])}</dd>")
    parts.append("</dl>\n")
    weekly = plan.weekly_hard_sets()
    for week, sets in zip(plan.weeks, weekly, strict=False):
        label = f"Week {week.number}"
        if week.phase:
            label += f" ({week.phase})"
        parts.append(f'<section class="week"><h2>{e(label)}</h2>\n')
        for session in week.sessions:
            kind = f", {session.day_type} day" if session.day_type else ""
            parts.append(
                f"<table><caption>{e(session.weekday)}: {e(session.focus)}{e(kind)} "
                f"(about {session.minutes:.0f} min)</caption>\n<tr>"
                + "".join(f"<th>{e(label)}</th>" for label, _ in _TABLE_COLUMNS)
                + "</tr>\n"
            )
            for item in session.prescriptions:
                percent = "" if item.percent_1rm is None else f"{fmt(item.percent_1rm)} %"
                load = "" if item.load is None else f"{fmt(item.load)} {plan.unit}"
                note = f"<br><small>{e(item.note)}</small>" if item.note else ""
                parts.append(
                    f"<tr><td>{e(item.exercise)}{note}</td><td>{e(item.muscle)}</td>"
                    f"<td>{item.sets} × {e(item.reps_text)}</td><td>{e(percent)}</td>"
                    f"<td>{e(load)}</td><td>{fmt(item.rpe)}</td>"
                    f"<td>{fmt(item.rest_min)} min</td></tr>\n"
                )
            parts.append("</table>\n")
        muscles = ", ".join(f"{e(m)} {fmt(round(s, 1))}" for m, s in sets.items())
        parts.append(f'<p class="sets">Hard sets per muscle this week: {muscles}.</p>\n')
        parts.append("</section>\n")
    return "".join(parts)


def _columns_for_page() -> list[tuple[str, str]]:
    meanings = dict(CSV_COLUMNS)
    meanings["sets"] = "working sets × reps per set (a range for accessories)"
    meanings["rest_min"] = "rest between sets"
    return list(meanings.items())
