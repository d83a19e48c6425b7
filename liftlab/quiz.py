"""Self-check questions for the notebooks' "try it" sections.

Two kinds of question, both frozen dataclasses:

* :class:`Question`: multiple choice, with the index of the right choice;
* :class:`NumericQuestion`: a number with a unit and an absolute tolerance.

:func:`check_answer` marks a response and returns :class:`Feedback` (``correct``,
``feedback``). :data:`QUESTIONS` holds 3–7 questions per notebook, keyed by the
notebook id (``"02-one-rep-max"``, ...). Wherever an answer is a number, it is
computed from the liftlab models (:mod:`liftlab.goals`, :mod:`liftlab.one_rep_max`,
:mod:`liftlab.volume`, :mod:`liftlab.recovery`, :mod:`liftlab.energy`) rather than
typed in, so the quiz cannot drift from the calculators. There are no widgets here;
a widget layer displays these questions.

Sources are those of the modules the questions draw on; the article is Saks A.,
*Hypertrophy vs Strength training: Main Differences* (aleksandersaks.com, n.d.).
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

from liftlab.effort import HACKETT_2017, HELMS_2018_GAINS, e1rm_from_rpe, rpe_to_percent
from liftlab.energy import (
    MUSCLE_KCAL_PER_KG_DAY,
    MYTH_KCAL_PER_LB_DAY,
    PROTEIN_G_PER_KG_DAY_UPPER,
    extra_kcal_per_day,
    food_equivalents,
    protein_target,
    resting_energy_evidence,
)
from liftlab.goals import load_range, percent_range, rep_range, rest_range, sets_range
from liftlab.one_rep_max import (
    FORMULAS,
    agreement_range,
    estimate_1rm,
    estimate_1rm_all,
    nsca_percent,
    nsca_reps,
    percent_spread,
)
from liftlab.plates import round_to_plates
from liftlab.proximity import REFALO_2023
from liftlab.recovery import (
    BOSQUET_2007_VOLUME_CUT,
    DEFAULT_PARAMETERS,
    DEFAULT_SECONDS_PER_REP,
    DEFAULT_SETUP_S,
    HEAVY_PERCENT_1RM,
    HELLAND_2020_NOT_RECOVERED_DAY,
    SEASON_FIT_PARAMETERS,
    SINGER_2024_LONGER_MINUS_SHORT,
    THOMAS_2018_RECOVERED_DAY,
    VERMEIRE_2022,
    days_until_hard_again,
    recovery_day,
    recovery_time,
    session_duration,
    taper_response,
)
from liftlab.response import ACSM_2009_STAGES, HUBAL_2005_PARTICIPANTS, HUBAL_2005_RANGES
from liftlab.units import KG_PER_LB
from liftlab.validation import check_choice, check_range
from liftlab.volume import (
    DOSE_NOTE_LEVELS,
    HIGH_WEEKLY_SETS,
    MODERATE_WEEKLY_SETS,
    SCHOENFELD_2017_CATEGORIES,
    Exercise,
    dose_note,
    volume_load,
    weekly_hard_sets,
    weekly_sets_per_muscle,
)

__all__ = [
    "QUESTIONS",
    "TOPICS",
    "TOPIC_TITLES",
    "AnswerFormatError",
    "Feedback",
    "NumericQuestion",
    "Question",
    "check_answer",
    "questions_for",
    "read_number",
]


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"{name}={value!r} is not allowed: {name} must be a non-empty string.")
    return value.strip()


@dataclass(frozen=True)
class Question:
    """A multiple-choice question.

    Parameters
    ----------
    prompt : str
        The question.
    choices : tuple of str
        Two or more distinct answers, shown in this order.
    answer : int
        Index (from 0) of the right choice.
    explanation : str
        Why, shown after any response; cite the source.
    """

    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str

    def __post_init__(self) -> None:
        _text("prompt", self.prompt)
        _text("explanation", self.explanation)
        if isinstance(self.choices, str) or not hasattr(self.choices, "__iter__"):
            raise TypeError(f"choices={self.choices!r} is not a sequence of strings.")
        choices = tuple(_text("choice", choice) for choice in self.choices)
        if len(choices) < 2:
            raise ValueError(f"choices={choices!r} has {len(choices)}: give at least 2 choices.")
        if len({c.lower() for c in choices}) != len(choices):
            raise ValueError(f"choices={choices!r} repeats a choice: choices must be distinct.")
        object.__setattr__(self, "choices", choices)
        if isinstance(self.answer, bool) or not isinstance(self.answer, numbers.Integral):
            raise TypeError(f"answer={self.answer!r} is not an index: answer must be an int.")
        if not 0 <= self.answer < len(choices):
            raise ValueError(
                f"answer={self.answer} is not allowed: answer must be 0 to {len(choices) - 1}."
            )

    @property
    def correct_choice(self) -> str:
        """The text of the right choice."""
        return self.choices[self.answer]


@dataclass(frozen=True)
class NumericQuestion:
    """A question answered with a number.

    Parameters
    ----------
    prompt : str
        The question.
    answer : float
        The right value, in ``unit``.
    tolerance : float
        Largest accepted absolute difference from ``answer``, >= 0, in ``unit``.
    unit : str
        Unit of the answer (``"kg"``, ``"kcal/day"``, ``"sets"``...); may be empty
        for a pure number.
    explanation : str
        Why, shown after any response; cite the source.
    """

    prompt: str
    answer: float
    tolerance: float
    unit: str
    explanation: str

    def __post_init__(self) -> None:
        _text("prompt", self.prompt)
        _text("explanation", self.explanation)
        value = check_range("answer", self.answer)
        tolerance = check_range("tolerance", self.tolerance, low=0.0)
        if not isinstance(value, float) or not isinstance(tolerance, float):
            raise TypeError("answer and tolerance must be single numbers.")
        object.__setattr__(self, "answer", value)
        object.__setattr__(self, "tolerance", tolerance)
        if not isinstance(self.unit, str):
            raise TypeError(f"unit={self.unit!r} is not a string: give a unit ('' for none).")
        object.__setattr__(self, "unit", self.unit.strip())


class Feedback(NamedTuple):
    """Result of :func:`check_answer`."""

    correct: bool
    feedback: str


def _with_unit(value: float, unit: str) -> str:
    return f"{value:.4g} {unit}".strip()


def _choice_index(question: Question, response: Any) -> int:
    """Index of the chosen answer: an int index, a letter ``a``, ``b``… or the choice text."""
    count = len(question.choices)
    if isinstance(response, bool):
        raise TypeError(f"response={response!r} is not a choice: give an index or a choice.")
    if isinstance(response, numbers.Integral):
        if not 0 <= response < count:
            raise ValueError(
                f"response={response} is not allowed: response must be an index from 0 to "
                f"{count - 1}."
            )
        return int(response)
    if not isinstance(response, str):
        raise TypeError(
            f"response={response!r} is not a choice: give an index (int), a letter or the "
            "choice's text."
        )
    text = response.strip().lower()
    for index, choice in enumerate(question.choices):
        if text == choice.lower():
            return index
    letters = "abcdefghijklmnopqrstuvwxyz"[:count]
    if len(text) == 1 and text in letters:
        return letters.index(text)
    raise ValueError(
        f"response={response!r} is not one of the choices: give an index from 0 to "
        f"{count - 1}, a letter from 'a' to {letters[-1]!r}, or a choice's text."
    )


class AnswerFormatError(ValueError):
    """A typed answer that cannot be read as a number in the question's unit.

    ``str(error)`` names the argument (``response=...``) for programmers; :attr:`hint`
    is the same problem in plain words for the student, e.g. "“lots” is not a number:
    type digits such as 12.5 or 12,5, with or without “kg”."
    """

    def __init__(self, response: Any, hint: str) -> None:
        super().__init__(f"response={response!r} is not understood: {hint}")
        self.hint = hint


#: Ways people write each unit the quiz asks in (lower case, spaces removed).
UNIT_SPELLINGS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "kg": frozenset({"kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"}),
        "lb": frozenset({"lb", "lbs", "pound", "pounds"}),
        "kcal/day": frozenset(
            {"kcal/day", "kcal/d", "kcal", "kcaladay", "kcalperday", "calories", "cal", "cal/day"}
        ),
        "g": frozenset({"g", "gram", "grams"}),
        "min": frozenset({"min", "mins", "minute", "minutes"}),
        "days": frozenset({"day", "days", "d"}),
        "sets": frozenset({"set", "sets"}),
        "%": frozenset({"%", "percent"}),
    }
)

# A number as people type it: "26", " 116.7 ", "116,7" (decimal comma), "3,000" or "3 000"
# (thousands grouped in threes), ".5", an optional sign; then anything (a unit, checked apart).
_NUMBER = re.compile(
    r"""^(?P<sign>[-+\u2212]?)\s*
        (?P<number>\d{1,3}(?:[,\u00a0\u202f\ ]\d{3})+(?:\.\d+)?
                  |\d+(?:[.,]\d+)?
                  |[.,]\d+)
        \s*(?P<rest>.*?)\s*$""",
    re.VERBOSE,
)
_EXPONENT = re.compile(r"^[eE][-+]?\d+\b")


def _spelling(unit: str) -> str:
    return re.sub(r"\s+", "", unit.lower())


def read_number(text: str, unit: str = "") -> float:
    """Read a number the way a person types it, with or without its unit.

    Parameters
    ----------
    text : str
        What was typed: ``"135"``, ``" 135 "``, ``"135kg"``, ``"135 kg"``, ``"1,5"``
        (decimal comma), ``"3,000"`` or ``"3 000"`` (thousands grouped in threes: a comma
        followed by exactly three digits is a thousands separator), ``"-2"``.
    unit : str
        The unit the answer is asked in (``"kg"``, ``"kcal/day"``...; ``""`` for none). The
        text may end with it or one of its usual spellings (:data:`UNIT_SPELLINGS`:
        ``"kgs"``, ``"kilos"``, ``"kcal"``, ``"minutes"``...), in any case.

    Returns
    -------
    float

    Raises
    ------
    AnswerFormatError
        (a ``ValueError``) for text that is not a number (``"lots"``, ``"1.5e2"``: people
        do not type exponents, so it is refused rather than guessed), or that ends with
        something other than the unit (``"300 lb"`` when the answer is in kg). Its
        ``hint`` says, in plain words, what to type instead.
    TypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> read_number("116,7 kg", "kg"), read_number("3,000kg", "kg"), read_number(" 26 ", "")
    (116.7, 3000.0, 26.0)
    """
    if not isinstance(text, str):
        raise TypeError(f"text={text!r} is not a string: give the text that was typed.")
    with_unit = f", with or without “{unit}”" if unit else ""
    not_a_number = f"“{text.strip()}” is not a number: type digits such as 12.5 or 12,5{with_unit}."
    match = _NUMBER.match(text.strip())
    if not match:
        raise AnswerFormatError(text, not_a_number)
    rest = match.group("rest")
    if re.match(r"[\d.,_]", rest):  # "1.2.3", "1_000", "1 5": digits that make no number
        raise AnswerFormatError(text, not_a_number)
    if _EXPONENT.match(rest):
        raise AnswerFormatError(
            text, f"“{text.strip()}”: write the number out in full (150, not 1.5e2)."
        )
    if rest:
        given = _spelling(rest)
        allowed = UNIT_SPELLINGS.get(unit, frozenset()) | {_spelling(unit)} if unit else set()
        if given not in allowed:
            known = next((u for u, names in UNIT_SPELLINGS.items() if given in names), None)
            if known and unit:
                hint = f"This answer is in {unit}, not {known}: give it in {unit}."
            elif unit:
                hint = f"“{rest}” is not {unit}: type the number, with or without “{unit}”."
            else:
                hint = f"“{rest}” is not part of a number: type just the number."
            raise AnswerFormatError(text, hint)
    digits = match.group("number")
    if re.fullmatch(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?", digits):
        digits = re.sub(r"[,\u00a0\u202f ]", "", digits)  # thousands separators
    value = float(digits.replace(",", "."))
    return -value if match.group("sign") in ("-", "\u2212") else value


def _number(question: NumericQuestion, response: Any) -> float:
    """The number in a response: a real number, or text as :func:`read_number` reads it."""
    if isinstance(response, bool) or response is None:
        raise TypeError(f"response={response!r} is not a number.")
    if isinstance(response, numbers.Real):
        value = float(response)
    elif isinstance(response, str):
        value = read_number(response, question.unit)
    else:
        raise TypeError(f"response={response!r} is not a number: give a number or its text.")
    if not math.isfinite(value):
        raise ValueError(f"response={response!r} is not allowed: response must be finite.")
    return value


def check_answer(question: Question | NumericQuestion, response: Any) -> Feedback:
    """Mark a response to a question.

    Parameters
    ----------
    question : Question or NumericQuestion
        The question.
    response : int, str or float
        For a :class:`Question`: the index of a choice (from 0), its letter
        (``"a"``, ``"b"``...) or its text (case-insensitive). For a
        :class:`NumericQuestion`: a number, or text as a person types it (read by
        :func:`read_number`: ``"26"``, ``"26 kcal"``, ``"116,7"``, ``"3,000"``).

    Returns
    -------
    Feedback
        ``correct`` and a ``feedback`` sentence that gives the right answer and the
        explanation.

    Raises
    ------
    ValueError
        For an index out of range or text that is not a choice (the message says what
        to give); :class:`AnswerFormatError` (a ``ValueError`` with a plain-words
        ``hint``) for text that is not a number in the question's unit.
    TypeError
        For a response of the wrong kind (``None``, a list, a bool), or a ``question``
        that is not a question.

    Examples
    --------
    >>> q = NumericQuestion("2 kg of muscle burns how much at rest?", 26, 1, "kcal/day", "13 × 2.")
    >>> check_answer(q, "26 kcal/day").correct
    True
    """
    if isinstance(question, Question):
        chosen = _choice_index(question, response)
        if chosen == question.answer:
            return Feedback(True, f"Correct: {question.correct_choice}. {question.explanation}")
        return Feedback(
            False,
            f"Not quite: you chose '{question.choices[chosen]}'; the answer is "
            f"'{question.correct_choice}'. {question.explanation}",
        )
    if isinstance(question, NumericQuestion):
        value = _number(question, response)
        right = _with_unit(question.answer, question.unit)
        if abs(value - question.answer) <= question.tolerance + 1e-9 * abs(question.answer):
            return Feedback(True, f"Correct: {right}. {question.explanation}")
        return Feedback(
            False,
            f"Not quite: you gave {_with_unit(value, question.unit)}; the answer is {right} "
            f"(within ±{question.tolerance:g}). {question.explanation}",
        )
    raise TypeError(
        f"question={question!r} is not a Question or NumericQuestion from liftlab.quiz."
    )


# -------------------------------------------------------------------------- the bank


def _span(pair: tuple[float, float], unit: str = "") -> str:
    low, high = pair
    return f"{low:g}–{high:g}{' ' + unit if unit else ''}"


def _spread(estimates: Mapping[str, float]) -> str:
    low, high = min(estimates.values()), max(estimates.values())
    return f"{low:.1f}–{high:.1f} kg ({high - low:.1f} kg apart)"


def _build_bank() -> dict[str, tuple[Question | NumericQuestion, ...]]:
    """Build :data:`QUESTIONS`, computing every numeric answer from the models."""
    strength_reps, hyper_reps = rep_range("strength"), rep_range("hypertrophy")
    strength_pct, hyper_pct = percent_range("strength"), percent_range("hypertrophy")
    strength_rest, hyper_rest = rest_range("strength"), rest_range("hypertrophy")
    beginner = sets_range("hypertrophy", "beginner")
    advanced = sets_range("hypertrophy", "advanced")
    squat_hyper = load_range(300, "hypertrophy")
    squat_strength = load_range(300, "strength")
    epley_5 = estimate_1rm(100, 5, "epley")
    at_5, at_10 = estimate_1rm_all(100, 5), estimate_1rm_all(100, 10)
    at_15 = {name: float(estimate_1rm(100, 15, name, extrapolate=True)) for name in FORMULAS}
    low_15, high_15 = min(at_15, key=at_15.get), max(at_15, key=at_15.get)
    weekly = weekly_sets_per_muscle(3, 2, 2)
    tonnage = volume_load(3, 10, 100, "kg")
    best_category = max(SCHOENFELD_2017_CATEGORIES, key=lambda c: c.percent_gain or 0.0)
    heavy_days = days_until_hard_again(92)
    per_rep, setup = DEFAULT_SECONDS_PER_REP, DEFAULT_SETUP_S
    minutes = session_duration(12, 10, 2, seconds_per_rep=per_rep, setup_s=setup)
    work_min = 12 * (10 * per_rep + setup) / 60
    muscle_kcal = extra_kcal_per_day(2)
    bananas = food_equivalents(muscle_kcal)["medium banana"]
    per_lb = MUSCLE_KCAL_PER_KG_DAY * KG_PER_LB
    protein = protein_target(80)
    # ---- for the questions added after the chapters' revisions (issues 10–12)
    agree = agreement_range()
    agree_low, agree_high = agree.reps
    near, far = HACKETT_2017["near_failure_reps"], HACKETT_2017["far_failure_reps"]
    percent_squat, rpe_squat = HELMS_2018_GAINS["squat 1RM (kg)"]
    any_failure, momentary = REFALO_2023[0], REFALO_2023[1]
    dose_sets = weekly_sets_per_muscle(3, 2, 3)
    novice = ACSM_2009_STAGES["novice"]
    advanced_stage = ACSM_2009_STAGES["advanced"]
    hubal = {r.outcome: r for r in HUBAL_2005_RANGES}["1RM strength"]
    crosses = all(e.low < 0 < e.high for e in SINGER_2024_LONGER_MINUS_SHORT)
    not_recovered_h = 24 * HELLAND_2020_NOT_RECOVERED_DAY
    recovered_h = 24 * THOMAS_2018_RECOVERED_DAY
    tau2_low, tau2_high = VERMEIRE_2022["tau2_range"]
    factors = [round(0.1 + 0.05 * i, 2) for i in range(19)]  # the simulator's slider
    best_taper = {
        name: factors[int(max(range(len(factors)), key=lambda i, v=values: v[i]))]
        for name, params in (("defaults", DEFAULT_PARAMETERS), ("season", SEASON_FIT_PARAMETERS))
        for values in [taper_response(3, 100, 12, 2, factors, *params)]
    }
    evidence = resting_energy_evidence(2)

    from liftlab.program import (  # the plan builder's model, loaded on first use
        DELOAD_EVERY,
        DELOAD_RPE,
        MAIN_LIFTS,
        PROFILES,
        adjust_load,
        exercise_credits,
        load_change_per_rpe,
    )

    lats_from_barbell = sum(exercise_credits(lift).get("lats", 0.0) for lift in MAIN_LIFTS)
    beginner_top = PROFILES["beginner"].band("strength").heavy_top
    advanced_top = PROFILES["advanced"].band("strength").heavy_top
    technique = PROFILES["beginner"].band("technique")
    adjusted = adjust_load(80, 8, 7, 8.5)

    return {
        "01-two-goals": (
            Question(
                "According to the article, what is the main difference between a "
                "hypertrophy program and a strength program?",
                (
                    "The exercises chosen",
                    "The overall training volume",
                    "The time of day you train",
                    "Whether you use machines",
                ),
                1,
                "The article closes: 'the main difference ... is the overall volume of the "
                "training program': as little as needed at high intensity for strength, as "
                "much work as you can recover from for size.",
            ),
            Question(
                "A new lifter's strength rises fast in the first weeks, before muscles have "
                "grown much. What explains most of that early gain?",
                (
                    "Neural adaptations: more motor units recruited, better coordination",
                    "New muscle fibres",
                    "Stronger bones",
                    "Burning more calories at rest",
                ),
                0,
                "The article credits strength training with better communication between "
                "nervous system and muscles and more motor-unit activation; early strength "
                "gains outpace growth in size for that reason.",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            Question(
                "Which of these is NOT thought necessary for muscle growth?",
                (
                    "Mechanical tension from hard sets",
                    "Muscle damage and soreness after every session",
                    "Progressive overload over weeks",
                    "Enough protein",
                ),
                1,
                "Tension, progressive overload and protein drive growth. Damage follows "
                "unaccustomed work, but muscle grows without much of it, so soreness is not a "
                "sign of a good session (chapter 01, How muscle grows).",
            ),
            Question(
                "A lifter's muscles fire their motor units at a higher frequency after weeks "
                "of heavy training. Which neural adaptation is that?",
                (
                    "Motor-unit recruitment",
                    "Rate coding",
                    "Antagonist co-activation",
                    "Hypertrophy",
                ),
                1,
                "Recruitment is how many motor units join in (largest last, the size "
                "principle); rate coding is how fast each one fires; coordination includes "
                "less braking by the antagonists. All three raise force without new muscle.",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            Question(
                "In a meta-analysis, light loads taken close to failure built about as much "
                "muscle as heavy loads. Which part of that is still debated?",
                (
                    "Whether light loads taken close to failure build muscle at all",
                    "Why they work: whether a light set to failure recruits every motor unit",
                    "Whether heavy loads give larger gains in 1RM strength",
                    "Whether muscle grows only with 6–12 reps",
                ),
                1,
                "The outcome is established: light and heavy loads taken to failure built "
                "similar muscle, heavy loads more 1RM strength (Schoenfeld et al. 2017). The "
                "mechanism is not: Muddle et al. (2018) found that light contractions to "
                "failure did not, on average, reach the largest motor units. Either way, "
                "effort matters as much as the load.",
            ),
            Question(
                "Women and men followed the same programme in the studies Roberts, Nuckols & "
                "Krieger (2020) pooled. How did their gains compare, relative to where each "
                "person started?",
                (
                    "Men grew much more muscle, relative to their start",
                    "Similar relative growth and lower-body strength; women gained more "
                    "relative upper-body strength",
                    "Women gained strength but no muscle",
                    "Women need lighter loads and fewer sets to gain anything",
                ),
                1,
                "Relative hypertrophy and lower-body strength did not differ clearly; women "
                "gained more relative upper-body strength, perhaps because untrained women "
                "had more room to improve there. Men usually start bigger and stronger, so "
                "the same relative gain is more kilograms, but the prescriptions are the same.",
            ),
        ),
        "02-one-rep-max": (
            Question(
                "What is a one-repetition maximum (1RM)?",
                (
                    "The heaviest load you can lift once with good form",
                    "The most reps you can do with the bar alone",
                    "The load you can lift 10 times",
                    "Your body weight",
                ),
                0,
                "1RM is the heaviest load lifted for a single full repetition; training "
                "loads are given as a percentage of it.",
            ),
            NumericQuestion(
                "You squat 100 kg for 5 reps to failure. Estimate your 1RM with the Epley "
                "formula, 1RM = load × (1 + reps/30).",
                epley_5,
                1.0,
                "kg",
                "Epley (1985): 100 × (1 + 5/30). Near 5 reps the formulas agree within a "
                "few kilograms.",
            ),
            Question(
                "When do 1RM formulas disagree the most?",
                (
                    "From sets of 2–3 reps",
                    "From sets of about 5 reps",
                    "From sets of more than 10 reps",
                    "They always agree",
                ),
                2,
                f"They agree near 5 reps and part ways with more: from 100 kg × 5 the "
                f"{len(at_5)} formulas span {_spread(at_5)}, from 100 kg × 10 {_spread(at_10)}. "
                f"Pushed to 100 kg × 15, past the range most were made for, they run from "
                f"{at_15[low_15]:.1f} kg by {FORMULAS[low_15].label} to {at_15[high_15]:.1f} kg "
                f"by {FORMULAS[high_15].label}.",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            NumericQuestion(
                "You bench 100 kg for 5 reps and rate the set RPE 8 (two reps left). Using "
                "the RPE chart, what is your estimated 1RM?",
                float(e1rm_from_rpe(100, 5, 8)),
                1.0,
                "kg",
                f"On the chart, 5 reps at RPE 8 is {rpe_to_percent(5, 8):g} % of 1RM "
                f"(Tuchscherer 2008; Helms et al. 2016), so 1RM = 100 / "
                f"{rpe_to_percent(5, 8) / 100:.3f}. A rated set gives an estimate without a "
                "set to failure.",
            ),
            NumericQuestion(
                "By the NSCA table, what percentage of 1RM can an average lifter lift for "
                "10 reps (a 10RM)?",
                float(nsca_percent(10)),
                0.5,
                "%",
                f"The NSCA table pairs 10 reps with {nsca_percent(10):g} % 1RM (Baechle & "
                "Earle 2008). It is an average: people differ a lot, most at light loads "
                "(Nuzzo et al. 2024).",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            Question(
                "Leaving out single reps, from sets of how many reps do the seven 1RM "
                "equations agree best?",
                (
                    f"2–{agree_low - 1} reps",
                    f"{agree_low}–{agree_high} reps",
                    "10–12 reps",
                    "15–20 reps",
                ),
                1,
                f"The gap between the lowest and the highest equation is "
                f"{percent_spread(3):.1f} points of 1RM at 3 reps, {agree.narrowest:.1f} at "
                f"{agree.closest} (the narrowest), {percent_spread(12):.1f} at 12 and "
                f"{percent_spread(20):.1f} at 20 (extrapolated): estimate from a hard set of "
                f"about {agree_low} to {agree_high} reps.",
            ),
            Question(
                "When is a reps-in-reserve (RPE) rating most accurate?",
                (
                    "Close to failure, whatever the lifter's experience",
                    "Far from failure, when the set still feels easy",
                    "Only for lifters with years of training",
                    "Never: ratings are guesses",
                ),
                0,
                f"In Hackett et al. (2017), {HACKETT_2017['adults']} adults guessed their "
                f"reps to failure: off by about {HACKETT_2017['near_error_reps']:g} rep when "
                f"failure was {near[0]}–{near[1]} reps away, by more than "
                f"{HACKETT_2017['far_error_reps']:g} when it was {far[0]}–{far[1]} away"
                + (
                    "; experience made no difference."
                    if not HACKETT_2017["experience_effect"]
                    else "; experience helped."
                )
                + " Trust ratings of hard sets most.",
            ),
            Question(
                "What is autoregulation?",
                (
                    "Letting the effort (a target RPE) or bar speed set the day's load, "
                    "instead of a fixed %1RM",
                    "Lifting the same %1RM every session, whatever you feel",
                    "Testing a new 1RM at every session",
                    "Resting until you feel fully recovered",
                ),
                0,
                f"An RPE plan fixes the effort and lets the load follow the day's strength. In "
                f"Helms et al. (2018) the squat 1RM rose {percent_squat:g} kg with %1RM loads "
                f"and {rpe_squat:g} kg with RPE loads, not a significant difference: both "
                "work. Bar speed slows as a set nears failure, so it measures effort too.",
            ),
        ),
        "03-intensity-and-reps": (
            Question(
                "Which rep ranges does the article give for strength and for hypertrophy?",
                (
                    f"Strength {_span(hyper_reps)}, hypertrophy {_span(strength_reps)}",
                    f"Strength {_span(strength_reps)}, hypertrophy {_span(hyper_reps)}",
                    "Strength 12–20, hypertrophy 1–6",
                    "Both 8–12",
                ),
                1,
                f"Strength {_span(strength_reps)} reps, hypertrophy {_span(hyper_reps)} reps "
                "(the article). Muscle also grows with lighter loads and more reps if sets "
                "are taken close to failure (Schoenfeld et al. 2017).",
            ),
            Question(
                "Which loads does the article give, as % of 1RM?",
                (
                    f"Strength {_span(strength_pct, '%')}, hypertrophy {_span(hyper_pct, '%')}",
                    f"Strength {_span(hyper_pct, '%')}, hypertrophy {_span(strength_pct, '%')}",
                    "Strength 50–60 %, hypertrophy 30–50 %",
                    "Both 100 %",
                ),
                0,
                f"Hypertrophy {_span(hyper_pct, '%')} of 1RM (once '65 % to 80-85 %'), "
                f"strength above {strength_pct[0]:g} %.",
            ),
            Question(
                "Your squat 1RM is 300 lb. Which load range does the article suggest for "
                "hypertrophy work in the 6–12 rep range?",
                (
                    f"{_span(squat_strength, 'lb')}",
                    f"{_span(squat_hyper, 'lb')}",
                    "100–150 lb",
                    "300–330 lb",
                ),
                1,
                f"{_span(hyper_pct, '%')} of 300 lb is {_span(squat_hyper, 'lb')}; "
                f"{_span(squat_strength, 'lb')} is the strength band.",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            NumericQuestion(
                "A programme says 3 × 6 at 80 % 1RM. By the NSCA table, how many reps in "
                "reserve does each set leave an average lifter?",
                float(nsca_reps(80) - 6),
                0.5,
                "reps",
                f"An average lifter can do about {nsca_reps(80):g} reps at 80 % (NSCA), so 6 "
                f"leaves {nsca_reps(80) - 6:g} in reserve: a hard set, but not to failure.",
            ),
            NumericQuestion(
                "With a 20 kg bar and standard plates (smallest 1.25 kg), what is the "
                "nearest load you can make to 96 kg?",
                float(round_to_plates(96)),
                0.0,
                "kg",
                "Both sides must match, so loads move in steps of twice the smallest plate, "
                f"2.5 kg: 96 kg rounds to {round_to_plates(96):g} kg.",
            ),
            Question(
                "Muscle grows with light loads too. When?",
                (
                    "Never: only 6–12 reps build muscle",
                    "When the sets end close to failure",
                    "Only with sets of 1–3 reps",
                    "Only on machines",
                ),
                1,
                "Taken close to failure, light and heavy loads built similar muscle "
                "(Schoenfeld et al. 2017); heavy loads still matter most for 1RM strength.",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            Question(
                "How much does ending sets close to failure matter for each goal?",
                (
                    "For growth, sets should end within a few reps of failure, though the "
                    "last reps to true failure add little; for strength it matters much less",
                    "Every set must reach momentary failure, for both goals",
                    "It matters for strength but not for growth",
                    "It matters for neither goal",
                ),
                0,
                f"Refalo et al. (2023): failure (any definition) against stopping short, "
                f"effect size {any_failure.effect_size:.2f} (95 % CI {any_failure.ci_low:.2f} "
                f"to {any_failure.ci_high:.2f}), trivial; strict momentary failure "
                f"{momentary.effect_size:.2f} ({momentary.ci_low:.2f} to "
                f"{momentary.ci_high:.2f}), no clear advantage. Robinson et al. (2024): growth "
                "rose as sets ended closer to failure; strength showed no clear relationship.",
            ),
        ),
        "04-sets-and-volume": (
            Question(
                "How many sets per exercise does the article suggest for hypertrophy?",
                (
                    "1 set for everyone",
                    f"{_span(beginner)} for a beginner, up to {_span(advanced)} when advanced",
                    "10 or more for everyone",
                    "As many as possible",
                ),
                1,
                f"Beginners {_span(beginner)} sets per exercise, advanced lifters "
                f"{_span(advanced)}; beyond that, diminishing returns (the article).",
            ),
            NumericQuestion(
                "You do 3 hard sets per exercise, 2 exercises for your chest, twice a week. "
                "How many hard sets does your chest get per week?",
                weekly,
                0.0,
                "sets",
                "3 × 2 × 2. Research counts hard sets per muscle per week, not sets per "
                "exercise (Schoenfeld, Ogborn & Krieger 2017).",
            ),
            Question(
                "In Schoenfeld, Ogborn & Krieger's 2017 meta-analysis, which weekly volume "
                "per muscle gave the most growth?",
                tuple(f"{c.label} sets per week" for c in SCHOENFELD_2017_CATEGORIES),
                SCHOENFELD_2017_CATEGORIES.index(best_category),
                "Growth rose from fewer than 5 to 5–9 to 10+ weekly sets per muscle, with "
                "smaller returns per set at higher volumes.",
            ),
            NumericQuestion(
                "What is the volume-load of 3 sets of 10 reps at 100 kg?",
                tonnage,
                0.0,
                "kg",
                "Volume-load = sets × reps × load = 3 × 10 × 100 kg.",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            NumericQuestion(
                "You squat 3 hard sets, in one session a week. Counting a helper muscle "
                "as half a set, how many weekly hard sets do the adductors get?",
                float(weekly_hard_sets([Exercise("squat", 3, 5, 100, "kg")])["adductors"]),
                0.0,
                "sets",
                "The adductors help in the squat, so each set counts ½ for them and 1 for the "
                "prime movers, quadriceps and glutes (Pelland et al. 2025).",
            ),
            Question(
                "What most separates a hypertrophy program from a strength program?",
                (
                    "The exercises' names",
                    "The number of hard sets per muscle per week",
                    "The colour of the plates",
                    "The day of the week",
                ),
                1,
                "Strength training does the least heavy work that keeps the lifts moving; "
                "hypertrophy training does as many hard sets per muscle as you can recover from.",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            Question(
                "A muscle gets 3 sets of each of 2 exercises, in 3 sessions a week. How does "
                "chapter 04 read that weekly total?",
                tuple(level.capitalize() for level in DOSE_NOTE_LEVELS),
                DOSE_NOTE_LEVELS.index(dose_note(dose_sets).level),
                f"3 × 2 × 3 = {dose_sets:g} hard sets a week: below "
                f"{MODERATE_WEEKLY_SETS:g} is a lower dose, {MODERATE_WEEKLY_SETS:g}–"
                f"{HIGH_WEEKLY_SETS:g} moderate, above {HIGH_WEEKLY_SETS:g} high. Words for how "
                "much you do, not verdicts: a lower dose still grows muscle.",
            ),
            Question(
                "With the weekly hard sets held equal, what did Pelland et al. (2025) find "
                "for training a muscle in more sessions a week?",
                (
                    "More strength; an effect on growth compatible with a negligible one",
                    "More growth, and no change in strength",
                    "Less of both, because each session is shorter",
                    "No effect on either",
                ),
                0,
                "Their meta-regressions of 67 studies separated volume from frequency. "
                "Strength is partly a skill, so more sessions mean more practice; for "
                "growth, frequency is mostly a way to spread the weekly sets.",
            ),
            Question(
                "Which prescription does the ACSM's position stand (2009) give a novice?",
                (
                    f"{novice.loading}, {novice.days_per_week[0]}–"
                    f"{novice.days_per_week[1]} days a week",
                    f"{advanced_stage.loading}, {advanced_stage.days_per_week[0]}–"
                    f"{advanced_stage.days_per_week[1]} days a week",
                    "Maximal singles every day",
                ),
                0,
                "Novices progress with moderate loads a few times a week; intermediate and "
                "advanced lifters need more variation, heavier loading and more sessions. "
                "These are expert recommendations, not the result of one trial.",
            ),
            Question(
                f"In Hubal et al. (2005), {HUBAL_2005_PARTICIPANTS} women and men trained one "
                "arm on the same 12-week program. How did their 1RM strength change?",
                (
                    f"From {hubal.lowest_percent:g} % to +{hubal.highest_percent:g} %: some "
                    "gained nothing, others more than doubled it",
                    "Everyone gained within a few per cent of the average",
                    "Only the men gained",
                    "Everyone lost strength in the first weeks",
                ),
                0,
                "People differ far more than averages suggest (part of the spread is "
                "measurement error). Use the research as a starting point and your own log "
                "as the judge.",
            ),
        ),
        "05-rest-and-recovery": (
            Question(
                "Which rest between sets does the article suggest?",
                (
                    f"Hypertrophy {_span(hyper_rest, 'min')}, strength "
                    f"{_span(strength_rest, 'min')}",
                    f"Hypertrophy {_span(strength_rest, 'min')}, strength "
                    f"{_span(hyper_rest, 'min')}",
                    "30 seconds for both",
                    "10 minutes for both",
                ),
                0,
                "Heavier sets need longer rest to be repeated at full force. In one trial of 21 "
                "trained men, 3 min beat 1 min for both strength and size (Schoenfeld et al. "
                "2016); pooled over nine trials, growth was similar across rest lengths, with "
                "estimates leaning slightly towards longer rests (Singer et al. 2024).",
            ),
            NumericQuestion(
                "You trained a muscle at 92 % of 1RM today. According to the article, how "
                "many full days should you rest before training it hard again?",
                float(heavy_days),
                0.0,
                "days",
                "After work above 90 % 1RM, at least 2 days (the article); lighter work can "
                "be done every day or every other day.",
            ),
            NumericQuestion(
                f"A session has 12 sets of 10 reps, {per_rep:g} s per rep, {setup:g} s "
                "set-up per set and 2 min rest between sets. About how many minutes does "
                "it take?",
                minutes,
                1.0,
                "min",
                f"12 × (10 × {per_rep:g} s + {setup:g} s) = {work_min:g} min of work, plus "
                "11 rests × 2 min = 22 min.",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            Question(
                "After a heavy squat session, where is most of the loss of force measured?",
                (
                    "In the muscle itself (peripheral fatigue)",
                    "Only in the brain (central fatigue)",
                    "In the bones",
                    "Nowhere: heavy sessions cause no fatigue",
                ),
                0,
                "Some central fatigue is measured after heavy sessions, but most of the loss "
                "is in the muscle (Thomas et al. 2018); strong 'CNS fatigue' claims remain "
                "debated.",
            ),
            Question(
                "In the fitness–fatigue model, how can a taper raise performance?",
                (
                    "Fitness grows faster when you train less",
                    "Fatigue fades faster than fitness, so lighter weeks can reveal the "
                    "fitness built up",
                    "The taper adds training load",
                    "Performance does not change in a taper",
                ),
                1,
                "Performance = fitness − fatigue (Banister et al. 1975). Fatigue is larger "
                "but decays faster (a shorter time constant), so cutting the load lets it "
                "drop while most of the fitness remains. Whether it pays depends on how long "
                f"one session's fatigue lasts: {recovery_time():.1f} days with the course "
                f"defaults, where two light weeks cost more fitness than they save, "
                f"{recovery_time(*SEASON_FIT_PARAMETERS):.0f} with a season fit, where they "
                "help (chapter 05, Tapering before a test).",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            Question(
                "Singer et al. (2024) pooled nine trials of rest between sets. What did they "
                "find for muscle growth?",
                (
                    "Every rest length grew muscle, and no difference between them was clear",
                    "Rests under 90 s clearly grew more muscle",
                    "Only rests of 3 min or more grew muscle",
                    "Longer rests doubled growth",
                ),
                0,
                "Every rest category grew muscle. Longer minus short rest, growth in SMD "
                "(95 % credible interval): "
                + ", ".join(
                    f"{e.label} {e.estimate:+.2f} ({e.low:+.2f} to {e.high:+.2f})"
                    for e in SINGER_2024_LONGER_MINUS_SHORT
                )
                + (": every interval crosses zero." if crosses else ".")
                + " The data fit no difference and a small benefit of longer rests; one "
                "trial of 21 trained men (Schoenfeld et al. 2016) cannot settle it.",
            ),
            Question(
                f"What evidence stands behind the article's rule of two rest days after sets "
                f"at {HEAVY_PERCENT_1RM:g} % 1RM or more?",
                (
                    "No study tested the rule; recovery measured after single heavy sessions "
                    "roughly agrees with it",
                    "A large trial compared one and two rest days",
                    "The fitness–fatigue model derives it",
                    "None at all: full recovery takes a week",
                ),
                0,
                f"Strength-trained people were not fully recovered {not_recovered_h} h after "
                f"a 5RM session (Helland et al. 2020), and fatigue after 10 × 5 squats at 80 % "
                f"had resolved by {recovered_h} h (Thomas et al. 2018): a reasonable starting "
                "point, not a threshold research drew at 90 %.",
            ),
            NumericQuestion(
                "With the course's default fitness–fatigue parameters, on which day after "
                "one session is performance back to where it started?",
                float(recovery_day()),
                0.0,
                "days",
                f"{recovery_time():.1f} days in closed form, so day {recovery_day()}. The "
                "fatigue gain was chosen so: still below the start at 48 h (Helland et al. "
                "2020), back by 72 h (Thomas et al. 2018). Fitted values vary enormously: "
                f"fatigue time constants from {tau2_low:g} to {tau2_high:g} days (Vermeire "
                f"et al. 2022); with a season fit one session's dip lasts "
                f"{recovery_time(*SEASON_FIT_PARAMETERS):.0f} days.",
            ),
            Question(
                f"Tapering studies found a {100 * BOSQUET_2007_VOLUME_CUT[0]:.0f}–"
                f"{100 * BOSQUET_2007_VOLUME_CUT[1]:.0f} % volume cut for about two weeks worked "
                "best. Why can the simple fitness–fatigue model not pick such a taper?",
                (
                    "It is linear: test-day performance is a straight line in the taper load, "
                    "so its best is always an end, no taper or the lightest one",
                    "It has no fatigue term",
                    "It only models strength athletes",
                    "The tapering studies measured nothing",
                ),
                0,
                f"With the course defaults the best taper load on the simulator's slider is "
                f"× {best_taper['defaults']:g}; with the season fit × {best_taper['season']:g}. "
                "Real fatigue piles up over weeks of hard training, which the model leaves "
                "out. And the evidence comes from endurance athletes (Bosquet et al. 2007): "
                "lifting tapers may differ.",
            ),
        ),
        "06-programming": (
            Question(
                "According to the article, what does a strength program usually focus on?",
                (
                    "Many isolation exercises at moderate loads",
                    "A few compound exercises, with periodization to raise the load over time",
                    "Only machines",
                    "Long sets of 20+ reps",
                ),
                1,
                "Strength programs centre on a few compound lifts and periodization; "
                "hypertrophy programs vary exercises, rep ranges and volume more.",
            ),
            Question(
                "Why does the article add isolation exercises to a hypertrophy program?",
                (
                    "To rest the nervous system",
                    "To lift heavier singles",
                    "To add volume and keep each muscle overloaded",
                    "Because compound lifts do not build muscle",
                ),
                2,
                "For growth, 'doing as much work as possible and adding in isolated "
                "exercises' keeps muscles overloaded (the article).",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            Question(
                "A squat goes 3 × 10 at 70 %, then 3 × 8 at 75 %, 3 × 6 at 80 % and 3 × 4 "
                "at 85 %, one week each. Which periodization is that?",
                ("Linear", "Daily undulating", "Block"),
                0,
                "The load rises a little every week and the reps fall: linear. Daily "
                "undulating changes the load from session to session; block groups weeks "
                "into accumulation, intensification and realization phases.",
            ),
            Question(
                "What did meta-analyses find when linear and undulating plans were "
                "compared directly?",
                (
                    "Undulating plans doubled the strength gains",
                    "No clear difference in strength or in growth",
                    "Linear plans stopped all growth",
                    "Periodization harms beginners",
                ),
                1,
                "Harries et al. (2015) found no strength difference and Grgic et al. (2017) no "
                "difference in growth. Planned progression helps; the scheme matters less "
                "than consistent, hard training.",
            ),
            Question(
                "What does a deload week change most?",
                (
                    "It adds sets to use up the extra energy",
                    "It cuts the number of sets (and lightens loads) so fatigue can fall",
                    "It replaces lifting with maximal singles",
                    "Nothing: it is an ordinary week",
                ),
                1,
                "Coaches describe deloads of about a week, every four to six weeks, made "
                "easier mostly by cutting sets (Bell et al. 2022; 2023).",
            ),
            NumericQuestion(
                "In a Monday–Wednesday–Friday plan, Monday's squats are at 92 % 1RM. How "
                "many full rest days must the legs get before the next heavy squats?",
                float(days_until_hard_again(92)),
                0.0,
                "days",
                f"After sets above 90 % 1RM the same muscles rest "
                f"{days_until_hard_again(92)} full days (the article), so Wednesday cannot "
                "be heavy for the legs; Friday can.",
            ),
            NumericQuestion(
                "A strength session has 13 hard sets at 87.5 % 1RM; a hypertrophy session for "
                "the same lifter has 21 hard sets at 65–70 %. How many times more sets does "
                "the hypertrophy session have?",
                21 / 13,
                0.05,
                "",
                f"21 / 13 ≈ {21 / 13:.1f} times the sets, while the load drops by only about "
                f"{87.5 - 67.5:g} percentage points of 1RM: volume, more than intensity, "
                "separates the two plans.",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            Question(
                "Why does every plan in chapter 06, even the strength plan, add a row and a "
                "pulldown to the four barbell lifts?",
                (
                    "The barbell lifts squat, press and hinge but never pull: without pulls "
                    "the lats, upper back, rear delts and biceps get almost no work",
                    "Rows allow heavier loads than squats",
                    "Pulling work is only for hypertrophy",
                    "The article requires six exercises",
                ),
                0,
                f"Counted as chapter 04 counts, one set of each barbell lift gives the lats "
                f"{lats_from_barbell:g} sets. A row (horizontal pull) and a pulldown (vertical "
                "pull) fill that gap every week.",
            ),
            NumericQuestion(
                "What is the heaviest load, as % 1RM, that the plan builder ever prescribes "
                "to a beginner?",
                float(beginner_top),
                0.5,
                "%",
                f"A beginner works up to {beginner_top:g} % and never below "
                f"{PROFILES['beginner'].band('strength').reps[0]} reps a set; an "
                f"advanced lifter up to singles at {advanced_top:g} %. Novices gain from "
                "almost any overload, much of it by learning the lifts, so simple progression "
                "works; heavy singles need a skill they do not have yet (ACSM 2009).",
            ),
            Question(
                "A strength plan keeps its volume low. Why does it still have sets below 80 % 1RM?",
                (
                    "They are technique practice: strength is a skill, and crisp sets well "
                    "short of failure add practice without much fatigue",
                    "To raise the weekly volume to hypertrophy levels",
                    "Because nobody can lift above 80 % twice a week",
                    "They are warm-ups that do not count",
                ),
                0,
                f"The plan builder's technique work is {technique.reps[0]}–{technique.reps[1]} "
                f"reps at {technique.percent[0]:g}–{technique.percent[1]:g} % 1RM, RPE "
                f"{technique.rpe[0]:g}–{technique.rpe[1]:g}: the article's 'lighter work … not "
                "to failure'. The heavy exposure stays short.",
            ),
            NumericQuestion(
                "A set of 8 planned at RPE 7 with 80 kg felt like RPE 8.5. With the RPE chart "
                "(liftlab.adjust_load), what is the next load on a 20 kg bar?",
                float(adjusted),
                0.0,
                "kg",
                f"One RPE point at 8 reps is about {load_change_per_rpe(8):.1f} % of the load; "
                f"the set was 1.5 points too hard, so the load drops to {adjusted:g} kg (the "
                "e1RM from the set, then the load for the target, rounded to plates).",
            ),
            Question(
                "Why is a fixed deload every 4th week a convention rather than an "
                "established finding?",
                (
                    "No trial has compared deload intervals; surveys describe what experienced "
                    "athletes do, not what works best",
                    "Trials found that every 4th week is best",
                    "Deloads have been shown not to work",
                    "The article prescribes it",
                ),
                0,
                "Athletes and coaches report deloads of about a week every few weeks, with "
                "fewer sets, lighter loads and easier sets; a week off cost lower-body "
                "strength in one trial (Coleman et al. 2024). The plan builder spaces them by "
                "training status, every "
                + ", ".join(f"{n}th week ({level})" for level, n in DELOAD_EVERY.items())
                + f", with every set at RPE {DELOAD_RPE:g} or less: a choice, not a finding.",
            ),
        ),
        "07-beyond-the-barbell": (
            NumericQuestion(
                "Skeletal muscle uses about 13 kcal per kg per day at rest. How many extra "
                "kcal per day does 2 kg of new muscle burn at rest?",
                muscle_kcal,
                1.0,
                "kcal/day",
                f"2 × 13 = {muscle_kcal:g} kcal/day (Elia 1992), about {bananas:.2f} of a "
                "medium banana: real, but small.",
            ),
            Question(
                "A popular claim says each pound of muscle burns about 50 kcal a day. "
                "What does Elia's 13 kcal/kg/day give per pound?",
                (
                    "About 50 kcal",
                    f"About {per_lb:.0f} kcal",
                    "About 100 kcal",
                    "About 0.5 kcal",
                ),
                1,
                f"13 kcal/kg × 0.4536 kg/lb ≈ {per_lb:.1f} kcal per pound per day, about "
                f"{MYTH_KCAL_PER_LB_DAY / per_lb:.0f} times less than the myth.",
            ),
            NumericQuestion(
                "You weigh 80 kg. At 1.6 g of protein per kg per day, how many grams of "
                "protein is that a day?",
                protein.low_g,
                2.0,
                "g",
                "80 × 1.6. Beyond about 1.6 g/kg/day extra protein added no further muscle "
                "on average in Morton et al. (2018); "
                f"{PROTEIN_G_PER_KG_DAY_UPPER:g} g/kg, the top of that estimate's confidence "
                "interval (not the spread between people), is an option for those who want "
                "to maximise their gains (chapter 01).",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            Question(
                "What mainly drives fat loss?",
                (
                    "The resting energy of new muscle",
                    "Eating less energy than you use, over weeks",
                    "Sweating",
                    "Lifting light weights only",
                ),
                1,
                f"An energy deficit drives fat loss. New muscle adds about "
                f"{MUSCLE_KCAL_PER_KG_DAY:g} kcal per kg a day (Elia 1992): lifting helps keep "
                "lean mass while dieting, but its effect on resting energy use is small.",
            ),
            Question(
                "What did the LIFTMOR trial find in postmenopausal women with low bone mass?",
                (
                    "Heavy, supervised lifting lowered bone density",
                    "Heavy, supervised lifting improved bone density and was safe",
                    "Only walking improved bone density",
                    "Nothing changed in any group",
                ),
                1,
                "High-intensity resistance and impact training improved bone mineral "
                "density at the spine and hip compared with a low-intensity programme "
                "(Watson et al. 2018).",
            ),
            Question(
                "What is sarcopenia?",
                (
                    "Muscle soreness after training",
                    "The loss of muscle mass and function with age, when severe",
                    "A bone fracture",
                    "A kind of protein powder",
                ),
                1,
                "Muscle mass falls with age; severe loss with weakness is sarcopenia. "
                "Resistance training adds lean mass in older adults too.",
            ),
            Question(
                "Which claim about lifting and anxiety does the evidence support?",
                (
                    "Lifting cures anxiety",
                    "Resistance training reduces anxiety symptoms modestly; the evidence is "
                    "promising but not strong",
                    "Lifting raises anxiety",
                    "There is no research at all",
                ),
                1,
                "Meta-analyses report modest reductions in anxiety symptoms and possible gains "
                "in body image, with limited certainty: say 'may help', not 'cures'.",
            ),
            # ---- added for the chapters' revised objectives (issues 10–12)
            NumericQuestion(
                "Trials measured resting metabolic rate before and after weeks of resistance "
                "training. By about how many kcal a day did it rise more than in the control "
                "groups?",
                round(evidence.trials_kcal),
                5.0,
                "kcal/day",
                f"About {evidence.trials_kcal:.0f} kcal a day (95 % CI "
                f"{evidence.trials_low:.0f} to {evidence.trials_high:.0f}; MacKenzie-Shalders et "
                f"al. 2020), from studies at high risk of bias. The tissue arithmetic for 2 kg "
                f"of new muscle gives {evidence.tissue_kcal:g}: both are modest, under one "
                "banana a day.",
            ),
        ),
        "08-summary": (
            Question(
                "Which pairing matches the article's side-by-side comparison?",
                (
                    f"Strength: {_span(strength_reps)} reps at >= {strength_pct[0]:g} %, "
                    f"{_span(strength_rest, 'min')} rest; hypertrophy: {_span(hyper_reps)} "
                    f"reps at {_span(hyper_pct, '%')}, {_span(hyper_rest, 'min')} rest",
                    f"Strength: {_span(hyper_reps)} reps at {_span(hyper_pct, '%')}; "
                    f"hypertrophy: {_span(strength_reps)} reps at >= {strength_pct[0]:g} %",
                    "Both: 3 × 10 at 70 %, 1 min rest",
                ),
                0,
                "Strength: heavy, few reps, long rests. Hypertrophy: moderate loads, more "
                "reps, shorter rests, and above all more volume.",
            ),
            Question(
                "Which statement reflects research rather than the article alone?",
                (
                    "Only 6–12 reps build muscle",
                    "Muscle grows across a wide range of loads if sets are taken close to failure",
                    "Rest must be under 1 minute for growth",
                    "Muscle burns 50 kcal per pound per day",
                ),
                1,
                "Schoenfeld et al. (2017) found similar growth with light and heavy loads "
                "when sets went close to failure; heavy loads still win for 1RM strength.",
            ),
            # ---- added for the lecturer's objective map (issue 15)
            NumericQuestion(
                "Research widens the hypertrophy band the course draws on the rep-max "
                "curve. What is the top of the wider band, in % 1RM?",
                float(percent_range("hypertrophy", wide=True)[1]),
                0.5,
                "%",
                f"The wider band runs "
                f"{_span(percent_range('hypertrophy', wide=True), '%')} (the article once writes "
                "'65 % to 80-85 %'); close to failure, lighter loads grow muscle too "
                "(Schoenfeld et al. 2017).",
            ),
        ),
    }


#: Questions per notebook id, 3–7 each; numeric answers computed from the models.
QUESTIONS: Mapping[str, tuple[Question | NumericQuestion, ...]] = MappingProxyType(_build_bank())

#: Notebook ids that have questions, in course order.
TOPICS: tuple[str, ...] = tuple(QUESTIONS)

#: The chapter each topic belongs to, as the course map names it (README, notebook titles).
TOPIC_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "01-two-goals": "Two goals",
        "02-one-rep-max": "One-rep max",
        "03-intensity-and-reps": "Intensity and reps",
        "04-sets-and-volume": "Sets and volume",
        "05-rest-and-recovery": "Rest and recovery",
        "06-programming": "Programming",
        "07-beyond-the-barbell": "Beyond the barbell",
        "08-summary": "Summary",
    }
)


def questions_for(topic: str) -> tuple[Question | NumericQuestion, ...]:
    """The questions of one notebook.

    Parameters
    ----------
    topic : str
        A notebook id of :data:`TOPICS`, e.g. ``"04-sets-and-volume"``.

    Returns
    -------
    tuple of Question or NumericQuestion

    Raises
    ------
    ValueError
        For an unknown topic (the message lists the known ones).
    """
    return QUESTIONS[check_choice("topic", topic, TOPICS)]
