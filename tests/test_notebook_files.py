"""The notebooks as files: stored outputs, run order, structure and accessibility.

nbval proves stored outputs equal fresh ones, but it compares nothing in a cell
saved without outputs. These checks close that gap and hold every chapter to the
course skeleton (one H1, headings in order, objectives, try-it, summary, references,
alt text for every figure, no network).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHAPTERS = [nb for nb in NOTEBOOKS if re.match(r"\d\d-", nb.name)]
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$", re.MULTILINE)
NETWORK = re.compile(
    r"^\s*(import|from)\s+(requests|urllib|httpx|aiohttp|socket|http\.client)\b"
    r"|urlopen\(|^\s*!\s*(wget|curl|pip)\b",
    re.MULTILINE,
)


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _markdown(nb) -> str:
    return "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "markdown")


def test_the_course_has_notebooks():
    assert len(CHAPTERS) >= 3, "notebooks/ should hold the course chapters"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_ran_once_in_order_and_kept_its_output(path):
    cells = _code_cells(_read(path))
    counts = [cell.execution_count for cell in cells]
    assert counts == list(range(1, len(cells) + 1)), (
        f"{path.name}: execution counts {counts} are not 1..n: run `make notebooks`"
    )
    silent = [i for i, cell in enumerate(cells) if not cell.outputs]
    assert not silent, (
        f"{path.name}: code cells {silent} have no stored output, so nbval would compare "
        "nothing there; end each cell with a value to show (the imports cell can show versions)"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_stored_errors_and_no_stderr(path):
    for cell in _code_cells(_read(path)):
        for output in cell.outputs:
            assert output.output_type != "error", f"{path.name}: stored error {output.get('ename')}"
            assert output.get("name") != "stderr", f"{path.name}: stderr in a stored output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_headings_one_h1_and_in_order(path):
    levels = [len(m.group(1)) for m in HEADING.finditer(_markdown(_read(path)))]
    assert levels.count(1) == 1 and levels[0] == 1, f"{path.name}: needs exactly one H1, first"
    for previous, level in itertools.pairwise(levels):
        assert level <= previous + 1, f"{path.name}: heading jumps from H{previous} to H{level}"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_follows_the_course_skeleton(path):
    text = _markdown(_read(path)).lower()
    titles = [m.group(2).lower() for m in HEADING.finditer(text)]
    for needed in ("objectives", "summary", "references"):
        assert any(needed in title for title in titles), f"{path.name}: no '{needed}' section"
    if not path.name.startswith("00-"):
        assert any("try it" in title for title in titles), f"{path.name}: no 'Try it' section"


IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT = re.compile(r'\balt="([^"]*)"')
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _img_problems(html: str) -> list[str]:
    """``<img>`` tags in ``html`` whose alt text is missing or too short to describe anything."""
    problems = []
    for tag in IMG.findall(html):
        alt = ALT.search(tag)
        if not alt or len(alt.group(1).strip()) < 25:
            problems.append(re.sub(r"base64,[A-Za-z0-9+/=]{40,}", "base64,...", tag)[:160])
    return problems


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_figure_has_alt_text_and_a_caption(path):
    """Every stored image (outputs and stored widget state) has real alt text; every figure
    output (liftlab.plots.show) shows it as a caption and keeps it as text/plain."""
    nb = _read(path)
    for cell in _code_cells(nb):
        for output in cell.outputs:
            data = output.get("data", {})
            html = data.get("text/html", "")
            html = "".join(html) if isinstance(html, list) else html
            assert not _img_problems(html), f"{path.name}: {_img_problems(html)}"
            if "image/png" in data:
                text = data.get("text/plain", "")
                assert text.startswith("Figure: ") and len(text) > 30, (
                    f"{path.name}: a figure without alt text ({text[:60]!r}); "
                    "display it with liftlab.plots.show(fig, alt=...)"
                )
                assert "<img" in html and "<figcaption" in html and "Figure: " in html, (
                    f"{path.name}: a figure output without its HTML (img + visible caption)"
                )
    state = str(nb.metadata.get("widgets", {}))
    assert not _img_problems(state), f"{path.name}: stored widgets: {_img_problems(state)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_widget_output_reads_without_running(path):
    """A widget output also stores readable text/html and text/plain (what an untrusted
    notebook shows), never ipywidgets' ``Widget(children=(...`` repr."""
    for cell in _code_cells(_read(path)):
        for output in cell.outputs:
            data = output.get("data", {})
            if WIDGET_VIEW not in data:
                continue
            text = data.get("text/plain", "")
            assert "children=(" not in text, f"{path.name}: a widget output reads {text[:80]!r}"
            assert "Run this cell" in text and "Run this cell" in data.get("text/html", ""), (
                f"{path.name}: a widget output without its readable stand-in ({text[:80]!r}): "
                "re-execute the notebook with tools/execute_notebooks.py"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_kernelspec_is_stored_as_jupyterlab_writes_it(path):
    """JupyterLab rewrites a kernelspec that differs from the installed one when it opens the
    notebook, which marks it modified although the reader changed nothing."""
    from jupyter_client.kernelspec import KernelSpecManager

    stored = _read(path).metadata.get("kernelspec", {})
    spec = KernelSpecManager().get_kernel_spec(stored.get("name", "python3"))
    assert stored == {
        "display_name": spec.display_name,
        "language": spec.language,
        "name": stored.get("name"),
    }, f"{path.name}: kernelspec {stored}: run tools/execute_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_fetch_nothing_from_the_network(path):
    nb = _read(path)
    for cell in _code_cells(nb):
        assert not NETWORK.search(cell.source), f"{path.name}: network access in {cell.source!r}"
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            images = re.findall(
                r"!\[[^\]]*\]\((https?:[^)]+)\)|<img[^>]+src=\"(https?:[^\"]+)", cell.source
            )
            assert not images, f"{path.name}: remote images {images}"


def test_readme_concept_table_points_at_real_sections():
    """Every row of the README's concept table names a notebook and one of its headings."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("| concept | notebook | section |")
    rows = list(
        itertools.takewhile(lambda line: line.startswith("|"), readme[start:].splitlines()[2:])
    )
    assert len(rows) >= 40, "the concept table looks truncated"
    for row in rows:
        _, concept, notebook, section, _ = (cell.strip() for cell in row.split("|"))
        link = re.search(r"\((notebooks/[^)]+\.ipynb)\)", notebook)
        assert link, f"no notebook link in {row!r}"
        path = ROOT / link.group(1)
        assert path.exists(), f"{concept}: {path.name} does not exist"
        titles = {m.group(2).strip() for m in HEADING.finditer(_markdown(_read(path)))}
        for part in section.split("›"):
            name = part.strip().strip("*").split(" (")[0].strip()
            assert any(title.startswith(name) for title in titles), (
                f"{concept}: no heading {name!r} in {path.name}"
            )
