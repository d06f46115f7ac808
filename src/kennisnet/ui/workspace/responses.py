"""The responses page: who answered, coverage per department, import, names, merge."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis.messages import percent
from kennisnet.i18n import N_, ntr, tr
from kennisnet.model import Person
from kennisnet.store import Coverage, Project, ResponseSummary
from kennisnet.ui.typography import heading

_Index = QModelIndex | QPersistentModelIndex
TARGET = 0.8
CAUTION = 0.65

ORIGINS = {
    "kiosk": N_("kiosk"),
    "phone": N_("phone"),
    "import": N_("import"),
    "forms": N_("Forms export"),
    "merge": N_("other laptop"),
}


@dataclass(frozen=True, slots=True)
class ResponseRow:
    respondent: str
    department: str
    submitted_at: str
    laptop: str
    origin: str
    sources: int
    resolved: bool


def response_rows(
    project: Project,
    everyone: Sequence[Person] | None = None,
    answers: Sequence[ResponseSummary] | None = None,
) -> list[ResponseRow]:
    """The current wave's active responses, one row each (names still to resolve included).

    ``everyone`` and ``answers``: the project's people and ``response_summaries()`` when
    already read."""
    people = {p.id: p for p in (project.people() if everyone is None else everyone)}
    rows = []
    for answer in project.response_summaries() if answers is None else answers:
        person = people.get(answer.respondent_id) if answer.respondent_id is not None else None
        rows.append(
            ResponseRow(
                respondent=person.name if person else (answer.respondent_written or "?"),
                department=(person.department or "") if person else "",
                submitted_at=answer.submitted_at or "",
                laptop=answer.laptop_id or "",
                origin=answer.origin,
                sources=answer.nominations,
                resolved=person is not None,
            )
        )
    return rows


class _FilterModel(QSortFilterProxyModel):
    """Filters the answers; the sorting is the answers model's own (see its ``sort``)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class ResponsesModel(QAbstractTableModel):
    HEADERS = (
        N_("Respondent"),
        N_("Department"),
        N_("Answered on"),
        N_("Laptop"),
        N_("Came from"),
        N_("Colleagues named"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResponseRow] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[ResponseRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def _sorted(self, rows: list[ResponseRow]) -> list[ResponseRow]:
        if self._order is None:
            return rows
        column, order = self._order
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: self._key(row, column), reverse=descending)

    def _key(self, row: ResponseRow, column: int) -> str | int:
        value = self._display(row, column)
        return value if isinstance(value, int) else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in Python (a stable sort, as the table's own): sorting through the
        table's filter model asks for every compared cell, 1.7 s at 9,000 answers."""
        if not 0 <= column < len(self.HEADERS):
            self._order = None
            return
        self.layoutAboutToBeChanged.emit()
        before = {id(row): i for i, row in enumerate(self._rows)}
        self._order = (column, order)
        self._rows = self._sorted(self._rows)
        after = {before[id(row)]: i for i, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(after[i.row()], i.column()) if i.isValid() else i for i in old]
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and not row.resolved:
            return QColor("#b26a00")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: ResponseRow, column: int) -> str | int:
        if column == 0:
            return (
                row.respondent
                if row.resolved
                else tr("{name} (name to check)", name=row.respondent)
            )
        if column == 1:
            return row.department
        if column == 2:
            return row.submitted_at.replace("T", " ")[:16]
        if column == 3:
            return row.laptop
        if column == 4:
            return tr(ORIGINS.get(row.origin, row.origin)) if row.origin in ORIGINS else row.origin
        return row.sources


def rate_colour(rate: float) -> QColor:
    if rate >= TARGET:
        return QColor("#2e7d32")
    if rate >= CAUTION:
        return QColor("#e08a00")
    return QColor("#c62828")


class CoverageChart(QWidget):
    """Response per department as horizontal bars with the 80% target line."""

    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self._rows: list[Coverage] = []

    def set_coverage(self, rows: Sequence[Coverage]) -> None:
        self._rows = sorted(rows, key=lambda c: (c.rate, c.department or ""))
        self.updateGeometry()
        self.update()
        tips = [
            tr(
                "{department}: {answered} of {people} answered ({rate}%)",
                department=c.department or tr("(no department)"),
                answered=c.responded,
                people=c.roster,
                rate=percent(c.rate),
            )
            for c in self._rows
        ]
        self.setToolTip("\n".join(tips))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, max(1, len(self._rows)) * self.ROW + 34)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width()
        label_width = min(int(width * 0.42), 260)
        value_width = metrics.horizontalAdvance("000 / 000  100%") + 8
        bar_left = label_width + 8
        bar_width = max(40, width - bar_left - value_width - 8)
        text_colour = self.palette().windowText().color()
        for i, c in enumerate(self._rows):
            top = i * self.ROW + 4
            name = metrics.elidedText(
                c.department or tr("(no department)"), Qt.TextElideMode.ElideRight, label_width
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_width, self.ROW - 8),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            painter.fillRect(QRectF(bar_left, top + 3, bar_width, self.ROW - 14), QColor("#e4e4e4"))
            painter.fillRect(
                QRectF(bar_left, top + 3, bar_width * c.rate, self.ROW - 14), rate_colour(c.rate)
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(bar_left + bar_width + 8, top, value_width, self.ROW - 8),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{c.responded} / {c.roster}  " + tr("{percent}%", percent=percent(c.rate)),
            )
        line_x = bar_left + bar_width * TARGET
        bottom = len(self._rows) * self.ROW + 4
        pen = QPen(QColor("#333333"))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(int(line_x), 0, int(line_x), bottom)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(line_x - 60, bottom + 2, 120, 22),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            tr("target 80%"),
        )
        painter.end()


class ResponsesPage(QWidget):
    import_requested = Signal()
    merge_requested = Signal()
    names_requested = Signal()
    template_requested = Signal()
    rescue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.wave_label = QLabel()
        self.wave_label.setObjectName("responsesWave")
        self.wave_label.setWordWrap(True)
        layout.addWidget(self.wave_label)
        top = QHBoxLayout()
        self.summary = heading("", 1.2)
        top.addWidget(self.summary, 1)
        self.names_button = QPushButton()
        self.import_button = QPushButton()
        self.merge_button = QPushButton()
        self.template_button = QPushButton()
        for button in (
            self.names_button,
            self.import_button,
            self.merge_button,
            self.template_button,
        ):
            top.addWidget(button)
        layout.addLayout(top)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("coverageWarning")
        layout.addWidget(self.warning)
        self.rescue = QWidget()
        self.rescue.setObjectName("rescueNotice")
        rescue_row = QHBoxLayout(self.rescue)
        rescue_row.setContentsMargins(0, 0, 0, 0)
        self.rescue_label = QLabel()
        self.rescue_label.setWordWrap(True)
        self.rescue_label.setStyleSheet("color: #8a5a00;")
        self.rescue_button = QPushButton()
        self.rescue_button.clicked.connect(self.rescue_requested)
        rescue_row.addWidget(self.rescue_label, 1)
        rescue_row.addWidget(self.rescue_button)
        self.rescue.setVisible(False)
        layout.addWidget(self.rescue)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.coverage_title = heading("", 1.05)
        left_layout.addWidget(self.coverage_title)
        self.coverage = CoverageChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.coverage)
        left_layout.addWidget(scroll, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        list_top = QHBoxLayout()
        self.list_title = heading("", 1.05)
        list_top.addWidget(self.list_title, 1)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        list_top.addWidget(self.filter, 1)
        right_layout.addLayout(list_top)
        self.model = ResponsesModel(self)
        self.proxy = _FilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("responsesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the latest answers first
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.import_button.clicked.connect(self.import_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        self.names_button.clicked.connect(self.names_requested)
        self.template_button.clicked.connect(self.template_requested)
        self._coverage: list[Coverage] = []
        self._pending = 0
        self._rescued = 0
        self._wave = ""
        self._waves = 1
        self.retranslate()

    def set_data(
        self,
        rows: Sequence[ResponseRow],
        coverage: Sequence[Coverage],
        pending: int,
        *,
        wave: str = "",
        waves: int = 1,
    ) -> None:
        """The current wave's answers; ``wave`` is its name, ``waves`` how many there are."""
        self._wave, self._waves = wave, waves
        self.model.set_rows(rows)
        self.coverage.set_coverage(coverage)
        self._coverage = list(coverage)
        self._pending = pending
        for column, width in enumerate((160, 140, 120, 130, 90)):
            self.table.setColumnWidth(column, width)
        self.retranslate()

    def set_rescue(self, count: int) -> None:
        """Show that a kiosk on this laptop kept ``count`` answers it could not save."""
        self._rescued = count
        self.rescue.setVisible(count > 0)
        self.retranslate()

    def retranslate(self) -> None:
        wave = tr("Wave: {wave}", wave=html.escape(self._wave))
        if self._waves > 1:
            wave = f"<b>{wave}</b> — " + tr(
                "the answers of earlier waves are kept; see them on the Results tab."
            )
        else:
            wave = f"<b>{wave}</b>"
        self.wave_label.setText(wave)
        self.wave_label.setVisible(bool(self._wave))
        roster = sum(c.roster for c in self._coverage)
        answered = sum(c.responded for c in self._coverage)
        rate = answered / roster if roster else 0.0
        self.summary.setText(
            tr(
                "{answered} of {people} people answered ({rate}%)",
                answered=answered,
                people=roster,
                rate=percent(rate),
            )
        )
        if not roster:
            warning = ""
        elif rate < CAUTION:
            warning = tr(
                "Under 65%: treat all results with caution. Collect more answers if you can."
            )
        elif rate < TARGET:
            warning = tr(
                "Under 80%: who connects groups (brokers) is not reliable yet. "
                "Aim for 80% in every department."
            )
        else:
            warning = ""
        self.warning.setText(warning)
        self.warning.setStyleSheet("color: #b3261e;" if rate < CAUTION else "color: #8a5a00;")
        self.warning.setVisible(bool(warning))
        self.names_button.setText(tr("Resolve {count} names…", count=self._pending))
        self.names_button.setVisible(self._pending > 0)
        self.import_button.setText(tr("Import responses…"))
        self.import_button.setToolTip(
            tr("From the Kennisnet template, Microsoft Forms or Google Forms (Ctrl+I).")
        )
        self.merge_button.setText(tr("Merge laptops…"))
        self.merge_button.setToolTip(tr("Add the answers collected on other laptops."))
        self.template_button.setText(tr("Save the template…"))
        self.template_button.setToolTip(
            tr("An empty spreadsheet for answers collected on paper or by e-mail.")
        )
        self.rescue_label.setText(
            ntr(
                "A kiosk on this laptop could not save {count} answer. It is kept "
                "safely; import it into the project.",
                "A kiosk on this laptop could not save {count} answers. They are kept "
                "safely; import them into the project.",
                self._rescued,
            )
        )
        self.rescue_button.setText(tr("Import the kept answers…"))
        self.coverage_title.setText(tr("Response per department"))
        self.list_title.setText(tr("Answers"))
        self.filter.setPlaceholderText(tr("Find…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
