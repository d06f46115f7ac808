"""What was noticed in a sheet (merged cells, formulas, hidden rows…) as problems for people.

The notes are collected while the sheet is parsed, before the header row is known; they become
problems (with header names) once it is, and only for the header row and the rows below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kennisnet.i18n import tr
from kennisnet.tabular.assemble import Layout, compress_numbers
from kennisnet.tabular.table import ERROR, WARNING, Problem

_MAX_VALUE = 40  # longer values are shortened in messages


@dataclass(frozen=True, slots=True)
class Merge:
    top: int
    left: int
    bottom: int
    right: int
    value: str
    ref: str


@dataclass
class SheetNotes:
    formulas: list[tuple[int, int]] = field(default_factory=list)  # (row, column)
    uncomputed: list[tuple[int, int]] = field(default_factory=list)  # formulas without a value
    errors: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, "#REF!")
    merges: list[Merge] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


def column_letter(column: int) -> str:
    """'A' for 1, 'Z' for 26, 'AA' for 27."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _short(value: str) -> str:
    return value if len(value) <= _MAX_VALUE else value[: _MAX_VALUE - 1] + "…"


def sheet_problems(notes: SheetNotes, shape: Layout) -> list[Problem]:
    start = shape.header_number
    headers = shape.headers

    def header(column: int) -> str | None:
        """Header text of a 1-based column, None when it has none."""
        return (headers[column - 1] or None) if column <= len(headers) else None

    def label(column: int) -> str:
        """What to call a column in a sentence: its header, else its letter."""
        return header(column) or column_letter(column)

    problems: list[Problem] = []
    for number, column in notes.uncomputed:
        if number >= start:
            message = tr(
                'Row {row}, column "{column}": a formula without a computed value. '
                "Open the file in Excel, save it, and try again.",
                row=number,
                column=label(column),
            )
            problems.append(Problem(number, header(column), message, ERROR))
    for number, column, error in notes.errors:
        if number >= start:
            message = tr(
                'Row {row}, column "{column}": the cell shows the error {error}. '
                "Correct it in Excel and try again.",
                row=number,
                column=label(column),
                error=error,
            )
            problems.append(Problem(number, header(column), message, ERROR))
    formulas = sum(1 for number, _column in notes.formulas if number >= start)
    if formulas:
        message = tr(
            "The sheet contains formulas ({count} cells); "
            "the values last calculated by Excel were used.",
            count=formulas,
        )
        problems.append(Problem(None, None, message, WARNING))
    for merge in sorted(notes.merges, key=lambda m: (m.top, m.left)):
        if merge.bottom < start:
            continue
        if merge.left == merge.right:
            message = tr(
                'Rows {first}–{last} of column "{column}" were merged; '
                'the value "{value}" was used for each row.',
                first=merge.top,
                last=merge.bottom,
                column=label(merge.left),
                value=_short(merge.value),
            )
        else:
            message = tr(
                'Cells {cells} were merged; the value "{value}" was used for each cell.',
                cells=merge.ref,
                value=_short(merge.value),
            )
        problems.append(Problem(merge.top, header(merge.left), message, WARNING))
    hidden = sorted(row.number for row in shape.rows if row.number in notes.hidden_rows)
    if len(hidden) == 1:
        message = tr(
            "Row {row} is hidden in Excel but contains data; it was read anyway.", row=hidden[0]
        )
        problems.append(Problem(hidden[0], None, message, WARNING))
    elif hidden:
        message = tr(
            "Rows {rows} are hidden in Excel but contain data; they were read anyway.",
            rows=compress_numbers(hidden),
        )
        problems.append(Problem(hidden[0], None, message, WARNING))
    for column in sorted(notes.hidden_columns):
        if column <= len(headers) and any(row.values[column - 1] for row in shape.rows):
            message = tr(
                'Column "{column}" is hidden in Excel but contains data; it was read anyway.',
                column=label(column),
            )
            problems.append(Problem(None, header(column), message, WARNING))
    return problems
