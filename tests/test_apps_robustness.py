"""Calculators never show a traceback, and never change what a student typed silently.

For every calculator, every input control it shows is given what a person can produce:
in number boxes, typed text (empty, words, a fraction in a whole-number box, a
thousands comma, markup, negative, zero, huge) and values set from Python (NaN,
infinity); every option of every toggle and menu. Whatever happens, no exception escapes
the widget. When an input is refused:

- the reason is said in plain words next to the box (no ``name=value`` programmer text),
- the box keeps exactly what was typed (no snap back, no clamp, no "2.5" → 25),
- every result on screen stays as it was (the last valid result), marked as stale;

putting the input back clears every mark and shows the original result again.
"""

from __future__ import annotations

import html
import math
import re

import ipywidgets as widgets
import pytest

from liftlab.apps.controls import NumberField
from liftlab.apps.energy_app import energy_calculator
from liftlab.apps.fitness_fatigue_app import fitness_fatigue_simulator
from liftlab.apps.goal_loads_app import goal_load_calculator
from liftlab.apps.one_rep_max_app import one_rep_max_calculator
from liftlab.apps.plan_builder_app import plan_builder
from liftlab.apps.plate_loader_app import plate_loader
from liftlab.apps.rpe_app import rpe_calculator
from liftlab.apps.session_timer_app import session_timer
from liftlab.apps.volume_app import volume_planner

FACTORIES = {
    "1RM estimator": one_rep_max_calculator,
    "RPE calculator": rpe_calculator,
    "goal loads": goal_load_calculator,
    "plate loader": plate_loader,
    "volume planner": volume_planner,
    "session timer": session_timer,
    "fitness-fatigue": fitness_fatigue_simulator,
    "energy": energy_calculator,
    "plan builder": plan_builder,
}
#: The calculators built on NumberField: every one.
TYPED = sorted(FACTORIES)
OUTPUTS = (widgets.HTML, widgets.HTMLMath, widgets.Label, widgets.Image)
TEXTS = ("", "abc", "2.5", "-5", "0", "1e9", "1,000", "nan", "<img src=x onerror=alert(1)>")
VALUES = (-5.0, 0.0, math.nan, math.inf, 1e9)
BAD_NUMBERS = (-5.0, 0.0, math.nan, math.inf, 1e9)
BAD_WHOLE = (-5, 0, 10**9)
# What a programmer's message looks like: "load=0 kg", "one_rm must be > 0".
PROGRAMMER_TEXT = re.compile(r"\b[a-z]+_[a-z_]+\b|\w+=\S|[<>]=?\s*\d")


def _descendants(widget, *, visible_only=False):
    for child in getattr(widget, "children", ()):
        if visible_only and child.layout.display == "none":
            continue
        yield child
        yield from _descendants(child, visible_only=visible_only)


def _marks(app) -> set:
    """The widgets that say something about the input (not results)."""
    marks = {app.message, app.stale}
    for w in _descendants(app):
        if "liftlab-field-note" in getattr(w, "_dom_classes", ()):
            marks.add(w)
    return marks


def _inputs(app):
    """Every control a person can see and change: number boxes, choices; not outputs."""
    found = []
    for w in _descendants(app, visible_only=True):
        if isinstance(w, NumberField):
            found.append(w)
            continue
        if isinstance(w, (*OUTPUTS, widgets.Button, widgets.Text)):
            continue  # a NumberField's own Text box is driven through the field
        if isinstance(w, widgets.ValueWidget) and hasattr(w, "value"):
            found.append(w)
    return found


def _choices(control):
    if isinstance(control, (widgets.IntText, widgets.BoundedIntText)):
        return BAD_WHOLE
    if isinstance(control, (widgets.FloatText, widgets.BoundedFloatText)):
        return BAD_NUMBERS
    if isinstance(control, (widgets.IntSlider, widgets.FloatSlider)):
        return (control.min, control.max)
    if isinstance(
        control,
        (widgets.SelectionSlider, widgets.ToggleButtons, widgets.Dropdown, widgets.RadioButtons),
    ):
        values = [value for _, value in control._options_full]
        return tuple(values) if len(values) <= 4 else (values[0], values[-1])
    if isinstance(control, (widgets.Checkbox, widgets.ToggleButton)):
        return (True, False)
    return ()


def _screen(app):
    """What the reader sees as results: every output widget's value, the marks excluded."""
    marks = _marks(app)
    return [w.value for w in _descendants(app) if isinstance(w, OUTPUTS) and w not in marks]


def _refused(app) -> bool:
    return bool(app.message.value or app.stale.value)


def _check_refusal(name, app, before, what):
    assert "Traceback" not in app.message.value
    assert _screen(app) == before, f"{name}: {what} was refused but the results changed"
    assert "Still showing" in html.unescape(app.stale.value), f"{name}: {what}: no stale mark"


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_input_a_person_can_give_is_answered_in_the_widget(name):
    app = FACTORIES[name]()
    assert not _refused(app), f"{name} starts refused: {app.message.value}{app.stale.value}"
    controls = _inputs(app)
    assert controls, f"{name}: no input controls found"
    tried = refused = 0
    for control in controls:
        if isinstance(control, NumberField):
            original = control.box.value
            for text in TEXTS:
                before = _screen(app)
                control.box.value = text  # what the browser sends on Enter
                tried += 1
                if control.refused:
                    refused += 1
                    _check_refusal(name, app, before, f"{control.label} ← {text!r}")
                    assert control.box.value == text, f"{name}: the box changed {text!r}"
                    words = html.unescape(control.notes.value)
                    assert control.label in words or "“" in words, words
                    said = re.sub(r"“[^”]*”", "", control.refused)  # minus the typed text
                    assert not PROGRAMMER_TEXT.search(said), control.refused
                    assert "<img" not in control.notes.value  # typed markup is escaped
                control.box.value = original
            for value in VALUES:
                before = _screen(app)
                control.value = value
                tried += 1
                if control.refused:
                    refused += 1
                    _check_refusal(name, app, before, f"{control.label} = {value!r}")
                control.box.value = original
        else:
            original = control.value
            for value in _choices(control):
                before = _screen(app)
                control.value = value  # an escaping exception fails the test here
                tried += 1
                if _refused(app):
                    refused += 1
                    if not app.message.value:  # a combination refused next to a box
                        _check_refusal(name, app, before, f"{control.description}={value!r}")
                control.value = original
        if _refused(app):  # restoring the input must recover fully
            pytest.fail(f"{name}: still refused after restoring {control.description}")
    assert refused > 0, f"{name}: none of {tried} impossible inputs was refused"


@pytest.mark.parametrize("name", TYPED)
def test_a_refused_input_then_a_valid_one_recovers(name):
    app = FACTORIES[name]()
    start = _screen(app)
    box = next(c for c in _inputs(app) if isinstance(c, NumberField))
    original = box.box.value
    box.box.value = "abc"
    assert box.error and _refused(app), f"{name}: {box.label} ← 'abc' was accepted"
    assert _screen(app) == start
    box.box.value = original
    assert not box.error and not _refused(app)
    assert _screen(app) == start
    assert "liftlab-is-stale" not in app._dom_classes


@pytest.mark.parametrize("name", TYPED)
def test_no_slider_and_no_silent_number_widget(name):
    """Sliders clamp typed values silently and have no accessible name; Int/FloatText snap
    back or drop keys: none of them is used (see liftlab.apps.controls)."""
    app = FACTORIES[name]()
    silent = (
        widgets.IntSlider,
        widgets.FloatSlider,
        widgets.SelectionSlider,
        widgets.IntText,
        widgets.FloatText,
        widgets.BoundedIntText,
        widgets.BoundedFloatText,
    )
    found = [type(w).__name__ for w in _descendants(app) if isinstance(w, silent)]
    assert not found, f"{name}: {found}"
