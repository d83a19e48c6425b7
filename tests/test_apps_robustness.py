"""Calculators never show a traceback: every impossible input becomes a message.

For every calculator, every input control it shows is pushed to the values a person
can produce: negative, zero, NaN, infinite and huge numbers in text boxes; both ends of
every slider; every option of every toggle and menu. Whatever happens, no exception
escapes the widget; when an input is refused, a message appears inside the widget and
every result on screen stays as it was (the last valid result); putting the input back
clears the message and shows the original result again.
"""

from __future__ import annotations

import math

import ipywidgets as widgets
import pytest

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
OUTPUTS = (widgets.HTML, widgets.HTMLMath, widgets.Label, widgets.Image)
BAD_NUMBERS = (-5.0, 0.0, math.nan, math.inf, 1e9)
BAD_WHOLE = (-5, 0, 10**9)


def _descendants(widget, *, visible_only=False):
    for child in getattr(widget, "children", ()):
        if visible_only and child.layout.display == "none":
            continue
        yield child
        yield from _descendants(child, visible_only=visible_only)


def _inputs(app):
    """Every control a person can see and change; outputs and buttons excluded."""
    found = []
    for w in _descendants(app, visible_only=True):
        if isinstance(w, (*OUTPUTS, widgets.Button)) or w is app.message:
            continue
        if isinstance(w, widgets.ValueWidget) and hasattr(w, "value"):
            found.append(w)
    return found


def _values_to_try(control):
    if isinstance(control, (widgets.IntText, widgets.BoundedIntText)):
        return BAD_WHOLE
    if isinstance(control, (widgets.FloatText, widgets.BoundedFloatText)):
        return BAD_NUMBERS
    if isinstance(control, widgets.Text):
        return ("", "-5", "abc", "nan", "<img src=x onerror=alert(1)>")
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
    """What the reader sees: every output widget's value, the message excluded."""
    return [w.value for w in _descendants(app) if isinstance(w, OUTPUTS) and w is not app.message]


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_input_a_person_can_give_is_answered_in_the_widget(name):
    app = FACTORIES[name]()
    assert app.message.value == "", f"{name} starts with a message: {app.message.value}"
    controls = _inputs(app)
    assert controls, f"{name}: no input controls found"
    tried = refused = 0
    for control in controls:
        original = control.value
        for value in _values_to_try(control):
            before = _screen(app)
            control.value = value  # an escaping exception fails the test here
            tried += 1
            if app.message.value:
                refused += 1
                assert "Traceback" not in app.message.value
                assert _screen(app) == before, (
                    f"{name}: {control.description}={value!r} was refused but the results "
                    "on screen changed"
                )
            control.value = original
        if app.message.value:  # restoring the input must recover fully
            pytest.fail(f"{name}: still shows {app.message.value!r} after restoring inputs")
    # Combinations: each pair of whole-number sliders (weeks, days, taper, ...) at opposite
    # ends, e.g. a taper longer than the plan.
    sliders = [c for c in controls if isinstance(c, widgets.IntSlider)]
    for i, first in enumerate(sliders):
        for second in sliders[i + 1 :]:
            originals = first.value, second.value
            for a, b in ((first.min, second.max), (first.max, second.min)):
                first.value = a
                before = None if app.message.value else _screen(app)
                second.value = b
                tried += 1
                if app.message.value:
                    refused += 1
                    if before is not None:
                        assert _screen(app) == before, f"{name}: results changed on refusal"
                first.value, second.value = originals
            if app.message.value:
                pytest.fail(f"{name}: still shows {app.message.value!r} after restoring inputs")
    assert refused > 0, f"{name}: none of {tried} impossible inputs was refused"


@pytest.mark.parametrize("name", sorted(set(FACTORIES) - {"fitness-fatigue"}))  # sliders only
def test_a_refused_input_then_a_valid_one_recovers(name):
    app = FACTORIES[name]()
    start = _screen(app)
    numeric = [c for c in _inputs(app) if isinstance(c, (widgets.FloatText, widgets.IntText))]
    assert numeric, f"{name} has no box to type a number into"
    box = numeric[0]
    original = box.value
    box.value = -5 if isinstance(box, widgets.IntText) else math.nan
    assert app.message.value, f"{name}: {box.description}={box.value!r} was accepted"
    assert _screen(app) == start
    box.value = original
    assert app.message.value == ""
    assert _screen(app) == start
