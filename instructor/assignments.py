"""The graded assignments, one per chapter 01–09, as data; and the nbgrader source notebooks.

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
import numpy as np

from liftlab import (
    days_between_sessions,
    nsca_reps,
    rep_range,
    rest_range,
    rpe_to_percent,
)
from liftlab.effort import HACKETT_2017
from liftlab.energy import (
    ADIPOSE_KCAL_PER_KG_DAY,
    MUSCLE_KCAL_PER_KG_DAY,
    resting_energy_evidence,
)
from liftlab.one_rep_max import agreement_range
from liftlab.plots import concepts
from liftlab.program import DELOAD_EVERY
from liftlab.recovery import (
    BOSQUET_2007_VOLUME_CUT,
    DEFAULT_PARAMETERS,
    HELLAND_2020_NOT_RECOVERED_DAY,
    SEASON_FIT_PARAMETERS,
    THOMAS_2018_RECOVERED_DAY,
    recovery_time,
    taper_response,
)
from liftlab.response import ACSM_2009_STAGES, HUBAL_2005_RANGES
from liftlab.training_log import RELIABLE_POINTS
from liftlab.volume import (
    DOSE_NOTE_LEVELS,
    HIGH_WEEKLY_SETS,
    MODERATE_WEEKLY_SETS,
    Exercise,
    weekly_hard_sets,
)

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


def _before(code: str) -> str:
    """Hidden code that runs before a check (computing what the expected value needs)."""
    return f"{code.strip()}\n" if code.strip() else ""


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
    before: str = "",
) -> Question:
    """A numeric question: ``expected`` is a liftlab expression evaluated at grading time.

    ``before`` is hidden code run first (it may define names ``expected`` uses).
    """
    unit_text = f" in {unit}" if unit else ""
    check = (
        _before(before)
        + f"expected = {expected}\n"
        + _call(
            "check_number",
            f"answer_{key}, expected, {unit!r}, tolerance={tolerance!r}",
            concept=idea,
            hint=hint,
        )
    )
    marked = f"within ±{tolerance:g}{' ' + unit if unit else ''}" if tolerance else "exactly"
    prompt = (
        f"{prompt}\n\nStore your answer{unit_text} in `answer_{key}` (a number, or text such "
        f'as `"{_example(unit)}"`; marked {marked}).'
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
    before: str = "",
) -> Question:
    """One letter; ``expected`` is an expression giving the right letter at grading time."""
    check = (
        _before(before)
        + _tuple("choices", choices)
        + _call("check_choice", f"answer_{key}, {expected}, choices", concept=idea, why=why)
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
    before: str = "",
) -> Question:
    """Every letter that applies; ``expected`` gives the set of right letters."""
    check = (
        _before(before)
        + _tuple("choices", options)
        + _call("check_choices", f"answer_{key}, {expected}, choices", concept=idea, why=why)
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
        choices(
            "light_loads",
            "Light loads taken close to failure build muscle. Which of these are **established** "
            "findings, rather than still debated? Select all that apply.",
            (
                f"Light loads (down to about {concepts.LOW_LOAD_PERCENT_1RM:g} % 1RM) taken to "
                "failure built about as much muscle as heavy loads",
                "By its last rep, a light set to failure recruits every motor unit",
                "Heavy loads gave larger gains in 1RM strength",
                "Muscle damage is what makes the muscle grow",
            ),
            'answer_light_loads = "a, c"',
            '{"a", "c"}',
            concept(
                "01",
                "Mechanical tension",
                "what is established about light loads (the outcome) and what is debated "
                "(the mechanism)",
            ),
            "The outcome is a meta-analytic finding (Schoenfeld et al. 2017). Whether a light "
            "set to failure recruits every motor unit is disputed: on average, light "
            "contractions did not reach the largest units (Muddle et al. 2018). Damage is not "
            "needed for growth (Damas et al. 2016).",
            '["A", "C"]',
            '"a, b, c"',
        ),
        choices(
            "women_men",
            "Roberts, Nuckols & Krieger (2020) pooled studies in which women and men followed "
            "the same programme, and compared gains relative to where each person started. "
            "Which of these did they find? Select all that apply (the table is "
            "`concepts.ROBERTS_2020`; P < 0.05 counts as a clear difference).",
            (
                "Relative muscle growth did not differ clearly",
                "Women gained more relative upper-body strength",
                "Men gained more relative lower-body strength",
                "Women gained too little to be worth training for size",
            ),
            "rows = {r.outcome: r for r in concepts.ROBERTS_2020}\n"
            "for row in rows.values():\n"
            "    print(row.outcome, row.effect_size, row.p)\n"
            'answer_women_men = "a, b"',
            "_women_men",
            concept(
                "01",
                "Women and men: the same training, similar gains",
                "how women and men compare on the same programme",
            ),
            "Relative hypertrophy and lower-body strength did not differ clearly; women "
            "gained more relative upper-body strength (negative effect sizes favour women). "
            "The prescriptions of the course work the same way for both.",
            '"A B"',
            '"c"',
            before="_rows = {r.outcome: r for r in concepts.ROBERTS_2020}\n"
            "_women_men = set()\n"
            'if _rows["hypertrophy"].p >= 0.05:\n'
            '    _women_men.add("a")\n'
            '_upper, _lower = _rows["upper-body strength"], _rows["lower-body strength"]\n'
            "if _upper.p < 0.05 and _upper.effect_size < 0:\n"
            '    _women_men.add("b")\n'
            "if _lower.p < 0.05 and _lower.effect_size > 0:\n"
            '    _women_men.add("c")',
        ),
    ),
)

# ---------------------------------------------------------------------- 02 one-rep max

_AGREEMENT = agreement_range().reps
# Rep ranges offered for "where do the equations agree best?", the right one included.
_AGREE_OPTIONS = ((2, _AGREEMENT[0] - 1), _AGREEMENT, (10, 12), (15, 20))

A02 = Assignment(
    "02-one-rep-max",
    "One-rep max and effort",
    ("02-one-rep-max",),
    "Estimate maxima from sets, compare the equations, read the NSCA table, turn a "
    "rated set into training loads, and judge ratings and autoregulation. Use the package "
    "(or chapter 02's 1RM estimator and RPE calculator) to get each number.",
    "from liftlab import (\n"
    "    e1rm_from_rpe, estimate_1rm, estimate_1rm_all, load_for_rpe, nsca_percent,\n"
    "    rir_to_rpe, round_to_plates,\n"
    ")\n"
    "from liftlab.effort import HACKETT_2017, HELMS_2018_GAINS, ZOURDOS_2016_VELOCITY_RPE_R\n"
    "from liftlab.one_rep_max import agreement_range, percent_spread\n" + GRADING_IMPORTS,
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
                "They agree best at five to eight reps and part ways past ten",
                "why the 1RM equations drift apart beyond ten reps",
            ),
            "Call estimate_1rm_all(100, 10) and subtract the smallest estimate from the largest.",
            "9.7",
            "0",
        ),
        choice(
            "agree",
            "Leaving out single reps (where every equation returns the load itself), for "
            "sets of how many reps do the seven equations agree best? Use `percent_spread` "
            "or `agreement_range`.",
            tuple(f"{low}–{high} reps" for low, high in _AGREE_OPTIONS),
            f"options = dict(zip('abcd', {_AGREE_OPTIONS!r}))\n"
            "for letter, (low, high) in options.items():\n"
            "    print(letter, [round(percent_spread(r), 1) for r in range(low, high + 1)])\n"
            "answer_agree = next(k for k, r in options.items() if r == agreement_range().reps)",
            f"next(k for k, r in zip('abcd', {_AGREE_OPTIONS!r}) if r == agreement_range().reps)",
            concept(
                "02",
                "They agree best at five to eight reps and part ways past ten",
                "where the 1RM equations agree",
            ),
            "The spread between the lowest and the highest equation, in points of 1RM, is "
            "narrowest for sets of about five to eight reps; past ten it opens fast, where "
            "most equations were never validated.",
            '"B"',
            '"a"',
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
            "A tested single is demanding and needs practice; a hard set of about five to "
            "eight reps, or a set rated by RPE, gives an estimate without it.",
            '"b"',
            '"c"',
        ),
        choice(
            "trust",
            "Two lifters rate a set by reps in reserve. **(1)** An experienced lifter stops a "
            "set of 10 about 8 reps short of failure. **(2)** A novice stops a set about 2 "
            "reps short of failure. Whose rating is likely closer to the truth? "
            "(`HACKETT_2017` holds the study's numbers.)",
            ("The experienced lifter's (1)", "The novice's (2)", "Both are equally good"),
            "print(HACKETT_2017)\n"
            'answer_trust = "b"  # close to failure, and experience made no difference',
            '"b" if HACKETT_2017["near_error_reps"] < HACKETT_2017["far_error_reps"] '
            'and not HACKETT_2017["experience_effect"] else "a"',
            concept(
                "02", "How accurate are ratings?", "when a reps-in-reserve rating can be trusted"
            ),
            f"Guesses were off by about {HACKETT_2017['near_error_reps']:g} rep when failure "
            f"was {HACKETT_2017['near_failure_reps'][0]}–{HACKETT_2017['near_failure_reps'][1]} "
            f"reps away and by more than {HACKETT_2017['far_error_reps']:g} when it was "
            f"{HACKETT_2017['far_failure_reps'][0]}–{HACKETT_2017['far_failure_reps'][1]} away; "
            "training experience made no difference (Hackett et al. 2017).",
            '"(b)"',
            '"a"',
        ),
        choices(
            "autoreg",
            "Which statements about **autoregulation** hold? Select all that apply.",
            (
                "With a target RPE, the day's load follows how strong you are that day",
                "In Helms et al. (2018) the RPE group gained significantly more strength "
                "than the %1RM group",
                "Bar speed slows as a set nears failure, so it can measure effort",
                "It needs a fresh 1RM test before every session",
            ),
            "print(HELMS_2018_GAINS)  # no difference was significant\n"
            "print(ZOURDOS_2016_VELOCITY_RPE_R)  # slower reps were rated harder\n"
            'answer_autoreg = "a, c"',
            '{"a"} | ({"c"} if all(r < 0 for r in ZOURDOS_2016_VELOCITY_RPE_R.values()) '
            "else set())",
            concept(
                "02",
                "Autoregulation: letting effort set the load",
                "autoregulation by effort or bar speed",
            ),
            "An RPE plan fixes the effort and lets the load follow the day's strength; RPE- "
            "and %1RM-based loading gave similar gains (Helms et al. 2018, no significant "
            "difference). Bar velocity and RPE were strongly related (Zourdos et al. 2016).",
            '["A", "C"]',
            '"a, b"',
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
    "how hard a set is and how close to failure it should end, and load the bar. Chapter "
    "03's goal load calculator and plate loader show the same numbers.",
    "from liftlab import goals_for, load_range, nsca_reps, plates_per_side, round_to_plates\n"
    "from liftlab.proximity import REFALO_2023, ROBINSON_2024_FINDINGS\n" + GRADING_IMPORTS,
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
        choices(
            "proximity",
            "Refalo et al. (2023) and Robinson et al. (2024) asked how close to failure sets "
            "should end. Which statements match what they found? Select all that apply "
            "(`REFALO_2023` and `ROBINSON_2024_FINDINGS` hold their results).",
            (
                "Muscle growth rose as sets ended closer to failure",
                "Going all the way to momentary failure gave a clear extra benefit for growth",
                "Strength showed no clear relationship with how close to failure sets ended",
                "Strength gains rose clearly as sets ended closer to failure",
            ),
            "for effect in REFALO_2023:\n"
            "    print(effect)\n"
            "print(ROBINSON_2024_FINDINGS)\n"
            'answer_proximity = "a, c"',
            "_proximity",
            concept(
                "03",
                "Proximity to failure: size cares, strength much less",
                "how much proximity to failure matters for each goal",
            ),
            "Growth rose as sets ended closer to failure (Robinson et al. 2024), but strict "
            "momentary failure gave no clear extra benefit: its 95 % CI includes zero "
            "(Refalo et al. 2023). For strength the slope's interval included zero: lifting "
            "heavy matters much more than grinding to failure.",
            '"A, C"',
            '"a, b"',
            before="_momentary = [e for e in REFALO_2023 if e.comparison.startswith('momentary')]\n"
            "_proximity = set()\n"
            "if 'excluded zero' in ROBINSON_2024_FINDINGS['hypertrophy']:\n"
            "    _proximity.add('a')\n"
            "if _momentary[0].ci_low > 0:\n"
            "    _proximity.add('b')\n"
            "if 'contained zero' in ROBINSON_2024_FINDINGS['strength']:\n"
            "    _proximity.add('c')\n"
            "else:\n"
            "    _proximity.add('d')",
        ),
    ),
)

# --------------------------------------------------------------------- 04 sets and volume

_NOVICE = ACSM_2009_STAGES["novice"]
_HUBAL_1RM = {r.outcome: r for r in HUBAL_2005_RANGES}["1RM strength"]

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
    "read a weekly dose, count compound lifts fractionally, compute volume-load, and weigh "
    "frequency, training status and individual response. Chapter 04's volume planner "
    "shows the same counts.",
    "import math\n"
    "from liftlab import goals_for, sets_range\n"
    "from liftlab.response import ACSM_2009_STAGES, HUBAL_2005_RANGES\n"
    "from liftlab.volume import (\n"
    "    DOSE_NOTE_LEVELS, Exercise, dose_note, sets_per_exercise, volume_load,\n"
    "    weekly_hard_sets, weekly_sets_per_muscle,\n"
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
        choice(
            "dose",
            "Your quadriceps get **4 sets** of each of **3 exercises**, in **2 sessions** a "
            "week. How does chapter 04 read that weekly total (`dose_note`)?",
            tuple(level.capitalize() for level in DOSE_NOTE_LEVELS),
            "sets = weekly_sets_per_muscle(4, 3, 2)\n"
            "print(dose_note(sets).message)\n"
            "answer_dose = 'abc'[DOSE_NOTE_LEVELS.index(dose_note(sets).level)]",
            "'abc'[DOSE_NOTE_LEVELS.index(dose_note(weekly_sets_per_muscle(4, 3, 2)).level)]",
            concept(
                "04",
                "Weekly hard sets per muscle: how research counts",
                "reading a weekly total as a lower, moderate or high dose",
            ),
            f"4 × 3 × 2 = 24 weekly sets. Below {MODERATE_WEEKLY_SETS:g} is a lower dose, "
            f"{MODERATE_WEEKLY_SETS:g}–{HIGH_WEEKLY_SETS:g} moderate, above "
            f"{HIGH_WEEKLY_SETS:g} high: words for how much you do, not verdicts.",
            '"High dose"',
            '"b"',
        ),
        choice(
            "frequency",
            "Two lifters do **12 hard sets a week** for their quadriceps, one in a single "
            "session, the other spread over three sessions. What does research (Pelland et "
            "al. 2025) lead you to expect?",
            (
                "Similar growth; the three-session lifter likely gains a little more strength",
                "The single-session lifter grows much more",
                "The three-session lifter grows about three times as much",
                "No difference in anything",
            ),
            'answer_frequency = "a"',
            '"a"',
            concept(
                "04",
                "Training frequency",
                "what training a muscle more often does for strength and for size",
            ),
            "With weekly volume held equal, more sessions raised strength gains (more "
            "practice of the lift), while the effect on growth was compatible with a "
            "negligible one: for size, frequency mostly spreads the weekly sets.",
            '"A"',
            '"c"',
        ),
        choices(
            "status",
            "Which statements about **training status** and **individual response** hold? "
            "Select all that apply (`ACSM_2009_STAGES`, `HUBAL_2005_RANGES`).",
            (
                f"The ACSM (2009) gives novices {_NOVICE.loading} loads, "
                f"{_NOVICE.days_per_week[0]}–{_NOVICE.days_per_week[1]} days a week",
                "Advanced lifters progress best by training exactly like novices, with more sets",
                f"On one identical 12-week program, 1RM changes ranged from "
                f"{_HUBAL_1RM.lowest_percent:g} % to +{_HUBAL_1RM.highest_percent:g} % "
                "(Hubal et al. 2005)",
                "On the same program, everyone gains within a few per cent of the average",
            ),
            "print(ACSM_2009_STAGES['novice'])\n"
            "for row in HUBAL_2005_RANGES:\n"
            "    print(row)\n"
            'answer_status = "a, c"',
            '{"a", "c"}',
            concept(
                "04",
                "Training status and individual response",
                "how recommendations change with training status, and how widely people respond",
            ),
            "Novices do well with moderate loads a few times a week; intermediate and "
            "advanced lifters need more variation, heavier loading and more sessions (ACSM "
            "2009). People differ far more than averages suggest: some gained nothing on the "
            "same program, others more than doubled their 1RM.",
            '["a", "c"]',
            '"a, b, c"',
        ),
    ),
)

# --------------------------------------------------------------------- 05 rest and recovery

_NOT_RECOVERED_H = 24 * HELLAND_2020_NOT_RECOVERED_DAY
_TAPER_FACTORS = np.round(np.linspace(0.1, 1.0, 19), 2)  # the simulator's slider
_TAPER_BEST = {
    name: float(_TAPER_FACTORS[np.argmax(taper_response(3, 100, 12, 2, _TAPER_FACTORS, *params))])
    for name, params in (("defaults", DEFAULT_PARAMETERS), ("season", SEASON_FIT_PARAMETERS))
}
_RECOVERED_H = 24 * THOMAS_2018_RECOVERED_DAY

A05 = Assignment(
    "05-rest-and-recovery",
    "Rest and recovery",
    ("05-rest-and-recovery",),
    "Rest between sets and sessions and how sure the evidence is, the two kinds of "
    "fatigue, the fitness–fatigue model and tapering. Chapter 05's session timer and "
    "fitness–fatigue simulator show the same numbers.",
    "import numpy as np\n"
    "from liftlab import rest_range\n"
    "from liftlab.recovery import (\n"
    "    SEASON_FIT_PARAMETERS, SINGER_2024_LONGER_MINUS_SHORT, days_until_hard_again,\n"
    "    fitness_fatigue, recovery_time, session_duration, taper_response,\n"
    ")\n" + GRADING_IMPORTS,
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
            "pooled",
            "Singer et al. (2024) pooled the randomised trials that compared rest lengths "
            "between sets. What do their estimates of **longer minus short** rest show for "
            "muscle growth? (`SINGER_2024_LONGER_MINUS_SHORT`: estimate and 95 % credible "
            "interval per site.)",
            (
                "Longer rests clearly grew more muscle at every site",
                "Every interval crosses zero: the data fit no difference, and also a small "
                "benefit of longer rests",
                "Short rests clearly grew more muscle at every site",
                "Rest length made growth impossible to measure",
            ),
            "for site in SINGER_2024_LONGER_MINUS_SHORT:\n"
            "    print(site.label, site.estimate, site.low, site.high)\n"
            'answer_pooled = "b"',
            "_pooled",
            concept(
                "05",
                "What pooled trials show",
                "how certain the evidence on rest between sets is",
            ),
            "Every rest length grew muscle and every longer-minus-short interval crosses "
            "zero. One trial of 21 trained men (Schoenfeld et al. 2016) pointed to 3 min; "
            "pooled over nine trials the difference is uncertain.",
            '"B"',
            '"a"',
            before="_sites = SINGER_2024_LONGER_MINUS_SHORT\n"
            "if all(e.low < 0 < e.high for e in _sites):\n"
            "    _pooled = 'b'\n"
            "elif all(e.low > 0 for e in _sites):\n"
            "    _pooled = 'a'\n"
            "else:\n"
            "    _pooled = 'c'",
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
        choice(
            "rule_evidence",
            "What evidence stands behind that two-day rule?",
            (
                "A trial that compared one, two and three rest days after heavy squats",
                f"No study tested the rule; recovery measured after single heavy sessions "
                f"(not yet recovered at {_NOT_RECOVERED_H} h, recovered by {_RECOVERED_H} h) "
                "roughly agrees with it",
                "The fitness–fatigue model derives it",
                "Surveys of strength coaches",
            ),
            'answer_rule_evidence = "b"',
            '"b"',
            concept(
                "05",
                "How good is the two-day rule?",
                "the evidence behind the rest rule between heavy sessions",
            ),
            "The rule is the article's. A 5RM session left strength-trained people short of "
            "full recovery at 48 h (Helland et al. 2020); fatigue after 10 × 5 squats at "
            "80 % had resolved by 72 h (Thomas et al. 2018): a starting point, not a "
            "threshold research drew at 90 %.",
            '"b"',
            '"c"',
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
        number(
            "season_dip",
            f"Chapter 05's **season fit** (`SEASON_FIT_PARAMETERS`: k1 = "
            f"{SEASON_FIT_PARAMETERS.k1:g}, k2 = {SEASON_FIT_PARAMETERS.k2:g}, τ1 = "
            f"{SEASON_FIT_PARAMETERS.tau1:g} days, τ2 = {SEASON_FIT_PARAMETERS.tau2:g} days) "
            "comes from a swimming season. How many days after one session is performance "
            "back to where it started (`recovery_time`)?",
            "answer_season_dip = recovery_time(*SEASON_FIT_PARAMETERS)",
            "recovery_time(*SEASON_FIT_PARAMETERS)",
            "days",
            1.0,
            concept(
                "05",
                "Why fitted parameters differ so much",
                "how the model's parameters are chosen and how much they vary",
            ),
            f"recovery_time(*SEASON_FIT_PARAMETERS); with the course defaults, chosen to "
            f"match 48–72 h of recovery after one heavy session, it is "
            f"{recovery_time():.1f} days. Fitted to a season, fatigue stands for all the "
            "fatigue weeks of training pile up.",
            '"19 days"',
            "recovery_time()",
            points=1,
        ),
        choice(
            "taper_model",
            f"In the simulator (3 sessions a week, 12 weeks, a 2-week taper) the best *Taper "
            f"load ×* is × {_TAPER_BEST['defaults']:g} with the course defaults and × "
            f"{_TAPER_BEST['season']:g} with the season fit: an end of the slider each time. "
            "Why can the model never pick a value in between, like the cut that worked best "
            "in tapering studies?",
            (
                "The model is linear: test-day performance is a straight line in the taper "
                "load, so its best is always an end",
                "The slider has no values in between",
                "The model has no fatigue term",
                "Tapering never works in practice",
            ),
            "factors = np.round(np.linspace(0.1, 1.0, 10), 2)\n"
            "print(np.diff(taper_response(3, 100, 12, 2, factors)))  # equal steps: a line\n"
            'answer_taper_model = "a"',
            "_taper_model",
            concept(
                "05",
                "Why the model disagrees with the studies",
                "why the simple model cannot reproduce the taper that works best",
            ),
            "Every session adds its own after-effects, so scaling the taper weeks scales "
            "their effect on test day: a straight line whose best point is an end. Real "
            "fatigue piles up over weeks of training (Busso et al. 2002), so real tapers do "
            "best in between.",
            '"a."',
            '"c"',
            before="_factors = np.round(np.linspace(0.1, 1.0, 19), 2)\n"
            "_ends = []\n"
            "for _params in ((), tuple(SEASON_FIT_PARAMETERS)):\n"
            "    _values = taper_response(3, 100, 12, 2, _factors, *_params)\n"
            "    _steps = np.diff(_values)\n"
            "    _ends.append(bool(np.allclose(_steps, _steps[0])))\n"
            "_taper_model = 'a' if all(_ends) else 'c'",
        ),
        choice(
            "taper_evidence",
            f"A meta-analysis found the largest gains with a taper of about two weeks that "
            f"cut training volume by {100 * BOSQUET_2007_VOLUME_CUT[0]:.0f}–"
            f"{100 * BOSQUET_2007_VOLUME_CUT[1]:.0f} %. Where does that evidence come from?",
            (
                "Mostly endurance athletes (swimmers, runners, cyclists, triathletes): "
                "lifting tapers may differ",
                "Powerlifters before competitions",
                "The fitness–fatigue model",
                "Chapter 04's dose–response curve",
            ),
            'answer_taper_evidence = "a"',
            '"a"',
            concept("05", "Tapering before a test", "where the evidence for tapering comes from"),
            "Bosquet et al. (2007) pooled 27 tapering studies in competitive athletes, "
            "mostly from endurance sports: keep the intensity and the sessions, cut the "
            "volume, and check it in your own sport.",
            '"A"',
            '"b"',
        ),
    ),
)

# ------------------------------------------------------------------------ 06 programming

_LIFTS_06 = ("squat", "leg extension", "bench press", "curl", "deadlift", "lateral raise")
_PULL_MUSCLES = ("lats", "upper back", "rear delts", "biceps", "hamstrings")
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
    "Exercise selection, training status, strength plans' lighter work, periodization, "
    "adjusting loads by RPE, deloads, the two-day rule in a week, and reading a plan the "
    "builder made. Chapter 06's plan builder shows whole plans built from these rules.",
    "from liftlab import adjust_load, build_plan, check_plan, days_until_hard_again\n"
    "from liftlab.program import DELOAD_EVERY, MAIN_LIFTS, exercise_credits\n"
    "from liftlab.volume import EXERCISE_MUSCLES\n" + GRADING_IMPORTS + "\n\n"
    "# The course's example lifter (chapter 06): one-rep maxes in kg\n"
    'LIFTER = {"squat": 140, "bench press": 100, "deadlift": 180, "overhead press": 60}',
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
        choices(
            "pull",
            "Which of these muscles get **no** sets at all from one set each of the four "
            "barbell lifts (squat, bench press, deadlift, overhead press)? Count with "
            "`exercise_credits`. Select all that apply.",
            _PULL_MUSCLES,
            f"muscles = {_PULL_MUSCLES!r}\n"
            "credit = {m: sum(exercise_credits(lift).get(m, 0) for lift in MAIN_LIFTS)\n"
            "          for m in muscles}\n"
            "print(credit)\n"
            "answer_pull = ', '.join('abcde'[i] for i, m in enumerate(muscles) if credit[m] == 0)",
            f"{{'abcde'[i] for i, m in enumerate({_PULL_MUSCLES!r}) "
            "if sum(exercise_credits(lift).get(m, 0) for lift in MAIN_LIFTS) == 0}",
            concept(
                "06",
                "Compound and isolation exercises",
                "why every plan also pulls",
            ),
            "The barbell lifts squat, press and hinge but never pull: the deadlift gives the "
            "upper back and hamstrings half a set each, nothing reaches the lats, rear delts "
            "or biceps. So every plan adds a row and a pulldown, every week.",
            '"a c d"',
            '"a, b, c, d"',
        ),
        number(
            "beginner_top",
            "Build the plan for both goals, 3 days a week, 12 weeks, for `LIFTER` as a "
            "**beginner** (the default). What is the heaviest main-lift load it prescribes, "
            "in % 1RM?",
            'plan = build_plan("both", 3, 12, LIFTER)\n'
            "answer_beginner_top = max(p.percent_1rm for w in plan.weeks for s in w.sessions\n"
            "                          for p in s.prescriptions if p.percent_1rm)",
            'max(p.percent_1rm for w in build_plan("both", 3, 12, LIFTER).weeks '
            "for s in w.sessions for p in s.prescriptions if p.percent_1rm)",
            "%",
            0.5,
            concept(
                "06",
                "Training status: a beginner is not a small advanced lifter",
                "why a beginner's plan stays lighter than an advanced lifter's",
            ),
            "Novices gain from almost any overload, much of it by learning the lifts, so "
            "their plan keeps to 3–6 reps at moderate loads with simple progression; "
            "advanced lifters periodize up to heavy singles (ACSM 2009).",
            '"85 %"',
            "95",
            points=1,
        ),
        number(
            "light_sets",
            "Week 1 of a 4-day **strength** plan for `LIFTER` as a beginner: how many sets of "
            "the four main lifts are **below 80 % 1RM**?",
            'plan = build_plan("strength", 4, 12, LIFTER)\n'
            "answer_light_sets = sum(p.sets for s in plan.weeks[0].sessions\n"
            "                        for p in s.prescriptions\n"
            "                        if p.exercise in MAIN_LIFTS and p.percent_1rm < 80)",
            'sum(p.sets for s in build_plan("strength", 4, 12, LIFTER).weeks[0].sessions '
            "for p in s.prescriptions if p.exercise in MAIN_LIFTS and p.percent_1rm < 80)",
            "sets",
            0.0,
            concept(
                "06",
                "Strength plans: little volume, some lighter work",
                "why a strength plan keeps lighter work below 80 % 1RM",
            ),
            "Strength is a skill: besides one heavy exposure per lift a week, the plan has "
            "crisp technique sets of 3–6 reps below 80 % 1RM, stopped well short of failure.",
            '"12 sets"',
            "0",
            points=1,
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
        number(
            "adjust",
            "A set of 5 squats was planned at **RPE 8 with 140 kg** and felt like **RPE 6.5**. "
            "What load should the next session use (`adjust_load`, on a 20 kg bar)?",
            "answer_adjust = adjust_load(140, 5, 8, 6.5)",
            "adjust_load(140, 5, 8, 6.5)",
            "kg",
            2.5,
            concept(
                "06",
                "Autoregulation: target RPE and adjusting the load",
                "adjusting the next load from the RPE reached",
            ),
            "The set was easier than planned, so add weight: the RPE chart turns 140 kg × 5 "
            "at RPE 6.5 into an e1RM, and that into the load for 5 reps at RPE 8, about 3 % "
            "of the load per RPE point, rounded to plates.",
            '"147.5kg"',
            "132.5",
        ),
        choices(
            "deload_facts",
            "Which statements about **deloads** hold? Select all that apply.",
            (
                "A deload keeps the sessions and the exercises, with fewer sets and reps, "
                "lighter loads and easier sets",
                "A week off training does as well as a deload for strength",
                "No trial has compared deload intervals: a deload every 4th week is a "
                "convention, not an established finding",
                f"The plan builder deloads a beginner every {DELOAD_EVERY['beginner']}th "
                f"week and an advanced lifter every {DELOAD_EVERY['advanced']}th",
            ),
            'for level in ("beginner", "advanced"):\n'
            '    print(level, build_plan("both", 3, 16, LIFTER, experience=level).deload_weeks)\n'
            'answer_deload_facts = "a, c, d"',
            "_deloads",
            concept(
                "06",
                "Deloads: easy weeks on purpose",
                "what a deload is and how it is scheduled",
            ),
            "Athletes deload for about a week every few weeks, cutting volume, load and "
            "effort but keeping their training days (Rogerson et al. 2024). A week off cost "
            "lower-body strength (Coleman et al. 2024). The intervals are practice, not "
            "trial results; the builder spaces them by training status.",
            '"A C D"',
            '"a, b, c"',
            before="_firsts = tuple(\n"
            '    build_plan("both", 3, 16, LIFTER, experience=level).deload_weeks[0]\n'
            '    for level in ("beginner", "advanced")\n'
            ")\n"
            f"_deloads = {{'a', 'c'}} | ({{'d'}} if _firsts == "
            f"({DELOAD_EVERY['beginner']}, {DELOAD_EVERY['advanced']}) else set())",
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
        choice(
            "too_light",
            "In the plan builder you enter an **overhead press 1RM of 25 kg** (goal both, 3 "
            "days, 12 weeks, the other 1RMs of `LIFTER`). What happens? Check with "
            "`check_plan`.",
            (
                "The builder stops with a Python error",
                "The plan is built, a warning under the 1RM boxes says some overhead press "
                "loads are lighter than the empty 20 kg bar, and the plan does not pass "
                "its rules",
                "The loads are silently raised to the 20 kg bar",
                "The overhead press is dropped from the plan",
            ),
            'light = dict(LIFTER, **{"overhead press": 25})\n'
            'print(check_plan(build_plan("both", 3, 12, light)))\n'
            'answer_too_light = "b"',
            "_too_light",
            concept("06", "The plan builder", "checking a plan with check_plan"),
            "A main lift light enough that some of its sets fall below the empty bar is "
            "flagged right under the 1RM boxes, and check_plan names the week, the day and "
            "the load. Impossible input (a 1RM of zero) is refused with a message instead.",
            '"B"',
            '"c"',
            before='_light_lifter = dict(LIFTER, **{"overhead press": 25})\n'
            '_problems = check_plan(build_plan("both", 3, 12, _light_lifter))\n'
            "_too_light = 'b' if any('lighter than the empty' in p for p in _problems) else 'c'",
        ),
        choice(
            "export",
            'You save the plan of `build_plan("both", 3, 12, LIFTER)` as a CSV file '
            "(`plan.to_csv()`). What does the file hold?",
            (
                "One row per exercise per session: week, day (1 = Monday), sets, reps, "
                "%1RM, load, target RPE and reps in reserve",
                "One row per week, with its total sets",
                "The loads only, without targets for effort",
                "A picture of the plan's chart",
            ),
            'csv = build_plan("both", 3, 12, LIFTER).to_csv()\n'
            "print(csv.splitlines()[:3])\n"
            'answer_export = "a"',
            "_export",
            concept("06", "The plan builder", "exporting a plan"),
            "The CSV has one row per exercise per session, with the columns week, day, "
            "weekday, exercise, muscle, zone, sets, reps, percent_1rm, load, unit, rest_min, "
            "rpe and rir; chapter 09's log reader reads the training log it pairs with.",
            '"a"',
            '"b"',
            before='_exported = build_plan("both", 3, 12, LIFTER)\n'
            "_csv_lines = _exported.to_csv().splitlines()\n"
            "_header = _csv_lines[0].split(',')\n"
            "_rows = sum(len(s.prescriptions) for w in _exported.weeks for s in w.sessions)\n"
            "_wanted = {'week', 'day', 'sets', 'reps', 'percent_1rm', 'load', 'rpe', 'rir'}\n"
            "_export = 'a' if _wanted <= set(_header) and len(_csv_lines) - 1 == _rows else 'b'",
        ),
    ),
)

# ------------------------------------------------------------------ 07 beyond the barbell

_EVIDENCE = resting_energy_evidence(1)

A07 = Assignment(
    "07-beyond-the-barbell",
    "Beyond the barbell",
    ("07-beyond-the-barbell",),
    "The energy cost of muscle and what trials measured, what drives fat loss, bone, "
    "ageing and body image. Chapter 07's energy calculator shows the same numbers.",
    "from liftlab.energy import (\n"
    "    MUSCLE_KCAL_PER_KG_DAY, extra_kcal_per_day, kcal_from_muscle_and_fat,\n"
    "    resting_energy_evidence,\n"
    ")\n" + GRADING_IMPORTS,
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
            "trials",
            "Trials measured resting metabolic rate before and after weeks of resistance "
            "training (`resting_energy_evidence`). How many kilograms of new muscle would the "
            "tissue arithmetic (13 kcal per kg per day) need to reach the **low end** of the "
            "trials' 95 % confidence interval?",
            "evidence = resting_energy_evidence(1)\n"
            "answer_trials = evidence.trials_low / MUSCLE_KCAL_PER_KG_DAY",
            "resting_energy_evidence(1).trials_low / MUSCLE_KCAL_PER_KG_DAY",
            "kg",
            0.2,
            concept(
                "07",
                "What trials measured",
                "comparing the tissue arithmetic with what trials measured",
            ),
            f"The trials' interval starts at {_EVIDENCE.trials_low:.0f} kcal a day "
            f"(central estimate {_EVIDENCE.trials_kcal:.0f}; MacKenzie-Shalders et al. 2020); "
            f"divide by {MUSCLE_KCAL_PER_KG_DAY:g} kcal/kg/day. Training studies add about a "
            "kilogram of lean mass, so training seems to raise resting energy use by more "
            "than its new muscle alone.",
            '"3.5 kg"',
            "resting_energy_evidence(1).trials_kcal / MUSCLE_KCAL_PER_KG_DAY",
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

# --------------------------------------------------------------------- 09 your own training

# Three small logs, written out in the assignment: (date, exercise, sets, reps, load kg, RPE).
_WEEK_A_09 = (
    ("2025-03-03", "squat", 4, 3, 120.0, 8.0),
    ("2025-03-03", "bench press", 4, 3, 85.0, 8.0),
    ("2025-03-03", "row", 3, 8, 60.0, 7.0),
    ("2025-03-05", "deadlift", 3, 2, 155.0, 8.0),
    ("2025-03-05", "overhead press", 3, 3, 52.5, 8.0),
    ("2025-03-05", "lat pulldown", 3, 8, 55.0, 7.0),
    ("2025-03-07", "squat", 3, 2, 125.0, 8.5),
    ("2025-03-07", "bench press", 3, 2, 90.0, 8.5),
)
_SESSION_B_09 = (
    ("squat", 4, 10, 95.0, 8.0),
    ("leg press", 3, 12, 150.0, 8.0),
    ("bench press", 4, 10, 70.0, 8.0),
    ("row", 4, 10, 62.5, 8.0),
    ("lat pulldown", 3, 12, 50.0, 8.0),
    ("leg extension", 3, 12, 45.0, 8.0),
    ("biceps curl", 3, 12, 15.0, 8.0),
)
_WEEK_B_09 = tuple((day, *row) for day in ("2025-03-03", "2025-03-06") for row in _SESSION_B_09)
_LOG_C_09 = (
    ("2025-03-10", "squat", 3, 1, 140.0, 9.0),
    ("2025-03-12", "squat", 3, 8, 100.0, 7.0),
    ("2025-03-14", "squat", 3, 5, 120.0, 8.0),
)
_WEEKDAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Hidden code shared by the two week questions: is week B the hypertrophy-type one?
_WEEKS_09_CHECK = (
    "_a_log, _b_log = read_log(WEEK_A), read_log(WEEK_B)\n"
    "_shares = [w.zone_share()['hypertrophy'] for w in (_a_log, _b_log)]\n"
    "_quads = [sum(week.get('quadriceps', 0) for week in w.weekly_sets().values())\n"
    "         for w in (_a_log, _b_log)]\n"
    "_b_is_hyper = _shares[1] > _shares[0]\n"
    "_b_more_quads = _quads[1] > _quads[0]\n"
)


def _log_md(rows: tuple[tuple[str, str, int, int, float, float], ...]) -> str:
    """A small log as a Markdown list, one line per day (lists read well in nbgrader's
    feedback pages, whose tables have no borders)."""
    import datetime as dt

    days: dict[str, list[str]] = {}
    for date, exercise, sets, reps, load, rpe in rows:
        days.setdefault(date, []).append(f"{exercise} {sets} × {reps} at {load:g} kg, RPE {rpe:g}")
    return "\n".join(
        f"- **{_WEEKDAY[dt.date.fromisoformat(date).weekday()]} {date}**: {'; '.join(items)}"
        for date, items in days.items()
    )


def _rows_code(name: str, rows: tuple[tuple[str, str, int, int, float, float], ...]) -> str:
    body = "".join(f"    {row!r},\n" for row in rows)
    return f"{name} = week_log([\n{body}])\n"


_SETUP_09 = (
    "from pathlib import Path\n\n"
    "import numpy as np\n\n"
    "from liftlab import estimate_1rm, read_log\n"
    "from liftlab.apps.training_log_app import SAMPLE_LOG\n"
    "from liftlab.training_log import RELIABLE_POINTS\n" + GRADING_IMPORTS + "\n\n"
    "# Chapter 09's files (notebooks/data/): found next to liftlab, or from the folder you\n"
    "# work in (the course folder, or its notebooks/ folder).\n"
    "DATA = next(\n"
    "    (folder for folder in (SAMPLE_LOG.parent, Path('notebooks/data'), Path('data'))\n"
    "     if (folder / 'sample-log.csv').exists()),\n"
    "    SAMPLE_LOG.parent,\n"
    ")\n"
    "SAMPLE = DATA / 'sample-log.csv'  # the sample year of chapter 09\n"
    "EXAMPLE = DATA / 'example-strong-no-unit.csv'  # a small Strong export\n\n\n"
    "def week_log(rows):\n"
    '    """A small log in liftlab\'s own CSV layout, as bytes for read_log.\n\n'
    "    rows: (date, exercise, sets, reps, load in kg, RPE), one per exercise and day.\n"
    '    """\n'
    '    lines = ["date,exercise,set,load,unit,reps,rpe,warmup"]\n'
    "    for date, exercise, sets, reps, load, rpe in rows:\n"
    "        for n in range(1, sets + 1):\n"
    '            lines.append(f"{date},{exercise},{n},{load:g},kg,{reps},{rpe:g},0")\n'
    '    return ("\\n".join(lines) + "\\n").encode()\n\n\n'
    + _rows_code("WEEK_A", _WEEK_A_09)
    + _rows_code("WEEK_B", _WEEK_B_09)
    + _rows_code("LOG_C", _LOG_C_09)
)

A09 = Assignment(
    "09-your-own-training",
    "Your own training",
    ("09-your-own-training",),
    "Read training logs with `liftlab.read_log` and ask them the course's questions: the "
    "e1RM trend, the zones, weekly hard sets, rest between sessions and a fitted "
    "fitness–fatigue model. `SAMPLE` is chapter 09's sample year; `WEEK_A`, `WEEK_B` and "
    "`LOG_C` are small logs written out in the first cell (read each with `read_log`). "
    "Every expected value is computed from the same files when your work is graded.",
    _SETUP_09,
    (
        choice(
            "unit",
            "`EXAMPLE` is a small Strong export whose header has no *Weight Unit* column. "
            "What does reading it take?",
            (
                "Nothing: liftlab assumes kilograms",
                '`read_log(EXAMPLE, unit="kg")` or `unit="lb"`: the file does not say which '
                "unit the app was set to, and liftlab never guesses",
                "Converting it to Hevy's layout first",
                "Nothing: liftlab guesses the unit from the size of the loads",
            ),
            'print(read_log(EXAMPLE, unit="kg"))  # without unit= the reader asks for it\n'
            'answer_unit = "b"',
            "_needs_unit",
            concept(
                "09",
                "From your app to a file",
                "reading a Strong export that does not state its unit",
            ),
            "A Strong export without a unit column is in whatever unit the app was set to; "
            "read_log refuses it without unit= and says why, rather than guess.",
            '"B"',
            '"a"',
            before="_needs_unit = 'a'  # unless reading without unit= is refused\n"
            "try:\n"
            "    read_log(EXAMPLE)\n"
            "except ValueError as _refusal:\n"
            "    _needs_unit = 'b' if 'unit=' in str(_refusal) else 'a'",
        ),
        number(
            "skipped",
            'Read `EXAMPLE` with `unit="kg"`. How many of its rows did the reader skip '
            "because they were not lifting sets (`log.skipped`)?",
            'example = read_log(EXAMPLE, unit="kg")\n'
            "print(example.skipped)\n"
            "answer_skipped = sum(example.skipped.values())",
            'sum(read_log(EXAMPLE, unit="kg").skipped.values())',
            "",
            0.0,
            concept(
                "09",
                "From your app to a file",
                "what the log reader keeps, skips and cannot recognise",
            ),
            "Rows that are not lifting sets (rest-timer rows, cardio or timed rows) are "
            "skipped and counted in log.skipped; an exercise name the reader does not know is "
            "kept and listed in log.unknown_exercises.",
            '"4"',
            'len(read_log(EXAMPLE, unit="kg").unknown_exercises)',
            points=1,
        ),
        number(
            "short",
            "Epley's equation treats every set as a rep maximum. A lifter does **100 kg × 5** "
            "but could have done 8 reps (3 in reserve). By how many per cent does Epley's "
            "estimate from that set fall short of its estimate from a true 8-rep max at "
            "100 kg?",
            "honest = estimate_1rm(100, 8)\n"
            "answer_short = 100 * (1 - estimate_1rm(100, 5) / honest)",
            "100 * (1 - estimate_1rm(100, 5) / estimate_1rm(100, 8))",
            "%",
            0.5,
            concept(
                "09",
                "Are you getting stronger?",
                "how sets stopped short of failure lower an e1RM trend",
            ),
            "Epley: 100 × (1 + 5/30) against 100 × (1 + 8/30). Sets stopped short read low, "
            "and that is most of the day-to-day scatter of a trend; look at weeks, not the "
            "next point.",
            '"7.9 %"',
            "10",
        ),
        number(
            "stall",
            "In `SAMPLE`, how many weeks is the **bench press's** longest run without a new "
            "best e1RM (`log.longest_stall`)?",
            "log = read_log(SAMPLE)\n"
            'start, end, weeks = log.longest_stall("bench press")\n'
            "answer_stall = weeks",
            'read_log(SAMPLE).longest_stall("bench press")[2]',
            "weeks",
            0.5,
            concept(
                "09",
                "Are you getting stronger?",
                "reading an e1RM trend for plateaus",
            ),
            "longest_stall gives (from, to, weeks): from a day with a new best to the next "
            "one, or to the last day trained if none followed.",
            "f'{read_log(SAMPLE).longest_stall(\"bench press\")[2]:.0f} weeks'",
            'read_log(SAMPLE).longest_stall("bench press")[2] * 7',
            points=1,
        ),
        choice(
            "rpe_trend",
            'Compare the median of `log.e1rm_trend("squat", rpe=False)` (Epley alone) with '
            'the median of `log.e1rm_trend("squat")` (the default, `rpe=True`) in `SAMPLE`. '
            "Which is higher, and why?",
            (
                "The RPE-chart estimate: it counts each set's reps in reserve, while Epley "
                "treats every set as a rep maximum",
                "The Epley estimate: logged RPEs are always too low",
                "Neither: logging RPE changes nothing",
                "The RPE-chart estimate: it leaves out the lightest sets",
            ),
            "log = read_log(SAMPLE)\n"
            'plain = np.median([v for _, v in log.e1rm_trend("squat", rpe=False)])\n'
            'rated = np.median([v for _, v in log.e1rm_trend("squat", rpe=True)])\n'
            "print(plain, rated)\n"
            'answer_rpe_trend = "a"',
            "_rpe_trend",
            concept(
                "09",
                "Are you getting stronger?",
                "the effect of sets stopped short of failure on an e1RM trend",
            ),
            "With rpe=True (the default) a set with a logged RPE is estimated from chapter 02's "
            "RPE chart, which adds its reps in reserve; it is only as good as the rating.",
            '"A"',
            '"d"',
            before="_trend_log = read_log(SAMPLE)\n"
            '_by_epley = np.median([v for _, v in _trend_log.e1rm_trend("squat", rpe=False)])\n'
            '_by_rpe = np.median([v for _, v in _trend_log.e1rm_trend("squat", rpe=True)])\n'
            "_rpe_trend = 'a' if _by_rpe > _by_epley else ('c' if _by_rpe == _by_epley else 'b')",
        ),
        number(
            "zone_share",
            "What percentage of the hard sets in `SAMPLE` fall in the **hypertrophy** zone "
            "(`log.zone_share()`)?",
            'answer_zone_share = 100 * read_log(SAMPLE).zone_share()["hypertrophy"]',
            '100 * read_log(SAMPLE).zone_share()["hypertrophy"]',
            "%",
            1.0,
            concept(
                "09",
                "Strength or hypertrophy?",
                "classifying hard sets into the strength and hypertrophy zones",
            ),
            "zone_share places each hard set by its reps and its load as a % of the "
            "exercise's best e1RM of the last four weeks; a set on the shared border counts "
            "half to each zone.",
            "f'{100 * read_log(SAMPLE).zone_share()[\"hypertrophy\"]:.0f}%'",
            '100 * read_log(SAMPLE).zone_share()["strength"]',
            points=1,
        ),
        choice(
            "which_week",
            "Two weeks of one lifter's log (in the first cell as `WEEK_A` and `WEEK_B`):\n\n"
            f"*Week A*\n\n{_log_md(_WEEK_A_09)}\n\n*Week B*\n\n{_log_md(_WEEK_B_09)}\n\n"
            "Which week is **hypertrophy-type** training? Read both with `read_log` and "
            "compare their `zone_share()` and `weekly_sets()`.",
            ("Week A", "Week B"),
            "week_a, week_b = read_log(WEEK_A), read_log(WEEK_B)\n"
            'print(week_a.zone_share(), week_b.zone_share(), sep="\\n")\n'
            'print(week_a.weekly_sets(), week_b.weekly_sets(), sep="\\n")\n'
            'answer_which_week = "b"',
            "_which_week",
            concept(
                "09",
                "Strength or hypertrophy?",
                "telling hypertrophy-type from strength-type training in a log",
            ),
            "Week B's hard sets sit in the hypertrophy box and give its muscles far more "
            "weekly sets; week A is a few heavy sets of 2–3 reps, strength-type work.",
            '"week B"',
            '"a"',
            before=_WEEKS_09_CHECK + "_which_week = 'b' if _b_is_hyper and _b_more_quads else 'a'",
        ),
        choices(
            "why_week",
            "Why? Select every reason that holds for the week you chose.",
            (
                "More of its hard sets fall in the hypertrophy zone (`zone_share`)",
                "It gives the quadriceps more hard sets in the week (`weekly_sets`)",
                "Its sets are done at a higher % of e1RM (`percent_e1rm`)",
                "It has fewer hard sets in all (`hard_sets`)",
            ),
            'answer_why_week = "a, b"',
            "_why_week",
            concept(
                "09",
                "Weekly hard sets per muscle",
                "volume and zones as what makes training hypertrophy-type",
            ),
            "More hard sets per muscle, in the 6–12 rep box, make week B hypertrophy-type; "
            "its loads are a lower % of e1RM and it has more hard sets in all.",
            '"a b"',
            '"a, c"',
            before=_WEEKS_09_CHECK + "_why_week = set()\n"
            "if _b_is_hyper:\n"
            "    _why_week.add('a')\n"
            "if _b_more_quads:\n"
            "    _why_week.add('b')\n"
            "_percents = [np.nanmean(w.percent_e1rm()) for w in (_a_log, _b_log)]\n"
            "if _percents[1] > _percents[0]:\n"
            "    _why_week.add('c')\n"
            "if _b_log.hard_sets < _a_log.hard_sets:\n"
            "    _why_week.add('d')",
            points=2,
        ),
        number(
            "weekly_quads",
            "On average over its training weeks, how many hard sets a week do the "
            "**quadriceps** get in `SAMPLE`, counted as chapter 04 counts them "
            "(`log.weekly_set_stats()`, the mean)?",
            'mean, low, high = read_log(SAMPLE).weekly_set_stats()["quadriceps"]\n'
            "answer_weekly_quads = mean",
            'read_log(SAMPLE).weekly_set_stats()["quadriceps"][0]',
            "sets",
            0.5,
            concept(
                "09",
                "Weekly hard sets per muscle",
                "counting weekly hard sets per muscle from a log",
            ),
            "A compound lift counts 1 set for its prime movers and ½ for its synergists; the "
            "mean runs over the training weeks and includes deloads and sets logged below "
            "RPE 6 as not hard, so it sits below what the plan asks for.",
            "f'{read_log(SAMPLE).weekly_set_stats()[\"quadriceps\"][0]:.1f} sets'",
            'read_log(SAMPLE).weekly_set_stats()["quadriceps"][2]',
        ),
        choice(
            "rest",
            "`LOG_C` squats three times in one week:\n\n"
            f"{_log_md(_LOG_C_09)}\n\n"
            "By chapter 05's rule, as `log.rest_between_sessions()` and "
            "`log.sessions_by_muscle()` apply it to the quadriceps, which session came "
            "**too soon** after the one before it?",
            ("Monday's", "Wednesday's", "Friday's", "None"),
            'sessions = read_log(LOG_C).sessions_by_muscle()["quadriceps"]\n'
            "for s in sessions:\n"
            "    print(s)\n"
            'answer_rest = "b"  # Monday was 100 % e1RM: two rest days needed, one given',
            "_too_soon",
            concept(
                "09",
                "How often, and how much rest?",
                "checking training days against the rest rule",
            ),
            "Monday's singles were at 100 % of the e1RM: after 90 % or more the muscle needs "
            "two full rest days, and Wednesday came after one. Wednesday's 8s at about 71 % "
            "ask for one, which Friday respects.",
            '"Wednesday\'s"',
            '"d"',
            before='_c_sessions = read_log(LOG_C).sessions_by_muscle()["quadriceps"]\n'
            "_late = [b.day.weekday() for a, b in zip(_c_sessions, _c_sessions[1:])\n"
            "         if a.too_soon]\n"
            "_too_soon = {0: 'a', 2: 'b', 4: 'c'}.get(_late[0], 'd') if _late else 'd'",
        ),
        number(
            "fit_r2",
            "Fit chapter 05's model to the squat of `SAMPLE` "
            '(`log.fit_fitness_fatigue("squat")`). What share of the variation of the daily '
            "e1RM does it explain (R², from 0 to 1)?",
            'fit = read_log(SAMPLE).fit_fitness_fatigue("squat")\n'
            'print(fit, *fit.warnings, sep="\\n")\n'
            "answer_fit_r2 = fit.r2",
            'read_log(SAMPLE).fit_fitness_fatigue("squat").r2',
            "",
            0.02,
            concept(
                "09",
                "A fitness–fatigue model of your own",
                "fitting the fitness–fatigue model to a log",
            ),
            "fit.r2 is the share of the e1RM's variance the model explains; fit.rmse is the "
            "typical error in kg.",
            "f'{read_log(SAMPLE).fit_fitness_fatigue(\"squat\").r2:.2f}'",
            'read_log(SAMPLE).fit_fitness_fatigue("squat").rmse',
            points=1,
        ),
        choices(
            "trust",
            "Which statements about that squat fit hold? Select all that apply (read "
            "`fit.n` and `fit.warnings`).",
            (
                "A time constant sits on the edge of the grid tried, so the best value may "
                "lie outside it",
                f"It rests on fewer than {RELIABLE_POINTS} days with an e1RM",
                "It describes the past year; it is not the lifter's personal recovery time",
                "A high R² proves the fitted time constants are right",
            ),
            'fit = read_log(SAMPLE).fit_fitness_fatigue("squat")\n'
            "print(fit.n, fit.warnings)\n"
            'answer_trust = "a, c"',
            "_trust",
            concept(
                "09",
                "A fitness–fatigue model of your own",
                "judging how far to trust a fitted model",
            ),
            "The fit warns when a time constant lands on the grid's edge or when there are "
            "fewer days than RELIABLE_POINTS; even a good fit has wide, correlated "
            "parameters (Hellard et al. 2006), so read it as a description, not a "
            "measurement of you.",
            '"A, C"',
            '"b, d"',
            before='_squat_fit = read_log(SAMPLE).fit_fitness_fatigue("squat")\n'
            "_trust = {'c'}\n"
            "if any('edge of the grid' in w for w in _squat_fit.warnings):\n"
            "    _trust.add('a')\n"
            "if _squat_fit.n < RELIABLE_POINTS:\n"
            "    _trust.add('b')",
        ),
    ),
)

ASSIGNMENTS: dict[str, Assignment] = {
    a.id: a for a in (A01, A02, A03, A04, A05, A06, A07, A08, A09)
}

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
