"""One bibliography: notebooks/references.bib, the chapters' References and liftlab's docstrings.

The convention (issue 10): every work the course cites is an entry of
``notebooks/references.bib`` with a ``doi`` (or a ``url`` where there is none); the
last cell of every chapter, ``## References``, is a bullet list whose items each link
to one entry (``[doi:10.x/y](https://doi.org/10.x/y)``, or the entry's exact URL); and
``liftlab/`` docstrings cite entries as ``[@key]``. These tests check it both ways:
nothing cited that is not in the bibliography, nothing in the bibliography that is cited
nowhere, every key of the form ``<first author's surname><year>``.

The BibTeX parser below is deliberately small (standard library only): it reads the
subset the course writes, ``@type{key, field = {value} | "value" | number, ...}`` with
nested braces, and fails loudly on anything else.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
BIB = ROOT / "notebooks" / "references.bib"
CHAPTERS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
PACKAGE = ROOT / "liftlab"

KEY_RULE = re.compile(r"^(?P<prefix>[a-z]+?)(?P<year>\d{4}|nd)(?P<word>[a-z]*)$")
DOI_RULE = re.compile(r"^10\.\d{4,9}/\S+$")
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)|<(?P<auto>https?://[^>\s]+)>")
CITATION_GROUP = re.compile(r"\[[^\[\]]*@[a-z][^\[\]]*\]")
CITATION_KEY = re.compile(r"@([a-z][a-z0-9]*)")


# --------------------------------------------------------------------------- parsing


class BibError(ValueError):
    """The bibliography is not in the form the course writes."""


def _braced(text: str, start: int) -> tuple[str, int]:
    """The content of the brace group opening at ``text[start]`` and the index after it."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i], i + 1
    raise BibError(f"unbalanced braces from offset {start}")


def parse_bibtex(text: str) -> dict[str, dict[str, str]]:
    """``{key: {"entrytype": ..., field: value, ...}}``; field names lowercased.

    ``%`` starts a comment outside entries. Values keep their inner braces except the
    outer pair; whitespace runs collapse to one space.
    """
    entries: dict[str, dict[str, str]] = {}
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("%"))
    pos = 0
    while (at := body.find("@", pos)) != -1:
        head = re.match(r"@(\w+)\s*\{\s*([^,\s]+)\s*,", body[at:])
        if not head:
            raise BibError(f"malformed entry start near {body[at : at + 40]!r}")
        kind, key = head.group(1).lower(), head.group(2)
        content, pos = _braced(body, at + body[at:].index("{"))
        fields: dict[str, str] = {"entrytype": kind}
        rest = content[content.index(",") + 1 :]
        i = 0
        while i < len(rest):
            match = re.match(r"\s*([A-Za-z_-]+)\s*=\s*", rest[i:])
            if not match:
                if rest[i:].strip(" \n\t,"):
                    raise BibError(f"{key}: cannot read {rest[i : i + 40]!r}")
                break
            name = match.group(1).lower()
            i += match.end()
            if rest[i] == "{":
                value, i = _braced(rest, i)
            elif rest[i] == '"':
                end = rest.index('"', i + 1)
                value, i = rest[i + 1 : end], end + 1
            else:
                number = re.match(r"\d+", rest[i:])
                if not number:
                    raise BibError(f"{key}.{name}: value must be braced, quoted or a number")
                value, i = number.group(0), i + number.end()
            if name in fields:
                raise BibError(f"{key}: field {name} given twice")
            fields[name] = " ".join(value.split())
            tail = re.match(r"\s*,?", rest[i:])
            i += tail.end() if tail else 0
        if key in entries:
            raise BibError(f"key {key} is used twice")
        entries[key] = fields
    return entries


def fold(text: str) -> str:
    """Lowercase ASCII letters only: 'Cruz-Jentoft' -> 'cruzjentoft', 'Galvão' -> 'galvao'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def first_author(entry: dict[str, str]) -> str:
    """The first author's surname, or a corporate author's whole name (outer braces off)."""
    authors = entry.get("author") or entry.get("editor") or ""
    first = authors.split(" and ")[0].strip()
    if first.startswith("{") and first.endswith("}"):
        return first[1:-1]
    return first.split(",")[0].strip()


def key_prefix(entry: dict[str, str]) -> str:
    """What a key must start with: the short corporate name, else the folded surname."""
    return fold(entry.get("shortauthor") or first_author(entry))


def link_of(entry: dict[str, str]) -> str:
    """The link a chapter uses for this entry: https://doi.org/<doi> or the url."""
    if "doi" in entry:
        return "https://doi.org/" + entry["doi"].lower()
    return entry.get("url", "")  # "" (no link) is reported by test_every_entry_has_a_doi_or_a_url


def references_cell(path: Path) -> str:
    cells = nbformat.read(path, as_version=4).cells
    last = cells[-1]
    assert last.cell_type == "markdown" and last.source.lstrip().startswith("## References"), (
        f"{path.name}: the last cell must be the '## References' markdown cell"
    )
    return last.source


def reference_items(path: Path) -> list[str]:
    """The bullet items of a chapter's References cell, each joined onto one line."""
    items: list[list[str]] = []
    for line in references_cell(path).splitlines()[1:]:
        if line.startswith("- "):
            items.append([line[2:].strip()])
        elif line.strip() and items:
            items[-1].append(line.strip())
        elif line.strip():
            raise AssertionError(f"{path.name}: text outside a bullet item: {line!r}")
    return [" ".join(parts) for parts in items]


def links_in(item: str) -> list[tuple[str, str]]:
    """``(link text, url)`` for every Markdown link or autolink in ``item``."""
    found = []
    for m in LINK.finditer(item):
        if m.group("auto"):
            found.append((m.group("auto"), m.group("auto")))
        else:
            found.append((m.group("text"), m.group("url")))
    return found


def docstring_citations() -> dict[str, set[str]]:
    """``{key: {files}}`` for every ``[@key]`` (or ``[@a; @b]``) in liftlab/."""
    cited: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for group in CITATION_GROUP.findall(path.read_text(encoding="utf-8")):
            for key in CITATION_KEY.findall(group):
                cited.setdefault(key, set()).add(str(path.relative_to(ROOT)))
    return cited


ENTRIES = parse_bibtex(BIB.read_text(encoding="utf-8"))
BY_LINK = {link_of(entry).lower(): key for key, entry in ENTRIES.items() if link_of(entry)}


def match_by_link(item: str) -> str:
    """The key an item of a converted chapter links to (asserts the convention)."""
    links = links_in(item)
    assert len(links) == 1, f"needs exactly one link to its work, found {len(links)}: {item!r}"
    text, url = links[0]
    doi = re.fullmatch(r"https://doi\.org/(10\..+)", url)
    if doi:
        assert text.lower() == "doi:" + doi.group(1).lower(), (
            f"a DOI link reads [doi:{doi.group(1)}](https://doi.org/{doi.group(1)}): {item!r}"
        )
    key = BY_LINK.get(url.lower())
    assert key, f"{url} is not the doi or url of any entry of references.bib: {item!r}"
    return key


def chapter_citations() -> dict[str, dict[str, str]]:
    """``{chapter stem: {key: item}}`` for every chapter."""
    cited = {}
    for path in CHAPTERS:
        match = match_by_link
        keys: dict[str, str] = {}
        for item in reference_items(path):
            key = match(item)
            assert key not in keys, f"{path.name} lists {key} twice"
            keys[key] = item
        cited[path.stem] = keys
    return cited


# ----------------------------------------------------------------------------- tests


def test_the_parser_reads_what_it_should_and_refuses_the_rest():
    parsed = parse_bibtex(
        "% a comment @misc{not, title={no}}\n@article{doe2020, author = {Doe, J. and {ACME}},"
        ' title = "A {B} c", year = 2020, doi = {10.1/x}}\n'
    )
    assert list(parsed) == ["doe2020"]
    assert parsed["doe2020"]["title"] == "A {B} c" and parsed["doe2020"]["year"] == "2020"
    assert first_author(parsed["doe2020"]) == "Doe"
    for bad in ("@article{x, title = {open}", "@article{x, title = bare}", "@article x}"):
        with pytest.raises(BibError):
            parse_bibtex(bad)
    with pytest.raises(BibError, match="twice"):
        parse_bibtex("@misc{a, year = 1}\n@misc{a, year = 2}")


def test_the_bibliography_is_not_empty_and_every_chapter_has_references():
    assert len(ENTRIES) > 50
    assert len(CHAPTERS) >= 10  # 00-09
    for path in CHAPTERS:
        assert reference_items(path), f"{path.name} has an empty References section"


def test_every_entry_has_a_doi_or_a_url():
    for key, entry in ENTRIES.items():
        assert "doi" in entry or "url" in entry, f"{key} has neither doi nor url"
        if "doi" in entry:
            assert DOI_RULE.match(entry["doi"]), f"{key}: doi {entry['doi']!r} is not a bare DOI"
        if "url" in entry:
            assert entry["url"].startswith("https://"), f"{key}: url must be https"
        assert entry.get("title"), f"{key} has no title"
    links = [link_of(entry).lower() for entry in ENTRIES.values() if link_of(entry)]
    duplicated = {link for link in links if links.count(link) > 1}
    assert not duplicated, f"two entries share a link: {duplicated}"


def test_keys_follow_the_rule():
    """<first author's surname><year>, lowercase ASCII; a title word only on a clash."""
    stems: dict[str, list[str]] = {}
    for key, entry in ENTRIES.items():
        parsed = KEY_RULE.match(key)
        assert parsed, f"{key} is not lowercase letters + year (or 'nd') + optional word"
        year = entry.get("year")
        assert parsed.group("year") == (year if year else "nd"), f"{key}: year is {year!r}"
        assert parsed.group("prefix") == key_prefix(entry), (
            f"{key}: must start with {key_prefix(entry)!r} (first author {first_author(entry)!r})"
        )
        stems.setdefault(parsed.group("prefix") + parsed.group("year"), []).append(key)
    for stem, keys in stems.items():
        if len(keys) == 1:
            assert keys[0] == stem, f"{keys[0]}: no other {stem}, so no title word"
        else:
            for key in keys:
                word = KEY_RULE.match(key).group("word")
                assert word, f"{key}: {stem} has {len(keys)} works, add a title word"
                assert word in ENTRIES[key]["title"].lower(), f"{key}: {word!r} not in its title"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_every_reference_item_is_an_entry_of_the_bibliography(path):
    """Nothing cited that is not there; in converted chapters, linked by DOI or URL."""
    match = match_by_link
    for item in reference_items(path):
        key = match(item)
        entry = ENTRIES[key]
        # The human form names the same work: first author (or body) and year.
        assert fold(item).startswith(fold(first_author(entry))), f"{key}: {item!r}"
        assert entry.get("year", "n.d.") in item, f"{key}: year missing in {item!r}"


def test_every_entry_is_cited_by_a_chapter_or_a_docstring():
    """Nothing in the bibliography that is cited nowhere."""
    cited = set(docstring_citations())
    for keys in chapter_citations().values():
        cited |= set(keys)
    orphans = sorted(set(ENTRIES) - cited)
    assert not orphans, f"cited by no chapter and no liftlab docstring: {orphans}"


def test_every_docstring_citation_is_an_entry():
    unknown = {k: v for k, v in docstring_citations().items() if k not in ENTRIES}
    assert not unknown, f"[@key] in liftlab/ with no entry in references.bib: {unknown}"


def test_the_core_modules_cite_their_sources_by_key():
    cited = docstring_citations()
    for module, key in [
        ("liftlab/one_rep_max.py", "mayhew1995"),
        ("liftlab/effort.py", "hackett2017"),
        ("liftlab/goals.py", "saksnd"),
        ("liftlab/plates.py", "ipf2024"),
        ("liftlab/units.py", "nbs1959"),
        ("liftlab/plots/concepts.py", "muddle2018"),
        ("liftlab/proximity.py", "robinson2024"),
    ]:
        assert module in cited.get(key, set()), f"{module} should cite [@{key}]"


def test_every_at_sign_starts_an_entry():
    """BibTeX readers (pybtex, behind the website) take any "@" for an entry's start, even
    in a comment: only entries may use it."""
    for number, line in enumerate(BIB.read_text(encoding="utf-8").splitlines(), start=1):
        assert "@" not in line or line.startswith("@"), f"references.bib line {number}: {line}"
