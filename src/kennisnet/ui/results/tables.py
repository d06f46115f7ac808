"""A table tab: a one-line intro, a filter box, and a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.ui.results.models import CLUSTER_ROLE, PERSON_ROLE, SORT_ROLE, RecordModel


class TablePage(QWidget):
    person_activated = Signal(int)
    cluster_activated = Signal(int)

    def __init__(self, model: RecordModel, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._intro = intro
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Column widths from the first rows only: fast with 10,000 people.
        header.setResizeContentsPrecision(60)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.clicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._widths_pending = False
        model.modelReset.connect(self._after_reset)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _after_reset(self) -> None:
        self.table.horizontalHeader().setStretchLastSection(self.model.last_column_is_text())
        self._update_count()
        # Measuring the columns asks every cell of the first rows: only for a table on
        # screen (the others when shown), so filling the dashboard does not stall.
        self._widths_pending = True
        if self.isVisible():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._widths_pending:
            self._fit_columns()

    def _fit_columns(self) -> None:
        self._widths_pending = False
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > 320:
                self.table.setColumnWidth(column, 320)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(tr("{count} rows", count=total))
        else:
            self.count.setText(tr("{shown} of {count} rows", shown=shown, count=total))

    def _activated(self, index: QModelIndex) -> None:
        pid = index.data(PERSON_ROLE)
        if isinstance(pid, int):
            self.person_activated.emit(pid)
            return
        cid = index.data(CLUSTER_ROLE)
        if isinstance(cid, int):
            self.cluster_activated.emit(cid)

    def retranslate(self) -> None:
        self.intro.setText(tr(self._intro))
        self.filter.setPlaceholderText(tr("Filter: type a name, department or number"))
        self.model.retranslate()
        self._update_count()
