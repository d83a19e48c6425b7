"""The term plan and the objective map, as data, and the notebook readers that check them.

* :data:`SCHEDULE`: ten weeks → chapters, calculators, study minutes, assignment. A
  chapter's study minutes are README's time to learn (the course map's ``minutes``
  column, the website's number; :func:`readme_minutes`) plus this schedule's explicit
  extras for the Try it tasks and the self-check questions (:func:`study_time`).
* :data:`OBJECTIVES`: for every chapter, each learning objective (its exact text, as in
  the notebook's "Learning objectives" cell) → the questions and tasks that assess it.
  A reference is one of

  - ``"quiz: <words of the prompt>"``: the one question of that chapter's self-check
    quiz (:data:`liftlab.quiz.QUESTIONS`; for chapter 09, the questions its notebook
    asks about the sample log, :func:`quiz_bank`) whose prompt contains the words;
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
from dataclasses import dataclass, field
from functools import cache
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


# ------------------------------------------------------------------------------ minutes

README = REPO / "README.md"
#: Chapters whose self-check is asked about a training log (chapter 09's quiz is built from
#: its sample log by :func:`liftlab.training_log.questions.self_check`), and that log.
LOG_QUIZZES: dict[str, Path] = {"09-your-own-training": NOTEBOOKS / "data" / "sample-log.csv"}

#: Minutes a student spends on one Try it task done in full (predict, compute, check,
#: write the answer down), on top of README's time to learn. A choice of this schedule.
TRY_IT_MINUTES = 5
#: Minutes per self-check question answered and its explanation read, on top of README's
#: time to learn. A choice of this schedule.
QUESTION_MINUTES = 1
#: Minutes a student is expected to spend on one assignment point (reading, computing,
#: checking); an assignment's time is its points times this.
MINUTES_PER_POINT = 4


def readme_minutes(text: str | None = None) -> dict[str, int]:
    """README's course map: each chapter's *time to learn*, in minutes (the website's number).

    Read from the ``| notebook | ... | minutes |`` table of the repository's README (or of
    ``text``). This module never sets these minutes itself: README is their one source.
    """
    text = README.read_text(encoding="utf-8") if text is None else text
    header = re.search(r"^\|\s*notebook\s*\|.*\|\s*minutes\s*\|\s*$", text, re.M)
    if header is None:
        raise ValueError("README.md has no course map with a 'minutes' column.")
    minutes: dict[str, int] = {}
    for line in text[header.end() :].lstrip("\n").splitlines()[1:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        link = re.search(r"\(notebooks/(\d\d-[^)/]+)\.ipynb\)", cells[0])
        if link and cells[-1].isdigit():
            minutes[link.group(1)] = int(cells[-1])
    return minutes


@cache
def quiz_bank(chapter: str) -> tuple:
    """The questions of a chapter's self-check, as its notebook shows them."""
    from liftlab.quiz import QUESTIONS

    if chapter in LOG_QUIZZES:
        from liftlab import read_log
        from liftlab.training_log.questions import self_check

        return self_check(read_log(LOG_QUIZZES[chapter]))
    return tuple(QUESTIONS.get(chapter, ()))


def _is_self_check(task: str) -> bool:
    lowered = task.lower().lstrip("*")
    return lowered.startswith("self-check") or "test yourself" in lowered


def tasks_to_do(chapter: str) -> list[str]:
    """The chapter's Try it tasks other than its self-check (counted by its questions)."""
    return [t for t in try_it_tasks(chapter) if not _is_self_check(t)]


@dataclass(frozen=True)
class StudyTime:
    """A chapter's study minutes: README's time to learn plus this schedule's extras."""

    learn: int  # README's "minutes" column: reading, running the cells, a first try
    tasks: int  # Try it tasks done in full: TRY_IT_MINUTES each
    questions: int  # self-check questions: QUESTION_MINUTES each

    @property
    def extra(self) -> int:
        return self.tasks * TRY_IT_MINUTES + self.questions * QUESTION_MINUTES

    @property
    def total(self) -> int:
        return self.learn + self.extra


def study_time(chapter: str, readme: dict[str, int] | None = None) -> StudyTime:
    """Study minutes of one chapter (see :class:`StudyTime`)."""
    learn = (readme_minutes() if readme is None else readme)[chapter]
    return StudyTime(learn, len(tasks_to_do(chapter)), len(quiz_bank(chapter)))


# ------------------------------------------------------------------------------ schedule


@dataclass(frozen=True)
class Week:
    """One week of the term.

    ``share`` is the part of each chapter studied that week (1 unless a chapter is spread
    over several weeks, as chapter 06 is); the week's minutes follow from it.
    """

    week: int
    chapters: tuple[str, ...]
    focus: str
    calculators: tuple[str, ...]
    assignment: str | None  # nbgrader assignment released this week
    in_class: str
    share: dict[str, float] = field(default_factory=dict)

    def part(self, chapter: str) -> float:
        return self.share.get(chapter, 1.0)

    def minutes(self, readme: dict[str, int] | None = None) -> dict[str, int]:
        """Study minutes per chapter this week (README's time to learn plus the extras).

        A chapter spread over several weeks is split by the shares, rounded so that its
        weeks add up to its study minutes exactly.
        """
        readme = readme_minutes() if readme is None else readme
        out = {}
        for chapter in self.chapters:
            total = study_time(chapter, readme).total
            weeks = [w for w in SCHEDULE if chapter in w.chapters]
            before = sum(w.part(chapter) for w in weeks[: weeks.index(self)])
            out[chapter] = round(total * (before + self.part(chapter))) - round(total * before)
        return out


SCHEDULE: tuple[Week, ...] = (
    Week(
        1,
        ("00-start-here", "01-two-goals"),
        "How the course works; what strength and hypertrophy training are; how muscle "
        "grows, what is established and what debated; neural adaptations; women and men",
        (),
        "01-two-goals",
        "Lab: everyone opens the course (Binder or `make lab`), runs chapter 00 and "
        "converts a programme between kg and lb; discussion of soreness as a (bad) proxy, "
        "and of outcome versus mechanism for light loads.",
    ),
    Week(
        2,
        ("02-one-rep-max",),
        "1RM and rep maxima, the seven e1RM equations, the NSCA table, RPE / RIR and how "
        "far to trust a rating, autoregulation",
        ("1RM estimator", "RPE calculator"),
        "02-one-rep-max",
        "Lab: students rate real sets (or video) by RIR and compare the RPE calculator's "
        "e1RM with the equations'.",
    ),
    Week(
        3,
        ("03-intensity-and-reps",),
        "Rep ranges and %1RM bands, the repetition continuum, proximity to failure, "
        "loading the bar",
        ("goal load calculator", "plate loader"),
        "03-intensity-and-reps",
        "Lab: the 300 lb squat by hand, then with the calculators; where the article and the "
        "NSCA table part.",
    ),
    Week(
        4,
        ("04-sets-and-volume",),
        "Sets per exercise vs weekly hard sets per muscle, doses, frequency, fractional "
        "counting, volume-load, training status and individual response",
        ("volume planner",),
        "04-sets-and-volume",
        "Lab: each student enters their own week into the volume planner and fixes its "
        "weakest muscle.",
    ),
    Week(
        5,
        ("05-rest-and-recovery",),
        "Rest between sets (one trial, pooled trials) and sessions, central vs peripheral "
        "fatigue, the fitness–fatigue model and its parameters, tapering",
        ("session timer", "fitness–fatigue simulator"),
        "05-rest-and-recovery",
        "Lab: design a taper with the simulator and see why it picks an end of the slider; "
        "debate 'CNS fatigue' with the evidence.",
    ),
    Week(
        6,
        ("06-programming",),
        "Compound vs isolation and why every plan pulls, training status, strength plans' "
        "lighter work, periodization, autoregulation by RPE, deloads",
        ("plan builder",),
        None,
        "Review of assignments 01–05 (nbgrader's formgrader shows the commonest mistakes per "
        "question), then a lab: beginner and advanced plans for one lifter in the plan "
        "builder.",
        {"06-programming": 0.5},
    ),
    Week(
        7,
        ("06-programming",),
        "The two-day rule in a plan, building, checking and exporting a plan, same lifter "
        "three goals, beginner and advanced side by side",
        ("plan builder",),
        "06-programming",
        "Lab: each student builds, checks and exports a plan for themselves (CSV).",
        {"06-programming": 0.5},
    ),
    Week(
        8,
        ("07-beyond-the-barbell",),
        "Energy use of muscle, what trials measured and the 50 kcal myth, fat loss, bone, "
        "ageing, body image",
        ("energy calculator",),
        "07-beyond-the-barbell",
        "Seminar: students bring one fitness claim and check it against chapter 07.",
    ),
    Week(
        9,
        ("09-your-own-training",),
        "Reading a Strong or Hevy log: e1RM trend, zones, weekly sets, rest, a fitted "
        "fitness–fatigue model and how far to trust it",
        ("training-log calculator",),
        "09-your-own-training",
        "Lab: students export their own log (or use the sample), upload it to the "
        "calculator and compare it with the plan they built in week 7.",
    ),
    Week(
        10,
        ("08-summary",),
        "The two goals side by side, where research refines the article",
        ("self-check quiz",),
        "08-summary",
        "Review with chapter 08's whole-course self-check (a button per chapter opens that "
        "chapter's questions) and assignment 08, the capstone client case.",
    ),
)


def study_minutes(readme: dict[str, int] | None = None) -> dict[str, int]:
    """Total scheduled study minutes per chapter (summed over the weeks)."""
    readme = readme_minutes() if readme is None else readme
    total: dict[str, int] = {}
    for week in SCHEDULE:
        for chapter, minutes in week.minutes(readme).items():
            total[chapter] = total.get(chapter, 0) + minutes
    return total


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
            "tell what is established about light loads and growth (the outcome) from what is "
            "still debated (the mechanism)",
            ("quiz: Which part of that is still debated", A + "01-two-goals/light_loads"),
        ),
        (
            "describe three neural adaptations to strength training: motor-unit recruitment, "
            "rate coding and coordination",
            ("quiz: Which neural adaptation", A + "01-two-goals/neural"),
        ),
        (
            "explain why strength rises faster than muscle size in the first weeks, how size "
            "and strength relate later on, and how women and men compare on the same programme",
            (
                "quiz: strength rises fast in the first weeks",
                "quiz: Women and men followed the same programme",
                A + "01-two-goals/early",
                A + "01-two-goals/women_men",
            ),
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
            "explain why they agree best for sets of about five to eight reps and drift apart "
            "beyond ten",
            (
                "try: Predict, then check",
                "quiz: Epley formula",
                "quiz: disagree the most",
                "quiz: equations agree best",
                A + "02-one-rep-max/spread",
                A + "02-one-rep-max/agree",
            ),
        ),
        (
            "read the NSCA %1RM–reps table, and explain why one table cannot fit everybody",
            ("quiz: a 10RM", A + "02-one-rep-max/nsca", A + "02-one-rep-max/table"),
        ),
        (
            "use the RPE scale based on reps in reserve to rate a set, say when a rating can be "
            "trusted, and turn a rated set into a load or an estimated 1RM",
            (
                "try: Your own lift",
                "quiz: rate the set RPE 8",
                "quiz: most accurate",
                A + "02-one-rep-max/e1rm",
                A + "02-one-rep-max/load",
                A + "02-one-rep-max/trust",
            ),
        ),
        (
            "explain autoregulation: letting effort (RPE) or bar speed, rather than a fixed "
            "%1RM, set the day's load",
            ("quiz: What is autoregulation", A + "02-one-rep-max/autoreg"),
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
            "say how much ending sets close to failure matters for growth, and how little for "
            "strength",
            ("quiz: How much does ending sets", A + "03-intensity-and-reps/proximity"),
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
            "explain what a *hard set* is and what the dose–response research on weekly sets "
            "found, and read a weekly total as a lower, moderate or high dose",
            (
                "quiz: meta-analysis",
                "quiz: How does chapter 04 read that weekly total",
                A + "04-sets-and-volume/hard_set",
                A + "04-sets-and-volume/dose",
            ),
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
            "say what training a muscle more often in the week does for strength and for size",
            ("quiz: more sessions a week", A + "04-sets-and-volume/frequency"),
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
        (
            "explain how recommendations change with training status, and how widely people "
            "respond to the same program",
            (
                "quiz: ACSM",
                "quiz: Hubal",
                A + "04-sets-and-volume/status",
            ),
        ),
    ),
    "05-rest-and-recovery": (
        (
            "give the article's rest between sets for each goal, compare it with older advice, "
            "with a single training study and with a pooled analysis of several, and say how "
            "certain each is",
            (
                "quiz: Which rest between sets",
                "quiz: Singer",
                A + "05-rest-and-recovery/rest_study",
                A + "05-rest-and-recovery/pooled",
            ),
        ),
        (
            "work out what longer rests do to the length of a session",
            ("try: Rest and time", "quiz: 12 sets of 10 reps", A + "05-rest-and-recovery/saved"),
        ),
        (
            "tell the two kinds of fatigue the article describes apart, and say what research "
            'has and has not shown about "nervous-system fatigue"',
            ("quiz: loss of force measured", A + "05-rest-and-recovery/fatigue"),
        ),
        (
            "apply the article's rule for rest days between heavy sessions, and say what "
            "evidence stands behind it",
            (
                "try: Your own rest days",
                "quiz: 92 %",
                "quiz: What evidence stands behind",
                A + "05-rest-and-recovery/next_day",
                A + "05-rest-and-recovery/rule_evidence",
            ),
        ),
        (
            "explain the fitness–fatigue model, how its parameters are chosen and how much they "
            "vary between people, and simulate a block of training with it",
            (
                "quiz: default fitness–fatigue parameters",
                A + "05-rest-and-recovery/peak_day",
                A + "05-rest-and-recovery/season_dip",
            ),
        ),
        (
            "explain what a taper is, where the evidence for it comes from, and why the simple "
            "model cannot reproduce the taper that works best in practice",
            (
                "try: Taper",
                "quiz: how can a taper raise performance",
                "quiz: Why can the simple fitness–fatigue model not pick",
                A + "05-rest-and-recovery/taper_model",
                A + "05-rest-and-recovery/taper_evidence",
            ),
        ),
    ),
    "06-programming": (
        (
            "tell compound from isolation exercises and explain why every plan also pulls, even "
            "a strength plan built on a few compound lifts",
            (
                "quiz: strength program usually focus on",
                "quiz: isolation exercises to a hypertrophy program",
                "quiz: add a row and a pulldown",
                A + "06-programming/compound",
                A + "06-programming/why_isolation",
                A + "06-programming/pull",
            ),
        ),
        (
            "explain why a beginner's plan uses lighter loads, more reps and simpler progression "
            "than an advanced lifter's, who periodizes up to heavy singles",
            (
                "try: Training status",
                "quiz: prescribes to a beginner",
                A + "06-programming/beginner_top",
            ),
        ),
        (
            "explain why a strength plan keeps its volume low yet still has lighter work below "
            "80 % 1RM",
            (
                "quiz: still have sets below 80 % 1RM",
                "quiz: 13 hard sets",
                A + "06-programming/light_sets",
                A + "06-programming/volume_ratio",
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
            "read a target RPE and adjust the next load from the RPE you actually reached",
            ("try: Adjust a load", "quiz: felt like RPE 8.5", A + "06-programming/adjust"),
        ),
        (
            "explain what a deload is, how practitioners schedule and run one, and why a fixed "
            "deload every 4th week is a convention rather than an established finding",
            (
                "quiz: deload week change most",
                "quiz: fixed deload every 4th week",
                A + "06-programming/deload_facts",
            ),
        ),
        (
            "find where the two-rest-day rule after sets above 90 % 1RM allows heavy work in a "
            "week",
            ("try: Heavy days", "quiz: Monday–Wednesday–Friday", A + "06-programming/heavy_days"),
        ),
        (
            "build, check and export a plan with the plan builder",
            (
                "try: Training status",
                "try: Heavy days",
                "try: Too light for the bar",
                "try: More days, more volume?",
                A + "06-programming/too_light",
                A + "06-programming/export",
            ),
        ),
    ),
    "07-beyond-the-barbell": (
        (
            "compute how much energy new muscle uses at rest, compare it with what trials of "
            'resistance training measured, with food and with the popular "50 kcal per pound" '
            "claim",
            (
                "try: switch the unit to **lb**",
                "try: the trials' 96 kcal a day",
                "quiz: 2 kg of new muscle",
                "quiz: 50 kcal",
                "quiz: resting metabolic rate",
                A + "07-beyond-the-barbell/ten_lb",
                A + "07-beyond-the-barbell/myth",
                A + "07-beyond-the-barbell/trials",
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
    "09-your-own-training": (
        (
            "export your training log from Strong or Hevy and read it with `liftlab.read_log`, "
            "knowing what the reader keeps, skips and cannot recognise",
            (
                "try: Read your own log",
                "try: The names",
                "quiz: Weight Unit column",
                A + "09-your-own-training/unit",
                A + "09-your-own-training/skipped",
            ),
        ),
        (
            "read an e1RM trend for noise, plateaus and the effect of sets stopped short of "
            "failure",
            (
                "try: Effort",
                A + "09-your-own-training/short",
                A + "09-your-own-training/stall",
                A + "09-your-own-training/rpe_trend",
            ),
        ),
        (
            "classify your own hard sets into the strength zone, the hypertrophy zone or neither",
            (
                "try: Read your own log",
                "quiz: hypertrophy zone",
                A + "09-your-own-training/zone_share",
                A + "09-your-own-training/which_week",
                A + "09-your-own-training/why_week",
            ),
        ),
        (
            "count your weekly hard sets per muscle the way chapter 04 does, and compare them "
            "with its band",
            (
                "try: The names",
                "quiz: RPE 5",
                "quiz: most trained muscle",
                A + "09-your-own-training/weekly_quads",
            ),
        ),
        (
            "check your training days against chapter 05's rest rule",
            (A + "09-your-own-training/rest",),
        ),
        (
            "fit the fitness–fatigue model to your own e1RM, and judge how far to trust the fit",
            (A + "09-your-own-training/fit_r2", A + "09-your-own-training/trust"),
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

    if ref.startswith("quiz: "):
        words = ref[len("quiz: ") :]
        bank = quiz_bank(chapter)
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
    """``course-map.md``: the schedule, the minutes per chapter and the objective map."""
    from instructor.assignments import ASSIGNMENTS

    readme = readme_minutes()
    out = [
        "# liftlab: term plan and objective map",
        "",
        "Generated by `python -m instructor` from `instructor/course.py`; do not edit by hand.",
        "",
        "## Ten-week schedule",
        "",
        "*Study min* is the week's share of each chapter's study minutes (the table below "
        f"explains them); an assignment takes {MINUTES_PER_POINT} minutes per point.",
        "",
        "| week | chapters | focus | calculators | study min | assignment (points, min) |",
        "|---:|---|---|---|---:|---|",
    ]
    for week in SCHEDULE:
        chaps = ", ".join(
            c if week.part(c) == 1 else f"{c} (part {_part_label(week, c)})" for c in week.chapters
        )
        calcs = ", ".join(week.calculators) or "—"
        minutes = sum(week.minutes(readme).values())
        if week.assignment:
            a = ASSIGNMENTS[week.assignment]
            task = f"{a.id} ({a.points} pts, {a.points * MINUTES_PER_POINT} min)"
        else:
            task = "—"
        out.append(f"| {week.week} | {chaps} | {week.focus} | {calcs} | {minutes} | {task} |")
    out += ["", "In class, week by week:", ""]
    out += [f"{week.week}. {week.in_class}" for week in SCHEDULE]
    out += [
        "",
        "## Minutes per chapter",
        "",
        "Two numbers, one source each. *Learn* is the chapter's time to learn, the "
        "*minutes* column of the repository's README (what the website shows): reading, "
        "running the cells and a first go at the calculators, quiz and exercises. A "
        "student on this module does more: every Try it task in full "
        f"({TRY_IT_MINUTES} min each, the self-check task left out) and every self-check "
        f"question with its explanation ({QUESTION_MINUTES} min each). *Study* = learn + "
        "tasks + questions; the schedule splits it over the weeks. Edit *learn* in README.md "
        "and the extras in `instructor/course.py` (`TRY_IT_MINUTES`, `QUESTION_MINUTES`).",
        "",
        "| chapter | learn (README) | Try it tasks | self-check questions | study |",
        "|---|---:|---:|---:|---:|",
    ]
    scheduled = sorted({c for w in SCHEDULE for c in w.chapters})
    total_learn = total_study = 0
    for chapter in scheduled:
        t = study_time(chapter, readme)
        total_learn += t.learn
        total_study += t.total
        out.append(
            f"| {chapter} | {t.learn} | {t.tasks} × {TRY_IT_MINUTES} | "
            f"{t.questions} × {QUESTION_MINUTES} | {t.total} |"
        )
    points = sum(a.points for a in ASSIGNMENTS.values())
    out += [
        f"| **term** | {total_learn} | | | {total_study} |",
        "",
        f"Over the term: {total_study} minutes of study and {points * MINUTES_PER_POINT} "
        f"minutes of assignments ({points} points), about "
        f"{(total_study + points * MINUTES_PER_POINT) / 60:.0f} hours in all, plus the classes.",
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


def _part_label(week: Week, chapter: str) -> str:
    """ "1 of 2", "2 of 2": which part of a chapter spread over several weeks this is."""
    weeks = [w for w in SCHEDULE if chapter in w.chapters]
    return f"{weeks.index(week) + 1} of {len(weeks)}"


def write() -> Path:
    MAP_FILE.write_text(render(), encoding="utf-8")
    return MAP_FILE
