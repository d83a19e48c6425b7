"""A readable stand-in for a calculator or quiz wherever its widget cannot be drawn.

A displayed widget's output holds its view (``application/vnd.jupyter.widget-view+json``)
and, as a fallback, other representations of the same object. JupyterLab 4 draws the
widget view only in a *trusted* notebook; a notebook from a fresh clone or from Binder
is untrusted, so JupyterLab shows the best *safe* fallback instead: ``text/html``
(sanitized), else ``text/plain``. ipywidgets' own fallback is the ``repr`` of the widget
tree (``PlateLoader(children=(VBox(...``), which tells a student nothing.

This module builds, from what a calculator shows at the moment it is displayed:

- ``text/html``: a line saying to run the cell, the inputs, the result widgets (class
  ``liftlab-result``), any message, and every figure as ``<img alt=...>`` with its
  visible caption (the same ``figure_html`` static figures use);
- ``text/plain``: the same in words (what nbval compares and text exports keep).

The widget view stays first in the bundle, so a running notebook, a trusted one and
Voilà draw the live widget as before. Everything is built generically by walking the
widget tree, so a new calculator gets its stand-in without code of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape
from html.parser import HTMLParser

import ipywidgets as widgets
from ipywidgets.widgets.widget_description import DescriptionWidget

from liftlab.apps.figure_widget import FigureImage
from liftlab.plots.style import caption_text, figure_html

RUN_CALCULATOR = "Run this cell to use the calculator."
RUN_QUIZ = "Run this cell to answer the questions."

_BOX_STYLE = "border-left:4px solid #999999;padding:4px 10px;margin:4px 0"
_NOTE_STYLE = "margin:0 0 6px 0"

# --------------------------------------------------------------------------- HTML to text

_BLOCKS = {
    "p", "div", "br", "tr", "li", "table", "caption", "ul", "ol", "h1", "h2", "h3", "h4",
    "h5", "h6", "figure", "figcaption", "section", "details", "summary", "thead", "tbody",
}  # fmt: skip
_SKIP = {"script", "style"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.skipping = 0
        self.cells_in_row = 0

    def _newline(self) -> None:
        if self.lines[-1]:
            self.lines.append([])

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.lines[-1].append(" | ")
            self.cells_in_row += 1
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.lines[-1].append(f"[image: {alt}]")
        elif tag in _BLOCKS:
            if tag == "tr":
                self.cells_in_row = 0
            self._newline()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._newline()

    def handle_data(self, data):
        if not self.skipping:
            self.lines[-1].append(data)


def html_to_text(fragment: str) -> str:
    """The words of an HTML fragment, one block (paragraph, table row, item) per line.

    Table cells are separated by ``" | "``; an image becomes ``[image: <alt>]``.

    >>> html_to_text("<p>100 kg <b>×</b> 5</p><table><tr><th>a</th><td>1</td></tr></table>")
    '100 kg × 5\\na | 1'
    """
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join("".join(parts).split()) for parts in parser.lines)
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------- the widgets


def _shown(widget: widgets.Widget) -> bool:
    layout = getattr(widget, "layout", None)
    return not (layout is not None and layout.display == "none")


def walk(root: widgets.Widget) -> Iterator[widgets.Widget]:
    """Every visible widget under ``root``, depth first in display order (a figure is a leaf)."""
    yield root
    if isinstance(root, FigureImage):
        return
    for child in getattr(root, "children", ()) or ():
        if isinstance(child, widgets.Widget) and _shown(child):
            yield from walk(child)


def _format_value(control: widgets.Widget) -> str:
    if hasattr(control, "label") and isinstance(getattr(control, "label", None), str):
        return control.label  # Dropdown, ToggleButtons, RadioButtons: the option shown
    value = control.value
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list):
        return "–".join(_format_value_item(v) for v in value)
    return str(value)


def _format_value_item(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def inputs(root: widgets.Widget) -> list[tuple[str, str]]:
    """``(label, value shown)`` of every visible control with a description, in order."""
    from liftlab.apps.controls import NumberField

    found = []
    inside_fields = set()
    for w in walk(root):
        if id(w) in inside_fields:
            continue
        if isinstance(w, NumberField):  # the text as typed, with the box's unit
            found.append((w.label, f"{w.box.value.strip()} {w.unit}".strip()))
            inside_fields.update(id(child) for child in w.children)
            continue
        if not isinstance(w, widgets.ValueWidget) or not isinstance(w, DescriptionWidget):
            continue
        if isinstance(w, widgets.HTML | widgets.HTMLMath | widgets.Label):
            continue  # outputs, not inputs
        label = " ".join(str(w.description or "").split()).rstrip(":")
        if label:
            found.append((label, _format_value(w)))
    return found


def _title(widget: widgets.Widget) -> str:
    title = getattr(type(widget), "title", "")
    if isinstance(title, str) and title.strip():
        return title.strip()
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", type(widget).__name__)
    return " ".join([words[0], *(w.lower() if not w.isupper() else w for w in words[1:])])


def static_box(run_line: str, body_html: str) -> str:
    """The stand-in's frame: ``run_line`` in bold first, then ``body_html``."""
    return (
        f'<div class="liftlab-static" style="{_BOX_STYLE}">'
        f'<p style="{_NOTE_STYLE}"><b>▶ {escape(run_line)}</b></p>{body_html}</div>'
    )


def calculator_bundle(calculator: widgets.Widget, bundle: dict) -> dict:
    """``bundle`` (the widget's own) with a readable ``text/html`` and ``text/plain`` added.

    Parameters
    ----------
    calculator : liftlab.apps.calculator.Calculator
        The calculator being displayed. Its title is the class attribute ``title`` if set,
        else its class name in words.
    bundle : dict
        What :meth:`ipywidgets.Widget._repr_mimebundle_` returned (the widget view).
    """
    title = _title(calculator)
    shown_inputs = inputs(calculator)
    html_parts = [f'<p style="{_NOTE_STYLE}"><b>{escape(title)}</b>, as stored with the notebook']
    text_parts = [f"{title}: {RUN_CALCULATOR}"]
    if shown_inputs:
        listed = ", ".join(f"{label} {value}" for label, value in shown_inputs)
        html_parts[-1] += f" for: {escape(listed)}."
        text_parts.append(f"Stored with the notebook for: {listed}.")
    else:
        html_parts[-1] += ":"
        text_parts.append("Stored with the notebook:")
    html_parts[-1] += "</p>"
    message = getattr(calculator, "message", None)
    # What a reader must not miss: results, the calculator's message, a refused input's
    # note beside its box, and the "still showing ..." mark over stale results.
    said = {"liftlab-result", "liftlab-field-note", "liftlab-stale"}
    for w in walk(calculator):
        if isinstance(w, FigureImage) and w.png:
            html_parts.append(figure_html(w.png, w.alt, w.width, w.height))
            text_parts.append(caption_text(w.alt))
        elif (
            isinstance(w, widgets.HTML)
            and w.value
            and (said.intersection(w._dom_classes) or w is message)
        ):
            html_parts.append(f"<div>{w.value}</div>")
            text_parts.append(html_to_text(w.value))
    return {
        **bundle,
        "text/html": static_box(RUN_CALCULATOR, "".join(html_parts)),
        "text/plain": "\n".join(part for part in text_parts if part),
    }
