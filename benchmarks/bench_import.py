"""Import time of liftlab beyond numpy, in fresh interpreters.

Each sample starts a new Python process that imports numpy, then liftlab, and
reports the time of the second import alone, and whether matplotlib, ipywidgets or
IPython came along (they must not). Target: at most 30 ms beyond numpy.

The package is byte-compiled first, as ``pip install`` does on Binder: this machine
sets ``PYTHONDONTWRITEBYTECODE=1``, and without cached bytecode every import would
also pay for compiling the sources (about 190 ms here), which no user sees twice.
"""

from __future__ import annotations

import compileall
import json
import subprocess
import sys
from pathlib import Path

from timing import summary

TARGET_MS = 30.0
_PROBE = (
    "import time, sys, json\n"
    "import numpy\n"
    "start = time.process_time()\n"
    "import liftlab\n"
    "ms = (time.process_time() - start) * 1000\n"
    "heavy = [m for m in ('matplotlib', 'ipywidgets', 'IPython') if m in sys.modules]\n"
    "print(json.dumps({'ms': ms, 'heavy': heavy}))\n"
)


def run(repeats: int = 15) -> dict:
    import liftlab

    compileall.compile_dir(Path(liftlab.__file__).parent, quiet=1)
    samples, heavy = [], set()
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
        )
        probe = json.loads(out.stdout)
        samples.append(probe["ms"])
        heavy.update(probe["heavy"])
    result = {"name": "import liftlab (after numpy)", **summary(samples), "target_ms": TARGET_MS}
    result["heavy_modules_imported"] = sorted(heavy)
    result["within_target"] = result["median_ms"] <= TARGET_MS and not heavy
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
