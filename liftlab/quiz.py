"""Self-check questions for the notebooks' "try it" sections.

Two kinds of question, both frozen dataclasses:

* :class:`Question`: multiple choice, with the index of the right choice;
* :class:`NumericQuestion`: a number with a unit and an absolute tolerance.

:func:`check_answer` marks a response and returns :class:`Feedback` (``correct``,
``feedback``). :data:`QUESTIONS` holds 2–4 questions per notebook, keyed by the
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

from liftlab.energy import (
    MUSCLE_KCAL_PER_KG_DAY,
    MYTH_KCAL_PER_LB_DAY,
    extra_kcal_per_day,
    food_equivalents,
    protein_target,
)
from liftlab.goals import load_range, percent_range, rep_range, rest_range, sets_range
from liftlab.one_rep_max import FORMULAS, estimate_1rm, estimate_1rm_all
from liftlab.recovery import (
    DEFAULT_SECONDS_PER_REP,
    DEFAULT_SETUP_S,
    days_until_hard_again,
    session_duration,
)
from liftlab.units import KG_PER_LB
from liftlab.validation import check_choice, check_range
from liftlab.volume import SCHOENFELD_2017_CATEGORIES, volume_load, weekly_sets_per_muscle

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
                "Heavier sets need longer rest to be repeated at full force. In trained men "
                "3 min beat 1 min for both strength and size (Schoenfeld et al. 2016).",
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
                "in Morton et al. (2018); up to 2.2 g/kg covers most people.",
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
        ),
    }


#: Questions per notebook id, 2–4 each; numeric answers computed from the models.
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
