"""The layers: core (numpy only) <- plots (matplotlib) <- apps (ipywidgets)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "liftlab"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_import_liftlab_imports_neither_matplotlib_nor_ipywidgets():
    code = (
        "import sys, liftlab; "
        "bad = [m for m in ('matplotlib', 'ipywidgets', 'IPython') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"import liftlab pulled in: {result.stdout.strip()}"


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_core_modules_import_only_the_standard_library_numpy_and_core(path):
    for name in _imports(path):
        top = name.split(".")[0]
        assert not name.startswith(("liftlab.plots", "liftlab.apps")), f"{path.name} imports {name}"
        assert top not in {"matplotlib", "ipywidgets", "IPython", "PIL"}, (
            f"{path.name} imports {name}"
        )


@pytest.mark.parametrize("path", sorted((PACKAGE / "plots").glob("*.py")), ids=lambda p: p.name)
def test_plots_never_import_widgets(path):
    for name in _imports(path):
        assert not name.startswith(("ipywidgets", "liftlab.apps")), (
            f"plots/{path.name} imports {name}"
        )


def test_every_public_name_resolves_and_models_load_on_first_use():
    code = (
        "import sys, liftlab; "
        "before = 'liftlab.program' in sys.modules; "
        "plan = liftlab.build_plan; "
        "missing = [n for n in liftlab.__all__ if not hasattr(liftlab, n)]; "
        "print(before, 'liftlab.program' in sys.modules, missing)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split(" ", 2) == ["False", "True", "[]\n"], result.stdout
