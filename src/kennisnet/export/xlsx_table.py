"""One worksheet holding one Excel table: header with notes, filters, frozen header, widths.

Sheets are written in openpyxl's write-only mode (fast and light for 10,000
people), so the table's columns are declared explicitly: Excel and LibreOffice
then open the file without repairs.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kennisnet.export.xlsx_print import PrintLayout, table_print

#: Characters Excel does not allow in sheet names.
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")
MAX_CELL = 32767
HEADER_FILL = "1F4E79"
#: Widest column from its contents (characters); headers wrap instead of widening.
MAX_WIDTH = 40
#: Widest wrapped column without a width of its own (a figure or "hidden (…)").
MAX_WRAPPED = 14
#: Height of one line of 11 pt text (points), and the tallest row Excel allows.
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    #: One-line explanation (a note on the header cell), or None.
    explain: str | None = None
    number_format: str | None = None
    #: Fixed width; None = from the contents (at most :data:`MAX_WIDTH`).
    width: float | None = None
    #: Long text: wrapped in the cells, rows as tall as their text (up to a limit).
    wrap: bool = False


def sheet_title(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\, not blank."""
    clean = _BAD_SHEET.sub(" ", text).strip().strip("'")
    return (clean or "Sheet")[:31]


def cell_text(value: Any) -> Any:
    """Text a cell can hold: control characters Excel refuses (openpyxl raises on them)
    become "�", and a text longer than a cell allows is cut."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if len(value) > MAX_CELL:
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
    """Room for the contents (first 300 rows) and the longest word of the wrapped header."""
    if column.width is not None:
        return column.width
    words = column.header.split() or [""]
    # The header wraps, in at most about three lines.
    longest = max(max(len(w) for w in words), math.ceil(len(column.header) / 3)) + 2
    for row in rows[:300]:
        value = row[index]
        if isinstance(value, float):
            length = 6
        else:
            length = len(str(value)) if value is not None else 0
        longest = max(longest, length)
    return float(min(MAX_WRAPPED if column.wrap else MAX_WIDTH, max(7, longest + 1)))


def lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    room = max(1, int(width) - 1)
    count = 0
    for paragraph in str(text).splitlines() or [""]:
        count += len(textwrap.wrap(paragraph, room, break_long_words=True)) or 1
    return count


def row_height(values: Sequence[Any], widths: Sequence[float], wrapped: Sequence[int]) -> float:
    tallest = max(
        (lines(values[i], widths[i]) for i in wrapped if values[i] is not None), default=1
    )
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * tallest)


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
    layout: PrintLayout | None = None,
) -> Any:
    """Add a sheet with ``rows`` as an Excel table named ``table_name``.

    ``formats(ws, table_ref, last_row)`` may add conditional formatting;
    ``layout`` says how it prints (default: landscape, split into bands when wide).
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    ws = wb.create_sheet(sheet_title(title))
    widths = [_width(column, rows, i) for i, column in enumerate(columns)]
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}2"
    last_row = max(2, len(rows) + 1)
    table_print(ws, widths, layout or PrintLayout(title_columns=freeze_columns), last_row)
    header_font = Font(name="Calibri", bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(vertical="top", wrap_text=True)
    wrapped = [i for i, c in enumerate(columns) if c.wrap]
    # Write-only rows get no automatic height: the header as tall as its longest
    # wrapped title (the filter button takes about 3 characters of the width).
    header_lines = max(lines(c.header, w - 2) for c, w in zip(columns, widths, strict=True))
    ws.row_dimensions[1].height = LINE_HEIGHT * header_lines
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
    top = Alignment(vertical="top")
    formatted = [i for i, c in enumerate(columns) if c.number_format]
    body: Iterable[Sequence[Any]] = rows if rows else [[None] * len(columns)]
    for number, row in enumerate(body, start=2):
        values: list[Any] = [cell_text(v) for v in row]
        height = row_height(values, widths, wrapped) if wrapped else LINE_HEIGHT
        # Figures keep their format in a wrapped column too (a share read 0.8333…).
        for i in formatted:
            if isinstance(values[i], int | float) and not isinstance(values[i], bool):
                cell = WriteOnlyCell(ws, value=values[i])
                cell.number_format = columns[i].number_format or "General"
                values[i] = cell
        if wrapped:
            ws.row_dimensions[number].height = height
            for i in wrapped:
                if values[i] is not None:
                    cell = text_cell(ws, values[i])
                    cell.alignment = wrap
                    values[i] = cell
            if height > LINE_HEIGHT:
                # A tall row: every cell at the top, so a row reads as one line of
                # figures (Excel puts the others at the bottom).
                for i, value in enumerate(values):
                    if i not in wrapped and value is not None:
                        cell = text_cell(ws, value)
                        cell.alignment = top
                        values[i] = cell
        append_row(ws, values)
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
