"""Values that are allowed but implausible: bounds from the record books and the research.

A calculator accepts 1000 kg on the bar or 500 sets a week (nothing in the maths forbids
them), but a student who typed them most likely slipped (an extra zero, the wrong unit).
The functions here return a warning in plain words that names the bound and where it
comes from, or ``""`` when the value is plausible; they never refuse a value.

Bounds
------
- **Load on a barbell: 501 kg**, the heaviest deadlift ever lifted (Hafþór Júlíus
  Björnsson, 2 May 2020, Reykjavík, refereed and broadcast live). The deadlift is the
  lift in which people move the most weight with the least equipment; a few squats in
  multi-ply supportive suits have gone heavier (592.3 kg, Brian Carroll, 2020, as
  reported by BarBend), which is why the warning names the deadlift and not "any lift".
- **Weekly hard sets for one muscle: 52**, the most used in a training study: the
  six-set progression group of Enes, De Souza & Souza-Junior (2024) trained the
  quadriceps with 22 sets a week, added 6 sets every two weeks, and ended the 12 weeks
  at 52 sets a week (the design is in the abstract; the 22-set start is from the
  paper's methods as described by secondary sources, not checked against the full
  text here).
- **Muscle gained: 33 kg**, the whole-body skeletal muscle of the average man measured
  by MRI in 468 adults (Janssen et al. 2000; women 21 kg). Gaining more than a whole
  average man's muscle is not a plausible training result. For scale: resistance
  training studies (111 studies, 1,927 men) measured an average gain of 1.53 kg
  (Benito et al. 2020).

References
----------
- Björnsson HJ. Deadlift of 501 kg, 2 May 2020, Thor's Power Gym, Reykjavík (World's
  Ultimate Strongman; reported by The Times, 3 May 2020, and ESPN).
- Enes A, De Souza EO, Souza-Junior TP (2024). Effects of different weekly set
  progressions on muscular adaptations in trained males: is there a dose–response
  effect? *Medicine & Science in Sports & Exercise* 56(3):553–563.
  doi:10.1249/MSS.0000000000003317
- Janssen I, Heymsfield SB, Wang ZM, Ross R (2000). Skeletal muscle mass and
  distribution in 468 men and women aged 18–88 yr. *Journal of Applied Physiology*
  89(1):81–88. doi:10.1152/jappl.2000.89.1.81
- Benito PJ, Cupeiro R, Ramos-Campo DJ, Alcaraz PE, Rubio-Arias JÁ (2020). A systematic
  review with meta-analysis of the effect of resistance training on whole-body muscle
  growth in healthy adult males. *International Journal of Environmental Research and
  Public Health* 17(4):1285. doi:10.3390/ijerph17041285
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liftlab.formatting import format_number
from liftlab.units import convert
from liftlab.validation import check_range, check_unit

__all__ = [
    "AVERAGE_MAN_MUSCLE_KG",
    "MOST_WEEKLY_SETS_STUDIED",
    "RECORD_DEADLIFT_KG",
    "TYPICAL_MUSCLE_GAIN_KG",
    "load_warning",
    "muscle_gain_warning",
    "session_sets_warning",
    "weekly_sets_warning",
]

#: Heaviest deadlift ever lifted, kg (Björnsson, 2 May 2020).
RECORD_DEADLIFT_KG: float = 501.0
#: Most weekly hard sets for one muscle in a training study (Enes et al. 2024: the
#: quadriceps, last two weeks of the six-set progression group).
MOST_WEEKLY_SETS_STUDIED: int = 52
#: Whole-body skeletal muscle of the average man, kg (MRI; Janssen et al. 2000).
AVERAGE_MAN_MUSCLE_KG: float = 33.0
#: Average muscle mass gained in resistance-training studies, kg (Benito et al. 2020).
TYPICAL_MUSCLE_GAIN_KG: float = 1.53


def _one(name: str, value: Any, unit: str = "") -> float:
    number = check_range(name, value, low=0.0, unit=unit)
    if not isinstance(number, float):
        raise TypeError(f"{name}={value!r} is not one number: give a single value.")
    return number


def _in(unit: str, kg: float) -> str:
    return f"{format_number(convert(kg, 'kg', unit), 0)} {unit}"


def load_warning(load: Any, unit: str) -> str:
    """A warning if ``load`` (on a barbell) is heavier than the deadlift world record.

    Parameters
    ----------
    load : float
        Load, >= 0, in ``unit``.
    unit : {"kg", "lb"}

    Returns
    -------
    str
        ``""`` up to :data:`RECORD_DEADLIFT_KG`, else a sentence naming the record.

    Examples
    --------
    >>> load_warning(180, "kg")
    ''
    >>> load_warning(1000, "kg")  # doctest: +ELLIPSIS
    '1000 kg is more than the heaviest deadlift ever lifted (501 kg, Björnsson 2020)...'
    """
    unit = check_unit(unit)
    value = _one("load", load, unit)
    if convert(value, unit, "kg") <= RECORD_DEADLIFT_KG:
        return ""
    return (
        f"{format_number(value)} {unit} is more than the heaviest deadlift ever lifted "
        f"({_in(unit, RECORD_DEADLIFT_KG)}, Björnsson 2020): check the number and the unit."
    )


def weekly_sets_warning(sets_by_muscle: Mapping[str, Any]) -> str:
    """A warning naming every muscle given more weekly hard sets than any study used.

    Parameters
    ----------
    sets_by_muscle : mapping of str to float
        Weekly hard sets per muscle, e.g. from :func:`liftlab.volume.weekly_hard_sets`.

    Returns
    -------
    str
        ``""`` when every muscle is at or below :data:`MOST_WEEKLY_SETS_STUDIED`.

    Examples
    --------
    >>> weekly_sets_warning({"chest": 12})
    ''
    >>> weekly_sets_warning({"quadriceps": 500, "chest": 12})  # doctest: +ELLIPSIS
    'quadriceps 500 hard sets a week: far more than any study has used (52 a week...'
    """
    if not isinstance(sets_by_muscle, Mapping):
        raise TypeError(
            f"sets_by_muscle={sets_by_muscle!r} is not a mapping: give {{muscle: sets}}."
        )
    over = []
    for muscle, sets in sets_by_muscle.items():
        value = _one(f"sets_by_muscle[{muscle!r}]", sets)
        if value > MOST_WEEKLY_SETS_STUDIED:
            over.append(f"{muscle} {format_number(value)}")
    if not over:
        return ""
    return (
        f"{', '.join(over)} hard sets a week: far more than any study has used "
        f"({MOST_WEEKLY_SETS_STUDIED} a week for the quadriceps, Enes et al. 2024). "
        "Check the sets."
    )


def session_sets_warning(sets: Any) -> str:
    """A warning if one session holds more hard sets than any study gave one muscle a week.

    Examples
    --------
    >>> session_sets_warning(20)
    ''
    >>> session_sets_warning(500)  # doctest: +ELLIPSIS
    '500 sets in one session is more than the most hard sets any study has given...'
    """
    value = _one("sets", sets)
    if value <= MOST_WEEKLY_SETS_STUDIED:
        return ""
    return (
        f"{format_number(value)} sets in one session is more than the most hard sets any "
        f"study has given one muscle in a whole week ({MOST_WEEKLY_SETS_STUDIED}, Enes et al. "
        "2024): check the number."
    )


def muscle_gain_warning(mass: Any, unit: str) -> str:
    """A warning if ``mass`` of new muscle exceeds an average man's whole skeletal muscle.

    Parameters
    ----------
    mass : float
        Muscle gained, >= 0, in ``unit``.
    unit : {"kg", "lb"}

    Examples
    --------
    >>> muscle_gain_warning(2, "kg")
    ''
    >>> muscle_gain_warning(75, "kg")  # doctest: +ELLIPSIS
    '75 kg of new muscle is more than all the skeletal muscle of an average man (33 kg...'
    """
    unit = check_unit(unit)
    value = _one("mass", mass, unit)
    if convert(value, unit, "kg") <= AVERAGE_MAN_MUSCLE_KG:
        return ""
    typical = format_number(convert(TYPICAL_MUSCLE_GAIN_KG, "kg", unit))
    return (
        f"{format_number(value)} {unit} of new muscle is more than all the skeletal muscle of "
        f"an average man ({_in(unit, AVERAGE_MAN_MUSCLE_KG)}, Janssen et al. 2000); training "
        f"studies measure gains of about {typical} {unit} (Benito et al. 2020)."
    )
