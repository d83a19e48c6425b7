"""Plan builder: goal, training status, days, weeks, scheme and 1RMs → a checked plan.

The plan is :func:`liftlab.program.build_plan`'s and the verdict
:func:`liftlab.program.check_plan`'s; this module lays them out. A box says what the
chosen training status changes (loads, reps, target RPE, progression, deloads, weekly
sets) and how to adjust the loads by the RPE reached. One week of sessions is shown
at a time (a week slider picks it), with each exercise's muscle and target RPE;
:class:`liftlab.plots.program.PlanChart` shows the whole plan, deloads shaded. A
main lift whose loads fall below the empty bar is flagged next to the 1RM boxes. The
plan can be saved as CSV (its columns explained at the top), as a printable HTML page
and as an empty training log: ``data:`` links written from the kernel side, so they
work with no network and no frontend extension.
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Mapping

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
from liftlab.goals import EXPERIENCE_LEVELS
from liftlab.plots.program import PlanChart, plan_series
from liftlab.program import (
    DAYS_PER_WEEK_RANGE,
    HEAVY_PERCENT,
    MAIN_LIFTS,
    PLAN_GOALS,
    REST_DAYS_AFTER_HEAVY,
    RULES,
    SCHEMES,
    WEEKS_RANGE,
    Plan,
    autoregulation_text,
    build_plan,
    check_plan,
    experience_profile,
)
from liftlab.program.prescriptions import BARS
from liftlab.units import convert, round_to_increment
from liftlab.validation import check_choice, check_integer, check_positive, check_unit

__all__ = [
    "CSV_FILENAME",
    "DEFAULT_ONE_RMS",
    "HTML_FILENAME",
    "LOG_FILENAME",
    "PlanBuilder",
    "bar_warnings",
    "check_report",
    "data_link",
    "download_links",
    "level_summary",
    "plan_builder",
    "rules_checked",
    "week_table",
]

#: The course's example lifter (the article's closing plan), 1RMs in kg.
DEFAULT_ONE_RMS: dict[str, float] = {
    "squat": 140.0,
    "bench press": 100.0,
    "deadlift": 180.0,
    "overhead press": 60.0,
}
#: File names the browser proposes for the downloads.
CSV_FILENAME = "liftlab-plan.csv"
HTML_FILENAME = "liftlab-plan.html"
LOG_FILENAME = "liftlab-log.csv"

_GOAL_LABELS = {"strength": "Strength", "hypertrophy": "Hypertrophy", "both": "Both"}
_E = html.escape


def _fmt(value: float) -> str:
    return f"{value:g}"


def _span(low: float, high: float) -> str:
    """``"3–4"``, or ``"3"`` when both ends are the same."""
    return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"


def _a(level: str) -> str:
    """``"a beginner"``, ``"an intermediate"`` (escaped)."""
    return f"{'an' if str(level)[:1] in 'aeiou' else 'a'} {_E(str(level))}"


def rules_checked() -> tuple[str, ...]:
    """The rules :func:`~liftlab.program.check_plan` checks, in words
    (:data:`liftlab.program.RULES`)."""
    return tuple(f"{name.capitalize()}: {text}" for name, text in RULES)


def level_summary(plan: Plan) -> str:
    """HTML: what the plan's training status changes, and how to adjust loads by RPE."""
    profile = experience_profile(plan.experience)
    strength = profile.band("strength")
    size = profile.band("hypertrophy")
    low, high = profile.weekly_sets
    s_lo, s_hi = profile.strength_sets
    h_lo, h_hi = profile.hypertrophy_sets
    items = [
        f"<b>Who:</b> {_E(profile.who)}.",
        f"<b>Strength work:</b> {strength.reps[0]}–{strength.reps[1]} reps at "
        f"{_fmt(strength.percent[0])}–{_fmt(strength.heavy_top)} % 1RM, target RPE up to "
        f"{_fmt(strength.rpe[1])}; {_span(s_lo, s_hi)} sets of the heavy exposure, at most "
        f"{profile.strength_weekly_sets} sets per main lift a week in a strength plan, plus "
        "lighter technique sets below 80 %.",
        f"<b>Hypertrophy work:</b> {size.reps[0]}–{size.reps[1]} reps at "
        f"{_fmt(size.percent[0])}–{_fmt(size.percent[1])} % 1RM, target RPE up to "
        f"{_fmt(size.rpe[1])}, {_span(h_lo, h_hi)} sets of a main lift; every major muscle "
        f"{_fmt(low)}–{_fmt(high)} hard sets a week.",
        f"<b>Progression:</b> {_E(profile.progression)}",
        f"<b>Sessions:</b> the ACSM suggests {_span(*profile.days_per_week)} a week at this "
        f"level; this plan has {plan.days_per_week}"
        + (
            "."
            if profile.days_per_week[0] <= plan.days_per_week <= profile.days_per_week[1]
            else (
                ": fewer, longer sessions."
                if plan.days_per_week < profile.days_per_week[0]
                else ": more, shorter sessions."
            )
        ),
        f"<b>Deloads:</b> every {profile.deload_every}th week (here: "
        f"{_E(', '.join(map(str, plan.deload_weeks)) or 'none in a plan this short')}): "
        "about half the sets, fewer reps, lighter loads, RPE 6 or less.",
    ]
    rules = "".join(f"<li>{_E(line)}</li>" for line in autoregulation_text(plan).split("\n"))
    return (
        '<div class="liftlab-result liftlab-plan-level">'
        f"<p><b>What changes for {_a(plan.experience)}</b> (ACSM 2009; deloads: Rogerson "
        "et al. 2024):</p><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul><details><summary>How to use the loads and the target RPE</summary>"
        f"<ul>{rules}</ul></details></div>"
    )


def bar_warnings(plan: Plan, problems: list[str]) -> str:
    """HTML next to the 1RM boxes: the main lifts whose loads fall below the empty bar."""
    lifts = [
        lift
        for lift in MAIN_LIFTS
        if any(f", {lift}:" in p and "lighter than the empty" in p for p in problems)
    ]
    if not lifts:
        return ""
    names = ", ".join(_E(lift) for lift in lifts)
    return (
        '<div role="alert" class="liftlab-bar-warning" style="color:#8a3a00;'
        'background:#fff4e5;border-left:4px solid #D55E00;padding:4px 8px">'
        f"⚠ Some {names} loads are lighter than the empty {_fmt(plan.bar)} "
        f"{_E(plan.unit)} bar: the plan does not pass its rules. Use dumbbells or a "
        "lighter bar for those sets, or raise the 1RM once you can.</div>"
    )


def check_report(plan: Plan, problems: list[str]) -> str:
    """HTML: what the plan is, and :func:`~liftlab.program.check_plan`'s verdict."""
    series = plan_series(plan)
    train = ~series.deload
    deloads = [int(w) for w in series.weeks[series.deload]]
    goal = {"both": "strength and hypertrophy"}.get(plan.goal, plan.goal)
    unit = _E(plan.unit)
    heavy = int(series.heavy_sets.sum())
    summary = (
        f"<p><b>{_E(goal.capitalize())}</b> plan: {len(plan.weeks)} weeks × "
        f"{plan.days_per_week} sessions, {_E(plan.scheme)} progression, {_E(plan.experience)}. "
        f"A training week averages <b>{series.sets[train].mean():.0f} hard sets</b> and "
        f"<b>{series.volume_load[train].mean():,.0f} {unit}</b> volume-load on the barbell "
        f"lifts; deloads in week{'s' if len(deloads) != 1 else ''} "
        f"{', '.join(str(w) for w in deloads) or 'none'} "
        f"(every {plan.profile.deload_every}th week for {_a(plan.experience)}). "
        f"Sets at {_fmt(HEAVY_PERCENT)} % 1RM or more: {heavy}.</p>"
    )
    rules = "".join(f"<li>{_E(rule)}</li>" for rule in rules_checked())
    if not problems:
        verdict = (
            '<p class="liftlab-check-ok" style="color:#0b6b3a"><b>✓ All rules pass</b> '
            f"(<code>check_plan</code> found nothing to fix). Rules checked:</p><ul>{rules}</ul>"
        )
    else:
        items = "".join(f"<li>{_E(p)}</li>" for p in problems)
        verdict = (
            f'<p class="liftlab-check-fail" style="color:#8a3a00"><b>✗ {len(problems)} '
            f"problem{'s' if len(problems) != 1 else ''}</b> found by "
            f"<code>check_plan</code>:</p><ul>{items}</ul>"
            f"<details><summary>Rules checked</summary><ul>{rules}</ul></details>"
        )
    return f'<div class="liftlab-result liftlab-plan-check">{summary}{verdict}</div>'


def week_table(plan: Plan, week: int) -> str:
    """HTML table of one week's sessions: exercise, muscle, sets × reps, %1RM, load,
    target RPE, rest and zone."""
    n = len(plan.weeks)
    number = check_integer("week", week, low=1, high=n)
    chosen = plan.weeks[number - 1]
    unit = _E(plan.unit)
    label = f"Week {chosen.number} of {n}"
    if chosen.phase:
        label += f" ({chosen.phase})"
    rows = []
    for session in chosen.sessions:
        kind = f", {session.day_type} day" if session.day_type else ""
        rows.append(
            f'<tr class="liftlab-session"><th colspan="8" scope="rowgroup" '
            f'style="text-align:left;background:#f2f2f2">{_E(session.weekday)}: '
            f"{_E(session.focus)}{_E(kind)} (about {session.minutes:.0f} min)</th></tr>"
        )
        for item in session.prescriptions:
            percent = "" if item.percent_1rm is None else f"{_fmt(item.percent_1rm)} %"
            if item.load is not None:
                load = f"{_fmt(item.load)} {unit}"
            elif item.percent_1rm is not None:
                load = "below the bar"
            else:
                load = "your choice"
            heavy = item.percent_1rm is not None and item.percent_1rm >= HEAVY_PERCENT
            flag = (
                f' <span title="{REST_DAYS_AFTER_HEAVY} rest days follow">'
                f"(≥{_fmt(HEAVY_PERCENT)} %)</span>"
                if heavy
                else ""
            )
            rows.append(
                f"<tr><td>{_E(item.exercise)}</td><td>{_E(item.muscle)}</td>"
                f"<td>{item.sets} × {_E(item.reps_text)}</td>"
                f"<td>{_E(percent)}{flag}</td><td>{load}</td><td>{_fmt(item.rpe)}</td>"
                f"<td>{_fmt(item.rest_min)} min</td><td>{_E(item.zone)}</td></tr>"
            )
    return (
        f'<div class="liftlab-result liftlab-week"><table class="liftlab-table">'
        f"<caption style='text-align:left;font-weight:bold'>{_E(label)}</caption><thead><tr>"
        "<th>exercise</th><th>muscle</th><th>sets × reps</th><th>%1RM</th>"
        f"<th>load ({unit})</th><th>target RPE</th><th>rest</th><th>zone</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def data_link(text: str, mime: str, filename: str, label: str) -> str:
    """An ``<a download>`` link holding ``text`` as a base64 ``data:`` URL (escaped)."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    href = f"data:{mime};charset=utf-8;base64,{payload}"
    return (
        f'<a download="{_E(filename)}" href="{_E(href)}" '
        f'target="_blank" rel="noopener">{_E(label)}</a>'
    )


def download_links(plan: Plan) -> str:
    """HTML: the plan as CSV (its columns explained in ``#`` lines at the top), as a
    printable page and as an empty training log, ready to save."""
    csv_link = data_link(
        plan.to_csv(comments=True), "text/csv", CSV_FILENAME, "Download the plan (CSV)"
    )
    page_link = data_link(
        plan.to_html(), "text/html", HTML_FILENAME, "Printable page (HTML, open and print)"
    )
    log_link = data_link(
        plan.log_template(), "text/csv", LOG_FILENAME, "Empty training log (CSV, to fill in)"
    )
    return (
        '<div class="liftlab-result liftlab-downloads">'
        f"<p>{csv_link} · {page_link} · {log_link}</p></div>"
    )


class PlanBuilder(Calculator):
    """Controls for a plan, and the plan: its check, its level, one week's table, a chart,
    downloads.

    Attributes for tests and notebooks: the controls ``goal``, ``days``, ``weeks``,
    ``experience``, ``scheme``, ``unit``, ``one_rms`` (``{lift: FloatText}``) and
    ``week`` (which week the table shows); the outputs ``check`` (HTML), ``level``
    (HTML: what the training status changes, how to adjust by RPE), ``bar_warning``
    (HTML next to the 1RM boxes), ``table`` (HTML), ``downloads`` (HTML), ``chart``
    and ``figure``; ``plan`` is the last valid :class:`~liftlab.program.Plan`.
    """

    def __init__(
        self,
        goal: str = "both",
        days_per_week: int = 3,
        weeks: int = 12,
        one_rms: Mapping[str, float] | None = None,
        unit: str = "kg",
        experience: str = "beginner",
        scheme: str = "linear",
        week: int = 1,
    ) -> None:
        unit = check_unit(unit)
        if one_rms is None:
            one_rms = {
                lift: float(
                    round_to_increment(convert(v, "kg", unit), 5.0 if unit == "lb" else 0.5)
                )
                for lift, v in DEFAULT_ONE_RMS.items()
            }
        maxes = {str(k).strip().lower(): v for k, v in dict(one_rms).items()}
        if set(maxes) != set(MAIN_LIFTS):
            raise ValueError(
                f"one_rms={dict(one_rms)!r}: the plan builder takes a 1RM for exactly "
                f"{', '.join(MAIN_LIFTS)}."
            )
        # Raises ValueError / TypeError for any bad starting value, naming it.
        self.plan = build_plan(goal, days_per_week, weeks, maxes, unit, experience, scheme)
        week = check_integer("week", week, low=1, high=len(self.plan.weeks))
        self._holding = False
        self._key: tuple | None = None

        wide = {"description_width": "110px"}
        self.goal = widgets.ToggleButtons(
            options=[(_GOAL_LABELS[g], g) for g in PLAN_GOALS],
            value=self.plan.goal,
            description="Goal",
            style=wide,
        )
        self.scheme = widgets.ToggleButtons(
            options=list(SCHEMES), value=self.plan.scheme, description="Scheme", style=wide
        )
        self.experience = widgets.ToggleButtons(
            options=list(EXPERIENCE_LEVELS),
            value=self.plan.experience,
            description="Experience",
            style=wide,
        )
        self.unit = widgets.ToggleButtons(
            options=["kg", "lb"], value=unit, description="Unit", style=wide
        )
        self.unit.observe(self._on_unit, names="value")
        self.days = widgets.IntSlider(
            value=self.plan.days_per_week,
            min=DAYS_PER_WEEK_RANGE[0],
            max=DAYS_PER_WEEK_RANGE[1],
            description="Days per week",
            style=wide,
        )
        self.weeks = widgets.IntSlider(
            value=len(self.plan.weeks),
            min=WEEKS_RANGE[0],
            max=WEEKS_RANGE[1],
            description="Weeks",
            style=wide,
        )
        self.one_rms = {
            lift: widgets.FloatText(
                value=float(maxes[lift]),
                step=2.5 if unit == "kg" else 5.0,
                description=f"{lift.capitalize()} 1RM",
                style={"description_width": "150px"},
                layout=widgets.Layout(width="260px"),
            )
            for lift in MAIN_LIFTS
        }
        self.week = widgets.IntSlider(
            value=week,
            min=1,
            max=len(self.plan.weeks),
            description="Show week",
            style=wide,
        )
        self.check = widgets.HTML()
        self.level = widgets.HTML()
        self.bar_warning = widgets.HTML()
        self.table = widgets.HTML()
        self.downloads = widgets.HTML()
        for output in (self.check, self.level, self.table, self.downloads):
            output.add_class("liftlab-result")
        self.chart = PlanChart(self.plan, week)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text())
        lifts = list(self.one_rms.values())
        controls = widgets.VBox(
            [
                self.goal,
                self.scheme,
                self.experience,
                widgets.HBox([self.days, self.weeks]),
                self.unit,
                widgets.HBox([widgets.VBox(lifts[:2]), widgets.VBox(lifts[2:])]),
                self.bar_warning,
            ]
        )
        super().__init__(
            [
                controls,
                self.check,
                self.level,
                self.downloads,
                self.figure,
                self.week,
                self.table,
            ]
        )
        self.add_class("liftlab-plan-builder")
        self.watch(
            self.goal,
            self.scheme,
            self.experience,
            self.days,
            self.weeks,
            self.week,
            *self.one_rms.values(),
        )
        self.update()

    # --------------------------------------------------------------------- controls

    def _on_unit(self, change: dict) -> None:
        """Convert the 1RMs to the new unit (to 0.5), then build the plan once."""
        with self.hold():
            for box in self.one_rms.values():
                box.step = 2.5 if change["new"] == "kg" else 5.0
                if math.isfinite(box.value):
                    box.value = float(
                        round_to_increment(convert(box.value, change["old"], change["new"]), 0.5)
                    )

    def inputs(self) -> tuple:
        """The controls' values as the arguments of :func:`~liftlab.program.build_plan`."""
        unit = self.unit.value
        maxes = tuple(
            (lift, float(check_positive(f"{lift.capitalize()} 1RM", box.value, unit=unit)))
            for lift, box in self.one_rms.items()
        )
        bar = BARS[unit]
        for lift, value in maxes:
            if value < bar:
                raise ValueError(
                    f"{lift.capitalize()} 1RM {_fmt(value)} {unit} is lighter than the empty "
                    f"{_fmt(bar)} {unit} bar: the plan builder needs at least {_fmt(bar)} {unit} "
                    "for each barbell lift."
                )
        return (
            check_choice("goal", self.goal.value, PLAN_GOALS),
            self.days.value,
            self.weeks.value,
            maxes,
            unit,
            self.experience.value,
            self.scheme.value,
        )

    # -------------------------------------------------------------------- computing

    def compute_and_show(self) -> None:
        key = self.inputs()
        if key != self._key:
            goal, days, weeks, maxes, unit, experience, scheme = key
            plan = build_plan(goal, days, weeks, dict(maxes), unit, experience, scheme)
            problems = check_plan(plan)
            check_html = check_report(plan, problems)
            level_html = level_summary(plan)
            warning = bar_warnings(plan, problems)
            links = download_links(plan)
            self.plan, self._key = plan, key
            if self.week.max != len(plan.weeks):
                self._holding = True  # shrinking max may move the value: no nested update
                try:
                    self.week.max = len(plan.weeks)
                finally:
                    self._holding = False
            self.chart.update(plan, self.week.value)
            self.check.value = check_html
            self.level.value = level_html
            self.bar_warning.value = warning
            self.downloads.value = links
        else:
            self.chart.select_week(self.week.value)
        self.table.value = week_table(self.plan, self.week.value)
        self.figure.refresh(self.chart.alt_text())


def plan_builder(
    goal: str = "both",
    days_per_week: int = 3,
    weeks: int = 12,
    one_rms: Mapping[str, float] | None = None,
    unit: str = "kg",
    experience: str = "beginner",
    scheme: str = "linear",
    week: int = 1,
) -> PlanBuilder:
    """Return the plan builder widget (display it as the last line of a cell).

    Parameters
    ----------
    goal : {"strength", "hypertrophy", "both"}
    days_per_week : int
        Sessions per week, 2–6.
    weeks : int
        Plan length, 4–16 (deloads every 8th, 6th or 5th week by experience).
    one_rms : mapping of str to float, optional
        1RM of squat, bench press, deadlift and overhead press in ``unit``; default
        the course's example lifter (140, 100, 180 and 60 kg).
    unit : {"kg", "lb"}
    experience : {"beginner", "intermediate", "advanced"}
    scheme : {"linear", "undulating", "block"}
    week : int
        The week the table shows first.

    Raises
    ------
    ValueError
        For a starting value :func:`~liftlab.program.build_plan` refuses.

    Examples
    --------
    >>> app = plan_builder("strength", 3, 8)
    >>> app.one_rms["squat"].value = 150  # the plan, table, chart and links follow
    >>> app.plan.one_rm("squat")
    150.0
    """
    return PlanBuilder(goal, days_per_week, weeks, one_rms, unit, experience, scheme, week)
