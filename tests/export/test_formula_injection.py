"""No live formulas: text that starts like a formula stays text in every sheet and CSV.

A name, department, team, job title, employee number, wave or topic such as
``=HYPERLINK("https://…","Klik")`` is written as text in every workbook (also
pseudonymised) and escaped with a leading ``'`` in every CSV Kennisnet writes (OWASP).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from kennisnet.analysis import analyze
from kennisnet.cli import main
from kennisnet.export import ExportRequest, export
from kennisnet.model import Frequency, Nomination, Person, Response, SurveyData, Wave
from kennisnet.outputs import FORMULA_START, csv_cell, csv_unescape

#: What an attacker (or an unlucky HR export) may type into a name or a department.
INJECTED = (
    '=HYPERLINK("https://example.org/x","Klik")',
    "=1+1",
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1)",
    "\t=1+2",
    "\r=3+4",
    "=A1",
    '=IMPORTXML("https://example.org","//a")',
)
FIELDS = ("name", "department", "team", "role", "employee_number", "topic")


def injected_survey() -> SurveyData:
    """Every person's name, department, team, role and number start like a formula."""
    people = []
    for i, text in enumerate(INJECTED):
        people.append(
            Person(
                id=i + 1,
                uid=f"u{i}",
                name=f"{text} {i}",
                department=f"{text} afd" if i % 2 else "=Werkplaats",
                team=f"{text} team",
                role=f"{text} rol",
                employee_number=f"{text}#{i}",
                trained_hr=i == 0,
            )
        )
    responses = tuple(
        Response(
            uuid=f"r{i}",
            respondent_id=i + 1,
            wave_id=1,
            submitted_at="2026-10-05T10:00:00",
            nominations=(Nomination(1 if i else 2, Frequency.WEEKLY, topic=f"{INJECTED[i]} t"),),
        )
        for i in range(len(INJECTED))
    )
    return SurveyData(tuple(people), responses, Wave(1, "=Meting 1", "2026-10-01"))


def _sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        }


@pytest.mark.parametrize("pseudo", [False, True])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_cell_of_any_sheet_is_a_formula(tmp_path: Path, lang: str, pseudo: bool) -> None:
    data = injected_survey()
    result = analyze(data)
    path = tmp_path / "out.xlsx"
    request = ExportRequest(
        xlsx=path, lang=lang, pseudonymise=pseudo, title="=Project", on=date(2026, 11, 1)
    )
    export(result, data, request)
    sheets = _sheet_xml(path)
    assert len(sheets) >= 9
    for name, xml in sheets.items():
        assert "<f>" not in xml and "<f " not in xml, name
    book = load_workbook(path)
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    joined = "\n".join(texts)
    if pseudo:
        # Names and identifying fields are gone; the wave and department text stay text.
        assert not any(f"{text} {i}" in joined for i, text in enumerate(INJECTED))
        assert "=Meting 1" in joined
    else:
        # The injected text is really there, as text, in the cells (so this test can fail).
        for i, text in enumerate(INJECTED):
            assert f"{text} {i}" in texts or f"{text} {i}".strip() in joined, text
        for field_text in ("=Werkplaats", "=1+1 afd", "=1+1 team", "=1+1 rol", "=Project"):
            assert field_text in joined, field_text


def test_the_people_sheet_keeps_the_hyperlink_name_as_plain_text(tmp_path: Path) -> None:
    data = injected_survey()
    path = tmp_path / "out.xlsx"
    export(analyze(data), data, ExportRequest(xlsx=path, lang="en", on=date(2026, 11, 1)))
    ws = load_workbook(path)["People"]
    header = [c.value for c in ws[1]]
    names = [row[header.index("Name")] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert f"{INJECTED[0]} 0" in names
    assert not [h for row in ws.iter_rows() for h in [c.hyperlink for c in row] if h]


def _csv_cells(raw: bytes) -> list[list[str]]:
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_codes_csv_escapes_every_formula_start(tmp_path: Path) -> None:
    data = injected_survey()
    path = tmp_path / "codes.csv"
    export(analyze(data), data, ExportRequest(codes=path, lang="nl", on=date(2026, 11, 1)))
    rows = _csv_cells(path.read_bytes())
    cells = [cell for row in rows[1:] for cell in row]
    assert len(rows) == len(INJECTED) + 1
    for cell in cells:
        assert not cell.startswith(FORMULA_START), repr(cell)
    for i, text in enumerate(INJECTED):
        assert "'" + f"{text} {i}" in cells
        assert "'" + f"{text}#{i}" in cells


def test_csv_cell_follows_owasp_and_reads_back() -> None:
    for text in INJECTED:
        escaped = csv_cell(text)
        assert isinstance(escaped, str) and escaped == "'" + text
        assert csv_unescape(escaped) == text
    for harmless in ("Anne de Vries", "O'Brien", "'quoted", "", "a=b", "1-2"):
        assert csv_cell(harmless) == harmless
        assert csv_unescape(harmless) == harmless
    assert csv_cell(-3) == -3  # numbers stay numbers
    assert re.fullmatch(r"'=.*", str(csv_cell("=x")))


def test_import_report_and_decisions_sheet_escape_and_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "staff.csv"
    roster.write_text("Naam;Afdeling\nAnne de Vries;Zorg\nBob Jansen;Zorg\n", encoding="utf-8")
    project = tmp_path / "p.kennisnet"
    assert main(["new", str(project), "--roster", str(roster)]) == 0
    answers = tmp_path / "answers.csv"
    answers.write_text(
        'Respondent;Bron 1;Frequentie 1\nBob Jansen;=HYPERLINK("x","Klik");=1+1\n'
        "Anne de Vries;@Bob;wekelijks\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.csv"
    # A failed import still writes its report (and only the report).
    assert main(["import", str(project), str(answers), "--report", str(report)]) == 1
    cells = [c for row in _csv_cells(report.read_bytes()) for c in row]
    assert any('"=1+1" is not a frequency' in c for c in cells)
    answers.write_text(answers.read_text(encoding="utf-8").replace("=1+1", "dagelijks"))
    assert main(["import", str(project), str(answers), "--report", str(report)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(project), str(answers), "--report", str(report), "--force"]) == 0
    sheet = tmp_path / "decisions.csv"
    assert main(["resolve", str(project), "--write", str(sheet)]) == 0
    capsys.readouterr()
    for path in (report, sheet):
        cells = [c for row in _csv_cells(path.read_bytes()) for c in row]
        assert cells, path
        assert not [c for c in cells if c.startswith(FORMULA_START)], path
    written = [row[0] for row in _csv_cells(sheet.read_bytes())[1:]]
    assert "'" + '=HYPERLINK("x","Klik")' in written and "'@Bob" in written
    # The sheet filled in and read back: the escaped name is the name that was written.
    rows = _csv_cells(sheet.read_bytes())
    for row in rows[1:]:
        row[3] = "extern"
    with sheet.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    assert main(["resolve", str(project), "--file", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "2 decisions applied" in out
    assert main(["resolve", str(project)]) == 0
    assert "no names left" in capsys.readouterr().out


# -- fuzzing: any text at all, written and read back ----------------------------------------

FUZZ_EXAMPLES = 150
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=40,
)
_CELL = st.one_of(
    _TEXT,
    st.builds(lambda start, rest: start + rest, st.sampled_from(FORMULA_START), _TEXT),
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(_CELL, min_size=1, max_size=6))
def test_fuzz_any_text_is_a_text_cell_and_an_escaped_csv_cell(values: list[str]) -> None:
    from openpyxl import Workbook

    from kennisnet.export.xlsx_table import Column, add_table_sheet

    wb = Workbook(write_only=True)
    columns = [Column(f"K{i}") for i in range(len(values))]
    add_table_sheet(wb, "Fuzz", "Fuzz", columns, [values])
    out = io.BytesIO()
    wb.save(out)
    ws = load_workbook(io.BytesIO(out.getvalue()))["Fuzz"]
    row = next(iter(ws.iter_rows(min_row=2, max_row=2)))
    for cell, value in zip(row, values, strict=True):
        assert cell.data_type != "f"
        # Excel's XML keeps a carriage return as a line break: compare with that in mind.
        assert (cell.value or "").replace("\r", "\n") == value.replace("\r", "\n")
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerow([csv_cell(v) for v in values])
    back = next(csv.reader(io.StringIO(text.getvalue(), newline=""), delimiter=";"))
    for cell_text, value in zip(back, values, strict=True):
        assert not cell_text.startswith(FORMULA_START)
        assert csv_unescape(cell_text) == value


@pytest.mark.parametrize("kind", ["kumu", "polinode"])
def test_the_network_workbooks_hold_no_formula(tmp_path: Path, kind: str) -> None:
    data = injected_survey()
    path = tmp_path / f"{kind}.xlsx"
    request = ExportRequest(lang="nl", title="=Project", on=date(2026, 11, 1), **{kind: path})
    export(analyze(data), data, request)
    for name, xml in _sheet_xml(path).items():
        assert "<f>" not in xml and "<f " not in xml, name
    book = load_workbook(path)
    texts = [
        cell.value
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    # The injected names are really there, as text (so this test can fail).
    for i, text in enumerate(INJECTED):
        assert f"{text} {i}".strip() in "\n".join(texts), text
    assert "=Werkplaats" in texts


def test_a_control_character_in_a_name_does_not_stop_the_workbook(tmp_path: Path) -> None:
    """Excel refuses control characters; the Kumu/Polinode workbooks already replaced
    them, every other sheet raised (a name with a stray vertical tab from a CSV)."""
    import openpyxl

    from kennisnet.export.xlsx_table import append_row

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("People")
    append_row(ws, ["Anna\x0bBos", "=cmd\x01"])
    wb.save(tmp_path / "w.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "w.xlsx")["People"].iter_rows(values_only=True))
    assert row == ("Anna\ufffdBos", "=cmd\ufffd")
