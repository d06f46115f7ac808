"""Read CSV / text files: guess the encoding and the separator, then parse with ``csv``."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections import Counter

from kennisnet.i18n import tr
from kennisnet.tabular.assemble import (
    HEADER_SEARCH_ROWS,
    HeaderTest,
    RawRow,
    find_header,
    layout,
    too_many_rows,
)
from kennisnet.tabular.table import WARNING, NoHeaderRow, Problem, Table, TableError
from kennisnet.tabular.xlsx_limits import MAX_CELLS

MAX_COLUMNS = 16_384  # as many as Excel has
SEPARATORS = (";", ",", "\t")  # ';' first: Dutch Excel writes it
_SAMPLE_LINES = 50


def junk() -> TableError:
    return TableError(
        tr(
            "This file does not contain readable text, so it is not a CSV file. "
            "Choose the Excel file (.xlsx) or CSV file with the data."
        )
    )


def decode(data: bytes) -> tuple[str, str, list[Problem]]:
    """Return (text, encoding name for people, warnings)."""
    problems: list[Problem] = []
    if data.startswith(codecs.BOM_UTF8):
        text, replaced = _decode(data[len(codecs.BOM_UTF8) :], "utf-8")
        encoding = "UTF-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, replaced = _decode(data, "utf-16")
        encoding = "UTF-16"
    elif _looks_like_utf16_le(data):
        text, replaced = _decode(data, "utf-16-le")
        encoding = "UTF-16"
    else:
        if b"\x00" in data:
            raise junk()
        try:
            text, replaced = data.decode("utf-8"), False
            encoding = "UTF-8"
        except UnicodeDecodeError:
            text, replaced = _decode(data, "cp1252")
            encoding = "Windows-1252"
            problems.append(
                Problem(
                    None,
                    None,
                    tr(
                        "The file is not saved as UTF-8, so it was read as Windows-1252. "
                        "Check that letters such as é and ë look right."
                    ),
                    WARNING,
                )
            )
    if _is_junk(text):
        raise junk()
    if replaced:
        problems.append(
            Problem(
                None,
                None,
                tr('Some characters in the file could not be read; they were replaced by "�".'),
                WARNING,
            )
        )
    return text, encoding, problems


def _decode(data: bytes, encoding: str) -> tuple[str, bool]:
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace"), True


def _looks_like_utf16_le(data: bytes) -> bool:
    """UTF-16 without a byte order mark: every second byte of plain text is zero."""
    head = data[:400]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return False
    return all(b == 0 for b in head[1::2]) and all(b != 0 for b in head[0::2])


def _is_junk(text: str) -> bool:
    sample = text[:100_000]
    if not sample:
        return False
    control = sum(
        1 for ch in sample if ch not in "\t\r\n\f" and unicodedata.category(ch) in ("Cc", "Cs")
    )
    replaced = sample.count("\ufffd")
    return control > len(sample) / 100 or replaced > len(sample) / 10


def _split_sep_hint(text: str) -> tuple[str, str | None]:
    """Excel understands a first line 'sep=;' naming the separator."""
    first, _, rest = text.partition("\n")
    stripped = first.strip().strip('"')
    if stripped.lower().startswith("sep=") and len(stripped) == 5:
        return rest, stripped[4]
    return text, None


def detect_separator(text: str, is_header: HeaderTest | None) -> str:
    """The separator that splits the first lines most consistently into several columns.

    A separator under which ``is_header`` recognises a header row wins.
    """
    lines = [line for line in text.splitlines()[: _SAMPLE_LINES * 2] if line.strip()]
    sample = "\n".join(lines[:_SAMPLE_LINES])
    best: tuple[bool, int, int, int] | None = None
    best_sep = ","
    for rank, sep in enumerate(SEPARATORS):
        try:
            records = [r for r in csv.reader(io.StringIO(sample), delimiter=sep) if any(r)]
        except csv.Error:
            continue
        counts = Counter(len(r) for r in records if len(r) > 1)
        if not counts:
            continue
        width, often = max(counts.items(), key=lambda item: (item[1], item[0]))
        has_header = False
        if is_header is not None:
            raw: list[RawRow] = [(i, [c.strip() or None for c in r]) for i, r in enumerate(records)]
            has_header = find_header(raw, is_header) is not None
        score = (has_header, often, width, -rank)
        if best is None or score > best:
            best, best_sep = score, sep
    return best_sep


def read_csv(data: bytes, is_header: HeaderTest | None, max_rows: int) -> Table:
    text, encoding, problems = decode(data)
    text, hinted = _split_sep_hint(text)
    offset = 1 if hinted is not None else 0
    separator = hinted or detect_separator(text, is_header)
    rows: list[RawRow] = []
    limit = max_rows + HEADER_SEARCH_ROWS + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    number = offset
    last: list[str] = []
    cells_read = 0
    try:
        for number, record in enumerate(reader, start=offset + 1):
            # Bounded work whatever the file holds: a row of a million separators, or
            # millions of tiny cells, is refused before it fills the memory.
            cells_read += len(record)
            if len(record) > MAX_COLUMNS or cells_read > MAX_CELLS:
                raise too_many_cells(number, len(record) > MAX_COLUMNS)
            cells = [value.strip() or None for value in record]
            if any(cells):
                rows.append((number, cells))
                last = record
                if len(rows) > limit:
                    raise too_many_rows(max_rows)
    except csv.Error as error:
        if "field limit" in str(error):
            raise TableError(
                tr(
                    "A cell near row {row} of the CSV file is longer than {limit} characters. "
                    'Check that every quote character (") is closed.',
                    row=number + 1,
                    limit=f"{csv.field_size_limit():,}".replace(",", "."),
                )
            ) from error
        raise TableError(
            tr(
                "The CSV file cannot be read near row {row}. "
                'Check that every quote character (") is closed.',
                row=number + 1,
            )
        ) from error
    if any("\n" in value for value in last) and text.count('"') % 2:
        raise TableError(
            tr(
                'A quote character (") in row {row} is not closed, so the rest of the file '
                "was read as one cell. Correct the file and try again.",
                row=rows[-1][0],
            )
        )
    if not rows:
        raise TableError(tr("The file contains no data; all rows are empty."))
    header_index = find_header(rows, is_header)
    if header_index is None:
        raise no_header(tr("the file"))
    shape = layout(rows, header_index, max_rows)
    if separator == "\t":
        description = tr("CSV, {encoding}, separated by tabs", encoding=encoding)
    else:
        description = tr(
            'CSV, {encoding}, separator "{separator}"', encoding=encoding, separator=separator
        )
    return Table(shape.headers, shape.rows, tuple(problems), description)


def too_many_cells(row: int, wide: bool) -> TableError:
    if wide:
        return TableError(
            tr(
                "Row {row} of the file has more than {limit} columns. That is more than "
                "Kennisnet can read; check that the file is a table.",
                row=row,
                limit=f"{MAX_COLUMNS:,}".replace(",", "."),
            )
        )
    return TableError(
        tr(
            "The file has more than {limit} cells. That is more than Kennisnet can read; "
            "split the file or remove columns that are not needed.",
            limit=f"{MAX_CELLS:,}".replace(",", "."),
        )
    )


def no_header(where: str) -> TableError:
    return NoHeaderRow(
        tr(
            "No header row was found in the first {count} rows of {where}. "
            "Check that the file has a row with the column names, "
            "such as the ones in the example file.",
            count=HEADER_SEARCH_ROWS,
            where=where,
        )
    )
