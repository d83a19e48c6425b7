"""Worked answers to the Try it tasks: one per task, in order, up to date, pinned numbers."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from instructor import course, worked_answers  # noqa: E402
from instructor.worked_answers import ANSWERS  # noqa: E402


@pytest.mark.parametrize("chapter", course.chapters())
def test_every_try_it_task_has_its_worked_answer(chapter):
    tasks = course.try_it_tasks(chapter)
    answers = ANSWERS.get(chapter, ())
    assert len(answers) == len(tasks), (
        f"{chapter} has {len(tasks)} Try it tasks but instructor/worked_answers.py answers "
        f"{len(answers)}: add or remove a worked answer"
    )
    for number, ((words, _), task) in enumerate(zip(answers, tasks, strict=True), start=1):
        assert words in task, f"{chapter} Try it {number} is no longer about {words!r}: {task!r}"


def test_worked_answers_file_is_up_to_date():
    assert worked_answers.ANSWERS_FILE.read_text(encoding="utf-8") == worked_answers.render(), (
        "instructor/worked-answers.md is stale: run `.venv/bin/python -m instructor`"
    )


def _answer(chapter, words):
    (fn,) = [fn for w, fn in ANSWERS[chapter] if w == words]
    return fn()


# Numbers pinned by hand from the published tables and the article, so a change in the
# package that moves a worked answer fails here.
@pytest.mark.parametrize(
    ("chapter", "words", "expected"),
    [
        ("01-two-goals", "Your protein target", "| 70 kg | 112–154 g |"),
        ("01-two-goals", "Where does your training sit?", "| 10 reps at 70 % | hypertrophy |"),
        ("02-one-rep-max", "Predict, then check", "closest after **5 reps**"),
        ("02-one-rep-max", "Predict, then check", "after 12 reps only **1** equation"),
        ("02-one-rep-max", "Your own lift", "| 8 | 81.1 % | 123.3 kg |"),
        ("02-one-rep-max", "Your own lift", "(Epley) gives 116.7 kg"),
        ("03-intensity-and-reps", "Your own bands", "| Hypertrophy | 91–112 kg | 90–112.5 kg |"),
        (
            "03-intensity-and-reps",
            "Where the table and the article part",
            "Hypertrophy, 65–80 %: outside the band: 6 reps (85 %), 7 reps (83 %).",
        ),
        ("03-intensity-and-reps", "Load it", "40 kg: 25, 15 kg"),
        ("03-intensity-and-reps", "Load it", "the nearest load is 127.5 kg"),
        (
            "04-sets-and-volume",
            "Once a week",
            "gives 12 weekly sets, and 3 sets twice a week gives 12",
        ),
        (
            "04-sets-and-volume",
            "Convert",
            "= 2.5 sets per exercise per session. Rounded up: 3 sets",
        ),
        ("05-rest-and-recovery", "Rest and time", "14 min saved"),
        ("05-rest-and-recovery", "Your own rest days", "hard again on **Thursday**"),
        # the linear model's taper optimum is an end of the slider: no taper with the
        # defaults (τ 42/7, one session's dip 2.8 days), the lightest with the season fit
        ("05-rest-and-recovery", "Taper", "the best is **no taper** (× 1)"),
        ("05-rest-and-recovery", "Taper", "the **lightest taper** (× 0.1)"),
        ("05-rest-and-recovery", "Taper", "| season fit | 1.65 | 38 | 19 | 19.0 | × 0.1 |"),
        ("06-programming", "Training status", "| heaviest main-lift set | 85 % 1RM | 95 % 1RM |"),
        ("06-programming", "Heavy days", "is **week 8**"),
        # RPE chart: 5 @ 9.5 = 85 % → e1RM 132.4; 5 @ 8 = 81.1 % → 107.3 → 107.5 on the bar
        ("06-programming", "Adjust a load", "`adjust_load(112.5, 5, 8, 9.5)` = **107.5 kg**"),
        ("06-programming", "Too light for the bar", "17.5 kg is lighter than the empty 20 kg"),
        ("07-beyond-the-barbell", "switch the unit to **lb**", "uses 59 kcal a day"),
        ("07-beyond-the-barbell", "switch the unit to **lb**", "claim 500 kcal a day"),
        ("07-beyond-the-barbell", "the fat lost to 4 kg", "net +8 kcal/day, **positive**"),
        ("07-beyond-the-barbell", "the trials' 96 kcal a day", "96 / 13 = **7.4 kg**"),
        # a row: 1 set for lats and upper back, ½ for biceps and rear delts (3 sets)
        (
            "09-your-own-training",
            "The names",
            "lats +3, upper back +3, biceps +1.5, rear delts +1.5",
        ),
        ("09-your-own-training", "Effort", "the two trends are identical"),
    ],
)
def test_worked_answers_pinned(chapter, words, expected):
    assert expected in _answer(chapter, words)


def test_self_check_answers_come_from_the_quiz_bank():
    text = _answer("02-one-rep-max", "Self-check")
    assert "*What is a one-repetition maximum (1RM)?* **(a) The heaviest load" in text
    assert "**116.7 kg** (within ±1)" in text  # Epley, 100 kg × 5
    assert "**123.3 kg** (within ±1)" in text  # RPE chart, 100 kg × 5 at RPE 8


def test_heavy_days_obey_the_two_day_rule():
    text = _answer("06-programming", "Heavy days")
    assert "The first week with a set at 90 % or more is **week" in text
    assert "check_plan` checks every rule over the whole plan and finds 0 broken" in text


def test_taper_answer_is_an_end_of_the_slider_for_both_parameter_sets():
    text = _answer("05-rest-and-recovery", "Taper")
    assert "The model is linear" in text
    assert "41–60 % volume cut" in text  # Bosquet et al. 2007


def test_chapter_09_answers_read_the_sample_log_live():
    # The sample log is regenerated with the plan builder: the answers quote whatever it
    # holds now, never a number typed in here.
    from liftlab import read_log

    log = read_log(course.LOG_QUIZZES["09-your-own-training"])
    text = _answer("09-your-own-training", "Read your own log")
    assert f"({log.hard_sets} hard sets on {log.training_days} days)" in text
    share = log.zone_share()["hypertrophy"]
    assert f"hypertrophy {share:.0%}" in text
