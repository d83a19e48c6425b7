"""The lecturer's term plan and objective map, checked against the notebooks as they are now.

The objectives are read from each notebook's "Learning objectives" cell at test time: a
chapter whose objectives change fails here until ``instructor/course.py`` maps the new
ones, and every objective must be assessed by at least one quiz question, Try it task or
assignment question that exists.
"""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from instructor import course  # noqa: E402
from instructor.assignments import ASSIGNMENTS  # noqa: E402

CHAPTERS = course.chapters()


def test_chapters_are_found():
    assert CHAPTERS[:9] == [
        "00-start-here",
        "01-two-goals",
        "02-one-rep-max",
        "03-intensity-and-reps",
        "04-sets-and-volume",
        "05-rest-and-recovery",
        "06-programming",
        "07-beyond-the-barbell",
        "08-summary",
    ]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_objective_of_the_notebook_is_mapped(chapter):
    objectives = course.learning_objectives(chapter)
    assert len(objectives) >= 3, f"{chapter}: its Learning objectives cell lists too few"
    mapped = [text for text, _ in course.OBJECTIVES.get(chapter, ())]
    missing = [o for o in objectives if o not in mapped]
    stale = [m for m in mapped if m not in objectives]
    assert not missing, (
        f"{chapter} has objectives that instructor/course.py does not map (add them to "
        f"OBJECTIVES with what assesses them): {missing}"
    )
    assert not stale, f"{chapter}: OBJECTIVES maps objectives the notebook no longer has: {stale}"


@pytest.mark.parametrize("chapter", list(course.OBJECTIVES))
def test_every_objective_is_assessed_by_something_that_exists(chapter):
    for text, refs in course.OBJECTIVES[chapter]:
        assert refs, f"{chapter}: nothing assesses {text!r}"
        for ref in refs:
            course.resolve(chapter, ref)  # raises ValueError if it points nowhere


def test_chapters_with_assignments_have_every_objective_graded():
    # Chapters 02–08 each have an assignment; 00 and 01 share assignment 01.
    for chapter, objectives in course.OBJECTIVES.items():
        for text, refs in objectives:
            kinds = {course.resolve(chapter, ref).kind for ref in refs}
            if chapter != "06-programming" or "plan builder" not in text:
                assert "assignment" in kinds, f"{chapter}: {text!r} is never graded"


def test_resolve_refuses_references_that_point_nowhere():
    with pytest.raises(ValueError, match="matches 0 quiz questions"):
        course.resolve("02-one-rep-max", "quiz: no such words anywhere")
    with pytest.raises(ValueError, match="matches 0 Try it tasks"):
        course.resolve("02-one-rep-max", "try: no such task")
    with pytest.raises(ValueError, match="no question 'zz'"):
        course.resolve("02-one-rep-max", "assignment 02-one-rep-max/zz")
    with pytest.raises(ValueError, match="no assignment"):
        course.resolve("02-one-rep-max", "assignment 99-none/q1")
    with pytest.raises(ValueError, match="not a 'quiz: '"):
        course.resolve("02-one-rep-max", "lecture 3")


def test_objectives_reader_reads_a_changed_objective(tmp_path, monkeypatch):
    # The map is checked against what the notebook says *now*: reword one objective and the
    # coverage test above would fail for it.
    import json

    source = course.NOTEBOOKS / "02-one-rep-max.ipynb"
    nb = json.loads(source.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if text.startswith("## Learning objectives"):
            cell["source"] = text.replace("define the 1RM", "define and test the 1RM")
    (tmp_path / "02-one-rep-max.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    monkeypatch.setattr(course, "NOTEBOOKS", tmp_path)
    objectives = course.learning_objectives("02-one-rep-max")
    mapped = [text for text, _ in course.OBJECTIVES["02-one-rep-max"]]
    assert [o for o in objectives if o not in mapped] == [
        "define and test the 1RM and a rep maximum (RM), and say why most lifters estimate "
        "their 1RM rather than test it"
    ]


def test_schedule_has_ten_weeks_covering_every_chapter():
    assert [w.week for w in course.SCHEDULE] == list(range(1, 11))
    scheduled = {c for w in course.SCHEDULE for c in w.chapters}
    assert scheduled == set(course.OBJECTIVES)
    for week in course.SCHEDULE:
        assert set(week.minutes) == set(week.chapters), week.week
        assert all(m > 0 for m in week.minutes.values())


def test_every_assignment_is_released_once_and_after_its_chapters():
    released = [w.assignment for w in course.SCHEDULE if w.assignment]
    assert sorted(released) == sorted(ASSIGNMENTS)
    first_week = {}
    for week in course.SCHEDULE:
        for chapter in week.chapters:
            first_week.setdefault(chapter, week.week)
    for week in course.SCHEDULE:
        if week.assignment:
            for chapter in ASSIGNMENTS[week.assignment].chapters:
                assert first_week[chapter] <= week.week, (week.assignment, chapter)


@pytest.mark.parametrize("chapter", list(course.OBJECTIVES))
def test_study_minutes_match_the_content(chapter):
    # The scheduled minutes are hand-set; keep them within reach of a content-based
    # estimate so a chapter that doubles in size is noticed.
    estimate = course.estimate_minutes(chapter)
    scheduled = course.study_minutes()[chapter]
    assert 0.7 * estimate <= scheduled <= 2.5 * estimate, (chapter, scheduled, round(estimate))


def test_course_map_file_is_up_to_date():
    assert course.MAP_FILE.read_text(encoding="utf-8") == course.render(), (
        "instructor/course-map.md is stale: run `.venv/bin/python -m instructor`"
    )


def test_course_map_shows_the_schedule_and_every_objective():
    text = course.MAP_FILE.read_text(encoding="utf-8")
    assert "| 2 | 02-one-rep-max |" in text
    assert "| 02-one-rep-max (11 pts, 44 min) |" in text
    for chapter, objectives in course.OBJECTIVES.items():
        assert f"### {chapter}" in text
        for objective, _ in objectives:
            assert f"| {objective} |" in text


def test_readme_glance_table_matches_the_schedule():
    readme = (ROOT / "instructor" / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit():
            rows[int(cells[0])] = cells
    assert sorted(rows) == [w.week for w in course.SCHEDULE]
    for week in course.SCHEDULE:
        _, chapters, calculators, assignment = rows[week.week]
        for chapter in week.chapters:
            assert chapter[:2] in chapters, (week.week, chapter)
        assert calculators == (", ".join(week.calculators) or "—"), week.week
        assert assignment == (week.assignment[:2] if week.assignment else "—"), week.week
