"""Read .xlsx / .xlsm workbooks with openpyxl, fast.

openpyxl's read-only mode is fast but forgets merged cells, hidden rows and columns. So the
workbook is opened read-only (shared strings, date styles, sheet states) and each sheet's XML is
parsed once with openpyxl's own sheet parser, which collects those details on the way. A small
subclass of that parser also notes which cells hold a formula and whether Excel stored the
computed value: one pass instead of loading the workbook twice (formulas, then values).
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
from kennisnet.tabular.xlsx_notes import Merge, SheetNotes, sheet_problems

_TRUE = ("1", "true")


@dataclass
class Sheet:
    title: str
    rows: list[RawRow]  # non-empty rows in file order, merged ranges filled in
    notes: SheetNotes = field(default_factory=SheetNotes)


def read_xlsx(path: Path, is_header: HeaderTest | None, max_rows: int) -> Table:
    import openpyxl  # lazy: the kiosk must start fast

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
    chosen: tuple[Sheet, Any] | None = None
    others: list[str] = []
    for worksheet in [*visible, *hidden]:
        if chosen is not None and worksheet in hidden:
            break
        sheet = _parse_sheet(workbook, worksheet, max_rows)
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


def _parse_sheet(workbook: Any, worksheet: Any, max_rows: int) -> Sheet:
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    inline_tag = f"{{{SHEET_MAIN_NS}}}is"
    run_tag = f"{{{SHEET_MAIN_NS}}}r"
    text_tag = f"{{{SHEET_MAIN_NS}}}t"

    class Parser(WorkSheetParser):  # type: ignore[misc]
        """Notes formulas and whether Excel stored their value; reads inline text faster."""

        def parse_cell(self, element: Any) -> dict[str, Any]:
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
        parser = Parser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            texts = _row_texts(number, cells, notes)
            if texts is not None:
                cells_by_row[number] = texts
                if len(cells_by_row) > limit:
                    raise too_many_rows(max_rows)
    notes.hidden_rows = {
        int(number)
        for number, attrs in parser.row_dimensions.items()
        if str(attrs.get("hidden", "")).lower() in _TRUE
    }
    for attrs in parser.column_dimensions.values():
        if str(attrs.get("hidden", "")).lower() in _TRUE:
            first = int(attrs.get("min", 1))
            notes.hidden_columns.update(range(first, int(attrs.get("max", first)) + 1))
    if parser.merged_cells is not None:
        for merged in parser.merged_cells.mergeCell:
            _fill_merge(merged, cells_by_row, notes)
    rows = [(number, cells_by_row[number]) for number in sorted(cells_by_row)]
    return Sheet(worksheet.title, [row for row in rows if any(row[1])], notes)


def _row_texts(
    number: int, cells: Sequence[dict[str, Any]], notes: SheetNotes
) -> list[str | None] | None:
    """Cell texts of one row (index 0 = column A), or None when the row is empty."""
    if not cells:
        return None
    texts: list[str | None] = [None] * max(cell["column"] for cell in cells)
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


def _fill_merge(merged: Any, cells_by_row: dict[int, list[str | None]], notes: SheetNotes) -> None:
    top, left, bottom, right = merged.min_row, merged.min_col, merged.max_row, merged.max_col
    first = cells_by_row.get(top)
    value = first[left - 1] if first is not None and len(first) >= left else None
    if value is None:
        return
    for number in range(top, bottom + 1):
        cells = cells_by_row.setdefault(number, [])
        if len(cells) < right:
            cells.extend([None] * (right - len(cells)))
        for column in range(left, right + 1):
            cells[column - 1] = value
    notes.merges.append(Merge(top, left, bottom, right, value, merged.coord))
