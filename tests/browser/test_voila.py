"""The calculators page as coaches get it: notebooks/calculators.ipynb rendered by Voilà.

Opened once (module-scoped page): no code shown, no error, every calculator rendered; then one
input per calculator, waiting for the exact text liftlab computes and a redrawn figure, with a
screenshot of each calculator after its input (screenshots/voila-<calculator>.png).
"""

from __future__ import annotations

import os
import time

import calculator_specs as cs
import driver
import pytest
from calculator_specs import SPECS
from driver import ROOT, SCREENSHOTS

VOILA_PAGE = ROOT / os.environ.get("LIFTLAB_VOILA_PAGE", "notebooks/calculators.ipynb")
# Source lines of the page's code cells that must not reach the reader.
CODE_MARKERS = ("import liftlab", "one_rep_max_calculator()", "plan_builder()")


@pytest.fixture(scope="module")
def voila(module_page, voila_server):
    t0 = time.perf_counter()
    driver.open_voila(module_page, voila_server, VOILA_PAGE.relative_to(ROOT))
    print(f"voila {VOILA_PAGE.name}: rendered in {time.perf_counter() - t0:.1f} s")
    # One viewport as tall as the page (+ room for results that grow) for the whole module, so
    # every calculator's screenshot is whole without a resize (and relayout) per test.
    with driver.tall_viewport(module_page, extra=1_000):
        yield module_page


def test_voila_page_renders_clean_without_code(voila):
    errors = driver.error_outputs(voila)
    assert not errors, "Voilà page shows errors:\n" + "\n---\n".join(e[-2000:] for e in errors)
    assert not driver.widget_problems(voila), driver.widget_problems(voila)
    code = ".jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .jp-InputPrompt, .jp-OutputPrompt"
    assert voila.locator(code).count() == 0, "code cell inputs or prompts shown"
    text = voila.locator("body").inner_text()
    shown = [m for m in CODE_MARKERS if m in text]
    assert not shown, f"source code on the page: {shown}"
    for spec in SPECS:
        root = voila.locator(spec.root)
        assert root.count() == 1, f"{spec.root}: {root.count()} on the page"
        assert root.locator(cs.FIGURE_IMG).count() == 1, f"{spec.name}: no figure"
    cut = voila.evaluate(
        """() => [...document.querySelectorAll('.liftlab-calculator .widget-label')]
                   .filter((el) => el.offsetParent && el.scrollWidth > el.clientWidth + 1)
                   .map((el) => el.textContent)"""
    )
    assert not cut, f"control labels cut off (text wider than the label): {cut}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    voila.screenshot(path=str(SCREENSHOTS / "voila-calculators.png"), full_page=True)
    driver.assert_no_new_console_errors(voila)


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_voila_calculator_follows_input(spec, voila):
    app = spec.headless()
    step = spec.steps[0]
    root = voila.locator(spec.root)
    shown = root.locator(cs.RESULT).nth(cs.result_index(app, step.output))
    driver.wait_for_text(voila, shown, cs.plain(getattr(app, step.output).value), exact=True)
    cs.drive(voila, spec, app, step, latency_row="Voilà page (first input of each)")
    driver.wait_for_text(voila, root.locator(cs.MESSAGE), "", exact=True)
    root.screenshot(path=str(SCREENSHOTS / f"voila-{spec.key}.png"))
    driver.assert_no_new_console_errors(voila)


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_voila_every_control_has_an_accessible_name(spec, voila):
    """The same accessibility tree check as in JupyterLab (test_student_input.py)."""
    problems = driver.unnamed_controls(voila.locator(spec.root))
    assert not problems, f"{spec.key}: controls without an accessible name: {problems}"
