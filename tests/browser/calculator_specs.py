"""What the browser tests do to each calculator of notebooks/calculators.ipynb, and expect.

Each :class:`Spec` lists input steps done the way a person does them (typing a number and
Enter in a labelled box, a click on a toggle button; no calculator has a slider). The
expected text of every step
is computed here, in the test process, by building the same calculator headless and making the
same change: ``plain(widget.value)`` is then exactly the text the page must show.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import driver

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

# The result widgets (ipywidgets HTML with the class liftlab-result on the widget itself, which is
# updated in place: the latency measurement keeps a reference to it) and the figure's <img>.
RESULT = ".widget-html.liftlab-result"
MESSAGE = ".widget-html.liftlab-message"
STALE = ".widget-html.liftlab-stale"
FIELD_NOTE = ".widget-html.liftlab-field-note"
FIGURE_IMG = ".liftlab-figure img"


def plain(value: str) -> str:
    """The text a browser shows for the HTML ``value`` (its textContent), whitespace collapsed."""
    shown = re.sub(r"<style[^>]*>.*?</style>", "", value, flags=re.DOTALL)  # not text
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", shown)).split())


@dataclass(frozen=True)
class Step:
    """One input: ``do`` in the page (inside the calculator's root), ``apply`` to the headless
    calculator; ``output`` is the attribute of the result widget it changes."""

    label: str
    do: Callable[[Page, Locator], None]
    apply: Callable[[Any], None]
    output: str = "result"
    row: str = ""  # suffix of the latency row (a path much slower than the others)
    redraws: bool = True  # False: the figure does not depend on this input (same PNG, same src)


@dataclass(frozen=True)
class Spec:
    key: str  # test id; the calculator root has the class liftlab-<key>
    name: str  # latency row
    factory: Callable[[], Any]
    steps: tuple[Step, ...]

    @property
    def root(self) -> str:
        return f".liftlab-{self.key}"

    def headless(self) -> Any:
        """The calculator as the notebook builds it, without redrawing PNGs (text only)."""
        app = self.factory()
        app.figure.refresh = lambda *args, **kwargs: None
        return app


def _walk(widget: Any) -> Iterator[Any]:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def result_index(app: Any, output: str) -> int:
    """Position of ``app.<output>`` among the calculator's result widgets, in page order."""
    results = [w for w in _walk(app) if "liftlab-result" in getattr(w, "_dom_classes", ())]
    return next(i for i, w in enumerate(results) if w is getattr(app, output))


def _target(app: Any, attr: str) -> Any:
    """``app.rows.0.sets`` style paths: attributes, list indices as numbers, and mapping keys
    (``app.one_rms.squat``)."""
    target = app
    for part in attr.split("."):
        if isinstance(target, Mapping):
            target = target[part]
        else:
            target = target[int(part)] if part.isdigit() else getattr(target, part)
    return target


def _set(attr: str, value: Any) -> Callable[[Any], None]:
    def apply(app: Any) -> None:
        _target(app, attr).value = value

    return apply


def typed(description: str, attr: str, text: str, nth: int | None = None, **kw) -> Step:
    """Select all in the number box labelled ``description`` (the ``nth`` of several), type
    ``text``, press Enter."""
    return Step(
        f"{description} ← {text!r}",
        lambda page, root: driver.type_into(page, driver.control(root, description, nth=nth), text),
        _set(attr, float(text)),
        **kw,
    )


def click(label: str, attr: str, value: Any, **kw) -> Step:
    """Click the toggle button labelled ``label``."""
    return Step(
        f"click {label!r}",
        lambda page, root: driver.click_toggle(page, label, scope=root),
        _set(attr, value),
        **kw,
    )


def _factories() -> dict[str, Callable[[], Any]]:
    from liftlab.apps.energy_app import energy_calculator
    from liftlab.apps.fitness_fatigue_app import fitness_fatigue_simulator
    from liftlab.apps.goal_loads_app import goal_load_calculator
    from liftlab.apps.one_rep_max_app import one_rep_max_calculator
    from liftlab.apps.plan_builder_app import plan_builder
    from liftlab.apps.plate_loader_app import plate_loader
    from liftlab.apps.rpe_app import rpe_calculator
    from liftlab.apps.session_timer_app import session_timer
    from liftlab.apps.volume_app import volume_planner

    return {
        "one-rep-max": one_rep_max_calculator,
        "rpe": rpe_calculator,
        "goal-loads": goal_load_calculator,
        "plate-loader": plate_loader,
        "volume-planner": volume_planner,
        "session-timer": session_timer,
        "fitness-fatigue": fitness_fatigue_simulator,
        "energy": energy_calculator,
        "plan-builder": plan_builder,
    }


def _lazy(name: str) -> Callable[[], Any]:
    return lambda: _factories()[name]()  # liftlab.apps (matplotlib) imported when first used


# In the order of the page. Every step changes the text it waits for (the latency measurement
# refuses a text that is already shown).
SPECS: tuple[Spec, ...] = (
    Spec(
        "one-rep-max",
        "1RM estimator",
        _lazy("one-rep-max"),
        (
            *(typed("Reps", "reps", str(n)) for n in range(6, 12)),  # 11 reps: only Mayhew
            typed("Reps", "reps", "10"),
            typed("Reps", "reps", "9"),
        ),
    ),
    Spec(
        "rpe",
        "RPE calculator",
        _lazy("rpe"),
        (
            *(typed("Reps", "reps", str(n)) for n in range(6, 11)),
            typed("RPE", "rpe", "7.5"),
            typed("RPE", "rpe", "7"),
            click("lb", "unit", "lb"),  # converts the 1RM: 100 kg → 220.5 lb
        ),
    ),
    Spec(
        "goal-loads",
        "goal loads",
        _lazy("goal-loads"),
        (
            *(typed("1RM", "one_rm", t) for t in ("110", "120", "132.5", "140", "150")),
            click("Strength", "goal", "strength"),
            click("lb", "unit", "lb"),
        ),
    ),
    Spec(
        "plate-loader",
        "plate loader",
        _lazy("plate-loader"),
        (
            *(typed("Target", "load", t) for t in ("102.5", "105", "120", "142.5", "60", "180")),
            click("lb", "unit", "lb"),  # 180 kg → 396.8 lb → 395 lb, the nearest loadable
        ),
    ),
    Spec(
        "volume-planner",
        "volume planner",
        _lazy("volume-planner"),
        (
            *(typed("Sets", "rows.0.sets", str(n), nth=0) for n in (4, 5, 6, 7, 8)),
            typed("Reps", "rows.1.reps", "10", nth=1, redraws=False),  # sets per muscle same
            typed("Sets", "rows.1.sets", "5", nth=1),
            click("lb", "unit", "lb", redraws=False),  # loads converted; hard sets unchanged
        ),
    ),
    Spec(
        "session-timer",
        "session timer",
        _lazy("session-timer"),
        (
            *(typed("Reps per set", "reps", str(n)) for n in (11, 12, 13)),
            typed("Reps per set", "reps", "12"),
            typed("Rest", "rest", "2.25"),
            typed("Rest", "rest", "2.5"),
            click("strength", "goal", "strength"),
        ),
    ),
    Spec(
        "fitness-fatigue",
        "fitness-fatigue",
        _lazy("fitness-fatigue"),
        (
            *(typed("Weeks", "weeks", str(n)) for n in range(13, 19)),
            typed("Taper weeks", "taper_weeks", "1"),
        ),
    ),
    Spec(
        "energy",
        "energy",
        _lazy("energy"),
        (
            *(typed("Muscle gained", "muscle", t) for t in ("2.5", "3", "4", "5.5", "1")),
            typed("Fat lost", "fat", "2"),
            click("lb", "unit", "lb"),  # converts: 1 kg → 2.2 lb, 2 kg → 4.4 lb
        ),
    ),
    Spec(
        "plan-builder",
        "plan builder",
        _lazy("plan-builder"),
        (
            *(typed("Show week", "week", str(n), output="table") for n in range(2, 8)),
            click("Strength", "goal", "strength", output="check", row=" (new plan)"),
            typed("Days per week", "days", "4", output="check", row=" (new plan)"),
            typed("Weeks", "weeks", "13", output="check", row=" (new plan)"),
            # loads change, the chart (sets and %1RM by week) does not
            typed(
                "Squat 1RM",
                "one_rms.squat",
                "150",
                output="check",
                row=" (new plan)",
                redraws=False,
            ),
        ),
    ),
)


# ----------------------------------------------------------------------------------------------
# Driving one step in a page (JupyterLab or Voilà)
# ----------------------------------------------------------------------------------------------


def figure_src(root: Locator) -> str:
    """The figure's ``src``: every new PNG is a new ``data:`` URL (in a new ``<img>``)."""
    img = root.locator(FIGURE_IMG)
    assert img.count() == 1, f"{img.count()} figures in the calculator"
    return img.get_attribute("src") or ""


def wait_figure_changed(page: Page, root: Locator, before: str, what: str) -> str:
    # The figure's <img> is replaced on every redraw: look it up afresh each time.
    try:
        page.wait_for_function(
            """([root, sel, before]) => { const el = root.querySelector(sel);
                 return !!el && !!el.src && el.src !== before && el.complete; }""",
            arg=[root.element_handle(), FIGURE_IMG, before],
            timeout=10_000,
        )
    except Exception:
        raise AssertionError(
            f"{what}: the figure was not redrawn (src still {before[:60]!r}...)"
        ) from None
    return figure_src(root)


def drive(page: Page, spec: Spec, app: Any, step: Step, latency_row: str | None = None) -> str:
    """Do ``step`` in the page and on ``app``; wait for the exact new text and a new figure.

    Returns the expected (now shown) text. The key press or click → text interval is recorded
    in ``driver.LATENCY`` under ``latency_row`` (default: the spec's name + the step's row).
    """
    root = page.locator(spec.root)
    out = root.locator(RESULT).nth(result_index(app, step.output))
    before = figure_src(root)
    what = f"{spec.name}, {step.label}"
    previous = plain(getattr(app, step.output).value)
    step.apply(app)
    app.update()  # explicitly: the expected text must not depend on the app's observers
    expected = plain(getattr(app, step.output).value)
    refused = app.message.value or app.stale.value
    assert not refused, f"{what}: liftlab refuses this input: {plain(refused)}"
    assert expected != previous, (
        f"{what}: liftlab computes no new text for this input, even headless (still "
        f"{previous[:100]!r}...): the calculator does not recompute, or the step changes nothing"
    )
    row = latency_row or spec.name + step.row
    # The whole text of the result widget, nothing more (whitespace collapsed as in plain()).
    exact = re.compile("^ ?" + re.escape(expected) + " ?$")
    try:
        with driver.LATENCY.measure(row, page, out, exact):
            step.do(page, root)
    except AssertionError as exc:
        raise AssertionError(
            f"{what}: expected {expected[:160]!r}...\n  {exc}".replace(row + ": ", "")
        ) from None
    if step.redraws:
        wait_figure_changed(page, root, before, what)
    else:
        page.wait_for_timeout(300)  # a redrawn figure would have arrived with or soon after
        assert figure_src(root) == before, f"{what}: the figure changed, the spec says it cannot"
    return expected
