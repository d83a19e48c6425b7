"""The graded assignments, one per chapter 01–08, as data; and the nbgrader source notebooks.

Each assignment is a list of questions. A question has a prompt, a solution (code that
computes the answer with liftlab, as a student would), a hidden check (code that
recomputes the expected value from the liftlab models at grading time and calls
:mod:`liftlab.grading`, whose feedback names the concept), and, for the tests, one
answer typed the loose way a student might type a right answer and one plausible
mistake.

``python -m instructor`` writes ``instructor/nbgrader/source/<id>/<id>.ipynb`` from this
module; ``tests/test_instructor_assignments.py`` checks the notebooks are up to date, and
``tests/test_instructor_nbgrader.py`` runs nbgrader on them end to end.

Assignment 01 also assesses chapter 00 (units, calculators, figures, the course map):
week 1 of the schedule covers both.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from liftlab import (
    days_between_sessions,
    nsca_reps,
    rep_range,
    rest_range,
    rpe_to_percent,
)
from liftlab.energy import ADIPOSE_KCAL_PER_KG_DAY, MUSCLE_KCAL_PER_KG_DAY
from liftlab.volume import Exercise, weekly_hard_sets

ROOT = Path(__file__).resolve().parent
COURSE = ROOT / "nbgrader"
SOURCE = COURSE / "source"

KINDS = ("number", "choice", "choices")


def concept(chapter: str, section: str, idea: str) -> str:
    """The concept a question assesses and where it is taught."""
    return f"{idea} (chapter {chapter}, section '{section}')"


@dataclass(frozen=True)
class Question:
    """One graded question; its answer goes in the variable ``answer_<key>``.

    ``solution`` computes the answer; ``check`` is the hidden test (it must print the
    result of a :mod:`liftlab.grading` check). ``typed`` is a right answer as a student
    might type it, ``mistake`` a plausible wrong one (both Python expressions), used by
    the tests' simulated submissions.
    """

    key: str
    prompt: str
    solution: str
    check: str
    kind: str
    typed: str
    mistake: str
    unit: str = ""
    points: int = 1
    choices: tuple[str, ...] = ()

    @property
    def var(self) -> str:
        return f"answer_{self.key}"

    @property
    def format_check(self) -> str:
        unit = f", {self.unit!r}" if self.unit else ""
        return f"try:\n    print(check_format({self.var}, {self.kind!r}{unit}))\n{_RERAISE}"


@dataclass(frozen=True)
class Assignment:
    """An nbgrader assignment: one notebook named like the chapter it assesses."""

    id: str
    title: str
    chapters: tuple[str, ...]
    intro: str
    imports: str
    questions: tuple[Question, ...] = field(default=())

    @property
    def points(self) -> int:
        return sum(q.points for q in self.questions)


# Re-raised from the cell so nbgrader's feedback shows the cell and the message only.
_RERAISE = "except AnswerError as mark:\n    raise AnswerError(mark) from None"


def _lit(text: str, indent: int) -> str:
    """``text`` as a string literal, split over lines of about 64 characters.

    nbgrader's feedback shows the hidden tests in blocks that do not wrap long lines.
    """
    pieces = textwrap.wrap(
        text, 56, drop_whitespace=False, break_long_words=False, break_on_hyphens=False
    )
    if len(pieces) <= 1 or "".join(pieces) != text:
        return repr(text)
    pad = " " * (indent + 4)
    return "(\n" + "\n".join(pad + repr(p) for p in pieces) + "\n" + " " * indent + ")"


def _call(function: str, arguments: str, **texts: str) -> str:
    """The hidden test's call of a grading check, re-raising its AnswerError."""
    lines = ["try:", f"    print({function}(", f"        {arguments},"]
    lines += [f"        {name}={_lit(text, 8)}," for name, text in texts.items()]
    lines += ["    ))", _RERAISE]
    return "\n".join(lines)


def _tuple(name: str, items: tuple[str, ...]) -> str:
    return f"{name} = (\n" + "".join(f"    {_lit(item, 4)},\n" for item in items) + ")\n"


def _letters(choices: tuple[str, ...]) -> str:
    return "\n".join(f"- **({chr(97 + i)})** {c}" for i, c in enumerate(choices))


def number(
    key: str,
    prompt: str,
    solution: str,
    expected: str,
    unit: str,
    tolerance: float,
    idea: str,
    hint: str,
    typed: str,
    mistake: str,
    points: int = 2,
) -> Question:
    """A numeric question: ``expected`` is a liftlab expression evaluated at grading time."""
    unit_text = f" in {unit}" if unit else ""
    check = f"expected = {expected}\n" + _call(
        "check_number",
        f"answer_{key}, expected, {unit!r}, tolerance={tolerance!r}",
        concept=idea,
        hint=hint,
    )
    prompt = (
        f"{prompt}\n\nStore your answer{unit_text} in `answer_{key}` (a number, or text such "
        f'as `"{_example(unit)}"`; within ±{tolerance:g}{" " + unit if unit else ""}).'
    )
    return Question(key, prompt, solution, check, "number", typed, mistake, unit, points)


def _example(unit: str) -> str:
    return f"100 {unit}".strip()


def choice(
    key: str,
    prompt: str,
    choices: tuple[str, ...],
    solution: str,
    expected: str,
    idea: str,
    why: str,
    typed: str,
    mistake: str,
    points: int = 1,
) -> Question:
    """One letter; ``expected`` is an expression giving the right letter at grading time."""
    check = _tuple("choices", choices) + _call(
        "check_choice", f"answer_{key}, {expected}, choices", concept=idea, why=why
    )
    prompt = f'{prompt}\n\n{_letters(choices)}\n\nStore one letter in `answer_{key}`, e.g. `"a"`.'
    return Question(key, prompt, solution, check, "choice", typed, mistake, "", points, choices)


def choices(
    key: str,
    prompt: str,
    options: tuple[str, ...],
    solution: str,
    expected: str,
    idea: str,
    why: str,
    typed: str,
    mistake: str,
    points: int = 2,
) -> Question:
    """Every letter that applies; ``expected`` gives the set of right letters."""
    check = _tuple("choices", options) + _call(
        "check_choices", f"answer_{key}, {expected}, choices", concept=idea, why=why
    )
    prompt = (
        f"{prompt}\n\n{_letters(options)}\n\nStore every letter that applies in "
        f'`answer_{key}`, separated by commas, e.g. `"a, c"`.'
    )
    return Question(key, prompt, solution, check, "choices", typed, mistake, "", points, options)


GRADING_IMPORTS = (
    "from liftlab.grading import (\n"
    "    AnswerError, check_choice, check_choices, check_format, check_number,\n"
    ")"
)

# ------------------------------------------------------------------ 01 (with chapter 00)

A01 = Assignment(
    "01-two-goals",
    "Two goals (and how the course works)",
    ("00-start-here", "01-two-goals"),
    "Week 1 covers chapters 00 and 01: units, calculators and figures, then what strength "
    "and hypertrophy training are, how muscle grows and how the nervous system adapts.",
    "from liftlab import convert, goals_for, nsca_reps\n"
    "from liftlab.energy import protein_target\n"
    "from liftlab.plots import concepts\n"
    "from liftlab.plots.style import show\n" + GRADING_IMPORTS,
    (
        number(
            "units",
            "A programme written in the US prescribes a **225 lb** squat. How many kilograms "
            "is that? (Chapter 00: 1 lb = 0.45359237 kg exactly.)",
            "answer_units = convert(225, 'lb', 'kg')",
            "convert(225, 'lb', 'kg')",
            "kg",
            0.5,
            concept("00", "Kilograms and pounds", "converting pounds to kilograms"),
            "Multiply pounds by 0.45359237, or call convert(225, 'lb', 'kg').",
            '"102 kg"',
            "225 / 2",
        ),
        choice(
            "bad_input",
            "In the 1RM estimator you type **0** into the *Reps* box. What does a course "
            "calculator do with input it cannot accept?",
            (
                "It stops with a Python traceback",
                "It shows a message saying what is allowed and keeps the last valid result",
                "It silently uses 1 rep instead",
                "It switches to pounds",
            ),
            'answer_bad_input = "b"',
            '"b"',
            concept(
                "00", "How figures and calculators behave", "how a calculator treats bad input"
            ),
            "Every calculator turns a ValueError from the package into a message inside the "
            "widget and keeps the last valid result on screen; it never guesses.",
            '"B"',
            '"c"',
        ),
        number(
            "figure",
            "Run the cell below, then **read the figure** (or its text description, printed "
            "under it). About how many reps can a typical lifter do at **80 % of 1RM** "
            "(the black curve)?",
            "answer_figure = nsca_reps(80)",
            "nsca_reps(80)",
            "reps",
            1.0,
            concept("00", "How figures and calculators behave", "reading a course figure"),
            "Find 80 % on the vertical axis, go across to the black curve and down to the "
            "reps axis; the text description names the same points.",
            '"8 reps"',
            "12",
        ),
        choice(
            "map",
            "A friend asks how long to rest between sets. Which chapter of the course do you "
            "send them to?",
            (
                "02 one-rep max",
                "04 sets and volume",
                "05 rest and recovery",
                "07 beyond the barbell",
            ),
            'answer_map = "c"',
            '"c"',
            concept("00", "The course map", "finding your way around the course"),
            "Chapter 05 covers rest between sets, rest between sessions and the "
            "fitness–fatigue model.",
            '"(c)"',
            '"b"',
        ),
        choice(
            "zone",
            "Which goal does a set of **10 reps at 70 % 1RM** serve, by the article's rep "
            "ranges and %1RM bands?",
            ("Strength", "Hypertrophy", "Both", "Neither"),
            'print(goals_for(reps=10, percent=70))\nanswer_zone = "b"',
            "{('strength',): 'a', ('hypertrophy',): 'b', ('strength', 'hypertrophy'): 'c', "
            "(): 'd'}[goals_for(reps=10, percent=70)]",
            concept(
                "01", "What hypertrophy training is", "where each goal sits on the rep-max curve"
            ),
            "Hypertrophy is 6–12 reps at 65–80 % 1RM; strength 1–6 reps above 80 % "
            "(the article; liftlab.goals_for).",
            '"hypertrophy"',
            '"a"',
        ),
        number(
            "protein",
            "A **90 kg** lifter wants to build muscle. What is the **lower end** of the daily "
            "protein band the course gives, in grams per day?",
            "answer_protein = protein_target(90).low_g",
            "protein_target(90).low_g",
            "g",
            2.0,
            concept("01", "The role of protein", "daily protein for muscle growth"),
            "The band is 1.6–2.2 g per kg of body mass per day (Morton et al. 2018): 90 × 1.6.",
            '"144 g"',
            "90 * 2.2",
        ),
        choices(
            "stimuli",
            "Which of these does muscle growth **need**, according to chapter 01? Select all "
            "that apply.",
            (
                "Mechanical tension: hard sets under load",
                "Muscle damage and soreness after every session",
                "Progressive overload over weeks",
                "Enough protein",
            ),
            'answer_stimuli = "a, c, d"',
            '{"a", "c", "d"}',
            concept("01", "How muscle grows", "the stimuli for muscle growth"),
            "Tension, progressive overload and protein drive growth; damage comes with "
            "unaccustomed work but is not thought necessary for growth.",
            '["A", "C", "D"]',
            '"a, b, c, d"',
        ),
        choices(
            "neural",
            "Which of these are **neural** adaptations to strength training? Select all that "
            "apply.",
            (
                "Recruiting more motor units",
                "Firing motor units faster (rate coding)",
                "Better coordination, less antagonist co-activation",
                "More muscle fibres in the muscle",
            ),
            'answer_neural = "a, b, c"',
            '{"a", "b", "c"}',
            concept(
                "01",
                "How the nervous system makes you stronger",
                "neural adaptations: recruitment, rate coding, coordination",
            ),
            "Recruitment, rate coding and coordination are changes in how the nervous system "
            "drives the muscle; more fibres would be a change in the muscle itself.",
            '"a b c"',
            '"a, d"',
        ),
        choice(
            "early",
            "After six weeks a beginner's squat 1RM is up 20 % while the thigh is only a few "
            "per cent bigger. What explains most of the gap?",
            (
                "Neural adaptations: the same muscle is driven better",
                "Measurement error",
                "New muscle fibres that are not yet visible",
                "A higher protein intake",
            ),
            'answer_early = "a"',
            '"a"',
            concept(
                "01",
                "Why early strength gains outpace size",
                "why strength rises faster than size at first",
            ),
            "Early strength gains are mostly neural (Moritani & deVries 1979); growth "
            "contributes more as training goes on.",
            '"a."',
            '"c"',
        ),
    ),
)

# ---------------------------------------------------------------------- 02 one-rep max

A02 = Assignment(
    "02-one-rep-max",
    "One-rep max and effort",
    ("02-one-rep-max",),
    "Estimate maxima from sets, compare the equations, read the NSCA table and turn a "
    "rated set into training loads. Use the package (or chapter 02's 1RM estimator and "
    "RPE calculator) to get each number.",
    "from liftlab import (\n"
    "    e1rm_from_rpe, estimate_1rm, estimate_1rm_all, load_for_rpe, nsca_percent,\n"
    "    rir_to_rpe, round_to_plates,\n"
    ")\n" + GRADING_IMPORTS,
    (
        number(
            "e1rm",
            "Your client squats **140 kg for 5 reps at RPE 8**. Estimate their 1RM with the "
            "RPE chart.",
            "answer_e1rm = e1rm_from_rpe(140, 5, 8)",
            "e1rm_from_rpe(140, 5, 8)",
            "kg",
            1.5,
            concept("02", "Effort: RPE and reps in reserve", "an estimated 1RM from a rated set"),
            f"5 reps at RPE 8 is {rpe_to_percent(5, 8):g} % of 1RM on the chart (Helms et al. "
            "2016): divide the load by that fraction, or call e1rm_from_rpe(140, 5, 8).",
            '"172.6kg"',
            "estimate_1rm(140, 5)",
        ),
        number(
            "load",
            "Same client: what load for **4 × 8 at RIR 2**? Give the load you would put on a "
            "20 kg bar with standard plates.",
            "e1rm = e1rm_from_rpe(140, 5, 8)\n"
            "answer_load = round_to_plates(load_for_rpe(e1rm, 8, rir_to_rpe(2)))",
            "load_for_rpe(e1rm_from_rpe(140, 5, 8), 8, rir_to_rpe(2))",
            "kg",
            2.5,
            concept("02", "Effort: RPE and reps in reserve", "a training load from a target RIR"),
            f"RIR 2 is RPE 8; 8 reps at RPE 8 is {rpe_to_percent(8, 8):g} % of the e1RM on the "
            "chart; round to what the plates can make.",
            '"281 lb"',
            "140 * 0.8",
        ),
        number(
            "spread",
            "A lifter does **100 kg × 10** to failure. How many kilograms separate the highest "
            "and the lowest of the seven equations' estimates?",
            "estimates = estimate_1rm_all(100, 10)\n"
            "answer_spread = max(estimates.values()) - min(estimates.values())",
            "max(estimate_1rm_all(100, 10).values()) - min(estimate_1rm_all(100, 10).values())",
            "kg",
            0.5,
            concept(
                "02",
                "They agree near five reps and part ways past ten",
                "why the 1RM equations drift apart beyond ten reps",
            ),
            "Call estimate_1rm_all(100, 10) and subtract the smallest estimate from the largest.",
            "9.7",
            "0",
        ),
        choice(
            "agree",
            "From sets of how many reps do the seven equations agree **most closely** "
            "(smallest spread, 100 kg to failure)?",
            ("2 reps", "5 reps", "8 reps", "10 reps"),
            "spreads = {}\n"
            "for letter, reps in zip('abcd', (2, 5, 8, 10)):\n"
            "    e = estimate_1rm_all(100, reps)\n"
            "    spreads[letter] = max(e.values()) - min(e.values())\n"
            "answer_agree = min(spreads, key=spreads.get)",
            "min(zip('abcd', (2, 5, 8, 10)), key=lambda p: max(estimate_1rm_all(100, p[1])"
            ".values()) - min(estimate_1rm_all(100, p[1]).values()))[0]",
            concept(
                "02",
                "They agree near five reps and part ways past ten",
                "where the 1RM equations agree",
            ),
            "The equations were fitted to sets of a few reps and agree best near five; beyond "
            "ten most were never validated.",
            '"b"',
            '"d"',
        ),
        number(
            "nsca",
            "By the NSCA table, what percentage of 1RM can a typical lifter lift for a "
            "**6-rep maximum**?",
            "answer_nsca = nsca_percent(6)",
            "nsca_percent(6)",
            "%",
            0.5,
            concept(
                "02",
                "The %1RM–reps table and the spread between people",
                "reading the NSCA %1RM–reps table",
            ),
            "Look up 6 reps in the NSCA table (Baechle & Earle 2008), or call nsca_percent(6).",
            '"85 %"',
            "80",
        ),
        choice(
            "table",
            "Why can one %1RM–reps table not fit everybody?",
            (
                "It was measured on machines only",
                "Reps at a given %1RM differ between people and between exercises",
                "The 1RM changes every day by half",
                "It only applies to pounds",
            ),
            'answer_table = "b"',
            '"b"',
            concept(
                "02",
                "One table, many lifters",
                "why one table cannot fit every lifter",
            ),
            "Reps at a given %1RM vary a lot between people, most at light loads, and the "
            "leg press allows more reps than the bench press (Nuzzo et al. 2024).",
            '"B"',
            '"a"',
        ),
        choice(
            "why_estimate",
            "Why do most lifters **estimate** their 1RM rather than test it?",
            (
                "A true 1RM cannot exist",
                "A maximal single is risky and tiring, and a heavy set of a few reps "
                "estimates it well",
                "The equations are more accurate than a test",
                "Gyms do not allow singles",
            ),
            'answer_why_estimate = "b"',
            '"b"',
            concept("02", "What a one-rep max is", "why the 1RM is usually estimated"),
            "A tested single is demanding and needs practice; a set of about 3–8 reps to "
            "failure, or rated by RPE, gives an estimate without it.",
            '"b"',
            '"c"',
        ),
    ),
)

# ------------------------------------------------------------------- 03 intensity and reps

_SETS_03 = {"a": (3, 88.0), "b": (10, 70.0), "c": (15, 60.0), "d": (8, 75.0), "e": (12, 65.0)}
_SET_TEXT = tuple(f"{reps} reps at {pct:g} % 1RM" for reps, pct in _SETS_03.values())

A03 = Assignment(
    "03-intensity-and-reps",
    "Intensity and reps",
    ("03-intensity-and-reps",),
    "Turn a 1RM into loads for each goal, compare the article with the NSCA table, judge "
    "how hard a set is, and load the bar. Chapter 03's goal load calculator and plate loader "
    "show the same numbers.",
    "from liftlab import goals_for, load_range, nsca_reps, plates_per_side, round_to_plates\n"
    + GRADING_IMPORTS,
    (
        number(
            "band_top",
            "A lifter's bench press 1RM is **135 kg**. What is the **heaviest** load of the "
            "article's hypertrophy band?",
            "answer_band_top = load_range(135, 'hypertrophy')[1]",
            "load_range(135, 'hypertrophy')[1]",
            "kg",
            1.25,
            concept("03", "Worked example: a 300 lb squat", "a load band from a 1RM"),
            "The hypertrophy band is 65–80 % of 1RM: 135 × 0.80 (load_range(135, 'hypertrophy')).",
            '"108kg"',
            "135 * 0.85",
        ),
        number(
            "squat_300",
            "The article's example: a **300 lb** squat 1RM. What is the **lightest** load of "
            "the strength band?",
            "answer_squat_300 = load_range(300, 'strength')[0]",
            "load_range(300, 'strength')[0]",
            "lb",
            2.5,
            concept("03", "Worked example: a 300 lb squat", "the article's 300 lb squat example"),
            "Strength work is above 80 % of 1RM: 300 × 0.80.",
            '"240 lbs"',
            "195",
        ),
        number(
            "nsca_65",
            "The article pairs 65 % 1RM with sets of up to 12. By the NSCA table, how many "
            "reps can a typical lifter do at **65 % 1RM**?",
            "answer_nsca_65 = nsca_reps(65)",
            "nsca_reps(65)",
            "reps",
            0.5,
            concept(
                "03",
                "Two prescriptions, two boxes",
                "where the article's bands and the NSCA table disagree",
            ),
            "Read the NSCA table at 65 % (nsca_reps(65)): more reps than the article's 12.",
            "15.0",
            "12",
        ),
        number(
            "rir",
            "A programme prescribes **5 × 5 at 80 % 1RM**. By the NSCA table, how many reps in "
            "reserve does each set leave a typical lifter?",
            "answer_rir = nsca_reps(80) - 5",
            "nsca_reps(80) - 5",
            "reps",
            0.5,
            concept("03", "How hard are these sets?", "reps in reserve of a prescribed set"),
            f"At 80 % a typical lifter can do about {nsca_reps(80):g} reps (nsca_reps(80)); "
            "doing 5 leaves the difference in reserve.",
            '"3 reps"',
            "0",
        ),
        choices(
            "zones",
            "Which of these sets lie in the article's **hypertrophy** zone (its rep range and "
            "%1RM band)? Select all that apply.",
            _SET_TEXT,
            f"sets = {_SETS_03!r}\n"
            "answer_zones = ', '.join(k for k, (reps, pct) in sets.items()\n"
            "                         if 'hypertrophy' in goals_for(reps=reps, percent=pct))",
            f"{{k for k, (r, p) in {_SETS_03!r}.items() if 'hypertrophy' in "
            "goals_for(reps=r, percent=p)}",
            concept(
                "03", "Two prescriptions, two boxes", "the rep ranges and %1RM bands of each goal"
            ),
            "Hypertrophy: 6–12 reps at 65–80 % 1RM (the article; goals_for). 15 reps at 60 % "
            "is outside the box, though it still builds muscle close to failure.",
            '["B", "D", "E"]',
            '"b, c, d, e"',
        ),
        choice(
            "effort",
            "Two groups train to failure for 8 weeks: one with **3 × 25 at about 35 % 1RM**, "
            "the other with **3 × 10 at about 75 % 1RM**. What does research lead you to "
            "expect?",
            (
                "Only the heavy group grows",
                "Similar growth; the heavy group gains more 1RM strength",
                "Only the light group grows",
                "Neither grows: sets above 12 reps do not count",
            ),
            'answer_effort = "b"',
            '"b"',
            concept(
                "03",
                "Effort matters as much as the load",
                "growth across loads when sets end close to failure",
            ),
            "Taken close to failure, light and heavy loads built similar muscle; heavy loads "
            "still won for 1RM strength (Schoenfeld et al. 2017).",
            '"b"',
            '"a"',
        ),
        number(
            "loadable",
            "Your target is **143 kg** on a 20 kg bar with standard plates (25, 20, 15, 10, 5, "
            "2.5, 1.25 kg). What is the nearest load you can actually put on the bar?",
            "answer_loadable = round_to_plates(143)",
            "round_to_plates(143)",
            "kg",
            0.0,
            concept("03", "Loading the bar", "rounding a load to what the plates can make"),
            "Loads move in steps of twice the smallest plate (2.5 kg): round_to_plates(143).",
            '"142.5 kg"',
            "143",
        ),
        number(
            "plates",
            "How many plates go on **each side** of a 20 kg bar for **142.5 kg**, using the "
            "fewest plates?",
            "answer_plates = len(plates_per_side(142.5))",
            "len(plates_per_side(142.5))",
            "",
            0.0,
            concept("03", "Loading the bar", "loading the bar, plate by plate"),
            "(142.5 − 20) / 2 = 61.25 kg per side, heaviest plates first: plates_per_side(142.5).",
            '"4"',
            "5",
            points=1,
        ),
    ),
)

# --------------------------------------------------------------------- 04 sets and volume

_WEEK_A = (("squat", 5, 3, 150.0), ("bench press", 5, 3, 110.0), ("deadlift", 3, 3, 180.0))
_WEEK_B = (
    ("squat", 4, 10, 110.0),
    ("leg press", 3, 12, 160.0),
    ("bench press", 4, 10, 80.0),
    ("row", 4, 10, 70.0),
    ("leg extension", 3, 12, 50.0),
)


def week_sets(week: tuple[tuple[str, int, int, float], ...], muscle: str) -> float:
    """Weekly hard sets for ``muscle`` in a week done twice (fractional counting)."""
    done = [Exercise(name, s, r, load, "kg", sessions_per_week=2) for name, s, r, load in week]
    return weekly_hard_sets(done).get(muscle, 0.0)


def _quads(week: tuple[tuple[str, int, int, float], ...]) -> str:
    """Code for the weekly quadriceps sets of ``week``, evaluated at grading time."""
    return (
        f"weekly_hard_sets([Exercise(n, s, r, w, 'kg', sessions_per_week=2) "
        f"for n, s, r, w in {week!r}]).get('quadriceps', 0)"
    )


_QUADS_A, _QUADS_B = _quads(_WEEK_A), _quads(_WEEK_B)
_REPS_B = f"all('hypertrophy' in goals_for(reps=r) for _, _, r, _ in {_WEEK_B!r})"
_B_IS_HYPERTROPHY = f"{_REPS_B} and {_QUADS_B} > {_QUADS_A}"


def _week_md(name: str, week: tuple[tuple[str, int, int, float], ...]) -> str:
    rows = ", ".join(f"{n} {s} × {r} at {load:g} kg" for n, s, r, load in week)
    return f"*Week {name}* (each session done twice a week): {rows}."


A04 = Assignment(
    "04-sets-and-volume",
    "Sets and volume",
    ("04-sets-and-volume",),
    "Convert the article's sets per exercise into research's hard sets per muscle per week, "
    "count compound lifts fractionally, and compute volume-load. Chapter 04's volume planner "
    "shows the same counts.",
    "import math\n"
    "from liftlab import goals_for, sets_range\n"
    "from liftlab.volume import (\n"
    "    Exercise, sets_per_exercise, volume_load, weekly_hard_sets, weekly_sets_per_muscle,\n"
    ")\n" + GRADING_IMPORTS,
    (
        number(
            "advanced",
            "How many sets per exercise does the article give an **advanced** lifter "
            "training for hypertrophy, at most?",
            "answer_advanced = sets_range('hypertrophy', 'advanced')[1]",
            "sets_range('hypertrophy', 'advanced')[1]",
            "sets",
            0.0,
            concept("04", "Sets per exercise, by experience", "sets per exercise by experience"),
            "Beginners 3–4 sets per exercise, advanced lifters 5–6 (the article), with "
            "diminishing returns beyond.",
            '"6 sets"',
            "4",
            points=1,
        ),
        choice(
            "hard_set",
            "Which of these counts as a **hard set** in the research on weekly volume?",
            (
                "Any set, warm-ups included",
                "A set taken close to failure, with only a few reps in reserve",
                "Only a set taken to complete failure",
                "A set above 90 % 1RM",
            ),
            'answer_hard_set = "b"',
            '"b"',
            concept(
                "04",
                "Weekly hard sets per muscle: how research counts",
                "what a hard set is",
            ),
            "Research counts working sets ended close to failure; warm-ups and easy sets "
            "far from failure do not count (Schoenfeld, Ogborn & Krieger 2017).",
            '"B"',
            '"c"',
        ),
        number(
            "weekly",
            "You do **3 sets** per exercise, **2 exercises** for your chest, **3 sessions** a "
            "week. How many hard sets does your chest get per week?",
            "answer_weekly = weekly_sets_per_muscle(3, 2, 3)",
            "weekly_sets_per_muscle(3, 2, 3)",
            "sets",
            0.0,
            concept(
                "04",
                "From sets per exercise to sets per week",
                "converting sets per exercise into weekly sets",
            ),
            "Sets per exercise × exercises per muscle × sessions per week.",
            '"18 sets"',
            "6",
        ),
        number(
            "back",
            "You want **15 hard sets a week** for your back from **2 exercises** in **3 "
            "sessions**. How many sets per exercise per session (rounded **up** to whole "
            "sets)?",
            "answer_back = math.ceil(sets_per_exercise(15, 2, 3))",
            "math.ceil(sets_per_exercise(15, 2, 3))",
            "sets",
            0.0,
            concept(
                "04",
                "From sets per exercise to sets per week",
                "converting a weekly target back into sets per exercise",
            ),
            "15 / (2 × 3) = 2.5 sets per exercise; round up to whole sets.",
            "3",
            "2.5",
        ),
        number(
            "triceps",
            "A week has **bench press 4 × 8**, done **twice**. With the course's fractional "
            "counting, how many hard sets do the **triceps** get per week?",
            "week = [Exercise('bench press', 4, 8, 80, 'kg', sessions_per_week=2)]\n"
            "answer_triceps = weekly_hard_sets(week)['triceps']",
            "weekly_hard_sets([Exercise('bench press', 4, 8, 80, 'kg', "
            "sessions_per_week=2)])['triceps']",
            "sets",
            0.0,
            concept(
                "04",
                "Compound lifts count for several muscles",
                "counting a compound lift toward every muscle it trains",
            ),
            "A prime mover gets 1 set per set, a helper ½ (Pelland et al. 2025): the triceps "
            "help in the bench press.",
            '"4 sets"',
            "8",
        ),
        number(
            "overload",
            "Last week: squat **4 × 8 at 100 kg**. This week: **4 × 9 at 100 kg**. By what "
            "percentage did the volume-load rise?",
            "before = volume_load(4, 8, 100, 'kg')\n"
            "after = volume_load(4, 9, 100, 'kg')\n"
            "answer_overload = 100 * (after - before) / before",
            "100 * (volume_load(4, 9, 100, 'kg') / volume_load(4, 8, 100, 'kg') - 1)",
            "%",
            0.5,
            concept("04", "Progressive overload", "volume-load and progressive overload"),
            "Volume-load = sets × reps × load: 3200 kg → 3600 kg.",
            '"12.5%"',
            "400",
        ),
        choice(
            "which_week",
            "Here are two weeks of training for the same lifter.\n\n"
            f"{_week_md('A', _WEEK_A)}\n\n{_week_md('B', _WEEK_B)}\n\n"
            "Which week is **hypertrophy-type** training? (Use `weekly_hard_sets` and "
            "`goals_for` to check.)",
            ("Week A", "Week B"),
            f"week_b = {_WEEK_B!r}\n"
            "done = [Exercise(n, s, r, w, 'kg', sessions_per_week=2) for n, s, r, w in week_b]\n"
            "print(weekly_hard_sets(done))\n"
            'answer_which_week = "b"',
            f"'b' if {_B_IS_HYPERTROPHY} else 'a'",
            concept(
                "04",
                "Volume: the main difference between the goals",
                "telling hypertrophy-type from strength-type training",
            ),
            "Week B has 6–12-rep sets and many more hard sets per muscle; week A is a few "
            "heavy sets of 3, strength-type work.",
            '"week B"',
            '"a"',
        ),
        choices(
            "why_week",
            "Why? Select every reason that holds for the week you chose.",
            (
                "It gives the quadriceps more hard sets per week",
                "Its sets are in the 6–12 rep range",
                "Its loads are heavier",
                "It uses only compound lifts",
            ),
            'answer_why_week = "a, b"',
            f"({{'a'}} if {_QUADS_B} > {_QUADS_A} else set()) | ({{'b'}} if {_REPS_B} else set())",
            concept(
                "04",
                "Volume: the main difference between the goals",
                "volume as the main difference between the goals",
            ),
            "More hard sets per muscle in the 6–12 rep range is what makes week B "
            "hypertrophy-type; its loads are lighter and it adds an isolation exercise "
            "(leg extension).",
            '"A and B"',
            '"a, c"',
        ),
    ),
)

# --------------------------------------------------------------------- 05 rest and recovery

A05 = Assignment(
    "05-rest-and-recovery",
    "Rest and recovery",
    ("05-rest-and-recovery",),
    "Rest between sets and sessions, the two kinds of fatigue, and the fitness–fatigue "
    "model. Chapter 05's session timer and fitness–fatigue simulator show the same numbers.",
    "import numpy as np\n"
    "from liftlab import rest_range\n"
    "from liftlab.recovery import days_until_hard_again, fitness_fatigue, session_duration\n"
    + GRADING_IMPORTS,
    (
        number(
            "saved",
            "A strength session has **15 sets of 5 reps**, 3 s per rep and 15 s of set-up per "
            "set. How many minutes does cutting the rest from **3 min to 2 min** save?",
            "long = session_duration(15, 5, 3, seconds_per_rep=3, setup_s=15)\n"
            "short = session_duration(15, 5, 2, seconds_per_rep=3, setup_s=15)\n"
            "answer_saved = long - short",
            "session_duration(15, 5, 3, seconds_per_rep=3, setup_s=15) - "
            "session_duration(15, 5, 2, seconds_per_rep=3, setup_s=15)",
            "min",
            0.5,
            concept("05", "How rest stretches a session", "how rest sets the length of a session"),
            "15 sets have 14 rests between them; each is one minute shorter.",
            '"14 minutes"',
            "15",
        ),
        choice(
            "rest_study",
            "In Schoenfeld et al. (2016), trained men rested **1 min** or **3 min** between "
            "sets for 8 weeks. What happened?",
            (
                "1 min built more muscle, 3 min more strength",
                "3 min built more strength and more muscle",
                "No difference in anything",
                "1 min built more of both",
            ),
            'answer_rest_study = "b"',
            '"b"',
            concept(
                "05", "Rest between sets", "rest between sets: the article and a training study"
            ),
            "Longer rests let the later sets keep their reps and load; the older 30–90 s advice "
            "for hypertrophy is not supported.",
            '"b"',
            '"a"',
        ),
        choice(
            "fatigue",
            'What does research say about the article\'s "nervous-system fatigue" after heavy '
            "lifting?",
            (
                "It is proven to last a week after every heavy session",
                "Some central fatigue is measured, but most of the loss is in the muscle; "
                "strong 'CNS fatigue' claims remain debated",
                "It does not exist at all",
                "It only affects sets of more than 12 reps",
            ),
            'answer_fatigue = "b"',
            '"b"',
            concept("05", "Two kinds of fatigue", "central versus peripheral fatigue"),
            "Measurements find some central fatigue after heavy sessions but most of the loss "
            "of force is peripheral (Thomas et al. 2018).",
            '"(b)"',
            '"a"',
        ),
        choice(
            "next_day",
            "You squat **3 sets of 2 at 92 % 1RM on Monday**. Following the article's rule, "
            "what is the first day you should squat hard again?",
            ("Tuesday", "Wednesday", "Thursday", "Friday"),
            "rest_days = days_until_hard_again(92)\n"
            "answer_next_day = 'abcd'[rest_days]  # Monday + rest days + 1",
            "'abcd'[int(days_until_hard_again(92))]",
            concept("05", "Rest between sessions", "rest days after heavy work"),
            "After work above 90 % 1RM, at least 2 full rest days (the article): Tuesday and "
            "Wednesday off, hard again on Thursday.",
            '"Thursday"',
            '"b"',
        ),
        number(
            "peak_day",
            "The fitness–fatigue model with **k1 = 1, k2 = 2, τ1 = 45 days, τ2 = 15 days**: "
            "after a **single** session on day 0, on which day is performance highest? "
            "(Simulate 120 days with `fitness_fatigue`.)",
            "loads = np.zeros(120)\n"
            "loads[0] = 100\n"
            "result = fitness_fatigue(loads, k1=1, k2=2, tau1=45, tau2=15)\n"
            "answer_peak_day = int(np.argmax(result.performance))",
            "int(np.argmax(fitness_fatigue(np.r_[100.0, np.zeros(119)], k1=1, k2=2, tau1=45, "
            "tau2=15).performance))",
            "days",
            1.0,
            concept(
                "05",
                "The fitness–fatigue model",
                "the fitness–fatigue model (Banister et al. 1975)",
            ),
            "Performance = fitness − fatigue. Fatigue is twice as large but fades three times "
            "faster, so performance dips first and peaks weeks later.",
            '"40 days"',
            "0",
        ),
        choice(
            "taper",
            "Why does a **taper** (a few easier weeks before a test) raise performance in the "
            "fitness–fatigue model?",
            (
                "Fitness grows faster when you train less",
                "Fatigue fades faster than fitness, so cutting the load reveals the fitness "
                "built up",
                "The model has no fatigue term",
                "The taper adds new training load",
            ),
            'answer_taper = "b"',
            '"b"',
            concept("05", "Tapering before a test", "why a taper raises performance"),
            "With τ2 < τ1 fatigue decays faster than fitness: a lighter block lets fatigue "
            "drop while most of the fitness remains.",
            '"B."',
            '"a"',
        ),
    ),
)

# ------------------------------------------------------------------------ 06 programming

_LIFTS_06 = ("squat", "leg extension", "bench press", "curl", "deadlift", "lateral raise")
_STRENGTH_WEEK = (("squat", 5, 3, 87.5), ("bench press", 5, 3, 87.5), ("deadlift", 3, 3, 87.5))
_HYPER_WEEK = (
    ("squat", 4, 10, 70.0),
    ("bench press", 4, 10, 70.0),
    ("row", 4, 10, 70.0),
    ("leg extension", 3, 12, 65.0),
    ("curl", 3, 12, 65.0),
    ("lateral raise", 3, 12, 65.0),
)


def total_sets(week: tuple[tuple[str, int, int, float], ...]) -> float:
    """All hard sets of one session of ``week`` (each set counted once)."""
    return float(sum(sets for _, sets, _, _ in week))


A06 = Assignment(
    "06-programming",
    "Programming",
    ("06-programming",),
    "Exercise selection, periodization, deloads, the two-day rule in a week, and what "
    "separates a strength plan from a hypertrophy plan. Chapter 06's plan builder shows "
    "whole plans built from these rules.",
    "from liftlab import days_until_hard_again\n"
    "from liftlab.volume import EXERCISE_MUSCLES\n" + GRADING_IMPORTS,
    (
        choices(
            "compound",
            "Which of these are **compound** exercises (more than one muscle group does the "
            "work)? Use `EXERCISE_MUSCLES` to check.",
            _LIFTS_06,
            f"lifts = {_LIFTS_06!r}\n"
            "answer_compound = ', '.join('abcdef'[i] for i, name in enumerate(lifts)\n"
            "                            if len(EXERCISE_MUSCLES[name]) > 1)",
            f"{{'abcdef'[i] for i, n in enumerate({_LIFTS_06!r}) if len(EXERCISE_MUSCLES[n]) > 1}}",
            concept(
                "06",
                "Compound and isolation exercises",
                "compound versus isolation exercises",
            ),
            "Squat, bench press and deadlift move several joints and train several muscles; "
            "leg extension, curl and lateral raise isolate one.",
            '"a c e"',
            '"a, b, c"',
        ),
        choice(
            "why_isolation",
            "Why do hypertrophy plans add isolation exercises when strength plans keep to a "
            "few compound lifts?",
            (
                "Isolation exercises allow heavier loads",
                "They add cheap, direct hard sets for single muscles",
                "Compound lifts do not build muscle",
                "They rest the nervous system completely",
            ),
            'answer_why_isolation = "b"',
            '"b"',
            concept(
                "06",
                "Compound and isolation exercises",
                "why hypertrophy plans add isolation work",
            ),
            "Growth follows hard sets per muscle; isolation work adds them with little "
            "fatigue. Strength is specific to the lifts, so strength plans practise those.",
            '"b"',
            '"c"',
        ),
        choice(
            "scheme",
            "A plan's squat goes **3 × 10 at 70 %, 3 × 8 at 75 %, 3 × 6 at 80 %, 3 × 4 at "
            "85 %** over four weeks, one session a week. Which periodization is this?",
            ("Linear", "Daily undulating", "Block"),
            'answer_scheme = "a"',
            '"a"',
            concept(
                "06",
                "Periodization: three ways to progress",
                "linear, undulating and block periodization",
            ),
            "The load rises a little each week while the reps fall: linear. Undulating changes "
            "the load from session to session; block groups weeks into phases.",
            '"linear"',
            '"b"',
        ),
        choice(
            "research",
            "What did meta-analyses find when they compared linear with undulating periodization?",
            (
                "Undulating always doubles strength gains",
                "Linear is the only scheme that works",
                "No clear difference in strength or growth; planned progression matters more "
                "than the scheme",
                "Periodization makes no difference to anything",
            ),
            'answer_research = "c"',
            '"c"',
            concept(
                "06",
                "Periodization: three ways to progress",
                "what research found when comparing periodization schemes",
            ),
            "Harries et al. (2015) found no strength difference and Grgic et al. (2017) no "
            "growth difference between linear and undulating plans.",
            '"C"',
            '"a"',
        ),
        choice(
            "deload",
            "What is a **deload** week?",
            (
                "A week off training entirely, after every session",
                "A planned easier week, mostly with fewer sets, every few weeks, so fatigue "
                "can fall",
                "A week of maximal singles",
                "A week that doubles the volume",
            ),
            'answer_deload = "b"',
            '"b"',
            concept("06", "Deloads: easy weeks on purpose", "what a deload week is"),
            "Coaches describe deloads of about a week every 4–6 weeks, mostly by cutting sets "
            "(Bell et al. 2022; 2023).",
            '"b"',
            '"d"',
        ),
        choices(
            "heavy_days",
            "A 4-day plan trains legs on **Monday, Tuesday, Thursday and Friday**. The "
            "heaviest squats (**92 % 1RM**) are on Monday. On which of the other leg days may "
            "heavy squats go, by the two-rest-day rule?",
            ("Tuesday", "Thursday", "Friday"),
            "first = 1 + days_until_hard_again(92)  # days after Monday\n"
            "days = {'a': 1, 'b': 3, 'c': 4}\n"
            "answer_heavy_days = ', '.join(k for k, d in days.items() if d >= first)",
            "{k for k, d in {'a': 1, 'b': 3, 'c': 4}.items() "
            "if d >= 1 + days_until_hard_again(92)}",
            concept("06", "The two-day rule in a plan", "the two-rest-day rule inside a week"),
            "After sets above 90 % 1RM the same muscles rest two full days (Tuesday, "
            "Wednesday): Thursday and Friday are allowed.",
            '"b, c"',
            '"a, b, c"',
        ),
        number(
            "volume_ratio",
            "One session of each plan:\n\n"
            + "".join(f"- strength: {n} {s} × {r} at {p:g} %\n" for n, s, r, p in _STRENGTH_WEEK)
            + "".join(f"- hypertrophy: {n} {s} × {r} at {p:g} %\n" for n, s, r, p in _HYPER_WEEK)
            + "\nHow many **times** more hard sets does the hypertrophy session have than the "
            "strength session?",
            f"strength = {_STRENGTH_WEEK!r}\n"
            f"hypertrophy = {_HYPER_WEEK!r}\n"
            "answer_volume_ratio = sum(s for _, s, _, _ in hypertrophy) / "
            "sum(s for _, s, _, _ in strength)",
            f"{total_sets(_HYPER_WEEK)!r} / {total_sets(_STRENGTH_WEEK)!r}",
            "",
            0.05,
            concept(
                "06",
                "Same lifter, three goals",
                "volume, more than intensity, separates the plans",
            ),
            "Count the sets of each session and divide; the intensities differ by less than "
            "a fifth, the sets by far more.",
            '"1.6"',
            "0.8",
        ),
    ),
)

# ------------------------------------------------------------------ 07 beyond the barbell

A07 = Assignment(
    "07-beyond-the-barbell",
    "Beyond the barbell",
    ("07-beyond-the-barbell",),
    "The energy cost of muscle, what drives fat loss, bone, ageing and body image. Chapter "
    "07's energy calculator shows the same numbers.",
    "from liftlab.energy import MUSCLE_KCAL_PER_KG_DAY, extra_kcal_per_day, "
    "kcal_from_muscle_and_fat\n" + GRADING_IMPORTS,
    (
        number(
            "ten_lb",
            "How many kcal a day does **10 lb** of new muscle use at rest?",
            "answer_ten_lb = extra_kcal_per_day(10, 'lb')",
            "extra_kcal_per_day(10, 'lb')",
            "kcal/day",
            1.0,
            concept("07", "What new muscle burns at rest", "the resting energy use of muscle"),
            f"About {MUSCLE_KCAL_PER_KG_DAY:g} kcal per kg per day (Elia 1992): 10 lb is 4.54 kg.",
            '"59 kcal per day"',
            "500",
        ),
        number(
            "myth",
            "The popular claim is 50 kcal per pound per day. How many **times** too high is it, "
            "compared with Elia's 13 kcal/kg/day?",
            "answer_myth = 50 / extra_kcal_per_day(1, 'lb')",
            "50 / extra_kcal_per_day(1, 'lb')",
            "",
            0.3,
            concept("07", 'The "50 kcal per pound" myth', 'the "50 kcal per pound" myth'),
            f"One pound of muscle uses {MUSCLE_KCAL_PER_KG_DAY:g} × 0.4536 kcal a day; divide 50 "
            "by that.",
            '"8.5"',
            "3.8",
        ),
        number(
            "recomp",
            "A lifter gains **2 kg** of muscle and loses **4 kg** of fat. By how many kcal a "
            "day does their resting energy use change (negative for a fall)?",
            "answer_recomp = kcal_from_muscle_and_fat(2, -4).net_kcal",
            "kcal_from_muscle_and_fat(2, -4).net_kcal",
            "kcal/day",
            1.0,
            concept(
                "07", "Fat loss: what actually drives it", "body recomposition and resting energy"
            ),
            f"Muscle uses {MUSCLE_KCAL_PER_KG_DAY:g} kcal/kg/day at rest, fat "
            f"{ADIPOSE_KCAL_PER_KG_DAY:g}: 2 × {MUSCLE_KCAL_PER_KG_DAY:g} − 4 × "
            f"{ADIPOSE_KCAL_PER_KG_DAY:g}.",
            '"+8 kcal/day"',
            "-18",
        ),
        choice(
            "fat_loss",
            "What mainly drives fat loss?",
            (
                "The extra resting energy of new muscle",
                "Eating less energy than you use over weeks",
                "Sweating during training",
                "Training only with light weights",
            ),
            'answer_fat_loss = "b"',
            '"b"',
            concept("07", "Fat loss: what actually drives it", "what drives fat loss"),
            "An energy deficit drives fat loss; training helps keep lean mass while losing "
            "fat, but new muscle adds only a few kcal a day.",
            '"b"',
            '"a"',
        ),
        choice(
            "bone",
            "What did the LIFTMOR trial find?",
            (
                "Light machine work lowered bone density",
                "Heavy, supervised training improved bone density in postmenopausal women "
                "with low bone mass",
                "Lifting has no effect on bone",
                "Only running improves bone density",
            ),
            'answer_bone = "b"',
            '"b"',
            concept("07", "Bone mineral density", "what heavy training does for bone density"),
            "High-intensity resistance and impact training improved bone mineral density "
            "and was safe under supervision (Watson et al. 2018).",
            '"B"',
            '"c"',
        ),
        choice(
            "sarcopenia",
            "What is **sarcopenia**, and what does training do about it?",
            (
                "A muscle injury; training makes it worse",
                "The loss of muscle mass and function with age; resistance training adds "
                "lean mass in older adults too",
                "A bone disease that lifting cannot affect",
                "Muscle soreness after a session",
            ),
            'answer_sarcopenia = "b"',
            '"b"',
            concept("07", "Ageing and muscle loss", "sarcopenia and training in older adults"),
            "Muscle mass declines with age, severe loss being sarcopenia; resistance training "
            "still builds lean mass in older adults.",
            '"b"',
            '"d"',
        ),
        choice(
            "mind",
            "Which statement about lifting and the mind is **careful** enough?",
            (
                "Lifting cures anxiety",
                "Resistance training may improve body image and reduces anxiety symptoms "
                "modestly; the evidence is promising but not strong",
                "Lifting has no psychological effects",
                "Only strength training, never hypertrophy training, helps",
            ),
            'answer_mind = "b"',
            '"b"',
            concept(
                "07", "Confidence and body image", "stating research on body image and anxiety"
            ),
            "Trials and meta-analyses report modest benefits with limited certainty; strong "
            "claims go beyond the evidence.",
            '"b"',
            '"a"',
        ),
    ),
)

# ---------------------------------------------------------------------------- 08 summary

A08 = Assignment(
    "08-summary",
    "Putting it together",
    ("08-summary",),
    "One client from start to finish, and where research refines the article.",
    "from liftlab import (\n"
    "    days_between_sessions, e1rm_from_rpe, load_for_rpe, percent_range, rep_range,\n"
    "    rest_range, round_to_plates,\n"
    ")\n" + GRADING_IMPORTS,
    (
        number(
            "client",
            "A client benches **100 kg × 8 at RPE 9** and wants to grow. Which load, on a 20 kg "
            "bar with standard plates, for **3 × 10 at RPE 8**?",
            "e1rm = e1rm_from_rpe(100, 8, 9)\n"
            "answer_client = round_to_plates(load_for_rpe(e1rm, 10, 8))",
            "load_for_rpe(e1rm_from_rpe(100, 8, 9), 10, 8)",
            "kg",
            2.5,
            concept(
                "08",
                "The two goals side by side",
                "turning a rated set into a hypertrophy load",
            ),
            "e1RM from the rated set (RPE chart), then the chart's %1RM for 10 reps at RPE 8, "
            "rounded to plates.",
            '"90 kg"',
            "80",
        ),
        choices(
            "compare",
            "Which statements match the article's comparison of the two goals? Select all "
            "that apply.",
            (
                f"Strength uses {rep_range('strength')[0]}–{rep_range('strength')[1]} reps, "
                f"hypertrophy {rep_range('hypertrophy')[0]}–{rep_range('hypertrophy')[1]}",
                f"Strength rests {rest_range('strength')[0]:g}–{rest_range('strength')[1]:g} "
                f"min between sets, hypertrophy {rest_range('hypertrophy')[0]:g}–"
                f"{rest_range('hypertrophy')[1]:g} min",
                "Hypertrophy training needs heavier loads than strength training",
                f"After heavy strength work, at least {days_between_sessions('strength')[0]} "
                "days before training the same muscle hard",
            ),
            'answer_compare = "a, b, d"',
            "{'a', 'b', 'd'}",
            concept(
                "08",
                "The two goals side by side",
                "comparing the strength and hypertrophy prescriptions",
            ),
            "Strength: fewer reps, heavier loads, longer rests, more days between heavy "
            "sessions. Hypertrophy: moderate loads, more reps and more volume.",
            '"a b d"',
            '"a, c"',
        ),
        number(
            "wide_band",
            "Research widens the hypertrophy band the course draws on the rep-max curve. What "
            "is the **top** of the wider band, in % 1RM?",
            "answer_wide_band = percent_range('hypertrophy', wide=True)[1]",
            "percent_range('hypertrophy', wide=True)[1]",
            "%",
            0.5,
            concept("08", "Both zones on one chart", "the zones of each goal on the rep-max curve"),
            "percent_range('hypertrophy', wide=True): the article once writes '65 % to 80-85 %'.",
            '"85%"',
            "80",
            points=1,
        ),
        choice(
            "source_rest",
            "Which source showed that **3 min** of rest beat **1 min** for both strength and "
            "size in trained men?",
            (
                "Elia 1992",
                "Schoenfeld et al. 2016",
                "Banister et al. 1975",
                "Nuzzo et al. 2024",
            ),
            'answer_source_rest = "b"',
            '"b"',
            concept(
                "08", "Where research refines the article", "research that refines the article"
            ),
            "Schoenfeld et al. (2016) compared 1 and 3 minutes of rest over 8 weeks.",
            '"b"',
            '"c"',
        ),
        choice(
            "source_load",
            "Which finding refines the article's 6–12 reps for growth?",
            (
                "Muscle grows across a wide range of loads when sets end close to failure "
                "(Schoenfeld et al. 2017)",
                "Only sets of 6–12 reps build muscle",
                "Muscle uses 50 kcal per pound a day",
                "Rest must be under a minute for growth",
            ),
            'answer_source_load = "a"',
            '"a"',
            concept(
                "08", "Where research refines the article", "research that refines the article"
            ),
            "The loading meta-analysis found similar growth with light and heavy loads taken "
            "close to failure; heavy loads still win for 1RM strength.",
            '"A"',
            '"b"',
        ),
    ),
)

ASSIGNMENTS: dict[str, Assignment] = {a.id: a for a in (A01, A02, A03, A04, A05, A06, A07, A08)}

# ------------------------------------------------------------------- notebook builder

_KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _meta(grade_id: str, *, grade: bool, solution: bool, locked: bool, points: int = 0) -> dict:
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": 3,
        "solution": solution,
        "task": False,
    }
    if grade:
        meta["points"] = points
    return {"nbgrader": meta}


def _md(grade_id: str, text: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_markdown_cell(text, id=grade_id)
    cell.metadata = _meta(grade_id, grade=False, solution=False, locked=True)
    return cell


def _code(grade_id: str, text: str, **flags: object) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(text, id=grade_id)
    cell.metadata = _meta(grade_id, **flags)  # type: ignore[arg-type]
    return cell


HOW_TO = (
    "**How to answer.** Each question stores its answer in a variable named like "
    "`answer_xxx`: replace its `None` with a value or with code, e.g. "
    '`answer_xxx = "127.5 kg"` or `answer_xxx = load_for_rpe(...)`. Numbers may carry '
    "their unit (a mass in kg or lb either way) and are marked with a tolerance; letters "
    "may be upper or lower case. The cell under each answer checks that it can be read, "
    "not that it is right: hidden tests grade it after you submit, and your feedback "
    "names the concept behind every mark. Before submitting: *Kernel → Restart Kernel and "
    "Run All Cells*."
)


def notebook(assignment: Assignment) -> nbformat.NotebookNode:
    """The nbgrader source notebook of ``assignment``."""
    chapters = ", ".join(f"`{c}`" for c in assignment.chapters)
    cells = [
        _md(
            "title",
            f"# Assignment {assignment.id[:2]}: {assignment.title}\n\n{assignment.intro}\n\n"
            f"Chapters: {chapters}. Points: {assignment.points}.\n\n{HOW_TO}",
        ),
        _code("setup", assignment.imports, grade=False, solution=False, locked=True),
    ]
    if assignment.id == "01-two-goals":
        cells.append(
            _code(
                "figure",
                'fig, alt = concepts.goal_zone_figure(["strength", "hypertrophy"])\n'
                "show(fig, alt=alt)",
                grade=False,
                solution=False,
                locked=True,
            )
        )
    for number_, q in enumerate(assignment.questions, start=1):
        heading = f"## Question {number_} ({q.points} point{'s' if q.points > 1 else ''})"
        cells.append(_md(f"{q.key}-prompt", f"{heading}\n\n{q.prompt}"))
        cells.append(
            _code(
                f"{q.key}-answer",
                f"{q.var} = None  # replace None with your answer, or write code below\n"
                f"### BEGIN SOLUTION\n{q.solution}\n### END SOLUTION",
                grade=False,
                solution=True,
                locked=False,
            )
        )
        cells.append(
            _code(
                f"{q.key}-test",
                "# Checks that your answer can be read (not that it is right).\n"
                f"{q.format_check}\n"
                f"### BEGIN HIDDEN TESTS\n{q.check}\n### END HIDDEN TESTS",
                grade=True,
                solution=False,
                locked=True,
                points=q.points,
            )
        )
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {"kernelspec": dict(_KERNEL), "language_info": {"name": "python"}}
    nbformat.validate(nb)
    return nb


def source_path(assignment: Assignment) -> Path:
    return SOURCE / assignment.id / f"{assignment.id}.ipynb"


def render(assignment: Assignment) -> str:
    """The notebook's file text, exactly as written to disk."""
    return json.dumps(notebook(assignment), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def write_all() -> list[Path]:
    """Write every source notebook; return the paths written."""
    paths = []
    for assignment in ASSIGNMENTS.values():
        path = source_path(assignment)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(assignment), encoding="utf-8")
        paths.append(path)
    return paths
