"""The training-log calculator and its figures, headless: uploads, bad files, controls."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import liftlab
from liftlab.apps.training_log_app import (
    SAMPLE_LOG,
    summary_html,
    training_log_calculator,
    training_log_quiz,
)
from liftlab.formatting import format_number
from liftlab.plots import training_log as plots

DATA = Path(__file__).resolve().parents[1] / "notebooks" / "data"


def plain(value: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", value)).split())


def upload(app, path: Path | None = None, *, name: str | None = None, data: bytes | None = None):
    """Do what the browser does: set the FileUpload's value."""
    content = path.read_bytes() if data is None else data
    app.upload.value = (
        {
            "name": name or path.name,
            "type": "text/csv",
            "size": len(content),
            "content": memoryview(content),
            "last_modified": dt.datetime(2025, 3, 18, tzinfo=dt.timezone.utc),
        },
    )


@pytest.fixture(scope="module")
def app():
    calculator = training_log_calculator()
    return calculator


def test_the_calculator_starts_with_the_sample_log(app):
    log = liftlab.read_log(SAMPLE_LOG)
    assert app.summary.value == summary_html(log, "sample-log.csv")
    text = plain(app.summary.value)
    shares = log.zone_share()
    assert f"{format_number(shares['hypertrophy'] * 100, 0)} % are hypertrophy-type" in text
    assert f"{len(log)} sets" in text and app.message.value == ""
    assert "liftlab-training-log" in app._dom_classes
    for result in (app.summary, app.weekly, app.rest, app.fit_text):
        assert "liftlab-result" in result._dom_classes
    fit = log.fit_fitness_fatigue("squat")
    assert f"R² = {format_number(fit.r2, 2)}" in plain(app.fit_text.value)


def test_an_uploaded_strong_file_is_analysed_and_not_kept_in_the_widget(app):
    upload(app, DATA / "example-strong.csv")
    text = plain(app.summary.value)
    assert text.startswith("example-strong.csv (Strong with a unit column): 22 sets (2 warm-ups)")
    # Hand-worked in tests/test_training_log_reader.py (ZONES_RPE, SQUAT_TREND_RPE): 9, 7
    # and 3 of 19 hard sets; the squat's best, 110 kg x 3 at RPE 8, is 110 / 0.863.
    assert "Of your 19 hard sets, 37 % are hypertrophy-type" in text
    assert "47 % strength-type" in text and "16 % neither" in text
    assert "squat 127.5 kg (14 Mar 2025)" in text
    assert "Cable Crunch (1 set)" in text and "2 cardio or timed" in text
    assert app.upload.value == ()  # the bytes stay in the kernel, not in the widget state
    assert app.message.value == ""
    assert app.log.format == "strong"


def test_hevy_in_pounds_reports_pounds(app):
    upload(app, DATA / "example-hevy-lb.csv")
    text = plain(app.summary.value)
    assert "(Hevy in pounds)" in text and "loads in lb" in text and "squat 127.5 lb" in text


def test_the_strong_unit_switch_reads_a_file_without_a_unit(app):
    upload(app, DATA / "example-strong-no-unit.csv")
    assert "loads in kg" in plain(app.summary.value)
    assert "no unit column: its weights were read as kg" in plain(app.summary.value)
    app.unit.value = "lb"
    assert "loads in lb" in plain(app.summary.value)
    app.unit.value = "kg"


def test_a_bad_file_is_explained_in_place_and_the_last_analysis_stays(app):
    upload(app, DATA / "example-hevy-kg.csv")
    before = (app.summary.value, app.weekly.value, app.e1rm_figure.image.value)
    lines = (DATA / "example-liftlab.csv").read_text().splitlines()
    lines[5] = lines[5].replace(",40,", ",forty,")
    upload(app, name="typo.csv", data=("\n".join(lines) + "\n").encode())
    alert = plain(app.message.value)
    assert alert.startswith("⚠ typo.csv: line 6: the weight 'forty' is not a number.")
    assert "tick 'Skip unreadable rows'" in alert and "errors=" not in alert
    assert alert.endswith("The last valid result is still shown.")
    assert (app.summary.value, app.weekly.value, app.e1rm_figure.image.value) == before
    app.skip.value = True
    assert app.message.value == ""
    assert "Rows that could not be read, left out: line 6." in plain(app.summary.value)
    assert "21 sets (1 warm-ups)" in plain(app.summary.value)
    app.skip.value = False
    assert "line 6" in plain(app.message.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "typo.csv: the file is an empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "typo.csv: the file is a binary file"),
        (b"Exercise,Reps\nSquat,5\n", "typo.csv: the file has a header liftlab does not know"),
        (b"date,exercise,set,load,unit,reps,rpe,warmup\n", "with no lifting sets"),
        (
            b"date,exercise,set,load,unit,reps,rpe,warmup\n2025-03-10,squat,1,100,kg,5,5,0\n",
            "no hard sets",
        ),
    ],
)
def test_every_kind_of_bad_file_gets_a_message_not_a_traceback(app, data, expected):
    upload(app, DATA / "example-liftlab.csv")
    before = app.summary.value
    upload(app, name="typo.csv", data=data)
    assert expected in plain(app.message.value)
    assert app.summary.value == before


def test_a_good_file_after_a_bad_one_clears_the_message(app):
    upload(app, name="typo.csv", data=b"nonsense")
    assert app.message.value
    upload(app, DATA / "example-hevy-kg.csv")
    assert app.message.value == "" and "example-hevy-kg.csv" in plain(app.summary.value)


def test_the_model_lift_and_a_lift_with_too_few_points(app):
    app.use(SAMPLE_LOG)
    app.lift.value = "bench press"
    fit = app.log.fit_fitness_fatigue("bench press")
    text = plain(app.fit_text.value)
    assert f"the {fit.n} daily best e1RMs of bench press" in text
    assert f"tau1 {fit.tau1:g} days, tau2 {fit.tau2:g} days" in text
    assert f"R² = {format_number(fit.r2, 2)}" in text
    assert app.fit_figure.layout.display is None
    upload(app, DATA / "example-strong.csv")
    assert "No fitness–fatigue fit for bench press" in plain(app.fit_text.value)
    assert app.fit_figure.layout.display == "none"
    app.sample.click()
    assert plain(app.summary.value).startswith("sample-log.csv")
    assert app.fit_figure.layout.display is None
    app.lift.value = "squat"


def test_figures_are_updated_in_place(app):
    figures = [app.e1rm_chart.figure, app.zone_chart.figure, app.fit_chart.figure]
    images = [app.e1rm_figure.image, app.zone_figure.image]
    upload(app, DATA / "example-hevy-kg.csv")
    assert [app.e1rm_chart.figure, app.zone_chart.figure, app.fit_chart.figure] == figures
    assert [app.e1rm_figure.image, app.zone_figure.image] == images
    assert "squat: 3 days" in app.e1rm_figure.alt
    assert "strength 47 %, hypertrophy 37 %, other 16 %" in app.zone_figure.alt
    app.use(SAMPLE_LOG)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(["", "2025-03-10", "squat", "Squat (Barbell)", "kg", "lbs", "W"]),
                st.text(max_size=6),
                st.integers(-5, 300).map(str),
            ),
            min_size=1,
            max_size=9,
        ),
        max_size=6,
    ),
    st.sampled_from(
        [
            "date,exercise,set,load,unit,reps,rpe,warmup",
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds",
            "title,start_time,exercise_title,set_index,set_type,weight_kg,reps",
            "anything,else",
        ]
    ),
)
def test_whatever_a_file_holds_the_widget_answers_without_raising(app, rows, header):
    delimiter = ";" if ";" in header else ","
    text = "\n".join([header, *(delimiter.join(row) for row in rows)])
    ok = app.use(text.encode("utf-8"), "random.csv")
    assert ok == (app.message.value == "")
    assert app.summary.value  # an analysis is always on screen


def test_the_quiz_answers_come_from_the_log():
    log = liftlab.read_log(SAMPLE_LOG)
    quiz = training_log_quiz(log)
    first = quiz.questions[0]
    first.answer.value = f"{log.zone_share()['hypertrophy'] * 100:.0f}"
    assert first.check() is True
    quiz.questions[1].answer.index = 2
    assert quiz.questions[1].check() is True
    last = quiz.questions[-1]
    muscle, sets = next(iter(log.mean_weekly_sets().items()))
    assert muscle in last.question.prompt
    last.answer.value = f"{sets + 2:.1f}"
    assert last.check() is False


def test_chart_alt_texts_state_the_numbers():
    log = liftlab.read_log(DATA / "example-liftlab.csv")
    weekly = plots.WeeklySetsChart(log)
    # quadriceps: 6 sets in week 11, 1 in week 12: mean 3.5, 10th-90th percentile 1.5-5.5
    assert "quadriceps 3.5 (1.5–5.5)" in weekly.alt_text()
    # Reading the RPE (the default), nothing is heavy; read as maxes, Wednesday's deadlift
    # triples are 90.9 % and Friday's squat comes a day later (the reader tests' hand work).
    rest = plots.RestChart(log)
    assert "quadriceps 3.5 sessions a week, 0 too soon" in rest.alt_text()
    rest = plots.RestChart(log, rpe=False)
    assert "quadriceps 3.5 sessions a week, 1 too soon" in rest.alt_text()
    e1rm = plots.E1rmChart(log)  # 100 x 5 at RPE 8: 100 / 0.811; 102.5 x 5 at RPE 8
    assert "(RPE chart where logged, else Epley (1985))" in e1rm.alt_text()
    assert "squat: 3 days, from 123.3 kg on 2025-03-10 to 126.4 on 2025-03-17" in e1rm.alt_text()
    e1rm = plots.E1rmChart(log, rpe=False)
    assert "(Epley (1985))" in e1rm.alt_text()
    assert "squat: 3 days, from 116.7 kg on 2025-03-10 to 119.6 on 2025-03-17" in e1rm.alt_text()
    zones = plots.ZoneChart(log, rpe=False)
    assert "strength 58 %, hypertrophy 37 %, other 5 %" in zones.alt_text()


def test_the_sample_log_is_found_from_the_notebooks_folder_when_liftlab_is_installed(
    tmp_path, monkeypatch
):
    """Binder and hubs install liftlab into site-packages, away from notebooks/data."""
    import liftlab.apps.training_log_app as app_module

    installed = tmp_path / "site-packages" / "liftlab" / "apps" / "training_log_app.py"
    monkeypatch.setattr(app_module, "__file__", str(installed))
    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    monkeypatch.chdir(notebooks)  # where a chapter's kernel runs
    assert app_module.find_sample_log() == notebooks / "data" / "sample-log.csv"
    monkeypatch.chdir(notebooks.parent)  # the repository's root also works
    assert app_module.find_sample_log() == notebooks / "data" / "sample-log.csv"
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="upload your own log"):
        app_module.find_sample_log()


def test_every_figure_is_shown_and_the_message_sits_under_the_controls():
    app = training_log_calculator()
    figures = [app.e1rm_figure, app.zone_figure, app.weekly_figure, app.rest_figure]
    assert all(figure in app.children for figure in [*figures, app.fit_figure])
    assert app.children.index(app.message) == 1  # right under the upload controls
