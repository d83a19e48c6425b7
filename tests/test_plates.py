"""Tests of liftlab.plates: plates per side (exact, fewest plates) and loadable loads."""

import itertools

import numpy as np
import pytest

import liftlab
from liftlab.plates import (
    BAR_LB,
    BAR_MEN_KG,
    BAR_WOMEN_KG,
    PLATE_COLOURS_KG,
    PLATES_KG,
    PLATES_LB,
    loadable_loads,
    nearest_loadable,
    plates_per_side,
    round_to_plates,
)


def test_standard_sets():
    assert PLATES_KG == (25, 20, 15, 10, 5, 2.5, 1.25)
    assert PLATES_LB == (45, 35, 25, 10, 5, 2.5)
    assert (BAR_MEN_KG, BAR_WOMEN_KG, BAR_LB) == (20.0, 15.0, 45.0)
    assert set(PLATE_COLOURS_KG) == set(PLATES_KG)
    assert PLATE_COLOURS_KG[25] == "red" and PLATE_COLOURS_KG[20] == "blue"


@pytest.mark.parametrize(
    ("load", "bar", "plates", "expected"),
    [
        (100, 20, None, (25, 15)),
        (140, 20, None, (25, 25, 10)),
        (20, 20, None, ()),  # the bar alone
        (22.5, 20, None, (1.25,)),
        (182.5, 20, None, (25, 25, 25, 5, 1.25)),
        (60, 15, None, (20, 2.5)),  # women's bar
        (135, 45, PLATES_LB, (45,)),
        (225, 45, PLATES_LB, (45, 45)),
        (165, 45, PLATES_LB, (35, 25)),  # greedy: 45 + 10 + 5, three plates
        (100, 20, (25, 20), (20, 20)),  # greedy takes 25 and is stuck at 15
        (70, 20, (25, 20, 15), (25,)),
    ],
)
def test_plates_per_side(load, bar, plates, expected):
    result = plates_per_side(load, bar, plates)
    assert result == expected
    assert all(type(p) is float for p in result)
    assert liftlab.plates_per_side(load, bar=bar, plates=plates) == expected


def test_default_bar_is_20_kg():
    assert plates_per_side(60) == (20,)


def _greedy(side, plates):
    chosen = []
    for plate in sorted(plates, reverse=True):
        while side >= plate - 1e-9:
            chosen.append(plate)
            side -= plate
    return tuple(chosen) if abs(side) < 1e-9 else None


def test_greedy_really_fails_on_these_sets():
    assert _greedy(60, PLATES_LB) == (45, 10, 5)  # three plates, not the best
    assert _greedy(40, (25, 20)) is None  # no answer at all


def _fewest(side, plates):
    """Brute force: fewest plates (any multiset) summing to ``side``, or None."""
    for count in range(0, 9):
        for combo in itertools.combinations_with_replacement(plates, count):
            if sum(combo) == side:
                return count
    return None


@pytest.mark.parametrize("plates", [(25, 20), (45, 35, 25, 10, 5), (9, 7, 2), (12, 10, 3, 1)])
def test_fewest_plates_matches_brute_force(plates):
    for side in range(0, 61):
        fewest = _fewest(side, plates)
        load = 20 + 2 * side
        if fewest is None:
            with pytest.raises(ValueError, match="cannot be made"):
                plates_per_side(load, 20, plates)
        else:
            result = plates_per_side(load, 20, plates)
            assert sum(result) == side
            assert len(result) == fewest, (side, result)
            assert list(result) == sorted(result, reverse=True)


def test_ties_prefer_the_heaviest_plates():
    # 30 a side: (25, 5), (20, 10) and (15, 15) all use two plates
    assert plates_per_side(80, 20, (25, 20, 15, 10, 5)) == (25, 5)


def test_limited_inventory():
    home = {20: 1, 10: 1, 5: 2}
    assert plates_per_side(60, 20, home) == (20,)
    assert plates_per_side(100, 20, home) == (20, 10, 5, 5)
    assert plates_per_side(40, 20, {10: 1}) == (10,)
    assert nearest_loadable(200, 20, home) == (100.0, None)
    assert nearest_loadable(95, 20, home) == (90.0, 100.0)
    with pytest.raises(
        ValueError, match=r"load=120 cannot be made .*\(nothing heavier can be made\)"
    ):
        plates_per_side(120, 20, home)
    with pytest.raises(ValueError, match=r"plates 20 \(1 pair\), 10 \(1 pair\), 5 \(2 pairs\)"):
        plates_per_side(25, 20, home)
    # a size with 0 pairs is simply not there
    assert plates_per_side(40, 20, {10: 1, 25: 0}) == (10,)


def test_unloadable_message_gives_the_nearest_loads():
    message = (
        "load=101 kg cannot be made with a 20 kg bar and plates 25, 20, 15, 10, 5, 2.5, "
        "1.25 kg: the nearest loadable loads are 100 and 102.5 kg."
    )
    with pytest.raises(ValueError) as info:
        plates_per_side(101)
    assert str(info.value) == message
    with pytest.raises(ValueError, match=r"load=136 lb .*loads are 135 and 140 lb"):
        plates_per_side(136, 45, PLATES_LB, unit="lb")
    with pytest.raises(ValueError, match=r"load=136 cannot be made with a 45 bar"):
        plates_per_side(136, 45, PLATES_LB)  # custom plates, no unit given: none shown


def test_bar_heavier_than_the_load():
    with pytest.raises(ValueError, match=r"load=15 kg is lighter than the bar \(20 kg\)"):
        plates_per_side(15)
    with pytest.raises(ValueError, match=r"lighter than the bar"):
        nearest_loadable(10)
    with pytest.raises(ValueError, match=r"load=10 kg is lighter than the bar"):
        round_to_plates([50, 10])


def test_nearest_loadable():
    assert nearest_loadable(101) == (100.0, 102.5)
    assert nearest_loadable(100) == (100.0, 100.0)
    assert nearest_loadable(140, 45, PLATES_LB) == (140.0, 140.0)
    assert nearest_loadable(137, 45, PLATES_LB) == (135.0, 140.0)


def test_round_to_plates():
    assert round_to_plates(101.3) == 102.5
    assert round_to_plates(101.25) == 100.0  # exact tie goes down
    assert round_to_plates(101.0, mode="up") == 102.5
    assert round_to_plates(102.4, mode="down") == 100.0
    assert round_to_plates(100) == 100.0
    assert type(round_to_plates(100)) is float
    out = round_to_plates(np.array([[101.3, 136.0], [20.0, 137.6]]))
    np.testing.assert_array_equal(out, [[102.5, 135.0], [20.0, 137.5]])
    np.testing.assert_array_equal(
        round_to_plates([136, 142], 45, PLATES_LB, mode="up"), [140.0, 145.0]
    )
    home = {20: 1}
    assert round_to_plates(100, 20, home) == 60.0
    with pytest.raises(ValueError, match=r"load=100 cannot be rounded up: the heaviest load .* 60"):
        round_to_plates(100, 20, home, mode="up")


def test_loadable_loads():
    np.testing.assert_array_equal(loadable_loads(20, (10, 5), 50), [20, 30, 40, 50])
    loads = loadable_loads(up_to=30)
    np.testing.assert_allclose(loads, np.arange(20, 30.01, 2.5))
    np.testing.assert_array_equal(loadable_loads(20, {20: 1, 10: 1}, 200), [20, 40, 60, 80])
    assert isinstance(loadable_loads(45, PLATES_LB, 45), np.ndarray)
    for load in loadable_loads(45, PLATES_LB, 300):  # every listed load can be made
        assert 45 + 2 * sum(plates_per_side(load, 45, PLATES_LB)) == pytest.approx(load)


def test_bad_plates_and_bars():
    with pytest.raises(TypeError, match="plates='kg' is not a set of plates"):
        plates_per_side(100, 20, "kg")
    with pytest.raises(TypeError, match="plates=20 is not a set of plates"):
        plates_per_side(100, 20, 20)
    with pytest.raises(ValueError, match=r"plates=-5, .*plates must be >= 0.01"):
        plates_per_side(100, 20, (20, -5))
    with pytest.raises(ValueError, match=r"plates=\(\) holds no plates"):
        plates_per_side(100, 20, ())
    with pytest.raises(ValueError, match=r"plates\[20\] \(pairs available\)=-1, .*must be >= 0"):
        plates_per_side(100, 20, {20: -1})
    with pytest.raises(ValueError, match=r"bar=-20 kg, .*bar must be >= 0 kg"):
        plates_per_side(100, -20)
    with pytest.raises(ValueError, match=r"unit='lbs' is not known"):
        plates_per_side(135, 45, PLATES_LB, unit="lbs")
    with pytest.raises(TypeError, match="give a single load"):
        plates_per_side([100, 120])
    with pytest.raises(ValueError, match=r"mode='closest' is not known"):
        round_to_plates(100, mode="closest")
    with pytest.raises(TypeError, match="needs up_to"):
        loadable_loads(20, None)
    with pytest.raises(ValueError, match=r"up_to=10 kg, .*up_to must be >= 20 kg"):
        loadable_loads(20, None, 10)
    with pytest.raises(ValueError, match=r"plates=0.0001, .*plates must be >= 0.01"):
        plates_per_side(1000, 20, (25, 0.0001))
    with pytest.raises(ValueError, match=r"too fine|at most"):
        plates_per_side(100_000, 20, (25, 0.01))
