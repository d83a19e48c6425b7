"""Every course notebook runs top to bottom in JupyterLab with no error and its widgets render.

Parametrised over notebooks/*.ipynb at collection time. LIFTLAB_BROWSER_NOTEBOOKS (a glob
relative to the repository root) replaces that list, e.g. to try the harness on one notebook.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import driver
import pytest
from driver import ROOT, SCREENSHOTS

PATTERN = os.environ.get("LIFTLAB_BROWSER_NOTEBOOKS", "notebooks/*.ipynb")
# The calculators page is opened, run and driven by test_calculators.py (same checks, and more),
# and by test_voila.py: not opened a third time here unless asked for by name.
DRIVEN_ELSEWHERE = (
    {"notebooks/calculators.ipynb"} if "LIFTLAB_BROWSER_NOTEBOOKS" not in os.environ else set()
)
NOTEBOOKS = sorted(
    p
    for p in ROOT.glob(PATTERN)
    if ".ipynb_checkpoints" not in p.parts
    and p.relative_to(ROOT).as_posix() not in DRIVEN_ELSEWHERE
)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_SOURCES = ("ipywidgets", "liftlab.apps", "from liftlab import apps", "interact")


def shows_widgets(path: Path) -> bool:
    """Whether the notebook displays widgets: its stored outputs hold widget views, or (saved
    without outputs) its code imports ipywidgets or the liftlab apps."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    if any(WIDGET_VIEW in o.get("data", {}) for c in code for o in c.get("outputs", [])):
        return True
    return any(s in "".join(c["source"]) for c in code for s in WIDGET_SOURCES)


@pytest.mark.parametrize(
    "notebook",
    NOTEBOOKS
    or [pytest.param(None, marks=pytest.mark.skip(reason=f"no notebook matches {PATTERN}"))],
    ids=lambda p: p.stem if p else "none",
)
def test_notebook_runs_clean_in_jupyterlab(notebook, page, jupyter_server):
    rel = notebook.relative_to(ROOT)
    t0 = time.perf_counter()
    driver.open_notebook(page, jupyter_server, rel)
    t_open = time.perf_counter()
    state = driver.run_all(page)
    t_run = time.perf_counter()
    driver.TIMINGS[notebook.stem] = (t_open - t0, t_run - t_open)
    driver.screenshot_notebook(page, SCREENSHOTS / f"{notebook.stem}.png")

    errors = driver.error_outputs(page)
    assert not errors, f"{rel}: error output(s):\n" + "\n---\n".join(e[-2000:] for e in errors)
    not_run = [
        c["prompt"] for c in state["cells"] if not c["empty"] and not re.search(r"\d", c["prompt"])
    ]
    assert not not_run, f"{rel}: {len(not_run)} code cell(s) did not run"
    problems = driver.widget_problems(page)
    assert not problems, f"{rel}: widgets did not render: {problems}"
    if shows_widgets(notebook):
        assert driver.widget_count(page) > 0, f"{rel} displays widgets but none rendered"
    driver.assert_no_console_errors(page)
