"""The website's tools are pinned like the test tools and installed as pinned.

requirements/site.txt is compiled against the Binder lock and the test lock (so the three
install together into one .venv); requirements/wheelhouse.txt pins its two files by hash;
docs/site-assets.json pins the npm packages by version and sha512.
"""

from __future__ import annotations

import json
import re
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;#]+)\s*(;(?P<m>[^#]+))?")


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = PIN.match(line)
        assert match, f"{path.name}: {raw!r} is not pinned with =="
        if match.group("m") and not Marker(match.group("m").strip()).evaluate():
            continue
        pins[canonicalize_name(match.group("name"))] = match.group("version")
    return pins


SITE = _pins(ROOT / "requirements" / "site.txt")


def test_site_lock_is_constrained_by_the_binder_and_test_locks():
    text = (ROOT / "requirements" / "site.in").read_text()
    assert "-c ../binder/requirements.txt" in text and "-c test.txt" in text
    for lock in ("binder/requirements.txt", "requirements/test.txt"):
        other = _pins(ROOT / lock)
        differ = {n: (v, other[n]) for n, v in SITE.items() if n in other and other[n] != v}
        assert not differ, f"site.txt and {lock} pin different versions: {differ}"
    for tool in ("sphinx", "myst-nb", "sphinx-book-theme", "sphinxcontrib-bibtex"):
        assert tool in SITE, f"{tool} is not in the site lock"


def test_site_lock_is_what_is_installed():
    wrong = {}
    for name, version in SITE.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong[name] = (version, installed)
    assert not wrong, f"installed versions differ from requirements/site.txt: {wrong}"


def test_wheelhouse_extras_and_npm_assets_are_pinned_by_hash():
    for raw in (ROOT / "requirements" / "wheelhouse.txt").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            assert re.fullmatch(r"[\w.-]+==[\w.]+ --hash=sha256:[0-9a-f]{64}", line), line
    assets = json.loads((ROOT / "docs" / "site-assets.json").read_text())["packages"]
    assert set(assets) == {"@jupyter-widgets/html-manager", "requirejs"}
    for name, spec in assets.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", spec["version"]), name
        assert re.fullmatch(r"sha512-[A-Za-z0-9+/]{86}==", spec["integrity"]), name
