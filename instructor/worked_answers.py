"""Worked answers to every "Try it" task of the course, computed by liftlab.

Each chapter's answers are a list of ``(words, answer)`` pairs in the order of the
chapter's Try it tasks: ``words`` must appear in the task (so a reworded or reordered
task fails ``tests/test_instructor_worked_answers.py`` until its answer is updated) and
``answer`` is a function returning the worked answer as Markdown, with every number
computed from the package. The self-check task's answer lists the chapter's quiz
questions with their answers and explanations, from :data:`liftlab.quiz.QUESTIONS`.

``python -m instructor`` writes ``instructor/worked-answers.md``, which stays out of the
student notebooks; the test checks the file is up to date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from statistics import median

import liftlab
from liftlab import (
    BAR_LB,
    BAR_MEN_KG,
    FORMULAS,
    GOALS,
    PLATES_KG,
    PLATES_LB,
    e1rm_from_rpe,
    estimate_1rm,
    estimate_1rm_all,
    goals_for,
    load_range,
    nearest_loadable,
    nsca_percent,
    percent_range,
    plates_per_side,
    rep_range,
    round_to_plates,
    rpe_to_percent,
)
from liftlab.effort import HACKETT_2017
from liftlab.energy import (
    ADIPOSE_KCAL_PER_KG_DAY,
    MUSCLE_KCAL_PER_KG_DAY,
    MYTH_KCAL_PER_LB_DAY,
    PROTEIN_G_PER_KG_DAY,
    PROTEIN_G_PER_KG_DAY_BREAKPOINT,
    PROTEIN_G_PER_KG_DAY_UPPER,
    extra_kcal_per_day,
    kcal_from_muscle_and_fat,
    protein_target,
    resting_energy_evidence,
)
from liftlab.one_rep_max import agreement_range
from liftlab.plots.concepts import PETERSON_2011_LEAN_MASS_KG
from liftlab.program import MAIN_LIFTS, PROFILES, adjust_load, load_change_per_rpe
from liftlab.quiz import NumericQuestion, Question
from liftlab.recovery import (
    BOSQUET_2007_VOLUME_CUT,
    DEFAULT_PARAMETERS,
    HELLAND_2020_NOT_RECOVERED_DAY,
    SEASON_FIT_PARAMETERS,
    THOMAS_2018_RECOVERED_DAY,
    days_until_hard_again,
    recovery_time,
    session_duration,
    session_value,
)
from liftlab.volume import (
    Exercise,
    dose_note,
    sets_per_exercise,
    weekly_hard_sets,
    weekly_sets_per_muscle,
)

ROOT = Path(__file__).resolve().parent
ANSWERS_FILE = ROOT / "worked-answers.md"
DATA = ROOT.parent / "notebooks" / "data"  # chapter 09's sample log and example exports

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _g(value: float, digits: int = 1) -> str:
    """A number for prose: rounded, without trailing zeros."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def self_check(chapter: str) -> Callable[[], str]:
    """The worked answer of a chapter's self-check: every quiz question, answered."""

    def answer() -> str:
        from instructor.course import LOG_QUIZZES, quiz_bank

        lines = []
        if chapter in LOG_QUIZZES:
            path = LOG_QUIZZES[chapter].relative_to(LOG_QUIZZES[chapter].parents[1])
            lines.append(
                f"The questions are asked about `{path.as_posix()}` and their answers are "
                "read from it (`liftlab.training_log.questions.self_check`); with another log "
                "the numbers differ.\n"
            )
        for number, q in enumerate(quiz_bank(chapter), start=1):
            if isinstance(q, Question):
                right = f"**({chr(97 + q.answer)}) {q.correct_choice}**"
            else:
                assert isinstance(q, NumericQuestion)
                right = f"**{q.answer:.4g} {q.unit}**".replace(" **", "**")
                right += f" (within ±{q.tolerance:g})" if q.tolerance else " (exact)"
            lines.append(f"{number}. *{q.prompt}* {right}. {q.explanation}")
        return "\n".join(lines)

    return answer


# ------------------------------------------------------------------------------ 01


def _protein() -> str:
    rows = []
    for mass in (60, 70, 80, 100):
        t = protein_target(mass)
        rows.append(f"| {mass} kg | {t.low_g:.0f}–{t.high_g:.0f} g |")
    lb = protein_target(154, unit="lb")
    return (
        f"The course's target is about {PROTEIN_G_PER_KG_DAY:g} g of protein per kg of body "
        f"mass per day (Morton et al. 2018: the average breakpoint, "
        f"{PROTEIN_G_PER_KG_DAY_BREAKPOINT:g}, beyond which more protein added nothing on "
        f"average), with {PROTEIN_G_PER_KG_DAY_UPPER:g} g/kg as the upper end for those who "
        "want to maximise their gains (the top of that average's confidence interval, not "
        "the spread between people). With the cell's default `body_mass = 70`:\n\n"
        "| body mass | protein per day |\n|---|---|\n" + "\n".join(rows) + "\n\nIn pounds: "
        f'`protein_target(154, unit="lb")` gives {lb.low_g:.0f}–{lb.high_g:.0f} g. A student '
        "below the low end can add a protein-rich food at one or two meals; above it, extra "
        "protein is not harmful, but on average it added no further muscle."
    )


def _where() -> str:
    sets = ((3, 88.0), (5, 85.0), (6, 80.0), (10, 70.0), (15, 60.0))
    rows = []
    for reps, pct in sets:
        fits = goals_for(reps=reps, percent=pct)
        label = " and ".join(fits) if fits else "neither box"
        rows.append(f"| {reps} reps at {pct:g} % | {label} |")
    return (
        "Answers depend on the student's set; what matters is the reasoning. The article's "
        f"boxes: strength {_g(rep_range('strength')[0])}–{rep_range('strength')[1]} reps at "
        f"{percent_range('strength')[0]:g}–{percent_range('strength')[1]:g} % 1RM, "
        f"hypertrophy {rep_range('hypertrophy')[0]}–{rep_range('hypertrophy')[1]} reps at "
        f"{percent_range('hypertrophy')[0]:g}–{percent_range('hypertrophy')[1]:g} %. "
        "Typical sets, classified with `goals_for`:\n\n"
        "| set | serves |\n|---|---|\n" + "\n".join(rows) + "\n\nA set of 15 at 60 % is in "
        "neither box, yet still builds muscle when taken close to failure (chapter 03); a set "
        "of 6 at 80 % sits on the shared corner of both."
    )


# ------------------------------------------------------------------------------ 02


def _predict() -> str:
    rows = []
    spreads = {}
    for reps in (3, 5, 10, 12):
        est = estimate_1rm_all(100, reps)
        spread = max(est.values()) - min(est.values())
        if len(est) > 1:
            spreads[reps] = spread
        names = ", ".join(FORMULAS[n].label for n in est)
        rows.append(f"| {reps} | {len(est)} | {spread:.1f} kg | {names} |")
    closest = min(spreads, key=spreads.get)
    at_12 = len(estimate_1rm_all(100, 12))
    agree = agreement_range()
    return (
        "Squat 100 kg to failure; `estimate_1rm_all(100, reps)`:\n\n"
        "| reps | equations valid | spread | which |\n|---:|---:|---:|---|\n"
        + "\n".join(rows)
        + f"\n\nOf 3, 5 and 10 reps, the estimates are closest after **{closest} reps**; past "
        f"ten they drift apart, and after 12 reps only **{at_12}** equation"
        f"{'s' if at_12 != 1 else ''} (validated that far) still answer"
        f"{'s' if at_12 == 1 else ''}. In points of 1RM (`percent_spread`) the equations "
        f"agree best from {agree.reps[0]} to {agree.reps[1]} reps (narrowest at "
        f"{agree.closest}, {agree.narrowest:.1f} points): estimate from a hard set of about "
        f"{agree.reps[0]} to {agree.reps[1]} reps."
    )


def _own_lift() -> str:
    load, reps = 100.0, 5
    epley = estimate_1rm(load, reps)
    rows = []
    for rpe in (10.0, 9.0, 8.0):
        e1rm = e1rm_from_rpe(load, reps, rpe)
        rows.append(f"| {rpe:g} | {rpe_to_percent(reps, rpe):g} % | {e1rm:.1f} kg |")
    return (
        f"Example: {load:g} kg × {reps}. The 1RM estimator (Epley) gives {epley:.1f} kg, "
        "assuming the set went to failure. The RPE calculator uses the effort too:\n\n"
        "| RPE | chart %1RM | e1RM |\n|---:|---:|---:|\n" + "\n".join(rows) + "\n\nAt RPE 10 "
        "(failure) the two tools agree within about a kilogram; at RPE 8 the RPE estimate is "
        "higher, because two reps were left in reserve. A student whose estimates differ a "
        "lot either rated the set too hard or too easy, or is not the chart's average lifter. "
        f"Trust the rating most for a hard set: guesses were off by about "
        f"{HACKETT_2017['near_error_reps']:g} rep within {HACKETT_2017['near_failure_reps'][1]} "
        f"reps of failure and by more than {HACKETT_2017['far_error_reps']:g} further away, "
        "whatever the lifter's experience (Hackett et al. 2017)."
    )


# ------------------------------------------------------------------------------ 03


def _bands() -> str:
    one_rm = 140.0
    rows = []
    for name in GOALS:
        low, high = load_range(one_rm, name)
        bar = [round_to_plates(v, BAR_MEN_KG, PLATES_KG) for v in (low, high)]
        rows.append(f"| {GOALS[name].label} | {low:g}–{high:g} kg | {bar[0]:g}–{bar[1]:g} kg |")
    p = percent_range("hypertrophy")
    return (
        f"For the cell's default, a {one_rm:g} kg 1RM. Prediction from the percentages alone: "
        f"{p[0]:g} % and {p[1]:g} % of {one_rm:g} kg. The cell prints:\n\n"
        "| goal | band | on the bar |\n|---|---|---|\n" + "\n".join(rows) + "\n\nThe loads on "
        "the bar are the band's ends rounded to what a 20 kg bar and standard plates make "
        "(steps of 2.5 kg)."
    )


def _table_vs_article() -> str:
    out = []
    for goal, wide in (("strength", False), ("hypertrophy", False), ("hypertrophy", True)):
        low, high = percent_range(goal, wide=wide)
        r_low, r_high = rep_range(goal)
        outside = [
            f"{r} reps ({nsca_percent(r):g} %)"
            for r in range(r_low, r_high + 1)
            if r in liftlab.NSCA_PERCENT_BY_REPS and not low <= nsca_percent(r) <= high
        ]
        label = f"{GOALS[goal].label}{' (wider band)' if wide else ''}, {low:g}–{high:g} %"
        out.append(f"- {label}: outside the band: {', '.join(outside) or 'none'}.")
    return (
        "The calculator's table lists the NSCA rows within the goal's rep range and says "
        "where each falls against the band (computed with `nsca_percent`):\n\n"
        + "\n".join(out)
        + "\n\nFor strength every row is inside. For hypertrophy the heaviest rows (few "
        "reps) lie above the article's top end; ticking the wider band moves them inside. "
        "The article's reps and %1RM do not quite describe the same sets: the NSCA table "
        "lets an average lifter do more reps at 65 % than the article's 12."
    )


def _load_it() -> str:
    from liftlab.apps.plate_loader_app import PLATE_SETS

    load = 100.0
    standard = plates_per_side(load, BAR_MEN_KG, PLATES_KG)
    home = PLATE_SETS["kg"]["home gym"]
    heavy = 130.0
    below, above = nearest_loadable(heavy, BAR_MEN_KG, home)
    if below == heavy:
        home_heavy = ", ".join(f"{p:g}" for p in plates_per_side(heavy, BAR_MEN_KG, home))
        heavy_text = f"{heavy:g} kg can be made: {home_heavy} kg per side."
    else:
        more = f" and {above:g} kg above" if above is not None else "; nothing heavier"
        heavy_text = f"{heavy:g} kg cannot be made: the nearest load is {below:g} kg{more}."
    return (
        f"Example: {load:g} kg on a 20 kg bar. Each side carries ({load:g} − 20) / 2 = "
        f"{(load - 20) / 2:g} kg: {', '.join(f'{p:g}' for p in standard)} kg (heaviest plates "
        "first, fewest plates). With the *home gym* set (one pair each of "
        f"{', '.join(f'{p:g}' for p in home)} kg) a heavy load runs out of plates: "
        f"{heavy_text} In pounds, a 45 lb bar with standard plates makes 225 lb as "
        f"{', '.join(f'{p:g}' for p in plates_per_side(225, BAR_LB, PLATES_LB))} lb per side."
    )


# ------------------------------------------------------------------------------ 04


def _own_session() -> str:
    from liftlab.apps.volume_app import DEFAULT_EXERCISES

    sessions = 2
    week = [
        Exercise(n, s, r, w, "kg", sessions_per_week=sessions) for n, s, r, w in DEFAULT_EXERCISES
    ]
    counts = weekly_hard_sets(week)
    lines = [f"| {m} | {v:g} |" for m, v in sorted(counts.items(), key=lambda kv: kv[1])]
    weakest, low = min(counts.items(), key=lambda kv: kv[1])
    needed = max(0.0, 10 - low)
    return (
        "Answers depend on the student's session. For the planner's default session "
        f"({', '.join(f'{n} {s} × {r}' for n, s, r, _ in DEFAULT_EXERCISES)}), "
        f"{sessions} sessions a week, `weekly_hard_sets` gives:\n\n"
        "| muscle | hard sets / week |\n|---|---:|\n" + "\n".join(lines) + f"\n\nThe weakest "
        f"muscle is the {weakest} ({low:g} sets); it needs {needed:g} more weekly sets to "
        f"reach 10. A direct exercise done in both sessions adds {sessions} weekly sets per "
        f"set, so {math.ceil(needed / sessions):g} sets of it per session close the gap; a "
        "compound lift in which the muscle only helps adds half as much per set."
    )


def _once_a_week() -> str:
    n = 2
    once = weekly_sets_per_muscle(6, n, 1)
    twice = weekly_sets_per_muscle(3, n, 2)
    return (
        f"With {n} exercises for a muscle: 6 sets once a week gives {once:g} weekly sets, and "
        f"3 sets twice a week gives {twice:g}: the same weekly total. The article's advanced "
        "numbers (5–6 sets per exercise) make sense when a muscle is trained once a week; "
        "split over more sessions, each session can be shorter for the same weekly dose, "
        "and the later sets of a long session are usually done more tired. With the weekly "
        "sets equal, more sessions raised strength gains and made a negligible difference to "
        f"growth (Pelland et al. 2025): both weeks are a {dose_note(once).level}."
    )


def _convert() -> str:
    raw = sets_per_exercise(15, 2, 3)
    up = math.ceil(raw)
    return (
        f"`sets_per_exercise(15, 2, 3)` = {raw:g} sets per exercise per session. Rounded up: "
        f"{up} sets, i.e. {weekly_sets_per_muscle(up, 2, 3):g} weekly sets (slightly above the "
        "target). Alternating 2 and 3 sets from session to session hits 15 exactly."
    )


# ------------------------------------------------------------------------------ 05


def _rest_and_time() -> str:
    long = session_duration(15, 5, 3)
    short = session_duration(15, 5, 2)
    low, high = GOALS["strength"].rest_minutes
    inside = "yes" if low <= 2 <= high else "no"
    return (
        f"15 sets of 5 with 3 min rest take {long:.0f} min; with 2 min rest {short:.0f} min, "
        f"{long - short:.0f} min saved (14 rests, one minute shorter each). Is 2 min inside "
        f"the article's {low:g}–{high:g} min for strength? {inside.capitalize()}, at its "
        "bottom. Trained lifters gained the most strength with rests over 2 minutes (Grgic et "
        "al. 2018), and in Schoenfeld et al. (2016) 3 min beat 1 min: keep the longer rests "
        "for the heaviest sets."
    )


def _rest_days() -> str:
    days = int(days_until_hard_again(92))
    first = WEEKDAYS[1 + days]
    return (
        f"`days_until_hard_again(92)` = {days} full rest days after sets above 90 % 1RM: "
        f"Tuesday{' and Wednesday' if days >= 2 else ''} off for the squat muscles, hard "
        f"again on **{first}**. Light work for the same muscles in between is allowed. The "
        "rule is the article's and no study tested it; recovery measured after single heavy "
        f"sessions (not yet recovered at {24 * HELLAND_2020_NOT_RECOVERED_DAY} h, recovered "
        f"by {24 * THOMAS_2018_RECOVERED_DAY} h) roughly agrees with it."
    )


def _taper() -> str:
    from liftlab.apps.fitness_fatigue_app import simulate

    factors = [round(0.1 + 0.05 * i, 2) for i in range(19)]  # the slider: 0.1–1.0
    sets = (("course defaults", DEFAULT_PARAMETERS), ("season fit", SEASON_FIT_PARAMETERS))
    rows = []
    best = {}
    for name, params in sets:
        finals = {
            f: float(simulate(3, 100.0, 12, 2, f, *params)[1].performance[-1]) for f in factors
        }
        best[name] = max(finals, key=finals.get)
        rows.append(
            f"| {name} | {params.k2:.3g} | {params.tau1:g} | {params.tau2:g} | "
            f"{recovery_time(*params):.1f} | × {best[name]:g} | {finals[best[name]]:.0f} | "
            f"{finals[1.0]:.0f} |"
        )
    week_before = {name: float(session_value(7, *params)) for name, params in sets}
    return (
        "12 weeks, 3 sessions a week, load 100, a 2-week taper; performance on the last day "
        "for every *Taper load ×* on the slider:\n\n"
        "| parameters | k2 | τ1 | τ2 | one session's dip, days | best taper load | "
        "performance there | no taper (× 1) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
        + "\n".join(rows)
        + "\n\nWith the default parameters the best is **no taper** (× "
        f"{best['course defaults']:g}); with the season fit it is the **lightest taper** (× "
        f"{best['season fit']:g}). The answer flips because of how long one session's "
        f"fatigue lasts: {recovery_time(*DEFAULT_PARAMETERS):.1f} days with the defaults, "
        f"{recovery_time(*SEASON_FIT_PARAMETERS):.0f} with the season fit. One unit of load 7 "
        f"days before the test adds {week_before['course defaults']:+.2f} to test-day "
        f"performance with the defaults but {week_before['season fit']:+.2f} with the season "
        "fit (`session_value`), so the taper weeks help with one set of parameters and cost "
        "with the other. The model is linear, so test-day performance is a straight line in "
        "the taper load and its best is always an end of the slider. Real tapers do best in "
        f"between, about a {100 * BOSQUET_2007_VOLUME_CUT[0]:.0f}–"
        f"{100 * BOSQUET_2007_VOLUME_CUT[1]:.0f} % volume cut for two weeks in mostly "
        "endurance athletes (Bosquet et al. 2007), because real fatigue piles up over weeks "
        "of training (Busso et al. 2002), which this model leaves out."
    )


# ------------------------------------------------------------------------------ 06


def _lifter() -> dict[str, float]:
    return {"squat": 140.0, "bench press": 100.0, "deadlift": 180.0, "overhead press": 60.0}


def _heavy_days() -> str:
    plan = liftlab.build_plan("strength", 4, 12, _lifter(), experience="advanced")
    for week in plan.weeks:
        heavy = [
            (s, [p for p in s.prescriptions if p.percent_1rm and p.percent_1rm >= 90])
            for s in week.sessions
        ]
        heavy = [(s, items) for s, items in heavy if items]
        if heavy:
            break
    else:
        return "No week of this plan has a set at 90 % 1RM or more."
    lines = []
    days = [s.day for s in week.sessions]
    gaps = []
    # the weekly layout repeats, so next week's sessions are this week's shifted by 7 days
    cycle = [(s.day, s) for s in week.sessions] + [(s.day + 7, s) for s in week.sessions]
    for session, items in heavy:
        muscles = {m for p in items for m, _ in p.muscles}
        later = [
            (day, s)
            for day, s in cycle
            if day > session.day and muscles & {m for p in s.prescriptions for m, _ in p.muscles}
        ]
        day, nxt = later[0]
        gaps.append(day - session.day - 1)
        lifts = ", ".join(f"{p.exercise} {p.sets} × {p.reps} at {p.percent_1rm:g} %" for p in items)
        lines.append(
            f"- {session.weekday} ({session.focus}): {lifts}; the same muscles next train on "
            f"{nxt.weekday}{' (next week)' if day > 7 else ''}, after {gaps[-1]} rest days."
        )
    return (
        f"The course's lifter, strength, advanced, 4 days a week, 12 weeks (training days "
        f"{', '.join(WEEKDAYS[d - 1][:3] for d in days)}). The first week with a set at 90 % or "
        f"more is **week {week.number}**:\n\n" + "\n".join(lines) + f"\n\nThe shortest rest "
        f"after a heavy session is {min(gaps)} days (the rule asks for "
        f"{int(days_until_hard_again(92))}); `check_plan` checks every rule over the whole "
        f"plan and finds {len(liftlab.check_plan(plan))} broken."
    )


def _training_status() -> str:
    from liftlab.program import compare_plans

    levels = {
        level: liftlab.build_plan("both", 3, 12, _lifter(), experience=level)
        for level in ("beginner", "advanced")
    }
    shown = (
        "deload weeks",
        "heaviest main-lift set",
        "fewest reps per set",
        "target RPE, main lifts",
        "sets per week (all)",
    )
    rows = [row for row in compare_plans(levels) if row[0] in shown]
    beginner, advanced = PROFILES["beginner"], PROFILES["advanced"]
    return (
        "The builder's defaults (both goals, 3 days, 12 weeks, linear, the course's lifter), "
        "read with `compare_plans`:\n\n| | beginner | advanced |\n|---|---:|---:|\n"
        + "\n".join(f"| {name} | {b} | {a} |" for name, b, a in rows)
        + "\n\nThe heaviest loads climb from "
        f"{beginner.band('strength').heavy_top:g} to {advanced.band('strength').heavy_top:g} "
        f"% 1RM, the reps go down to {advanced.band('strength').reps[0]}, the hardest target "
        f"RPE rises from {beginner.band('strength').rpe[1]:g} to "
        f"{advanced.band('strength').rpe[1]:g}, and deloads come every "
        f"{advanced.deload_every}th week instead of every {beginner.deload_every}th. Why (the "
        "second box): novices gain from almost any overload, much of it by learning the "
        "lifts, so simple progression with moderate loads works and singles add little; "
        "advanced lifters need heavier, periodized work to keep progressing (ACSM 2009). The "
        "deload intervals are the course's choice inside what practitioners report."
    )


def _adjust() -> str:
    load, reps, target, reached = 112.5, 5, 8.0, 9.5
    nxt = adjust_load(load, reps, target, reached)
    e1rm = e1rm_from_rpe(load, reps, reached)
    planned = e1rm * rpe_to_percent(reps, target) / 100
    return (
        f"`adjust_load({load:g}, {reps}, {target:g}, {reached:g})` = **{nxt:g} kg**. The set "
        f"was {reached - target:g} RPE points harder than planned. The chart turns {load:g} kg "
        f"× {reps} at RPE {reached:g} ({rpe_to_percent(reps, reached):g} % of 1RM) into an "
        f"e1RM of {e1rm:.1f} kg, and {reps} reps at RPE {target:g} is "
        f"{rpe_to_percent(reps, target):g} % of that, {planned:.1f} kg, rounded to plates: "
        f"about {load_change_per_rpe(reps):.1f} % of the load per RPE point at {reps} reps. "
        "On a good day the same rule adds weight."
    )


def _too_light() -> str:
    from liftlab.apps.plan_builder_app import plan_builder

    lifter = dict(_lifter(), **{"overhead press": 25.0})
    problems = liftlab.check_plan(liftlab.build_plan("both", 3, 12, lifter))
    builder = plan_builder(goal="both", days_per_week=3, weeks=12, one_rms=_lifter())
    builder.one_rms["overhead press"].value = 25.0
    note = builder.one_rms["overhead press"].notes.value
    warning = " ".join(re.sub(r"<[^>]+>", " ", note).split())
    return (
        "The plan is still built. Beside the *Overhead press 1RM* box the builder says: "
        f"*{warning.lstrip('⚠ ')}* The first box's verdict of `check_plan` lists "
        f"{len(problems)} problem{'s' if len(problems) != 1 else ''}, e.g. "
        f"*{problems[0]}*. The overhead press's lighter sets fall below the empty "
        f"{BAR_MEN_KG:g} kg bar: use dumbbells or a lighter bar for them. (An impossible "
        "input, such as a 1RM of zero, is refused with a note beside its box instead, and "
        "the last valid plan stays on screen, marked as such.)"
    )


def _more_days() -> str:
    from liftlab.plots import program as plan_plots

    rows = []
    summaries = {}
    for days in (2, 5):
        s = plan_plots.plan_summary(liftlab.build_plan("hypertrophy", days, 8, _lifter()))
        summaries[days] = s
        rows.append(
            f"| {days} | {s['hard_sets']:.0f} | {s['volume_load']:,.0f} kg | "
            f"{s['isolation_share']:.0%} |"
        )
    main_sets = {
        days: sum(
            p.sets
            for s in liftlab.build_plan("hypertrophy", days, 8, _lifter()).weeks[0].sessions
            for p in s.prescriptions
            if p.exercise in MAIN_LIFTS
        )
        for days in (2, 5)
    }
    two, five = summaries[2], summaries[5]
    more_sets = five["hard_sets"] / two["hard_sets"] - 1
    more_load = five["volume_load"] / two["volume_load"] - 1
    return (
        "The cell's output:\n\n| days / week | hard sets / week | volume-load / week | "
        "isolation share |\n|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n\nFive days give "
        f"more weekly sets, {five['hard_sets'] - two['hard_sets']:.0f} more "
        f"({more_sets:.0%}), but far less than 5/2 times as many: the plan sizes every muscle "
        "to the level's weekly band, so extra days spread the sets rather than multiply "
        f"them. The barbell volume-load rises more ({more_load:.0%}) and the isolation share "
        f"{'falls' if five['isolation_share'] < two['isolation_share'] else 'rises'}: the "
        f"extra days give the barbell lifts more exposures ({main_sets[2]} main-lift sets in "
        f"week 1 of the 2-day plan, {main_sets[5]} in the 5-day plan)."
    )


# ------------------------------------------------------------------------------ 07


def _ten_lb() -> str:
    kcal = extra_kcal_per_day(10, "lb")
    myth = 10 * MYTH_KCAL_PER_LB_DAY
    return (
        f"10 lb of new muscle uses {kcal:.0f} kcal a day at rest ({MUSCLE_KCAL_PER_KG_DAY:g} "
        f"kcal per kg per day, Elia 1992; 10 lb = {liftlab.lb_to_kg(10):.2f} kg). The myth "
        f"would claim {myth:.0f} kcal a day, about {myth / kcal:.1f} times too much."
    )


def _recomp() -> str:
    r = kcal_from_muscle_and_fat(2, -4)
    sign = "positive" if r.net_kcal > 0 else "negative"
    return (
        f"Muscle +2 kg: {r.muscle_kcal:+.0f} kcal/day; fat −4 kg: {r.fat_kcal:+.0f} kcal/day; "
        f"net {r.net_kcal:+.0f} kcal/day, **{sign}** but tiny. Fat tissue also uses energy "
        f"({ADIPOSE_KCAL_PER_KG_DAY:g} kcal/kg/day), so losing it cancels most of what the "
        f"new muscle ({MUSCLE_KCAL_PER_KG_DAY:g} kcal/kg/day) adds: recomposition barely "
        "changes resting energy use. Fat loss comes from the energy balance, not from this."
    )


def _trials() -> str:
    evidence = resting_energy_evidence(1)
    kg = evidence.trials_kcal / MUSCLE_KCAL_PER_KG_DAY
    low = evidence.trials_low / MUSCLE_KCAL_PER_KG_DAY
    typical, _ = PETERSON_2011_LEAN_MASS_KG
    return (
        f"{evidence.trials_kcal:.0f} / {MUSCLE_KCAL_PER_KG_DAY:g} = **{kg:.1f} kg** of new "
        f"muscle; even the low end of the trials' interval, {evidence.trials_low:.0f} kcal a "
        f"day, would take {low:.1f} kg. Not realistic for one training study: they typically "
        f"add about {typical:g} kg of lean mass (Peterson et al. 2011), which uses "
        f"{extra_kcal_per_day(typical):.0f} kcal a day. So training seems to raise resting "
        "energy use by more than its new muscle alone; the trials measured the whole body, "
        "and their estimate is uncertain (MacKenzie-Shalders et al. 2020)."
    )


# ------------------------------------------------------------------------------ 09


def _sample_log():
    from instructor.course import LOG_QUIZZES

    return liftlab.read_log(LOG_QUIZZES["09-your-own-training"])


def _own_log() -> str:
    log = _sample_log()
    shares = log.zone_share()
    return (
        "Answers depend on the student's file. For the sample year "
        f"({log.hard_sets} hard sets on {log.training_days} days), `log.zone_share()` gives "
        + ", ".join(f"{zone} {share:.0%}" for zone, share in shares.items())
        + ". A plan for both goals is mostly hypertrophy-type: each main lift has one "
        "strength exposure a week, and its other work and every accessory sit in the "
        "hypertrophy box; the rest are mostly accessories done for more than twelve reps. "
        "A student who predicted *strength* because they lift heavy should look at how many "
        "of their sets are 6–12 reps."
    )


def _names() -> str:
    from liftlab.training_log.reader import LOG_HEADER

    example_path = DATA / "example-strong-no-unit.csv"
    example = liftlab.read_log(example_path, unit="kg")
    unknown = example.unknown_exercises
    try:
        liftlab.read_log(example_path, unit="kg", names={unknown[0]: "abs"})
        refused = "accepted"
    except ValueError as error:
        refused = str(error).split(":")[0]
    row = "2025-03-03,Pendlay Row,{n},70,kg,8,8,0"
    text = ",".join(LOG_HEADER) + "\n" + "\n".join(row.format(n=n) for n in (1, 2, 3)) + "\n"
    before = liftlab.read_log(text.encode())
    after = liftlab.read_log(text.encode(), names={"Pendlay Row": "row"})
    week_before = next(iter(before.weekly_sets().values()))
    week_after = next(iter(after.weekly_sets().values()))
    gains = ", ".join(f"{m} +{v:g}" for m, v in week_after.items() if v != week_before.get(m, 0))
    return (
        "Answers depend on the student's file. In chapter 09's small Strong export the reader "
        f"does not recognise {', '.join(unknown)}: it is kept in the log, listed, and counts "
        "for no muscle. It cannot be given a course name, because the course has no exercise "
        "for the abdominals: `names=` only accepts course exercises, and "
        f'`names={{"{unknown[0]}": "abs"}}` is refused ({refused}). A name that has a course '
        "exercise works: three sets of an unrecognised *Pendlay Row* count for nothing; "
        '`read_log(path, names={"Pendlay Row": "row"})` turns them into rows, and that '
        f"week's hard sets change by {gains}: 1 set for each prime mover, ½ for each "
        "synergist (chapter 04)."
    )


def _effort() -> str:
    log = _sample_log()
    plain = [v for _, v in log.e1rm_trend("squat")]
    rated = [v for _, v in log.e1rm_trend("squat", rpe=True)]
    lines = log.to_csv().splitlines()
    header = lines[0].split(",")
    rpe = header.index("rpe")
    stripped = [header]
    for line in lines[1:]:
        cells = line.split(",")
        cells[rpe] = ""
        stripped.append(cells)
    no_rpe = liftlab.read_log("\n".join(",".join(c) for c in stripped).encode())
    same = no_rpe.e1rm_trend("squat") == no_rpe.e1rm_trend("squat", rpe=True)
    return (
        f"On the sample, the squat's median daily e1RM is {median(plain):.1f} kg by Epley and "
        f"{median(rated):.1f} kg with `rpe=True`: the RPE chart counts the reps each set left "
        "in reserve, Epley treats every set as a rep maximum and reads sets stopped short "
        "low. Someone who never logs RPE gets the same trend either way: with every RPE "
        f"removed from the sample, the two trends are {'identical' if same else 'different'}"
        f". Their trend is Epley's, low by the reps they usually leave, and every working "
        f"set counts as hard ({no_rpe.hard_sets} hard sets instead of {log.hard_sets}): "
        "easy sets can no longer be told apart. Look at the trend over weeks, not at the next "
        "point."
    )


#: Chapter → worked answers, in the order of its Try it tasks: (words in the task, answer).
ANSWERS: dict[str, tuple[tuple[str, Callable[[], str]], ...]] = {
    "01-two-goals": (
        ("Your protein target", _protein),
        ("Where does your training sit?", _where),
        ("Self-check", self_check("01-two-goals")),
    ),
    "02-one-rep-max": (
        ("Predict, then check", _predict),
        ("Your own lift", _own_lift),
        ("Self-check", self_check("02-one-rep-max")),
    ),
    "03-intensity-and-reps": (
        ("Your own bands", _bands),
        ("Where the table and the article part", _table_vs_article),
        ("Load it", _load_it),
        ("Self-check", self_check("03-intensity-and-reps")),
    ),
    "04-sets-and-volume": (
        ("Your own session", _own_session),
        ("Once a week", _once_a_week),
        ("Convert", _convert),
        ("Self-check", self_check("04-sets-and-volume")),
    ),
    "05-rest-and-recovery": (
        ("Rest and time", _rest_and_time),
        ("Your own rest days", _rest_days),
        ("Taper", _taper),
        ("Self-check", self_check("05-rest-and-recovery")),
    ),
    "06-programming": (
        ("Training status", _training_status),
        ("Heavy days", _heavy_days),
        ("Adjust a load", _adjust),
        ("Too light for the bar", _too_light),
        ("More days, more volume?", _more_days),
        ("Self-check", self_check("06-programming")),
    ),
    "07-beyond-the-barbell": (
        ("switch the unit to **lb**", _ten_lb),
        ("the fat lost to 4 kg", _recomp),
        ("the trials' 96 kcal a day", _trials),
        ("Self-check", self_check("07-beyond-the-barbell")),
    ),
    "08-summary": (("test yourself", self_check("08-summary")),),
    "09-your-own-training": (
        ("Read your own log", _own_log),
        ("The names", _names),
        ("Effort", _effort),
        ("Self-check", self_check("09-your-own-training")),
    ),
}


def render() -> str:
    """``worked-answers.md``."""
    from instructor.course import try_it_tasks

    out = [
        "# liftlab: worked answers to the Try it tasks",
        "",
        "For lecturers; keep this file out of the student notebooks. Generated by "
        "`python -m instructor` from `instructor/worked_answers.py`: every number is "
        "computed by liftlab, so the answers match what the calculators show. Do not edit "
        "by hand.",
    ]
    for chapter, answers in ANSWERS.items():
        out += ["", f"## {chapter}"]
        tasks = try_it_tasks(chapter)
        for number, ((_, answer), task) in enumerate(zip(answers, tasks, strict=True), start=1):
            out += ["", f"### Try it {number}", "", f"> {task}", "", answer()]
    return "\n".join(out) + "\n"


def write() -> Path:
    ANSWERS_FILE.write_text(render(), encoding="utf-8")
    return ANSWERS_FILE
