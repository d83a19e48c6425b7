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


APP_MODULES = sorted(p.stem for p in (PACKAGE / "apps").glob("*_app.py"))


def test_liftlab_apps_exports_one_factory_per_calculator_loaded_on_first_use():
    """``from liftlab.apps import plate_loader, quiz`` works; each name is the factory defined
    in its app module; the modules load only when one of their names is used."""
    code = (
        "import sys, importlib, liftlab.apps as apps; "
        "print(sorted(m for m in sys.modules if m.endswith('_app'))); "
        "from liftlab.apps import plate_loader; "
        "print(sorted(m for m in sys.modules if m.endswith('_app'))); "
        "print(plate_loader is importlib.import_module('liftlab.apps.plate_loader_app')"
        ".plate_loader)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    before, after, same = result.stdout.splitlines()
    assert before == "[]", f"import liftlab.apps loaded {before}"
    assert after == "['liftlab.apps.plate_loader_app']" and same == "True", result.stdout


@pytest.mark.parametrize("module", APP_MODULES)
def test_every_app_module_has_its_factories_exported(module):
    import importlib

    import liftlab.apps

    exported = {
        name for name in liftlab.apps.__all__ if liftlab.apps._FACTORIES[name].endswith(module)
    }
    assert exported, f"liftlab.apps exports nothing from {module}"
    mod = importlib.import_module(f"liftlab.apps.{module}")
    for name in exported:
        assert getattr(liftlab.apps, name) is getattr(mod, name)


@pytest.mark.parametrize("name", sorted(__import__("liftlab.apps").apps.__all__))
def test_every_exported_factory_builds_its_widget(name):
    import ipywidgets

    import liftlab.apps

    widget = getattr(liftlab.apps, name)() if name != "quiz" else liftlab.apps.quiz("01-two-goals")
    assert isinstance(widget, ipywidgets.Widget)
    assert any(c.startswith("liftlab-") for c in widget._dom_classes), widget._dom_classes
    assert name in dir(liftlab.apps)
    with pytest.raises(AttributeError, match="no attribute 'plate_loder'"):
        liftlab.apps.plate_loder  # noqa: B018
