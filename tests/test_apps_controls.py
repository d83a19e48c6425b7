"""NumberField: a labelled box that reads numbers the way people type them, and says why not."""

from __future__ import annotations

import html
import math

import ipywidgets as widgets
import pytest
import traitlets

from liftlab.apps.controls import (
    FieldNotes,
    InputRefusedError,
    NumberField,
    parse_number,
    unit_toggle,
)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("2.5", "kg", 2.5),
        ("2,5", "kg", 2.5),  # a decimal comma
        ("  100 kg ", "kg", 100.0),
        ("100KG", "kg", 100.0),
        ("225 lbs", "lb", 225.0),
        ("1 000", "kg", 1000.0),  # spaces between thousands
        ("- 5", "kg", -5.0),
        ("\u22125", "kg", -5.0),  # the typographic minus
        ("+3", "", 3.0),
        (".5", "min", 0.5),
        ("3 min", "min", 3.0),
        ("1e3", "kg", 1000.0),
        ("12,50", "kg", 12.5),
    ],
)
def test_parse_number_reads_what_people_type(text, unit, value):
    assert parse_number(text, "Load", unit) == value


@pytest.mark.parametrize(
    ("text", "unit", "said"),
    [
        ("", "kg", "Load is empty"),
        ("   ", "kg", "Load is empty"),
        ("abc", "kg", "“abc” is not a number"),
        ("nan", "kg", "is not a number"),
        ("inf", "kg", "is not a number"),
        ("1 2", "kg", "is not a number"),
        ("1,000", "kg", "could mean 1000 or 1.0"),  # never guessed
        ("1,000,000", "kg", "without commas"),
        ("1.000,5", "kg", "both a comma and a point"),
        ("225 lb", "kg", "is in lb, but this box is in kg"),
        ("100 kg", "lb", "is in kg, but this box is in lb"),
        ("20 kg", "", "is not a number"),
        ("1e999", "kg", "too large"),
    ],
)
def test_parse_number_refuses_with_a_reason(text, unit, said):
    with pytest.raises(InputRefusedError, match=said):
        parse_number(text, "Load", unit)


def test_a_whole_number_box_refuses_fractions_instead_of_reading_25():
    field = NumberField("Sets", 3, whole=True, low=1)
    field.box.value = "2.5"
    assert field.error.startswith("Sets must be a whole number (you typed 2.5)")
    assert field.value == 2.5 and field.box.value == "2.5"  # kept as typed
    field.box.value = "4"
    assert field.error == "" and field.value == 4 and isinstance(field.value, int)


def test_the_box_keeps_what_was_typed_and_says_why_it_is_refused():
    field = NumberField("Reps", 5, whole=True, low=1, high=20, why_high="because")
    field.box.value = "30"
    assert field.error == "Reps must be 20 or fewer (1–20): because."
    assert field.box.value == "30"  # not clamped
    field.box.value = ""
    assert field.error == "Reps is empty: type a whole number from 1 to 20."
    assert field.box.value == "" and field.value == 30  # not snapped back
    field.box.value = "7"
    assert field.error == "" and field.value == 7


@pytest.mark.parametrize(
    ("kwargs", "value", "said"),
    [
        ({"unit": "kg", "low": 0, "low_open": True}, 0, "Load must be more than 0 kg."),
        ({"unit": "kg", "low": 0}, -1, "Load must be 0 kg or more."),
        ({"whole": True, "low": 1}, 0, "Load must be at least 1."),
        ({"unit": "min", "low": 0, "high": 10}, 12, "Load must be at most 10 min (0–10 min)."),
        ({"low": 0.1, "high": 1, "high_open": True}, 1, "Load must be less than 1 (0.1–1)."),
        ({}, math.nan, "Load must be a finite number: type a number."),
        ({}, math.inf, "Load must be a finite number"),
    ],
)
def test_rules_in_plain_words(kwargs, value, said):
    field = NumberField("Load", 1, **kwargs)
    field.value = value
    assert field.error.startswith(said), field.error
    assert field.box.value == field.text_of(value)


def test_the_value_set_from_python_shows_in_the_box_and_is_checked():
    field = NumberField("Load", 100, unit="kg", low=0, low_open=True)
    assert field.box.value == "100" and field.description == "Load"
    field.value = 101.25
    assert field.box.value == "101.25" and field.error == ""
    field.value = -5
    assert field.error == "Load must be more than 0 kg." and field.box.value == "-5"
    with pytest.raises(traitlets.TraitError):
        field.value = "100"
    with pytest.raises(traitlets.TraitError):
        field.value = True


def test_accepted_text_is_shown_as_understood():
    field = NumberField("Load", 100, unit="kg")
    field.box.value = "2,5 kg"
    assert field.value == 2.5 and field.box.value == "2.5"


def test_unit_conversion_to_a_tenth_and_back_exactly():
    field = NumberField("Load", 100, unit="kg", low=0)
    field.convert_unit("kg", "lb")
    assert field.value == 220.5 and field.unit == "lb" and "lb" in field.suffix.value
    field.convert_unit("lb", "kg")
    assert field.value == 100  # not 100.02
    field.value = 61
    field.convert_unit("kg", "lb")
    field.box.value = "135"  # edited in lb: the memory is forgotten
    field.convert_unit("lb", "kg")
    assert field.value == 61.2
    field.box.value = "abc"
    field.convert_unit("kg", "lb")  # refused text stays, checked in the new unit
    assert field.box.value == "abc" and "type a number of lb" in field.error


def test_notes_show_refusals_warnings_and_information_and_hide_when_empty():
    field = NumberField("Load", 100, unit="kg", low=0, low_open=True)
    assert field.notes.value == "" and field.notes.layout.display == "none"
    field.box.value = "0"
    assert 'role="alert"' in field.notes.value and field.notes.layout.display is None
    assert "Load must be more than 0 kg" in html.unescape(field.notes.value)
    field.box.value = "<b>x</b>"
    assert "<b>x</b>" not in field.notes.value  # typed markup is escaped
    field.box.value = "100"
    field.warning, field.info = "heavy", "converted"
    field.refresh_note()
    assert field.notes.value.count('role="status"') == 2


def test_shared_notes_collect_a_rows_messages_under_the_row():
    notes = FieldNotes()
    sets = NumberField("Sets", 3, whole=True, low=1, notes=notes)
    reps = NumberField("Reps", 8, whole=True, low=1, notes=notes)
    assert notes not in sets.children  # placed by the row, not beside the box
    sets.box.value = "2.5"
    reps.box.value = "0"
    text = html.unescape(notes.value)
    assert "Sets must be a whole number" in text and "Reps must be at least 1" in text


def test_the_box_is_a_text_box_labelled_by_its_description():
    field = NumberField("Load per session", 100)
    assert isinstance(field.box, widgets.Text) and field.box.description == "Load per session"
    assert field.box.continuous_update is False  # read on Enter or leaving the box
    toggle = unit_toggle("lb")
    assert toggle.value == "lb" and toggle.description == "Unit"
