"""The problems an import found, as a table (row, column, what is wrong)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kennisnet.i18n import tr
from kennisnet.tabular import ERROR, Problem

_Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """Problems of an import, row by row (row, column, what is wrong)."""

    def __init__(self, problems: Sequence[Problem] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems = list(problems)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = sorted(
            problems, key=lambda p: (p.severity != ERROR, p.row if p.row is not None else -1)
        )
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Column"), tr("What is wrong"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(p.row) if p.row is not None else tr("whole file")
            if column == 1:
                return p.column or ""
            severity = tr("Error") if p.severity == ERROR else tr("Note")
            return f"{severity}: {p.message}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return p.message
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and p.severity == ERROR:
            return QColor("#b3261e")
        return None
