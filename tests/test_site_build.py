"""The site build on a small copy of the repository: what each stored output becomes.

A module fixture lays out a repository with chapter 02, a variant of it that lost its
widget state and whose outputs carry ``text/html`` fallbacks (what
``liftlab.plots.show`` and the calculators add), the calculators page, docs/ and a fixture
bibliography, builds it with tools/build_site.py (a hub address set), and reads the HTML.
The full course in a browser is tests/browser/test_site.py.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
sys.path.insert(0, str(ROOT / "tools"))

import build_site  # noqa: E402
import liftlab_course as course  # noqa: E402

pytestmark = pytest.mark.slow
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
HUB = "https://hub.example.edu"
FALLBACK = '<div class="liftlab-fallback">Stored result: 1RM 112.5–119.0 kg</div>'
HTML_FIGURE = (
    '<figure class="liftlab-figure-html"><img alt="HTML alt text" src="data:image/png;base64,{}">'
    "<figcaption>HTML caption</figcaption></figure>"
)


def _readme() -> str:
    real = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [r for r in real.splitlines() if "(notebooks/02-one-rep-max.ipynb)" in r]
    return "\n".join(
        [
            "# liftlab — *Hypertrophy vs Strength*, an interactive course",
            "",
            "The course teaches a fixture.",
            "",
            "## The course",
            "",
            "| notebook | what it teaches | calculators | minutes |",
            "|---|---|---|---:|",
            rows[0],
            "| [09 stateless](notebooks/09-stateless.ipynb) | a copy without state | — | 20 |",
            "",
            "## Where each concept is taught",
            "",
            "| concept | notebook | section |",
            "|---|---|---|",
            *rows[1:],
            "",
        ]
    )


def _stateless(nb: dict) -> dict:
    """Chapter 02 as saved by a front end that dropped the widget state, with the readable
    text/html fallbacks in every widget bundle and an HTML figure next to the first PNG."""
    nb = copy.deepcopy(nb)
    nb["metadata"].pop("widgets", None)
    first_png = True
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data:
                data["text/html"] = FALLBACK
            if "image/png" in data and first_png:
                data["text/html"] = HTML_FIGURE.format(data["image/png"].strip()[:64])
                first_png = False
    return nb


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    repo = tmp_path_factory.mktemp("repo")
    (repo / "notebooks").mkdir()
    shutil.copytree(ROOT / "docs", repo / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "CHANGELOG.md", repo / "CHANGELOG.md")
    (repo / "README.md").write_text(_readme(), encoding="utf-8")
    for name in ("02-one-rep-max.ipynb", "calculators.ipynb"):
        shutil.copy2(ROOT / "notebooks" / name, repo / "notebooks" / name)
    nb = json.loads((ROOT / "notebooks" / "02-one-rep-max.ipynb").read_text(encoding="utf-8"))
    (repo / "notebooks" / "09-stateless.ipynb").write_text(json.dumps(_stateless(nb)))
    shutil.copy2(ROOT / "tests/fixtures/references-sample.bib", repo / "notebooks/references.bib")
    env = {**os.environ, "LIFTLAB_HUB_URL": HUB}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_site.py"), "--root", str(repo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return repo / "_build" / "html"


def _page(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(text: str, name: str) -> list[dict]:
    parser = _Tags()
    parser.feed(text)
    return [a for t, a in parser.tags if t == name]


def test_mime_priority_is_explicit_and_what_myst_nb_uses():
    from myst_nb.core.render import get_mime_priority

    conf = runpy.run_path(str(ROOT / "docs" / "conf.py"))
    order = conf["LIFTLAB_MIME_PRIORITY"]
    assert order[:3] == [WIDGET_VIEW, "text/html", "image/png"]
    assert order[-1] == "text/plain"
    effective = get_mime_priority("html", conf["nb_mime_priority_overrides"])
    assert [m for m in effective if m in order] == order
    assert "application/javascript" not in effective


def test_calculators_render_from_stored_widget_state(site):
    page = _page(site, "notebooks/02-one-rep-max.html")
    nb = json.loads((ROOT / "notebooks/02-one-rep-max.ipynb").read_text(encoding="utf-8"))
    views = [
        o["data"][WIDGET_VIEW]["model_id"]
        for c in nb["cells"]
        for o in c.get("outputs", [])
        if WIDGET_VIEW in o.get("data", {})
    ]
    assert views and all(f'"model_id": "{m}"' in page for m in views)
    assert page.count('type="application/vnd.jupyter.widget-state+json"') == 1
    assert page.count('class="liftlab-widget-note"') == len(views)
    scripts = [a["src"].split("?")[0] for a in _tags(page, "script") if a.get("src")]
    assert scripts.index("../_static/require.js") < scripts.index("../_static/embed-amd.js")
    assert (site / "_static/embed-amd.js").stat().st_size > 1_000_000
    for folder in ("@jupyter-widgets", "@jupyter-widgets/html-manager/dist"):
        assert list((site / "notebooks" / folder).glob("*.woff2")), folder


def test_without_widget_state_the_text_html_fallback_shows(site):
    page = _page(site, "notebooks/09-stateless.html")
    assert "application/vnd.jupyter.widget-view+json" not in page
    assert "widget-state+json" not in page and "embed-amd.js" not in page
    assert page.count(FALLBACK) == 3  # 1RM estimator, RPE calculator, quiz


def test_static_figures_keep_alt_text_and_a_visible_caption(site):
    nb = json.loads((ROOT / "notebooks/02-one-rep-max.ipynb").read_text(encoding="utf-8"))
    figures = [
        o["data"]
        for c in nb["cells"]
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {})
    ]
    page = _page(site, "notebooks/02-one-rep-max.html")
    images = {Path(a["src"]).stem: a for a in _tags(page, "img")}
    for data in figures:
        if "text/html" in data:  # liftlab.plots.show's <figure><img alt><figcaption>: shown
            html = "".join(data["text/html"])
            alts = [a.get("alt", "") for a in _tags(html, "img")]
            assert alts and all(alts), f"a text/html figure without alt text: {html[:200]}"
            assert set(alts) <= {a.get("alt") for a in _tags(page, "img")}
            assert "<figcaption" in html
            continue
        digest = hashlib.sha256(base64.b64decode(data["image/png"])).hexdigest()
        plain = "".join(data["text/plain"]).strip("'\"")
        assert digest in images, "a stored figure is missing from the page"
        assert images[digest].get("alt") == plain.removeprefix("Figure:").strip()
        assert re.search(r"<figcaption>.*?" + re.escape(plain[:60]), page, re.DOTALL), plain
    # Where the output also carries text/html (a <figure> with alt and caption), that wins.
    stateless = _page(site, "notebooks/09-stateless.html")
    assert 'alt="HTML alt text"' in stateless and "<figcaption>HTML caption</figcaption>" in (
        stateless
    )
    first = hashlib.sha256(base64.b64decode(figures[0]["image/png"])).hexdigest()
    assert first not in stateless


def test_every_chapter_page_states_minutes_and_launch_links(site):
    page = _page(site, "notebooks/02-one-rep-max.html")
    assert 'Time to learn:</strong> about <span class="liftlab-minutes-value">35</span>' in page
    binder = (
        "https://mybinder.org/v2/gh/liftlab/liftlab/HEAD"
        "?urlpath=lab/tree/notebooks/02-one-rep-max.ipynb"
    )
    hub = (
        f"{HUB}/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fliftlab%2Fliftlab"
        "&amp;urlpath=lab%2Ftree%2Fliftlab%2Fnotebooks%2F02-one-rep-max.ipynb&amp;branch=main"
    )
    assert f'class="liftlab-launch-binder" href="{binder}"' in page
    assert f'class="liftlab-launch-hub" href="{hub}"' in page
    assert "about <span" not in _page(site, "notebooks/calculators.html")  # not a chapter


def test_landing_page_links_every_chapter_and_section_anchor(site):
    index = _page(site, "index.html")
    for href in {
        a["href"] for a in _tags(index, "a") if a.get("href", "").startswith("notebooks/")
    }:
        path, _, anchor = href.partition("#")
        target = _page(site, path)
        if anchor:
            assert f'id="{anchor}"' in target, href
    assert 'href="notebooks/09-stateless.html"' in index
    assert 'href="notebooks/02-one-rep-max.html"' in index


def test_references_render_from_the_bibliography_with_doi_links(site):
    page = _page(site, "references.html")
    hrefs = {a.get("href") for a in _tags(page, "a")}
    assert "https://doi.org/10.1136/bjsports-2017-097608" in hrefs
    assert "https://doi.org/10.5555/fixture.2020.1" in hrefs
    assert "https://example.org/liftlab-fixture-article" in hrefs
    assert "Müller" in page  # LaTeX accents decoded


def test_search_index_and_changelog_are_built(site):
    assert (site / "search.html").is_file()
    assert "rpe" in (site / "searchindex.js").read_text(encoding="utf-8").lower()
    assert "0.2.0" in _page(site, "changelog.html")


def test_offline_check_finds_pages_that_load_other_hosts(tmp_path):
    (tmp_path / "a.html").write_text(
        '<script src="https://cdn.example.com/x.js"></script><a href="https://ok.example">'
        '</a><link rel="stylesheet" href="//fonts.example.com/f.css"><img src="local.png">'
    )
    (tmp_path / "b.css").write_text(
        "/* url(https://commented.example/x) */ "
        "@font-face { src: url('https://f.example/a.woff2') }"
    )
    found = build_site.external_loads(tmp_path)
    assert found == {
        "a.html": ["https://cdn.example.com/x.js", "//fonts.example.com/f.css"],
        "b.css": ["https://f.example/a.woff2"],
    }


def test_a_chapter_without_minutes_fails_the_build(tmp_path):
    repo = tmp_path / "repo"
    (repo / "notebooks").mkdir(parents=True)
    shutil.copytree(ROOT / "docs", repo / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "CHANGELOG.md", repo / "CHANGELOG.md")
    for name in ("00-start-here.ipynb", "calculators.ipynb"):
        shutil.copy2(ROOT / "notebooks" / name, repo / "notebooks" / name)
    (repo / "README.md").write_text(
        "# t\n\n## The course\n\n| notebook | what it teaches | calculators | minutes |\n"
        "|---|---|---|---:|\n| [00 start](notebooks/00-start-here.ipynb) | x | — |  |\n\n"
        "| concept | notebook | section |\n|---|---|---|\n"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_site.py"), "--root", str(repo)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode != 0
    assert "no time to learn" in result.stdout + result.stderr
    # and a chapter that README's course map does not list at all
    with pytest.raises(ValueError, match="does not list"):
        course.landing_page(
            "| notebook | what it teaches | calculators | minutes |\n|-|-|-|-|\n",
            ["notebooks/00-start-here.ipynb"],
        )
