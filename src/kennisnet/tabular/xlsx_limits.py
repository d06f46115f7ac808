"""Limits that keep reading a workbook bounded in memory and time, whatever is in the file.

A small xlsx can describe an enormous amount of work: a zip member that unpacks to
gigabytes, a merged range over the whole sheet (17 billion cells), a cell in column XFD
on every row, millions of merged ranges or shared strings. Each way is bounded before
or while it is read, and the file is refused with a sentence that says why:

* the package: at most ``MAX_UNPACKED`` bytes unpacked in all, ``MAX_STRINGS`` for the
  shared strings and ``MAX_PART`` for any other part that is not a sheet (zip reading
  never gives more bytes than a member's stated size, so the stated sizes are a bound);
* a sheet's XML outside its rows (merged ranges, links, validations …), which openpyxl
  builds in memory at once: at most ``MAX_EXTRAS`` elements, counted by streaming;
* the cells: at most ``MAX_CELLS`` cells read, and at most ``MAX_GRID`` places in the
  rows built from them (row widths plus what merged ranges fill in); merged ranges are
  filled in only within the rows that hold data.

The limits are far above a staff list or survey export (5,000 people × 40 columns is
200,000 cells) and keep any input file under 10 MB within 1 GB of memory and 30
seconds (``tests/tabular/test_tabular_bounds.py``, ``benchmarks/bench_hostile_files.py``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO

from kennisnet.i18n import tr
from kennisnet.tabular.table import TableError

MB = 1024 * 1024
MAX_UNPACKED = 256 * MB
MAX_STRINGS = 64 * MB
MAX_PART = 16 * MB
MAX_EXTRAS = 200_000
MAX_CELLS = 1_000_000
MAX_GRID = 10_000_000

_CHUNK = 1 * MB


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def too_large(reason: str) -> TableError:
    return TableError(
        tr(
            "Kennisnet does not read this Excel file: {reason} Copy only the table you need "
            "into a new workbook, save it and try again.",
            reason=reason,
        )
    )


def check_package(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than the limits (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # openpyxl says "damaged" in its own words
    total = 0
    for info in infos:
        name = info.filename.lower()
        total += info.file_size
        if "worksheets/" in name:
            continue
        limit = MAX_STRINGS if name.endswith("sharedstrings.xml") else MAX_PART
        if info.file_size > limit:
            raise too_large(
                tr(
                    "a part of it ({part}) unpacks to {size} MB; at most {limit} MB is read.",
                    part=info.filename,
                    size=_number(info.file_size // MB),
                    limit=_number(limit // MB),
                )
            )
    if total > MAX_UNPACKED:
        raise too_large(
            tr(
                "it unpacks to {size} MB; at most {limit} MB is read.",
                size=_number(total // MB),
                limit=_number(MAX_UNPACKED // MB),
            )
        )


def check_sheet_extras(source: IO[bytes], title: str) -> None:
    """Count the XML elements outside the sheet's rows (without building them)."""
    extras = 0
    tail = b""  # shorter than the marker: a marker found always ends in the new bytes
    seen = 0  # how often "sheetData" was seen: 0 before the rows, 1 in them, 2 after
    marker = b"sheetData"
    while True:
        chunk = source.read(_CHUNK)
        if not chunk:
            return
        data = tail + chunk
        cursor = len(tail)
        search = 0
        while seen < 2:
            found = data.find(marker, search)
            if found < 0:
                break
            if seen == 0:
                extras += data.count(b"<", cursor, max(cursor, found))
            seen += 2 if data[found + len(marker) : found + len(marker) + 1] == b"/" else 1
            search = found + len(marker)
            cursor = max(cursor, search)
        if seen != 1:
            extras += data.count(b"<", cursor)
        if extras > MAX_EXTRAS:
            raise too_large(
                tr(
                    'sheet "{sheet}" has more than {limit} merged ranges, links or other extras.',
                    sheet=title,
                    limit=_number(MAX_EXTRAS),
                )
            )
        tail = data[-(len(marker) - 1) :]


class Budget:
    """Counts the cells read and the places in the rows built, and stops at the limits."""

    def __init__(self) -> None:
        self.cells = 0
        self.grid = 0

    def cell(self) -> None:
        self.cells += 1
        if self.cells > MAX_CELLS:
            raise too_large(tr("it has more than {limit} filled cells.", limit=_number(MAX_CELLS)))

    def places(self, count: int) -> None:
        self.grid += count
        if self.grid > MAX_GRID:
            raise too_large(
                tr(
                    "its rows and merged cells span more than {limit} cells.",
                    limit=_number(MAX_GRID),
                )
            )
