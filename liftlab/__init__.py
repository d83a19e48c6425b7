"""liftlab: the training-science helpers behind the course *Hypertrophy vs Strength*.

The core (this package's top level) is pure Python + numpy: formulas and tables, each
with its published source in the docstring. Plots live in :mod:`liftlab.plots`
(matplotlib) and calculators in :mod:`liftlab.apps` (ipywidgets); ``import liftlab``
imports neither.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]

# core science
from liftlab.effort import (
    RPE_CHART,
    e1rm_from_rpe,
    load_for_rpe,
    percent_to_rpe,
    rir_to_rpe,
    rpe_to_percent,
    rpe_to_rir,
)

# models: volume, recovery, energy, quiz
from liftlab.energy import (
    ADIPOSE_KCAL_PER_KG_DAY,
    FOODS,
    MUSCLE_KCAL_PER_KG_DAY,
    Food,
    extra_kcal_per_day,
    food_equivalents,
    kcal_from_muscle_and_fat,
    protein_target,
)
from liftlab.goals import (
    EXPERIENCE_LEVELS,
    GOALS,
    Prescription,
    days_between_sessions,
    goals_for,
    load_range,
    percent_range,
    rep_range,
    rest_range,
    sets_range,
)
from liftlab.one_rep_max import (
    FORMULAS,
    NSCA_PERCENT_BY_REPS,
    FormulaInfo,
    estimate_1rm,
    estimate_1rm_all,
    formula_info,
    load_for_reps,
    nsca_percent,
    nsca_reps,
    percent_at_reps,
    reps_at_percent,
    valid_reps,
)
from liftlab.plates import (
    BAR_LB,
    BAR_MEN_KG,
    BAR_WOMEN_KG,
    PLATES_KG,
    PLATES_LB,
    loadable_loads,
    nearest_loadable,
    plates_per_side,
    round_to_plates,
)

# plan builder
from liftlab.program import (
    CSV_HEADER,
    MAIN_LIFTS,
    PLAN_GOALS,
    SCHEMES,
    Plan,
    Session,
    Week,
    build_plan,
    check_plan,
)
from liftlab.quiz import (
    QUESTIONS,
    TOPICS,
    Feedback,
    NumericQuestion,
    Question,
    check_answer,
    questions_for,
)
from liftlab.recovery import (
    REST_MINUTES,
    FitnessFatigue,
    RestPeriod,
    days_until_hard_again,
    fitness_fatigue,
    fitness_fatigue_loop,
    rest_period,
    session_duration,
    training_load_schedule,
)
from liftlab.units import (
    KG_PER_LB,
    LB_PER_KG,
    check_unit,
    convert,
    kg_to_lb,
    lb_to_kg,
    round_to_increment,
)
from liftlab.volume import (
    EXERCISE_MUSCLES,
    SCHOENFELD_2017_CATEGORIES,
    DoseCategory,
    DoseNote,
    Exercise,
    dose_category,
    dose_note,
    hypertrophy_gain,
    relative_gain,
    sets_per_exercise,
    strength_effect_size,
    volume_load,
    weekly_hard_sets,
    weekly_sets_per_muscle,
)

__all__ += [
    # core science
    "BAR_LB",
    "BAR_MEN_KG",
    "BAR_WOMEN_KG",
    "EXPERIENCE_LEVELS",
    "FORMULAS",
    "GOALS",
    "KG_PER_LB",
    "LB_PER_KG",
    "NSCA_PERCENT_BY_REPS",
    "PLATES_KG",
    "PLATES_LB",
    "RPE_CHART",
    "FormulaInfo",
    "Prescription",
    "check_unit",
    "convert",
    "days_between_sessions",
    "e1rm_from_rpe",
    "estimate_1rm",
    "estimate_1rm_all",
    "formula_info",
    "goals_for",
    "kg_to_lb",
    "lb_to_kg",
    "load_for_reps",
    "load_for_rpe",
    "load_range",
    "loadable_loads",
    "nearest_loadable",
    "nsca_percent",
    "nsca_reps",
    "percent_at_reps",
    "percent_range",
    "percent_to_rpe",
    "plates_per_side",
    "rep_range",
    "reps_at_percent",
    "rest_range",
    "rir_to_rpe",
    "round_to_increment",
    "round_to_plates",
    "rpe_to_percent",
    "rpe_to_rir",
    "sets_range",
    "valid_reps",
]

# models: volume, recovery, energy, quiz (names)
__all__ += [
    # models: volume, recovery, energy, quiz
    "ADIPOSE_KCAL_PER_KG_DAY",
    "EXERCISE_MUSCLES",
    "FOODS",
    "MUSCLE_KCAL_PER_KG_DAY",
    "QUESTIONS",
    "REST_MINUTES",
    "SCHOENFELD_2017_CATEGORIES",
    "TOPICS",
    "DoseCategory",
    "DoseNote",
    "Exercise",
    "Feedback",
    "FitnessFatigue",
    "Food",
    "NumericQuestion",
    "Question",
    "RestPeriod",
    "check_answer",
    "days_until_hard_again",
    "dose_category",
    "dose_note",
    "extra_kcal_per_day",
    "fitness_fatigue",
    "fitness_fatigue_loop",
    "food_equivalents",
    "hypertrophy_gain",
    "kcal_from_muscle_and_fat",
    "protein_target",
    "questions_for",
    "relative_gain",
    "rest_period",
    "session_duration",
    "sets_per_exercise",
    "strength_effect_size",
    "training_load_schedule",
    "volume_load",
    "weekly_hard_sets",
    "weekly_sets_per_muscle",
]

# plan builder (names)
__all__ += [
    "CSV_HEADER",
    "MAIN_LIFTS",
    "PLAN_GOALS",
    "SCHEMES",
    "Plan",
    "Session",
    "Week",
    "build_plan",
    "check_plan",
]
