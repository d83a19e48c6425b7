"""The instructor lock (nbgrader) and .venv-instructor: pinned, and consistent with Binder.

nbgrader lives in its own environment, .venv-instructor = the Binder lock + the
instructor lock + liftlab, so the course a lecturer grades with is the course students
run. These tests check the lock does not move any package of the Binder lock and that
the environment built from it is what the lock says.
"""

import os
import re
import subprocess
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder" / "requirements.txt"
INSTRUCTOR = ROOT / "requirements" / "instructor.txt"
PYTHON = ROOT / ".venv-instructor" / "bin" / "python"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;#]+)\s*(;(?P<m>[^#]+))?")


def pins(path: Path) -> dict[str, str]:
    """Name → version of every line of a lock that applies here; every line must be ==."""
    out = {}
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-c "):
            continue
        match = PIN.match(line)
        assert match, f"{path.name}: {raw!r} is not pinned with =="
        if match.group("m") and not Marker(match.group("m").strip()).evaluate():
            continue
        out[canonicalize_name(match.group("name"))] = match.group("version")
    return out


def test_instructor_lock_is_constrained_by_the_binder_lock():
    binder, instructor = pins(BINDER), pins(INSTRUCTOR)
    assert "nbgrader" in instructor
    moved = {n: (binder[n], v) for n, v in instructor.items() if n in binder and binder[n] != v}
    assert not moved, f"the instructor lock moves Binder packages (binder, instructor): {moved}"
    assert "-c ../binder/requirements.txt" in (ROOT / "requirements" / "instructor.in").read_text()


def test_students_never_need_nbgrader():
    assert "nbgrader" not in pins(BINDER)
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + [
        dep for deps in project.get("optional-dependencies", {}).values() for dep in deps
    ]
    assert not [dep for dep in declared if dep.startswith("nbgrader")]


@pytest.fixture(scope="module")
def instructor_python():
    if not PYTHON.exists():
        message = ".venv-instructor is missing: run `make instructor` (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return PYTHON


def test_instructor_venv_is_what_the_locks_say(instructor_python):
    script = (
        "import json, importlib.metadata as m\n"
        "print(json.dumps({d.metadata['Name']: d.version for d in m.distributions()}))"
    )
    out = subprocess.run(
        [str(instructor_python), "-c", script], capture_output=True, text=True, check=True
    )
    import json

    installed = {canonicalize_name(k): v for k, v in json.loads(out.stdout).items()}
    wanted = pins(BINDER) | pins(INSTRUCTOR)
    wrong = {n: (v, installed.get(n)) for n, v in wanted.items() if installed.get(n) != v}
    assert not wrong, f".venv-instructor differs from the locks (pinned, installed): {wrong}"
    check = subprocess.run(
        [str(instructor_python), "-m", "pip", "check"], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
