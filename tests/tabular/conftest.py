"""Fixtures that build test files in tmp_path (no binary fixtures are committed)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import openpyxl
import pytest

XlsxWriter = Callable[..., Path]
SheetXml = Callable[[Path, str], str]


@pytest.fixture
def make_xlsx(tmp_path: Path) -> XlsxWriter:
    """Write a workbook with openpyxl: ``make_xlsx({"Sheet": [[...], ...]}, name=..., setup=f)``.

    ``setup(workbook)`` may merge cells, hide rows and so on before saving.
    """

    def write(
        sheets: Mapping[str, list[list[Any]]],
        name: str = "book.xlsx",
        setup: Callable[[Any], None] | None = None,
    ) -> Path:
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        if setup is not None:
            setup(workbook)
        path = tmp_path / name
        workbook.save(path)
        return path

    return write


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{sheets}
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="xl/workbook.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Style 1 is a date format (14 = d/m/yyyy), as Excel writes for a date cell.
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {_NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


@pytest.fixture
def raw_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """Write an xlsx the way Excel does (shared strings), from hand-written sheet XML.

    ``raw_xlsx([("Blad1", "visible", "<sheetData>…</sheetData>")], strings=["Naam", …])``
    """

    def write(
        sheets: list[tuple[str, str, str]], strings: list[str], name: str = "raw.xlsx"
    ) -> Path:
        path = tmp_path / name
        entries = "".join(
            f'<sheet name="{title}" sheetId="{n}" state="{state}" r:id="rId{n}"/>'
            for n, (title, state, _xml) in enumerate(sheets, start=1)
        )
        rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, len(sheets) + 1)
        )
        n_strings = len(sheets) + 1
        rels += (
            f'<Relationship Id="rId{n_strings}" Type="{_REL}/sharedStrings" '
            f'Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId{n_strings + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        )
        shared = "".join(f"<si><t>{text}</t></si>" for text in strings)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            types = "".join(_SHEET_TYPE.format(n=n) for n in range(1, len(sheets) + 1))
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(sheets=types))
            archive.writestr("_rels/.rels", _ROOT_RELS)
            archive.writestr(
                "xl/workbook.xml",
                f"<workbook {_NS} {_REL_NS}><sheets>{entries}</sheets></workbook>",
            )
            archive.writestr(
                "xl/_rels/workbook.xml.rels",
                f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships">{rels}</Relationships>',
            )
            archive.writestr(
                "xl/sharedStrings.xml", f'<sst {_NS} count="{len(strings)}">{shared}</sst>'
            )
            archive.writestr("xl/styles.xml", _STYLES)
            for n, (_title, _state, xml) in enumerate(sheets, start=1):
                archive.writestr(
                    f"xl/worksheets/sheet{n}.xml", f"<worksheet {_NS}>{xml}</worksheet>"
                )
        return path

    return write
