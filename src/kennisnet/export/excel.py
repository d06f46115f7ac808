"""The Excel workbook for the HR file and management (openpyxl, write-only).

Sheets (names and headers in Dutch or English): Summary, People, Ties,
Clusters, Gatekeepers, Training advice, Channels, Response, Network (the
picture) and — only when names are shown — Personal codes. Every data sheet is
one Excel table with filters, a frozen header, widths from the contents and a
note with a one-line explanation on each header. See docs/exports.md.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kennisnet import APP_NAME
from kennisnet.analysis import AnalysisResult, summary_text
from kennisnet.export.excel_book import (
    IDENTIFYING,
    PEOPLE_COLUMNS,
    SHEETS,
    SUMMARY_TOP,
    Book,
    Rate,
)
from kennisnet.export.excel_groups import channels_sheet, clusters_sheet, response_sheet
from kennisnet.export.excel_people import (
    advice_sheet,
    codes_sheet,
    gatekeepers_sheet,
    people_sheet,
    ties_sheet,
)
from kennisnet.export.excel_ranking import ranked_holders_sheet
from kennisnet.export.pseudonym import Naming
from kennisnet.export.xlsx_print import fit_page, header_footer
from kennisnet.export.xlsx_table import append_row, text_cell
from kennisnet.i18n import tr

__all__ = ["IDENTIFYING", "PEOPLE_COLUMNS", "SHEETS", "write_workbook"]


def _summary_sheet(wb: Any, book: Book, title: str, facts: Sequence[tuple[str, Any]]) -> None:
    _tr = book.t
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(book.sheet("summary"))
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 95
    ws.sheet_view.showGridLines = False
    fit_page(ws, "landscape")
    rows = [0]

    def append(cells: list[Any], height: float | None = None) -> None:
        rows[0] += 1
        if height is None:
            # Wrapped text: room for every line (write-only sheets get no automatic height).
            lines = max(
                (
                    math.ceil(len(str(c.value)) / (32 if i == 0 else 90))
                    for i, c in enumerate(cells)
                    if c is not None and c.value is not None
                ),
                default=1,
            )
            height = 15.0 * max(1, lines)
        ws.row_dimensions[rows[0]].height = height
        append_row(ws, cells)

    def styled(value: Any, **style: Any) -> Any:
        cell = text_cell(ws, value)
        for key, v in style.items():
            setattr(cell, key, v)
        return cell

    top = Alignment(vertical="top", wrap_text=True)
    append([styled(title, font=Font(name="Calibri", bold=True, size=16, color="1F4E79"))], 26)
    append([], 8)
    left = Alignment(vertical="top", horizontal="left", wrap_text=True)
    for label, value in facts:
        cell = styled(value, alignment=left)
        if isinstance(value, Rate):
            cell.number_format = value.number_format
        append([styled(label, font=Font(name="Calibri", bold=True), alignment=top), cell])
    append([], 8)
    append([styled(_tr("What the analysis found"), font=Font(name="Calibri", bold=True, size=13))])
    # The top of each list only: the whole lists are on the other sheets.
    for line in summary_text(book.result, book.lang, top=SUMMARY_TOP).splitlines()[1:]:
        append([None, styled(line.strip() or None, alignment=top)])
    append([], 8)
    append([styled(_tr("Explanation of terms"), font=Font(name="Calibri", bold=True, size=13))])
    for f, header in PEOPLE_COLUMNS:
        if book.naming.pseudonymised and f in IDENTIFYING:
            continue
        label = book.person_header() if f == "name" else _tr(header)
        append(
            [
                styled(label, font=Font(name="Calibri", bold=True), alignment=top),
                styled(book.explain(f), alignment=top),
            ]
        )
    append([], 8)
    note = (
        _tr("Names are replaced by codes. Figures about groups of fewer than 5 people are hidden.")
        if book.naming.pseudonymised
        else _tr(
            "This workbook contains names: keep it confidential (it is not anonymous). "
            "Share the pseudonymised export when names are not needed."
        )
    )
    append(
        [styled(_tr("Privacy"), font=Font(name="Calibri", bold=True)), styled(note, alignment=top)]
    )


def _picture_sheet(wb: Any, book: Book, png: bytes) -> None:
    _tr = book.t
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Font

    ws = wb.create_sheet(book.sheet("network"))
    ws.sheet_view.showGridLines = False
    # The whole picture on one landscape page: 1280 x 720 pixels from A3 cover about
    # 20 default columns (64 px) and 36 rows (20 px).
    fit_page(ws, "landscape", tall=True)
    ws.print_area = "A1:U39"
    cell = text_cell(ws, _tr("The knowledge network (the same picture as the PNG)"))
    cell.font = Font(name="Calibri", bold=True, size=13)
    append_row(ws, [cell])
    image = Image(io.BytesIO(png))
    image.width, image.height = 1280, 720
    ws.add_image(image, "A3")


def write_workbook(
    path: Path,
    result: AnalysisResult,
    naming: Naming,
    lang: str,
    *,
    title: str,
    facts: Sequence[tuple[str, Any]],
    png: bytes | None,
    step: Callable[[float], None] | None = None,
    extra: Sequence[Callable[[Any, Book], None]] = (),
) -> None:
    """Write the workbook to ``path`` (via a temporary file)."""
    from openpyxl import Workbook

    from kennisnet.export.image import write_bytes

    wb = Workbook(write_only=True)
    book = Book(result, naming, lang)
    safe_title = naming.scrub(title) if naming.pseudonymised else title
    wb.properties.creator = APP_NAME
    wb.properties.lastModifiedBy = APP_NAME
    wb.properties.title = safe_title
    _summary_sheet(wb, book, safe_title, facts)
    parts: list[Callable[[Any, Book], None]] = [
        people_sheet,
        ties_sheet,
        clusters_sheet,
        gatekeepers_sheet,
        advice_sheet,
        channels_sheet,
        response_sheet,
    ]
    if result.department_holders:  # big projects (kennisnet.analysis.ranking)
        parts.insert(1, ranked_holders_sheet)
    if not naming.pseudonymised:
        parts.append(codes_sheet)
    for i, part in enumerate(parts):
        part(wb, book)
        if step is not None:
            step((i + 1) / (len(parts) + 2))
    for part in extra:  # the Plan and Indicators sheets (export.excel_plan)
        part(wb, book)
    if png is not None:
        _picture_sheet(wb, book, png)
    page_of = tr("Page {page} of {pages}", lang=lang)
    for ws in wb.worksheets:
        header_footer(ws, safe_title, page_of)
    out = io.BytesIO()
    wb.save(out)
    write_bytes(path, out.getvalue())
