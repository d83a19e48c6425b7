"""The exercises of a plan: main lifts, accessories, their muscles, and the weekly templates.

Every exercise has a clean name (``"dumbbell row"``, never ``"dumbbell row (upper
back)"``); the muscle it is in the plan for is its own field
(:attr:`Accessory.muscle`, the ``muscle`` column of the exports). Its muscles and
their credit per set come from :data:`liftlab.volume.EXERCISE_MUSCLES` (1.0 for a
primary mover, 0.5 for a synergist, the fractional counting of Pelland et al. 2025
[@pelland2025] that chapter 04 teaches), through :func:`exercise_credits`, which the
training-log reader reuses.

Pulling
-------
Every plan pulls every week, horizontally (a row) and vertically (a pulldown): the
four main lifts squat, press and hinge but never pull, so without rows and
pulldowns the lats, the upper back, the rear delts and the biceps get no direct
work (ACSM 2009 [@acsm2009] asks for programs that train all major muscle groups
and balance opposing ones).

Templates
---------
:data:`TEMPLATES` gives, for 2–6 sessions a week, each session's main lifts and the
accessories it may hold: the few pulling movements of a strength plan, and the
larger menu of a hypertrophy plan, from which the builder picks (and sizes) what
brings every major muscle into its weekly band
(:func:`liftlab.program.prescriptions.weekly_set_band`). Sessions fall on the days of
:func:`liftlab.recovery.session_days` (3 a week: Monday, Wednesday, Friday). The
squat and the bench press come twice a week from 3 sessions on, the deadlift once
from 3 sessions on (twice-weekly heavy hinging adds a lot of fatigue for the glutes
and lower back that the squat already trains).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from liftlab.volume import exercise_muscles

__all__ = [
    "ACCESSORIES",
    "MAIN_LIFTS",
    "MAJOR_MUSCLES",
    "MUSCLE_GROUPS",
    "PULLS",
    "TEMPLATES",
    "Accessory",
    "SessionTemplate",
    "exercise_credits",
    "exercise_kind",
    "exercise_muscle",
    "pull_direction",
]

#: The lifts every plan is built on; ``one_rms`` must give a 1RM for each.
MAIN_LIFTS: tuple[str, ...] = ("squat", "bench press", "deadlift", "overhead press")

#: Muscles a hypertrophy plan must give weekly hard sets in the band, grouped as the
#: issue and chapter 04 name them (back, shoulders and arms split into their parts, so
#: that no part is left behind, e.g. the rear delts).
MUSCLE_GROUPS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "chest": ("chest",),
        "back": ("lats", "upper back"),
        "quadriceps": ("quadriceps",),
        "hamstrings": ("hamstrings",),
        "glutes": ("glutes",),
        "shoulders": ("front delts", "side delts", "rear delts"),
        "arms": ("biceps", "triceps"),
    }
)
#: The muscles of :data:`MUSCLE_GROUPS`, one by one.
MAJOR_MUSCLES: tuple[str, ...] = tuple(m for group in MUSCLE_GROUPS.values() for m in group)


@dataclass(frozen=True)
class Accessory:
    """An accessory exercise of the plans.

    Attributes
    ----------
    base : str
        The exercise of :data:`liftlab.volume.EXERCISE_MUSCLES` (or an alias) its
        muscles are read from.
    kind : {"compound", "isolation"}
    reps : (int, int)
        Rep range in hypertrophy and "both" plans (isolation up to 15 reps: "the number
        of repetitions can also be increased, especially on isolation exercises",
        the article [@saksnd]).
    muscle : str
        The muscle the exercise is in the plan for (shown in its own column).
    pull : {"", "horizontal", "vertical"}
        Direction of a pulling exercise.
    """

    base: str
    kind: str
    reps: tuple[int, int]
    muscle: str
    pull: str = ""


#: Rep range of the pulling accessories in a strength plan (heavier, fewer reps).
STRENGTH_ACCESSORY_REPS: tuple[int, int] = (6, 10)

#: The accessories, by their (clean) name.
ACCESSORIES: Mapping[str, Accessory] = MappingProxyType(
    {
        "barbell row": Accessory("row", "compound", (6, 10), "upper back", "horizontal"),
        "dumbbell row": Accessory("row", "compound", (8, 12), "upper back", "horizontal"),
        "lat pulldown": Accessory("lat pulldown", "compound", (8, 12), "lats", "vertical"),
        "dumbbell shoulder press": Accessory("overhead press", "compound", (8, 12), "front delts"),
        "hip thrust": Accessory("hip thrust", "compound", (8, 12), "glutes"),
        "leg extension": Accessory("leg extension", "isolation", (10, 15), "quadriceps"),
        "leg curl": Accessory("leg curl", "isolation", (10, 15), "hamstrings"),
        "calf raise": Accessory("calf raise", "isolation", (12, 15), "calves"),
        "chest fly": Accessory("chest fly", "isolation", (10, 15), "chest"),
        "lateral raise": Accessory("lateral raise", "isolation", (12, 15), "side delts"),
        "face pull": Accessory("face pull", "isolation", (12, 15), "rear delts"),
        "triceps pushdown": Accessory("triceps pushdown", "isolation", (10, 15), "triceps"),
        "biceps curl": Accessory("biceps curl", "isolation", (10, 15), "biceps"),
    }
)
#: Pulling directions every plan trains each week.
PULLS: tuple[str, ...] = ("horizontal", "vertical")

# Exercises missing from liftlab.volume.EXERCISE_MUSCLES (same credits convention).
_OWN_MUSCLES: Mapping[str, Mapping[str, float]] = MappingProxyType(
    {"chest fly": MappingProxyType({"chest": 1.0, "front delts": 0.5})}
)


@dataclass(frozen=True)
class SessionTemplate:
    """One session of a weekly template.

    ``lifts``: the main lifts, in order; ``strength``: the accessories of a strength
    plan; ``hypertrophy``: the accessories a hypertrophy or "both" plan may use;
    ``strength_lifts``: the main lifts of a strength plan where they differ (a strength
    plan practises the deadlift twice a week from 4 sessions on, once heavy and once
    light, instead of back-off sets).
    """

    focus: str
    lifts: tuple[str, ...]
    strength: tuple[str, ...]
    hypertrophy: tuple[str, ...]
    strength_lifts: tuple[str, ...] | None = None

    def main_lifts(self, goal: str) -> tuple[str, ...]:
        """The session's main lifts in a plan for ``goal``."""
        if goal == "strength" and self.strength_lifts is not None:
            return self.strength_lifts
        return self.lifts


_SQ, _BP, _DL, _OHP = MAIN_LIFTS
_T = SessionTemplate

#: Weekly templates by sessions per week (see the module docstring).
TEMPLATES: Mapping[int, tuple[SessionTemplate, ...]] = MappingProxyType(
    {
        2: (
            _T(
                "full body A",
                (_SQ, _BP),
                ("barbell row",),
                (
                    "dumbbell row",
                    "hip thrust",
                    "chest fly",
                    "face pull",
                    "leg curl",
                    "leg extension",
                    "lateral raise",
                    "biceps curl",
                    "triceps pushdown",
                ),
            ),
            _T(
                "full body B",
                (_DL, _OHP),
                ("lat pulldown",),
                (
                    "lat pulldown",
                    "dumbbell shoulder press",
                    "chest fly",
                    "leg extension",
                    "leg curl",
                    "lateral raise",
                    "face pull",
                    "biceps curl",
                    "triceps pushdown",
                ),
            ),
        ),
        3: (
            _T(
                "full body A",
                (_SQ, _BP),
                ("barbell row",),
                (
                    "dumbbell row",
                    "dumbbell shoulder press",
                    "leg extension",
                    "lateral raise",
                    "triceps pushdown",
                ),
            ),
            _T(
                "full body B",
                (_DL, _OHP),
                ("lat pulldown",),
                ("lat pulldown", "leg curl", "face pull", "biceps curl", "lateral raise"),
            ),
            _T(
                "full body C",
                (_SQ, _BP),
                (),
                ("chest fly", "leg curl", "face pull", "biceps curl", "calf raise"),
            ),
        ),
        4: (
            _T(
                "upper A",
                (_BP, _OHP),
                ("barbell row",),
                ("dumbbell row", "lateral raise", "face pull", "triceps pushdown", "biceps curl"),
            ),
            _T(
                "lower A",
                (_SQ,),
                (),
                ("leg curl", "leg extension", "calf raise", "lateral raise", "biceps curl"),
                (_SQ, _DL),
            ),
            _T(
                "upper B",
                (_OHP, _BP),
                ("lat pulldown",),
                ("lat pulldown", "chest fly", "face pull", "biceps curl", "lateral raise"),
            ),
            _T(
                "lower B",
                (_SQ, _DL),
                (),
                ("leg curl", "leg extension", "calf raise", "face pull", "triceps pushdown"),
            ),
        ),
        5: (
            _T("lower A", (_SQ,), (), ("leg curl", "leg extension", "calf raise"), (_SQ, _DL)),
            _T(
                "upper A",
                (_BP,),
                ("barbell row",),
                (
                    "dumbbell row",
                    "dumbbell shoulder press",
                    "lateral raise",
                    "triceps pushdown",
                    "face pull",
                ),
            ),
            _T(
                "lower B",
                (_DL,),
                (),
                ("leg extension", "calf raise", "biceps curl", "lateral raise", "face pull"),
            ),
            _T(
                "upper B",
                (_OHP, _BP),
                ("lat pulldown",),
                ("lat pulldown", "chest fly", "biceps curl", "lateral raise", "face pull"),
            ),
            _T("lower C", (_SQ,), (), ("leg curl", "leg extension", "calf raise")),
        ),
        6: (
            _T("lower A", (_SQ,), (), ("leg extension", "calf raise", "lateral raise")),
            _T(
                "upper A",
                (_BP,),
                ("barbell row",),
                ("dumbbell row", "triceps pushdown", "lateral raise"),
            ),
            _T("lower B", (_DL,), (), ("leg curl", "biceps curl", "face pull")),
            _T(
                "upper B",
                (_OHP,),
                ("lat pulldown",),
                ("lat pulldown", "biceps curl", "face pull", "lateral raise"),
            ),
            _T("lower C", (_SQ,), (), ("leg curl", "leg extension", "calf raise"), (_SQ, _DL)),
            _T(
                "upper C",
                (_BP, _OHP),
                (),
                ("dumbbell row", "chest fly", "face pull", "biceps curl", "triceps pushdown"),
            ),
        ),
    }
)


@lru_cache(maxsize=1024)
def credits_of(name: str) -> tuple[tuple[str, float], ...]:
    """``exercise_credits(name)`` as sorted pairs (cached, for the builder and checker)."""
    base = ACCESSORIES[name].base if name in ACCESSORIES else name
    if base in _OWN_MUSCLES:
        return tuple(sorted(_OWN_MUSCLES[base].items()))
    try:
        return tuple(sorted(exercise_muscles(base).items()))
    except (ValueError, TypeError):
        return ()


@lru_cache(maxsize=1024)
def muscle_names(name: str) -> frozenset[str]:
    """The muscles an exercise credits (primary movers and synergists)."""
    return frozenset(m for m, _ in credits_of(name))


def exercise_credits(name: str) -> dict[str, float]:
    """Muscles an exercise of a plan trains, ``{muscle: credit per set}``.

    Accessories are looked up by their base exercise (``"dumbbell row"`` →
    ``"row"``), every other name directly, in :data:`liftlab.volume.EXERCISE_MUSCLES`
    (1.0 primary mover, 0.5 synergist; Pelland et al. 2025 [@pelland2025]); a lift not
    listed there (a user's own lift) gives ``{}``.

    Examples
    --------
    >>> exercise_credits("dumbbell row")
    {'biceps': 0.5, 'lats': 1.0, 'rear delts': 0.5, 'upper back': 1.0}
    """
    if not isinstance(name, str):
        raise TypeError(f"name={name!r} is not an exercise name: name must be a string.")
    return dict(credits_of(name))


def exercise_kind(name: str) -> str:
    """``"compound"`` or ``"isolation"`` (lifts with a 1RM are compound)."""
    return ACCESSORIES[name].kind if name in ACCESSORIES else "compound"


@lru_cache(maxsize=1024)
def exercise_muscle(name: str) -> str:
    """The muscle an exercise is in the plan for: an accessory's target, else the
    primary movers of the lift (``"quadriceps, glutes"`` for the squat); ``""`` for a
    lift with no known muscles."""
    if name in ACCESSORIES:
        return ACCESSORIES[name].muscle
    return ", ".join(m for m, credit in credits_of(name) if credit >= 1.0)


def pull_direction(name: str) -> str:
    """``"horizontal"``, ``"vertical"`` or ``""`` (not a pull)."""
    return ACCESSORIES[name].pull if name in ACCESSORIES else ""
