"""Drive JupyterLab (and Voilà) pages from the browser tests, the way a learner would.

Everything here takes a Playwright ``Page`` (sync API) and, where it acts on a control, a
``Locator``. Controls are found by the classes and ``description`` labels the apps give them
(see README snippet in tests/browser: each calculator root has ``liftlab-calculator`` and
``liftlab-<name>``; results live in widgets with class ``liftlab-result``).

Functions the calculator tests use:

- ``open_notebook(page, server, path)``   fresh workspace, fresh kernel, waits for kernel idle
- ``run_all(page)``                       clear outputs, Run → Run All Cells, wait until done
- ``wait_idle(page)``                     kernel idle and no cell queued ``[*]``
- ``control(scope, description)``         the widget whose description label is exactly that text
- ``set_slider_by_keys(page, slider, key, n)``   focus the slider handle, press a key n times
- ``type_into(page, field, text)``        select all, type, commit with Enter (or Tab)
- ``click_toggle(page, label)``           a ToggleButtons option, ToggleButton, radio or checkbox
- ``wait_for_text(page, locator, text)``  until the text is on screen (substring, exact, or regex)
- ``LATENCY.measure(name, page, target, text)``  context manager: in-page time from the last key
  press or click to the frame in which the expected text is shown; summarised at session end.
"""

from __future__ import annotations

import json
import re
import statistics
import threading
import uuid
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[2]  # the repository (the JupyterLab server's root)
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"  # git-ignored

if TYPE_CHECKING:  # playwright is imported lazily so a missing install only skips the tests
    from playwright.sync_api import Locator, Page

# ----------------------------------------------------------------------------------------------
# Selectors (JupyterLab 4.6, ipywidgets 8.1). Kept in one place so a JupyterLab upgrade is one edit.
# ----------------------------------------------------------------------------------------------
NOTEBOOK_PANEL = ".jp-NotebookPanel"
EXECUTION_INDICATOR = ".jp-Notebook-ExecutionIndicator"
IDLE_INDICATOR = ".jp-Notebook-ExecutionIndicator[data-status='idle']"
KERNEL_NAME = ".jp-NotebookPanel-toolbar [data-jp-item-name='kernelName']"  # "No Kernel" at first
CODE_CELL = ".jp-Notebook .jp-CodeCell"
INPUT_PROMPT = ".jp-InputArea-prompt"  # "[ ]:", "[*]:", "[12]:"
OUTPUT = ".jp-OutputArea-output"
# Errors (tracebacks) and stderr streams both render with this MIME type in JupyterLab and Voilà.
STDERR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
WIDGET = ".jupyter-widgets"
DIALOG = ".jp-Dialog"
ERROR_WIDGET = ".jupyter-widgets-error-widget"  # ipywidgets' stand-in for a view that threw
WIDGET_PLACEHOLDERS = ("Loading widget...", "Error displaying widget")
# stderr text that is not a problem of the course (printed once on a fresh machine).
ALLOWED_STDERR = (
    re.compile(r"^\s*Matplotlib is building the font cache; this may take a moment\.\s*$"),
)

# ----------------------------------------------------------------------------------------------
# Per-page bookkeeping: console errors, blocked requests, clean-up after the page is closed.
# ----------------------------------------------------------------------------------------------


@dataclass
class PageLog:
    """What a page logged that a test must not ignore."""

    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)  # blocked: tests run offline
    known_external: list[str] = field(default_factory=list)  # answered locally, see conftest
    after_close: list[Callable[[], None]] = field(default_factory=list)
    checked: bool = False
    reported: int = 0  # problems already reported by assert_new_clean (shared pages)

    def problems(self) -> list[str]:
        out = [f"console error: {e}" for e in self.console_errors]
        out += [f"request to the internet (blocked): {u}" for u in self.external_requests]
        return out

    def assert_clean(self) -> None:
        self.checked = True
        problems = self.problems()
        assert not problems, "the page logged problems:\n  " + "\n  ".join(problems)

    def assert_new_clean(self) -> None:
        """Like :meth:`assert_clean`, for the problems logged since the last call only (a page
        shared by the tests of a module: one test's problem must not fail every later test)."""
        self.checked = True
        problems = self.problems()
        new, self.reported = problems[self.reported :], len(problems)
        assert not new, "the page logged problems:\n  " + "\n  ".join(new)


_LOGS: weakref.WeakKeyDictionary[Any, PageLog] = weakref.WeakKeyDictionary()


def page_log(page: Page) -> PageLog:
    """The PageLog the ``page`` fixture attached to this page."""
    return _LOGS.setdefault(page, PageLog())


def assert_no_console_errors(page: Page) -> None:
    page_log(page).assert_clean()


def assert_no_new_console_errors(page: Page) -> None:
    """For a page shared by several tests (``module_page``): problems since the last check."""
    page_log(page).assert_new_clean()


# ----------------------------------------------------------------------------------------------
# JupyterLab: open, run, wait
# ----------------------------------------------------------------------------------------------


def open_notebook(
    page: Page, server: Any, path: str | Path, timeout: float = 90_000, prestart_kernel: bool = True
) -> None:
    """Open ``path`` (relative to the server root) in a new, reset workspace with a new kernel.

    Kernels of earlier tests are shut down first (JupyterLab reuses the session of a path, which
    would carry state from test to test); the page's kernels are shut down after it closes.
    With ``prestart_kernel`` the notebook's kernel is started through the REST API while the page
    loads (JupyterLab then joins that session): 2-3 s faster, same fresh kernel.
    """
    path = Path(path).as_posix()
    server.shutdown_all_kernels()
    page_log(page).after_close.append(server.shutdown_all_kernels)
    starter = None
    if prestart_kernel:
        kernel = _kernel_name(server, path)
        starter = threading.Thread(
            target=server.api,
            args=(
                "POST",
                "api/sessions",
                {
                    "path": path,
                    "name": Path(path).name,
                    "type": "notebook",
                    "kernel": {"name": kernel},
                },
            ),
            daemon=True,
        )
        starter.start()
    workspace = "t" + uuid.uuid4().hex[:12]
    page.goto(f"{server.url}lab/workspaces/{workspace}/tree/{path}?reset&token={server.token}")
    if starter is not None:
        starter.join(timeout=timeout / 1000)
    page.wait_for_selector(NOTEBOOK_PANEL, timeout=timeout)
    wait_kernel_idle(page, timeout=timeout)
    collapse_left_sidebar(page)


def _kernel_name(server: Any, path: str) -> str:
    nb = json.loads((Path(server.root_dir) / path).read_text(encoding="utf-8"))
    return nb.get("metadata", {}).get("kernelspec", {}).get("name") or "python3"


def open_voila(page: Page, server: Any, path: str | Path, timeout: float = 120_000) -> None:
    """Open a notebook rendered by Voilà and wait until every cell has run and widgets show.

    Voilà executes all cells before it removes its spinner (``#loading``) and reveals the page.
    """
    path = Path(path).as_posix()
    page.goto(f"{server.url}voila/render/{path}?token={server.token}")
    kernel_id = page.evaluate(
        """() => JSON.parse(document.getElementById('jupyter-config-data')?.textContent || '{}')
                   .kernelId || null"""
    )
    if kernel_id:  # Voilà has no kernels API; its pages shut their kernel down on unload
        page_log(page).after_close.append(
            lambda: server.api("POST", f"voila/api/shutdown/{kernel_id}", {})
        )
    page.wait_for_function("() => !document.getElementById('loading')", timeout=timeout)
    if page.locator(f"{OUTPUT} {WIDGET}").count() == 0:  # views attach right after the reveal
        page.wait_for_selector(f"{OUTPUT} {WIDGET}", timeout=10_000)


def collapse_left_sidebar(page: Page) -> None:
    """Close the file browser (a reset workspace opens it) so screenshots show the notebook."""
    current = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if current.count():
        current.first.click()
        page.locator("#jp-left-stack").wait_for(state="hidden", timeout=5_000)


def _fail_on_dialog(page: Page) -> None:
    dialog = page.locator(DIALOG)
    if dialog.count():
        raise AssertionError(f"JupyterLab shows a dialog: {dialog.first.inner_text()!r}")


def wait_kernel_idle(page: Page, timeout: float = 90_000) -> None:
    """Wait until the notebook's kernel is connected and idle.

    The execution indicator alone is not enough: it reads ``idle`` before any kernel exists
    (toolbar kernel name "No Kernel"), then goes initializing → connecting → busy → idle.
    A Run All clicked during "initializing" is silently dropped.
    """
    done = page.wait_for_function(
        """([idle, kernelName, dialog]) => {
             if (document.querySelector(dialog)) return 'dialog';
             const name = (document.querySelector(kernelName)?.textContent || '').trim();
             if (!name || name === 'No Kernel') return false;
             return document.querySelector(idle) ? 'idle' : false;
           }""",
        arg=[IDLE_INDICATOR, KERNEL_NAME, DIALOG],
        timeout=timeout,
    )
    if done.json_value() == "dialog":
        _fail_on_dialog(page)


def menu(page: Page, *path: str) -> None:
    """Click through the main menu, e.g. ``menu(page, "Run", "Run All Cells")``."""
    page.get_by_role("menuitem", name=path[0], exact=True).click()
    for name in path[1:]:
        page.locator(".lm-Menu").get_by_role("menuitem", name=name, exact=True).click()


# The state of the notebook's code cells, computed in the page.
_CELLS_STATE_JS = """
([cellSel, promptSel, indicatorSel, stderrSel, dialogSel]) => {
  const cells = [...document.querySelectorAll(cellSel)].map((cell) => {
    const prompt = (cell.querySelector(promptSel)?.textContent || '').trim();
    const source = cell.querySelector('.cm-content')?.textContent || '';
    return {prompt, empty: source.trim() === '', error: !!cell.querySelector(stderrSel)};
  });
  const indicator = document.querySelector(indicatorSel);
  return {
    cells,
    status: indicator ? indicator.getAttribute('data-status') : null,
    dialog: document.querySelector(dialogSel)?.innerText || null,
  };
}
"""

_EXECUTION_DONE_JS = """(args) => {
  const s = (CELLS_STATE)(args);
  if (s.dialog) return s;
  if (s.status === 'dead') return s;
  const ran = s.cells.filter((c) => !c.empty);
  if (ran.some((c) => c.prompt.includes('*'))) return false;
  if (s.status !== 'idle') return false;
  if (ran.every((c) => /\\[\\d+\\]/.test(c.prompt))) return s;  // every cell ran
  if (ran.some((c) => c.error)) return s;  // run all stopped at an error
  return false;
}""".replace("CELLS_STATE", _CELLS_STATE_JS.strip())

_STATE_ARGS = [CODE_CELL, INPUT_PROMPT, EXECUTION_INDICATOR, STDERR_OUTPUT, DIALOG]


def run_all(page: Page, timeout: float = 240_000) -> dict:
    """Clear all outputs, run all cells from the Run menu and wait until execution has finished.

    Clearing first resets every prompt to ``[ ]:`` so stored execution counts cannot be mistaken
    for a finished run. Finished means: kernel idle, no ``[*]:`` and every non-empty code cell
    numbered, or the run stopped at a cell with an error. Returns the final cell state.
    """
    wait_kernel_idle(page)
    if all(c["empty"] for c in cells_state(page)["cells"]):
        return cells_state(page)  # nothing to run (no code, or only empty cells)
    menu(page, "Edit", "Clear Outputs of All Cells")
    page.wait_for_function(
        """([sel, p]) => [...document.querySelectorAll(sel)].every(
             (c) => !/\\d/.test(c.querySelector(p)?.textContent || ''))""",
        arg=[CODE_CELL, INPUT_PROMPT],
        timeout=10_000,
    )
    menu(page, "Run", "Run All Cells")
    try:  # every non-empty code cell is queued ([*]) at once, or the run is already over
        page.wait_for_function(
            """([sel, p]) => [...document.querySelectorAll(sel)].some(
                 (c) => /[*\\d]/.test(c.querySelector(p)?.textContent || ''))""",
            arg=[CODE_CELL, INPUT_PROMPT],
            timeout=15_000,
        )
    except Exception:
        raise AssertionError(f"Run All Cells did not start any cell: {cells_state(page)}") from None
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        state = page.wait_for_function(
            _EXECUTION_DONE_JS, arg=_STATE_ARGS, timeout=timeout
        ).json_value()
    except PlaywrightTimeout:  # say where the run stands, not just that time ran out
        now = cells_state(page)
        prompts = [c["prompt"] for c in now["cells"] if not c["empty"]]
        raise AssertionError(
            f"Run All not finished after {timeout / 1000:.0f} s: kernel {now.get('status')!r}, "
            f"prompts {prompts}, dialog {now.get('dialog')!r}"
        ) from None
    if state.get("dialog"):
        raise AssertionError(f"JupyterLab shows a dialog: {state['dialog']!r}")
    if state.get("status") == "dead":
        raise AssertionError("the kernel died")
    return state


def cells_state(page: Page) -> dict:
    return page.evaluate(_CELLS_STATE_JS, _STATE_ARGS)


def wait_idle(page: Page, timeout: float = 60_000) -> None:
    """Kernel idle and no cell queued or running (``[*]:``). For a widget's reply, use
    ``wait_for_text``: idle alone cannot tell whether the kernel has been busy yet."""
    page.wait_for_function(
        """([idle, cellSel, promptSel]) => !!document.querySelector(idle) &&
             ![...document.querySelectorAll(cellSel)].some(
               (c) => (c.querySelector(promptSel)?.textContent || '').includes('*'))""",
        arg=[IDLE_INDICATOR, CODE_CELL, INPUT_PROMPT],
        timeout=timeout,
    )


# ----------------------------------------------------------------------------------------------
# What a run left on screen
# ----------------------------------------------------------------------------------------------


def error_outputs(page: Page, scope: str = "body") -> list[str]:
    """Texts of stderr/traceback outputs, minus the allowed ones (e.g. Matplotlib's font cache)."""
    texts = page.locator(f"{scope} {STDERR_OUTPUT}").all_inner_texts()
    return [t for t in texts if not any(p.match(t) for p in ALLOWED_STDERR)]


def widget_problems(page: Page, scope: str = "body") -> list[str]:
    """Widget outputs showing a placeholder or an error instead of the widget.

    A view that threw while rendering is replaced by ipywidgets' error widget ("Click to show
    javascript error."); it is clicked here to put the JavaScript error in the message.
    """
    problems = []
    for text in page.locator(f"{scope} {OUTPUT}").all_inner_texts():
        problems += [f"{p!r} in output {text[:200]!r}" for p in WIDGET_PLACEHOLDERS if p in text]
    broken = page.locator(f"{scope} {ERROR_WIDGET}")
    for i in range(broken.count()):
        view = broken.nth(i)
        try:
            view.click(timeout=2_000)
            detail = view.inner_text(timeout=2_000)
        except Exception:
            detail = "(error not shown)"
        problems.append("widget view failed to render: " + " | ".join(detail.split("\n")[1:4]))
    return problems


def widget_count(page: Page, scope: str = "body") -> int:
    return page.locator(f"{scope} {OUTPUT} {WIDGET}").count()


def screenshot_notebook(page: Page, path: str | Path, max_height: int = 16_000) -> Path:
    """Save the whole notebook: grow the viewport to the notebook's scroll height, shoot, restore.

    JupyterLab scrolls inside the notebook panel, so ``full_page=True`` alone would only save the
    viewport.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size or {"width": 1280, "height": 900}
    extra = page.evaluate(  # content below the fold, up to the last cell (not the scroll padding)
        """() => { const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
                   const cells = document.querySelectorAll('.jp-NotebookPanel .jp-Cell');
                   if (!s || !cells.length) return 0;
                   const bottom = cells[cells.length - 1].getBoundingClientRect().bottom
                                  - s.getBoundingClientRect().top + s.scrollTop;
                   return Math.max(0, Math.ceil(bottom + 24 - s.clientHeight)); }"""
    )
    page.set_viewport_size(
        {"width": size["width"], "height": min(max_height, size["height"] + extra)}
    )
    try:
        page.evaluate(  # Run All leaves the notebook scrolled to its last cell: back to the top
            """() => new Promise((r) => {
                 const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
                 if (s) s.scrollTop = 0;
                 requestAnimationFrame(() => requestAnimationFrame(r));
               })"""
        )
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(size)
    return path


@contextmanager
def tall_viewport(page: Page, max_height: int = 16_000, extra: int = 0) -> Iterator[None]:
    """Grow the viewport to the height of the page's content for a screenshot, then restore it.

    Voilà 0.5's page scrolls inside ``#rendered_cells`` (a Lumino panel as high as the
    viewport), not the document, so ``full_page=True`` and element screenshots show only what
    fits the viewport. ``extra`` pixels are added (room for content that grows meanwhile).
    """
    size = page.viewport_size or {"width": 1280, "height": 900}
    content = page.evaluate(
        """() => Math.max(document.documentElement.scrollHeight,
             ...[...document.querySelectorAll('#rendered_cells, body')].map(
               (el) => el.scrollHeight + el.getBoundingClientRect().top))"""
    )
    page.set_viewport_size(
        {"width": size["width"], "height": max(size["height"], min(max_height, content + extra))}
    )
    try:
        yield
    finally:
        page.set_viewport_size(size)


# ----------------------------------------------------------------------------------------------
# Controls
# ----------------------------------------------------------------------------------------------


def control(
    scope: Page | Locator, description: str, kind: str = "", nth: int | None = None
) -> Locator:
    """The ipywidgets control whose ``description`` label reads exactly ``description``.

    ``kind`` narrows to a widget class suffix: "slider" (``.widget-slider``), "text",
    "dropdown", "toggle-buttons", "checkbox", ... Raises if zero or several controls match,
    unless ``nth`` picks one of several (the volume planner's rows each have a "Sets" box).
    """
    label = re.compile(rf"^\s*{re.escape(description)}\s*$")
    base = f".widget-{kind}" if kind else ".jupyter-widgets"
    page = scope if not hasattr(scope, "page") else scope.page
    found = scope.locator(base).filter(has=page.locator(":scope > .widget-label", has_text=label))
    n = found.count()
    if nth is not None:
        if n <= nth:
            raise AssertionError(f"{n} controls labelled {description!r}, wanted number {nth + 1}")
        return found.nth(nth)
    if n != 1:
        raise AssertionError(
            f"{n} controls{' of kind ' + kind if kind else ''} labelled {description!r}"
        )
    return found


# A control in Playwright's ARIA snapshot without a quoted name: ``- slider`` rather than
# ``- slider "Reps"`` (what a screen reader announces as "slider 5").
_UNNAMED = re.compile(r"^\s*- (slider|textbox|spinbutton|combobox|button)\b(?! \")", re.MULTILINE)


def unnamed_controls(scope: Locator) -> list[str]:
    """Controls inside ``scope`` that have no accessible name, read from the browser's
    accessibility tree (Playwright's ARIA snapshot of ``scope``)."""
    return [m.group(0).strip() for m in _UNNAMED.finditer(scope.aria_snapshot())]


def _inner(locator: Locator, selector: str) -> Locator:
    """``locator`` itself if it matches ``selector``, else its single descendant that does."""
    if locator.evaluate("(el, s) => el.matches(s)", selector):
        return locator
    return locator.locator(selector).first


def set_slider_by_keys(page: Page, slider: Locator, key: str = "ArrowRight", n: int = 1) -> None:
    """Focus the slider's handle (``slider``: the widget or its ``.noUi-handle``), press ``key``
    ``n`` times.

    Keys ipywidgets' slider understands: ArrowRight/ArrowUp (+step), ArrowLeft/ArrowDown (-step),
    PageUp/PageDown (bigger steps), Home/End (min/max).
    """
    handle = _inner(slider, ".noUi-handle")
    handle.focus()
    for _ in range(n):
        page.keyboard.press(key)


def type_into(page: Page, field: Locator, text: str, commit: str | None = "Enter") -> None:
    """Click the field, select its content, type ``text`` as keystrokes, then press ``commit``.

    ``field`` is the widget (Text, FloatText, BoundedIntText, Textarea...) or its input element.
    ipywidgets' number and text boxes send their value on Enter or on blur (``commit="Tab"``).
    """
    box = _inner(field, "input, textarea")
    box.click()
    box.press("ControlOrMeta+a")
    page.keyboard.type(text)
    if commit:
        page.keyboard.press(commit)


def click_toggle(page: Page | Locator, label: str, scope: Page | Locator | None = None) -> None:
    """Click the option labelled exactly ``label``: a ToggleButtons button, a ToggleButton,
    a RadioButtons option or a Checkbox. ``scope`` (a calculator root) avoids ambiguity."""
    scope = scope or page
    exact = re.compile(rf"^\s*{re.escape(label)}\s*$")
    candidates = [
        scope.locator(".widget-toggle-buttons button, button.widget-toggle-button").filter(
            has_text=exact
        ),
        scope.locator(".widget-radio-box label").filter(has_text=exact),
        scope.locator(".widget-checkbox label").filter(has_text=exact),
    ]
    for candidate in candidates:
        n = candidate.count()
        if n == 1:
            candidate.click()
            return
        if n > 1:
            raise AssertionError(f"{n} toggles labelled {label!r}: pass scope=")
    raise AssertionError(f"no toggle button, radio option or checkbox labelled {label!r}")


def wait_for_text(
    page: Page,
    locator: Locator,
    text: str | re.Pattern,
    timeout: float = 10_000,
    exact: bool = False,
) -> None:
    """Wait until ``locator`` shows ``text`` (substring; whole text if ``exact``; or a regex)."""
    from playwright.sync_api import expect

    if exact and isinstance(text, str):
        expect(locator).to_have_text(text, timeout=timeout)
    else:
        expect(locator).to_contain_text(text, timeout=timeout)


# ----------------------------------------------------------------------------------------------
# Latency: from the user's input to the expected text on screen, timed inside the page
# ----------------------------------------------------------------------------------------------

# Arms a measurement and returns its key. Records the timeStamp of the last keydown/pointerdown
# reaching the page (capture phase, so no widget can swallow it first); a MutationObserver checks
# the target's text after each DOM change; once it matches, the next requestAnimationFrame is the
# frame that paints it: latency = that frame's time - the input's timeStamp. Same clock
# (performance.now); Python and CDP round-trips are outside the interval.
_ARM_JS = """
([el, source, flags, timeoutMs]) => {
  const re = new RegExp(source, flags);
  const norm = () => (el.textContent || '').replace(/\\s+/g, ' ');
  if (re.test(norm())) {
    throw new Error('the expected text is already shown before the input: ' + norm().slice(0, 200));
  }
  const store = (window.__liftlabLatency = window.__liftlabLatency || {});
  const key = String(Math.random()).slice(2);
  let start = null, inputs = 0;
  const onInput = (e) => { start = e.timeStamp; inputs += 1; };
  window.addEventListener('keydown', onInput, true);
  window.addEventListener('pointerdown', onInput, true);
  store[key] = new Promise((resolve, reject) => {
    let done = false;
    const finish = (fn) => {
      done = true; obs.disconnect(); clearTimeout(timer);
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
      fn();
    };
    const obs = new MutationObserver(() => {
      if (done || start === null || !re.test(norm())) return;
      const dom = performance.now();
      done = true;
      requestAnimationFrame((frame) => finish(() => resolve({
        start, dom, frame: Math.max(frame, dom), inputs, text: norm().slice(0, 200)})));
    });
    obs.observe(document.body, {subtree: true, childList: true, characterData: true});
    const timer = setTimeout(() => finish(() => reject(new Error(
      (start === null ? 'no key press or click reached the page; ' : '') +
      'text still ' + JSON.stringify(norm().slice(0, 200)) + ' after ' + timeoutMs + ' ms'))),
      timeoutMs);
  });
  store[key].catch(() => {});  // a timeout is reported to Python, not as "Uncaught (in promise)"
  return key;
}
"""


@dataclass
class LatencyRecorder:
    """Samples in milliseconds per calculator name; conftest prints them at the session's end."""

    samples: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    @contextmanager
    def measure(
        self,
        name: str,
        page: Page,
        target: Locator,
        text: str | re.Pattern,
        timeout: float = 10_000,
    ) -> Iterator[None]:
        """Time the input done in the ``with`` body until ``target`` shows ``text``.

        ``text``: substring (whitespace-normalised) or compiled regex. The interval starts at the
        *last* key press or click inside the body and ends at the frame that paints the text.
        """
        if isinstance(text, re.Pattern):
            source, flags = text.pattern, "i" if text.flags & re.IGNORECASE else ""
        else:
            source, flags = re.escape(" ".join(text.split())), ""
            # Python's re.escape escapes characters JS would reject in 'u' mode only; fine here.
        handle = target.element_handle(timeout=timeout)
        key = page.evaluate(_ARM_JS, [handle, source, flags, timeout])
        yield
        try:
            result = page.evaluate("(k) => window.__liftlabLatency[k]", key)
        except Exception as exc:  # the promise rejected: timeout
            raise AssertionError(f"{name}: {exc}") from None
        self.samples[name].append(result["frame"] - result["start"])

    def table(self) -> list[tuple[str, int, float, float, float]]:
        """(name, n, median, p95, max) per calculator, p95 by nearest rank."""
        rows = []
        for name, values in sorted(self.samples.items()):
            ordered = sorted(values)
            p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
            rows.append((name, len(ordered), statistics.median(ordered), p95, ordered[-1]))
        return rows


LATENCY = LatencyRecorder()
TIMINGS: dict[str, tuple[float, float]] = {}  # notebook -> (open s, run all s), for the summary
