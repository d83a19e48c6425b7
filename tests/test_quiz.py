"""Tests of liftlab.quiz: question types, marking, and the question bank."""

import dataclasses
import html

import numpy as np
import pytest

import liftlab
from liftlab.one_rep_max import FORMULAS, estimate_1rm, estimate_1rm_all
from liftlab.quiz import (
    QUESTIONS,
    TOPIC_TITLES,
    TOPICS,
    AnswerFormatError,
    Feedback,
    NumericQuestion,
    Question,
    check_answer,
    questions_for,
    read_number,
)

MC = Question(
    "Which rest does the article give for strength?",
    ("1–3 min", "2–5 min", "30 s"),
    1,
    "Heavy sets need longer rest.",
)
NUM = NumericQuestion("2 kg of muscle at 13 kcal/kg/day?", 26.0, 1.0, "kcal/day", "2 × 13.")


# ------------------------------------------------------------------------ question types


def test_question_is_frozen_and_normalised():
    q = Question(" Prompt? ", ["a ", " b"], 0, " Why. ")
    assert q.choices == ("a", "b")
    assert q.correct_choice == "a"
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.answer = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        (("", ("a", "b"), 0, "why"), TypeError, "prompt=''"),
        (("p", ("a",), 0, "why"), ValueError, "at least 2 choices"),
        (("p", ("a", "A"), 0, "why"), ValueError, "repeats a choice"),
        (("p", "ab", 0, "why"), TypeError, "not a sequence"),
        (("p", ("a", ""), 0, "why"), TypeError, "choice=''"),
        (("p", ("a", "b"), 2, "why"), ValueError, r"answer=2.*0 to 1"),
        (("p", ("a", "b"), True, "why"), TypeError, "answer=True"),
        (("p", ("a", "b"), 0, None), TypeError, "explanation=None"),
    ],
)
def test_question_bad_definition(args, error, match):
    with pytest.raises(error, match=match):
        Question(*args)


@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        (("p", float("nan"), 1, "kg", "why"), ValueError, "answer"),
        (("p", 1, -1, "kg", "why"), ValueError, r"tolerance=-1.*>= 0"),
        (("p", [1, 2], 1, "kg", "why"), TypeError, "single numbers"),
        (("p", 1, 1, None, "why"), TypeError, "unit=None"),
        (("p", "1", 1, "kg", "why"), TypeError, "answer='1'"),
    ],
)
def test_numeric_question_bad_definition(args, error, match):
    with pytest.raises(error, match=match):
        NumericQuestion(*args)


# ------------------------------------------------------------------------------- marking


@pytest.mark.parametrize("response", [1, np.int64(1), "2–5 min", " 2–5 MIN ", "b", "B"])
def test_multiple_choice_right_answers(response):
    result = check_answer(MC, response)
    assert isinstance(result, Feedback)
    assert result.correct is True
    assert result.feedback.startswith("Correct: 2–5 min.")
    assert "Heavy sets" in result.feedback


def test_multiple_choice_wrong_answer_gives_the_right_one():
    correct, feedback = check_answer(MC, 0)
    assert correct is False
    assert "you chose '1–3 min'" in feedback
    assert "the answer is '2–5 min'" in feedback


@pytest.mark.parametrize(
    ("response", "error", "match"),
    [
        (3, ValueError, r"response=3.*0 to 2"),
        (-1, ValueError, "response=-1"),
        ("d", ValueError, "not one of the choices"),
        ("5 min", ValueError, "not one of the choices"),
        (None, TypeError, "response=None"),
        (True, TypeError, "response=True"),
        (1.0, TypeError, "response=1.0"),
        ([1], TypeError, r"response=\[1\]"),
    ],
)
def test_multiple_choice_bad_response(response, error, match):
    with pytest.raises(error, match=match):
        check_answer(MC, response)


@pytest.mark.parametrize("response", [26, 26.0, 25.2, 27, "26", " 26 kcal/day ", "25.5"])
def test_numeric_within_tolerance(response):
    assert check_answer(NUM, response).correct is True


@pytest.mark.parametrize("response", [24.9, 27.1, "50", -26])
def test_numeric_outside_tolerance(response):
    correct, feedback = check_answer(NUM, response)
    assert correct is False
    assert "the answer is 26 kcal/day (within ±1)" in feedback


def test_numeric_thousands_separator():
    tonnage = NumericQuestion("3 × 10 × 100 kg?", 3000, 0, "kg", "Multiply.")
    assert check_answer(tonnage, "3,000 kg").correct is True
    assert check_answer(tonnage, 3000.0000000001).correct is True  # float noise


@pytest.mark.parametrize(
    ("response", "error", "match"),
    [
        ("twenty-six", AnswerFormatError, "not a number: type digits such as 12.5 or 12,5"),
        ("", ValueError, "not a number"),
        ("inf", AnswerFormatError, "“inf” is not a number"),
        (float("nan"), ValueError, "must be finite"),
        (None, TypeError, "response=None"),
        (False, TypeError, "response=False"),
        ([26], TypeError, "not a number"),
    ],
)
def test_numeric_bad_response(response, error, match):
    with pytest.raises(error, match=match):
        check_answer(NUM, response)


def test_question_of_wrong_kind():
    with pytest.raises(TypeError, match="not a Question or NumericQuestion"):
        check_answer("What is 1RM?", 0)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------- bank


def test_bank_covers_the_course_with_three_to_twelve_questions_each():
    assert TOPICS == (
        "01-two-goals",
        "02-one-rep-max",
        "03-intensity-and-reps",
        "04-sets-and-volume",
        "05-rest-and-recovery",
        "06-programming",
        "07-beyond-the-barbell",
        "08-summary",
    )
    for topic, questions in QUESTIONS.items():
        assert 3 <= len(questions) <= 12, topic
        for question in questions:
            assert isinstance(question, (Question, NumericQuestion))
    with pytest.raises(TypeError):
        QUESTIONS["new"] = ()  # type: ignore[index]


def test_every_question_accepts_its_own_answer_and_rejects_another():
    for questions in QUESTIONS.values():
        for question in questions:
            if isinstance(question, Question):
                assert check_answer(question, question.answer).correct
                wrong = (question.answer + 1) % len(question.choices)
                assert not check_answer(question, wrong).correct
            else:
                assert check_answer(question, question.answer).correct
                off = question.answer + question.tolerance + max(1.0, abs(question.answer))
                assert not check_answer(question, off).correct


def _find(topic, needle):
    matches = [q for q in questions_for(topic) if needle in q.prompt]
    assert len(matches) == 1, (topic, needle)
    return matches[0]


def test_article_numbers_in_the_bank():
    squat = _find("03-intensity-and-reps", "300 lb")
    assert squat.correct_choice == "195–240 lb"
    reps = _find("03-intensity-and-reps", "rep ranges")
    assert reps.correct_choice == "Strength 1–6, hypertrophy 6–12"
    load = _find("03-intensity-and-reps", "% of 1RM")
    assert "hypertrophy 65–80 %" in load.correct_choice
    sets = _find("04-sets-and-volume", "How many sets per exercise")
    assert sets.correct_choice == "3–4 for a beginner, up to 5–6 when advanced"
    rest = _find("05-rest-and-recovery", "Which rest between sets")
    assert rest.correct_choice == "Hypertrophy 1–3 min, strength 2–5 min"
    days = _find("05-rest-and-recovery", "92 %")
    assert days.answer == 2.0
    main = _find("01-two-goals", "main difference")
    assert main.correct_choice == "The overall training volume"


def test_numeric_answers_come_from_the_models():
    assert _find("07-beyond-the-barbell", "2 kg of new muscle").answer == 26.0
    assert _find("07-beyond-the-barbell", "You weigh 80 kg").answer == pytest.approx(128.0)
    assert _find("04-sets-and-volume", "twice a week").answer == 12.0
    assert _find("04-sets-and-volume", "volume-load").answer == 3000.0
    assert _find("02-one-rep-max", "Epley").answer == pytest.approx(100 * (1 + 5 / 30))
    assert _find("05-rest-and-recovery", "12 sets").answer == pytest.approx(31.0)
    assert _find("04-sets-and-volume", "meta-analysis").correct_choice == "10+ sets per week"
    assert _find("07-beyond-the-barbell", "50 kcal").correct_choice == "About 6 kcal"


def test_questions_for_unknown_topic():
    with pytest.raises(ValueError, match=r"topic='09-extra' is not known"):
        questions_for("09-extra")
    with pytest.raises(TypeError, match="topic=4"):
        questions_for(4)  # type: ignore[arg-type]


def test_top_level_exports():
    assert liftlab.check_answer is check_answer
    assert liftlab.QUESTIONS is QUESTIONS


# ------------------------------------------------------------- numbers as people type them

KG = NumericQuestion("100 kg × 5 by Epley?", 116.7, 1.0, "kg", "100 × (1 + 5/30).")


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("135", 135.0),
        (" 135 ", 135.0),
        ("135kg", 135.0),
        ("135 kg", 135.0),
        ("135 KG", 135.0),
        ("135 kgs", 135.0),
        ("135 kilos", 135.0),
        ("1,5", 1.5),  # decimal comma
        ("116,7 kg", 116.7),
        ("3,000 kg", 3000.0),  # a comma before exactly three digits groups thousands
        ("3 000", 3000.0),
        ("1,500.5", 1500.5),
        ("-2", -2.0),
        ("\u22122", -2.0),  # the minus sign a phone keyboard may give
        (".5", 0.5),
        ("+4", 4.0),
    ],
)
def test_read_number_reads_what_people_type(typed, value):
    assert read_number(typed, "kg") == pytest.approx(value)


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("1.5e2", "write the number out in full"),  # nobody types exponents: refused, not guessed
        ("300 lb", "This answer is in kg, not lb"),
        ("300 pounds", "This answer is in kg, not lb"),
        ("12 apples", "“apples” is not kg"),
        ("lots", "“lots” is not a number"),
        ("", "is not a number"),
        ("1.2.3", "“1.2.3” is not a number"),
        ("1_000", "“1_000” is not a number"),  # Python's float() would read 1000
        ("nan", "“nan” is not a number"),
        ("1 5", "“1 5” is not a number"),
    ],
)
def test_read_number_refuses_with_a_plain_hint(typed, hint):
    with pytest.raises(AnswerFormatError) as caught:
        read_number(typed, "kg")
    assert hint in caught.value.hint
    assert isinstance(caught.value, ValueError)
    assert "response=" in str(caught.value)  # the programmer's message names the argument


def test_read_number_without_a_unit_wants_just_the_number():
    assert read_number(" 12 ", "") == 12.0
    with pytest.raises(AnswerFormatError, match="type just the number"):
        read_number("12 kg", "")
    with pytest.raises(TypeError, match="text=12"):
        read_number(12)  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["26 kcal", "26 kcal/day", "26 kcal a day", "26 calories"])
def test_kcal_answers_in_the_usual_spellings(typed):
    assert check_answer(NUM, typed).correct is True


@pytest.mark.parametrize("typed", ["twenty-six", "26 lb", "2.6e1"])
def test_a_hint_never_gives_the_answer_away(typed):
    with pytest.raises(AnswerFormatError) as caught:
        check_answer(NUM, typed)
    assert "26" not in caught.value.hint.replace(typed, "")


def test_numeric_answers_typed_with_a_decimal_comma_are_marked():
    assert check_answer(KG, "116,7 kg").correct is True
    assert check_answer(KG, "117kg").correct is True
    assert check_answer(KG, "120 kg").correct is False


# -------------------------------------------------------------------- numbers that spread


def test_formulas_spread_example_is_computed_and_really_spreads():
    """02 Q3 once said "Epley 133.3 kg and Brzycki 133.3 kg" as its example of formulas
    spreading apart: the example must show estimates that differ, computed by the package."""
    question = _find("02-one-rep-max", "disagree the most")
    text = question.explanation
    spreads = []
    for reps in (5, 10):
        estimates = estimate_1rm_all(100, reps)
        low, high = min(estimates.values()), max(estimates.values())
        spreads.append(high - low)
        assert f"{low:.1f}–{high:.1f} kg ({high - low:.1f} kg apart)" in text
    assert spreads[1] > spreads[0]
    past = {n: float(estimate_1rm(100, 15, n, extrapolate=True)) for n in FORMULAS}
    low, high = min(past, key=past.get), max(past, key=past.get)
    assert f"{past[low]:.1f} kg by {FORMULAS[low].label}" in text
    assert f"{past[high]:.1f} kg by {FORMULAS[high].label}" in text
    assert past[high] - past[low] > 3 * spreads[0]


def test_every_topic_has_a_chapter_title():
    assert tuple(TOPIC_TITLES) == TOPICS
    assert TOPIC_TITLES["02-one-rep-max"] == "One-rep max"


# ----------------------------------------------------------------- the quiz widgets


def _numeric_item(widget):
    return next(q for q in widget.questions if isinstance(q.question, NumericQuestion))


def _choice_item(widget):
    return next(q for q in widget.questions if isinstance(q.question, Question))


def test_enter_in_the_number_box_marks_the_answer_it_sent():
    """The box sends its value only on Enter (or blur), and that update is what gets marked:
    a separate "submit" message could overtake value updates ipywidgets holds back."""
    from liftlab.apps import quiz

    item = _numeric_item(quiz("02-one-rep-max"))
    assert item.answer.continuous_update is False
    item.answer.value = "116,7 kg"  # what Enter sends
    assert "liftlab-correct" in item.feedback.value
    item.answer.value = "120"
    assert "liftlab-incorrect" in item.feedback.value and "you gave 120 kg" in item.feedback.value
    item.answer._handle_custom_msg({"event": "submit"}, [])  # the browser's extra message
    assert "you gave 120 kg" in item.feedback.value  # changes nothing
    item.answer.value = ""
    assert "Type a number, then press Enter or Check." in item.feedback.value


def test_a_new_choice_clears_the_stale_verdict_or_hint():
    from liftlab.apps import quiz

    choice = _choice_item(quiz("02-one-rep-max"))
    choice.check()
    assert "Choose an answer" in choice.feedback.value
    choice.answer.index = choice.question.answer
    assert choice.feedback.value == ""  # the hint was about no choice
    assert choice.check() is True
    choice.answer.index = (choice.question.answer + 1) % len(choice.question.choices)
    assert choice.feedback.value == ""  # the verdict was about the other choice
    assert choice.check() is False


def test_unreadable_number_gets_the_plain_hint_not_the_programmers_message():
    from liftlab.apps import quiz

    item = _numeric_item(quiz("02-one-rep-max"))
    item.answer.value = "300 lb"
    assert item.check() is None
    assert "This answer is in kg, not lb" in item.feedback.value
    assert "response=" not in item.feedback.value


def test_quiz_reads_as_text_where_the_widget_cannot_be_drawn():
    from liftlab.apps import quiz

    bundle = quiz("02-one-rep-max")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    text, page = bundle["text/plain"], bundle["text/html"]
    count = len(questions_for("02-one-rep-max"))
    assert text.startswith(
        f"Self-check ({count} questions): Run this cell to answer the questions."
    )
    assert "children=(" not in text
    for question in questions_for("02-one-rep-max"):
        assert question.prompt in text
        assert html.escape(question.prompt) in page
        if isinstance(question, Question):
            assert all(html.escape(choice) in page for choice in question.choices)
    assert "Answer with a number, in kg." in text


def test_course_quiz_opens_each_chapter_with_its_own_button():
    from liftlab.apps import course_quiz

    widget = course_quiz()
    chapters = [t for t in TOPICS if t != "08-summary"]
    assert widget.topics == tuple(chapters)
    assert "liftlab-course-quiz" in widget._dom_classes
    labels = [b.description for b in widget.buttons]
    assert labels[1] == f"Show 02 · One-rep max ({len(questions_for('02-one-rep-max'))} questions)"
    assert all(not widget.is_open(t) for t in chapters)
    widget.buttons[1].click()  # what Enter, Space or a click on the <button> runs
    assert widget.is_open("02-one-rep-max") and widget.quizzes[1].layout.display == ""
    assert widget.buttons[1].description.startswith("Hide 02 · One-rep max")
    assert widget.buttons[1].icon == "caret-down"
    widget.buttons[1].click()
    assert not widget.is_open("02-one-rep-max")
    text = widget._repr_mimebundle_()["text/plain"]
    assert "Run this cell to answer the questions." in text
    assert all(f"{t[:2]} · {TOPIC_TITLES[t]}" in text for t in chapters)
    assert widget._repr_mimebundle_()["text/html"].count("<details>") == len(chapters)


@pytest.mark.parametrize(
    ("topics", "error", "match"),
    [
        (["99-nothing"], ValueError, "topic='99-nothing'"),
        ([], ValueError, r"topics=\[\]"),
        (["01-two-goals", "01-two-goals"], ValueError, "repeats a topic"),
        ("01-two-goals", TypeError, "single string"),
    ],
)
def test_course_quiz_refuses_bad_topics(topics, error, match):
    from liftlab.apps import course_quiz

    with pytest.raises(error, match=match):
        course_quiz(topics)


def test_questions_for_the_revised_objectives_come_from_the_models():
    # Added when chapters 01–07 gained objectives (issues 10–12); numbers pinned by hand.
    agree = _find("02-one-rep-max", "equations agree best")
    assert agree.correct_choice == "5–8 reps"  # percent_spread narrowest at 5–8 reps
    assert "4.5 at 7 (the narrowest)" in agree.explanation
    trust = _find("02-one-rep-max", "most accurate")
    assert "off by about 1 rep when failure was 0–5 reps away" in trust.explanation
    assert "experience made no difference" in trust.explanation  # Hackett et al. 2017
    helms = _find("02-one-rep-max", "What is autoregulation")
    assert "rose 13.91 kg with %1RM loads and 17.05 kg with RPE loads" in helms.explanation
    proximity = _find("03-intensity-and-reps", "How much does ending sets")
    assert "0.19 (95 % CI 0.00 to 0.37)" in proximity.explanation  # Refalo et al. 2023
    dose = _find("04-sets-and-volume", "How does chapter 04 read that weekly total")
    assert dose.correct_choice == "Moderate dose"  # 3 × 2 × 3 = 18
    novice = _find("04-sets-and-volume", "ACSM")
    assert novice.correct_choice == "8–12 RM, 2–3 days a week"
    hubal = _find("04-sets-and-volume", "Hubal")
    assert hubal.correct_choice.startswith("From 0 % to +250 %")
    assert _find("05-rest-and-recovery", "default fitness–fatigue parameters").answer == 3.0
    singer = _find("05-rest-and-recovery", "Singer")
    assert "every interval crosses zero" in singer.explanation
    taper = _find("05-rest-and-recovery", "Why can the simple fitness–fatigue model not pick")
    assert "slider is × 1; with the season fit × 0.1" in taper.explanation
    assert "41–60 % volume cut" in taper.prompt  # Bosquet et al. 2007
    assert _find("06-programming", "prescribes to a beginner").answer == 85.0
    # RPE chart: 8 reps @ 8.5 = 75.1 % → e1RM 106.5; 8 @ 7 = 70.7 % → 75.3 → 75 kg
    assert _find("06-programming", "felt like RPE 8.5").answer == 75.0
    assert "gives the lats 0 sets" in _find("06-programming", "add a row").explanation
    assert _find("07-beyond-the-barbell", "resting metabolic rate").answer == 96.0


def test_protein_explanation_does_not_overstate_the_upper_end():
    protein = _find("07-beyond-the-barbell", "You weigh 80 kg")
    assert "covers most people" not in protein.explanation
    assert "not the spread between people" in protein.explanation
