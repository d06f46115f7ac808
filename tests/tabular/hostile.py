"""Hostile input files, made on the spot: each is small (at most 10 MB) but describes a
huge amount of work. Used by ``test_tabular_bounds.py`` and ``benchmarks/bench_hostile_files.py``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'


def _column(number: int) -> str:
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _table_rows(count: int = 6) -> str:
    rows = ['<row r="1">' + _text("A1", "Naam") + _text("B1", "Afdeling") + "</row>"]
    for n in range(2, count + 2):
        rows.append(f'<row r="{n}">' + _text(f"A{n}", f"Persoon {n}") + _text(f"B{n}", "Zorg"))
        rows[-1] += "</row>"
    return "".join(rows)


Chunks = Callable[[], Iterator[str]]


def _workbook(path: Path, sheet: Chunks, extra: dict[str, Chunks] | None = None) -> Path:
    """A real workbook (made by openpyxl) with its sheet XML (and other parts) replaced."""
    base = path.with_suffix(".base.xlsx")
    book = openpyxl.Workbook()
    book.active["A1"] = "Naam"
    book.save(base)
    replace = {SHEET: sheet, **(extra or {})}
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            make = replace.pop(info.filename, None)
            with target.open(_deflated(info.filename), "w", force_zip64=True) as out:
                if make is None:
                    out.write(source.read(info.filename))
                else:
                    for chunk in make():
                        out.write(chunk.encode("utf-8"))
        for name, make in replace.items():
            with target.open(_deflated(name), "w", force_zip64=True) as out:
                for chunk in make():
                    out.write(chunk.encode("utf-8"))
    base.unlink()
    return path


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = 9  # type: ignore[attr-defined]
    return info


def _sheet(rows: Callable[[], Iterator[str]], after: str = "", before: str = "") -> Chunks:
    def chunks() -> Iterator[str]:
        yield _HEAD + before + "<sheetData>"
        yield from rows()
        yield "</sheetData>" + after + "</worksheet>"

    return chunks


def _once(text: str) -> Callable[[], Iterator[str]]:
    return lambda: iter([text])


def _repeat(text: str, times: int, block: int = 10_000) -> Iterator[str]:
    for start in range(0, times, block):
        yield text * min(block, times - start)


# -- the files ---------------------------------------------------------------------------


def merged_whole_sheet(folder: Path) -> Path:
    """The reported file: a few rows and one merged range over the whole sheet."""
    merge = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    return _workbook(folder / "merged-whole-sheet.xlsx", _sheet(_once(_table_rows()), merge))


def merged_column_down(folder: Path) -> Path:
    """A department merged down column B to the last row of the sheet: fine to read."""
    merge = '<mergeCells count="1"><mergeCell ref="B2:B1048576"/></mergeCells>'
    return _workbook(folder / "merged-column.xlsx", _sheet(_once(_table_rows()), merge))


def huge_dimension(folder: Path) -> Path:
    """A sheet that claims to span A1:XFD1048576 but holds a few rows: fine to read."""
    before = '<dimension ref="A1:XFD1048576"/>'
    return _workbook(folder / "huge-dimension.xlsx", _sheet(_once(_table_rows()), before=before))


def far_column_every_row(folder: Path) -> Path:
    """Every row has a cell in column XFD (16,384 places per row)."""

    def rows() -> Iterator[str]:
        yield _table_rows(1)
        for n in range(3, 150_003):
            yield f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="XFD{n}"><v>1</v></c></row>'

    return _workbook(folder / "far-column.xlsx", _sheet(rows))


def many_cells(folder: Path) -> Path:
    """Over the cell limit: 60,000 rows of 20 numbers (rows and cells without a reference,
    which Excel allows: they follow on)."""
    row = "<row>" + "<c><v>7</v></c>" * 20 + "</row>"
    return _workbook(
        folder / "many-cells.xlsx",
        _sheet(lambda: iter([_table_rows(1), *_repeat(row, 60_000, block=1000)])),
    )


def many_empty_rows(folder: Path) -> Path:
    """Three million empty row elements (no row number, so none overwrites another)."""
    return _workbook(
        folder / "many-empty-rows.xlsx",
        _sheet(lambda: iter([_table_rows(), *_repeat('<row hidden="1"/>', 3_000_000)])),
    )


def many_merges(folder: Path) -> Path:
    """Half a million merged ranges (openpyxl builds them all in memory)."""

    def after() -> Iterator[str]:
        yield '<mergeCells count="500000">'
        yield from _repeat('<mergeCell ref="C1:D2"/>', 500_000)
        yield "</mergeCells>"

    def sheet() -> Iterator[str]:
        yield _HEAD + "<sheetData>" + _table_rows() + "</sheetData>"
        yield from after()
        yield "</worksheet>"

    return _workbook(folder / "many-merges.xlsx", sheet)


def shared_strings_bomb(folder: Path) -> Path:
    """A shared-strings part that unpacks to 100 MB of tiny strings."""

    def strings() -> Iterator[str]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
        yield from _repeat("<si><t>x</t></si>", 6_000_000)
        yield "</sst>"

    return _workbook(
        folder / "shared-strings.xlsx",
        _sheet(_once(_table_rows())),
        {"xl/sharedStrings.xml": strings},
    )


def zip_bomb(folder: Path) -> Path:
    """A sheet that unpacks to 400 MB (spaces between the rows)."""

    def rows() -> Iterator[str]:
        yield _table_rows()
        yield from _repeat(" " * 1000, 400_000, block=1000)

    return _workbook(folder / "zip-bomb.xlsx", _sheet(rows))


def big_but_fine(folder: Path) -> Path:
    """A large real survey export: 5,000 people × 40 columns. It must be read."""

    def rows() -> Iterator[str]:
        letters = [_column(c) for c in range(1, 41)]
        yield '<row r="1">' + "".join(_text(f"{x}1", f"Kolom {x}") for x in letters) + "</row>"
        for n in range(2, 5_002):
            cells = "".join(_text(f"{x}{n}", f"waarde {n} {x}") for x in letters)
            yield f'<row r="{n}">{cells}</row>'

    return _workbook(folder / "big-but-fine.xlsx", _sheet(rows))


def csv_wide_row(folder: Path) -> Path:
    """One line of ten million separators."""
    path = folder / "wide-row.csv"
    path.write_text("Naam;Afdeling\n" + ";" * 10_000_000 + "\n", encoding="utf-8")
    return path


def csv_tiny_cells(folder: Path) -> Path:
    """Three million two-letter cells (10 MB)."""
    path = folder / "tiny-cells.csv"
    line = ";".join(["ab"] * 30) + "\n"
    path.write_text("Naam;Afdeling\n" + line * 110_000, encoding="utf-8")
    return path


def csv_one_long_cell(folder: Path) -> Path:
    """A quoted cell of 9 MB."""
    path = folder / "long-cell.csv"
    path.write_text('Naam;Afdeling\n"' + "x" * 9_000_000 + '";Zorg\n', encoding="utf-8")
    return path


def csv_many_lines(folder: Path) -> Path:
    """Ten million empty lines after a header."""
    path = folder / "many-lines.csv"
    path.write_text("Naam;Afdeling\nAnne;Zorg\n" + "\n" * 10_000_000, encoding="utf-8")
    return path


#: name -> (maker, "read" or "refused")
FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "merged-whole-sheet": (merged_whole_sheet, "read"),
    "merged-column": (merged_column_down, "read"),
    "huge-dimension": (huge_dimension, "read"),
    "far-column": (far_column_every_row, "refused"),
    "many-cells": (many_cells, "refused"),
    "many-empty-rows": (many_empty_rows, "refused"),
    "many-merges": (many_merges, "refused"),
    "shared-strings": (shared_strings_bomb, "refused"),
    "zip-bomb": (zip_bomb, "refused"),
    "big-but-fine": (big_but_fine, "read"),
    "csv-wide-row": (csv_wide_row, "refused"),
    "csv-tiny-cells": (csv_tiny_cells, "refused"),
    "csv-long-cell": (csv_one_long_cell, "refused"),
    "csv-many-lines": (csv_many_lines, "read"),
}
