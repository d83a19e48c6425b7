"""The term plan and the objective map, as data, and the notebook readers that check them.

* :data:`SCHEDULE`: ten weeks → chapters, calculators, study minutes, assignment.
* :data:`OBJECTIVES`: for every chapter, each learning objective (its exact text, as in
  the notebook's "Learning objectives" cell) → the questions and tasks that assess it.
  A reference is one of

  - ``"quiz: <words of the prompt>"``: the one question of that chapter's self-check
    quiz (:data:`liftlab.quiz.QUESTIONS`) whose prompt contains the words;
  - ``"try: <words of the task>"``: the one "Try it" task of the chapter's notebook that
    contains the words (worked answers in ``worked-answers.md``);
  - ``"assignment <id>/<key>"``: question ``key`` of the nbgrader assignment ``id``
    (:data:`instructor.assignments.ASSIGNMENTS`), or ``"assignment <id>"`` for the whole
    assignment.

``tests/test_instructor_course.py`` reads the objectives from the notebooks at test time:
an objective added, removed or reworded in a chapter fails the test until this map is
updated, and every reference must resolve. ``python -m instructor`` writes
``instructor/course-map.md`` from this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
NOTEBOOKS = REPO / "notebooks"
MAP_FILE = ROOT / "course-map.md"

# ---------------------------------------------------------------------- notebook readers


def _cells(chapter: str) -> list[dict]:
    path = NOTEBOOKS / f"{chapter}.ipynb"
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _section(chapter: str, heading: str) -> str | None:
    """The text of the first markdown cell whose first line starts with ``heading``."""
    for cell in _cells(chapter):
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.startswith(heading):
            return text
    return None


def normalise(text: str) -> str:
    """Collapse whitespace and drop the trailing ``;``/``.`` of a list item."""
    return re.sub(r"\s+", " ", text).strip().rstrip(";.").strip()


def _items(text: str, marker: str) -> list[str]:
    """List items of markdown ``text`` whose lines start with ``marker`` (a regex)."""
    items: list[str] = []
    for line in text.splitlines():
        if re.match(marker, line):
            items.append(re.sub(marker, "", line, count=1))
        elif items and line.startswith(" ") and line.strip():
            items[-1] += " " + line.strip()
        elif items and not line.strip():
            items.append("")  # a blank line ends an item
    return [normalise(item) for item in items if item.strip()]


def learning_objectives(chapter: str) -> list[str]:
    """The bullets of the chapter's "Learning objectives" cell, normalised."""
    text = _section(chapter, "## Learning objectives")
    if text is None:
        raise ValueError(f"{chapter} has no 'Learning objectives' cell.")
    return _items(text, r"^[-*] ")


def try_it_tasks(chapter: str) -> list[str]:
    """The numbered tasks of the chapter's "Try it" section (its text if it has none)."""
    text = _section(chapter, "## Try it")
    if text is None:
        return []
    tasks = _items(text, r"^\d+\. ")
    if tasks:
        return tasks
    body = text.split("\n", 1)[1] if "\n" in text else ""
    return [normalise(body)] if body.strip() else []


def chapters() -> list[str]:
    """Every chapter notebook (``NN-name``) in the course, in order."""
    return sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


# ------------------------------------------------------------------------------ schedule


@dataclass(frozen=True)
class Week:
    """One week of the term."""

    week: int
    chapters: tuple[str, ...]
    focus: str
    calculators: tuple[str, ...]
    minutes: dict[str, int]  # study minutes per chapter (reading, running, Try it, quiz)
    assignment: str | None  # nbgrader assignment released this week
    in_class: str


SCHEDULE: tuple[Week, ...] = (
    Week(
        1,
        ("00-start-here", "01-two-goals"),
        "How the course works; what strength and hypertrophy training are; how muscle "
        "grows; neural adaptations",
        (),
        {"00-start-here": 20, "01-two-goals": 60},
        "01-two-goals",
        "Lab: everyone opens the course (Binder or `make lab`), runs chapter 00 and "
        "converts a programme between kg and lb; discussion of soreness as a (bad) proxy.",
    ),
    Week(
        2,
        ("02-one-rep-max",),
        "1RM and rep maxima, the seven e1RM equations, the NSCA table, RPE / RIR",
        ("1RM estimator", "RPE calculator"),
        {"02-one-rep-max": 60},
        "02-one-rep-max",
        "Lab: students rate real sets (or video) by RIR and compare the RPE calculator's "
        "e1RM with the equations'.",
    ),
    Week(
        3,
        ("03-intensity-and-reps",),
        "Rep ranges and %1RM bands, the repetition continuum, effort, loading the bar",
        ("goal load calculator", "plate loader"),
        {"03-intensity-and-reps": 55},
        "03-intensity-and-reps",
        "Lab: the 300 lb squat by hand, then with the calculators; where the article and the "
        "NSCA table part.",
    ),
    Week(
        4,
        ("04-sets-and-volume",),
        "Sets per exercise vs weekly hard sets per muscle, fractional counting, "
        "volume-load, progressive overload",
        ("volume planner",),
        {"04-sets-and-volume": 65},
        "04-sets-and-volume",
        "Lab: each student enters their own week into the volume planner and fixes its "
        "weakest muscle.",
    ),
    Week(
        5,
        ("05-rest-and-recovery",),
        "Rest between sets and sessions, central vs peripheral fatigue, fitness–fatigue, tapering",
        ("session timer", "fitness–fatigue simulator"),
        {"05-rest-and-recovery": 60},
        "05-rest-and-recovery",
        "Lab: design a taper with the simulator; debate 'CNS fatigue' with the evidence.",
    ),
    Week(
        6,
        ("08-summary",),
        "Consolidation: the whole-course self-check of chapter 08 for chapters 01–05; "
        "feedback on assignments 01–05",
        ("self-check quiz",),
        {"08-summary": 30},
        None,
        "Review session on the commonest mistakes in the autograded feedback (nbgrader's "
        "formgrader shows them per question).",
    ),
    Week(
        7,
        ("06-programming",),
        "Compound vs isolation, periodization (linear, undulating, block), deloads",
        ("plan builder",),
        {"06-programming": 40},
        None,
        "Lab: compare the three schemes in the plan builder for one lifter.",
    ),
    Week(
        8,
        ("06-programming",),
        "The two-day rule in a plan, building and exporting a plan, same lifter three goals",
        ("plan builder",),
        {"06-programming": 40},
        "06-programming",
        "Lab: each student builds, checks and exports a plan for themselves (CSV).",
    ),
    Week(
        9,
        ("07-beyond-the-barbell",),
        "Energy use of muscle and the 50 kcal myth, fat loss, bone, ageing, body image",
        ("energy calculator",),
        {"07-beyond-the-barbell": 50},
        "07-beyond-the-barbell",
        "Seminar: students bring one fitness claim and check it against chapter 07.",
    ),
    Week(
        10,
        ("08-summary",),
        "The two goals side by side, where research refines the article",
        ("self-check quiz",),
        {"08-summary": 40},
        "08-summary",
        "Review and assignment 08 (the capstone client case).",
    ),
)

#: Minutes a student is expected to spend on one assignment point (reading, computing,
#: checking); an assignment's time is its points times this.
MINUTES_PER_POINT = 4


def study_minutes() -> dict[str, int]:
    """Total scheduled study minutes per chapter (summed over the weeks)."""
    total: dict[str, int] = {}
    for week in SCHEDULE:
        for chapter, minutes in week.minutes.items():
            total[chapter] = total.get(chapter, 0) + minutes
    return total


def estimate_minutes(chapter: str) -> float:
    """A content-based estimate of a chapter's study time, to sanity-check the schedule.

    Reading at 130 words a minute (technical prose with figures), one minute per code
    cell (run it, look at the output), six minutes per "Try it" task and 1.5 minutes per
    self-check question.
    """
    from liftlab.quiz import QUESTIONS

    cells = _cells(chapter)
    words = sum(
        len(re.findall(r"\w+", "".join(c["source"]))) for c in cells if c["cell_type"] == "markdown"
    )
    code = sum(1 for c in cells if c["cell_type"] == "code")
    tasks = [t for t in try_it_tasks(chapter) if not t.lower().startswith("**self-check")]
    quiz = len(QUESTIONS.get(chapter, ()))
    return words / 130 + code + 6 * len(tasks) + 1.5 * quiz


# ------------------------------------------------------------------------- objective map

A = "assignment "

OBJECTIVES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "00-start-here": (
        (
            "open the course on Binder or on your own computer and run its cells",
            ("assignment 01-two-goals",),
        ),
        (
            "convert between kilograms and pounds, and know why the course never guesses a unit",
            (A + "01-two-goals/units",),
        ),
        ("read a course figure and its text description", (A + "01-two-goals/figure",)),
        (
            "use a calculator, and recognise what it does with input it cannot accept",
            (A + "01-two-goals/bad_input",),
        ),
        ("find your way around the nine notebooks", (A + "01-two-goals/map",)),
    ),
    "01-two-goals": (
        (
            "say what hypertrophy training and strength training are, and where each sits on "
            "the rep-max curve",
            (
                "try: Where does your training sit?",
                A + "01-two-goals/zone",
                "quiz: main difference",
            ),
        ),
        (
            "explain the stimuli for muscle growth: mechanical tension, muscle damage and repair "
            "(and why damage is no longer thought necessary), progressive overload, and protein",
            (
                "quiz: NOT thought necessary",
                "try: Your protein target",
                A + "01-two-goals/stimuli",
                A + "01-two-goals/protein",
            ),
        ),
        (
            "describe three neural adaptations to strength training: motor-unit recruitment, "
            "rate coding and coordination",
            ("quiz: Which neural adaptation", A + "01-two-goals/neural"),
        ),
        (
            "explain why strength rises faster than muscle size in the first weeks, and how "
            "size and strength relate later on",
            ("quiz: strength rises fast in the first weeks", A + "01-two-goals/early"),
        ),
    ),
    "02-one-rep-max": (
        (
            "define the 1RM and a rep maximum (RM), and say why most lifters estimate their "
            "1RM rather than test it",
            ("quiz: What is a one-repetition maximum", A + "02-one-rep-max/why_estimate"),
        ),
        (
            "estimate a 1RM from a set taken to failure with seven published equations, and "
            "explain why they agree for sets of about five reps and drift apart beyond ten",
            (
                "try: Predict, then check",
                "quiz: Epley formula",
                "quiz: disagree the most",
                A + "02-one-rep-max/spread",
                A + "02-one-rep-max/agree",
            ),
        ),
        (
            "read the NSCA %1RM–reps table, and explain why one table cannot fit everybody",
            ("quiz: a 10RM", A + "02-one-rep-max/nsca", A + "02-one-rep-max/table"),
        ),
        (
            "use the RPE scale based on reps in reserve to rate a set, and turn a rated set "
            "into a load or an estimated 1RM",
            (
                "try: Your own lift",
                "quiz: rate the set RPE 8",
                A + "02-one-rep-max/e1rm",
                A + "02-one-rep-max/load",
            ),
        ),
    ),
    "03-intensity-and-reps": (
        (
            "state the article's rep ranges and %1RM bands for strength and for hypertrophy, "
            "and place them on the repetition continuum",
            ("quiz: rep ranges", "quiz: % of 1RM", A + "03-intensity-and-reps/zones"),
        ),
        (
            "turn a 1RM into a load range for each goal, and reproduce the article's example of "
            "a 300 lb squat",
            (
                "try: Your own bands",
                "quiz: 300 lb",
                A + "03-intensity-and-reps/band_top",
                A + "03-intensity-and-reps/squat_300",
            ),
        ),
        (
            "spot where the article's bands and the NSCA table disagree, and work out how many "
            "reps in reserve a prescribed set leaves",
            (
                "try: Where the table and the article part",
                "quiz: 3 × 6 at 80 %",
                A + "03-intensity-and-reps/nsca_65",
                A + "03-intensity-and-reps/rir",
            ),
        ),
        (
            "explain why muscle grows across a wide range of loads when sets end close to "
            "failure, while heavy loads still matter most for maximal strength",
            ("quiz: grows with light loads", A + "03-intensity-and-reps/effort"),
        ),
        (
            "round a load to what a bar and a set of plates can make, and load the bar",
            (
                "try: Load it",
                "quiz: nearest load you can make to 96 kg",
                A + "03-intensity-and-reps/loadable",
                A + "03-intensity-and-reps/plates",
            ),
        ),
    ),
    "04-sets-and-volume": (
        (
            "give the article's sets per exercise for a beginner and an advanced lifter, and "
            "say when more sets stop paying off",
            ("quiz: How many sets per exercise", A + "04-sets-and-volume/advanced"),
        ),
        (
            "explain what a *hard set* is and what the dose–response research on weekly sets found",
            ("quiz: meta-analysis", A + "04-sets-and-volume/hard_set"),
        ),
        (
            "convert sets per exercise per session into hard sets per muscle per week, and back",
            (
                "try: Once a week",
                "try: Convert",
                "quiz: twice a week",
                A + "04-sets-and-volume/weekly",
                A + "04-sets-and-volume/back",
            ),
        ),
        (
            "count a compound lift toward every muscle it trains",
            ("try: Your own session", "quiz: adductors", A + "04-sets-and-volume/triceps"),
        ),
        (
            "compute volume-load, and use it to track progressive overload",
            ("quiz: volume-load", A + "04-sets-and-volume/overload"),
        ),
        (
            "explain why volume is the main difference between a strength and a hypertrophy "
            "program",
            (
                "quiz: most separates",
                A + "04-sets-and-volume/which_week",
                A + "04-sets-and-volume/why_week",
            ),
        ),
    ),
    "05-rest-and-recovery": (
        (
            "give the article's rest between sets for each goal, compare it with older advice "
            "and with a training study, and work out what longer rests do to the length of a "
            "session",
            (
                "try: Rest and time",
                "quiz: Which rest between sets",
                "quiz: 12 sets of 10 reps",
                A + "05-rest-and-recovery/saved",
                A + "05-rest-and-recovery/rest_study",
            ),
        ),
        (
            "tell the two kinds of fatigue the article describes apart, and say what research "
            'has and has not shown about "nervous-system fatigue"',
            ("quiz: loss of force measured", A + "05-rest-and-recovery/fatigue"),
        ),
        (
            "apply the article's rule for rest days between heavy sessions for the same muscle",
            ("try: Your own rest days", "quiz: 92 %", A + "05-rest-and-recovery/next_day"),
        ),
        (
            "explain the fitness–fatigue model, simulate a block of training with it, and show "
            "why a taper raises performance",
            (
                "try: Taper",
                "quiz: during a taper",
                A + "05-rest-and-recovery/peak_day",
                A + "05-rest-and-recovery/taper",
            ),
        ),
    ),
    "06-programming": (
        (
            "tell compound from isolation exercises and explain why strength plans lean on a "
            "few compound lifts while hypertrophy plans add isolation work",
            (
                "quiz: strength program usually focus on",
                "quiz: isolation exercises to a hypertrophy program",
                A + "06-programming/compound",
                A + "06-programming/why_isolation",
            ),
        ),
        (
            "describe linear, daily undulating and block periodization, and say what research "
            "found when it compared them",
            (
                "quiz: Which periodization is that",
                "quiz: compared directly",
                A + "06-programming/scheme",
                A + "06-programming/research",
            ),
        ),
        (
            "explain what a deload week is and how a plan schedules one",
            ("quiz: deload week change most", A + "06-programming/deload"),
        ),
        (
            "find where the two-rest-day rule after sets above 90 % 1RM allows heavy work in a "
            "week",
            ("try: Heavy days", "quiz: Monday–Wednesday–Friday", A + "06-programming/heavy_days"),
        ),
        (
            "build, check and export a plan with the plan builder",
            ("try: Heavy days", "try: Units", "try: Save your plan"),
        ),
        (
            "show with numbers that volume, more than intensity, separates a strength plan "
            "from a hypertrophy plan",
            (
                "try: More days, more volume?",
                "quiz: 13 hard sets",
                A + "06-programming/volume_ratio",
            ),
        ),
    ),
    "07-beyond-the-barbell": (
        (
            "compute how much energy new muscle uses at rest, and compare it with food and "
            'with the popular "50 kcal per pound" claim',
            (
                "try: switch the unit to **lb**",
                "quiz: 2 kg of new muscle",
                "quiz: 50 kcal",
                A + "07-beyond-the-barbell/ten_lb",
                A + "07-beyond-the-barbell/myth",
            ),
        ),
        (
            "explain what actually drives fat loss, and the modest part resting muscle plays in it",
            (
                "try: the fat lost to 4 kg",
                "quiz: mainly drives fat loss",
                A + "07-beyond-the-barbell/recomp",
                A + "07-beyond-the-barbell/fat_loss",
            ),
        ),
        (
            "describe what heavy training does for bone mineral density",
            ("quiz: LIFTMOR", A + "07-beyond-the-barbell/bone"),
        ),
        (
            "explain sarcopenia, the loss of muscle with age, and what training does about it",
            ("quiz: What is sarcopenia", A + "07-beyond-the-barbell/sarcopenia"),
        ),
        (
            "state carefully what research says about lifting, body image and anxiety",
            ("quiz: lifting and anxiety", A + "07-beyond-the-barbell/mind"),
        ),
    ),
    "08-summary": (
        (
            "compare the strength and hypertrophy prescriptions on reps, load, sets, rest, "
            "days between sessions, volume and exercise choice",
            ("quiz: side-by-side comparison", A + "08-summary/compare", A + "08-summary/client"),
        ),
        (
            "point to the zone of each goal on the rep-max curve, and to the wider band "
            "research adds for growth",
            ("quiz: top of the wider band", A + "08-summary/wide_band"),
        ),
        (
            "name the main ways research refines the article, with a source for each",
            (
                "quiz: reflects research rather than the article",
                A + "08-summary/source_rest",
                A + "08-summary/source_load",
            ),
        ),
        (
            "check your understanding of the whole course",
            ("try: test yourself", "assignment 08-summary"),
        ),
    ),
}


# ----------------------------------------------------------------------------- resolving


@dataclass(frozen=True)
class Resolved:
    """What a reference points at, for the course map."""

    kind: str  # "quiz", "try" or "assignment"
    label: str  # short text for the map


def resolve(chapter: str, ref: str) -> Resolved:
    """Resolve one reference of :data:`OBJECTIVES`; ``ValueError`` if it points nowhere."""
    from instructor.assignments import ASSIGNMENTS
    from liftlab.quiz import QUESTIONS

    if ref.startswith("quiz: "):
        words = ref[len("quiz: ") :]
        bank = QUESTIONS.get(chapter, ())
        hits = [i for i, q in enumerate(bank) if words in q.prompt]
        if len(hits) != 1:
            raise ValueError(f"{chapter}: {ref!r} matches {len(hits)} quiz questions, not 1.")
        return Resolved("quiz", f"quiz Q{hits[0] + 1}")
    if ref.startswith("try: "):
        words = ref[len("try: ") :]
        tasks = try_it_tasks(chapter)
        hits = [i for i, t in enumerate(tasks) if words in t]
        if len(hits) != 1:
            raise ValueError(f"{chapter}: {ref!r} matches {len(hits)} Try it tasks, not 1.")
        return Resolved("try", f"Try it {hits[0] + 1}")
    if ref.startswith(A):
        target = ref[len(A) :]
        assignment_id, _, key = target.partition("/")
        if assignment_id not in ASSIGNMENTS:
            raise ValueError(f"{chapter}: {ref!r}: no assignment {assignment_id!r}.")
        assignment = ASSIGNMENTS[assignment_id]
        if not key:
            return Resolved("assignment", f"A{assignment_id[:2]} (all)")
        keys = [q.key for q in assignment.questions]
        if key not in keys:
            raise ValueError(f"{chapter}: {ref!r}: assignment has no question {key!r}.")
        return Resolved("assignment", f"A{assignment_id[:2]} Q{keys.index(key) + 1}")
    raise ValueError(f"{chapter}: {ref!r} is not a 'quiz: ', 'try: ' or 'assignment ' reference.")


# ------------------------------------------------------------------------------ markdown


def render() -> str:
    """``course-map.md``: the schedule and the objective map."""
    from instructor.assignments import ASSIGNMENTS

    out = [
        "# liftlab: term plan and objective map",
        "",
        "Generated by `python -m instructor` from `instructor/course.py`; do not edit by hand.",
        "",
        "## Ten-week schedule",
        "",
        "Study minutes: a student's time to read a chapter, run its cells, do its Try it "
        "tasks and its self-check quiz (estimated, see `estimate_minutes`). Assignment "
        f"minutes: {MINUTES_PER_POINT} per point.",
        "",
        "| week | chapters | focus | calculators | study min | assignment (points, min) |",
        "|---:|---|---|---|---:|---|",
    ]
    for week in SCHEDULE:
        chaps = ", ".join(week.chapters)
        calcs = ", ".join(week.calculators) or "—"
        minutes = sum(week.minutes.values())
        if week.assignment:
            a = ASSIGNMENTS[week.assignment]
            task = f"{a.id} ({a.points} pts, {a.points * MINUTES_PER_POINT} min)"
        else:
            task = "—"
        out.append(f"| {week.week} | {chaps} | {week.focus} | {calcs} | {minutes} | {task} |")
    out += ["", "In class, week by week:", ""]
    out += [f"{week.week}. {week.in_class}" for week in SCHEDULE]
    totals = study_minutes()
    out += [
        "",
        "Minutes per chapter over the term: "
        + ", ".join(f"{c} {m}" for c, m in sorted(totals.items()))
        + f" (total {sum(totals.values())} min of study, plus "
        f"{sum(a.points for a in ASSIGNMENTS.values()) * MINUTES_PER_POINT} min of assignments).",
        "",
        "## Objective map",
        "",
        "Each learning objective, as the chapter states it, and what assesses it: *quiz Qn* "
        "is the n-th question of the chapter's self-check quiz, *Try it n* the n-th task of "
        "its Try it section (worked answers in `worked-answers.md`), *Ann Qm* question m of "
        "graded assignment nn (`instructor/nbgrader/source/`).",
    ]
    for chapter, objectives in OBJECTIVES.items():
        out += ["", f"### {chapter}", "", "| objective | assessed by |", "|---|---|"]
        for text, refs in objectives:
            labels = ", ".join(resolve(chapter, ref).label for ref in refs)
            out.append(f"| {text} | {labels} |")
    return "\n".join(out) + "\n"


def write() -> Path:
    MAP_FILE.write_text(render(), encoding="utf-8")
    return MAP_FILE
