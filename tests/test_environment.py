"""The environment cannot rot: the Binder lock pins everything and is what we run in."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
LOCKS = [ROOT / "binder" / "requirements.txt", ROOT / "requirements" / "test.txt"]
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;#]+)\s*(;(?P<marker>[^#]+))?"
)


def _pins(path: Path) -> dict[str, str]:
    """Name → version of every requirement of a lock that applies to this interpreter."""
    pins: dict[str, str] = {}
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-c "):
            continue
        match = PIN.match(line)
        assert match, (
            f"{path.name}: {raw!r} is not pinned with ==: every line must be name==version"
        )
        marker = match.group("marker")
        if marker and not Marker(marker.strip()).evaluate():
            continue
        pins[canonicalize_name(match.group("name"))] = match.group("version")
    return pins


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_lock_pins_every_line_with_double_equals(lock):
    pins = _pins(lock)
    assert len(pins) > 5, f"{lock} pins suspiciously few packages"


def test_lock_is_what_is_installed():
    """Every pinned package is installed at exactly its pinned version (transitive ones too)."""
    wrong = {}
    for lock in LOCKS:
        for name, version in _pins(lock).items():
            try:
                installed = metadata.version(name)
            except metadata.PackageNotFoundError:
                installed = None
            if installed != version:
                wrong[name] = (version, installed)
    assert not wrong, f"installed versions differ from the locks (pinned, installed): {wrong}"


def test_binder_lock_covers_the_full_runtime_closure():
    """Every dependency of every package in the Binder lock is itself in the Binder lock."""
    pins = _pins(LOCKS[0])
    missing = set()
    for name in pins:
        for spec in metadata.requires(name) or []:
            req = Requirement(spec)
            if req.marker and not req.marker.evaluate({"extra": ""}):
                continue
            if canonicalize_name(req.name) not in pins:
                missing.add(f"{req.name} (needed by {name})")
    assert not missing, f"binder/requirements.txt lacks: {sorted(missing)}"


def test_pip_check_passes():
    result = subprocess.run(
        [sys.executable, "-m", "pip", "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyproject_dependencies_are_satisfied_by_the_binder_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = _pins(LOCKS[0])
    for spec in project["dependencies"]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is a dependency of liftlab but not in the Binder lock"
        assert req.specifier.contains(pins[name]), (
            f"{req.name}=={pins[name]} does not satisfy {req}"
        )


def test_runtime_txt_pins_the_python_the_lock_was_made_for():
    runtime = (ROOT / "binder" / "runtime.txt").read_text().strip()
    assert re.fullmatch(r"python-3\.\d+", runtime), runtime
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    minor = int(runtime.split(".")[1])
    assert project["requires-python"] == ">=3.10" and minor >= 10


@pytest.mark.skipif(
    shutil.which("jupyter-repo2docker") is None
    and not (Path(sys.executable).parent / "jupyter-repo2docker").exists(),
    reason="repo2docker not installed",
)
def test_repo2docker_builds_the_pinned_binder_environment():
    """The Dockerfile mybinder.org would build: pinned Python, the lock, then postBuild."""
    exe = Path(sys.executable).parent / "jupyter-repo2docker"
    result = subprocess.run(
        [str(exe if exe.exists() else "jupyter-repo2docker"), "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    runtime = (ROOT / "binder" / "runtime.txt").read_text().strip().removeprefix("python-")
    assert f"python={runtime}" in output, "the Dockerfile does not use binder/runtime.txt's Python"
    install = re.search(r'pip install --no-cache-dir -r "binder/requirements.txt"', output)
    assert install, "the Dockerfile does not install binder/requirements.txt"
    post = output.find("binder/postBuild", install.end())
    assert post > install.start(), "postBuild does not run after the lock is installed"
    assert "-e ." not in (ROOT / "binder" / "requirements.txt").read_text()


def test_postbuild_installs_liftlab_without_dependencies():
    text = (ROOT / "binder" / "postBuild").read_text()
    assert re.search(r"pip install .*--no-deps .*\.$", text, re.MULTILINE), text


def _make_dry_run(target: str, tmp_path: Path) -> str:
    """The commands ``make <target>`` would run to build a fresh .venv (``make -n``)."""
    result = subprocess.run(
        ["make", "-n", f"VENV={tmp_path / 'venv'}", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_lab_installs_the_course_only_and_make_test_adds_the_test_tools(tmp_path):
    lab = _make_dry_run("lab", tmp_path)
    assert "-r binder/requirements.txt" in lab and "-e ." in lab
    assert "requirements/test.txt" not in lab, "a student's set-up must not install test tools"
    assert "voila/templates/liftlab" in lab
    for target in ("test", "setup"):  # setup: what CI runs while it still has the network
        commands = _make_dry_run(target, tmp_path)
        assert "-r binder/requirements.txt" in commands
        assert "-r requirements/test.txt" in commands, f"make {target} lacks the test tools"


def test_ci_installs_everything_before_cutting_the_network():
    script = (ROOT / ".ci" / "run").read_text()
    setup, offline = script.find("make setup"), script.find("unshare --net bash")
    assert 0 < setup < offline, "CI must run `make setup` (with test tools) before going offline"


def test_voila_uses_the_course_template_and_it_is_installed():
    """voila.json (read from the repository root by Voilà and by Voilà's JupyterLab
    extension) selects the course's template; the environment finds it."""
    import json

    from voila.paths import collect_template_paths

    config = json.loads((ROOT / "voila.json").read_text())
    name = config["VoilaConfiguration"]["template"]
    source = ROOT / "share" / "jupyter" / "voila" / "templates" / name
    assert (source / "index.html.j2").is_file() and (source / "conf.json").is_file()
    paths = collect_template_paths(["voila", "nbconvert"], name, prune=True)
    assert Path(paths[0]).resolve() == source.resolve(), (
        f"Voilà finds the {name!r} template at {paths[0]}, not this repository's: run make setup"
    )
    template = (source / "index.html.j2").read_text()
    assert "{{ super()" in template and "cdn.jsdelivr.net" in template  # the links it removes
    post = (ROOT / "binder" / "postBuild").read_text()
    assert f"share/jupyter/voila/templates/{name}" in post
