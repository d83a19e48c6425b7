"""Answer checking for graded assignments (nbgrader test cells).

The assignments in ``instructor/nbgrader/source/`` ask for numbers ("what load for
4 × 8 at RIR 2?") and for choices ("which week is hypertrophy-type training?").
Their test cells call these helpers, which accept what a student would reasonably
type and, when an answer is wrong, raise an :class:`AnswerError` (an
``AssertionError``, so nbgrader marks the cell as failed) whose message names the
concept being assessed. A right answer returns a short "Correct: ..." sentence.

* :func:`check_number`: a number, typed as ``127.5``, ``"127.5"``, ``"127.5 kg"``,
  ``"127.5kg"``, ``"281 lb"`` (masses are converted between kg and lb) or
  ``"3,000 kg"``, within an absolute tolerance. The number itself is read by
  :func:`liftlab.quiz.check_answer`, the same parsing as the self-check quizzes.
* :func:`check_choice`: one letter of a multiple-choice question (``"b"``,
  ``"B"``, ``"(b)"``, ``"week B"`` or the choice's text).
* :func:`check_choices`: every letter that applies (``"a, c"``, ``{"A", "C"}``).
* :func:`check_format`: the visible check a student runs before submitting: is the
  answer filled in and readable? It never reveals the expected value.

There is no grading state here: the expected values are computed in the (hidden)
test cells from the liftlab models, so assignments cannot drift from the course.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from liftlab.quiz import NumericQuestion, check_answer
from liftlab.units import convert

__all__ = [
    "LINE_WIDTH",
    "UNIT_SYNONYMS",
    "AnswerError",
    "check_choice",
    "check_choices",
    "check_format",
    "check_number",
    "read_unit",
]


class AnswerError(AssertionError):
    """A wrong or unreadable answer; the message says why and names the concept.

    In a notebook, re-raise it from the test cell (``except AnswerError as mark: raise
    AnswerError(mark) from None``) so the traceback in nbgrader's feedback is the cell
    and this message, not liftlab's own frames.
    """


#: Ways of writing each unit that :func:`check_number` understands (lower case).
UNIT_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"),
    "lb": ("lb", "lbs", "pound", "pounds"),
    "min": ("min", "mins", "minute", "minutes"),
    "s": ("s", "sec", "secs", "second", "seconds"),
    "days": ("days", "day", "d"),
    "weeks": ("weeks", "week", "wk", "wks"),
    "sets": ("sets", "set", "hard sets"),
    "reps": ("reps", "rep", "repetitions"),
    "%": ("%", "percent", "% 1rm", "%1rm", "% of 1rm", "percent of 1rm"),
    "kcal/day": ("kcal/day", "kcal per day", "kcal/d", "kcal a day", "kcal"),
    "g": ("g", "grams", "gram", "g/day", "grams per day", "g a day"),
}

_MASS = ("kg", "lb")


def _word(value: Any) -> str:
    return repr(value) if not isinstance(value, str) else f"'{value.strip()}'"


def read_unit(text: str) -> tuple[str, str | None]:
    """Split typed text into its number part and a known unit (or ``None``).

    Parameters
    ----------
    text : str
        What the student typed, e.g. ``"127.5 kg"``, ``"281lbs"``, ``"2 minutes"``.

    Returns
    -------
    (str, str or None)
        The text before the unit (stripped) and the canonical unit of
        :data:`UNIT_SYNONYMS`, or the whole stripped text and ``None`` when no known
        unit ends it.

    Examples
    --------
    >>> read_unit("281 lbs")
    ('281', 'lb')
    >>> read_unit(" 3,000 ")
    ('3,000', None)
    """
    if not isinstance(text, str):
        raise TypeError(f"text={text!r} is not a string.")
    stripped = text.strip().rstrip(".").strip()
    lowered = stripped.lower()
    # longest synonym first, so "% of 1rm" wins over "%", "kcal/day" over "kcal"
    pairs = sorted(
        ((syn, unit) for unit, syns in UNIT_SYNONYMS.items() for syn in syns),
        key=lambda pair: -len(pair[0]),
    )
    for synonym, unit in pairs:
        if lowered.endswith(synonym):
            head = stripped[: len(stripped) - len(synonym)]
            # a unit must follow a digit or a space: "5 d" or "5d", never the "d" of "and"
            if head and (head[-1].isdigit() or head[-1].isspace()):
                return head.strip(), unit
    return stripped, None


def _missing(response: Any) -> bool:
    return (
        response is None
        or response is Ellipsis
        or (isinstance(response, str) and not response.strip())
    )


#: Width of a feedback line: notebook tracebacks and outputs do not wrap long lines.
LINE_WIDTH = 88


def _lines(*parts: str | None) -> str:
    """Each part on lines of at most :data:`LINE_WIDTH` characters, parts on new lines."""
    return "\n".join(
        textwrap.fill(part, LINE_WIDTH, break_long_words=False, break_on_hyphens=False)
        for part in parts
        if part
    )


def _fail(message: str, concept: str, hint: str | None) -> AnswerError:
    return AnswerError(_lines(message, f"Concept: {concept}.", hint))


def check_number(
    response: Any,
    expected: float,
    unit: str = "",
    *,
    tolerance: float,
    concept: str,
    hint: str | None = None,
) -> str:
    """Check a numeric answer; raise :class:`AnswerError` naming ``concept`` if wrong.

    Parameters
    ----------
    response : float, int or str
        The student's answer: a number, or text such as ``"127.5"``, ``"127.5 kg"``,
        ``"281 lb"``, ``"3,000"``. A mass in the other unit (lb for kg, kg for lb)
        is converted (1 lb = 0.45359237 kg) before it is compared.
    expected : float
        The right value, in ``unit``; computed by the caller from the liftlab models.
    unit : str
        The unit of ``expected`` (``"kg"``, ``"lb"``, ``"min"``, ``"sets"``, ...);
        ``""`` for a pure number.
    tolerance : float, keyword-only
        Largest accepted absolute difference, in ``unit`` (e.g. 2.5 kg, one plate
        step, for a load on the bar).
    concept : str, keyword-only
        What the question assesses, and where it is taught, e.g. ``"load from RPE
        (chapter 02, Effort: RPE and reps in reserve)"``. Shown in the feedback.
    hint : str, optional, keyword-only
        One more sentence shown when the answer is wrong (how to get it).

    Returns
    -------
    str
        ``"Correct: ..."`` with the expected value.

    Raises
    ------
    AnswerError
        The answer is missing, unreadable, in a unit that cannot be converted, or
        outside the tolerance. The message gives what was read, the right value
        and the concept.
    TypeError, ValueError
        For a bad ``expected``, ``tolerance`` or ``concept`` (a fault of the test,
        not of the student).

    Examples
    --------
    >>> check_number("281 lb", 127.5, "kg", tolerance=2.5, concept="load from RPE")
    'Correct: 127.5 kg (±2.5 kg).'
    """
    __tracebackhide__ = True  # pytest shows the caller, not this frame
    if not isinstance(concept, str) or not concept.strip():
        raise TypeError(f"concept={concept!r} is not allowed: name the concept assessed.")
    if not isinstance(unit, str):
        raise TypeError(f"unit={unit!r} is not a string: give a unit ('' for none).")
    question = NumericQuestion("graded answer", expected, tolerance, unit, concept)
    right = f"{question.answer:.4g} {unit}".strip()
    within = f"±{question.tolerance:g} {unit}".strip()
    if _missing(response):
        raise _fail("No answer yet: replace the placeholder with your number.", concept, hint)
    asked = question
    given: Any = response
    if isinstance(response, str):
        number, typed_unit = read_unit(response)
        if typed_unit is not None and unit and typed_unit != unit:
            if typed_unit in _MASS and unit in _MASS:
                asked = NumericQuestion(
                    "graded answer",
                    float(convert(question.answer, unit, typed_unit)),
                    float(convert(question.tolerance, unit, typed_unit)),
                    typed_unit,
                    concept,
                )
            else:
                raise _fail(
                    f"You answered in {typed_unit}; this question asks for {unit}.",
                    concept,
                    hint,
                )
        given = number
    try:
        result = check_answer(asked, given)
    except (TypeError, ValueError):
        raise _fail(
            f"Could not read {_word(response)} as a number{' of ' + unit if unit else ''}: "
            f"write it like '{right}'.",
            concept,
            hint,
        ) from None
    if result.correct:
        return f"Correct: {right} ({within})."
    raise _fail(
        f"Not yet: you gave {_word(response)}; the expected answer is {right} ({within}).",
        concept,
        hint,
    )


def _letters(choices: Sequence[str] | Mapping[str, str]) -> dict[str, str]:
    if isinstance(choices, Mapping):
        items = {str(k).strip().lower(): str(v) for k, v in choices.items()}
    else:
        if isinstance(choices, str):
            raise TypeError(f"choices={choices!r} is not a sequence of choices.")
        items = {chr(ord("a") + i): str(v) for i, v in enumerate(choices)}
    if len(items) < 2:
        raise ValueError(f"choices={choices!r}: give at least 2 choices.")
    return items


def _one_letter(response: Any, options: Mapping[str, str]) -> str | None:
    """The option key a response names, or ``None`` if it names none."""
    if not isinstance(response, str):
        return None
    text = response.strip().lower().strip(".")
    for key, choice in options.items():
        if text == choice.strip().lower():
            return key
    text = re.sub(r"^(week|option|choice|answer|plan|session)\s+", "", text)
    text = text.strip("()[] ")
    return text if text in options else None


def _show_choice(key: str, options: Mapping[str, str]) -> str:
    return f"({key}) {options[key]}"


def check_choice(
    response: Any,
    expected: str,
    choices: Sequence[str] | Mapping[str, str],
    *,
    concept: str,
    why: str,
) -> str:
    """Check one choice (a letter); raise :class:`AnswerError` if wrong.

    Parameters
    ----------
    response : str
        The student's answer: a letter (``"b"``, ``"B"``, ``"(b)"``, ``"week B"``) or
        the text of a choice (case-insensitive).
    expected : str
        The right letter.
    choices : sequence of str or mapping
        The choices, lettered a, b, c... in order, or a mapping letter → text.
    concept : str, keyword-only
        The concept assessed, shown in the feedback.
    why : str, keyword-only
        The explanation, shown with a wrong answer (and a right one).

    Returns
    -------
    str
        ``"Correct: (b) ...  <why>"``.

    Raises
    ------
    AnswerError
        The answer is missing, is not one of the choices, or is wrong.
    """
    __tracebackhide__ = True  # pytest shows the caller, not this frame
    options = _letters(choices)
    key = str(expected).strip().lower()
    if key not in options:
        raise ValueError(f"expected={expected!r} is not one of {sorted(options)}.")
    if _missing(response):
        raise _fail("No answer yet: give the letter of your choice.", concept, None)
    chosen = _one_letter(response, options)
    if chosen is None:
        raise _fail(
            f"{_word(response)} is not one of the choices: answer with one letter of "
            f"{', '.join(sorted(options))}.",
            concept,
            None,
        )
    if chosen == key:
        return _lines(f"Correct: {_show_choice(key, options)}.", why)
    raise _fail(
        f"Not yet: you chose {_show_choice(chosen, options)}; the answer is "
        f"{_show_choice(key, options)}. {why}",
        concept,
        None,
    )


def _letter_set(response: Any, options: Mapping[str, str]) -> set[str] | None:
    if isinstance(response, str):
        parts = [p for p in re.split(r"[,;/\s]+|\band\b", response.strip().lower()) if p]
    elif isinstance(response, Iterable):
        parts = [str(p).strip().lower() for p in response]
    else:
        return None
    keys = set()
    for part in parts:
        part = part.strip("()[]{}'\" .")
        if not part:
            continue
        if part not in options:
            return None
        keys.add(part)
    return keys


def check_choices(
    response: Any,
    expected: Iterable[str],
    choices: Sequence[str] | Mapping[str, str],
    *,
    concept: str,
    why: str,
) -> str:
    """Check a "select every letter that applies" answer; all and only the right ones.

    Parameters
    ----------
    response : str or iterable of str
        ``"a, c"``, ``"A C"``, ``"a and c"``, ``["a", "c"]`` or ``{"A", "C"}``.
    expected : iterable of str
        The right letters.
    choices, concept, why
        As in :func:`check_choice`.

    Returns
    -------
    str
        ``"Correct: ..."``.

    Raises
    ------
    AnswerError
        Missing, unreadable, or not exactly the right letters (the message says
        which letters were missing and which were wrong).
    """
    __tracebackhide__ = True  # pytest shows the caller, not this frame
    options = _letters(choices)
    right = {str(k).strip().lower() for k in expected}
    if not right or not right <= set(options):
        raise ValueError(f"expected={sorted(right)!r} must be letters of {sorted(options)}.")
    if _missing(response) or (not isinstance(response, str) and not response):
        raise _fail("No answer yet: list the letters that apply, e.g. 'a, c'.", concept, None)
    chosen = _letter_set(response, options)
    if chosen is None:
        raise _fail(
            f"Could not read {_word(response)}: list letters of "
            f"{', '.join(sorted(options))}, e.g. 'a, c'.",
            concept,
            None,
        )
    if chosen == right:
        return _lines(f"Correct: {', '.join(sorted(right))}.", why)
    missing = sorted(right - chosen)
    extra = sorted(chosen - right)
    parts = []
    if missing:
        parts.append("missing " + "; ".join(_show_choice(k, options) for k in missing))
    if extra:
        parts.append("not right: " + "; ".join(_show_choice(k, options) for k in extra))
    raise _fail(f"Not yet: {'; '.join(parts)}. {why}", concept, None)


def check_format(response: Any, kind: str = "number", unit: str = "") -> str:
    """The visible check: is the answer filled in and readable? Reveals nothing.

    Parameters
    ----------
    response : Any
        The student's answer.
    kind : {"number", "choice", "choices"}
        ``"number"``: a number, or text with a number and optionally a unit
        (a mass in kg or lb is fine either way); ``"choice"``: a single letter;
        ``"choices"``: letters separated by commas.
    unit : str
        For ``"number"``: the unit asked for (used only to refuse a wrong kind of
        unit, e.g. minutes for a load).

    Returns
    -------
    str
        ``"Answer recorded: ..."``.

    Raises
    ------
    AnswerError
        Missing or unreadable (the message says how to write it).
    """
    __tracebackhide__ = True  # pytest shows the caller, not this frame
    if kind not in ("number", "choice", "choices"):
        raise ValueError(
            f"kind={kind!r} is not known: kind must be 'number', 'choice' or 'choices'."
        )
    if _missing(response):
        raise AnswerError("No answer yet: replace the placeholder with your answer.")
    if kind == "number":
        probe = NumericQuestion("format", 0.0, 1e12, "", "format")
        given: Any = response
        if isinstance(response, str):
            number, typed = read_unit(response)
            if (
                typed is not None
                and unit
                and typed != unit
                and not (typed in _MASS and unit in _MASS)
            ):
                raise AnswerError(f"You answered in {typed}; this question asks for {unit}.")
            given = number
        try:
            check_answer(probe, given)
        except (TypeError, ValueError):
            raise AnswerError(
                f"Could not read {_word(response)} as a number: write e.g. "
                f"'{'100 ' + unit if unit else '100'}'."
            ) from None
        return f"Answer recorded: {_word(response)}."
    if kind == "choice":
        if not isinstance(response, str):
            raise AnswerError(f"{_word(response)}: answer with one letter in quotes, e.g. 'b'.")
        if re.fullmatch(
            r"\s*(week|option|choice|plan|session)?\s*\(?[a-zA-Z]\)?\s*\.?\s*", response
        ):
            return f"Answer recorded: {_word(response)}."
        return (
            f"Answer recorded: {_word(response)}. Text must match a choice exactly; a letter "
            "is safest."
        )
    options = {chr(c): "" for c in range(ord("a"), ord("z") + 1)}
    if _letter_set(response, options) in (None, set()):
        raise AnswerError(f"{_word(response)}: list letters separated by commas, e.g. 'a, c'.")
    return f"Answer recorded: {_word(response)}."
