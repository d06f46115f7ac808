"""The plain result types of reading a spreadsheet or CSV file."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the user should know about one row, one cell or the whole file."""

    row: int | None  # row number as the user sees it in the file (1-based); None = whole file
    column: str | None  # header text, or None
    message: str  # already translated, a full plain sentence
    severity: str  # "error" or "warning"


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: stripped text per header, empty cells as None."""

    number: int  # row number in the file (1-based), for reports
    values: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """The header row, the data rows below it and what was noticed while reading."""

    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    problems: tuple[Problem, ...]
    description: str  # e.g. 'sheet "Personeel"' or 'CSV, Windows-1252, separator ";"'


class TableError(Exception):
    """The file cannot be read at all; ``str(error)`` is a translated sentence for the user."""


class NoHeaderRow(TableError):
    """No row looked like the header row (a caller may retry without its header test)."""
