"""Tests of liftlab.grading: what a student types is read, wrong answers name the concept."""

import numpy as np
import pytest

from liftlab.grading import (
    AnswerError,
    check_choice,
    check_choices,
    check_format,
    check_number,
    read_unit,
)

CONCEPT = "a training load from a target RIR (chapter 02)"


def load(response, **kwargs):
    options = {"tolerance": 2.5, "concept": CONCEPT} | kwargs
    return check_number(response, 127.5, "kg", **options)


@pytest.mark.parametrize(
    "response",
    [
        127.5,
        np.float64(127.57),
        125,
        130,
        "127.5",
        " 127.5 kg ",
        "127.5kg",
        "127.5 KG",
        "127.5 kilograms",
        "127.5 kgs.",
        "281 lb",  # 281 lb = 127.46 kg
        "281lbs",
        "281 pounds",
    ],
)
def test_number_accepts_what_a_student_types(response):
    assert load(response) == "Correct: 127.5 kg (±2.5 kg)."


@pytest.mark.parametrize("response", [124.9, "130.1 kg", "300 lb", "112", -127.5])
def test_number_outside_tolerance_names_the_concept(response):
    with pytest.raises(AnswerError) as error:
        load(response, hint="Use load_for_rpe.")
    message = str(error.value)
    assert message.startswith("Not yet: you gave")
    assert "the expected answer is 127.5 kg (±2.5 kg)" in message
    assert f"Concept: {CONCEPT}." in message
    assert message.endswith("Use load_for_rpe.")


def test_number_in_pounds_is_compared_in_pounds():
    # 2.5 kg tolerance is 5.51 lb: 275.6 lb (125.0 kg) is in, 275 lb (124.7 kg) is out
    assert load("275.6 lb").startswith("Correct")
    with pytest.raises(AnswerError):
        load("275 lb")


@pytest.mark.parametrize(
    ("response", "match"),
    [
        (None, "No answer yet"),
        (..., "No answer yet"),
        ("  ", "No answer yet"),
        ("about a hundred", "Could not read 'about a hundred' as a number of kg"),
        ("12 min", "You answered in min; this question asks for kg"),
        (float("nan"), "Could not read nan"),
        (float("inf"), "Could not read inf"),
        ([127.5], r"Could not read \[127.5\]"),
        (True, "Could not read True"),
    ],
)
def test_number_missing_or_unreadable(response, match):
    with pytest.raises(AnswerError, match=match) as error:
        load(response)
    assert f"Concept: {CONCEPT}." in str(error.value)


def test_number_other_units_and_no_unit():
    assert check_number("14 minutes", 14, "min", tolerance=0.5, concept="c").startswith("Correct")
    assert check_number("12.5%", 12.5, "%", tolerance=0.5, concept="c").startswith("Correct")
    assert check_number("3,000", 3000, "kg", tolerance=0, concept="c").startswith("Correct")
    assert check_number("1.6", 21 / 13, "", tolerance=0.05, concept="c").startswith("Correct")
    assert check_number("59 kcal per day", 59, "kcal/day", tolerance=1, concept="c")
    with pytest.raises(AnswerError, match="answered in kg; this question asks for days"):
        check_number("2 kg", 2, "days", tolerance=0, concept="c")


def test_number_bad_test_definition_is_not_the_students_fault():
    with pytest.raises(TypeError, match="concept"):
        check_number(1, 1, "kg", tolerance=0, concept="")
    with pytest.raises(ValueError, match="tolerance"):
        check_number(1, 1, "kg", tolerance=-1, concept="c")
    with pytest.raises(TypeError, match="unit"):
        check_number(1, 1, None, tolerance=0, concept="c")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("281 lbs", ("281", "lb")),
        ("5d", ("5", "days")),
        ("12 % 1RM", ("12", "%")),
        ("26 kcal/day", ("26", "kcal/day")),
        ("3,000", ("3,000", None)),
        ("and", ("and", None)),  # the "d" of "and" is not a unit
    ],
)
def test_read_unit(text, expected):
    assert read_unit(text) == expected


CHOICES = ("Week A", "Week B")


@pytest.mark.parametrize("response", ["b", "B", "(b)", " b. ", "week B", "Week b", "Week B"])
def test_choice_accepts_letters_and_text(response):
    result = check_choice(response, "b", CHOICES, concept="volume", why="More sets.")
    assert result == "Correct: (b) Week B.\nMore sets."


def test_choice_wrong_gives_answer_reason_and_concept():
    with pytest.raises(AnswerError) as error:
        check_choice("a", "b", CHOICES, concept="volume as the main difference", why="More sets.")
    assert str(error.value) == (
        "Not yet: you chose (a) Week A; the answer is (b) Week B. More sets.\n"
        "Concept: volume as the main difference."
    )


def test_feedback_lines_are_short_enough_to_read_in_a_notebook():
    why = "A long explanation of the reason, repeated to be long. " * 6
    with pytest.raises(AnswerError) as error:
        check_choice("a", "b", CHOICES, concept="c " * 60, why=why)
    lines = str(error.value).splitlines()
    assert len(lines) > 4 and max(map(len, lines)) <= 88
    assert check_choice("b", "b", CHOICES, concept="c", why=why).count("\n") >= 3


@pytest.mark.parametrize(("response", "match"), [("c", "not one of the choices"), (2, "not one")])
def test_choice_not_a_choice(response, match):
    with pytest.raises(AnswerError, match=match):
        check_choice(response, "b", CHOICES, concept="c", why="w")


def test_choice_bad_definition():
    with pytest.raises(ValueError, match="expected='z'"):
        check_choice("a", "z", CHOICES, concept="c", why="w")
    with pytest.raises(ValueError, match="at least 2"):
        check_choice("a", "a", ("only",), concept="c", why="w")


OPTIONS = ("tension", "damage", "overload", "protein")


@pytest.mark.parametrize(
    "response", ["a, c, d", "A C D", "a and c and d", "d,c,a", ["A", "c", "D"], {"a", "c", "d"}]
)
def test_choices_accepts_any_separator(response):
    assert check_choices(response, "acd", OPTIONS, concept="c", why="w").startswith(
        "Correct: a, c, d."
    )


def test_choices_says_what_is_missing_and_what_is_wrong():
    with pytest.raises(AnswerError) as error:
        check_choices("a, b", "acd", OPTIONS, concept="stimuli for growth", why="Damage is not.")
    message = str(error.value)
    assert "missing (c) overload; (d) protein" in message
    assert "not right: (b) damage" in message
    assert message.endswith("Concept: stimuli for growth.")


@pytest.mark.parametrize("response", ["", [], "a, z", 3])
def test_choices_missing_or_unreadable(response):
    with pytest.raises(AnswerError):
        check_choices(response, "a", OPTIONS, concept="c", why="w")


@pytest.mark.parametrize(
    ("response", "kind", "unit"),
    [
        (127.5, "number", "kg"),
        ("281 lb", "number", "kg"),
        ("12 sets", "number", "sets"),
        ("b", "choice", ""),
        ("Thursday", "choice", ""),
        ("a, c", "choices", ""),
    ],
)
def test_format_accepts_readable_answers_and_reveals_nothing(response, kind, unit):
    message = check_format(response, kind, unit)
    assert message.startswith("Answer recorded")
    assert "127.5 kg (" not in message and "Correct" not in message


@pytest.mark.parametrize(
    ("response", "kind", "unit", "match"),
    [
        (None, "number", "kg", "No answer yet"),
        ("heavy", "number", "kg", "Could not read"),
        ("3 min", "number", "kg", "answered in min"),
        (2, "choice", "", "one letter"),
        ("a; 7", "choices", "", "list letters"),
    ],
)
def test_format_refuses_unreadable_answers(response, kind, unit, match):
    with pytest.raises(AnswerError, match=match):
        check_format(response, kind, unit)


def test_format_unknown_kind():
    with pytest.raises(ValueError, match="kind='text'"):
        check_format("a", "text")


def test_answer_error_is_an_assertion_error():
    # nbgrader marks a test cell failed on any exception; AssertionError is the convention
    assert issubclass(AnswerError, AssertionError)
