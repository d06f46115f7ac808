"""Read .xlsx / .xlsm workbooks with openpyxl, fast.

openpyxl's read-only mode is fast but forgets merged cells, hidden rows and columns. So the
workbook is opened read-only (shared strings, date styles, sheet states) and each sheet's XML is
parsed once with openpyxl's own sheet parser, which collects those details on the way. A small
subclass of that parser also notes which cells hold a formula and whether Excel stored the
computed value: one pass instead of loading the workbook twice (formulas, then values).
The work stays bounded whatever the file holds (see ``xlsx_limits``): the package's
unpacked sizes are checked first, each sheet's extras are counted before it is parsed,
and the cells read and the places in the rows built are counted while reading.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kennisnet.i18n import tr
from kennisnet.tabular.assemble import (
    HEADER_SEARCH_ROWS,
    HeaderTest,
    RawRow,
    find_header,
    layout,
    too_many_rows,
)
from kennisnet.tabular.cells import cell_text
from kennisnet.tabular.csvfile import no_header
from kennisnet.tabular.sniff import damaged_workbook
from kennisnet.tabular.table import WARNING, Problem, Table, TableError
from kennisnet.tabular.xlsx_limits import Budget, check_package, check_sheet_extras
from kennisnet.tabular.xlsx_notes import Merge, SheetNotes, sheet_problems

_TRUE = ("1", "true")
_LAST_COLUMN = 16_384  # XFD


@dataclass
class Sheet:
    title: str
    rows: list[RawRow]  # non-empty rows in file order, merged ranges filled in
    notes: SheetNotes = field(default_factory=SheetNotes)


def read_xlsx(path: Path, is_header: HeaderTest | None, max_rows: int) -> Table:
    import openpyxl  # lazy: the kiosk must start fast

    check_package(path)
    with warnings.catch_warnings():
        # openpyxl warns about features it drops (data validation, styles); not our business.
        warnings.simplefilter("ignore")
        with path.open("rb") as handle:
            try:
                workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            except Exception as error:  # anything at all: the package is broken
                raise damaged_workbook() from error
            try:
                return _read_workbook(workbook, is_header, max_rows)
            except TableError:
                raise
            except Exception as error:  # broken XML or zip entries inside a sheet
                raise damaged_workbook() from error
            finally:
                workbook.close()


def _read_workbook(workbook: Any, is_header: HeaderTest | None, max_rows: int) -> Table:
    """The first visible sheet with a header row; a hidden one only when no visible one has it.

    The description says which sheet was read; a note names the other sheets with data.
    """
    problems: list[Problem] = []
    visible = [s for s in workbook.worksheets if s.sheet_state == "visible"]
    hidden = [s for s in workbook.worksheets if s.sheet_state != "visible"]
    any_data = False
    budget = Budget()
    chosen: tuple[Sheet, Any] | None = None
    others: list[str] = []
    for worksheet in [*visible, *hidden]:
        if chosen is not None and worksheet in hidden:
            break
        sheet = _parse_sheet(workbook, worksheet, max_rows, budget)
        if not sheet.rows:
            continue
        any_data = True
        if chosen is not None:
            others.append(sheet.title)
            continue
        header_index = find_header(sheet.rows, is_header)
        if header_index is None:
            others.append(sheet.title)
            continue
        chosen = (sheet, layout(sheet.rows, header_index, max_rows))
    if chosen is None:
        if not any_data:
            raise TableError(tr("The workbook contains no data; all visible sheets are empty."))
        raise no_header(tr("any sheet of the workbook"))
    sheet, shape = chosen
    read_hidden = sheet.title in {s.title for s in hidden}
    for worksheet in hidden:
        if worksheet.title != sheet.title:
            problems.append(
                Problem(
                    None,
                    None,
                    tr(
                        'Sheet "{sheet}" is hidden in Excel and was skipped.', sheet=worksheet.title
                    ),
                    WARNING,
                )
            )
    if read_hidden:
        problems.append(
            Problem(
                None,
                None,
                tr(
                    'Sheet "{sheet}" is hidden in Excel; it was read because no visible sheet '
                    "has the column names.",
                    sheet=sheet.title,
                ),
                WARNING,
            )
        )
    if others:
        problems.append(
            Problem(
                None,
                None,
                tr(
                    'The workbook has more sheets with data; sheet "{sheet}" was read, not: '
                    "{others}.",
                    sheet=sheet.title,
                    others=", ".join(f'"{title}"' for title in others),
                ),
                WARNING,
            )
        )
    problems.extend(sheet_problems(sheet.notes, shape))
    return Table(
        shape.headers,
        shape.rows,
        tuple(problems),
        tr('sheet "{sheet}"', sheet=sheet.title),
    )


def _parse_sheet(workbook: Any, worksheet: Any, max_rows: int, budget: Budget) -> Sheet:
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    inline_tag = f"{{{SHEET_MAIN_NS}}}is"
    run_tag = f"{{{SHEET_MAIN_NS}}}r"
    text_tag = f"{{{SHEET_MAIN_NS}}}t"

    class Parser(WorkSheetParser):  # type: ignore[misc]
        """Notes formulas and whether Excel stored their value; reads inline text faster."""

        def parse_row(self, row: Any) -> tuple[int, list[dict[str, Any]]]:
            budget.cell()  # a row without cells still costs time
            number, cells = super().parse_row(row)
            # openpyxl keeps every row's attributes; only "hidden" matters here.
            attrs = self.row_dimensions.pop(str(number), None)
            if attrs is not None and str(attrs.get("hidden", "")).lower() in _TRUE:
                notes.hidden_rows.add(int(number))
            return number, cells

        def parse_cell(self, element: Any) -> dict[str, Any]:
            budget.cell()
            inline = element.get("t") == "inlineStr"
            if inline:  # let openpyxl find the position only; its rich-text parsing is slow
                element.set("t", "str")
            cell: dict[str, Any] = super().parse_cell(element)
            if inline:
                cell["data_type"] = "s"
                cell["value"] = _inline_text(element.find(inline_tag), run_tag, text_tag)
            if element.find(FORMULA_TAG) is not None:
                value = element.find(VALUE_TAG)
                has_text = value is not None and bool(value.text)
                cell["formula"] = has_text or element.get("t") == "str"
            return cell

    notes = SheetNotes()
    cells_by_row: dict[int, list[str | None]] = {}
    limit = max_rows + HEADER_SEARCH_ROWS + 1
    with worksheet._get_source() as source:
        check_sheet_extras(source, worksheet.title)
    with worksheet._get_source() as source:
        parser = Parser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            texts = _row_texts(number, cells, notes, budget)
            if texts is not None:
                cells_by_row[number] = texts
                if len(cells_by_row) > limit:
                    raise too_many_rows(max_rows)
    notes.hidden_columns = _hidden_columns(parser.column_dimensions.values())
    if parser.merged_cells is not None and cells_by_row:
        extent = (max(cells_by_row), max(len(cells) for cells in cells_by_row.values()))
        for merged in parser.merged_cells.mergeCell:
            _fill_merge(merged, cells_by_row, notes, extent, budget)
    rows = [(number, cells_by_row[number]) for number in sorted(cells_by_row)]
    return Sheet(worksheet.title, [row for row in rows if any(row[1])], notes)


def _hidden_columns(columns: Any) -> set[int]:
    """The hidden columns (Excel has at most 16,384; overlapping ranges are counted once)."""
    spans = []
    for attrs in columns:
        if str(attrs.get("hidden", "")).lower() in _TRUE:
            first = max(1, int(attrs.get("min", 1)))
            spans.append((first, min(_LAST_COLUMN, max(first, int(attrs.get("max", first))))))
    hidden: set[int] = set()
    reach = 0
    for first, last in sorted(spans):
        if last > reach:
            hidden.update(range(max(first, reach + 1), last + 1))
            reach = last
    return hidden


def _row_texts(
    number: int, cells: Sequence[dict[str, Any]], notes: SheetNotes, budget: Budget
) -> list[str | None] | None:
    """Cell texts of one row (index 0 = column A), or None when the row is empty."""
    if not cells:
        return None
    width = max(cell["column"] for cell in cells)
    budget.places(width)
    texts: list[str | None] = [None] * width
    for cell in cells:
        column = cell["column"]
        value = cell["value"]
        kind = cell["data_type"]
        cached = cell.get("formula")
        if cached is not None:
            notes.formulas.append((number, column))
            if not cached:
                notes.uncomputed.append((number, column))
                continue
        if kind == "e":
            notes.errors.append((number, column, str(value)))
            continue
        texts[column - 1] = cell_text(value)
    return texts if any(texts) else None


def _inline_text(inline: Any, run_tag: str, text_tag: str) -> str | None:
    """The plain text of an inline string: its <t> and the <t> of its runs, not phonetics."""
    if inline is None:
        return None
    parts: list[str] = []
    for child in inline:
        if child.tag == text_tag:
            parts.append(child.text or "")
        elif child.tag == run_tag:
            parts.extend(part.text or "" for part in child.iter(text_tag))
    return "".join(parts)


def _fill_merge(
    merged: Any,
    cells_by_row: dict[int, list[str | None]],
    notes: SheetNotes,
    extent: tuple[int, int],
    budget: Budget,
) -> None:
    """Give every cell of a merged range its value, within the rows and columns that hold
    data (a range over the whole sheet must not become 17 billion cells)."""
    top, left, bottom, right = merged.min_row, merged.min_col, merged.max_row, merged.max_col
    first = cells_by_row.get(top)
    value = first[left - 1] if first is not None and len(first) >= left else None
    if value is None:
        return
    last_row = min(bottom, extent[0])
    last_column = min(right, extent[1])
    budget.places((last_row - top + 1) * last_column)
    for number in range(top, last_row + 1):
        cells = cells_by_row.setdefault(number, [])
        if len(cells) < last_column:
            cells.extend([None] * (last_column - len(cells)))
        for column in range(left, last_column + 1):
            cells[column - 1] = value
    notes.merges.append(Merge(top, left, bottom, right, value, merged.coord))
