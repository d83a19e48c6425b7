"""Training-log calculator: upload a Strong, Hevy or liftlab CSV and see the course applied to it.

The analysis is :class:`liftlab.TrainingLog`'s (:func:`liftlab.read_log`), the figures
:mod:`liftlab.plots.training_log`'s; this module lays them out. It starts with the
course's sample log (``notebooks/data/sample-log.csv``, see :func:`find_sample_log`).

Privacy: the uploaded file is sent by the browser to this notebook's own Python
kernel and nowhere else; liftlab keeps it in memory only. Right after reading, the
calculator empties the upload button, so the file's bytes are not kept in the
widget's state (which a notebook can store when it is saved).

A file that cannot be read is answered inside the widget (what is wrong, which
line), and the last analysis stays on screen.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from liftlab.apps.calculator import Calculator
from liftlab.apps.figure_widget import FigureImage
from liftlab.formatting import format_number
from liftlab.plots.training_log import (
    E1rmChart,
    FitnessFatigueFitChart,
    RestChart,
    WeeklySetsChart,
    ZoneChart,
)
from liftlab.program import MAIN_LIFTS
from liftlab.training_log import LOG_FORMATS, read_log
from liftlab.training_log.questions import self_check
from liftlab.volume import HIGH_WEEKLY_SETS, PRODUCTIVE_WEEKLY_SETS

__all__ = [
    "SAMPLE_LOG",
    "SAMPLE_LOG_NAME",
    "TrainingLogCalculator",
    "find_sample_log",
    "fit_html",
    "rest_html",
    "summary_html",
    "training_log_calculator",
    "training_log_quiz",
    "weekly_sets_html",
]

#: Where the course keeps its sample log, relative to the notebooks' folder.
SAMPLE_LOG_NAME = Path("data") / "sample-log.csv"


def find_sample_log() -> Path:
    """The course's sample log: ``notebooks/data/sample-log.csv``.

    Found next to the package in a clone (``make lab``, an editable install), or from the
    working directory, which is the notebooks' folder when a notebook runs there (Binder
    and JupyterHub install liftlab into site-packages, away from the notebooks).

    Raises
    ------
    FileNotFoundError
        If neither place has it (the message names both and says what to do instead).
    """
    here = Path(__file__).resolve().parents[2] / "notebooks" / SAMPLE_LOG_NAME
    candidates = [here, Path.cwd() / SAMPLE_LOG_NAME, Path.cwd() / "notebooks" / SAMPLE_LOG_NAME]
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError(
        "The course's sample log (notebooks/data/sample-log.csv) was not found next to "
        f"liftlab or under {Path.cwd()}: open chapter 09 from the course's notebooks "
        "folder, or upload your own log."
    )


#: The course's sample log as found when this module was imported (the calculator and
#: the quiz look for it again when they are built, see :func:`find_sample_log`).
try:
    SAMPLE_LOG: Path = find_sample_log()
except FileNotFoundError:
    SAMPLE_LOG = Path(__file__).resolve().parents[2] / "notebooks" / SAMPLE_LOG_NAME
PRIVACY = (
    "Your file goes only to the Python kernel running this notebook (on your computer, "
    "or on the temporary Binder server of your session) and is read there; liftlab sends "
    "nothing anywhere and keeps nothing once the kernel stops."
)


def _fmt(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _date(day) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def summary_html(log: Any, name: str, formula: str = "epley") -> str:
    """Headline numbers of ``log``: what was read, the zone share, each main lift's best."""
    e = html.escape
    fmt = LOG_FORMATS[log.format]
    parts = [
        f"<p><b>{e(name)}</b> ({e(fmt.label)}): {len(log)} sets ({log.warmup_sets} warm-ups) "
        f"on {log.training_days} days, {_date(log.first_day)} to {_date(log.last_day)} "
        f"({_fmt(log.weeks)} weeks); loads in {log.unit}.</p>"
    ]
    shares = {
        zone: format_number(share * 100, 0) for zone, share in log.zone_share(formula).items()
    }
    parts.append(
        f"<p>Of your {log.hard_sets} hard sets, <b>{shares['hypertrophy']} % are "
        f"hypertrophy-type</b> (6–12 reps at 65–80 % of e1RM), "
        f"<b>{shares['strength']} % strength-type</b> (1–6 reps at 80–100 %) and "
        f"{shares['other']} % neither.</p>"
    )
    lifts = []
    for lift in log.main_lifts():
        trend = log.e1rm_trend(lift, formula)
        if trend:
            day, best = max(trend, key=lambda pair: pair[1])
            lifts.append(f"{e(lift)} {_fmt(best)} {log.unit} ({_date(day)})")
    if lifts:
        parts.append(f"<p>Best e1RM ({e(log.e1rm_label(formula))}): " + "; ".join(lifts) + ".</p>")
    notes = []
    if log.unknown_exercises:
        counts = log.set_counts(logged=True)
        listed = ", ".join(
            f"{e(n)} ({counts[n]} set{'s' if counts[n] != 1 else ''})"
            for n in log.unknown_exercises
        )
        notes.append(f"Not recognised, so not counted in the weekly sets: {listed}.")
    if log.skipped:
        listed = ", ".join(f"{n} {e(reason)}" for reason, n in log.skipped.items())
        notes.append(f"Rows that are not lifting sets, skipped: {listed}.")
    if log.errors:
        lines = ", ".join(str(line) for line, _ in log.errors[:10])
        more = " …" if len(log.errors) > 10 else ""
        notes.append(f"Rows that could not be read, left out: line {lines}{more}.")
    if log.format == "strong-no-unit":
        notes.append(
            f"This Strong export has no unit column: its weights were read as {log.unit} "
            "(switch 'Strong unit' if they are the other)."
        )
    if notes:
        parts.append("<p><small>" + " ".join(notes) + "</small></p>")
    return '<div class="liftlab-log-summary">' + "".join(parts) + "</div>"


def weekly_sets_html(log: Any) -> str:
    """Table: mean hard sets per muscle per training week against chapter 04's band."""
    rows = []
    for muscle, (mean, low, high) in log.weekly_set_stats().items():
        if mean < PRODUCTIVE_WEEKLY_SETS:
            verdict = "below the band"
        elif mean <= HIGH_WEEKLY_SETS:
            verdict = "in the band"
        else:
            verdict = "above the band"
        rows.append(
            f"<tr><th scope='row'>{html.escape(muscle)}</th><td>{_fmt(mean)}</td>"
            f"<td>{_fmt(low)}–{_fmt(high)}</td><td>{verdict}</td></tr>"
        )
    return (
        f"<p>Weekly hard sets per muscle over the training weeks; chapter 04's band is "
        f"{_fmt(PRODUCTIVE_WEEKLY_SETS)}–{_fmt(HIGH_WEEKLY_SETS)}.</p>"
        "<table class='liftlab-table'><thead><tr><th>muscle</th><th>mean</th>"
        "<th>10th–90th percentile</th><th>vs the band</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def rest_html(log: Any) -> str:
    """Table: sessions per week and rest between sessions per muscle (chapter 05's rule)."""
    rows = []
    for muscle, rest in log.rest_between_sessions().items():
        median = "–" if rest.median_rest_days is None else _fmt(rest.median_rest_days)
        rows.append(
            f"<tr><th scope='row'>{html.escape(muscle)}</th><td>{_fmt(rest.per_week)}</td>"
            f"<td>{median}</td><td>{rest.heavy_sessions}</td><td>{rest.too_soon}</td></tr>"
        )
    return (
        "<table class='liftlab-table'><thead><tr><th>muscle</th><th>sessions a week</th>"
        "<th>median rest days</th><th>heavy sessions (90 %+)</th><th>next session too soon"
        "</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def fit_html(log: Any, lift: str) -> tuple[str, Any]:
    """The fitness–fatigue fit of ``lift`` in words, and the fit (``None`` if none)."""
    e = html.escape
    try:
        fit = log.fit_fitness_fatigue(lift)
    except ValueError as exc:
        return f"<p>No fitness–fatigue fit for {e(lift)}: {e(str(exc))}</p>", None
    text = (
        f"<p>Fitness–fatigue model fitted to the {fit.n} daily best e1RMs of {e(lift)}: "
        f"p0 {_fmt(fit.p0)} {log.unit}, k1 {fit.k1:.3g} and k2 {fit.k2:.3g} {log.unit} per "
        f"{log.unit} lifted, tau1 {_fmt(fit.tau1)} days, tau2 {_fmt(fit.tau2)} days. "
        f"It explains <b>R² = {format_number(fit.r2, 2)}</b> of the variation "
        f"(RMSE {_fmt(fit.rmse)} {log.unit}).</p>"
    )
    if fit.warnings:
        text += "<ul>" + "".join(f"<li>{e(w)}</li>" for w in fit.warnings) + "</ul>"
    return text, fit


class TrainingLogCalculator(Calculator):
    """Upload a training log (or keep the sample) and see every analysis of chapter 09."""

    #: The name a reader sees in the stand-in shown before the cell runs.
    title = "Training-log calculator"

    def __init__(self, source: Any = None, unit: str = "kg", lift: str = "squat") -> None:
        if source is None:
            source = find_sample_log()
        self.upload = widgets.FileUpload(
            accept=".csv,text/csv", multiple=False, description="Upload CSV"
        )
        self.sample = widgets.Button(description="Use the sample", icon="undo")
        self.unit = widgets.ToggleButtons(
            options=["kg", "lb"],
            value=unit,
            description="Strong unit",
            tooltips=["Weights of a Strong export without a unit column are kg", "… are lb"],
        )
        self.skip = widgets.Checkbox(value=False, description="Skip unreadable rows")
        self.lift = widgets.Dropdown(options=list(MAIN_LIFTS), value=lift, description="Model lift")
        self.privacy = widgets.HTML(f"<p><small>Privacy: {html.escape(PRIVACY)}</small></p>")
        self.summary = self._result()
        self.weekly = self._result()
        self.rest = self._result()
        self.fit_text = self._result()
        path = Path(source) if not isinstance(source, (bytes, bytearray)) else None
        self._file: tuple[str, bytes] = (
            (path.name, path.read_bytes()) if path is not None else ("log.csv", bytes(source))
        )
        self._ignore_upload = False
        errors = "raise"
        first = read_log(self._file[1], unit=unit, errors=errors)
        self._log: Any = first
        self._key: tuple | None = self._file_key(unit, errors)
        self.e1rm_chart = E1rmChart(first)
        self.weekly_chart = WeeklySetsChart(first)
        self.zone_chart = ZoneChart(first)
        self.rest_chart = RestChart(first)
        text, fit = fit_html(first, lift)
        self.fit_chart = FitnessFatigueFitChart(first, lift, fit)
        self._fit_key: tuple | None = (self._key, lift)
        self.fit_text.value = text
        self._show_tables(first, self._file[0])
        self.e1rm_figure = FigureImage(self.e1rm_chart.figure, self.e1rm_chart.alt_text())
        self.weekly_figure = FigureImage(self.weekly_chart.figure, self.weekly_chart.alt_text())
        self.zone_figure = FigureImage(self.zone_chart.figure, self.zone_chart.alt_text())
        self.rest_figure = FigureImage(self.rest_chart.figure, self.rest_chart.alt_text())
        self.fit_figure = FigureImage(self.fit_chart.figure, self.fit_chart.alt_text())
        self.fit_figure.layout.display = None if fit is not None else "none"
        controls = widgets.VBox(
            [widgets.HBox([self.upload, self.sample]), self.unit, self.skip, self.privacy]
        )
        super().__init__(
            [
                controls,
                self.summary,
                self.e1rm_figure,
                self.zone_figure,
                self.weekly,
                self.weekly_figure,
                self.rest,
                self.rest_figure,
                self.lift,
                self.fit_text,
                self.fit_figure,
            ]
        )
        self.add_class("liftlab-training-log")
        self.sample.on_click(lambda _button: self.use(find_sample_log()))
        self.upload.observe(self._on_upload, names="value")
        self.watch(self.unit, self.skip, self.lift)
        self.update()

    @staticmethod
    def _result() -> widgets.HTML:
        result = widgets.HTML()
        result.add_class("liftlab-result")
        return result

    # ------------------------------------------------------------------- the file

    def _on_upload(self, change: dict) -> None:
        if self._ignore_upload or not change["new"]:
            return
        entry = change["new"][0]
        self._file = (str(entry["name"]), bytes(entry["content"]))
        # Keep the bytes in the kernel only: an empty upload widget stores nothing.
        self._ignore_upload = True
        try:
            self.upload.value = ()
        finally:
            self._ignore_upload = False
        self.update()

    def use(self, source: Any, name: str | None = None) -> bool:
        """Analyse a path or bytes (what an upload does); ``False`` if it was refused."""
        if isinstance(source, (bytes, bytearray, memoryview)):
            self._file = (name or "log.csv", bytes(source))
        else:
            path = Path(source)
            self._file = (name or path.name, path.read_bytes())
        return self.update()

    # ------------------------------------------------------------------- analysis

    def _file_key(self, unit: str, errors: str) -> tuple:
        return (hashlib.sha256(self._file[1]).hexdigest(), unit, errors)

    def _show_tables(self, log: Any, name: str) -> None:
        self.summary.value = summary_html(log, name)  # raises for a log with no hard set
        self.weekly.value = weekly_sets_html(log)
        self.rest.value = rest_html(log)

    def compute_and_show(self) -> None:
        name, data = self._file
        errors = "skip" if self.skip.value else "raise"
        key = self._file_key(self.unit.value, errors)
        if key != self._key:
            try:
                log = read_log(data, unit=self.unit.value, errors=errors)
                self._show_tables(log, name)
            except ValueError as exc:
                raise ValueError(_explain(name, str(exc))) from None
            for chart, figure in (
                (self.e1rm_chart, self.e1rm_figure),
                (self.zone_chart, self.zone_figure),
                (self.weekly_chart, self.weekly_figure),
                (self.rest_chart, self.rest_figure),
            ):
                chart.update(log)
                figure.refresh(chart.alt_text())
            self._log, self._key = log, key
        if (key, self.lift.value) != self._fit_key:
            text, fit = fit_html(self._log, self.lift.value)
            self.fit_text.value = text
            if fit is not None:
                self.fit_chart.update(self._log, self.lift.value, fit)
                self.fit_figure.refresh(self.fit_chart.alt_text())
            self.fit_figure.layout.display = None if fit is not None else "none"
            self._fit_key = (key, self.lift.value)

    @property
    def log(self) -> Any:
        """The log on screen."""
        return self._log


def _explain(name: str, message: str) -> str:
    """A reader's message for the widget: the file's name first, no API advice."""
    message = message.replace("source, ", "").replace("source ", "the file ")
    message = message.replace(
        " Fix that row, or pass errors='skip' to leave out the rows that cannot be read.",
        " Fix that row in the file, or tick 'Skip unreadable rows'.",
    )
    message = message.replace("unit=None: this Strong export", "This Strong export").replace(
        "Pass unit='kg' or unit='lb'", "Choose the 'Strong unit'"
    )
    formats = message.find(" liftlab reads these formats:")
    if formats >= 0:
        message = message[:formats] + (
            " liftlab reads CSV exports of Strong (with or without a unit column) and Hevy "
            "(kg or lb), and its own log (date,exercise,set,load,unit,reps,rpe,warmup)."
        )
    return f"{name}: {message}"


def training_log_calculator(source: Any = None, unit: str = "kg", lift: str = "squat"):
    """Return the training-log calculator (display it as the last line of a cell).

    Parameters
    ----------
    source : path or bytes, optional
        The log analysed until a file is uploaded; default: the course's sample log
        (:func:`find_sample_log`).
    unit : {"kg", "lb"}
        The unit of a Strong export without a unit column.
    lift : str
        The main lift whose e1RM the fitness–fatigue model is fitted to.
    """
    return TrainingLogCalculator(source, unit, lift)


def training_log_quiz(log: Any = None):
    """Chapter 09's self-check: questions whose answers come from ``log``.

    Parameters
    ----------
    log : liftlab.TrainingLog, optional
        The log the questions are about; default: the course's sample log.

    Returns
    -------
    liftlab.apps.quiz_app.Quiz
        The same quiz widget as every chapter's (Enter submits, readable before running).
    """
    from liftlab.apps.quiz_app import Quiz

    if log is None:
        log = read_log(find_sample_log())
    return Quiz(questions=self_check(log))
