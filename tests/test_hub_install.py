"""The JupyterHub route, as a hub admin and a student would take it, offline.

1. A release of the repository: its files as a fresh clone has them, committed and tagged
   ``v<version>`` in a temporary git repository.
2. A fresh virtual environment (no system site packages) gets the pinned lock,
   ``binder/requirements.txt``, with pip from the wheelhouse `make setup` filled
   (``--no-index``: the commands of docs/hub.md, with the index swapped for local files).
3. A chapter with the import guard (tools/import_guard.py) is run there *before* liftlab is
   installed: its first code cell shows one line saying what to install, and nothing after
   it runs.
4. liftlab is installed the documented way, ``pip install --no-deps "liftlab @ git+...@vX.Y.Z"``
   (a ``git+file://`` URL to the tagged repository; pip builds it with setuptools from the
   wheelhouse), and imports from the environment at the release's version.
5. The same chapter passes strict nbval from a folder outside the repository, its kernel
   running in that environment.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import import_guard  # noqa: E402

pytestmark = pytest.mark.slow
WHEELS = Path(sys.prefix) / "share" / "liftlab-wheels"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
CHAPTER = "02-one-rep-max.ipynb"
KERNEL = "liftlab-hub"


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _release(dest: Path) -> str:
    """The repository's files in a new git repository tagged v<version>; its git+file URL."""
    listed = _run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT
    ).stdout
    for rel in filter(None, listed.split("\0")):
        if (ROOT / rel).is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, dest / rel)
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", "-C", str(dest)]
    _run([*git, "init", "-q"])
    _run([*git, "add", "-A"])
    _run([*git, "commit", "-q", "-m", "release"])
    _run([*git, "tag", f"v{VERSION}"])
    return f"git+file://localhost{dest}@v{VERSION}"  # PEP 508 wants a host


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    if not (WHEELS / "setuptools-84.2.1-py3-none-any.whl").is_file():
        message = f"no offline wheelhouse in {WHEELS}: run `make setup`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    tmp = tmp_path_factory.mktemp("hub")
    url = _release(tmp / "liftlab")
    venv = tmp / "venv"
    _run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", str(venv)])
    python = str(venv / "bin" / "python")
    pip = [python, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    pip += ["--no-index", "--find-links", str(WHEELS)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull  # only the wheelhouse: no index, no find-links of ours
    _run([*pip, "-r", str(ROOT / "binder" / "requirements.txt")], env=env, timeout=900)
    jupyter = tmp / "jupyter"
    _run([python, "-m", "ipykernel", "install", "--prefix", str(jupyter), "--name", KERNEL])
    mpl = tmp / "mpl"
    kernel_env = {"JUPYTER_PATH": str(jupyter / "share" / "jupyter"), "MPLCONFIGDIR": str(mpl)}
    _run([python, "-c", "import matplotlib.pyplot"], env={**os.environ, **kernel_env})
    course = tmp / "course"  # a folder that is not the repository
    course.mkdir()
    shutil.copy2(ROOT / "notebooks" / CHAPTER, course / CHAPTER)
    import_guard.apply(course / CHAPTER)
    sanitize = (ROOT / "notebooks" / "sanitize.cfg").read_text()
    # The stored outputs print liftlab.__version__, which moves with each release.
    sanitize += "\nregex: '\\d+\\.\\d+\\.\\d+'\nreplace: 'VERSION'\n"
    (course / "sanitize.cfg").write_text(sanitize)
    (course / "pytest.ini").write_text("[pytest]\n")
    return {"python": python, "pip": pip, "env": env, "url": url, "course": course,
            "kernel_env": kernel_env, "venv": venv}  # fmt: skip


def test_the_lock_installs_offline_and_liftlab_is_not_there_yet(hub):
    _run([hub["python"], "-m", "pip", "check"])
    missing = subprocess.run(  # from the course folder: the repository is not on sys.path
        [hub["python"], "-c", "import liftlab"],
        capture_output=True,
        text=True,
        check=False,
        cwd=hub["course"],
    )
    assert "No module named 'liftlab'" in missing.stderr


def test_a_chapter_without_liftlab_says_what_to_install_in_one_line(hub, monkeypatch):
    for key, value in hub["kernel_env"].items():
        monkeypatch.setenv(key, value)
    nb = nbformat.read(hub["course"] / CHAPTER, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=120,
        resources={"metadata": {"path": str(hub["course"])}},
    )
    with pytest.raises(CellExecutionError):
        client.execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    first = code[0].outputs
    assert len(first) == 1 and first[0].output_type == "error", first
    assert first[0].traceback == [import_guard.MESSAGE], first[0].traceback
    assert "\n" not in import_guard.MESSAGE and "%pip install" in import_guard.MESSAGE
    assert all(not c.outputs for c in code[1:]), "cells after the import cell ran"


def test_liftlab_installs_from_the_release_tag_the_documented_way(hub):
    docs = (ROOT / "docs" / "hub.md").read_text(encoding="utf-8")
    documented = re.search(r'pip install [^\n]*--no-deps "liftlab @ (git\+https://[^"]+)"', docs)
    assert documented and documented.group(1).endswith("@$VERSION"), "docs/hub.md changed?"
    _run([*hub["pip"], "--no-deps", f"liftlab @ {hub['url']}"], env=hub["env"], timeout=600)
    where = _run(
        [hub["python"], "-c", "import liftlab; print(liftlab.__version__, liftlab.__file__)"],
        cwd=hub["course"],
    ).stdout.split()
    assert where[0] == VERSION
    assert Path(where[1]).is_relative_to(hub["venv"]), where[1]
    _run([hub["python"], "-m", "pip", "check"])


def test_the_chapter_passes_strict_nbval_on_the_hub_environment(hub):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(hub["course"] / "pytest.ini"),
            "--rootdir",
            str(hub["course"]),
            "--nbval",
            f"--nbval-kernel-name={KERNEL}",
            "--nbval-cell-timeout=120",
            f"--nbval-sanitize-with={hub['course'] / 'sanitize.cfg'}",
            CHAPTER,
        ],
        cwd=hub["course"],
        env={**os.environ, **hub["kernel_env"]},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    passed = re.search(r"(\d+) passed", result.stdout)
    cells = sum(
        c["cell_type"] == "code"
        for c in json.loads((ROOT / "notebooks" / CHAPTER).read_text())["cells"]
    )
    assert passed and int(passed.group(1)) == cells, result.stdout[-1000:]
