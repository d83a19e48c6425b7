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
from collections.abc import Callable
from pathlib import Path

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
from liftlab.energy import (
    ADIPOSE_KCAL_PER_KG_DAY,
    MUSCLE_KCAL_PER_KG_DAY,
    MYTH_KCAL_PER_LB_DAY,
    extra_kcal_per_day,
    kcal_from_muscle_and_fat,
    protein_target,
)
from liftlab.quiz import NumericQuestion, Question, questions_for
from liftlab.recovery import (
    days_until_hard_again,
    session_duration,
)
from liftlab.volume import (
    Exercise,
    sets_per_exercise,
    weekly_hard_sets,
    weekly_sets_per_muscle,
)

ROOT = Path(__file__).resolve().parent
ANSWERS_FILE = ROOT / "worked-answers.md"

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _g(value: float, digits: int = 1) -> str:
    """A number for prose: rounded, without trailing zeros."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def self_check(chapter: str) -> Callable[[], str]:
    """The worked answer of a chapter's self-check: every quiz question, answered."""

    def answer() -> str:
        lines = []
        for number, q in enumerate(questions_for(chapter), start=1):
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
        "The band is 1.6–2.2 g of protein per kg of body mass per day (Morton et al. 2018). "
        "With the cell's default `body_mass = 70`:\n\n| body mass | protein per day |\n"
        "|---|---|\n" + "\n".join(rows) + f'\n\nIn pounds: `protein_target(154, unit="lb")` '
        f"gives {lb.low_g:.0f}–{lb.high_g:.0f} g. A student whose intake is below the low end "
        "can add a protein-rich food at one or two meals; above the high end, the extra "
        "protein is not harmful but adds no further muscle."
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
    return (
        "Squat 100 kg to failure; `estimate_1rm_all(100, reps)`:\n\n"
        "| reps | equations valid | spread | which |\n|---:|---:|---:|---|\n"
        + "\n".join(rows)
        + f"\n\nOf 3, 5 and 10 reps, the estimates are closest after **{closest} reps**; past "
        f"ten they drift apart, and after 12 reps only **{at_12}** equation"
        f"{'s' if at_12 != 1 else ''} (validated that far) still answer"
        f"{'s' if at_12 == 1 else ''}. Estimate from a heavy set of about 3–8 reps."
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
        "lot either rated the set too hard or too easy, or is not the chart's average lifter."
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
        "and the later sets of a long session are usually done more tired."
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
        "bottom; in Schoenfeld et al. (2016) 3 min beat 1 min for strength, so keep longer "
        "rests for the heaviest sets."
    )


def _rest_days() -> str:
    days = int(days_until_hard_again(92))
    first = WEEKDAYS[1 + days]
    return (
        f"`days_until_hard_again(92)` = {days} full rest days after sets above 90 % 1RM: "
        f"Tuesday{' and Wednesday' if days >= 2 else ''} off for the squat muscles, hard "
        f"again on **{first}**. Light work for the same muscles in between is allowed."
    )


def _taper() -> str:
    from liftlab.apps.fitness_fatigue_app import simulate

    factors = [round(0.1 + 0.05 * i, 2) for i in range(19)]  # the slider: 0.1–1.0
    rows = []
    best = {}
    for taper_weeks in (2, 4):
        finals = {
            f: float(simulate(3, 100.0, 12, taper_weeks, f)[1].performance[-1]) for f in factors
        }
        best[taper_weeks] = max(finals, key=finals.get)
        plain = float(simulate(3, 100.0, 12, 0)[1].performance[-1])
        rows.append(
            f"| {taper_weeks} | {best[taper_weeks]:g} | {finals[best[taper_weeks]]:.1f} | "
            f"{finals[0.5]:.1f} | {plain:.1f} |"
        )
    return (
        "The simulator's default plan (3 sessions a week, load 100, 12 weeks, default model "
        "constants), performance on the last day for every *Taper load ×* on the slider:\n\n"
        "| taper weeks | best taper load × | performance there | at × 0.5 | no taper |\n"
        "|---:|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n\nIn this model the lightest "
        "taper wins: cutting the load only removes fatigue faster than fitness, and the model "
        "has no cost to doing nothing for two weeks. With a 4-week taper fitness has longer "
        "to fade too, so the peak is lower. Real tapers keep the intensity and cut the volume "
        "by about 41–60 % (Bosquet et al. 2007): athletes lose skill and sharpness, which the "
        "model does not contain."
    )


# ------------------------------------------------------------------------------ 06


def _lifter() -> dict[str, float]:
    return {"squat": 140.0, "bench press": 100.0, "deadlift": 180.0, "overhead press": 60.0}


def _heavy_days() -> str:
    plan = liftlab.build_plan("strength", 4, 12, _lifter())
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
        f"The course's lifter, strength, 4 days a week, 12 weeks (training days "
        f"{', '.join(WEEKDAYS[d - 1][:3] for d in days)}). The first week with a set at 90 % or "
        f"more is **week {week.number}**:\n\n" + "\n".join(lines) + f"\n\nThe shortest rest "
        f"after a heavy session is {min(gaps)} days (the rule asks for "
        f"{int(days_until_hard_again(92))}); `check_plan` checks every rule over the whole "
        f"plan and finds {len(liftlab.check_plan(plan))} broken."
    )


def _units() -> str:
    lifter_lb = {k: liftlab.convert(v, "kg", "lb") for k, v in _lifter().items()}
    plan = liftlab.build_plan("both", 3, 12, lifter_lb, unit="lb")
    loads = [
        p.load
        for w in plan.weeks
        for s in w.sessions
        for p in s.prescriptions
        if p.load is not None
    ]
    ok = [x for x in loads if round_to_plates(x, BAR_LB, PLATES_LB) == x]
    return (
        f"With the default plan in lb, {len(ok)} of the {len(loads)} prescribed loads are "
        "exactly loadable on a 45 lb bar with standard plates (45, 35, 25, 10, 5, 2.5 lb): "
        "they move in steps of 5 lb. The 1RMs are converted (1 lb = 0.45359237 kg) and each "
        "load is rounded to real plates, not merely relabelled."
    )


def _more_days() -> str:
    from liftlab.plots import program as plan_plots

    rows = []
    for days in (2, 5):
        s = plan_plots.plan_summary(liftlab.build_plan("hypertrophy", days, 8, _lifter()))
        rows.append(
            f"| {days} | {s['hard_sets']:.0f} | {s['volume_load']:,.0f} kg | "
            f"{s['isolation_share']:.0%} |"
        )
    return (
        "The cell's output:\n\n| days / week | hard sets / week | volume-load / week | "
        "isolation share |\n|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n\nMore days give "
        "more weekly sets: the extra days mostly add accessory (isolation) work, so the "
        "volume-load of the barbell lifts rises less than the set count."
    )


def _save_plan() -> str:
    return (
        "Procedural. The CSV has one row per exercise per session, with the columns "
        f"{', '.join(f'`{c}`' for c in liftlab.CSV_HEADER)}. Check that the 1RMs typed in "
        "appear in the loads (about %1RM × 1RM, rounded to plates) and that the file opens "
        "in a spreadsheet with one column per field."
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
        ("Heavy days", _heavy_days),
        ("Units", _units),
        ("More days, more volume?", _more_days),
        ("Save your plan", _save_plan),
        ("Self-check", self_check("06-programming")),
    ),
    "07-beyond-the-barbell": (
        ("switch the unit to **lb**", _ten_lb),
        ("the fat lost to 4 kg", _recomp),
        ("Self-check", self_check("07-beyond-the-barbell")),
    ),
    "08-summary": (("test yourself", self_check("08-summary")),),
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
