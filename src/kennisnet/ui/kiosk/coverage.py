"""For HR, behind the PIN: how many people answered, overall and per department, against 80%."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from kennisnet.analysis.messages import percent as share_percent
from kennisnet.i18n import N_, ntr, tr
from kennisnet.store import Coverage
from kennisnet.ui.kiosk.widgets import Page

TARGET = 0.8
CAUTION = 0.65

COLUMNS = (
    N_("Department"),
    N_("On the list"),
    N_("Answered"),
    N_("Response rate"),
    N_("Still needed for 80%"),
)

_Index = QModelIndex | QPersistentModelIndex


def needed(row: Coverage) -> int:
    """How many more answers this group needs to reach the target."""
    return max(0, math.ceil(TARGET * row.roster - 1e-9) - row.responded)


def total(rows: Sequence[Coverage]) -> Coverage:
    return Coverage(
        department=None,
        roster=sum(r.roster for r in rows),
        responded=sum(r.responded for r in rows),
    )


def percent(rate: float) -> str:
    """Never contradicts the target: 51 of 64 is "79.7%" (not "80%") beside "1 more needed"."""
    return tr("{percent}%", percent=share_percent(rate))


class CoverageModel(QAbstractTableModel):
    """Coverage rows plus a total row at the end (a Qt model that only translates)."""

    def __init__(self, rows: Sequence[Coverage] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Coverage] = []
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[Coverage]) -> None:
        self.beginResetModel()
        self._rows = [*rows, total(rows)] if rows else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        is_total = index.row() == len(self._rows) - 1
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if is_total:
                    return tr("All departments")
                return row.department or tr("(no department)")
            if column == 1:
                return str(row.roster)
            if column == 2:
                return str(row.responded)
            if column == 3:
                return percent(row.rate)
            if column == 4:
                return str(needed(row)) if needed(row) else tr("reached")
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == 3:
            if row.rate >= TARGET:
                return QColor("#D7EEDD")
            if row.rate >= CAUTION:
                return QColor("#FBEFCF")
            return QColor("#F6D7D2")
        return None


def coverage_table(model: CoverageModel) -> QTableView:
    """The table of a coverage model as the kiosk and the phones window show it: read-only,
    no selection, the department column stretched and the counts as wide as they need."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(COLUMNS)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def coverage_sentence(rows: Sequence[Coverage]) -> str:
    """'51 of 64 people have answered (79.7%). 1 more answer is needed …' for all rows."""
    everyone = total(rows)
    text = tr(
        "{responded} of {roster} people have answered ({rate}).",
        responded=everyone.responded,
        roster=everyone.roster,
        rate=percent(everyone.rate),
    )
    more = needed(everyone)
    if more:
        return (
            text
            + " "
            + ntr(
                "{count} more answer is needed to reach the 80% target.",
                "{count} more answers are needed to reach the 80% target.",
                more,
            )
        )
    return text + " " + tr("The 80% target is reached.")


class CoveragePage(Page):
    """The coverage table with a one-sentence summary on top."""

    hr_only = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage")
        self.rows: list[Coverage] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.model = CoverageModel()
        self.table = coverage_table(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(self.table, 1)
        self.explain = QLabel()
        self.explain.setObjectName("step")
        self.explain.setWordWrap(True)
        self.body.addWidget(self.explain)
        self.back_button.hide()
        self.help.hide()
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        rows = round(self.table.fontMetrics().height() * 1.6)
        self.table.verticalHeader().setDefaultSectionSize(rows)

    def set_coverage(self, rows: Sequence[Coverage]) -> None:
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        self._summary()

    def _summary(self) -> None:
        self.summary.setText(coverage_sentence(self.rows))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(tr("Response rate"))
        self.explain.setText(
            tr(
                "Below 80% the figures on who connects teams are not reliable; below 65% "
                "treat all results with caution. Aim for 80% in every department."
            )
        )
        self.next_button.setText(tr("Back to the HR menu"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0)
            )
        self._summary()
