"""Build the course website into _build/html/ from the stored notebooks (`make site`).

1. Stage the sources in _build/src/: index.md generated from README's course map and concept
   table, every chapter notebook that exists (notebooks/NN-*.ipynb, so a new chapter appears
   when it lands), the calculators page, the pages of docs/ and notebooks/references.bib.
2. Run Sphinx (MyST-NB, configuration in docs/conf.py) with warnings as errors. Nothing is
   executed and nothing is fetched: the ipywidgets HTML manager and RequireJS come from the
   environment (`make setup` put them there, see tools/site_assets.py).
3. Check the result: every page's scripts, style sheets, images and fonts are served by the
   site itself.

    python tools/build_site.py [--out _build/html] [--root REPO]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Attributes through which a page loads something (a link's href is loaded only for these rels).
LOADING_RELS = {"stylesheet", "preload", "icon", "shortcut icon", "modulepreload", "manifest"}
EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", re.IGNORECASE)
CSS_IMPORT = re.compile(r"@import\s+['\"]((?:https?:)?//[^'\"]+)", re.IGNORECASE)


def _copy_if_changed(src: Path, dest: Path) -> None:
    """Copy keeping the mtime, and only when the content differs (Sphinx rebuilds by mtime)."""
    if dest.is_file() and dest.read_bytes() == src.read_bytes():
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def _write_if_changed(dest: Path, text: str) -> None:
    if dest.is_file() and dest.read_text(encoding="utf-8") == text:
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")


def stage(root: Path, src: Path) -> list[str]:
    """Lay out the Sphinx sources in ``src``; return the staged notebooks' paths."""
    sys.path.insert(0, str(root / "docs" / "_ext"))
    import liftlab_course as course

    readme = (root / "README.md").read_text(encoding="utf-8")
    chapters = course.chapter_paths(root)
    notebooks = [*chapters, course.CALCULATORS]
    wanted = {Path(p) for p in notebooks}
    for path in notebooks:
        _copy_if_changed(root / path, src / path)
    for stale in (src / "notebooks").glob("*.ipynb"):  # a notebook removed from the repository
        if stale.relative_to(src) not in wanted:
            stale.unlink()
    _write_if_changed(src / "index.md", course.landing_page(readme, chapters))
    bib = root / "notebooks" / "references.bib"
    staged_bib = src / "references.bib"
    references = src / "references.md"
    for page in sorted((root / "docs").glob("*.md")):
        if page.name != "references.md" or bib.is_file():
            _copy_if_changed(page, src / page.name)
    _copy_if_changed(root / "CHANGELOG.md", src / "changelog.md")
    _write_if_changed(src / "_generated" / "hub-links.md", course.hub_links_table(chapters))
    if bib.is_file():
        _copy_if_changed(bib, staged_bib)
    else:
        # Until the course's bibliography lands (issue 10), the page says where sources are.
        staged_bib.unlink(missing_ok=True)
        _write_if_changed(
            references,
            "# References\n\nThis version of the course has no shared bibliography yet "
            "(`notebooks/references.bib`). Every chapter lists the works it cites, with links, "
            "in its own *References* section.\n",
        )
    return notebooks


class _Loads(HTMLParser):
    """Collects the URLs a page loads (scripts, style sheets, images, media, frames)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed", "track"}:
            for key in ("src", "srcset", "poster"):
                if a.get(key):
                    self.urls += [u.strip().split(" ")[0] for u in a[key].split(",")]
        elif tag == "link" and (a.get("rel") or "").lower() in LOADING_RELS and a.get("href"):
            self.urls.append(a["href"])
        elif tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if a.get("style"):
            self.urls += CSS_URL.findall(a["style"])
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.urls += CSS_URL.findall(data) + CSS_IMPORT.findall(data)

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False


def external_loads(out: Path) -> dict[str, list[str]]:
    """Every URL on another host that a built page or style sheet would load, by file."""
    found: dict[str, list[str]] = {}
    for page in sorted(out.rglob("*.html")):
        parser = _Loads()
        parser.feed(page.read_text(encoding="utf-8", errors="replace"))
        bad = [u for u in parser.urls if EXTERNAL.match(u)]
        if bad:
            found[page.relative_to(out).as_posix()] = bad
    for sheet in sorted(out.rglob("*.css")):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        # Comments may mention URLs (e.g. a commented-out Google Fonts import): drop them.
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
        bad = CSS_URL.findall(text) + CSS_IMPORT.findall(text)
        if bad:
            found[sheet.relative_to(out).as_posix()] = bad
    return found


def build(root: Path, out: Path, quiet: bool = True) -> float:
    from sphinx.cmd.build import build_main

    start = time.perf_counter()
    src = out.parent / "src"
    notebooks = stage(root, src)
    os.environ["LIFTLAB_SITE_SRC"] = str(src)
    args = ["-b", "html", "-c", str(root / "docs"), "-d", str(out.parent / "doctrees")]
    # -E -a: a full build every time (about 10 s): no stale page or static file survives.
    args += ["-E", "-a", "-W", "--keep-going", "-n"] + (["-q"] if quiet else [])
    args += [str(src), str(out)]
    status = build_main(args)
    if status != 0:
        raise SystemExit(f"sphinx-build failed (exit {status}); the messages are above")
    (out / ".nojekyll").write_text("")  # GitHub Pages: serve _static/ and _sources/ as they are
    bad = external_loads(out)
    if bad:
        lines = [f"  {page}: {urls}" for page, urls in bad.items()]
        raise SystemExit("pages load files from other hosts:\n" + "\n".join(lines))
    seconds = time.perf_counter() - start
    print(
        f"site: {len(notebooks)} notebooks, {sum(1 for _ in out.rglob('*.html'))} pages in "
        f"{out} ({seconds:.1f} s); every script, style sheet, image and font is served locally"
    )
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to build from")
    parser.add_argument("--out", type=Path, default=None, help="default: ROOT/_build/html")
    parser.add_argument("--verbose", action="store_true", help="show Sphinx's progress")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    out = (args.out or root / "_build" / "html").resolve()
    build(root, out, quiet=not args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
