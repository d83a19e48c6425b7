"""liftlab: the training-science helpers behind the course *Hypertrophy vs Strength*.

The core (this package's top level) is pure Python + numpy: formulas and tables, each
with its published source in the docstring. Plots live in :mod:`liftlab.plots`
(matplotlib) and calculators in :mod:`liftlab.apps` (ipywidgets); ``import liftlab``
imports neither.

The core science (1RM, effort, goals, plates, units) is imported with the package.
The larger models (volume, recovery, energy, quiz, the plan builder and the
training-log reader) are imported the first time one of their names is used, e.g.
``liftlab.build_plan``: a standard module ``__getattr__`` (PEP 562), so
``import liftlab`` stays cheap for a notebook that only needs a formula.
"""

from importlib import import_module

from liftlab.effort import (
    RPE_CHART,
    e1rm_from_rpe,
    load_for_rpe,
    percent_to_rpe,
    rir_to_rpe,
    rpe_to_percent,
    rpe_to_rir,
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
from liftlab.units import (
    KG_PER_LB,
    LB_PER_KG,
    check_unit,
    convert,
    kg_to_lb,
    lb_to_kg,
    round_to_increment,
)

__version__ = "0.2.0"

#: Public names of the modules imported on first use, by module.
_LAZY: dict[str, tuple[str, ...]] = {
    "liftlab.energy": (
        "ADIPOSE_KCAL_PER_KG_DAY",
        "FOODS",
        "MUSCLE_KCAL_PER_KG_DAY",
        "Food",
        "extra_kcal_per_day",
        "food_equivalents",
        "kcal_from_muscle_and_fat",
        "protein_target",
    ),
    "liftlab.program": (
        "CSV_HEADER",
        "MAIN_LIFTS",
        "PLAN_GOALS",
        "SCHEMES",
        "Plan",
        "Session",
        "Week",
        "adjust_load",
        "build_plan",
        "check_plan",
        "exercise_credits",
        "experience_profile",
    ),
    "liftlab.quiz": (
        "QUESTIONS",
        "TOPICS",
        "Feedback",
        "NumericQuestion",
        "Question",
        "check_answer",
        "questions_for",
    ),
    "liftlab.recovery": (
        "REST_MINUTES",
        "FitnessFatigue",
        "RestPeriod",
        "days_until_hard_again",
        "fitness_fatigue",
        "fitness_fatigue_loop",
        "rest_period",
        "session_duration",
        "training_load_schedule",
    ),
    "liftlab.training_log": (
        "APP_EXERCISE_NAMES",
        "LOG_FORMATS",
        "FitnessFatigueFit",
        "TrainingLog",
        "fit_fitness_fatigue",
        "read_log",
    ),
    "liftlab.volume": (
        "EXERCISE_MUSCLES",
        "SCHOENFELD_2017_CATEGORIES",
        "DoseCategory",
        "DoseNote",
        "Exercise",
        "dose_category",
        "dose_note",
        "hypertrophy_gain",
        "relative_gain",
        "sets_per_exercise",
        "strength_effect_size",
        "volume_load",
        "weekly_hard_sets",
        "weekly_sets_per_muscle",
    ),
}
_LAZY_NAMES = {name: module for module, names in _LAZY.items() for name in names}

__all__ = [
    "ADIPOSE_KCAL_PER_KG_DAY",
    "APP_EXERCISE_NAMES",
    "BAR_LB",
    "BAR_MEN_KG",
    "BAR_WOMEN_KG",
    "CSV_HEADER",
    "EXERCISE_MUSCLES",
    "EXPERIENCE_LEVELS",
    "FOODS",
    "FORMULAS",
    "GOALS",
    "KG_PER_LB",
    "LB_PER_KG",
    "LOG_FORMATS",
    "MAIN_LIFTS",
    "MUSCLE_KCAL_PER_KG_DAY",
    "NSCA_PERCENT_BY_REPS",
    "PLAN_GOALS",
    "PLATES_KG",
    "PLATES_LB",
    "QUESTIONS",
    "REST_MINUTES",
    "RPE_CHART",
    "SCHEMES",
    "SCHOENFELD_2017_CATEGORIES",
    "TOPICS",
    "DoseCategory",
    "DoseNote",
    "Exercise",
    "Feedback",
    "FitnessFatigue",
    "FitnessFatigueFit",
    "Food",
    "FormulaInfo",
    "NumericQuestion",
    "Plan",
    "Prescription",
    "Question",
    "RestPeriod",
    "Session",
    "TrainingLog",
    "Week",
    "__version__",
    "adjust_load",
    "build_plan",
    "check_answer",
    "check_plan",
    "check_unit",
    "convert",
    "days_between_sessions",
    "days_until_hard_again",
    "dose_category",
    "dose_note",
    "e1rm_from_rpe",
    "estimate_1rm",
    "estimate_1rm_all",
    "exercise_credits",
    "experience_profile",
    "extra_kcal_per_day",
    "fit_fitness_fatigue",
    "fitness_fatigue",
    "fitness_fatigue_loop",
    "food_equivalents",
    "formula_info",
    "goals_for",
    "hypertrophy_gain",
    "kcal_from_muscle_and_fat",
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
    "protein_target",
    "questions_for",
    "read_log",
    "relative_gain",
    "rep_range",
    "reps_at_percent",
    "rest_period",
    "rest_range",
    "rir_to_rpe",
    "round_to_increment",
    "round_to_plates",
    "rpe_to_percent",
    "rpe_to_rir",
    "session_duration",
    "sets_per_exercise",
    "sets_range",
    "strength_effect_size",
    "training_load_schedule",
    "valid_reps",
    "volume_load",
    "weekly_hard_sets",
    "weekly_sets_per_muscle",
]


def __getattr__(name: str):
    """Import a model module the first time one of its public names is used."""
    module = _LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'liftlab' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
