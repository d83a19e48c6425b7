"""Put the course's import guard into each chapter's imports cell.

Opened where ``liftlab`` is not installed (a JupyterHub whose image lacks it, a bare Python),
a chapter should stop at its first code cell with one line saying what to install, not a
``ModuleNotFoundError`` traceback. The guard replaces the cell's ``import liftlab`` line:
IPython shows an exception's ``_render_traceback_()`` instead of its traceback (the guard
gives the ``ModuleNotFoundError`` one), so the error output is exactly :data:`MESSAGE`, and
"Run All" stops there. Where ``liftlab`` is
installed the guard is a plain ``import liftlab``: outputs do not change.

    python tools/import_guard.py notebooks/[0-9]*.ipynb    # then `make notebooks`

``tests/test_hub_install.py`` runs a guarded chapter in a fresh environment without liftlab
(one line, and nothing after it runs), then with liftlab installed (strict nbval passes).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

#: What a student sees where a module the course needs is missing, ``{name}`` filled in
#: with the missing module (``liftlab`` itself, or one of its dependencies).
TEMPLATE = (
    "No module named {name!r}: install the course (liftlab) in this Python with "
    '%pip install "liftlab @ git+https://github.com/liftlab/liftlab" in a cell, then restart '
    "the kernel (hub admins: https://liftlab.github.io/liftlab/hub.html)"
)
#: The line shown where liftlab itself is missing.
MESSAGE = TEMPLATE.format(name="liftlab")

#: The template as an f-string over ``name`` (the except block's ``error`` is gone by the
#: time IPython calls ``_render_traceback_``, so the name is bound as a default argument).
TEMPLATE_F = "f" + repr(TEMPLATE)

GUARD = f"""try:
    import liftlab
except ModuleNotFoundError as error:  # one line saying what to install, not a traceback
    error._render_traceback_ = lambda name=error.name: [
        {TEMPLATE_F}
    ]
    raise
"""


def guard_source(source: str) -> str:
    """``source`` with its ``import liftlab`` line replaced by the guard (idempotent)."""
    if "_render_traceback_" in source:
        return source
    lines = source.split("\n")
    if "import liftlab" not in lines:
        raise ValueError("the imports cell has no line `import liftlab` to guard")
    index = lines.index("import liftlab")
    return "\n".join([*lines[:index], GUARD, *lines[index + 1 :]])


def apply(path: Path) -> bool:
    """Guard the first code cell of ``path`` that imports liftlab; True if it changed."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and "_render_traceback_" in cell.source:
            return False  # already guarded
        if cell.cell_type == "code" and "import liftlab" in cell.source.split("\n"):
            new = guard_source(cell.source)
            if new == cell.source:
                return False
            cell.source = new
            nbformat.write(nb, path)
            return True
    raise ValueError(f"{path}: no code cell with a line `import liftlab`")


def main(argv: list[str]) -> int:
    for name in argv:
        print(f"{name}: {'guarded' if apply(Path(name)) else 'already guarded'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
