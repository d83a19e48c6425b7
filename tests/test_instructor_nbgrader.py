"""nbgrader end to end, offline, as a lecturer runs it (instructor/README.md).

In a copy of the course directory (instructor/nbgrader/), with nbgrader from
.venv-instructor (built by `make instructor`, and by `make setup`/`make test`):

1. ``nbgrader generate_assignment "*"``: the student versions. Solutions and hidden tests
   must be gone, the answer stubs and visible checks there.
2. Two submissions per assignment: ``key`` hands in the source notebooks; ``student``
   hands in the release filled in: right answers typed loosely ("281 lb", "B") on
   every other question, plausible mistakes on the others, and one question left blank.
3. ``nbgrader autograde "*"``: ``key`` gets full marks; ``student`` loses the points of
   exactly the questions answered wrong or left blank (checked cell by cell in the
   gradebook).
4. ``nbgrader generate_feedback "*"``: the feedback pages name the concept of each lost mark.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from instructor.assignments import ASSIGNMENTS  # noqa: E402

pytestmark = pytest.mark.slow

BIN = ROOT / ".venv-instructor" / "bin"
WORK_DIRS = ("release", "submitted", "autograded", "feedback")
BLANK = ("02-one-rep-max", "why_estimate")  # the question the student leaves unanswered

DUMP_SCORES = """
import json
from nbgrader.api import Gradebook

out = {}
with Gradebook("sqlite:///gradebook.db") as gb:
    for student in ("key", "student"):
        for name in %r:
            sub = gb.find_submission_notebook(name, name, student)
            out.setdefault(student, {})[name] = {
                g.name: [g.auto_score, g.max_score] for g in sub.grades
            }
print(json.dumps(out))
"""


def expected_wrong(assignment_id):
    """Keys the simulated student gets wrong: every second question, and the blank one."""
    keys = [q.key for q in ASSIGNMENTS[assignment_id].questions]
    wrong = {key for i, key in enumerate(keys) if i % 2 == 1}
    if assignment_id == BLANK[0]:
        wrong.add(BLANK[1])
    return wrong


def idea_of(question):
    """The concept named by a question's hidden test (whitespace collapsed)."""
    call = question.check.split("concept=", 1)[1].split("\n        why=")[0]
    call = call.split("\n        hint=")[0].rstrip(",")
    return " ".join(eval(call).split())  # the literal in the hidden test


@dataclass
class Course:
    root: Path
    scores: dict
    seconds: dict


def _nbgrader(root, env, *args):
    start = time.perf_counter()
    result = subprocess.run(
        [str(BIN / "nbgrader"), *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{result.stderr[-4000:]}"
    assert "[ERROR]" not in result.stderr and "| ERROR]" not in result.stderr, result.stderr[-4000:]
    return time.perf_counter() - start


def _fill(release_nb, assignment):
    """The release notebook as the simulated student hands it in."""
    nb = nbformat.read(release_nb, as_version=4)
    wrong = expected_wrong(assignment.id)
    questions = {q.key: q for q in assignment.questions}
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if not grade_id.endswith("-answer"):
            continue
        q = questions[grade_id.removesuffix("-answer")]
        if (assignment.id, q.key) == BLANK:
            continue  # left as handed out
        typed = q.mistake if q.key in wrong else q.typed
        cell.source += f"\n{q.var} = {typed}"
    return nb


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    if not (BIN / "nbgrader").exists():
        message = ".venv-instructor has no nbgrader: run `make instructor` (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("nbgrader-course")
    shutil.copytree(
        ROOT / "instructor" / "nbgrader",
        root,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(*WORK_DIRS, "gradebook.db", ".nbgrader.log"),
    )
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # nbgrader runs `alembic`
    env.pop("PYTHONPATH", None)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    seconds = {"generate_assignment": _nbgrader(root, env, "generate_assignment", "*", "--force")}
    for assignment in ASSIGNMENTS.values():
        name = assignment.id
        key = root / "submitted" / "key" / name
        key.mkdir(parents=True)
        shutil.copy(root / "source" / name / f"{name}.ipynb", key)
        student = root / "submitted" / "student" / name
        student.mkdir(parents=True)
        filled = _fill(root / "release" / name / f"{name}.ipynb", assignment)
        nbformat.write(filled, student / f"{name}.ipynb")
    seconds["autograde"] = _nbgrader(root, env, "autograde", "*", "--force")
    seconds["generate_feedback"] = _nbgrader(root, env, "generate_feedback", "*", "--force")
    dump = subprocess.run(
        [str(BIN / "python"), "-c", DUMP_SCORES % (list(ASSIGNMENTS),)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return Course(root, json.loads(dump.stdout), seconds)


@pytest.mark.parametrize("assignment_id", list(ASSIGNMENTS))
def test_student_version_has_no_solutions_and_no_hidden_tests(course, assignment_id):
    assignment = ASSIGNMENTS[assignment_id]
    path = course.root / "release" / assignment_id / f"{assignment_id}.ipynb"
    text = path.read_text(encoding="utf-8")
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "concept=", "expected ="):
        assert marker not in text, f"{path.name} still contains {marker!r}"
    nb = nbformat.read(path, as_version=4)
    cells = {cell.metadata["nbgrader"]["grade_id"]: cell for cell in nb.cells}
    for q in assignment.questions:
        answer = cells[f"{q.key}-answer"].source
        assert (
            answer == f"{q.var} = None  # replace None with your answer, or write code below\n"
            "# YOUR CODE HERE"
        )
        for line in q.solution.splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                assert line not in text, f"solution line left in the release: {line!r}"
        test = cells[f"{q.key}-test"].source
        assert q.format_check in test  # the visible check stays
        assert q.check.splitlines()[0] not in text


@pytest.mark.parametrize("assignment_id", list(ASSIGNMENTS))
def test_source_notebooks_get_full_marks(course, assignment_id):
    grades = course.scores["key"][assignment_id]
    expected = {f"{q.key}-test": q.points for q in ASSIGNMENTS[assignment_id].questions}
    assert {k: v[0] for k, v in grades.items()} == expected
    assert {k: v[1] for k, v in grades.items()} == expected


@pytest.mark.parametrize("assignment_id", list(ASSIGNMENTS))
def test_wrong_submission_loses_marks_exactly_where_it_is_wrong(course, assignment_id):
    grades = course.scores["student"][assignment_id]
    wrong = expected_wrong(assignment_id)
    expected = {
        f"{q.key}-test": 0.0 if q.key in wrong else float(q.points)
        for q in ASSIGNMENTS[assignment_id].questions
    }
    assert {k: v[0] for k, v in grades.items()} == expected


@pytest.mark.parametrize("assignment_id", list(ASSIGNMENTS))
def test_feedback_names_the_concept_of_every_lost_mark(course, assignment_id):
    page = course.root / "feedback" / "student" / assignment_id / f"{assignment_id}.html"
    text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
    flat = " ".join(text.split())  # messages are wrapped over lines
    questions = {q.key: q for q in ASSIGNMENTS[assignment_id].questions}
    wrong = expected_wrong(assignment_id)
    # a blank answer stops at the visible check ("No answer yet"), before the hidden test
    graded_wrong = wrong - {BLANK[1]} if assignment_id == BLANK[0] else wrong
    assert text.count("Concept: ") == len(graded_wrong)
    assert text.count("AnswerError: ") == len(wrong)  # one traceback line per lost mark
    assert "grading.py" not in text  # the traceback shows the cell, not liftlab's frames
    for key in graded_wrong:
        assert f"Concept: {idea_of(questions[key])}." in flat, (assignment_id, key)
    if assignment_id == BLANK[0]:
        assert "AnswerError: No answer yet: replace the placeholder" in text
    assert text.count("Correct: ") == len(questions) - len(wrong)


def test_nbgrader_timings(course):
    # Not a benchmark: a bound so a hang or a runaway notebook is caught; the README
    # quotes the measured times.
    assert course.seconds["autograde"] < 600, course.seconds
