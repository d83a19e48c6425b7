"""The lecturer's term plan and objective map, checked against the notebooks as they are now.

The objectives are read from each notebook's "Learning objectives" cell at test time: a
chapter whose objectives change fails here until ``instructor/course.py`` maps the new
ones, and every objective must be assessed by at least one quiz question, Try it task or
assignment question that exists.
"""

import re
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
    assert CHAPTERS == [
        "00-start-here",
        "01-two-goals",
        "02-one-rep-max",
        "03-intensity-and-reps",
        "04-sets-and-volume",
        "05-rest-and-recovery",
        "06-programming",
        "07-beyond-the-barbell",
        "08-summary",
        "09-your-own-training",
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


def test_every_objective_is_graded_in_an_assignment():
    # Chapters 02–09 each have an assignment; 00 and 01 share assignment 01.
    for chapter, objectives in course.OBJECTIVES.items():
        for text, refs in objectives:
            kinds = {course.resolve(chapter, ref).kind for ref in refs}
            assert "assignment" in kinds, f"{chapter}: {text!r} is never graded"


def test_chapter_09_quiz_references_resolve_against_the_sample_log():
    # Chapter 09's self-check is asked about the sample log, so its questions come from
    # liftlab.training_log.questions, not from liftlab.quiz.
    bank = course.quiz_bank("09-your-own-training")
    assert bank, "chapter 09 has no self-check questions"
    assert course.resolve("09-your-own-training", "quiz: Weight Unit column").label == "quiz Q2"


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
    assert scheduled == set(course.OBJECTIVES) == set(CHAPTERS)
    for week in course.SCHEDULE:
        minutes = week.minutes()
        assert set(minutes) == set(week.chapters), week.week
        assert all(m > 0 for m in minutes.values())
    # a chapter spread over several weeks is studied once in all
    for chapter in scheduled:
        parts = [w.part(chapter) for w in course.SCHEDULE if chapter in w.chapters]
        assert sum(parts) == pytest.approx(1.0), chapter


def test_chapters_come_after_their_prerequisites():
    # The first sentence of each chapter's "Prerequisites" cell names the chapters it needs
    # ("Chapters 02 to 05: ...", "Chapter 02 (...), chapter 03 (...) and chapter 06 (...)").
    first_week = {}
    for week in course.SCHEDULE:
        for chapter in week.chapters:
            first_week.setdefault(chapter, week.week)
    by_number = {chapter[:2]: chapter for chapter in CHAPTERS}
    needs = {}
    for chapter in CHAPTERS:
        text = (course._section(chapter, "## Prerequisites") or "").split("\n", 1)[-1]
        sentence = text.strip().split(". ")[0]
        numbers = set()
        for low, high in re.findall(r"\b(\d\d)\b(?:\s+to\s+(\d\d))?", sentence):
            numbers.update(f"{n:02d}" for n in range(int(low), int(high or low) + 1))
        needs[chapter] = {by_number[n] for n in numbers}
        for needed in needs[chapter]:
            assert first_week[needed] <= first_week[chapter], (chapter, needed)
    assert needs["09-your-own-training"] == {
        "02-one-rep-max",
        "03-intensity-and-reps",
        "04-sets-and-volume",
        "05-rest-and-recovery",
        "06-programming",
    }


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


def test_learn_minutes_come_from_readme_and_only_from_readme():
    # README's course map (the website's "minutes") is the one source of a chapter's time
    # to learn; the schedule adds its own extras on top, and nothing else.
    readme = course.readme_minutes()
    assert set(readme) == set(CHAPTERS)
    for chapter in CHAPTERS:
        t = course.study_time(chapter)
        assert t.learn == readme[chapter]
        assert t.tasks == len(course.tasks_to_do(chapter))
        assert t.questions == len(course.quiz_bank(chapter))
        assert t.total == t.learn + course.TRY_IT_MINUTES * t.tasks + course.QUESTION_MINUTES * (
            t.questions
        )
    assert course.study_minutes() == {c: course.study_time(c).total for c in CHAPTERS}


def test_a_new_readme_minute_moves_the_schedule():
    text = course.README.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "(notebooks/02-one-rep-max.ipynb)" in line)
    changed = text.replace(row, row.rsplit("|", 2)[0] + "| 95 |")
    readme = course.readme_minutes(changed)
    assert readme["02-one-rep-max"] == 95
    week2 = next(w for w in course.SCHEDULE if "02-one-rep-max" in w.chapters)
    assert week2.minutes(readme)["02-one-rep-max"] == 95 + course.study_time("02-one-rep-max").extra


def test_readme_without_a_course_map_is_refused():
    with pytest.raises(ValueError, match="no course map"):
        course.readme_minutes("# liftlab\n\nno table here\n")


def test_self_check_tasks_are_counted_by_their_questions_not_as_tasks():
    assert course.tasks_to_do("08-summary") == []  # its one task is the self-check
    assert len(course.tasks_to_do("07-beyond-the-barbell")) == 3
    assert all("Self-check" not in t for t in course.tasks_to_do("02-one-rep-max"))


def test_course_map_file_is_up_to_date():
    assert course.MAP_FILE.read_text(encoding="utf-8") == course.render(), (
        "instructor/course-map.md is stale: run `.venv/bin/python -m instructor`"
    )


def test_course_map_shows_the_schedule_and_every_objective():
    text = course.MAP_FILE.read_text(encoding="utf-8")
    assert "| 2 | 02-one-rep-max |" in text
    assert "| 02-one-rep-max (14 pts, 56 min) |" in text
    assert "| 02-one-rep-max | 35 | 2 × 5 | 8 × 1 | 53 |" in text  # README 35 + extras
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


def test_instructor_readme_numbers_match_the_material():
    # The README quotes a few numbers in prose; each is checked against what it describes.
    from liftlab.quiz import QUESTIONS

    readme = (ROOT / "instructor" / "README.md").read_text(encoding="utf-8")
    flat = " ".join(readme.split())
    sizes = [len(a.questions) for a in ASSIGNMENTS.values()]
    points = [a.points for a in ASSIGNMENTS.values()]
    assert f"{min(sizes)}–{max(sizes)} questions each, {min(points)}–{max(points)} points" in flat
    quiz = [len(q) for q in QUESTIONS.values()]
    assert f"have {min(quiz)}–{max(quiz)} questions per chapter" in flat
    t = course.study_time("02-one-rep-max")
    assert (
        f"Chapter 02, for example: {t.learn} minutes to learn, {t.tasks} tasks and "
        f"{t.questions} questions, {t.total} minutes of study." in flat
    )
    a02 = ASSIGNMENTS["02-one-rep-max"].points
    assert f"The demo student gets {a02}/{a02}." in flat
    assert len(ASSIGNMENTS) == 9 and "releases all nine at once" in flat
