"""Sphinx configuration of the course website (`make site` → _build/html/).

`tools/build_site.py` stages the sources in _build/src/ (README's tables turned into the
landing page, the chapter notebooks, the pages of docs/) and runs Sphinx with this folder as
its configuration directory. Nothing is executed: MyST-NB renders the outputs stored in the
notebooks, and the calculators are drawn in the browser from the stored widget state by the
ipywidgets HTML manager, served from the site itself (see docs/_ext/liftlab_site.py).

Launch links are set by environment variables (see docs/hub.md): LIFTLAB_HUB_URL,
LIFTLAB_REPO, LIFTLAB_BRANCH, LIFTLAB_BINDER_REF, LIFTLAB_BINDER_URL, LIFTLAB_SITE_URL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "_ext"))

import liftlab_course  # noqa: E402

SRC = Path(os.environ.get("LIFTLAB_SITE_SRC", ROOT / "_build" / "src"))
SETTINGS = liftlab_course.Settings.from_env()

project = "Hypertrophy vs Strength"
author = "liftlab maintainers"
copyright = "2026, liftlab maintainers (text CC BY 4.0, code MIT)"
release = os.environ.get("LIFTLAB_VERSION", "")
language = "en"

extensions = ["myst_nb", "liftlab_site"]
if (SRC / "references.bib").exists():
    extensions.append("sphinxcontrib.bibtex")
    bibtex_bibfiles = [str(SRC / "references.bib")]  # relative paths would be to docs/
    bibtex_default_style = "plain"  # sorted by author; DOIs and URLs become links
    bibtex_reference_style = "author_year"

root_doc = "index"
exclude_patterns = ["_build", "_generated", "**.ipynb_checkpoints", "references.bib"]
templates_path: list[str] = []
html_static_path = ["_static"]

# --- MyST-NB: render what the notebooks store, never execute --------------------------------
nb_execution_mode = "off"
nb_merge_streams = True
# Which output of a display bundle the page shows, most preferred first. Explicit, and
# checked by tests/test_site_build.py:
# - the calculator itself, drawn from the stored widget state (liftlab_site drops this
#   choice for a notebook that stores no widget state, so its text/html fallback shows);
# - text/html: a calculator's readable fallback, or a figure as <figure><img alt>
#   <figcaption>; then images (liftlab_site adds the text/plain "Figure: ..." as alt text
#   and visible caption); text/plain last. Stored JavaScript outputs are never shown.
LIFTLAB_MIME_PRIORITY = [
    "application/vnd.jupyter.widget-view+json",
    "text/html",
    "image/png",
    "image/svg+xml",
    "image/jpeg",
    "image/gif",
    "text/markdown",
    "text/latex",
    "text/plain",
]
nb_mime_priority_overrides = [
    ("html", mime, rank) for rank, mime in enumerate(LIFTLAB_MIME_PRIORITY, start=1)
] + [("html", "application/javascript", None)]
# The HTML manager and RequireJS come from the npm packages `make setup` installs, copied
# into _static/ by liftlab_site: no CDN. The "cdn" attribute only matters for widget modules
# not bundled in embed-amd.js; the course uses none, and the browser test refuses any request
# that leaves the machine.
nb_ipywidgets_js = {
    "require.js": {},
    "embed-amd.js": {"data-jupyter-widgets-cdn": "_static/"},
}

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 4
suppress_warnings = ["myst.header"]  # notebooks start their sections at H2 under one H1

# --- HTML ------------------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_title = "Hypertrophy vs Strength"
html_baseurl = SETTINGS.site_url
html_last_updated_fmt = ""
html_copy_source = True  # the .ipynb download button serves _sources/
html_theme_options = {
    "repository_url": SETTINGS.repo_url,
    "repository_branch": SETTINGS.branch,
    "path_to_docs": "notebooks",
    "use_repository_button": True,
    "use_download_button": True,
    "use_fullscreen_button": False,
    "home_page_in_toc": True,
    "show_toc_level": 2,
    "navigation_with_keys": False,
    # launch links are liftlab_site's own banner under each chapter's title
}
html_context = {"default_mode": "light"}  # an unset mode makes the theme log a console error
html_css_files = ["liftlab.css"]
html_js_files = ["liftlab.js"]
html_show_sourcelink = False

liftlab_settings = SETTINGS
liftlab_readme = str(ROOT / "README.md")
