"""One worksheet holding one Excel table: header with notes, filters, frozen header, widths.

Sheets are written in openpyxl's write-only mode (fast and light for 10,000
people), so the table's columns are declared explicitly: Excel and LibreOffice
then open the file without repairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: Characters Excel does not allow in sheet names.
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")
MAX_CELL = 32767
HEADER_FILL = "1F4E79"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    #: One-line explanation (a note on the header cell), or None.
    explain: str | None = None
    number_format: str | None = None
    #: Fixed width; None = from the contents.
    width: float | None = None


def sheet_title(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\, not blank."""
    clean = _BAD_SHEET.sub(" ", text).strip().strip("'")
    return (clean or "Sheet")[:31]


def cell_text(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_CELL:
        return value[: MAX_CELL - 1] + "…"
    return value


def text_cell(ws: Any, value: Any) -> Any:
    """A write-only cell; text is always text, never a live formula.

    openpyxl stores a string that starts with ``=`` as a formula; a name such as
    ``=HYPERLINK(…)`` would then run in Excel. Every cell of every sheet is made here.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

    if isinstance(value, Cell):
        if isinstance(value.value, str) and value.data_type == "f":
            value.data_type = "s"
        return value
    cell = WriteOnlyCell(ws, value=cell_text(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def append_row(ws: Any, values: Iterable[Any]) -> None:
    """Append one row; every text written as text (see :func:`text_cell`)."""
    ws.append([None if v is None else text_cell(ws, v) for v in values])


def _width(column: Column, rows: Sequence[Sequence[Any]], index: int) -> float:
    if column.width is not None:
        return column.width
    longest = len(column.header) + 3  # room for the filter button
    for row in rows[:300]:
        value = row[index]
        if isinstance(value, float):
            length = 8
        else:
            length = len(str(value)) if value is not None else 0
        longest = max(longest, length)
    return float(min(60, max(8, longest + 2)))


def print_setup(ws: Any, *, repeat_header: bool) -> None:
    """Print landscape, one page wide; repeat the header row on every page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if repeat_header:
        ws.print_title_rows = "1:1"


def add_table_sheet(
    wb: Any,
    title: str,
    table_name: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    *,
    freeze_columns: int = 0,
    formats: Callable[[Any, str, int], None] | None = None,
    style: str = "TableStyleMedium2",
) -> Any:
    """Add a sheet with ``rows`` as an Excel table named ``table_name``.

    ``formats(ws, table_ref, last_row)`` may add conditional formatting.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    ws = wb.create_sheet(sheet_title(title))
    for i, column in enumerate(columns):
        ws.column_dimensions[get_column_letter(i + 1)].width = _width(column, rows, i)
    ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}2"
    print_setup(ws, repeat_header=True)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(vertical="center", wrap_text=False)
    header = []
    for column in columns:
        cell = text_cell(ws, column.header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = wrap
        if column.explain:
            note = Comment(column.explain, "Kennisnet")
            note.width = 320
            note.height = 110
            cell.comment = note
        header.append(cell)
    append_row(ws, header)
    formatted = [i for i, c in enumerate(columns) if c.number_format]
    body: Iterable[Sequence[Any]] = rows if rows else [[None] * len(columns)]
    for row in body:
        values: list[Any] = [cell_text(v) for v in row]
        for i in formatted:
            if isinstance(values[i], int | float) and not isinstance(values[i], bool):
                cell = WriteOnlyCell(ws, value=values[i])
                cell.number_format = columns[i].number_format or "General"
                values[i] = cell
        append_row(ws, values)
    last_row = max(2, len(rows) + 1)
    ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    table = Table(displayName=table_name, ref=ref)
    table.tableColumns = [TableColumn(id=i + 1, name=c.header) for i, c in enumerate(columns)]
    table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True)
    from openpyxl.worksheet.filters import AutoFilter

    table.autoFilter = AutoFilter(ref=ref)
    # ``ws.add_table`` only warns that write-only tables need their columns
    # declared, which is done above; the name is unique per workbook by design.
    ws.tables.add(table)
    if formats is not None:
        formats(ws, ref, last_row)
    return ws
