"""Re-execute notebooks in place, top to bottom, each in a fresh kernel.

Usage: ``python tools/execute_notebooks.py [--timeout SECONDS] NOTEBOOK...``
(``make notebooks`` runs it over every notebook of the course).

Each notebook runs with its own folder as the working directory; outputs and the
widget state are stored, so a reader sees every figure and calculator before running
anything, and strict nbval can compare the stored outputs with fresh ones. Execution
timestamps are not recorded, so an unchanged notebook re-executes to the same text.
A cell that runs longer than ``--timeout`` seconds aborts the run.

The notebook metadata is stored exactly as JupyterLab writes it when it opens the
notebook with this kernel: ``kernelspec`` from the installed kernel spec (name, its
``display_name`` such as "Python 3 (ipykernel)", language) and ``language_info`` from the
kernel's own reply. Otherwise JupyterLab rewrites them on opening and marks the notebook
modified although the reader changed nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

KERNEL = "python3"


def kernelspec_metadata(name: str = KERNEL) -> dict[str, str]:
    """``metadata.kernelspec`` as JupyterLab sets it for kernel ``name``: the installed spec's
    display name and language (JupyterLab's ``NotebookPanel._updateSpec``)."""
    spec = KernelSpecManager().get_kernel_spec(name)
    return {"display_name": spec.display_name, "language": spec.language, "name": name}


def execute(path: Path, timeout: int) -> float:
    """Execute ``path`` in place and return the seconds it took."""
    nb = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=KERNEL,
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
        store_widget_state=True,
    )
    client.execute()  # also stores the kernel's language_info, as JupyterLab does
    nb.metadata["kernelspec"] = kernelspec_metadata()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per cell")
    args = parser.parse_args(argv)
    for path in args.notebooks:
        seconds = execute(path, args.timeout)
        print(f"executed {path} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
