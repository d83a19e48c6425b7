"""Self-check questions of chapter 09, with answers computed from a log.

The numeric answers are read from the log the questions are asked about (the
course's sample log in chapter 09), so the quiz cannot drift from what the chapter
shows. The questions are :mod:`liftlab.quiz`'s classes, marked by
:func:`liftlab.check_answer`.
"""

from __future__ import annotations

from typing import Any

from liftlab.quiz import NumericQuestion, Question

__all__ = ["self_check"]


def self_check(log: Any) -> tuple[Question | NumericQuestion, ...]:
    """Four questions about ``log`` (a :class:`~liftlab.training_log.log.TrainingLog`)."""
    from liftlab.volume import HIGH_WEEKLY_SETS, MODERATE_WEEKLY_SETS

    shares = log.zone_share()
    hypertrophy = round(shares["hypertrophy"] * 100)
    questions: list[Question | NumericQuestion] = [
        NumericQuestion(
            "In this log, what percentage of the hard sets fall in the hypertrophy zone "
            "(6–12 reps at 65–80 % of e1RM)?",
            float(hypertrophy),
            1.0,
            "%",
            f"{shares['hypertrophy'] * 100:.1f} % of its {log.hard_sets} hard sets: "
            "log.zone_share() counts each hard set by its reps and its load as a percentage "
            "of the exercise's best e1RM of the last four weeks, each set's e1RM read from "
            "the RPE chart where an RPE was logged.",
        ),
        Question(
            "A Strong export without a Weight Unit column: what unit are its weights in?",
            (
                "Kilograms, always",
                "Pounds, always",
                "The unit the app was set to, which the file does not say",
            ),
            2,
            "The file does not say, so liftlab never guesses: read_log asks for unit='kg' or "
            "unit='lb', and the calculator has a 'Strong unit' switch.",
        ),
        Question(
            "A set logged at RPE 5 is left out of the weekly hard sets. Why?",
            (
                "RPE 5 means more than 4 reps in reserve: too far from failure to be a hard set",
                "Sets at RPE 5 are warm-ups by definition",
                "liftlab ignores every set that has an RPE",
            ),
            0,
            "RPE 5 is 5 reps in reserve. The course counts a hard set as one taken to at most "
            "4 reps in reserve (RPE 6 or more); a set with no RPE logged is counted.",
        ),
    ]
    mean = log.mean_weekly_sets()
    if mean:
        muscle, sets = next(iter(mean.items()))
        if sets < MODERATE_WEEKLY_SETS:
            verdict = "below"
        elif sets <= HIGH_WEEKLY_SETS:
            verdict = "inside"
        else:
            verdict = "above"
        questions.append(
            NumericQuestion(
                f"How many hard sets a week does this log give its most trained "
                f"muscle, the {muscle}, on average over its training weeks?",
                round(sets, 1),
                0.5,
                "sets",
                f"{sets:.1f} sets a week, {verdict} chapter 04's band of "
                f"{MODERATE_WEEKLY_SETS:g}–{HIGH_WEEKLY_SETS:g} sets; a compound lift counts "
                "fully for its prime movers and half for its synergists.",
            )
        )
    return tuple(questions)
