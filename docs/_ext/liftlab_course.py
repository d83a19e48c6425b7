"""The course as data, for the website: chapters, minutes, concepts and launch links.

One source for each fact, so the website cannot drift from the repository:

- the course map and the concept table are README.md's own tables (the landing page is
  generated from them);
- a chapter's time to learn is the ``minutes`` column of README's course map;
- launch links (Binder, JupyterHub via nbgitpuller) are built from :class:`Settings`, whose
  defaults name the public repository and which a lecturer overrides with environment
  variables (``LIFTLAB_HUB_URL`` ...; see ``docs/hub.md``).

Pure Python (standard library only): the site build, its tests and ``tools/build_site.py``
import it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[2]
CHAPTER_GLOB = "notebooks/[0-9][0-9]-*.ipynb"
CALCULATORS = "notebooks/calculators.ipynb"
COURSE_MAP_HEADER = re.compile(r"^\|\s*notebook\s*\|\s*what it teaches\s*\|.*\|\s*$", re.MULTILINE)
CONCEPT_HEADER = "| concept | notebook | section |"
LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<path>notebooks/[^)#]+\.ipynb)\)")


# ---------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """Where the course lives and where readers launch it. Each field has an environment
    variable of the same name in capitals with the ``LIFTLAB_`` prefix (``LIFTLAB_HUB_URL``).

    Attributes
    ----------
    repo : str
        ``owner/name`` of the GitHub repository (Binder and nbgitpuller clone it).
    branch : str
        The branch (or tag) nbgitpuller pulls into each student's home.
    binder_ref : str
        The git ref mybinder.org builds (``HEAD``, a branch or a tag such as ``v0.2.0``).
    binder_url : str
        The BinderHub that builds the repository.
    hub_url : str
        The JupyterHub readers launch on, e.g. ``https://hub.example.edu``. Empty on the
        public site: each reader types their own hub's address into the page (kept in the
        browser), and the links are completed there.
    site_url : str
        Where the built site is published (canonical URL of every page).
    """

    repo: str = "liftlab/liftlab"
    branch: str = "main"
    binder_ref: str = "HEAD"
    binder_url: str = "https://mybinder.org"
    hub_url: str = ""
    site_url: str = "https://liftlab.github.io/liftlab/"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        values = {}
        for name in cls.__dataclass_fields__:
            value = environ.get(f"LIFTLAB_{name.upper()}")
            if value is not None:
                values[name] = value.strip()
        settings = cls(**values)
        if not re.fullmatch(r"[\w.-]+/[\w.-]+", settings.repo):
            raise ValueError(f"LIFTLAB_REPO must be 'owner/name'; it was {settings.repo!r}")
        if settings.hub_url and not re.match(r"https?://", settings.hub_url):
            raise ValueError(
                "LIFTLAB_HUB_URL must start with https:// (or http://); "
                f"it was {settings.hub_url!r}"
            )
        return settings

    @property
    def repo_url(self) -> str:
        return f"https://github.com/{self.repo}"

    @property
    def repo_folder(self) -> str:
        """The folder nbgitpuller clones into, in the student's home: the repository's name."""
        return self.repo.split("/", 1)[1]


def binder_link(settings: Settings, notebook: str) -> str:
    """mybinder.org link that opens ``notebook`` (a path in the repository) in JupyterLab."""
    return (
        f"{settings.binder_url.rstrip('/')}/v2/gh/{settings.repo}/{settings.binder_ref}"
        f"?urlpath={quote('lab/tree/' + notebook, safe='/')}"
    )


def nbgitpuller_query(settings: Settings, notebook: str) -> str:
    """The part of an nbgitpuller link after the hub's address.

    nbgitpuller clones the repository into a folder named after it in the student's home,
    so ``urlpath`` starts with that folder: ``lab/tree/liftlab/notebooks/02-....ipynb``.
    """
    query = urlencode(
        {
            "repo": settings.repo_url,
            "urlpath": f"lab/tree/{settings.repo_folder}/{notebook}",
            "branch": settings.branch,
        },
        quote_via=quote,
        safe="",
    )
    return f"/hub/user-redirect/git-pull?{query}"


def hub_link(settings: Settings, notebook: str, hub_url: str | None = None) -> str:
    """nbgitpuller link for ``hub_url`` (default: the configured hub); '' without a hub."""
    hub = (settings.hub_url if hub_url is None else hub_url).rstrip("/")
    return f"{hub}{nbgitpuller_query(settings, notebook)}" if hub else ""


# ---------------------------------------------------------------------------------------------
# README's tables
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chapter:
    """One row of README's course map."""

    path: str  # notebooks/02-one-rep-max.ipynb
    label: str  # 02 one-rep max
    teaches: str
    calculators: str
    minutes: int | None

    @property
    def docname(self) -> str:
        return self.path.removesuffix(".ipynb")


@dataclass(frozen=True)
class Concept:
    """One row of README's concept table."""

    concept: str
    path: str
    label: str
    section: str  # "How muscle grows › Mechanical tension"

    @property
    def heading(self) -> str:
        """The deepest heading the section names (the one the landing page links to)."""
        return self.section.split("›")[-1].strip().strip("*").split(" (")[0].strip()


def _table(text: str, start: int) -> tuple[list[str], list[list[str]]]:
    lines = text[start:].splitlines()
    header = [c.strip() for c in lines[0].strip().strip("|").split("|")]
    rows = []
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return header, rows


def course_map(readme: str) -> list[Chapter]:
    """The rows of README's course map (``| notebook | what it teaches | ... | minutes |``)."""
    match = COURSE_MAP_HEADER.search(readme)
    if not match:
        raise ValueError("README.md has no course map table (| notebook | what it teaches | ...)")
    header, rows = _table(readme, match.start())
    chapters = []
    for row in rows:
        cells = dict(zip(header, row, strict=False))
        link = LINK.search(cells.get("notebook", ""))
        if not link:
            raise ValueError(f"course map row without a notebook link: {row}")
        minutes = cells.get("minutes", "").strip()
        chapters.append(
            Chapter(
                path=link.group("path"),
                label=link.group("label"),
                teaches=cells.get("what it teaches", ""),
                calculators=cells.get("calculators", ""),
                minutes=int(minutes) if minutes.isdigit() else None,
            )
        )
    return chapters


def concepts(readme: str) -> list[Concept]:
    """The rows of README's concept table."""
    start = readme.find(CONCEPT_HEADER)
    if start < 0:
        raise ValueError(f"README.md has no concept table ({CONCEPT_HEADER})")
    _, rows = _table(readme, start)
    out = []
    for concept, notebook, section in rows:
        link = LINK.search(notebook)
        if not link:
            raise ValueError(f"concept row without a notebook link: {concept!r}")
        out.append(Concept(concept, link.group("path"), link.group("label"), section))
    return out


def chapter_paths(root: Path = ROOT) -> list[str]:
    """Every chapter notebook that exists (``notebooks/NN-*.ipynb``), in order."""
    return sorted(p.relative_to(root).as_posix() for p in root.glob(CHAPTER_GLOB))


# ---------------------------------------------------------------------------------------------
# Time to learn
# ---------------------------------------------------------------------------------------------

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


@dataclass(frozen=True)
class Workload:
    """What a chapter asks of a reader, counted from the notebook file."""

    words: int  # prose before "## References"
    figures: int  # stored PNG outputs
    widgets: int  # stored calculator and quiz views

    def estimate_minutes(self) -> float:
        """Rule of thumb the README's minutes follow: reading at 130 words a minute, one
        minute per figure, four per calculator or quiz, five for the exercises."""
        return self.words / 130 + self.figures + 4 * self.widgets + 5


def workload(path: Path) -> Workload:
    nb = json.loads(path.read_text(encoding="utf-8"))
    prose = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    prose = prose.split("## References")[0]
    outputs = [
        o.get("data", {}) for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]
    ]
    return Workload(
        words=len(re.findall(r"[A-Za-z0-9’'-]+", prose)),
        figures=sum("image/png" in d for d in outputs),
        widgets=sum(WIDGET_VIEW in d for d in outputs),
    )


def has_widget_state(nb: dict) -> bool:
    """Whether a notebook stores the widget state its views need (nbclient stores it)."""
    state = nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {})
    return bool(state.get("state"))


# ---------------------------------------------------------------------------------------------
# The landing page
# ---------------------------------------------------------------------------------------------


def slug(title: str) -> str:
    """MyST's heading anchor for ``title`` (GitHub's rule: lower case, punctuation dropped,
    spaces to hyphens), as used by ``myst_heading_anchors``."""
    text = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return text.replace(" ", "-")


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


#: A Markdown link to a file of the repository (not a web address, not a chapter).
REPO_LINK = re.compile(r"\]\((?!https?://|#|notebooks/)(?P<path>[^)\s]+)\)")


def _repository_links(text: str, settings: Settings | None = None) -> str:
    """``text`` with links to repository files (``instructor/README.md``), which are not
    pages of the site, pointed at the repository on GitHub."""
    base = (settings or Settings()).repo_url + "/blob/main/"
    return REPO_LINK.sub(lambda m: f"]({base}{m.group('path')})", text)


def landing_page(readme: str, existing: list[str]) -> str:
    """index.md of the site (MyST Markdown): README's intro, course map and concept table.

    ``existing`` are the chapter notebooks on disk: a chapter that exists but is missing from
    README's course map is an error (the map must list it, with its minutes). Links of the
    intro to repository files that are not site pages point at the repository on GitHub.
    """
    chapters = course_map(readme)
    listed = [c.path for c in chapters]
    missing = [p for p in existing if p not in listed]
    if missing:
        raise ValueError(f"README's course map does not list {missing}: add a row with minutes")
    chapters = [c for c in chapters if c.path in existing]
    title = readme.splitlines()[0].lstrip("# ").strip()
    intro = readme.split("## The course", 1)[0]
    intro = intro.split("The course teaches", 1)[1] if "The course teaches" in intro else ""
    intro = _repository_links(("The course teaches" + intro).strip()) if intro else ""
    total = sum(c.minutes or 0 for c in chapters)
    lines = [
        f"# {title}",
        "",
        intro,
        "",
        "You can read every chapter here, with the results, figures and calculators exactly as",
        "they were stored when the notebooks last ran. To change a calculator's inputs or run",
        "the code, open a chapter on [Binder](https://mybinder.org) or on your own JupyterHub",
        "from the links at the top of its page (see [](hub.md) for lecturers).",
        "",
        "## The course",
        "",
        f"About {total} minutes in all, in {len(chapters)} chapters.",
        "",
        "| chapter | what it teaches | calculators | minutes |",
        "|---|---|---|---:|",
    ]
    for c in chapters:
        lines.append(
            f"| [{_md_escape(c.label)}]({c.path}) | {_md_escape(c.teaches)} "
            f"| {_md_escape(c.calculators)} | {c.minutes if c.minutes else '?'} |"
        )
    lines += [
        "",
        "Every calculator on one page: [](notebooks/calculators.ipynb).",
        "",
        "## Where each concept is taught",
        "",
        "| concept | chapter | section |",
        "|---|---|---|",
    ]
    for k in concepts(readme):
        if k.path not in existing:
            continue
        lines.append(
            f"| {_md_escape(k.concept)} | [{_md_escape(k.label)}]({k.path}) "
            f"| [{_md_escape(k.section)}]({k.path}#{slug(k.heading)}) |"
        )
    lines += [
        "",
        "```{toctree}",
        ":hidden:",
        ":caption: Chapters",
        "",
        *[c.docname for c in chapters],
        "```",
        "",
        "```{toctree}",
        ":hidden:",
        ":caption: Tools and notes",
        "",
        "notebooks/calculators",
        "hub",
        "references",
        "cite",
        "changelog",
        "```",
        "",
    ]
    return "\n".join(lines)


def hub_links_table(chapters: list[str], settings: Settings | None = None) -> str:
    """Markdown list of every chapter's nbgitpuller and Binder links (for docs/hub.md)."""
    settings = settings or Settings.from_env()
    hub = settings.hub_url or "https://YOUR-HUB"
    lines = []
    for path in chapters:
        lines.append(
            f"- [{Path(path).stem}]({path}) ([Binder]({binder_link(settings, path)})):\n"
            f"  `{hub_link(settings, path, hub)}`"
        )
    return "\n".join(lines) + "\n"
