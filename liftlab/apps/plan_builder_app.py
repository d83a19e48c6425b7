"""Plan builder: goal, training status, days, weeks, scheme and 1RMs → a checked plan.

The plan is :func:`liftlab.program.build_plan`'s and the verdict
:func:`liftlab.program.check_plan`'s; this module lays them out. A box says what the
chosen training status changes (loads, reps, target RPE, progression, deloads, weekly
sets) and how to adjust the loads by the RPE reached. One week of sessions is shown
at a time (typed into *Show week*), with each exercise's muscle and target RPE;
:class:`liftlab.plots.program.PlanChart` shows the whole plan, deloads shaded.

Every number is typed into a labelled box (:class:`liftlab.apps.controls.NumberField`),
like in every other calculator: a refused value, or a 1RM the builder cannot use (lighter
than the empty bar), is said beside its box and the last valid plan stays on screen,
marked as stale; a main lift some of whose sets fall below the empty bar is warned about
beside its 1RM box. The plan can be saved as CSV (its columns explained at the top), as
a printable HTML page and as an empty training log: ``data:`` links written from the
kernel side, so they work with no network and no frontend extension.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Mapping

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.controls import NumberField, unit_toggle
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_load, format_number
from liftlab.goals import EXPERIENCE_LEVELS
from liftlab.plausibility import load_warning
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
from liftlab.validation import check_choice, check_integer, check_unit

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
    """The course's one number format (:func:`liftlab.formatting.format_number`)."""
    return format_number(value)


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


def bar_warnings(plan: Plan, problems: list[str]) -> dict[str, str]:
    """``{lift: warning}`` for the main lifts some of whose loads fall below the empty bar
    (from :func:`~liftlab.program.check_plan`'s ``problems``), in plain words, for the
    note beside that lift's 1RM box."""
    warnings = {}
    for lift in MAIN_LIFTS:
        if any(f", {lift}:" in p and "lighter than the empty" in p for p in problems):
            warnings[lift] = (
                f"Some {lift} loads are lighter than the empty {_fmt(plan.bar)} {plan.unit} "
                "bar, so the plan does not pass its rules: use dumbbells or a lighter bar for "
                "those sets, or raise the 1RM once you can."
            )
    return warnings


def check_report(plan: Plan, problems: list[str]) -> str:
    """HTML: what the plan is, and :func:`~liftlab.program.check_plan`'s verdict."""
    series = plan_series(plan)
    train = ~series.deload
    deloads = [int(w) for w in series.weeks[series.deload]]
    goal = {"both": "strength and hypertrophy"}.get(plan.goal, plan.goal)
    unit = _E(plan.unit)
    heavy = int(series.heavy_sets.sum())
    sets = format_number(series.sets[train].mean(), 0)
    volume = format_number(series.volume_load[train].mean(), 0, grouping=True)
    summary = (
        f"<p><b>{_E(goal.capitalize())}</b> plan: {len(plan.weeks)} weeks × "
        f"{plan.days_per_week} sessions, {_E(plan.scheme)} progression, {_E(plan.experience)}. "
        f"A training week averages <b>{sets} hard sets</b> and <b>{volume} {unit}</b> "
        f"volume-load on the barbell lifts; deloads in week{'s' if len(deloads) != 1 else ''} "
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
        minutes = format_number(session.minutes, 0)
        rows.append(
            f'<tr class="liftlab-session"><th colspan="8" scope="rowgroup" '
            f'style="text-align:left;background:#f2f2f2">{_E(session.weekday)}: '
            f"{_E(session.focus)}{_E(kind)} (about {minutes} min)</th></tr>"
        )
        for item in session.prescriptions:
            percent = "" if item.percent_1rm is None else f"{_fmt(item.percent_1rm)} %"
            if item.load is not None:
                load = f"{format_load(item.load)} {unit}"
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


#: Why a main lift's 1RM must be at least the empty bar (:data:`BARS`), as
#: :func:`~liftlab.program.build_plan` requires.
_BAR_WHY = (
    "that is the empty bar, and the plan's main lifts are barbell lifts (train this lift "
    "with dumbbells or a lighter bar first)"
)
# A core argument name, as the core's messages write it, and the box it belongs to.
_CORE_NAME = re.compile(
    r"one_rms\[(?P<q>['\"])(?P<lift>[^'\"]+)(?P=q)\](?:=(?=\S))?"
    r"|\b(?P<arg>days_per_week)\b(?:=(?=\S))?|\b(?P<weeks>weeks)=(?=\S)"
)


class PlanBuilder(Calculator):
    """Controls for a plan, and the plan: its check, its level, one week's table, a chart,
    downloads.

    Every number is typed into a labelled box (:class:`~liftlab.apps.controls.NumberField`):
    *Days per week*, *Weeks*, one *1RM* box per main lift and *Show week* (which week the
    table lists). A value a box refuses (empty, not a number, "2.5" days, 20 weeks, a 1RM
    of 0) and a rule of the builder's own (a main lift's 1RM lighter than the empty bar,
    from :func:`~liftlab.program.build_plan`) are said in plain words beside the box
    concerned, and the last valid plan stays on screen marked as stale. A 1RM above the
    deadlift world record, and a main lift some of whose sets fall below the empty bar,
    are warned about beside its box. The kg/lb switch converts the 1RMs (to 0.1; switching
    back restores what was typed).

    Attributes for tests and notebooks: the controls ``goal``, ``scheme``,
    ``experience``, ``days``, ``weeks``, ``unit``, ``one_rms`` (``{lift: NumberField}``)
    and ``week``; the outputs ``check`` (HTML), ``level`` (HTML: what the training status
    changes, how to adjust by RPE), ``table`` (HTML), ``downloads`` (HTML), ``chart`` and
    ``figure``; ``plan`` is the last valid :class:`~liftlab.program.Plan`.
    """

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Plan builder"

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
        n_weeks = len(self.plan.weeks)
        week = check_integer("week", week, low=1, high=n_weeks)
        self._holding = False
        self._key: tuple | None = None
        self._problems: list[str] = []

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
        self.unit = unit_toggle(unit, style=wide)
        self.unit.observe(self._on_unit, names="value")
        count = {"whole": True, "label_width": 110, "box_width": 60}
        self.days = NumberField(
            "Days per week",
            self.plan.days_per_week,
            low=DAYS_PER_WEEK_RANGE[0],
            high=DAYS_PER_WEEK_RANGE[1],
            **count,
        )
        self.weeks = NumberField("Weeks", n_weeks, low=WEEKS_RANGE[0], high=WEEKS_RANGE[1], **count)
        self.one_rms = {
            lift: NumberField(
                f"{lift.capitalize()} 1RM",
                float(maxes[lift]),
                unit=unit,
                low=0,
                low_open=True,
                label_width=150,
                box_width=70,
            )
            for lift in MAIN_LIFTS
        }
        self.week = NumberField(
            "Show week", week, low=1, high=n_weeks, why_high=_weeks_said(n_weeks), **count
        )
        self.check = widgets.HTML()
        self.level = widgets.HTML()
        self.table = widgets.HTML()
        self.downloads = widgets.HTML()
        for output in (self.check, self.level, self.table, self.downloads):
            output.add_class("liftlab-result")
        self.chart = PlanChart(self.plan, week)
        self.figure = FigureImage(self.chart.figure, self.chart.alt_text())
        column = {"min_width": "300px", "flex": "1 1 420px"}
        plan_column = widgets.VBox(
            [self.goal, self.scheme, self.experience, self.days, self.weeks],
            layout=widgets.Layout(**column),
        )
        lift_column = widgets.VBox(
            [self.unit, *self.one_rms.values()], layout=widgets.Layout(**column)
        )
        controls = widgets.HBox(
            [plan_column, lift_column], layout=widgets.Layout(flex_flow="row wrap")
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
            *self.one_rms.values(),
            self.week,
        )
        self.update()

    # --------------------------------------------------------------------- controls

    def _on_unit(self, change: dict) -> None:
        """Convert the 1RMs to the new unit (to 0.1), then build the plan once."""
        self.convert_units(change["old"], change["new"], list(self.one_rms.values()))

    def update(self) -> bool:
        """Let *Show week* follow *Weeks* first, then recompute (see :class:`Calculator`)."""
        self._follow_weeks()
        return super().update()

    def _follow_weeks(self) -> None:
        """*Show week* accepts 1 to the number in *Weeks* (while that number is allowed).

        When *Weeks* drops below the week shown, the table moves to the plan's last week
        and says so beside *Show week*; the note stays until the next change. A refused
        *Show week* (14 of 12 weeks) becomes valid once *Weeks* allows it.
        """
        field, n = self.week, self.weeks.value
        field.info = ""
        if self.weeks.error or self.weeks.check(n) or field.high == n:
            return
        held, self._holding = self._holding, True  # no nested update: this one follows
        try:
            field.why_high = _weeks_said(n)
            if not field.error and field.value > n:
                field.set_value(n)
                field.info = f"The plan now has {n} weeks, so the table shows week {n}, its last."
            field.set_range(1, n)
        finally:
            self._holding = held

    def inputs(self) -> tuple:
        """The controls' values as the arguments of :func:`~liftlab.program.build_plan`."""
        return (
            check_choice("goal", self.goal.value, PLAN_GOALS),
            self.days.value,
            self.weeks.value,
            tuple((lift, float(box.value)) for lift, box in self.one_rms.items()),
            self.unit.value,
            self.experience.value,
            self.scheme.value,
        )

    # -------------------------------------------------------------------- computing

    def compute_and_show(self) -> None:
        key = self.inputs()
        week = self.week.value
        if key != self._key:
            goal, days, weeks, maxes, unit, experience, scheme = key
            # A rule of the builder's own that check_inputs() does not know raises
            # ValueError: explain() says it beside its box, and nothing below changes.
            plan = build_plan(goal, days, weeks, dict(maxes), unit, experience, scheme)
            problems = check_plan(plan)
            check_html = check_report(plan, problems)
            level_html = level_summary(plan)
            links = download_links(plan)
            table_html = week_table(plan, week)
            self.plan, self._key, self._problems = plan, key, problems
            self.chart.update(plan, week)
            self.check.value = check_html
            self.level.value = level_html
            self.downloads.value = links
        else:
            table_html = week_table(self.plan, week)
            self.chart.select_week(week)
        self.table.value = table_html
        self.figure.refresh(self.chart.alt_text())

    def check_inputs(self) -> dict:
        """A main lift's 1RM lighter than the empty bar of the unit (20 kg, 45 lb): the
        rule :func:`~liftlab.program.build_plan` enforces, said beside that 1RM's box.

        It depends on the unit too, so it is a calculator's refusal, not the box's own:
        the kg/lb switch still converts the box (20 kg → 44.1 lb, refused under the
        45 lb bar; back to kg → 20 kg, allowed).
        """
        unit = self.unit.value
        bar = BARS[unit]
        return {
            field: f"{field.label} must be at least {format_load(bar)} {unit}: {_BAR_WHY}."
            for field in self.one_rms.values()
            if field.value < bar
        }

    def explain(self, error: ValueError) -> tuple[NumberField, str] | None:
        """A rule of :func:`~liftlab.program.build_plan` that the boxes and
        :meth:`check_inputs` do not repeat, broken by one box: the core's reason, beside
        that box, with the box's label in place of the argument's name
        ("one_rms['squat']=15 kg" → "Squat 1RM 15 kg")."""
        text = str(error)
        found = _CORE_NAME.search(text)
        field = None if found is None else self._box_named(found)
        if field is None:
            return None

        def label(match: re.Match) -> str:
            box = self._box_named(match)
            name = match.group(0) if box is None else box.label
            return f"{name} " if match.group(0).endswith("=") else name

        said = _CORE_NAME.sub(label, text)
        return field, said[:1].upper() + said[1:]

    def _box_named(self, match: re.Match) -> NumberField | None:
        if match["lift"]:
            return self.one_rms.get(match["lift"])
        return self.days if match["arg"] else self.weeks

    def warnings(self) -> dict:
        """A 1RM above the deadlift world record, and a main lift some of whose sets are
        lighter than the empty bar (the plan then fails its check), beside its box."""
        unit = self.unit.value
        light = bar_warnings(self.plan, self._problems)
        found = {}
        for lift, field in self.one_rms.items():
            said = " ".join(t for t in (load_warning(field.value, unit), light.get(lift)) if t)
            if said:
                found[field] = said
        return found

    def describe_shown(self) -> str:
        plan = self.plan
        lifts = ", ".join(f"{lift} {format_load(plan.one_rm(lift))}" for lift in MAIN_LIFTS)
        return (
            f"the {len(plan.weeks)}-week plan, {plan.days_per_week} days a week, for 1RMs of "
            f"{lifts} {plan.unit}"
        )


def _weeks_said(n: int) -> str:
    return f"the plan has {n} week{'s' if n != 1 else ''}"


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
        Unit of the 1RMs and of every load. The widget's kg/lb switch converts the
        1RMs (140 kg → 308.6 lb; switching back restores 140 kg).
    experience : {"beginner", "intermediate", "advanced"}
    scheme : {"linear", "undulating", "block"}
    week : int
        The week the table shows first, 1 to ``weeks``.

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

    A 1RM the builder cannot use is said beside its box; the last plan stays, marked:

    >>> app.one_rms["bench press"].box.value = "15"  # typed, as in the browser
    >>> print(app.one_rms["bench press"].refused)  # doctest: +ELLIPSIS
    Bench press 1RM must be at least 20 kg: that is the empty bar, ...
    >>> app.plan.one_rm("bench press"), "Still showing" in app.stale.value
    (100.0, True)
    """
    return PlanBuilder(goal, days_per_week, weeks, one_rms, unit, experience, scheme, week)
