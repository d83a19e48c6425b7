"""Chapter 09's calculator in JupyterLab: real files through the real upload button.

The chapter is opened and run once; the tests then click the *Upload CSV* button, give the
file chooser it opens a Strong export or a Hevy export (Playwright's ``set_files``), and
wait for the exact text liftlab computes for that file, headless, in the test process. A
broken file must be explained in the widget while the last analysis stays on screen.
"""

from __future__ import annotations

import time

import calculator_specs as cs
import driver
import pytest
from driver import ROOT, SCREENSHOTS

import liftlab
from liftlab.apps.training_log_app import SAMPLE_LOG, summary_html

NOTEBOOK = "notebooks/09-your-own-training.ipynb"
DATA = ROOT / "notebooks" / "data"
ROOT_SELECTOR = ".liftlab-training-log"
SUMMARY = ".widget-html.liftlab-result .liftlab-log-summary"


def expected_summary(path, unit: str = "kg") -> str:
    """The summary text liftlab computes for a file (what the page must show)."""
    return cs.plain(summary_html(liftlab.read_log(path, unit=unit), path.name))


@pytest.fixture(scope="module")
def lab(module_page, jupyter_server):
    t0 = time.perf_counter()
    driver.open_notebook(module_page, jupyter_server, NOTEBOOK)
    t_open = time.perf_counter()
    module_page.run_state = driver.run_all(module_page, timeout=180_000)
    driver.TIMINGS["09 training log"] = (t_open - t0, time.perf_counter() - t_open)
    return module_page


def _shot(page, name: str) -> None:
    """The whole calculator: the viewport grows to its height for the shot, then shrinks."""
    root = page.locator(ROOT_SELECTOR)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size or {"width": 1280, "height": 900}
    height = int(root.evaluate("(el) => el.getBoundingClientRect().height"))
    page.set_viewport_size({"width": size["width"], "height": min(8000, height + 200)})
    try:
        root.scroll_into_view_if_needed()
        root.screenshot(path=str(SCREENSHOTS / f"training-log-{name}.png"))
    finally:
        page.set_viewport_size(size)


def _e1rm_image(page):
    return page.locator(f"{ROOT_SELECTOR} {cs.FIGURE_IMG}").first


def _wait_redrawn(page, before: str, what: str) -> None:
    # The image is looked up afresh on every poll: a redraw replaces the HTML widget's
    # content, so a handle taken earlier can point to the <img> that was swapped out.
    try:
        page.wait_for_function(
            """([selector, before]) => {
                const el = document.querySelector(selector);
                return !!el && !!el.src && el.src !== before && el.complete;
            }""",
            arg=[f"{ROOT_SELECTOR} {cs.FIGURE_IMG}", before],
            timeout=30_000,
        )
    except Exception:
        raise AssertionError(f"{what}: the e1RM chart was not redrawn") from None


def _upload(page, path) -> None:
    """Click *Upload CSV* and answer the file chooser it opens, as a person does.

    ipywidgets 8's upload button keeps its ``<input type="file">`` outside the page's DOM
    and clicks it from the button, so the file goes through Playwright's file chooser
    (``FileChooser.set_files``, the ``set_input_files`` of that input).
    """
    button = page.locator(f"{ROOT_SELECTOR} .widget-upload")
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files(str(path))


def test_the_chapter_runs_and_shows_the_sample(lab):
    assert not driver.error_outputs(lab)
    assert not driver.widget_problems(lab)
    root = lab.locator(ROOT_SELECTOR)
    assert root.count() == 1
    summary = root.locator(SUMMARY)
    driver.wait_for_text(lab, summary, expected_summary(SAMPLE_LOG), exact=True, timeout=30_000)
    assert root.locator(cs.FIGURE_IMG).count() == 5
    _shot(lab, "sample")
    driver.assert_no_new_console_errors(lab)


def test_a_strong_export_through_the_upload_button(lab):
    path = DATA / "example-strong.csv"
    summary = lab.locator(f"{ROOT_SELECTOR} {SUMMARY}")
    src = _e1rm_image(lab).get_attribute("src") or ""
    _upload(lab, path)
    text = expected_summary(path)
    assert "Of your 19 hard sets, 37 % are hypertrophy-type" in text  # hand-worked, see tests
    driver.wait_for_text(lab, summary, text, exact=True, timeout=30_000)
    _wait_redrawn(lab, src, "after a Strong upload")
    message = lab.locator(f"{ROOT_SELECTOR} {cs.MESSAGE}")
    driver.wait_for_text(lab, message, "", exact=True)
    _shot(lab, "strong")
    driver.assert_no_new_console_errors(lab)


def test_a_hevy_export_in_pounds_through_the_upload_button(lab):
    path = DATA / "example-hevy-lb.csv"
    _upload(lab, path)
    text = expected_summary(path)
    assert "loads in lb" in text and "squat 127.5 lb (14 Mar 2025)" in text  # 110 / 0.863
    driver.wait_for_text(
        lab, lab.locator(f"{ROOT_SELECTOR} {SUMMARY}"), text, exact=True, timeout=30_000
    )
    _shot(lab, "hevy")
    driver.assert_no_new_console_errors(lab)


def test_a_broken_file_is_explained_and_the_last_analysis_stays(lab, tmp_path):
    good = expected_summary(DATA / "example-hevy-lb.csv")
    summary = lab.locator(f"{ROOT_SELECTOR} {SUMMARY}")
    driver.wait_for_text(lab, summary, good, exact=True)
    lines = (DATA / "example-strong.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(";100;", ";a hundred;")
    broken = tmp_path / "broken-strong.csv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _upload(lab, broken)
    message = lab.locator(f"{ROOT_SELECTOR} {cs.MESSAGE}")
    driver.wait_for_text(
        lab,
        message,
        "⚠ broken-strong.csv: line 4: the weight 'a hundred' is not a number. Fix that row in "
        "the file, or tick 'Skip unreadable rows'. The last valid result is still shown.",
        exact=True,
        timeout=30_000,
    )
    driver.wait_for_text(lab, summary, good, exact=True)
    assert lab.locator(f"{ROOT_SELECTOR} .liftlab-alert[role='alert']").count() == 1
    _shot(lab, "broken")
    driver.assert_no_new_console_errors(lab)
