"""Every calculator of notebooks/calculators.ipynb follows a person's input in JupyterLab.

The notebook is opened and run once (module-scoped page); one test per calculator then changes
its controls with the keyboard and the mouse and waits, after each input, for the exact text
liftlab computes for the new value (the same calculator built headless in the test process, see
calculator_specs.py) and for a redrawn figure. Key press or click → text painted is timed in the
page; the session summary prints median and p95 per calculator.
"""

from __future__ import annotations

import re
import time

import calculator_specs as cs
import driver
import pytest
from calculator_specs import SPECS

NOTEBOOK = "notebooks/calculators.ipynb"


@pytest.fixture(scope="module")
def lab(module_page, jupyter_server):
    """The calculators notebook, opened in JupyterLab and run all once for the module."""
    t0 = time.perf_counter()
    driver.open_notebook(module_page, jupyter_server, NOTEBOOK)
    t_open = time.perf_counter()
    state = driver.run_all(module_page)
    driver.TIMINGS["calculators"] = (t_open - t0, time.perf_counter() - t_open)
    module_page.run_state = state
    return module_page


def test_calculators_notebook_runs_clean(lab):
    errors = driver.error_outputs(lab)
    assert not errors, "error output(s):\n" + "\n---\n".join(e[-2000:] for e in errors)
    not_run = [
        c["prompt"]
        for c in lab.run_state["cells"]
        if not c["empty"] and not re.search(r"\d", c["prompt"])
    ]
    assert not not_run, f"{len(not_run)} code cell(s) did not run"
    assert not driver.widget_problems(lab), driver.widget_problems(lab)
    for spec in SPECS:
        root = lab.locator(spec.root)
        assert root.count() == 1, f"{spec.root}: {root.count()} on the page"
        assert root.locator(cs.RESULT).count() >= 1, f"{spec.name}: no .liftlab-result widget"
        assert root.locator(cs.FIGURE_IMG).count() == 1, f"{spec.name}: no figure"
    driver.assert_no_new_console_errors(lab)


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_calculator_follows_keyboard_and_mouse(spec, lab):
    app = spec.headless()
    root = lab.locator(spec.root)
    for output in {s.output for s in spec.steps}:  # what the notebook showed after Run All
        shown = root.locator(cs.RESULT).nth(cs.result_index(app, output))
        driver.wait_for_text(lab, shown, cs.plain(getattr(app, output).value), exact=True)
    for step in spec.steps:
        cs.drive(lab, spec, app, step)
    driver.wait_for_text(lab, root.locator(cs.MESSAGE), "", exact=True)
    driver.assert_no_new_console_errors(lab)


def test_bad_input_is_explained_next_to_its_box_and_the_last_result_stays(lab):
    """1RM estimator: a load of -5 → the reason next to the Load box, the last result and
    figure unchanged and marked stale; a valid load → new result, every mark gone."""
    from liftlab.apps.one_rep_max_app import one_rep_max_calculator

    root = lab.locator(".liftlab-one-rep-max")
    result = root.locator(cs.RESULT)
    load_box = driver.control(root, "Load")
    reps = int(driver.control(root, "Reps").locator("input").input_value())
    load = float(load_box.locator("input").input_value())
    unit = root.locator(".widget-toggle-buttons button.mod-active").inner_text().strip()
    app = one_rep_max_calculator(load, reps, unit)  # what the page shows now
    app.figure.refresh = lambda *args, **kwargs: None
    last = cs.plain(app.result.value)
    driver.wait_for_text(lab, result, last, exact=True)
    src = cs.figure_src(root)

    app.load.box.value = "-5"
    said = cs.plain(app.load.notes.value)
    assert said.startswith("⚠ Load must be more than 0"), said
    note = root.locator(cs.FIELD_NOTE).first
    with driver.LATENCY.measure("1RM estimator (bad input)", lab, note, said):
        driver.type_into(lab, load_box, "-5")
    driver.wait_for_text(lab, note, said, exact=True)
    assert note.locator("[role='alert']").count() == 1
    driver.wait_for_text(lab, root.locator(cs.STALE), cs.plain(app.stale.value), exact=True)
    driver.wait_for_text(lab, result, last, exact=True)
    assert load_box.locator("input").input_value() == "-5"  # kept as typed
    lab.wait_for_timeout(300)  # a figure redrawn for the refused input would arrive by now
    assert cs.figure_src(root) == src, "the figure changed for a refused input"

    app.load.box.value = "102.5"
    recovered = cs.plain(app.result.value)
    with driver.LATENCY.measure("1RM estimator", lab, result, recovered):
        driver.type_into(lab, load_box, "102.5")
    driver.wait_for_text(lab, root.locator(cs.STALE), "", exact=True)
    driver.wait_for_text(lab, note, "", exact=True)
    cs.wait_figure_changed(lab, root, src, "1RM estimator, load 102.5 after -5")
    driver.assert_no_new_console_errors(lab)
