"""The course website in Chromium: `make site` from a fresh copy of the repository, offline.

The module fixture copies the repository's files as git sees them (tracked and new, never
ignored ones such as _build/ or .venv/) into a temporary folder, runs `make site` there with
this environment (`make -o` keeps make from rebuilding it) and serves _build/html on
127.0.0.1. Every chapter page is then opened with every request that leaves 127.0.0.1
refused (the conftest's ``page`` fixture): no console error, every image decodes and has alt
text, the stored calculators render as widgets, the launch links point at the chapter.
Screenshots go to tests/browser/screenshots/site-*.png.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import driver
import pytest
from driver import ROOT, SCREENSHOTS

sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import liftlab_course as course

import liftlab

CHAPTERS = course.chapter_paths(ROOT)
PAGES = [*CHAPTERS, course.CALCULATORS]
VENV = Path(sys.prefix)
WIDGET_VIEW = course.WIDGET_VIEW
SITE_BUILD_SECONDS: dict[str, float] = {}


def _fresh_copy(dest: Path) -> None:
    """The repository's files as a fresh clone (plus uncommitted edits) would have them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    repo = tmp_path_factory.mktemp("fresh-clone")
    _fresh_copy(repo)
    assert not (repo / "_build").exists() and not (repo / ".venv").exists()
    stamps = [VENV / ".liftlab-installed", VENV / ".liftlab-site-installed"]
    make = ["make", "-C", str(repo), "site", f"VENV={VENV}"]
    make += [arg for stamp in stamps for arg in ("-o", str(stamp))]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIFTLAB_")}
    start = time.perf_counter()
    result = subprocess.run(make, capture_output=True, text=True, env=env, timeout=900)
    SITE_BUILD_SECONDS["make site"] = time.perf_counter() - start
    assert result.returncode == 0, f"make site failed:\n{result.stdout}\n{result.stderr}"
    html = repo / "_build" / "html"
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(html))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", html
    finally:
        server.shutdown()
        server.server_close()
        print(f"\nmake site (fresh copy, offline): {SITE_BUILD_SECONDS['make site']:.1f} s")


def _views(notebook: str) -> int:
    nb = json.loads((ROOT / notebook).read_text(encoding="utf-8"))
    return sum(WIDGET_VIEW in o.get("data", {}) for c in nb["cells"] for o in c.get("outputs", []))


def _open(page, url: str, views: int) -> None:
    page.goto(url)
    page.locator(".bd-article").wait_for()
    if views:
        # The HTML manager puts each drawn view in a .widget-subarea beside its script tag.
        page.wait_for_function(
            "n => document.querySelectorAll('.cell_output .widget-subarea > *').length >= n",
            arg=views,
        )


def _image_report(page) -> list[dict]:
    """Every <img>: decoded (decode() resolves, non-zero size) and its alt text."""
    return page.evaluate(
        """async () => Promise.all(Array.from(document.images).map(async (img) => {
            let decoded = true;
            try { await img.decode(); } catch (e) { decoded = false; }
            return {src: img.src.slice(0, 80), alt: img.getAttribute('alt') || '',
                    decoded: decoded && img.naturalWidth > 0};
        }))"""
    )


@pytest.mark.parametrize("notebook", PAGES, ids=lambda p: Path(p).stem)
def test_chapter_page_renders_offline(notebook, site, page):
    base, _ = site
    views = _views(notebook)
    url = base + notebook.replace(".ipynb", ".html")
    _open(page, url, views)

    images = _image_report(page)
    assert images, f"{notebook}: no images on the page"
    bad = [i for i in images if not i["decoded"] or len(i["alt"].strip()) < 10]
    assert not bad, f"{notebook}: images not decoded or without alt text: {bad}"
    drawn = page.locator(".cell_output .widget-subarea > *").count()
    assert drawn == views, f"{notebook}: {drawn} of {views} stored widget views drawn"
    assert page.locator(".jupyter-widgets-error-widget").count() == 0

    banner = page.locator(".liftlab-launch")
    binder = banner.locator("a.liftlab-launch-binder").get_attribute("href")
    assert binder == (
        f"https://mybinder.org/v2/gh/liftlab/liftlab/HEAD?urlpath=lab/tree/{notebook}"
    )
    hub = banner.locator("a.liftlab-launch-hub")
    assert hub.get_attribute("data-hub-query") == (
        "/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fliftlab%2Fliftlab"
        f"&urlpath=lab%2Ftree%2Fliftlab%2F{notebook.replace('/', '%2F')}&branch=main"
    )
    assert hub.get_attribute("href").endswith("hub.html#students-open-a-chapter-on-your-hub")
    if notebook in CHAPTERS:
        minutes = course.course_map((ROOT / "README.md").read_text(encoding="utf-8"))
        expected = {c.path: c.minutes for c in minutes}[notebook]
        assert banner.locator(".liftlab-minutes-value").inner_text() == str(expected)
    if views:
        assert page.locator(".liftlab-widget-note").count() == views
    name = Path(notebook).stem
    page.screenshot(path=str(SCREENSHOTS / f"site-{name}.png"), full_page=False)
    driver.assert_no_console_errors(page)


def test_1rm_estimator_shows_its_stored_table(site, page):
    base, _ = site
    _open(page, base + "notebooks/02-one-rep-max.html", _views("notebooks/02-one-rep-max.ipynb"))
    calculator = page.locator(".liftlab-one-rep-max")
    calculator.scroll_into_view_if_needed()
    assert calculator.locator("input").first.input_value() == "100"  # stored load: 100 kg x 5
    table = calculator.locator(".liftlab-result table")
    rows = [r.split("\t") for r in table.inner_text().splitlines()]
    by_formula = {r[0]: r[1] for r in rows[1:]}
    assert set(by_formula) == {info.label for info in liftlab.FORMULAS.values()}
    for name, info in liftlab.FORMULAS.items():
        assert float(by_formula[info.label]) == pytest.approx(
            liftlab.estimate_1rm(100, 5, name), abs=0.05
        ), info.label
    assert calculator.locator("img").first.get_attribute("alt").startswith("Line chart")
    calculator.screenshot(path=str(SCREENSHOTS / "site-02-1rm-estimator.png"))
    driver.assert_no_console_errors(page)


def test_readers_hub_completes_every_hub_link(site, page):
    base, _ = site
    _open(page, base + "notebooks/03-intensity-and-reps.html", 0)
    page.locator(".liftlab-hub-form input").fill("hub.example.edu/")
    page.locator(".liftlab-hub-form button").click()
    link = page.locator(".liftlab-launch a.liftlab-launch-hub")
    expected = (
        "https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com"
        "%2Fliftlab%2Fliftlab&urlpath=lab%2Ftree%2Fliftlab%2Fnotebooks%2F"
        "03-intensity-and-reps.ipynb&branch=main"
    )
    assert link.get_attribute("href") == expected
    page.goto(base + "notebooks/05-rest-and-recovery.html")  # remembered on the next page
    other = page.locator(".liftlab-launch a.liftlab-launch-hub")
    assert other.get_attribute("href") == expected.replace(
        "03-intensity-and-reps", "05-rest-and-recovery"
    )
    driver.assert_no_console_errors(page)


def test_landing_page_links_every_chapter(site, page):
    base, html = site
    page.goto(base)
    page.locator(".bd-article h1").wait_for()
    hrefs = page.eval_on_selector_all("table a", "as => as.map(a => a.getAttribute('href'))")
    for chapter in CHAPTERS:
        assert chapter.replace(".ipynb", ".html") in hrefs, chapter
    for href in hrefs:
        path, _, anchor = href.partition("#")
        target = (html / path).read_text(encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in target, href
    page.screenshot(path=str(SCREENSHOTS / "site-index.png"))
    driver.assert_no_console_errors(page)


def test_search_finds_the_chapter_on_plates(site, page):
    base, _ = site
    page.goto(base + "search.html?q=plates")
    first = page.locator("#search-results li a").first
    first.wait_for()
    links = page.eval_on_selector_all(
        "#search-results li a", "as => as.map(a => a.getAttribute('href'))"
    )
    assert any("03-intensity-and-reps" in href for href in links), links
    driver.assert_no_console_errors(page)


def test_print_view_hides_navigation_and_keeps_calculators(site, page):
    base, _ = site
    _open(page, base + "notebooks/02-one-rep-max.html", _views("notebooks/02-one-rep-max.ipynb"))
    page.emulate_media(media="print")
    assert not page.locator(".bd-sidebar-primary").is_visible()
    assert not page.locator(".liftlab-launch-links").is_visible()
    assert page.locator(".liftlab-one-rep-max").is_visible()
    assert page.locator(".liftlab-minutes").is_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 50_000
    driver.assert_no_console_errors(page)


@pytest.mark.parametrize("path", ["index.html", "notebooks/02-one-rep-max.html", "hub.html"])
def test_phone_width_page_does_not_scroll_sideways(site, browser, path):
    base, _ = site
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/])"), lambda route: route.abort())
    try:
        pg = context.new_page()
        views = _views(path.replace(".html", ".ipynb")) if path.startswith("notebooks/") else 0
        _open(pg, base + path, views)
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide on a 390 px phone"
        if views:
            pg.locator(".liftlab-one-rep-max").scroll_into_view_if_needed()
        name = Path(path).stem
        pg.screenshot(path=str(SCREENSHOTS / f"site-{name}-phone-390.png"))
    finally:
        context.close()
