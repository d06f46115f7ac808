"""Fuzzing: random rosters, response files and project merges give clear errors or clean results.

Never an unexpected exception, never a half-done import: on an error the
project is exactly as it was.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kennisnet.importing.responses import ResponseImportError, import_responses
from kennisnet.importing.roster import RosterImportError, import_roster
from kennisnet.merge import merge_projects
from kennisnet.store import NominationDraft, Project, ProjectError, ResponseDraft

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KNOWN_HEADERS = [
    "Naam", "Name", "Afdeling", "Department", "Team", "Functie", "Personeelsnummer",
    "Getraind", "Trained", "E-mail", "Voornaam", "Achternaam", "In dienst",
    "Respondent", "Bron 1", "Bron 2", "Frequentie 1", "Source 1", "Kanalen", "Formele training",
]  # fmt: skip
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
CELL = st.one_of(
    st.none(),
    TEXT,
    st.sampled_from(["ja", "nee", "x", "1", "0", "", "dagelijks", "weet niet", "#REF!", "=A1"]),
    st.integers(-(10**12), 10**12).map(str),
    st.sampled_from(["Anne de Vries", "de vries, anne", "Bob", "Jan", "1001", "Çiğdem Öztürk"]),
)
RANDOM_HEADERS = st.lists(st.one_of(st.sampled_from(KNOWN_HEADERS), TEXT), min_size=1, max_size=8)
#: Files that look like the real thing (a name column first), so that many imports succeed.
LIKELY_HEADERS = st.lists(st.one_of(st.sampled_from(KNOWN_HEADERS), TEXT), max_size=5).flatmap(
    lambda rest: st.sampled_from([["Naam"], ["Respondent"], ["Name", "Bron 1"]]).map(
        lambda first: first + rest
    )
)
HEADERS = st.one_of(RANDOM_HEADERS, LIKELY_HEADERS)
NAME_CELL = st.one_of(
    st.sampled_from(["Anne de Vries", "Bob Jansen", "Jan Smit", "1003", "jan bos"]),
    st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True),
)
ROWS = st.lists(
    st.one_of(
        st.lists(CELL, max_size=9),
        st.tuples(NAME_CELL, st.lists(st.one_of(NAME_CELL, CELL), max_size=6)).map(
            lambda t: [t[0], *t[1]]
        ),
    ),
    max_size=25,
)


def write(kind: str, headers: list[str], rows: list[list[str | None]], folder: Path) -> Path:
    if kind == "xlsx":
        path = folder / "file.xlsx"
        wb = Workbook()
        ws = wb.active
        for row in [headers, *rows]:
            ws.append([_xlsx_safe(v) for v in row])
        wb.save(path)
        return path
    encoding, sep = {
        "utf8": ("utf-8", ";"),
        "bom": ("utf-8-sig", ","),
        "cp1252": ("cp1252", ";"),
        "utf16": ("utf-16", "\t"),
    }[kind]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep).writerows([headers, *rows])
    path = folder / "file.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    return path


def _xlsx_safe(value: str | None) -> str | None:
    if value is None:
        return None
    # openpyxl refuses control characters in cells: a real file cannot hold them either.
    return "".join(c for c in value if c >= " " or c in "\t\n\r")


def fresh_project(folder: Path) -> Project:
    project = Project.create(folder / "p.kennisnet", name="Fuzz")
    for i, name in enumerate(["Anne de Vries", "Bob Jansen", "Jan Smit", "Jan Bos"]):
        project.add_person(name=name, employee_number=str(1001 + i), department="Zorg")
    return project


@FUZZ
@given(
    kind=st.sampled_from(["xlsx", "utf8", "bom", "cp1252", "utf16"]),
    headers=HEADERS,
    rows=ROWS,
)
def test_roster_import_fuzz(kind: str, headers: list[str], rows: list[list[str | None]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = write(kind, headers, rows, folder)
        with fresh_project(folder) as project:
            before = project.people()
            try:
                report = import_roster(project, source)
            except RosterImportError as error:
                event("roster refused")
                assert str(error).strip()
                assert project.people() == before
            else:
                event("roster imported")
                assert report.added + report.updated + report.unchanged == len(report.plan.entries)
                assert len(project.people()) == len(before) + report.added


@FUZZ
@given(
    kind=st.sampled_from(["xlsx", "utf8", "bom", "cp1252", "utf16"]),
    headers=HEADERS,
    rows=ROWS,
)
def test_response_import_fuzz(kind: str, headers: list[str], rows: list[list[str | None]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = write(kind, headers, rows, folder)
        with fresh_project(folder) as project:
            before = project.snapshot()
            pending_before = project.pending_names()
            try:
                report = import_responses(project, source)
            except ResponseImportError as error:
                event("responses refused")
                assert str(error).strip()
                assert project.snapshot() == before
                assert project.pending_names() == pending_before
            else:
                event("responses imported")
                assert report.added + report.already_there == len(report.plan.drafts)


@FUZZ
@given(junk=st.binary(max_size=3000), suffix=st.sampled_from([".xlsx", ".csv", ".txt"]))
def test_junk_bytes_are_refused_clearly(junk: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / f"junk{suffix}"
        source.write_bytes(junk)
        with fresh_project(folder) as project:
            before = project.people()
            try:
                import_roster(project, source)
            except RosterImportError as error:
                assert str(error).strip()
            assert len(project.people()) >= len(before)


ANSWERS = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.lists(st.one_of(st.integers(0, 3), st.sampled_from(["Gerrit", "Jan", "x"])),
                 max_size=4),
        st.sampled_from(["2026-10-01T09:00:00+00:00", "2026-10-02T09:00:00+00:00"]),
    ),
    max_size=6,
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laptops=st.lists(ANSWERS, min_size=1, max_size=3))
def test_merge_fuzz(laptops: list[list[tuple[int, list[int | str], str]]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with fresh_project(folder) as main:
            main_path = main.path
            ids = [p.id for p in main.people()]
        others = []
        for number, answers in enumerate(laptops):
            other = folder / f"laptop{number}.kennisnet"
            shutil.copyfile(main_path, other)
            with Project.open(other, backup=False) as project:
                for who, sources, at in answers:
                    nominations = tuple(
                        NominationDraft(source_id=ids[s])
                        if isinstance(s, int)
                        else NominationDraft(written=s)
                        for s in sources
                        if s != who
                    )
                    project.add_response(
                        ResponseDraft(
                            respondent_id=ids[who], nominations=nominations, submitted_at=at
                        ),
                        replace=True,
                    )
            others.append(other)
        with Project.open(main_path) as main:
            try:
                merge_projects(main, others)
            except ProjectError as error:  # pragma: no cover - would be a finding
                raise AssertionError(f"merge failed: {error}") from error
            once = main.snapshot()
            again = merge_projects(main, others)
            assert again.added == 0
            assert main.snapshot() == once
            respondents = [r.respondent_id for r in once.responses]
            assert len(respondents) == len(set(respondents))
