"""The harness itself, on a throwaway notebook of plain ipywidgets (written and removed here).

Proves, independently of the course: a notebook opens and runs, widget views render, keyboard
and mouse input reach the kernel, the helpers in driver.py work, and gives the latency baseline
("harness: IntSlider → HTML") that the calculators can be compared with.
"""

from __future__ import annotations

import shutil
import uuid

import driver
import nbformat
import pytest
from driver import ROOT, SCREENSHOTS

SOURCE = """\
import ipywidgets as w

reps = w.IntSlider(value=5, min=1, max=30, description="Reps")
load = w.BoundedFloatText(value=100.0, min=0, max=500, step=2.5, description="Load (kg)")
goal = w.ToggleButtons(options=["strength", "hypertrophy"], description="Goal")
result = w.HTML()
result.add_class("liftlab-result")

def update(_=None):
    result.value = f"reps = {reps.value}; load = {load.value:g} kg; goal = {goal.value}"

for control in (reps, load, goal):
    control.observe(update, names="value")
update()
app = w.VBox([reps, load, goal, result])
app.add_class("liftlab-calculator")
app.add_class("liftlab-harness")
app
"""


@pytest.fixture
def scratch_notebook():
    folder = ROOT / "tests" / "browser" / "_selftest"
    folder.mkdir(exist_ok=True)
    path = folder / f"harness-{uuid.uuid4().hex[:8]}.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Harness self-test"),
        nbformat.v4.new_code_cell(SOURCE),
    ]
    nbformat.write(nb, path)
    try:
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_harness_drives_widgets_with_keyboard_and_mouse(
    scratch_notebook, page, jupyter_server, latency
):
    driver.open_notebook(page, jupyter_server, scratch_notebook.relative_to(ROOT))
    driver.run_all(page)
    assert not driver.error_outputs(page)
    assert not driver.widget_problems(page)
    app = page.locator(".liftlab-harness")
    result = app.locator(".liftlab-result")
    driver.wait_for_text(page, result, "reps = 5; load = 100 kg; goal = strength", exact=True)

    slider = driver.control(app, "Reps", kind="slider")
    for reps in range(6, 16):  # ten samples of one key press → new text painted
        with latency.measure("harness: IntSlider → HTML", page, result, f"reps = {reps};"):
            driver.set_slider_by_keys(page, slider, "ArrowRight", 1)
    driver.set_slider_by_keys(page, slider, "ArrowLeft", 3)
    driver.wait_for_text(page, result, "reps = 12;")

    with latency.measure("harness: FloatText → HTML", page, result, "load = 102.5 kg"):
        driver.type_into(page, driver.control(app, "Load (kg)"), "102.5")
    with latency.measure("harness: ToggleButtons → HTML", page, result, "goal = hypertrophy"):
        driver.click_toggle(page, "hypertrophy", scope=app)
    driver.wait_for_text(page, result, "reps = 12; load = 102.5 kg; goal = hypertrophy", exact=True)
    assert slider.locator(".widget-readout").inner_text().strip() == "12"

    driver.screenshot_notebook(page, SCREENSHOTS / "_harness.png")
    driver.assert_no_console_errors(page)
