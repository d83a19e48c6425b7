"""Exercise names: what Strong and Hevy call the common lifts, and the course's name for each.

The two apps name an exercise by movement and equipment, ``"Squat (Barbell)"``,
``"Lat Pulldown (Cable)"``; the course names it by movement, ``"squat"``,
``"lat pulldown"``: the plan builder's own (clean) name where it has the exercise
(:data:`liftlab.MAIN_LIFTS` and :data:`liftlab.program.ACCESSORIES`: ``"barbell
row"``, ``"dumbbell row"``, ``"biceps curl"``, ``"triceps pushdown"``, ``"face
pull"``, ...), else the name of :data:`liftlab.volume.EXERCISE_MUSCLES` (``"row"``
for a cable row, ``"triceps extension"``). Either way :func:`liftlab.exercise_credits`
knows its muscles (the fractional counting of chapter 04, shared with the plan
builder), and a log written from a plan reads back under the plan's names.
:data:`APP_EXERCISE_NAMES` maps the apps' names to the course's, and
:func:`course_name` applies it to any name a log contains.

How the table was made
----------------------
The names are those of the two apps' built-in exercise lists for the common
barbell lifts and the accessories of the plan builder, as they appear in exports
and in the import code of open-source log analysers (Strong's
``"Triceps Pushdown (Cable - Straight Bar)"``, Hevy's ``"Triceps Rope Pushdown"``,
...). Both apps let users create exercises with any name; such names are matched
only if they already are a course name or one of its aliases (``"OHP"``), and are
listed in :attr:`liftlab.TrainingLog.unknown_exercises` otherwise: never dropped,
never guessed.

Decisions
---------
- **The four main lifts map only from their barbell version.** ``"Bench Press
  (Dumbbell)"`` or ``"Squat (Smith Machine)"`` move different loads from the
  barbell lift, so mixing them would bend the lift's e1RM trend and its %1RM; they
  stay under their own names (and are reported as not recognised). The same holds
  for sumo and trap-bar deadlifts, whose muscles differ. A dumbbell overhead press
  is the plan builder's ``"dumbbell shoulder press"`` accessory, never the
  ``"overhead press"``.
- **The plan builder's names come first.** A name the plan builder uses maps to
  itself (``"dumbbell row"`` stays ``"dumbbell row"``, although
  :data:`liftlab.volume.EXERCISE_ALIASES` knows it as a ``"row"``), and the apps'
  names of the same exercise map to it (``"Bent Over Row (Dumbbell)"`` →
  ``"dumbbell row"``), so a log of a plan shows the plan's exercises.
- **Accessories map from every common equipment.** A dumbbell and a cable curl both
  count as curls for the weekly sets per muscle; their loads differ, so every
  load-based number (e1RM, %e1RM) is computed per name *as logged*, never across
  the names that share a course name.
- **Assisted variants are left out** (``"Pull Up (Assisted)"``): the load logged is
  the machine's help, not the load lifted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

__all__ = ["APP_EXERCISE_NAMES", "course_name", "name_key"]

#: App exercise name → course exercise name. Keys are written as the apps write them
#: (matching ignores case and repeated spaces, see :func:`name_key`). Where the two
#: apps spell an exercise differently, a comment says which app writes which name
#: (as seen in their exports); names without a comment are written by both, or by one
#: of them, alike.
APP_EXERCISE_NAMES: Mapping[str, str] = MappingProxyType(
    {
        # Main lifts: the barbell versions only (both apps).
        "Squat (Barbell)": "squat",
        "Bench Press (Barbell)": "bench press",
        "Deadlift (Barbell)": "deadlift",
        "Overhead Press (Barbell)": "overhead press",
        "Standing Military Press (Barbell)": "overhead press",  # Hevy
        # Other barbell lifts.
        "Front Squat (Barbell)": "front squat",
        "Front Squat": "front squat",  # Hevy
        "Incline Bench Press (Barbell)": "incline bench press",
        "Romanian Deadlift (Barbell)": "romanian deadlift",
        "Romanian Deadlift (Dumbbell)": "romanian deadlift",
        "Hip Thrust (Barbell)": "hip thrust",
        # Rows and pulls.
        "Bent Over Row (Barbell)": "barbell row",
        "Bent Over Row (Dumbbell)": "dumbbell row",
        "Dumbbell Row": "dumbbell row",  # Hevy
        "Pendlay Row (Barbell)": "barbell row",
        "Seated Row (Cable)": "row",  # Strong
        "Seated Cable Row - V Grip (Cable)": "row",
        "Seated Cable Row": "row",
        "T Bar Row": "row",
        "Lat Pulldown (Cable)": "lat pulldown",
        "Lat Pulldown (Machine)": "lat pulldown",
        "Pull Up": "pull-up",
        "Pull Up (Weighted)": "pull-up",
        "Chin Up": "chin-up",
        "Chin Up (Weighted)": "chin-up",
        "Face Pull (Cable)": "face pull",  # Strong
        "Face Pull": "face pull",  # Hevy
        # Pushing accessories.
        "Chest Dip": "dip",
        "Chest Dip (Weighted)": "dip",
        "Triceps Dip": "dip",
        "Triceps Dip (Weighted)": "dip",
        "Push Up": "push-up",
        "Chest Fly (Dumbbell)": "chest fly",
        "Chest Fly (Machine)": "chest fly",
        "Butterfly (Pec Deck)": "chest fly",  # Hevy
        "Cable Fly Crossovers": "chest fly",  # Hevy
        "Lateral Raise (Dumbbell)": "lateral raise",
        "Lateral Raise (Cable)": "lateral raise",
        "Lateral Raise (Machine)": "lateral raise",
        "Overhead Press (Dumbbell)": "dumbbell shoulder press",
        "Seated Overhead Press (Dumbbell)": "dumbbell shoulder press",
        "Shoulder Press (Dumbbell)": "dumbbell shoulder press",  # Hevy
        # Arms.
        "Bicep Curl (Barbell)": "biceps curl",
        "Bicep Curl (Dumbbell)": "biceps curl",
        "Bicep Curl (Cable)": "biceps curl",
        "Bicep Curl (Machine)": "biceps curl",
        "EZ Bar Biceps Curl": "biceps curl",  # Hevy
        "Hammer Curl (Dumbbell)": "biceps curl",
        "Preacher Curl (Barbell)": "biceps curl",
        "Preacher Curl (Dumbbell)": "biceps curl",
        "Preacher Curl (Machine)": "biceps curl",
        "Triceps Pushdown (Cable - Straight Bar)": "triceps pushdown",  # Strong
        "Triceps Pushdown": "triceps pushdown",  # Hevy
        "Triceps Rope Pushdown": "triceps pushdown",  # Hevy
        "Triceps Extension (Cable)": "triceps extension",
        "Triceps Extension (Dumbbell)": "triceps extension",
        "Triceps Extension (Barbell)": "triceps extension",
        "Skullcrusher (Barbell)": "triceps extension",
        "Skullcrusher (Dumbbell)": "triceps extension",
        # Legs.
        "Leg Press": "leg press",  # Strong
        "Leg Press (Machine)": "leg press",  # Hevy
        "Leg Extension (Machine)": "leg extension",
        "Lying Leg Curl (Machine)": "leg curl",
        "Seated Leg Curl (Machine)": "leg curl",
        "Lunge (Barbell)": "lunge",
        "Lunge (Dumbbell)": "lunge",
        "Bulgarian Split Squat": "lunge",
        "Split Squat (Dumbbell)": "lunge",
        "Standing Calf Raise (Machine)": "calf raise",
        "Standing Calf Raise (Barbell)": "calf raise",
        "Standing Calf Raise (Dumbbell)": "calf raise",
        "Seated Calf Raise (Machine)": "calf raise",  # Strong
        "Seated Calf Raise": "calf raise",  # Hevy
    }
)


def name_key(name: str) -> str:
    """A name as compared: lower case, runs of white space as one space, trimmed."""
    return re.sub(r"\s+", " ", name.strip().lower())


_APP_INDEX: dict[str, str] = {name_key(k): v for k, v in APP_EXERCISE_NAMES.items()}


@lru_cache(maxsize=1)
def _plan_names() -> dict[str, str]:
    """The plan builder's exercise names, by their loose key (``-``/``_`` as spaces)."""
    from liftlab.program import ACCESSORIES, MAIN_LIFTS

    return {re.sub(r"[\s_\-]+", " ", name): name for name in (*MAIN_LIFTS, *ACCESSORIES)}


def course_name(name: str, own: Mapping[str, str] | None = None) -> str | None:
    """The course's name for an exercise as logged, or ``None`` if it is not recognised.

    Looked up, in this order: ``own`` (a student's own names), :data:`APP_EXERCISE_NAMES`,
    the plan builder's names (:data:`liftlab.MAIN_LIFTS`,
    :data:`liftlab.program.ACCESSORIES`), which map to themselves, then the course's
    other names and aliases (:data:`liftlab.volume.EXERCISE_MUSCLES`,
    :data:`liftlab.volume.EXERCISE_ALIASES`, and any other name
    :func:`liftlab.exercise_credits` knows). Case and repeated spaces are ignored;
    ``-`` and ``_`` count as spaces for the course's own names.

    Examples
    --------
    >>> course_name("Squat (Barbell)")
    'squat'
    >>> course_name("OHP")
    'overhead press'
    >>> course_name("Dumbbell Row"), course_name("dumbbell row"), course_name("Seated Cable Row")
    ('dumbbell row', 'dumbbell row', 'row')
    >>> course_name("Bench Press (Dumbbell)") is None
    True
    """
    import liftlab
    from liftlab.volume import EXERCISE_ALIASES, EXERCISE_MUSCLES, MUSCLES

    key = name_key(name)
    if own:
        for logged, target in own.items():
            if name_key(logged) == key:
                return target
    if key in _APP_INDEX:
        return _APP_INDEX[key]
    loose = re.sub(r"[\s_\-]+", " ", key)
    plan_name = _plan_names().get(loose)
    if plan_name is not None:
        return plan_name
    # Logs from the older plan builder named the muscle: "leg extension (quadriceps)".
    tagged = re.fullmatch(r"(.+?) \((.+)\)", key)
    if tagged and tagged.group(2) in MUSCLES:
        return course_name(tagged.group(1))
    for canonical in EXERCISE_MUSCLES:
        if re.sub(r"[\s_\-]+", " ", canonical) == loose:
            return canonical
    for alias, canonical in EXERCISE_ALIASES.items():
        if re.sub(r"[\s_\-]+", " ", alias) == loose:
            return canonical
    if liftlab.exercise_credits(key):
        return key
    return None
