"""Claims in the prose of chapters 01, 02, 03 and 08 that the package can check (issue 10).

Markdown cannot compute, so where a chapter states a number in words, these tests
compute it with liftlab and look for it in the text; and where issue 10 corrected a
statement, they make sure the corrected form is what the chapter says.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from liftlab.energy import (
    PROTEIN_G_PER_KG_DAY,
    PROTEIN_G_PER_KG_DAY_BREAKPOINT,
    PROTEIN_G_PER_KG_DAY_UPPER,
)
from liftlab.one_rep_max import agreement_range
from liftlab.plates import PLATE_COLOURS_KG
from liftlab.plots.concepts import MORTON_2018_BREAKPOINT_CI

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
WORDS = dict(
    enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
)


def _cells(stem: str) -> list:
    (path,) = NOTEBOOKS.glob(f"{stem}*.ipynb")
    return nbformat.read(path, as_version=4).cells


def _section(stem: str, heading: str) -> str:
    """The markdown cell whose first line is ``heading`` (e.g. '## Summary')."""
    for cell in _cells(stem):
        if cell.cell_type == "markdown" and cell.source.startswith(heading):
            return " ".join(cell.source.split())
    raise AssertionError(f"{stem}: no cell starting with {heading!r}")


def _markdown(stem: str) -> str:
    return " ".join(" ".join(c.source.split()) for c in _cells(stem) if c.cell_type == "markdown")


def _sentences(text: str, word: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s", text) if word in s]


def test_02_states_the_computed_agreement_range():
    """Error 1: the e1RM equations agree best where agreement_range says, not at 3-5 reps."""
    first, last = agreement_range().reps
    phrase = f"about {WORDS[first]} to {WORDS[last]} reps"
    for heading in ("## Summary", "## Learning objectives"):
        text = _section("02-", heading)
        assert phrase in text, f"02 {heading} should say {phrase!r}"
        assert "three to five" not in text
    assert f"at {WORDS[first]} to {WORDS[last]} reps" in _markdown("02-")  # the heading


def test_01_and_08_state_protein_the_same_way():
    """Error 2: 1.62 is the average breakpoint; 1.03-2.20 its CI; up to 2.2 to maximise."""
    low, high = MORTON_2018_BREAKPOINT_CI
    for stem in ("01-", "08-"):
        text = _markdown(stem)
        assert f"{PROTEIN_G_PER_KG_DAY_BREAKPOINT:g}" in text
        assert f"{low:.2f}" in text and f"{high:.2f}" in text
        assert f"{PROTEIN_G_PER_KG_DAY:g} g" in text
        assert f"{PROTEIN_G_PER_KG_DAY_UPPER:g} g/kg/day" in text
        assert re.search(r"not (a|the) spread between people", text), "CI vs spread of people"
        assert "maximise" in text
    summary = _section("01-", "## Summary")
    assert "cover nearly everyone" not in summary and "covers nearly everyone" not in summary


def test_02_credits_hackett_for_accuracy_near_failure():
    """Error 3: near-failure accuracy and no experience effect are Hackett et al. 2017."""
    text = _markdown("02-")
    assert "Hackett et al. (2017)" in text
    assert "(Zourdos et al. 2016; Helms et al. 2016)" not in text
    (experience,) = _sentences(text, "Training experience made no difference")
    assert "accuracy" in experience


def test_01_calls_full_recruitment_at_light_loads_disputed():
    """Error 6: the mechanism is disputed (Muddle 2018); the outcome is established."""
    text = _section("01-", "### Mechanical tension")
    assert "disputed" in text and "Muddle et al. (2018)" in text
    outputs = [
        out.get("data", {}).get("text/plain", "")
        for cell in _cells("01-")
        if cell.cell_type == "code"
        for out in cell.outputs
    ]
    (alt,) = [o for o in outputs if "share of motor units recruited" in o]
    assert "disputed" in alt


def test_02_says_mayhew_to_15_reps_is_a_judgement():
    """Error 9: past 10 reps the equations over- or under-predict (Mayhew et al. 1995)."""
    text = _markdown("02-")
    assert "Mayhew et al. 1995" in text and "judgement" in text
    assert "flattens out like the data" not in text


def test_03_names_the_powerlifting_plate_convention():
    """Error 10: black 2.5 kg and chrome 1.25 kg plates are the IPF convention."""
    assert (PLATE_COLOURS_KG[2.5], PLATE_COLOURS_KG[1.25]) == ("black", "chrome")
    text = _section("03-", "The plate loader draws the bar")
    assert "International Powerlifting Federation (IPF)" in text
    assert "2.5 kg change plate is red" in text
    references = _section("03-", "## References")
    assert "International Powerlifting Federation" in references


@pytest.mark.parametrize("stem", ["01-", "08-"])
def test_del_vecchio_is_cited_for_the_neural_part_only(stem):
    """Error 11: Del Vecchio et al. 2019 measured motor units, not growth."""
    for sentence in _sentences(_markdown(stem), "Del Vecchio"):
        assert "takes over" not in sentence and "growth becomes" not in sentence.lower(), sentence
