"""Tests of liftlab.response: training status (ACSM 2009) and individual response (Hubal 2005)."""

import pytest

from liftlab.goals import EXPERIENCE_LEVELS
from liftlab.response import (
    ACSM_2009_STAGES,
    HUBAL_2005_MEN,
    HUBAL_2005_PARTICIPANTS,
    HUBAL_2005_RANGES,
    HUBAL_2005_WEEKS,
    HUBAL_2005_WOMEN,
    progression_stage,
)


def test_acsm_2009_stages_are_the_position_stands():
    assert list(ACSM_2009_STAGES) == ["novice", "intermediate", "advanced"]
    assert ACSM_2009_STAGES["novice"].loading == "8–12 RM"
    assert [s.days_per_week for s in ACSM_2009_STAGES.values()] == [(2, 3), (3, 4), (4, 5)]
    assert "1–6 RM" in ACSM_2009_STAGES["advanced"].loading
    # More experience, more sessions a week.
    lows = [s.days_per_week[0] for s in ACSM_2009_STAGES.values()]
    assert lows == sorted(lows)


def test_every_course_level_has_a_stage():
    assert [progression_stage(level).course_level for level in EXPERIENCE_LEVELS] == list(
        EXPERIENCE_LEVELS
    )
    novice = ACSM_2009_STAGES["novice"]
    assert progression_stage("beginner") is progression_stage("Novice") is novice


def test_progression_stage_bad_input():
    with pytest.raises(ValueError, match="level='elite'"):
        progression_stage("elite")
    with pytest.raises(TypeError, match="level"):
        progression_stage(3)


def test_hubal_2005_ranges_are_the_abstracts():
    assert HUBAL_2005_PARTICIPANTS == HUBAL_2005_WOMEN + HUBAL_2005_MEN == 585
    assert (HUBAL_2005_WOMEN, HUBAL_2005_MEN, HUBAL_2005_WEEKS) == (342, 243, 12)
    assert [(r.lowest_percent, r.highest_percent) for r in HUBAL_2005_RANGES] == [
        (-2.0, 59.0),
        (0.0, 250.0),
        (-32.0, 149.0),
    ]
    # From no gain (or a loss) to very large gains in every outcome.
    assert all(r.lowest_percent <= 0 < 50 < r.highest_percent for r in HUBAL_2005_RANGES)
