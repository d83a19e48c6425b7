"""Figures carry alt text and a caption; calculators read as text where they cannot be drawn.

liftlab.plots.show and FigureImage (the calculators' figures) give every <img> its alt text
and a visible "Figure: ..." caption; every calculator's display bundle adds a readable
text/html and text/plain (what an untrusted notebook in JupyterLab, a text export and nbval
see) built from its inputs, result widgets and figures.
"""

from __future__ import annotations

import base64
import html
import re

import ipywidgets as widgets
import pytest

import liftlab.apps
from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
from liftlab.apps.readable import RUN_CALCULATOR, html_to_text, inputs, walk
from liftlab.plots import show
from liftlab.plots.style import new_figure, png_bytes

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
CALCULATORS = [n for n in liftlab.apps.__all__ if not n.endswith("quiz")]
ALT = 'Line rising from 1 to 3; a "quoted" <word> & more'


def _figure():
    fig, ax = new_figure()
    (line,) = ax.plot([0, 1, 2], [1, 2, 3])
    return fig, line


def _alt_of(img: str) -> str:
    match = re.search(r'\balt="([^"]*)"', img)
    assert match, img[:200]
    return html.unescape(match.group(1))


# ------------------------------------------------------------------------------ figures


def test_show_gives_an_img_with_alt_text_a_visible_caption_the_png_and_the_text():
    fig, _ = _figure()
    bundle = show(fig, ALT)._repr_mimebundle_()
    assert set(bundle) == {"text/html", "image/png", "text/plain"}
    page = bundle["text/html"]
    assert _alt_of(page) == ALT
    caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", page)
    assert caption and html.unescape(caption.group(1)) == f"Figure: {ALT}"
    png = base64.b64decode(bundle["image/png"])
    assert png == png_bytes(fig) and f"base64,{bundle['image/png']}" in page
    assert 'width="512" height="288"' in page  # the size of the PNG (6.4 x 3.6 in at 80 dpi)
    assert bundle["text/plain"] == f"Figure: {ALT}"


@pytest.mark.parametrize("alt", ["", "   ", None])
def test_show_refuses_a_figure_without_words(alt):
    fig, _ = _figure()
    with pytest.raises(ValueError, match="alt="):
        show(fig, alt)


def test_figure_image_has_alt_text_and_caption_and_follows_updates():
    fig, line = _figure()
    figure = FigureImage(fig, ALT)
    assert figure.png.startswith(b"\x89PNG") and figure.png == png_bytes(fig)
    assert _alt_of(figure.image.value) == ALT
    assert html.unescape(re.sub(r"<[^>]+>", "", figure.caption.value)) == f"Figure: {ALT}"
    assert "<word>" not in figure.image.value + figure.caption.value  # escaped
    value, png = figure.image.value, figure.png
    figure.refresh()  # nothing changed: nothing is sent
    assert figure.image.value is value
    line.set_ydata([3, 2, 1])
    figure.refresh("Line falling from 3 to 1")
    assert figure.png != png and _alt_of(figure.image.value) == "Line falling from 3 to 1"
    assert "Figure: Line falling from 3 to 1" in figure.caption.value
    figure.set_alt("Falling line")
    assert _alt_of(figure.image.value) == "Falling line" and figure.png != png


# -------------------------------------------------------------------- html_to_text


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>100 kg <b>×</b> 5</p><p>next</p>", "100 kg × 5\nnext"),
        (
            "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>",
            "a | b\n1 | 2",
        ),
        ("<ul><li>one</li><li>two &amp; three</li></ul>", "one\ntwo & three"),
        ('<div>x<img src="data:," alt="a chart">y</div>', "x[image: a chart]y"),
        ("<style>p{color:red}</style><p>kept</p><script>gone()</script>", "kept"),
        ("", ""),
    ],
)
def test_html_to_text(fragment, text):
    assert html_to_text(fragment) == text


# --------------------------------------------------------------- calculators as text


@pytest.fixture(params=CALCULATORS)
def app(request):
    return getattr(liftlab.apps, request.param)()


def test_every_calculator_reads_as_text_with_its_results_and_figure(app):
    assert isinstance(app, Calculator)
    bundle = app._repr_mimebundle_()
    assert WIDGET_VIEW in bundle  # the live widget stays first choice where it can be drawn
    text, page = bundle["text/plain"], bundle["text/html"]
    assert "children=(" not in text and "children=(" not in page
    assert text.splitlines()[0].endswith(RUN_CALCULATOR) and RUN_CALCULATOR in page
    results = [
        w for w in walk(app) if isinstance(w, widgets.HTML) and "liftlab-result" in w._dom_classes
    ]
    assert results, "a calculator shows its results in liftlab-result HTML widgets"
    for result in results:
        if result.value:
            assert html_to_text(result.value) in text
            assert result.value in page
    figures = [w for w in walk(app) if isinstance(w, FigureImage)]
    assert figures, "every calculator has a figure"
    imgs = re.findall(r"<img\b[^>]*>", page)
    assert [_alt_of(img) for img in imgs] == [f.alt for f in figures]
    for figure in figures:
        assert f"Figure: {figure.alt}" in text
        assert f"base64,{base64.b64encode(figure.png).decode()}" in page
        assert html.escape(f"Figure: {figure.alt}") in page
    for label, value in inputs(app):
        assert f"{label} {value}" in text


def test_the_text_is_built_when_shown_so_it_follows_the_inputs():
    app = liftlab.apps.plate_loader(100, "kg")
    before = app._repr_mimebundle_()["text/plain"]
    app.load.value = 140.0
    after = app._repr_mimebundle_()["text/plain"]
    assert "Target 100" in before and "Target 140" in after
    assert "140 kg = 20 kg bar" in after and "140 kg = 20 kg bar" not in before
    assert f"Figure: {app.figure.alt}" in after


def test_a_refused_input_shows_its_message_in_the_text():
    app = liftlab.apps.plate_loader(100, "kg")
    app.load.value = 101.0  # not loadable with the standard plates
    note = app.load.notes.value  # said beside the box that caused it (issue 14)
    assert "cannot be made" in note
    text = app._repr_mimebundle_()["text/plain"]
    assert html_to_text(note) in text
    assert html_to_text(app.stale.value) in text and "Still showing" in text
