"""Number boxes that never change what a student typed without saying so.

Every number a calculator asks for is a :class:`NumberField`: a labelled text box
(``ipywidgets.Text``, so the label is the box's accessible name) with the course's own
parsing, and a note right beside it that says, in plain words, why a value is refused
or looks implausible. Measured in the browser (ipywidgets 8.1.9), the stock number
widgets change input silently: ``IntText`` drops the keys ``e , . space`` (so "2.5"
becomes 25), ``IntText``/``FloatText`` put the old value back into an emptied or
unparsable box, ``Bounded*Text`` and a slider's editable readout clamp (30 → 20), and a
slider's handle has no accessible name (a screen reader says "slider 5"). None of that
happens here:

- the box keeps exactly what was typed; the value is read in the kernel
  (:func:`parse_number`): "2.5" and "2,5", spaces, a unit suffix ("100 kg"), a leading
  "+" or a typographic minus are understood; "1,000" (a thousands comma or a decimal
  comma?) is refused as ambiguous rather than guessed;
- an empty box, text that is not a number, a fraction in a whole-number box, a value
  outside the allowed range and a mass in the other unit are refused with a sentence
  naming the box and what it accepts ("Load must be more than 0 kg", "Reps must be 20
  or fewer (1–20): ...");
- the calculator (:class:`liftlab.apps.calculator.Calculator`) then keeps its last
  valid result and marks it stale until every box is valid again.

Sliders are not used: their typed values are clamped silently and their handles cannot
be given an accessible name from the kernel side (ipywidgets passes no
``handleAttributes`` to noUiSlider), in JupyterLab and in Voilà alike.
"""

from __future__ import annotations

import html
import math
import numbers
import re
from typing import Any

import ipywidgets as widgets
import traitlets

from liftlab.formatting import format_number
from liftlab.units import UNITS, convert_rounded

__all__ = [
    "FieldNotes",
    "InputRefusedError",
    "NumberField",
    "note_html",
    "parse_number",
    "unit_toggle",
]

# Unit words a person may type after a number, by unit.
_SUFFIXES = {
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"),
    "lb": ("lb", "lbs", "pound", "pounds"),
    "min": ("min", "mins", "minute", "minutes"),
    "s": ("s", "sec", "secs", "second", "seconds"),
    "days": ("d", "day", "days"),
    "%": ("%",),
}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}( \d{3})+(\.\d+)?$")  # 1 000 or 12 500.5
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")

# Colours: text on tint, each above 7:1 contrast; the left border repeats the meaning.
_STYLES = {
    "refused": "color:#7a1b00;background:#fdece6;border-left:4px solid #D55E00",
    "warning": "color:#5c4300;background:#fff6da;border-left:4px solid #E69F00",
    "info": "color:#0b3d62;background:#e8f3fb;border-left:4px solid #56B4E9",
}
_ICONS = {"refused": "⚠", "warning": "⚠", "info": "ℹ"}


class InputRefusedError(ValueError):
    """What a person typed is not an allowed value; the message says why, in plain words."""


def note_html(kind: str, text: str) -> str:
    """One message as HTML: ``kind`` is "refused" (role=alert), "warning" or "info"."""
    role = "alert" if kind == "refused" else "status"
    return (
        f'<div role="{role}" class="liftlab-note liftlab-note-{kind}" style="{_STYLES[kind]};'
        f'padding:2px 8px;margin:2px 0;line-height:1.35;white-space:normal">'
        f"{_ICONS[kind]} {html.escape(text)}</div>"
    )


def parse_number(text: str, label: str, unit: str = "") -> float:
    """Read a number the way a person types it, or raise :class:`InputRefusedError`.

    Parameters
    ----------
    text : str
        What is in the box.
    label : str
        The box's label, for the message ("Load").
    unit : str
        The box's unit ("kg", "lb", "min", ...; "" for a count). The same unit typed
        after the number is accepted ("100 kg"); the other mass unit is refused.

    Examples
    --------
    >>> parse_number(" 2,5 ", "Load", "kg"), parse_number("100 kg", "Load", "kg")
    (2.5, 100.0)
    >>> parse_number("1 000", "Load", "kg"), parse_number("−5", "Load", "kg")
    (1000.0, -5.0)

    "1,000" (a thousands comma, or a decimal comma?) is refused rather than guessed.
    """
    raw = text.strip()
    shown = f"“{raw}”"
    if not raw:
        raise InputRefusedError(f"{label} is empty")
    body = raw.replace("\u2212", "-").replace("\u2013", "-")
    if unit in UNITS:
        for other in UNITS:
            if other != unit and re.search(
                rf"\d\s*({'|'.join(_SUFFIXES[other])})\.?$", body, re.IGNORECASE
            ):
                raise InputRefusedError(
                    f"{shown} is in {other}, but this box is in {unit}: switch the Unit "
                    f"to {other} first, or type the value in {unit}"
                )
    words = _SUFFIXES.get(unit, (unit,) if unit else ())
    suffix = re.search(rf"(?<=[\d.,\s])({'|'.join(map(re.escape, words))})\.?$", body, re.I)
    if words and suffix:
        body = body[: suffix.start()]
    body = re.sub(r"^([+-])\s+", r"\1", body.strip())
    if _GROUPED.match(body):
        body = _SPACES.sub("", body)
    if "," in body and "." in body:
        raise InputRefusedError(
            f"{shown} has both a comma and a point: type one decimal mark, e.g. 1000.5"
        )
    if body.count(",") > 1:
        raise InputRefusedError(
            f"{shown}: type the number without commas, e.g. {body.replace(',', '')}"
        )
    if body.count(",") == 1:
        whole, _, fraction = body.partition(",")
        if len(fraction) == 3 and whole.lstrip("+-").isdigit():
            decimal = f"{whole}.{fraction.rstrip('0') or '0'}"
            raise InputRefusedError(
                f"{shown} could mean {whole}{fraction} or {decimal}: type it without the comma "
                f"({whole}{fraction}), or with a point for a decimal ({decimal})"
            )
        body = body.replace(",", ".")
    if not _NUMBER.match(body):
        raise InputRefusedError(f"{shown} is not a number")
    value = float(body)
    if not math.isfinite(value):
        raise InputRefusedError(f"{shown} is too large to be a number")
    return value


class FieldNotes(widgets.HTML):
    """The notes of one or more fields, shown where the notes widget is placed.

    Hidden (``display: none``) while there is nothing to say, so an empty note takes no
    room. A field has its own notes beside its box unless it is given shared ones (the
    volume planner gives each exercise row one note under the row).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(value="", layout=widgets.Layout(display="none", **kwargs))
        self.add_class("liftlab-field-note")
        self.fields: list[NumberField] = []

    def attach(self, field: NumberField) -> None:
        self.fields.append(field)

    def refresh(self) -> None:
        value = "".join(field.note_parts() for field in self.fields)
        if value != self.value:
            self.value = value
        display = None if value else "none"
        if self.layout.display != display:
            self.layout.display = display


class NumberField(widgets.HBox):
    """A labelled number box; :attr:`value` is the number, :attr:`error` why it is refused.

    Parameters
    ----------
    description : str
        The label, which is also the box's accessible name ("Load", "Reps").
    value : int or float
        Starting value.
    unit : str, keyword-only
        Shown after the box and in messages ("kg", "lb", "min", "days", or "" for a
        count). A field in "kg" or "lb" is converted by :meth:`convert_unit`.
    whole : bool, keyword-only
        Only whole numbers ("2.5" is refused, not read as 25).
    low, high : float, optional, keyword-only
        Allowed range, inclusive unless ``low_open``/``high_open``.
    why_low, why_high : str, keyword-only
        Why the bound exists, in plain words, added to the message.
    allowed : tuple of float, optional, keyword-only
        The only values accepted (e.g. the RPE chart's half points), within the range.
    label_width, box_width : int, keyword-only
        Widths in px of the label and of the box.
    notes : FieldNotes, optional, keyword-only
        Shared notes to write into (default: the field's own, beside the box).

    Attributes
    ----------
    value : int, float or None
        The last number read from the box (an ``int`` in a whole-number field), even if
        out of range; unchanged when the box holds text that is not a number.
    error : str
        Why the box is refused, in plain words; ``""`` when its value is allowed.
    problem, warning, info : str
        Set by the calculator: a refusal that needs other inputs (e.g. a load the plates
        cannot make), a plausibility warning, or a neutral note (a unit conversion).
    """

    value = traitlets.Any(None)
    error = traitlets.Unicode("")

    def __init__(
        self,
        description: str,
        value: float,
        *,
        unit: str = "",
        whole: bool = False,
        low: float | None = None,
        high: float | None = None,
        low_open: bool = False,
        high_open: bool = False,
        why_low: str = "",
        why_high: str = "",
        allowed: tuple[float, ...] | None = None,
        label_width: int = 110,
        box_width: int = 90,
        notes: FieldNotes | None = None,
    ) -> None:
        self.label = description
        self.unit = unit
        self.whole = whole
        self.low, self.high = low, high
        self.low_open, self.high_open = low_open, high_open
        self.why_low, self.why_high = why_low, why_high
        self.allowed = None if allowed is None else tuple(float(v) for v in allowed)
        self.problem = ""
        self.warning = ""
        self.info = ""
        self._syncing = False
        self._memory: tuple[str, float, float] | None = None  # (unit, value, converted)
        self.box = widgets.Text(
            value="",
            description=description,
            continuous_update=False,
            style={"description_width": f"{label_width}px"},
            layout=widgets.Layout(width=f"{label_width + box_width}px"),
        )
        self.box.add_class("liftlab-number")
        self.suffix = widgets.HTML(
            f"<span>{html.escape(unit)}</span>", layout=widgets.Layout(width="auto")
        )
        own = notes is None
        self.notes = FieldNotes(flex="1 1 260px", margin="0 0 0 8px") if own else notes
        self.notes.attach(self)
        children = [self.box] + ([self.suffix] if unit else []) + ([self.notes] if own else [])
        super().__init__(
            children, layout=widgets.Layout(flex_flow="row wrap", align_items="center")
        )
        self.add_class("liftlab-field")
        self.observe(self._on_value, names="value")
        self.observe(lambda _change: self.refresh_note(), names="error")
        self.box.observe(self._on_text, names="value")
        self.value = int(value) if whole and float(value).is_integer() else value

    @property
    def description(self) -> str:
        """The label (also the box's accessible name), as other controls call it."""
        return self.label

    # ----------------------------------------------------------------- reading the box

    @traitlets.validate("value")
    def _valid_value(self, proposal: dict) -> Any:
        value = proposal["value"]
        if value is None or isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise traitlets.TraitError(
                f"{self.label}: value={value!r} is not a number; set a number, or type "
                "text into .box"
            )
        if self.whole and math.isfinite(value) and float(value).is_integer():
            return int(value)
        return value

    def _on_value(self, change: dict) -> None:
        """A value set from Python: show it in the box and check it."""
        if self._syncing:
            return
        self._show_text(self.text_of(change["new"]))
        self.error = self.check(change["new"])

    def _on_text(self, change: dict) -> None:
        """Text committed in the browser (Enter or leaving the box): read and check it."""
        if not self._syncing:
            self.read(change["new"])

    def read(self, text: str) -> None:
        """Read ``text`` as if typed into the box (the box keeps it as typed)."""
        self.info = ""
        try:
            number = parse_number(text, self.label, self.unit)
        except InputRefusedError as exc:
            self.error = self._explain_refusal(str(exc))
            return
        if self.whole and float(number).is_integer():
            number = int(number)
        error = self.check(number)
        self._syncing = True
        try:
            if error:  # refuse first, so no observer computes with the new value
                self.error = error
                self.value = number
            else:
                self.value = number
                self.error = ""
        finally:
            self._syncing = False
        if not error:  # show what was understood: "2,5" → "2.5", "100 kg" → "100"
            self._show_text(self.text_of(number))

    def _explain_refusal(self, reason: str) -> str:
        if reason.endswith("is empty"):
            return f"{reason}: type {self.accepts()}."
        if reason.endswith("is not a number") or reason.endswith("to be a number"):
            return f"{reason}: type {self.accepts()}, e.g. {self.text_of(self.example())}."
        return reason + "."

    def text_of(self, value: Any) -> str:
        """How a value is written into the box (up to 6 decimals, no trailing zeros)."""
        try:
            return format_number(value, 6)
        except (TypeError, ValueError):
            return str(value)

    def _show_text(self, text: str) -> None:
        if self.box.value != text:
            self._syncing = True
            try:
                self.box.value = text
            finally:
                self._syncing = False

    # ------------------------------------------------------------------ the rules

    def _u(self) -> str:
        return f" {self.unit}" if self.unit else ""

    def _fmt(self, value: float) -> str:
        return format_number(value, 6)

    def accepts(self) -> str:
        """What the box accepts, in words: "a whole number from 1 to 20", "a number of kg,
        more than 0"."""
        kind = "a whole number" if self.whole else "a number"
        u = self._u()
        if self.allowed is not None:
            return f"one of {self._list(self.allowed)}{u}"
        if self.low is not None and self.high is not None:
            return f"{kind} from {self._fmt(self.low)} to {self._fmt(self.high)}{u}"
        of = f" of {self.unit}" if self.unit in UNITS else (f" in {self.unit}" if u else "")
        if self.low is not None:
            if self.low_open:
                return f"{kind}{of}, more than {self._fmt(self.low)}"
            return f"{kind}{of}, {self._fmt(self.low)} or more"
        if self.high is not None:
            return f"{kind}{of}, up to {self._fmt(self.high)}"
        return kind + of

    def example(self) -> float:
        for candidate in (self.value, self.low, self.high, 1):
            finite = isinstance(candidate, numbers.Real) and math.isfinite(candidate)
            if finite and not self.check(candidate):
                return candidate
        return 1

    def check(self, value: Any) -> str:
        """``""`` if ``value`` is allowed, else the plain-words reason it is not."""
        label, u = self.label, self._u()
        if not isinstance(value, numbers.Real) or isinstance(value, bool):
            return f"{label} must be a number."
        if not math.isfinite(value):
            return f"{label} must be a finite number: type {self.accepts()}."
        if self.whole and not float(value).is_integer():
            return (
                f"{label} must be a whole number (you typed {self._fmt(value)}): type "
                f"{self.accepts()}."
            )
        both = self.low is not None and self.high is not None
        span = f" ({self._fmt(self.low)}–{self._fmt(self.high)}{u})" if both else ""
        if self.low is not None and (value <= self.low if self.low_open else value < self.low):
            if self.low_open:
                rule = f"more than {self._fmt(self.low)}{u}"
            elif self.low == 0:
                rule = f"0{u} or more"
            else:
                rule = f"at least {self._fmt(self.low)}{u}"
            why = f": {self.why_low}" if self.why_low else ""
            return f"{label} must be {rule}{span}{why}."
        if self.high is not None and (value >= self.high if self.high_open else value > self.high):
            if self.high_open:
                rule = f"less than {self._fmt(self.high)}{u}"
            elif self.whole and not self.unit:
                rule = f"{self._fmt(self.high)} or fewer"
            else:
                rule = f"at most {self._fmt(self.high)}{u}"
            why = f": {self.why_high}" if self.why_high else ""
            return f"{label} must be {rule}{span}{why}."
        if self.allowed is not None and not any(abs(value - v) < 1e-9 for v in self.allowed):
            return f"{label} must be one of {self._list(self.allowed)}{u}."
        return ""

    def _list(self, values: tuple[float, ...]) -> str:
        shown = [self._fmt(v) for v in values]
        return ", ".join(shown[:-1]) + f" or {shown[-1]}" if len(shown) > 1 else shown[0]

    def set_range(self, low: float | None = None, high: float | None = None) -> None:
        """Change the allowed range (e.g. taper weeks at most the plan's weeks), recheck."""
        self.low, self.high = low, high
        self.recheck()

    def recheck(self) -> None:
        """Check the box's text again (after a change of unit or range)."""
        if self.error and self.box.value != self.text_of(self.value):
            self.read(self.box.value)
        else:
            self.error = self.check(self.value)

    # ---------------------------------------------------------------- units

    def convert_unit(self, old: str, new: str) -> None:
        """The kg/lb switch: show the value in ``new``, to 0.1, and say nothing silently.

        Switching back without editing in between restores the exact value typed
        (100 kg → 220.5 lb → 100 kg, not 100.02 kg).
        """
        if old == new or self.unit not in UNITS:
            return
        self.unit = new
        self.suffix.value = f"<span>{html.escape(new)}</span>"
        if self.error:
            self.recheck()
            return
        remembered = self._memory
        if remembered and remembered[0] == new and remembered[2] == self.value:
            converted = remembered[1]
        else:
            converted = convert_rounded(abs(self.value), old, new) * (1 if self.value >= 0 else -1)
        self._memory = (old, self.value, converted)
        self.set_value(converted)

    def set_value(self, value: float, memory: bool = True) -> None:
        """Put ``value`` in the box, keeping the conversion memory unless ``memory=False``."""
        kept = self._memory
        self.value = int(value) if self.whole and float(value).is_integer() else value
        self._memory = kept if memory else None

    def forget_conversion(self) -> None:
        self._memory = None

    # ------------------------------------------------------------------ notes

    @property
    def refused(self) -> str:
        """The reason this field is refused now (its own check or the calculator's)."""
        return self.error or self.problem

    def note_parts(self) -> str:
        parts = []
        if self.refused:
            parts.append(note_html("refused", self.refused))
        if self.warning:
            parts.append(note_html("warning", self.warning))
        if self.info:
            parts.append(note_html("info", self.info))
        return "".join(parts)

    def refresh_note(self) -> None:
        self.notes.refresh()


def unit_toggle(unit: str, **kwargs: Any) -> widgets.ToggleButtons:
    """The kg/lb switch every calculator with a mass uses (labelled "Unit")."""
    toggle = widgets.ToggleButtons(
        options=list(UNITS),
        value=unit,
        description="Unit",
        tooltips=["kilograms", "pounds (1 lb = 0.45359237 kg)"],
        style={"button_width": "56px", **kwargs.pop("style", {})},
        **kwargs,
    )
    toggle.add_class("liftlab-unit")
    return toggle
