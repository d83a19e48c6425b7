"""Browser tests: a real JupyterLab (and Voilà) server driven by Debian's headless Chromium.

One JupyterLab server and one browser for the whole session; a new browser context (and, per
notebook, a new workspace and a new kernel) for every test, or with ``module_page`` one for all
tests of a module (a notebook opened once, driven by many tests). Pages fail their test on any
console error or warning and on any request that would leave the machine.

Without /usr/bin/chromium the tests are skipped with one line, or fail when CI=true.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import driver
import pytest
from driver import ROOT, SCREENSHOTS

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MISSING_CHROMIUM = (
    "browser tests skipped: Debian's chromium not found at /usr/bin/chromium "
    "(install: sudo apt-get install chromium)"
)
# A common laptop screen (the size the course is checked at; see issue 14).
VIEWPORT = {"width": 1366, "height": 768}

# Settings every JupyterLab page of the session starts with (read by the server at start from
# <app_settings_dir>/overrides.json; they become the schema defaults the frontend sees).
LAB_OVERRIDES = {
    # 4.6's default "contentVisibility" skips rendering cells off screen: their outputs never show.
    # Start the notebook's kernel without the "Select Kernel" dialog (it appeared in ~1 of 3 runs).
    "@jupyterlab/notebook-extension:tracker": {
        "windowingMode": "none",
        "autoStartDefaultKernel": True,
    },
    # No "Would you like to receive official Jupyter news?" toast, no news or update requests.
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # Running a notebook must never write it back to the repository.
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
}

# Requests that leave 127.0.0.1 are blocked and fail the test: the course must work offline.
EXTERNAL = re.compile(r"^https?://(?!(127\.0\.0\.1|localhost)(:\d+)?/)")

# Console errors and warnings tolerated, as (page URL regex, message regex). JupyterLab 4.6 logs
# neither here, and Voilà, with the course's template (voila.json), neither. One is tolerated on
# the website's pages only: @jupyter-widgets/html-manager (embed-amd.js, pinned in
# docs/site-assets.json) validates the stored widget state with ajv in strict mode, and ajv
# warns that the state schema's `buffers.path` items use a union type; the state is still
# validated and every stored calculator draws (test_site checks each one).
ALLOWED_CONSOLE_MESSAGES: list[tuple[re.Pattern, re.Pattern]] = [
    (
        re.compile(r"^http://127\.0\.0\.1:\d+/(?!lab|voila)"),
        re.compile(
            r"^strict mode: use allowUnionTypes to allow union type keyword at "
            r'"#/properties/state/additionalProperties/properties/buffers/items/properties/path/'
            r'items" \(strictTypes\)$'
        ),
    ),
]


# ---------------------------------------------------------------------------------------------
# Collection: mark everything here `browser`; one-line skip (or CI failure) without Chromium.
# ---------------------------------------------------------------------------------------------


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


def _missing_prerequisite() -> str | None:
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return MISSING_CHROMIUM
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "browser tests skipped: the Python package playwright is not installed"
    return None


@pytest.fixture(scope="session", autouse=True)
def _browser_prerequisites():
    """Autouse, so no server starts when the browser is missing. One skip location = one line."""
    missing = _missing_prerequisite()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(missing.replace("skipped", "cannot run on CI"), pytrace=False)
        pytest.skip(missing)


# ---------------------------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------------------------

_LIVE: set[ManagedServer] = set()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proc_table() -> dict[int, tuple[int, str]]:
    """pid -> (ppid, start time) from /proc (Linux)."""
    table = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        table[int(stat.parent.name)] = (int(fields[1]), fields[19])
    return table


def _descendants(pid: int) -> dict[int, str]:
    """Every process below ``pid`` (kernels run in their own sessions: killpg misses them)."""
    table = _proc_table()
    found, frontier = {}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, (ppid, start) in table.items():
            if ppid == parent and child not in found:
                found[child] = start
                frontier.append(child)
    return found


class ManagedServer:
    """A Jupyter server process of the session: its URL, token, REST helpers, clean shutdown."""

    def __init__(self, name: str, argv_for_port, env: dict, ready_path: str, workdir: Path):
        self.name, self.argv_for_port, self.env, self.ready_path = (
            name,
            argv_for_port,
            env,
            ready_path,
        )
        self.workdir = workdir
        self.root_dir = ROOT
        self.log_path = workdir / f"{name}.log"
        self.token = secrets.token_hex(16)
        self.proc: subprocess.Popen | None = None
        self.url = ""

    # -- lifecycle
    def start(self, timeout: float = 90) -> ManagedServer:
        for _attempt in range(3):  # the free port can be taken between probe and bind: retry
            port = _free_port()
            self.url = f"http://127.0.0.1:{port}/"
            with open(self.log_path, "ab") as log:
                self.proc = subprocess.Popen(
                    self.argv_for_port(port, self.token),
                    cwd=ROOT,
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,  # own process group: killpg stops it and its helpers
                )
            _LIVE.add(self)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                if self._ready():
                    return self
                time.sleep(0.2)
            if self.proc.poll() is None:
                self.stop()
                raise RuntimeError(
                    f"{self.name} did not answer within {timeout} s\n{self.log_tail()}"
                )
        raise RuntimeError(f"{self.name} exited at start (3 attempts)\n{self.log_tail()}")

    def _ready(self) -> bool:
        try:
            with self._request("GET", self.ready_path, timeout=2) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        _LIVE.discard(self)
        if proc is None or proc.poll() is not None:
            return
        children = _descendants(proc.pid)
        try:
            os.killpg(proc.pid, signal.SIGTERM)  # the server shuts its kernels down on SIGTERM
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass
        table = _proc_table()
        for pid, start in children.items():  # whatever survived (same pid *and* start time)
            if pid in table and table[pid][1] == start:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    # -- REST
    def _request(self, method: str, path: str, data: dict | None = None, timeout: float = 10):
        body = json.dumps(data).encode() if data is not None else None
        request = urllib.request.Request(
            self.url + path.lstrip("/"),
            data=body,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        return urllib.request.urlopen(request, timeout=timeout)

    def api(self, method: str, path: str, data: dict | None = None):
        with self._request(method, path, data) as response:
            text = response.read()
        return json.loads(text) if text else None

    def shutdown_all_kernels(self) -> None:
        """Delete every session and kernel (each test starts with a fresh kernel)."""
        if self.proc is None:
            return
        for listing, item in (
            ("api/sessions", "api/sessions/{}"),
            ("api/kernels", "api/kernels/{}"),
        ):
            try:
                for entry in self.api("GET", listing):
                    self.api("DELETE", item.format(entry["id"]))
            except urllib.error.HTTPError as exc:
                if exc.code != 404:  # Voilà has no sessions API; a kernel may already be gone
                    raise


@atexit.register
def _kill_leftovers() -> None:  # e.g. after a second Ctrl-C skipped fixture teardown
    for server in list(_LIVE):
        server.stop()


def _server_env(tmp: Path) -> dict:
    env = os.environ.copy()
    for name in ("runtime", "config", "data", "workspaces", "user-settings"):
        (tmp / name).mkdir(parents=True, exist_ok=True)
    env.update(
        JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        JUPYTER_CONFIG_DIR=str(tmp / "config"),  # ignore ~/.jupyter
        # An empty notebook-signature database: every notebook opens untrusted, as in a fresh
        # clone or on Binder (trust is recorded per user, by content hash, in nbsignatures.db).
        JUPYTER_DATA_DIR=str(tmp / "data"),
        JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
        JUPYTERLAB_SETTINGS_DIR=str(tmp / "user-settings"),  # ignore the user's own settings
        PYTHONUNBUFFERED="1",
    )
    env.pop("MPLBACKEND", None)  # a global Agg backend would hide inline figures in the kernels
    env.pop("JUPYTER_TOKEN", None)
    return env


@pytest.fixture(scope="session")
def _server_tmp():
    tmp = Path(tempfile.mkdtemp(prefix="liftlab-browser-"))
    yield tmp
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def jupyter_server(_server_tmp) -> ManagedServer:
    """JupyterLab on 127.0.0.1, root = the repository, settings overrides, temp runtime dirs."""
    tmp = _server_tmp / "lab"
    app_settings = tmp / "app-settings"
    app_settings.mkdir(parents=True)
    (app_settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES, indent=2))

    def argv(port: int, token: str) -> list[str]:
        return [
            sys.executable, "-m", "jupyter", "lab",
            "--no-browser", "--allow-root",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={ROOT}",
            f"--LabApp.app_settings_dir={app_settings}",
            f"--LabApp.workspaces_dir={tmp / 'workspaces'}",
            f"--LabApp.user_settings_dir={tmp / 'user-settings'}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            # window.jupyterapp: lets a test read the document model (dirty flag, metadata).
            "--LabApp.expose_app_in_browser=True",
        ]  # fmt: skip

    server = ManagedServer("jupyterlab", argv, _server_env(tmp), "api/status", tmp)
    server.start()
    try:
        # Prove the overrides were read: the server must report them as the schema defaults.
        tracker = server.api("GET", "lab/api/settings/@jupyterlab/notebook-extension:tracker")
        windowing = tracker["schema"]["properties"]["windowingMode"]["default"]
        assert windowing == "none", f"settings overrides not applied (windowingMode={windowing!r})"
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def voila_server(_server_tmp) -> ManagedServer:
    """Voilà serving the repository (``voila/render/notebooks/<name>.ipynb``), tracebacks shown."""
    tmp = _server_tmp / "voila"

    def argv(port: int, token: str) -> list[str]:
        return [
            sys.executable, "-m", "voila", "--no-browser",
            f"--port={port}", "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
            f"--token={token}",
            "--show_tracebacks=True",
            str(ROOT),
        ]  # fmt: skip

    server = ManagedServer("voila", argv, _server_env(tmp), "voila/tree", tmp)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# ---------------------------------------------------------------------------------------------
# Browser and pages
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    if (
        report.skipped
        and isinstance(report.longrepr, tuple)
        and MISSING_PREFIX in report.longrepr[2]
    ):
        # pytest files a fixture's skip under each test's own line: group them all under one.
        report.longrepr = (str(Path(__file__)), 1, report.longrepr[2])
    return report


MISSING_PREFIX = "browser tests skipped:"


_CALL_FAILED = pytest.StashKey[bool]()


def _allowed(page_url: str, message: str) -> bool:
    return any(u.search(page_url) and m.search(message) for u, m in ALLOWED_CONSOLE_MESSAGES)


def _new_page(browser):
    """A new browser context and page whose console errors and warnings and internet requests are
    recorded."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    context.set_default_timeout(30_000)
    pg = context.new_page()
    log = driver.page_log(pg)

    def on_console(message):
        if message.type in ("error", "warning") and not _allowed(pg.url, message.text):
            where = message.location.get("url", "") if message.location else ""
            text = f"{message.text} [{where}]" if where else message.text
            log.console_errors.append(text if message.type == "error" else f"(warning) {text}")

    def on_page_error(error):
        log.console_errors.append(f"uncaught {error}")

    def on_external(route):
        log.external_requests.append(route.request.url)
        route.abort("blockedbyclient")

    pg.on("console", on_console)
    pg.on("pageerror", on_page_error)
    context.route(EXTERNAL, on_external)
    return context, pg, log


def _failure_screenshot(pg, node) -> None:
    try:
        name = re.sub(r"[^\w.-]+", "_", node.name)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SCREENSHOTS / f"FAILED-{name}.png"), full_page=True)
    except Exception as exc:  # a crashed page must not hide the test's own failure
        print(f"no failure screenshot: {exc}", file=sys.stderr)


def _close_page(context, log, failed: bool, shared: bool = False) -> None:
    problems = log.problems()
    if shared:  # a module's page: what no test has reported yet
        problems, log.checked = problems[log.reported :], False
    context.close()
    for cleanup in log.after_close:
        cleanup()
    if problems and not log.checked:
        if failed:
            print("the page also logged:\n  " + "\n  ".join(problems), file=sys.stderr)
        else:
            pytest.fail("the page logged problems:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.fixture
def page(browser, request):
    """A new browser context and page; console errors, warnings and internet requests are recorded.

    The test fails at teardown if any were recorded and it did not check them itself
    (``driver.assert_no_console_errors(page)``). A failing test leaves a screenshot
    ``screenshots/FAILED-<test>.png``.
    """
    context, pg, log = _new_page(browser)
    try:
        yield pg
    finally:
        failed = request.node.stash.get(_CALL_FAILED, False)
        if failed:
            _failure_screenshot(pg, request.node)
        _close_page(context, log, failed)


_MODULE_PAGES: dict[str, Any] = {}  # module name -> its module_page, for failure screenshots


@pytest.fixture(scope="module")
def module_page(browser, request):
    """Like ``page``, but one page for all tests of a module: open a notebook once, let many
    tests drive it. Each test should end with ``driver.assert_no_new_console_errors(page)``
    (problems logged since the previous check); a failing test still leaves its screenshot."""
    context, pg, log = _new_page(browser)
    _MODULE_PAGES[request.module.__name__] = pg
    try:
        yield pg
    finally:
        _MODULE_PAGES.pop(request.module.__name__, None)
        _close_page(context, log, failed=request.session.testsfailed > 0, shared=True)


@pytest.fixture(autouse=True)
def _module_page_failure_screenshot(request):
    yield
    if request.node.stash.get(_CALL_FAILED, False) and "module_page" in request.fixturenames:
        pg = _MODULE_PAGES.get(request.module.__name__)
        if pg is not None:
            _failure_screenshot(pg, request.node)


@pytest.fixture(scope="session")
def latency():
    """The session's LatencyRecorder (``with latency.measure(name, page, target, text): ...``)."""
    return driver.LATENCY


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    tr = terminalreporter
    if driver.TIMINGS:
        tr.write_sep(
            "-", "notebooks in JupyterLab: seconds to open (page + kernel idle) and to run all"
        )
        width = max(len(n) for n in driver.TIMINGS)
        for name, (opened, ran) in sorted(driver.TIMINGS.items()):
            tr.write_line(f"{name:<{width}}  open {opened:5.1f}  run all {ran:5.1f}")
    rows = driver.LATENCY.table()
    if not rows:
        return
    tr.write_sep("-", "widget latency: input → expected text painted, measured in the page (ms)")
    width = max(len("calculator"), *(len(r[0]) for r in rows))
    tr.write_line(f"{'calculator':<{width}}  {'n':>4}  {'median':>8}  {'p95':>8}  {'max':>8}")
    for name, n, median, p95, top in rows:
        tr.write_line(f"{name:<{width}}  {n:>4}  {median:>8.1f}  {p95:>8.1f}  {top:>8.1f}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "latency.json").write_text(
        json.dumps({name: values for name, values in driver.LATENCY.samples.items()}, indent=1)
    )
