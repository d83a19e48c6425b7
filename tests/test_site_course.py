"""The website's course data: chapters and their minutes, the landing page, launch links.

Fast checks of docs/_ext/liftlab_course.py against README.md and the notebooks; the built
site itself is checked by tests/test_site_build.py and tests/browser/test_site.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import liftlab_course as course  # noqa: E402

README = (ROOT / "README.md").read_text(encoding="utf-8")
CHAPTERS = course.chapter_paths(ROOT)
MAP = {c.path: c for c in course.course_map(README)}


def test_the_glob_finds_every_chapter_and_only_chapters():
    assert CHAPTERS, "no chapter notebooks found"
    assert all(re.fullmatch(r"notebooks/\d\d-[\w-]+\.ipynb", p) for p in CHAPTERS)
    assert course.CALCULATORS not in CHAPTERS
    assert (ROOT / course.CALCULATORS).is_file()


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_states_its_time_to_learn(chapter):
    """README's course map is the one place a chapter's minutes live (the site reads it)."""
    assert chapter in MAP, f"README's course map has no row for {chapter}"
    minutes = MAP[chapter].minutes
    assert minutes, f"{chapter}: no minutes in README's course map (last column)"
    assert minutes % 5 == 0 and 5 <= minutes <= 120, f"{chapter}: {minutes} minutes"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_minutes_follow_the_rule_of_thumb(chapter):
    """Stated minutes stay near the documented estimate (reading at 130 words a minute, one
    minute per figure, four per calculator or quiz, five for exercises) and never below the
    time it takes to read the prose at 200 words a minute: a chapter that grows fails here
    until its minutes are updated."""
    load = course.workload(ROOT / chapter)
    minutes = MAP[chapter].minutes
    estimate = load.estimate_minutes()
    assert minutes >= load.words / 200, f"{chapter}: {minutes} min is less than reading time"
    assert 0.6 * estimate <= minutes <= 1.6 * estimate, (
        f"{chapter}: {minutes} min stated, the rule of thumb gives {estimate:.0f} ({load})"
    )


def test_course_map_parses_rows_without_minutes_as_missing():
    readme = (
        "| notebook | what it teaches | calculators | minutes |\n|---|---|---|---:|\n"
        "| [02 one-rep max](notebooks/02-one-rep-max.ipynb) | 1RM | 1RM estimator | 35 |\n"
        "| [09 log](notebooks/09-log.ipynb) | logs | upload |  |\n"
    )
    chapters = course.course_map(readme)
    assert [c.minutes for c in chapters] == [35, None]
    assert chapters[0].docname == "notebooks/02-one-rep-max"


def test_landing_page_refuses_a_chapter_missing_from_the_course_map():
    with pytest.raises(ValueError, match=r"09-new\.ipynb"):
        course.landing_page(README, [*CHAPTERS, "notebooks/09-new.ipynb"])


def test_landing_page_holds_both_readme_tables():
    page = course.landing_page(README, CHAPTERS)
    for chapter in CHAPTERS:
        row = MAP[chapter]
        assert f"| [{row.label}]({chapter}) |" in page
        assert f"| {row.minutes} |" in page
    concept_rows = course.concepts(README)
    assert len(concept_rows) >= 40
    for k in concept_rows:
        assert f"({k.path}#{course.slug(k.heading)})" in page, k.concept
    total = sum(MAP[c].minutes for c in CHAPTERS)
    assert f"About {total} minutes in all, in {len(CHAPTERS)} chapters." in page
    toctree = page.split(":caption: Chapters", 1)[1].split("```", 1)[0].split()
    assert toctree == [c.removesuffix(".ipynb") for c in CHAPTERS]


def test_slug_is_myst_heading_anchor():
    from myst_parser.mdit_to_docutils.base import default_slugify

    for k in course.concepts(README):
        assert course.slug(k.heading) == default_slugify(k.heading), k.heading


SETTINGS = course.Settings()
NB = "notebooks/02-one-rep-max.ipynb"


def test_binder_link_opens_the_notebook_in_jupyterlab():
    assert course.binder_link(SETTINGS, NB) == (
        "https://mybinder.org/v2/gh/liftlab/liftlab/HEAD"
        "?urlpath=lab/tree/notebooks/02-one-rep-max.ipynb"
    )


def test_nbgitpuller_link_includes_the_repository_folder():
    settings = course.Settings(hub_url="https://hub.example.edu/")
    assert course.hub_link(settings, NB) == (
        "https://hub.example.edu/hub/user-redirect/git-pull"
        "?repo=https%3A%2F%2Fgithub.com%2Fliftlab%2Fliftlab"
        "&urlpath=lab%2Ftree%2Fliftlab%2Fnotebooks%2F02-one-rep-max.ipynb"
        "&branch=main"
    )
    assert course.hub_link(SETTINGS, NB) == "", "no hub configured: no link"


def test_settings_from_environment():
    env = {
        "LIFTLAB_HUB_URL": "https://hub.uni.edu",
        "LIFTLAB_REPO": "coach/liftlab-fork",
        "LIFTLAB_BRANCH": "term-2027",
        "LIFTLAB_BINDER_REF": "v0.2.0",
    }
    settings = course.Settings.from_env(env)
    assert course.hub_link(settings, NB).startswith(
        "https://hub.uni.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fcoach"
        "%2Fliftlab-fork&urlpath=lab%2Ftree%2Fliftlab-fork%2Fnotebooks%2F"
    )
    assert course.hub_link(settings, NB).endswith("&branch=term-2027")
    assert "/v2/gh/coach/liftlab-fork/v0.2.0?" in course.binder_link(settings, NB)
    with pytest.raises(ValueError, match="LIFTLAB_REPO"):
        course.Settings.from_env({"LIFTLAB_REPO": "not a repo"})
    with pytest.raises(ValueError, match="LIFTLAB_HUB_URL"):
        course.Settings.from_env({"LIFTLAB_HUB_URL": "hub.example.edu"})


def test_hub_page_lists_every_chapter_link():
    table = course.hub_links_table(CHAPTERS, course.Settings(hub_url="https://hub.example.edu"))
    for chapter in CHAPTERS:
        assert course.hub_link(course.Settings(hub_url="https://hub.example.edu"), chapter) in (
            table
        )


def test_the_landing_page_links_repository_files_on_github():
    """README's intro links instructor/README.md, which is no page of the site."""
    page = course.landing_page(README, CHAPTERS)
    assert "](instructor/README.md)" not in page
    assert "](https://github.com/liftlab/liftlab/blob/main/instructor/README.md)" in page
