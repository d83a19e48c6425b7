"""Versions a term can pin, and a citation: one version everywhere, a valid CITATION.cff.

The version lives in pyproject.toml; liftlab.__version__, CITATION.cff, the top entry of
CHANGELOG.md and the install commands of the docs must say the same. CITATION.cff is
validated against the Citation File Format 1.2.0 JSON schema (the copy in the cffconvert 2.0.0
wheel that `make setup` downloads, pinned by hash in requirements/wheelhouse.txt).
"""

from __future__ import annotations

import json
import os
import re
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml

import liftlab

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
VERSION = PROJECT["version"]
CFF = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
WHEELS = Path(sys.prefix) / "share" / "liftlab-wheels"


def test_package_version_is_pyproject_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION), VERSION
    assert liftlab.__version__ == VERSION


def test_changelog_top_entry_is_this_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    entries = re.findall(r"^## (\d+\.\d+\.\d+) — (\d{4}-\d\d-\d\d)$", text, re.MULTILINE)
    assert entries, "CHANGELOG.md has no '## X.Y.Z — YYYY-MM-DD' entries"
    assert entries[0][0] == VERSION, f"CHANGELOG's newest entry is {entries[0][0]}, not {VERSION}"
    versions = [tuple(map(int, v.split("."))) for v, _ in entries]
    assert versions == sorted(versions, reverse=True), "CHANGELOG entries out of order"
    assert entries[0][1] == CFF["date-released"], "CHANGELOG and CITATION.cff dates differ"


def test_citation_names_the_project_as_pyproject_and_licence_do():
    assert CFF["version"] == VERSION
    assert [a["name"] for a in CFF["authors"]] == [a["name"] for a in PROJECT["authors"]]
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "CC BY 4.0" in licence
    assert CFF["license"] == ["MIT", "CC-BY-4.0"]
    assert "Hypertrophy vs Strength" in CFF["title"]
    assert CFF["repository-code"] == "https://github.com/liftlab/liftlab"


def _cff_schema() -> dict:
    wheels = sorted(WHEELS.glob("cffconvert-2.0.0-*.whl"))
    if not wheels:
        message = f"no cffconvert 2.0.0 wheel in {WHEELS}: run `make setup`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    with zipfile.ZipFile(wheels[0]) as wheel:
        return json.loads(wheel.read("cffconvert/schemas/1.2.0/schema.json"))


def test_citation_cff_is_valid_against_the_cff_1_2_0_schema():
    schema = _cff_schema()
    assert CFF["cff-version"] == "1.2.0"
    jsonschema.validate(CFF, schema, format_checker=jsonschema.FormatChecker())
    broken = {k: v for k, v in CFF.items() if k != "authors"}
    with pytest.raises(jsonschema.ValidationError, match="authors"):
        jsonschema.validate(broken, schema)


def test_docs_install_and_cite_this_version():
    """Every place that names a release for people to install or cite names this one."""
    places = {
        "docs/hub.md": rf"VERSION=v{re.escape(VERSION)}\b",
        "docs/cite.md": rf"version = \{{{re.escape(VERSION)}\}}",
        "README.md": rf"@v{re.escape(VERSION)}\b",
    }
    for name, pattern in places.items():
        text = (ROOT / name).read_text(encoding="utf-8")
        assert re.search(pattern, text), f"{name} does not name version {VERSION}"
        if name.startswith("docs/"):
            stale = set(re.findall(r"\b(\d+\.\d+\.\d+)\b", text)) - {VERSION}
            assert not stale, f"{name} names other versions: {sorted(stale)}"


def test_readme_links_the_site_and_says_how_to_cite():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    badge = re.search(r"mybinder\.org/v2/gh/([\w.-]+)/([\w.-]+)/", readme)
    assert badge, "README has no Binder badge"
    owner, repo = badge.groups()
    assert f"https://{owner}.github.io/{repo}/" in readme, "no 'read the course online' link"
    assert re.search(r"^## How to cite$", readme, re.MULTILINE)
    assert "CITATION.cff" in readme


def test_pages_workflow_builds_the_site_and_deploys_it():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads `on:` as True
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    runs = " ".join(s.get("run", "") for s in steps)
    uses = [s.get("uses", "") for s in steps]
    assert "make site" in runs
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    assert any(
        s.get("with", {}).get("path") == "_build/html"
        for s in steps
        if s.get("uses", "").startswith("actions/upload-pages-artifact")
    )
    assert any(u.startswith("actions/deploy-pages") for u in uses)
