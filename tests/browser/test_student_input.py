"""A student never misreads a calculator (issue 14): bad input, units and names, in the browser.

notebooks/calculators.ipynb is opened once in JupyterLab at laptop size (1366×768) and run; each
test then types into a calculator the way a student does (click the box, select all, type, Enter)
and checks what the student can see:

- a refused value is explained in plain words *next to the box it was typed into*, inside the
  viewport, and the result that stays on screen is marked as stale ("Still showing ...") until the
  input is valid again;
- nothing changes silently: an emptied box, 30 reps (past the 20 limit) and "2.5" in a
  whole-number box are refused with a message and the box keeps what was typed;
- an implausible but legal value (1000 kg on the bar) is accepted with a warning that names its
  bound;
- the kg/lb toggle converts the numbers in the boxes (100 kg → 220.5 lb) in every calculator with
  a unit, and converting back restores them; the plate loader lands on a loadable weight and
  says so;
- every control a screen reader can reach has a name (no "slider 5"), read from the browser's
  accessibility tree (Playwright's ARIA snapshot), here and in Voilà (test_voila.py).

Screenshots of every state go to ``$LIFTLAB_SHOTS`` (default ``screenshots/student-input``), at
1366×768 and at phone width (390 px).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import driver
import pytest
from calculator_specs import SPECS
from driver import SCREENSHOTS

NOTEBOOK = "notebooks/calculators.ipynb"
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
SHOTS = Path(os.environ.get("LIFTLAB_SHOTS", SCREENSHOTS / "student-input"))
# How far below (or beside) its box a message may start and still be "next to" it, in px.
NEXT_TO = 60


@pytest.fixture(scope="module")
def lab(module_page, jupyter_server):
    module_page.set_viewport_size(LAPTOP)
    driver.open_notebook(module_page, jupyter_server, NOTEBOOK)
    driver.run_all(module_page)
    errors = driver.error_outputs(module_page)
    assert not errors, "error output(s):\n" + "\n---\n".join(e[-2000:] for e in errors)
    SHOTS.mkdir(parents=True, exist_ok=True)
    return module_page


def shoot(page, name: str) -> None:
    safe = re.sub(r"[^\w.-]+", "-", name)  # "Sessions/week" → "Sessions-week"
    page.screenshot(path=str(SHOTS / f"{safe}.png"))


# ------------------------------------------------------------------------------------ helpers


def box(root, label: str, nth: int = 0):
    """The text (or number) box a screen reader calls ``label``, inside the calculator ``root``."""
    for role in ("textbox", "spinbutton"):
        found = root.get_by_role(role, name=label, exact=True)
        if found.count() > nth:
            return found.nth(nth)
    raise AssertionError(
        f"no box to type {label!r} into: the control has no text box with that accessible name "
        f"(accessibility tree of the calculator:\n{root.aria_snapshot()[:1500]})"
    )


def centre(page, locator) -> None:
    """Scroll so that ``locator`` is in the middle of the viewport (where a student looks)."""
    locator.evaluate("(el) => el.scrollIntoView({block: 'center', inline: 'nearest'})")
    page.wait_for_function("() => new Promise((r) => requestAnimationFrame(() => r(true)))")


def type_text(page, field, text: str) -> None:
    """Click the box, select all, type ``text`` (nothing for an empty box), press Enter."""
    field.click()
    field.press("ControlOrMeta+a")
    if text:
        page.keyboard.type(text)
    else:
        page.keyboard.press("Backspace")
    page.keyboard.press("Enter")


def visible_text(page, root, pattern: str, what: str, timeout: float = 10_000):
    """The visible alert/status (or else HTML output) of ``root`` whose text matches ``pattern``."""
    regex = re.compile(pattern, re.IGNORECASE)
    marked = root.locator("[role='alert'], [role='status']").filter(has_text=regex, visible=True)
    anywhere = root.locator("[role='alert'], [role='status'], .widget-html").filter(
        has_text=regex, visible=True
    )
    try:
        anywhere.first.wait_for(state="visible", timeout=timeout)
    except Exception:
        shown = " | ".join(
            t.strip()[:200] for t in root.locator("[role='alert']").all_inner_texts()
        )
        raise AssertionError(
            f"{what}: no visible text matching {pattern!r} in the calculator "
            f"(alerts shown: {shown or 'none'})"
        ) from None
    return marked.last if marked.count() else anywhere.last


def assert_next_to(page, field, message, what: str) -> None:
    """``message`` is inside the viewport and starts right below or beside ``field``."""
    b, m = field.bounding_box(), message.bounding_box()
    size = page.viewport_size
    assert m is not None and b is not None, f"{what}: not laid out"
    inside = m["y"] >= 0 and m["y"] + m["height"] <= size["height"] and m["x"] + 10 <= size["width"]
    assert inside, (
        f"{what}: the message is outside the {size['width']}×{size['height']} viewport "
        f"(at x={m['x']:.0f}, y={m['y']:.0f}, {m['height']:.0f} px high; the box is at "
        f"y={b['y']:.0f})"
    )
    below = 0 <= m["y"] - (b["y"] + b["height"]) <= NEXT_TO
    beside = abs(m["y"] - b["y"]) <= NEXT_TO and 0 <= m["x"] - (b["x"] + b["width"]) <= 200
    assert below or beside, (
        f"{what}: the message is not next to its box (box at x={b['x']:.0f}, y={b['y']:.0f}; "
        f"message at x={m['x']:.0f}, y={m['y']:.0f})"
    )


def result_text(root) -> str:
    return " ".join(root.locator(".liftlab-result").first.inner_text().split())


# --------------------------------------------------------------------- bad input, said in place

# (calculator, box, bad text, what the student must read next to the box)
BAD_INPUT = [
    ("one-rep-max", "Load", "0", r"Load must be more than 0 kg"),
    ("rpe", "1RM", "-5", r"1RM must be more than 0 kg"),
    ("goal-loads", "1RM", "abc", r"\babc\b.*is not a number"),
    ("plate-loader", "Target", "101", r"cannot be made.*100 kg.*102\.5 kg"),
    ("volume-planner", "Sets", "2.5", r"Sets must be a whole number"),
    ("session-timer", "Sets (all)", "0", r"Sets \(all\) must be at least 1"),
    ("fitness-fatigue", "Weeks", "", r"Weeks is empty"),
    ("energy", "Muscle gained", "-1", r"Muscle gained must be 0 kg or more"),
    ("plan-builder", "Bench press 1RM", "5", r"Bench press 1RM must be at least 20 kg"),
]


@pytest.mark.parametrize(
    "key, label, text, said", BAD_INPUT, ids=[f"{c[0]}:{c[1]}={c[2]!r}" for c in BAD_INPUT]
)
def test_bad_input_is_said_next_to_its_box_and_the_result_is_marked_stale(
    lab, key, label, text, said
):
    root = lab.locator(f".liftlab-{key}")
    field = box(root, label)
    centre(lab, field)
    original = field.input_value()
    before = result_text(root)
    type_text(lab, field, text)
    lab.wait_for_timeout(0)
    try:
        message = visible_text(lab, root, said, f"{key}, {label} ← {text!r}")
    finally:
        shoot(lab, f"laptop-{key}-bad-input")
    assert_next_to(lab, field, message, f"{key}, {label} ← {text!r}")
    stale = visible_text(lab, root, r"still showing", f"{key}: the kept result is not marked")
    assert stale.is_visible()
    assert field.input_value() == text, (
        f"{key}: the box changed what the student typed ({text!r} → {field.input_value()!r})"
    )
    assert result_text(root) == before, f"{key}: the result changed for a refused input"
    # Valid again: message and stale mark go.
    type_text(lab, field, original)
    expect_gone(lab, root, said)
    expect_gone(lab, root, r"still showing")
    driver.assert_no_new_console_errors(lab)


def expect_gone(page, root, pattern: str) -> None:
    from playwright.sync_api import expect

    regex = re.compile(pattern, re.IGNORECASE)
    expect(root.locator("[role='alert'], [role='status']").filter(has_text=regex)).to_have_count(
        0, timeout=10_000
    )


def test_the_stale_mark_says_which_input_is_still_shown(lab):
    """The issue's example: 1RM estimator at 100 kg × 5, then Load 0."""
    root = lab.locator(".liftlab-one-rep-max")
    field = box(root, "Load")
    centre(lab, field)
    type_text(lab, field, "0")
    visible_text(lab, root, r"still showing 100 kg × 5", "1RM estimator, Load ← '0'")
    type_text(lab, field, "100")
    expect_gone(lab, root, r"still showing")


# ------------------------------------------------------------------------- nothing silently

SILENT = [
    ("one-rep-max", "Load", "", r"Load is empty"),
    ("one-rep-max", "Reps", "30", r"Reps must be 20 or fewer"),
    ("volume-planner", "Sets", "2.5", r"whole number"),
    ("session-timer", "Sets (all)", "2.5", r"whole number"),
    ("fitness-fatigue", "Sessions/week", "2.5", r"whole number"),
]


@pytest.mark.parametrize(
    "key, label, text, said", SILENT, ids=[f"{c[0]}:{c[1]}={c[2]!r}" for c in SILENT]
)
def test_nothing_changes_silently(lab, key, label, text, said):
    """The box keeps what was typed (no snap back, no clamp, no "2.5" → 25) and says why not."""
    root = lab.locator(f".liftlab-{key}")
    field = box(root, label)
    centre(lab, field)
    original = field.input_value()
    type_text(lab, field, text)
    try:
        message = visible_text(lab, root, said, f"{key}, {label} ← {text!r}")
    finally:
        shoot(lab, f"laptop-{key}-{label.split()[0].lower()}-{text or 'empty'}")
    assert field.input_value() == text, (
        f"{key}: {label} ← {text!r} became {field.input_value()!r} without a word"
    )
    assert_next_to(lab, field, message, f"{key}, {label} ← {text!r}")
    type_text(lab, field, original)
    expect_gone(lab, root, said)
    driver.assert_no_new_console_errors(lab)


def test_implausible_value_is_accepted_with_a_named_bound(lab):
    root = lab.locator(".liftlab-one-rep-max")
    field = box(root, "Load")
    centre(lab, field)
    type_text(lab, field, "1000")
    lab.wait_for_function(
        "(el) => el.textContent.includes('1000 kg')",
        arg=root.locator(".liftlab-result").first.element_handle(),
    )
    try:
        warning = visible_text(lab, root, r"1000 kg.*501 kg", "1RM estimator, Load ← 1000")
    finally:
        shoot(lab, "laptop-one-rep-max-implausible")
    assert_next_to(lab, field, warning, "1RM estimator, Load ← 1000")
    expect_gone(lab, root, r"still showing")
    type_text(lab, field, "100")
    expect_gone(lab, root, r"501 kg")
    driver.assert_no_new_console_errors(lab)


# ------------------------------------------------------------------------------ kg/lb converts

# (calculator, box, kg value typed first, shown after switching to lb)
CONVERTS = [
    ("one-rep-max", "Load", "100", "220.5"),
    ("rpe", "1RM", "100", "220.5"),
    ("goal-loads", "1RM", "100", "220.5"),
    ("volume-planner", "Load", "100", "220.5"),
    ("energy", "Muscle gained", "2", "4.4"),
    ("plan-builder", "Squat 1RM", "140", "308.6"),
]


def click_unit(root, unit: str) -> None:
    driver.click_toggle(root.page, unit, scope=root)


@pytest.mark.parametrize("key, label, kg, lb", CONVERTS, ids=[f"{c[0]}:{c[1]}" for c in CONVERTS])
def test_the_unit_toggle_converts_the_numbers(lab, key, label, kg, lb):
    root = lab.locator(f".liftlab-{key}")
    field = box(root, label)
    centre(lab, field)
    type_text(lab, field, kg)
    from playwright.sync_api import expect

    expect(field).to_have_value(kg)
    expect(root.locator(".liftlab-result").first).to_contain_text(re.compile(r"\bkg\b"))
    click_unit(root, "lb")
    try:
        expect(field).to_have_value(lb, timeout=10_000)
    except AssertionError:
        shoot(lab, f"laptop-{key}-unit-lb")
        raise AssertionError(
            f"{key}: {label} {kg} kg shows {field.input_value()!r} after switching to lb "
            f"(expected {lb}): the toggle relabels instead of converting"
        ) from None
    expect(root.locator(".liftlab-result").first).to_contain_text(re.compile(r"\blb\b"))
    shoot(lab, f"laptop-{key}-unit-lb")
    click_unit(root, "kg")
    expect(field).to_have_value(kg, timeout=10_000)  # back exactly, no drift
    driver.assert_no_new_console_errors(lab)


def test_plate_loader_converts_to_the_nearest_loadable_weight_and_says_so(lab):
    root = lab.locator(".liftlab-plate-loader")
    field = box(root, "Target")
    centre(lab, field)
    type_text(lab, field, "127.5")
    from playwright.sync_api import expect

    expect(root.locator(".liftlab-result").first).to_contain_text("127.5 kg")
    click_unit(root, "lb")
    try:
        expect(field).to_have_value("280", timeout=10_000)
        visible_text(lab, root, r"127\.5 kg.*281\.1 lb.*280 lb", "plate loader, kg → lb")
    finally:
        shoot(lab, "laptop-plate-loader-unit-lb")
    assert not root.locator("[role='alert']").count(), root.locator(
        "[role='alert']"
    ).all_inner_texts()
    expect(root.locator(".liftlab-result").first).to_contain_text("280 lb")
    click_unit(root, "kg")
    expect(field).to_have_value("127.5", timeout=10_000)
    driver.assert_no_new_console_errors(lab)


# ---------------------------------------------------------------------------- accessible names


@pytest.mark.parametrize("key", [spec.key for spec in SPECS])
def test_every_control_has_an_accessible_name(lab, key):
    """What a screen reader announces: no control without a name ("slider 5")."""
    root = lab.locator(f".liftlab-{key}")
    assert root.count() == 1
    problems = driver.unnamed_controls(root)
    assert not problems, f"{key}: controls without an accessible name: {problems}"


def test_the_reps_box_is_named_reps(lab):
    root = lab.locator(".liftlab-one-rep-max")
    named = [root.get_by_role(r, name="Reps", exact=True).count() for r in ("slider", "textbox")]
    assert sum(named) == 1, f"the 1RM estimator's reps control is not named 'Reps': {named}"


# ------------------------------------------------------------------------------- phone width


def test_phone_width_bad_input_is_said_next_to_its_box(lab):
    lab.set_viewport_size(PHONE)
    try:
        root = lab.locator(".liftlab-one-rep-max")
        field = box(root, "Load")
        centre(lab, field)
        type_text(lab, field, "0")
        try:
            message = visible_text(lab, root, r"Load must be more than 0 kg", "phone, Load ← 0")
        finally:
            shoot(lab, "phone-one-rep-max-bad-input")
        assert_next_to(lab, field, message, "phone width, Load ← 0")
        type_text(lab, field, "100")
        expect_gone(lab, root, r"still showing")
        centre(lab, root.locator(".liftlab-result").first)
        shoot(lab, "phone-one-rep-max")
    finally:
        lab.set_viewport_size(LAPTOP)
    driver.assert_no_new_console_errors(lab)
