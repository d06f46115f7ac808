"""Read a spreadsheet (.xlsx/.xlsm) or CSV file robustly into a plain table.

``read_table`` looks at the bytes, not the file name, and turns every way a file can be
unreadable into a ``TableError`` with a sentence for the user; smaller things it noticed
(merged cells, formulas, hidden rows, a guessed encoding…) come back as ``Table.problems``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.tabular.sniff import sniff
from kennisnet.tabular.table import (
    ERROR,
    WARNING,
    NoHeaderRow,
    Problem,
    Row,
    Table,
    TableError,
)

__all__ = ["ERROR", "WARNING", "NoHeaderRow", "Problem", "Row", "Table", "TableError", "read_table"]

_HEAD_BYTES = 64 * 1024


def read_table(
    path: Path,
    *,
    is_header: Callable[[Sequence[str]], bool] | None = None,
    max_rows: int = 200_000,
    max_bytes: int = 200 * 1024 * 1024,
) -> Table:
    """Read the table in ``path``.

    The header row is the first of the first 20 non-empty rows for which ``is_header`` returns
    True (default: the first non-empty row); in a workbook the first visible sheet that has such
    a row is read. Raises TableError when the file cannot be read at all.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise TableError(tr('"{name}" is a folder, not a file.', name=name))
        if size == 0:
            raise TableError(tr('The file "{name}" is empty (0 bytes).', name=name))
        if size > max_bytes:
            raise TableError(
                tr(
                    'The file "{name}" is too large ({size} MB; the limit is {limit} MB).',
                    name=name,
                    size=_megabytes(size),
                    limit=_megabytes(max_bytes),
                )
            )
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
        kind = sniff(path, head)
        if kind == "xlsx":
            from kennisnet.tabular.xlsx import read_xlsx

            return read_xlsx(path, is_header, max_rows)
        from kennisnet.tabular.csvfile import read_csv

        return read_csv(path.read_bytes(), is_header, max_rows)
    except FileNotFoundError as error:
        raise TableError(
            tr('The file "{name}" was not found. Check where it is and try again.', name=name)
        ) from error
    except OSError as error:
        raise TableError(
            tr(
                'The file "{name}" cannot be opened. It may be open in another program; '
                "close it there and try again.",
                name=name,
            )
        ) from error


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f}" if megabytes >= 10 else f"{megabytes:.1f}"
