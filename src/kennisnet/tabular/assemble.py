"""From raw rows of cell texts to headers and data rows (shared by CSV and xlsx)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kennisnet.i18n import tr
from kennisnet.tabular.table import Row, TableError

HeaderTest = Callable[[Sequence[str]], bool]
RawRow = tuple[int, list[str | None]]  # (row number in the file, cell texts)

HEADER_SEARCH_ROWS = 20  # the header row is looked for among this many non-empty rows


@dataclass(frozen=True, slots=True)
class Layout:
    header_number: int  # row number of the header row in the file
    headers: tuple[str, ...]
    rows: tuple[Row, ...]


def is_empty(cells: Sequence[str | None]) -> bool:
    return not any(cells)


def find_header(rows: Sequence[RawRow], is_header: HeaderTest | None) -> int | None:
    """Index in ``rows`` of the header row, or None when none of the first rows qualifies.

    ``rows`` holds non-empty rows only.
    """
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if is_header is None or is_header([cell or "" for cell in _trimmed(cells)]):
            return index
    return None


def too_many_rows(limit: int) -> TableError:
    return TableError(
        tr(
            "The file has more than {limit} rows. That is more than Kennisnet can read; "
            "split the file or remove rows that are not needed.",
            limit=f"{limit:,}".replace(",", "."),
        )
    )


def layout(rows: Sequence[RawRow], header_index: int, max_rows: int) -> Layout:
    """Headers from ``rows[header_index]``, data rows from the non-empty rows after it."""
    data = rows[header_index + 1 :]
    if len(data) > max_rows:
        raise too_many_rows(max_rows)
    header_number, header_cells = rows[header_index]
    width = len(_trimmed(header_cells))
    for _number, cells in data:
        width = max(width, len(_trimmed(cells)))
    headers = tuple((cell or "") for cell in _padded(header_cells, width))
    out = tuple(Row(number, tuple(_padded(cells, width))) for number, cells in data)
    return Layout(header_number, headers, out)


def _trimmed(cells: Sequence[str | None]) -> Sequence[str | None]:
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return cells[:end]


def _padded(cells: Sequence[str | None], width: int) -> list[str | None]:
    if len(cells) >= width:
        return list(cells[:width])
    return [*cells, *([None] * (width - len(cells)))]


def compress_numbers(numbers: Sequence[int]) -> str:
    """'4–6, 9' for [4, 5, 6, 9] (sorted input)."""
    parts: list[str] = []
    start = prev = None
    for number in numbers:
        if prev is not None and number == prev + 1:
            prev = number
            continue
        if start is not None and prev is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = number
    if start is not None and prev is not None:
        parts.append(str(start) if start == prev else f"{start}–{prev}")
    return ", ".join(parts)
