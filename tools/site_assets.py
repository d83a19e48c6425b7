"""Fetch the JavaScript the course website serves itself, pinned by version and hash.

The stored calculators render on the website through the ipywidgets HTML manager
(``@jupyter-widgets/html-manager``'s ``dist/embed-amd.js``, its icon fonts) and RequireJS,
both from the npm registry. ``make setup`` runs this once, with the network: ``npm pack``
downloads the two package tarballs (nothing else: the manager's dist bundle is
self-contained), the tarballs' sha512 must equal the integrity pinned in
``docs/site-assets.json``, and the files the site needs are unpacked into
``<venv>/share/liftlab-site/``. The site build (``make site``) then runs offline.

    python tools/site_assets.py            # fetch (skips what is already there and verified)
    python tools/site_assets.py --check    # exit 1 unless every file is in place
"""

from __future__ import annotations

import argparse
import base64
import fnmatch
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "docs" / "site-assets.json"


def target_dir() -> Path:
    return Path(sys.prefix) / "share" / "liftlab-site"


def _integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def _stamp(dest: Path, name: str) -> Path:
    return dest / name / ".integrity"


def missing(manifest: dict, dest: Path) -> list[str]:
    """Packages whose unpacked files are absent or were unpacked from another tarball."""
    out = []
    for name, spec in manifest.items():
        stamp = _stamp(dest, name)
        if not stamp.is_file() or stamp.read_text().strip() != spec["integrity"]:
            out.append(name)
    return out


def fetch(manifest: dict, dest: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            "npm is needed once to fetch the website's JavaScript (ipywidgets HTML manager, "
            "RequireJS): install Node.js (e.g. `sudo apt-get install npm`), then `make setup`"
        )
    with tempfile.TemporaryDirectory() as tmp:
        for name in missing(manifest, dest):
            spec = manifest[name]
            result = subprocess.run(
                [npm, "pack", "--silent", "--pack-destination", tmp, f"{name}@{spec['version']}"],
                capture_output=True,
                text=True,
                check=False,
                cwd=tmp,
                timeout=300,
            )
            if result.returncode != 0:
                raise SystemExit(f"npm pack {name}@{spec['version']} failed:\n{result.stderr}")
            tarball = Path(tmp) / result.stdout.strip().splitlines()[-1]
            got = _integrity(tarball)
            if got != spec["integrity"]:
                raise SystemExit(
                    f"{name}@{spec['version']}: tarball integrity {got} is not the pinned "
                    f"{spec['integrity']} (docs/site-assets.json)"
                )
            out = dest / name
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir(parents=True)
            with tarfile.open(tarball) as tar:
                for member in tar.getmembers():
                    rel = member.name.removeprefix("package/")
                    if member.isfile() and any(fnmatch.fnmatch(rel, p) for p in spec["files"]):
                        member.name = rel
                        tar.extract(member, out, filter="data")
            _stamp(dest, name).write_text(spec["integrity"] + "\n")
            print(f"site assets: {name}@{spec['version']} verified and unpacked into {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, fetch nothing")
    args = parser.parse_args(argv)
    manifest = json.loads(MANIFEST.read_text())["packages"]
    dest = target_dir()
    if args.check:
        absent = missing(manifest, dest)
        if absent:
            print(f"site assets missing in {dest}: {absent} (run `make setup`)", file=sys.stderr)
            return 1
        return 0
    fetch(manifest, dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
