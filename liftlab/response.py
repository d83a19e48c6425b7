"""Training status and individual response: who the averages describe, and how far people differ.

Two sources frame every prescription of the course:

* **training status**: the American College of Sports Medicine's position stand on
  progression models (ACSM 2009) [@acsm2009] sorts lifters into novices, intermediates and
  advanced lifters and gives each a different loading and weekly frequency
  (:data:`ACSM_2009_STAGES`);
* **individual response**: on the same 12-week program, 585 men and women went from no
  change to very large gains in muscle size and strength (Hubal et al. 2005)
  [@hubal2005] (:data:`HUBAL_2005_RANGES`).

References
----------
American College of Sports Medicine (2009). Progression models in resistance training
for healthy adults (position stand; Ratamess NA, Alvar BA, Evetoch TK, et al.).
*Medicine & Science in Sports & Exercise* 41(3):687–708.
doi:10.1249/MSS.0b013e3181915670 [@acsm2009]

Hubal MJ, Gordish-Dressman H, Thompson PD, et al. (2005). Variability in muscle size and
strength gain after unilateral resistance training. *Medicine & Science in Sports &
Exercise* 37(6):964–972. doi:10.1249/01.mss.0000170469.90461.5f [@hubal2005]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from liftlab.goals import EXPERIENCE_LEVELS
from liftlab.validation import check_choice

__all__ = [
    "ACSM_2009_STAGES",
    "HUBAL_2005_MEN",
    "HUBAL_2005_PARTICIPANTS",
    "HUBAL_2005_RANGES",
    "HUBAL_2005_WEEKS",
    "HUBAL_2005_WOMEN",
    "ProgressionStage",
    "ResponseRange",
    "progression_stage",
]


@dataclass(frozen=True)
class ProgressionStage:
    """One training status of the ACSM (2009) progression models.

    Attributes
    ----------
    name : str
        ``"novice"``, ``"intermediate"`` or ``"advanced"``.
    experience : str
        Who the stage describes, in the position stand's words.
    loading : str
        The recommended loading, as repetition maximums (RM).
    days_per_week : tuple of int
        Recommended training frequency, sessions per week (low, high).
    course_level : str
        The matching level of :data:`liftlab.goals.EXPERIENCE_LEVELS`.
    """

    name: str
    experience: str
    loading: str
    days_per_week: tuple[int, int]
    course_level: str


#: ACSM (2009) [@acsm2009], summary of the position stand (checked): novices (no
#: resistance-training experience, or none for several years) load at an 8–12 RM;
#: intermediate (about 6 months of consistent training) to advanced (years) lifters use
#: 1–12 RM in a periodized fashion, with eventual emphasis on heavy loading (1–6 RM) and
#: 3–5 min rest between sets; frequency 2–3 days a week for novices, 3–4 for
#: intermediates and 4–5 for advanced lifters. These are expert recommendations built on
#: the studies of the time, not results of one trial.
ACSM_2009_STAGES: Mapping[str, ProgressionStage] = MappingProxyType(
    {
        stage.name: stage
        for stage in (
            ProgressionStage(
                "novice",
                "no resistance-training experience, or none for several years",
                "8–12 RM",
                (2, 3),
                "beginner",
            ),
            ProgressionStage(
                "intermediate",
                "about 6 months of consistent training",
                "1–12 RM, periodized, moving towards heavy loads (1–6 RM)",
                (3, 4),
                "intermediate",
            ),
            ProgressionStage(
                "advanced",
                "years of training",
                "1–12 RM, periodized, with emphasis on heavy loads (1–6 RM)",
                (4, 5),
                "advanced",
            ),
        )
    }
)


def progression_stage(level: str) -> ProgressionStage:
    """The ACSM (2009) stage for a course level (``"beginner"`` is the ACSM's novice).

    Parameters
    ----------
    level : {"beginner", "intermediate", "advanced"} or {"novice"}
        A level of :data:`liftlab.goals.EXPERIENCE_LEVELS`, or the ACSM's own
        ``"novice"``.

    Returns
    -------
    ProgressionStage

    Examples
    --------
    >>> progression_stage("beginner").days_per_week
    (2, 3)
    """
    names = {stage.course_level: stage for stage in ACSM_2009_STAGES.values()}
    names["novice"] = ACSM_2009_STAGES["novice"]
    key = check_choice("level", level, (*EXPERIENCE_LEVELS, "novice"))
    return names[key]


class ResponseRange(NamedTuple):
    """The smallest and largest change measured in one outcome, % of the starting value."""

    outcome: str
    lowest_percent: float
    highest_percent: float


#: Hubal et al. (2005) [@hubal2005], abstract (checked): 585 people (342 women, 243
#: men) trained the elbow flexors of the non-dominant arm for 12 weeks on the same
#: progressive program. Changes ranged from −2 to +59 % in biceps cross-sectional area
#: (MRI), 0 to +250 % in one-repetition maximum and −32 to +149 % in isometric
#: strength (maximal voluntary contraction). The abstract gives no group means, so none
#: are used here.
HUBAL_2005_RANGES: tuple[ResponseRange, ...] = (
    ResponseRange("muscle size (biceps cross-sectional area)", -2.0, 59.0),
    ResponseRange("1RM strength", 0.0, 250.0),
    ResponseRange("isometric strength", -32.0, 149.0),
)
#: Participants of Hubal et al. (2005).
HUBAL_2005_PARTICIPANTS: int = 585
#: Women among them.
HUBAL_2005_WOMEN: int = 342
#: Men among them.
HUBAL_2005_MEN: int = 243
#: Length of the program, weeks.
HUBAL_2005_WEEKS: int = 12
