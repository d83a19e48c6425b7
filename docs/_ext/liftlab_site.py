"""Sphinx extension of the course website: launch banner, figures, calculators, offline assets.

- Every chapter page gets, under its title, its time to learn (README's course map) and its
  launch links: Binder (the notebook in JupyterLab) and JupyterHub via nbgitpuller (the hub
  from ``LIFTLAB_HUB_URL``, or typed by the reader into the page and kept in the browser).
- A figure stored as PNG + ``text/plain`` "Figure: ..." (``liftlab.plots.show``) gets that
  text as its ``alt`` and as a visible caption.
- A calculator (widget view) is drawn from the notebook's stored widget state, followed by a
  note saying its inputs need a live kernel, with the same launch links. A notebook that
  stores no widget state shows each output's next choice instead (its ``text/html``).
- The ipywidgets HTML manager (``embed-amd.js``), RequireJS and the manager's fonts are copied
  from the npm packages ``make setup`` installed into the site: the pages load nothing from
  another host.
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
import sys
from base64 import b64decode
from pathlib import Path

import liftlab_course as course
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

LOG = logging.getLogger(__name__)
WIDGET_VIEW = course.WIDGET_VIEW
JS_PACKAGES = Path("share") / "liftlab-site"  # under the venv, by tools/site_assets.py
JS_FILES = {
    "require.js": "requirejs/require.js",
    "embed-amd.js": "@jupyter-widgets/html-manager/dist/embed-amd.js",
}
FONT_SUFFIXES = {".woff2", ".woff", ".ttf"}  # not the legacy .eot/.svg (old IE, old iOS)
MANAGER_DIST = "@jupyter-widgets/html-manager/dist"


def assets_dir() -> Path:
    """Where `make setup` unpacked the npm packages of docs/site-assets.json."""
    return Path(sys.prefix) / JS_PACKAGES


# ---------------------------------------------------------------------------------------------
# Stored outputs: widget state, figures, calculator notes
# ---------------------------------------------------------------------------------------------


def _notebook(env, docname: str) -> dict | None:
    path = Path(env.doc2path(docname))
    if path.suffix != ".ipynb":
        return None
    cache = env.app.__dict__.setdefault("_liftlab_nb_cache", {})
    key = (str(path), path.stat().st_mtime_ns)
    if key not in cache:
        cache[key] = json.loads(path.read_text(encoding="utf-8"))
    return cache[key]


def _launch_links_html(settings: course.Settings, notebook: str, pathto_hub: str) -> str:
    binder = html.escape(course.binder_link(settings, notebook))
    query = html.escape(course.nbgitpuller_query(settings, notebook))
    hub = course.hub_link(settings, notebook)
    hub_href = html.escape(hub) if hub else f"{pathto_hub}#students-open-a-chapter-on-your-hub"
    return (
        f'<a class="liftlab-launch-binder" href="{binder}">Open on Binder</a>'
        f'<a class="liftlab-launch-hub" href="{hub_href}" data-hub-query="{query}"'
        f' data-hub-configured="{"true" if hub else "false"}">Open on your JupyterHub</a>'
    )


class StoredOutputs(SphinxPostTransform):
    """Runs before MyST-NB's SelectMimeType (priority 4) on each display bundle."""

    default_priority = 3
    formats = ("html",)

    def run(self, **kwargs) -> None:
        docname = self.env.docname
        nb = _notebook(self.env, docname)
        if nb is None:
            return
        cells = nb["cells"]
        state = course.has_widget_state(nb)
        settings = self.config.liftlab_settings
        notebook = docname + ".ipynb"
        hub_page = self.app.builder.get_relative_uri(docname, "hub")
        for cell in list(self.document.findall(_is_cell)):
            index = cell.get("cell_index")
            outputs = cells[index].get("outputs", []) if index is not None else []
            for bundle in list(cell.findall(_is_bundle)):
                kinds = {child["mime_type"]: child for child in bundle.children}
                if WIDGET_VIEW in kinds and not state:
                    # No stored state: the view would draw nothing. Fall back to the next
                    # choice of the bundle (a calculator's text/html summary).
                    bundle.remove(kinds.pop(WIDGET_VIEW))
                    LOG.info(f"{docname}: no stored widget state, showing calculators' fallback")
                if WIDGET_VIEW in kinds:
                    note = (
                        '<p class="liftlab-widget-note">Stored result: this calculator (or '
                        "quiz) shows the values it was saved with. Changing them needs a live "
                        "Python kernel: "
                        f"{_launch_links_html(settings, notebook, hub_page)}</p>"
                    )
                    parent = bundle.parent
                    parent.insert(parent.index(bundle) + 1, nodes.raw("", note, format="html"))
                elif "image/png" in kinds and "text/html" not in kinds:
                    figure = _caption_figure(kinds["image/png"], kinds.get("text/plain"), outputs)
                    if figure is not None:
                        self.document.set_id(figure)


def _is_cell(node) -> bool:
    return isinstance(node, nodes.container) and node.get("nb_element") == "cell_code"


def _is_bundle(node) -> bool:
    return isinstance(node, nodes.container) and node.get("nb_element") == "mime_bundle"


def _caption_figure(png: nodes.container, text: nodes.container | None, outputs):
    """Alt text and a visible caption for a PNG from ``liftlab.plots.show`` (its text/plain)."""
    image = next(png.findall(nodes.image), None)
    if image is None:
        return None
    description = text.astext().strip() if text is not None else ""
    if not description:  # the doctree's text/plain may be absent: read the stored output
        digest = Path(image["uri"]).stem
        for output in outputs:
            data = output.get("data", {})
            raw = data.get("image/png")
            if raw and hashlib.sha256(b64decode(raw)).hexdigest() == digest:
                plain = data.get("text/plain", "")
                description = "".join(plain) if isinstance(plain, list) else plain
    description = description.strip().strip("'\"")
    if not description:
        return None
    alt = description.removeprefix("Figure:").strip()
    image["alt"] = alt
    figure = nodes.figure("", classes=["liftlab-figure-static"])
    png.replace(image, figure)
    figure += image
    figure += nodes.caption("", description if description.startswith("Figure") else alt)
    return figure


# ---------------------------------------------------------------------------------------------
# The banner under each chapter's title
# ---------------------------------------------------------------------------------------------


def _chapters(app: Sphinx) -> dict[str, course.Chapter]:
    if not hasattr(app, "_liftlab_chapters"):
        readme = Path(app.config.liftlab_readme).read_text(encoding="utf-8")
        app._liftlab_chapters = {c.docname: c for c in course.course_map(readme)}
    return app._liftlab_chapters


def add_banner(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if not docname.startswith("notebooks/"):
        return
    chapter = _chapters(app).get(docname)
    is_chapter = Path(docname).name[:2].isdigit()
    if is_chapter and (chapter is None or not chapter.minutes):
        raise ExtensionError(
            f"{docname}: no time to learn: add the chapter to README's course map with minutes"
        )
    settings = app.config.liftlab_settings
    notebook = docname + ".ipynb"
    hub_page = app.builder.get_relative_uri(docname, "hub")
    minutes = (
        f'<p class="liftlab-minutes"><strong>Time to learn:</strong> about '
        f'<span class="liftlab-minutes-value">{chapter.minutes}</span> minutes.</p>'
        if is_chapter
        else ""
    )
    banner = (
        f'<div class="liftlab-launch" data-notebook="{html.escape(notebook)}">{minutes}'
        '<p class="liftlab-static-note">This page shows the notebook as it was stored: every '
        "figure, table and calculator holds the results of its last run. To change a "
        "calculator or run the code, open the chapter with a live Python kernel:</p>"
        f'<p class="liftlab-launch-links">{_launch_links_html(settings, notebook, hub_page)}</p>'
        "</div>"
    )
    section = next(doctree.findall(nodes.section), None)
    if section is None:
        raise ExtensionError(f"{docname}: a chapter needs a title (one H1)")
    title = next(section.findall(nodes.title))
    section.insert(section.index(title) + 1, nodes.raw("", banner, format="html"))


# ---------------------------------------------------------------------------------------------
# Offline assets
# ---------------------------------------------------------------------------------------------


def stage_js(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    modules = assets_dir()
    static = Path(app.outdir).parent / "site-vendor"
    static.mkdir(parents=True, exist_ok=True)
    for name, rel in JS_FILES.items():
        source = modules / rel
        if not source.is_file():
            raise ExtensionError(
                f"{source} is missing: run `make setup` (tools/site_assets.py fetches the npm "
                "packages of docs/site-assets.json once, with the network)"
            )
        shutil.copy2(source, static / name)
    if str(static) not in app.config.html_static_path:
        app.config.html_static_path.append(str(static))


def copy_fonts(app: Sphinx, exception) -> None:
    """embed-amd.js loads its icon fonts (Font Awesome, for widget icons) relative to the
    page, from the folder of the AMD module that asks for them: ``@jupyter-widgets/`` (the
    controls) and ``@jupyter-widgets/html-manager/dist/`` (the manager). Put them there, next
    to every page that loads the manager."""
    if exception or app.builder.format != "html":
        return
    dist = assets_dir() / MANAGER_DIST
    fonts = [p for p in dist.iterdir() if p.suffix in FONT_SUFFIXES]
    folders = set()
    for docname in app.env.found_docs:
        nb_meta = getattr(app.env, "nb_metadata", {}).get(docname, {})
        if "ipywidgets_state" in nb_meta.get("js_files", {}):
            page_dir = (Path(app.outdir) / docname).parent
            folders |= {page_dir / "@jupyter-widgets", page_dir / MANAGER_DIST}
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        for font in fonts:
            shutil.copy2(font, folder / font.name)


def setup(app: Sphinx) -> dict:
    app.add_config_value("liftlab_settings", course.Settings(), "html")
    app.add_config_value("liftlab_readme", str(course.ROOT / "README.md"), "html")
    app.add_post_transform(StoredOutputs)
    app.connect("doctree-resolved", add_banner)
    app.connect("builder-inited", stage_js)
    app.connect("build-finished", copy_fonts)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
