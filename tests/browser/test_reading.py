"""What a student sees before running anything, and that looking changes nothing (issue 14).

- A stored notebook opened without running (a fresh clone: untrusted, no signature) shows every
  calculator and quiz as readable text with "Run this cell", never ``Widget(children=(...``; it is
  not marked modified, stays readable after a page reload, closes without a "save?" dialog, and
  its file's bytes are unchanged.
- Every notebook runs top to bottom in JupyterLab (Run All, fresh workspace and kernel) with
  no error, every widget rendered and no console error; every ``img``, stored and after
  running, has real alt text and a visible "Figure: ..." caption. (One Run All per notebook
  checks all of this: each open costs a JupyterLab page load and a kernel.)
- Quizzes: Enter submits a typed answer; a hint or a verdict about an old answer disappears as
  soon as the answer changes; numbers are read the way people type them.
- The whole-course quiz of chapter 08 can be opened and answered with the keyboard alone.
- The Voilà page fetches nothing from outside 127.0.0.1 and logs no warning or error, and its
  icons still draw (Font Awesome served by Voilà itself).

Screenshots go to ``screenshots/reading-*.png``.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

import calculator_specs as cs
import driver
import pytest
from driver import ROOT, SCREENSHOTS

NOTEBOOKS = sorted(p for p in ROOT.glob("notebooks/*.ipynb") if ".ipynb_checkpoints" not in p.parts)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
RUN_LINE = "Run this cell"


def _ids(path: Path) -> str:
    return path.stem


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def widget_cells(path: Path) -> list[int]:
    """Indices (among code cells) of the cells whose stored output is a widget."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    return [
        i
        for i, cell in enumerate(code)
        if any(WIDGET_VIEW in o.get("data", {}) for o in cell.get("outputs", []))
    ]


# The current notebook's document model (window.jupyterapp: the server runs with
# --LabApp.expose_app_in_browser). Waiting for the kernel's info and spec promises first means
# JupyterLab has applied both to the notebook metadata (it does so in handlers registered on the
# same promises, before ours), so "dirty" is read after opening has finished, not guessed by time.
_MODEL_STATE_JS = """async () => {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel.sessionContext.session?.kernel;
  if (kernel) { await kernel.info; await kernel.spec; }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const model = panel.context.model;
  return {dirty: model.dirty, trusted: [...model.cells].every((c) => c.trusted !== false),
          metadata: model.metadata};
}"""


_NO_REQUEST_IN_FLIGHT_JS = """() => {
  const kernel = window.jupyterapp.shell.currentWidget?.sessionContext.session?.kernel;
  return !kernel || !kernel._futures || kernel._futures.size === 0;
}"""
_REQUESTS_IN_FLIGHT_JS = """() => {
  const kernel = window.jupyterapp.shell.currentWidget?.sessionContext.session?.kernel;
  return [...(kernel?._futures?.values() || [])].map(
    (f) => `${f.msg?.header?.msg_type} ${JSON.stringify(f.msg?.content || {}).slice(0, 80)}`);
}"""


def wait_no_request_in_flight(page) -> None:
    """Until JupyterLab has no kernel request in flight (its debugger asks the kernel for its
    state on connecting; closing or reloading the page cancels such a request, which JupyterLab
    logs as a console error)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        # A state, not a time: generous, because a kernel starting on a busy 2-core machine
        # (the whole suite runs there) can take a minute before it answers.
        page.wait_for_function(_NO_REQUEST_IN_FLIGHT_JS, timeout=180_000)
    except PlaywrightTimeout:
        pending = page.evaluate(_REQUESTS_IN_FLIGHT_JS)
        status = page.evaluate(
            "() => window.jupyterapp.shell.currentWidget?.sessionContext.session?.kernel"
            "?.connectionStatus"
        )
        raise AssertionError(
            f"kernel requests still unanswered after 180 s (connection {status!r}): {pending}"
        ) from None


def model_state(page) -> dict:
    return page.evaluate(_MODEL_STATE_JS)


# Every image of the notebook: its alt text, and the caption a sighted reader sees next to it
# (the text of the nearest <figure> or .liftlab-figure holding it, if that is shown).
_IMAGES_JS = """() => [...document.querySelectorAll('.jp-Notebook img')].map((img) => {
  const holder = img.closest('figure, .liftlab-figure');
  const caption = holder && [...holder.querySelectorAll('figcaption, .liftlab-caption')]
      .find((el) => el.offsetHeight > 0 && getComputedStyle(el).visibility !== 'hidden');
  return {alt: img.getAttribute('alt'), caption: caption ? caption.innerText : null,
          src: (img.getAttribute('src') || '').slice(0, 40), shown: img.offsetHeight > 0};
})"""


def image_problems(page) -> list[str]:
    images = page.evaluate(_IMAGES_JS)
    problems = []
    for n, image in enumerate(images):
        alt = " ".join((image["alt"] or "").split())
        where = f"img {n + 1} of {len(images)} ({image['src']}...)"
        if len(alt) < 25:
            problems.append(
                f"{where}: alt text {image['alt']!r} is missing or too short to describe"
            )
            continue
        caption = " ".join((image["caption"] or "").split())
        if not caption.startswith("Figure:") or alt not in caption:
            problems.append(
                f"{where}: no visible caption 'Figure: {alt[:40]}...' (got {caption!r})"
            )
    return problems


def readable_problems(page, path: Path) -> list[str]:
    """Widget cells must read as text with the run line; nothing may show ``children=(``."""
    problems = []
    cells = page.locator(driver.CODE_CELL)
    for i in widget_cells(path):
        text = cells.nth(i).locator(driver.OUTPUT).all_inner_texts()
        joined = "\n".join(text)
        if "children=(" in joined or RUN_LINE not in joined:
            problems.append(f"code cell {i + 1} shows {joined[:120]!r}")
    for text in page.locator(f".jp-Notebook {driver.OUTPUT}").all_inner_texts():
        if "children=(" in text and not any(text[:120] in p for p in problems):
            problems.append(f"an output shows {text[:120]!r}")
    return problems


def close_current_tab(page) -> None:
    """File → Close Tab, as a person does; a "Save your work?" dialog fails the test."""
    page.get_by_role("menuitem", name="File", exact=True).click()
    # The item's accessible name includes its shortcut ("Close Tab Alt+W").
    page.locator(".lm-Menu").get_by_role("menuitem", name=re.compile(r"^Close Tab\b")).click()
    outcome = page.wait_for_function(
        """() => document.querySelector('.jp-Dialog') ? 'dialog'
                 : (document.querySelector('.jp-NotebookPanel') ? false : 'closed')"""
    ).json_value()
    if outcome == "dialog":
        text = page.locator(".jp-Dialog").first.inner_text()
        raise AssertionError(f"closing the unchanged notebook asks: {text!r}")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=_ids)
def test_stored_notebook_is_readable_opening_changes_nothing_and_it_runs_clean(
    notebook, page, jupyter_server
):
    """A student with a fresh clone: opens the notebook and reads it (untrusted, stored outputs),
    reloads, closes it (nothing changed), opens it again and runs it all. One page for the whole
    path: each JupyterLab page load costs seconds on a busy machine."""
    rel = notebook.relative_to(ROOT)
    before = sha256(notebook)
    t0 = time.perf_counter()
    driver.open_notebook(page, jupyter_server, rel)
    opened = time.perf_counter() - t0
    state = model_state(page)
    assert not state["trusted"], f"{rel} opened trusted: this test is about a fresh clone"
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    driver.screenshot_notebook(page, SCREENSHOTS / f"reading-stored-{notebook.stem}.png")
    problems = readable_problems(page, notebook)
    assert not problems, f"{rel} opened without running:\n  " + "\n  ".join(problems)
    problems = image_problems(page)
    assert not problems, f"{rel} opened without running:\n  " + "\n  ".join(problems)
    assert not state["dirty"], (
        f"{rel} is marked modified just by opening it; metadata now "
        f"{ {k: v for k, v in state['metadata'].items() if k != 'widgets'} }"
    )

    wait_no_request_in_flight(page)
    page.reload()  # the same workspace: the notebook opens again from the file
    page.wait_for_selector(driver.NOTEBOOK_PANEL)
    driver.wait_kernel_idle(page)
    state = model_state(page)
    problems = readable_problems(page, notebook)
    assert not problems, f"{rel} after a page reload:\n  " + "\n  ".join(problems)
    assert not state["dirty"], f"{rel} is marked modified after a page reload"

    wait_no_request_in_flight(page)
    close_current_tab(page)
    assert sha256(notebook) == before, f"{rel}: the file changed although nothing was edited"
    driver.assert_no_console_errors(page)

    page.evaluate(
        "(path) => window.jupyterapp.commands.execute('docmanager:open', {path})", rel.as_posix()
    )
    page.wait_for_selector(driver.NOTEBOOK_PANEL)
    driver.wait_kernel_idle(page)
    run_all_and_check(page, notebook, opened)


def run_all_and_check(page, notebook: Path, opened: float) -> None:
    """Run All (in a kernel that has run nothing yet): no cell shows an error, every code cell ran,
    every widget renders (and a notebook that shows widgets shows some), every image has alt
    text and a visible caption, no live widget still says "Run this cell", and the console
    logs no error or warning."""
    rel = notebook.relative_to(ROOT)
    t_run = time.perf_counter()
    state = driver.run_all(page)
    driver.TIMINGS[notebook.stem] = (opened, time.perf_counter() - t_run)
    driver.screenshot_notebook(page, SCREENSHOTS / f"{notebook.stem}.png")

    errors = driver.error_outputs(page)
    assert not errors, f"{rel}: error output(s):\n" + "\n---\n".join(e[-2000:] for e in errors)
    not_run = [
        c["prompt"] for c in state["cells"] if not c["empty"] and not re.search(r"\d", c["prompt"])
    ]
    assert not not_run, f"{rel}: {len(not_run)} code cell(s) did not run"
    problems = driver.widget_problems(page)
    assert not problems, f"{rel}: widgets did not render: {problems}"
    if widget_cells(notebook):
        assert driver.widget_count(page) > 0, f"{rel} displays widgets but none rendered"
        # the widgets' images are drawn after the cells finish
        page.wait_for_function(
            "(sel) => [...document.querySelectorAll(sel)].every((i) => i.complete)",
            arg=".jp-Notebook img",
        )
    images = page.locator(".jp-Notebook img").count()
    problems = image_problems(page)
    assert not problems, f"{rel} after Run All:\n  " + "\n  ".join(problems)
    text = "\n".join(page.locator(f".jp-Notebook {driver.OUTPUT}").all_inner_texts())
    assert RUN_LINE not in text, f"{rel}: a live widget still says {RUN_LINE!r}"
    print(f"{rel}: {images} images, each with alt text and a caption")
    driver.assert_no_console_errors(page)


# Samples every animation frame while a calculator updates: a frame in which the figure's <img>
# is missing, not yet decoded (complete false) or empty would flash blank on screen.
_FRAME_SAMPLER_JS = """(root) => {
  const state = {frames: 0, blank: [], swaps: 0, running: true};
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'IMG') state.swaps++;
  }).observe(root, {subtree: true, childList: true});
  const tick = () => {
    if (!state.running) return;
    const img = root.querySelector('.liftlab-figure img');
    state.frames++;
    if (!img || !img.complete || img.naturalWidth === 0) {
      state.blank.push(img ? `complete=${img.complete} width=${img.naturalWidth}` : 'no img');
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__liftlabFrames = state;
}"""


def test_calculator_figure_never_shows_a_blank_frame_while_it_updates(page, jupyter_server):
    """The figure is an <img alt> with a data: URL, replaced on every update (ipywidgets' Image
    cannot carry alt text): it must be drawn in the same frame it is replaced, never blank."""
    driver.open_notebook(page, jupyter_server, "notebooks/00-start-here.ipynb")
    driver.run_all(page)
    app = page.locator(".liftlab-plate-loader")
    result = app.locator(".liftlab-result").first
    page.evaluate(_FRAME_SAMPLER_JS, app.element_handle())
    for load in (60, 80, 102.5, 120, 140, 180):
        before = cs.figure_src(app)
        driver.type_into(page, driver.control(app, "Target"), f"{load:g}")
        driver.wait_for_text(page, result, f"{load:g} kg = ")
        # The figure is a separate message that can land after the text: wait for its swap.
        cs.wait_figure_changed(page, app, before, f"target {load:g} kg")
    state = page.evaluate(
        "() => { window.__liftlabFrames.running = false; return window.__liftlabFrames; }"
    )
    assert state["swaps"] >= 6, f"the figure was replaced {state['swaps']} times for 6 loads"
    assert state["frames"] > 20, state
    assert not state["blank"], (
        f"{len(state['blank'])} of {state['frames']} frames without a drawn figure: "
        f"{state['blank'][:5]}"
    )
    alt = app.locator(".liftlab-figure img").get_attribute("alt")
    assert alt and "180 kg" in alt, alt
    driver.assert_no_console_errors(page)


# ------------------------------------------------------------------------------------ quizzes


def test_quiz_enter_submits_and_stale_feedback_clears(page, jupyter_server):
    driver.open_notebook(page, jupyter_server, "notebooks/02-one-rep-max.ipynb")
    driver.run_all(page)
    quiz = page.locator(".liftlab-quiz").first
    quiz.wait_for()
    numeric = quiz.locator(".liftlab-question").filter(has=page.locator("input[type='text']"))
    numeric = numeric.first
    box = numeric.locator("input[type='text']")
    feedback = numeric.locator(".liftlab-feedback")

    driver.type_into(page, box, "lots")  # typed at full speed, then Enter
    driver.wait_for_text(page, feedback, "“lots” is not a number")
    driver.type_into(page, box, "117")
    driver.wait_for_text(page, feedback, "Correct: 116.7 kg")
    page.keyboard.press("Backspace")  # "11", then Enter: the verdict on "117" must go
    page.keyboard.press("Enter")
    driver.wait_for_text(page, feedback, "you gave 11 kg")
    for typed in ("116,7 kg", " 116.7kg ", "116.7 KG", "1,5"):
        driver.type_into(page, box, typed)
        expected = "you gave 1.5 kg" if typed == "1,5" else "Correct: 116.7 kg"
        driver.wait_for_text(page, feedback, expected)
        assert feedback.count() == 1
    driver.type_into(page, box, "125", commit=None)  # no Enter: the Check button marks it
    numeric.get_by_role("button", name=re.compile("Check")).click()
    driver.wait_for_text(page, feedback, "you gave 125 kg")

    choice = quiz.locator(".liftlab-question").filter(has=page.locator("input[type='radio']")).first
    choice.get_by_role("button", name=re.compile("Check")).click()
    driver.wait_for_text(page, choice, "Choose an answer")
    choice.locator("input[type='radio']").first.check()
    page.wait_for_function(
        "(el) => !el.querySelector('.liftlab-feedback')", arg=choice.element_handle()
    )
    choice.get_by_role("button", name=re.compile("Check")).click()
    driver.wait_for_text(page, choice, "Correct")
    choice.locator("input[type='radio']").nth(1).check()  # a new choice: the verdict goes
    page.wait_for_function(
        "(el) => !el.querySelector('.liftlab-feedback')", arg=choice.element_handle()
    )
    quiz.screenshot(path=str(SCREENSHOTS / "reading-quiz-02.png"))
    driver.assert_no_console_errors(page)


def _course_quiz_cell(path: Path) -> int:
    """Index (among code cells) of the cell that shows the whole-course quiz."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    return max(
        i
        for i, c in enumerate(code)
        if re.search(r"course_quiz\(|Accordion\(", "".join(c["source"]))
    )


def test_course_quiz_of_chapter_08_works_with_the_keyboard(page, jupyter_server):
    path = ROOT / "notebooks/08-summary.ipynb"
    driver.open_notebook(page, jupyter_server, path.relative_to(ROOT))
    driver.run_all(page)
    from liftlab.quiz import TOPIC_TITLES, TOPICS

    chapters = [t for t in TOPICS if t != "08-summary"]
    titles = [TOPIC_TITLES[t].lower() for t in chapters]
    cell = page.locator(driver.CODE_CELL).nth(_course_quiz_cell(path))
    output = cell.locator(driver.OUTPUT).first
    output.locator(".jupyter-widgets").first.wait_for()
    # Start from the last control before the course quiz (the chapter's own quiz), as a student
    # who answered it and tabs on.
    previous = page.locator(driver.CODE_CELL).nth(_course_quiz_cell(path) - 1)
    previous.get_by_role("button").last.focus()
    focused = []
    for _ in range(4 * len(chapters)):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """(out) => { const el = document.activeElement;
                 return {inside: out.contains(el), tag: el.tagName, role: el.getAttribute('role'),
                         text: (el.innerText || el.value || '').trim().slice(0, 80)}; }""",
            output.element_handle(),
        )
        if info["inside"]:
            focused.append(info["text"])
        elif focused:
            break
    reached = [
        c
        for c, title in zip(chapters, titles, strict=True)
        if any(title in t.lower() for t in focused)
    ]
    assert reached == chapters, (
        f"Tab reaches {len(reached)} of {len(chapters)} chapter headers of the course quiz; "
        f"focus went to {focused}"
    )
    tree = output.aria_snapshot()
    for chapter, title in zip(chapters, titles, strict=True):
        assert re.search(rf'button "[^"]*{re.escape(title)}[^"]*"', tree, re.IGNORECASE), (
            f"no button named after {chapter} in the accessibility tree:\n{tree[:1500]}"
        )
    # Open the first chapter with Enter and answer its first question with the keyboard.
    first = output.get_by_role("button", name=re.compile(re.escape(titles[0]), re.I))
    first.focus()
    page.keyboard.press("Enter")
    radio = output.locator("input[type='radio']").first
    radio.wait_for(state="visible")
    driver.wait_for_text(page, first, "Hide")
    page.keyboard.press("Tab")
    active = page.evaluate("() => document.activeElement.type || document.activeElement.tagName")
    assert active == "radio", f"Tab after opening a chapter went to {active!r}, not its answers"
    page.keyboard.press("Space")  # choose the focused answer
    page.wait_for_function("() => document.activeElement.checked === true")
    # On to the question's Check button (ipywidgets' radios are separate Tab stops).
    question = output.locator(".liftlab-question").first
    for _ in range(len(question.locator("input[type='radio']").all()) + 1):
        page.keyboard.press("Tab")
        on = page.evaluate("() => (document.activeElement.innerText || '').trim()")
        if on == "Check":
            break
    assert on == "Check", f"Tab from the answers never reached Check (last: {on!r})"
    page.keyboard.press("Enter")
    question = output.locator(".liftlab-question").first
    driver.wait_for_text(
        page, question.locator(".liftlab-feedback"), re.compile("Correct|Not quite")
    )
    output.screenshot(path=str(SCREENSHOTS / "reading-course-quiz-08.png"))
    first.focus()
    page.keyboard.press("Enter")  # and closed again from the keyboard
    radio.wait_for(state="hidden")
    driver.wait_for_text(page, first, "Show")
    driver.assert_no_console_errors(page)


# -------------------------------------------------------------------------------------- Voilà


def test_voila_page_fetches_nothing_outside_and_logs_nothing(page, voila_server):
    driver.open_voila(page, voila_server, "notebooks/calculators.ipynb")
    log = driver.page_log(page)
    icons = page.evaluate(
        """() => [...document.querySelectorAll('.fa')].map((el) => {
             const before = getComputedStyle(el, '::before');
             return {content: before.content, font: before.fontFamily, cls: el.className};
           })"""
    )
    assert icons, "no Font Awesome icon on the page to check"
    blank = [
        i
        for i in icons
        if i["content"] in ("none", "normal", '""') or "Font Awesome" not in i["font"]
    ]
    assert not blank, f"icons without a glyph from Font Awesome: {blank[:3]}"
    page.screenshot(path=str(SCREENSHOTS / "reading-voila.png"))
    assert not log.external_requests, f"requests left 127.0.0.1: {log.external_requests}"
    assert not log.console_errors, "console:\n  " + "\n  ".join(log.console_errors)
    driver.assert_no_console_errors(page)
