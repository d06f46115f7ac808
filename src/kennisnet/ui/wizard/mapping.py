"""The new-project wizard's column check: each field with a choice of the file's columns,
the first people as they will be stored, the problems row by row, and the header row to use
when none was recognised."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kennisnet.i18n import ntr, tr
from kennisnet.importing.roster import FIELD_LABELS, RosterImportError, RosterPlan, plan_roster
from kennisnet.importing.roster.preview import flagged_summary, preview
from kennisnet.tabular import read_table
from kennisnet.ui.busy import Busy
from kennisnet.ui.problems import ProblemsModel
from kennisnet.ui.tasks import Cancel, Progress
from kennisnet.ui.wizard.pages import RosterFilePage

_Index = QModelIndex | QPersistentModelIndex
_RED, _AMBER, _GREEN = "#b3261e", "#8a5a00", "#2e7d32"


#: A check of the staff list: the plan (None when unreadable), what is wrong, and the
#: file's first rows (row number, cells) when no header row was recognised.
Checked = tuple[RosterPlan | None, str, list[tuple[int, tuple[str, ...]]]]


class PreviewModel(QAbstractTableModel):
    """The first people as they will be stored; names that do not look right are marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str, str, bool]] = []

    def set_plan(self, plan: RosterPlan | None) -> None:
        self.beginResetModel()
        self._rows = preview(plan, 12) if plan is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Name"), tr("Department"), tr("Trained"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, name, department, trained, flagged = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row), name, department, trained)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(QColor(_RED))
        if role == Qt.ItemDataRole.ToolTipRole and flagged:
            return tr("This name does not look right: see Problems.")
        return None


class MappingPage(QWizardPage):
    """Each field with a choice of the file's columns; the problems row by row."""

    def __init__(self, roster: RosterFilePage) -> None:
        super().__init__()
        self.roster = roster
        self.plan: RosterPlan | None = None
        self.file: Path | None = None
        self.overrides: dict[str, str] = {}
        #: When no header row is recognised: the file's first rows, to pick the header row from.
        self.first_rows: list[tuple[int, tuple[str, ...]]] = []
        self.header_cells: tuple[str, ...] = ()
        self.checking = False
        self.busy: Busy | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        header_row = QHBoxLayout()
        self.header_label = QLabel()
        self.header_row = QComboBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.currentIndexChanged.connect(self._header_row_chosen)
        header_row.addWidget(self.header_label)
        header_row.addWidget(self.header_row, 1)
        layout.addLayout(header_row)
        grid = QGridLayout()
        self.boxes: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for i, field in enumerate(FIELD_LABELS):
            label = QLabel()
            box = QComboBox()
            box.setObjectName(f"column_{field}")
            box.currentIndexChanged.connect(lambda _i, f=field: self._column_chosen(f))
            self.boxes[field] = box
            self.labels[field] = label
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(box, i // 3, (i % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        status.addWidget(self.status, 1)
        self.again = QPushButton()
        self.again.clicked.connect(self.recheck)
        status.addWidget(self.again)
        layout.addLayout(status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rosterTabs")
        self.people = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("rosterPreview")
        self.preview_view.setModel(self.people)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.setAlternatingRowColors(True)
        people_header = self.preview_view.horizontalHeader()
        people_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        people_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        people_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        people_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.problems = ProblemsModel(parent=self)
        self.problem_view = QTableView()
        self.problem_view.setObjectName("rosterProblems")
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.setAlternatingRowColors(True)
        self.problem_view.setWordWrap(True)
        header = self.problem_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tabs.addTab(self.preview_view, "")
        self.tabs.addTab(self.problem_view, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        if self.roster.file != self.file:
            self.file = self.roster.file
            self.overrides = {}
            self.first_rows = []
            self.header_cells = ()
            self.plan = None
            self.recheck()

    def recheck(self) -> None:
        if self.file is None or self.checking:
            return
        self.checking = True
        self.completeChanged.emit()
        self.status.setText(tr("Checking the file…"))
        path, mapping = self.file, dict(self.overrides)
        need_rows = not self.first_rows

        def work(_progress: Progress, _cancelled: Cancel) -> Checked:
            try:
                return plan_roster(path, mapping or None), "", []
            except RosterImportError as exc:
                return exc.plan, str(exc), first_rows(path) if need_rows else []

        self.busy = Busy(
            self, tr("Reading {file}…", file=path.name), work, self._checked, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.checking = False
        self.status.setText(str(exc))
        self.completeChanged.emit()

    def _checked(self, result: Checked) -> None:
        plan, message, rows = result
        self.checking = False
        self.plan = plan
        if rows:
            self._offer_header_rows(rows)
        self.people.set_plan(plan)
        if plan is None:
            self.description.setText("")
            self.problems.set_problems([])
            self._set_status(message, _RED)
            self._fill_boxes((), {})
            self._update_tabs()
            self.completeChanged.emit()
            return
        given = bool({"first_name", "given_names", "initials"} & plan.mapping.keys())
        found = "name" in plan.mapping or (given and "last_name" in plan.mapping)
        if found:
            self.description.setText(
                tr(
                    "{file}: check that each field uses the right column, and look at the first "
                    "people below as they will be stored.",
                    file=plan.description,
                )
            )
        else:
            self.description.setText(
                tr(
                    "Kennisnet could not tell which column holds the names. Check the row with "
                    "the column names, then choose the column for Name."
                )
            )
        self._fill_boxes(
            plan.headers if found or not self.header_cells else self.header_cells, plan.mapping
        )
        self.problems.set_problems(plan.problems)
        self.problem_view.resizeRowsToContents()
        errors = len(plan.errors)
        if errors:
            text = ntr(
                "{count} problem must be fixed before you can go on. Choose another "
                "column above, or fix the file in Excel, save it, and click Check again.",
                "{count} problems must be fixed before you can go on. Choose another "
                "column above, or fix the file in Excel, save it, and click Check again.",
                errors,
            )
            self._set_status(text, _RED)
        elif not plan.entries:
            self._set_status(tr("The roster has no people in it."), _RED)
        elif plan.flagged:
            self._set_status(_people(len(plan.entries)) + " " + flagged_summary(plan), _AMBER)
        else:
            self._set_status(tr("Ready: {sentence}", sentence=_people(len(plan.entries))), _GREEN)
        self._update_tabs()
        self.completeChanged.emit()

    def _set_status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")

    def _update_tabs(self) -> None:
        count = self.problems.rowCount()
        self.tabs.setTabText(0, tr("First people as they will be stored"))
        self.tabs.setTabText(
            1, tr("Problems and notes ({count})", count=count) if count else tr("No problems")
        )
        plan = self.plan
        if plan is not None and plan.errors:
            self.tabs.setCurrentIndex(1)
        else:
            self.tabs.setCurrentIndex(0)

    def _fill_boxes(self, headers: tuple[str, ...], mapping: Mapping[str, str]) -> None:
        self._filling = True
        for field, box in self.boxes.items():
            box.clear()
            box.addItem(tr("— not in the file —"), "")
            for header in headers:
                if header:
                    box.addItem(header, header)
            chosen = mapping.get(field, "")
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self._filling = False

    def _offer_header_rows(self, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        """No header row was recognised: let the adviser say which row holds the names."""
        self.first_rows = rows
        self._filling = True
        self.header_row.clear()
        for number, cells in rows:
            text = "; ".join(c for c in cells if c)
            self.header_row.addItem(tr("Row {row}: {cells}", row=number, cells=text[:90]), number)
        # Suggest the first row with the most filled-in cells (titles above it have fewer).
        widest = max(range(len(rows)), key=lambda i: (sum(1 for c in rows[i][1] if c), -i))
        self.header_row.setCurrentIndex(widest)
        self._filling = False
        self.header_cells = tuple(c for c in rows[widest][1] if c)
        self._update_header_row()

    def _update_header_row(self) -> None:
        show = bool(self.first_rows)
        self.header_label.setVisible(show)
        self.header_row.setVisible(show)

    def _header_row_chosen(self) -> None:
        if self._filling or not self.first_rows:
            return
        index = self.header_row.currentIndex()
        self.header_cells = tuple(c for c in self.first_rows[index][1] if c)
        self.overrides = {}
        self._fill_boxes(self.header_cells, {})

    def _column_chosen(self, field: str) -> None:
        if self._filling:
            return
        header = str(self.boxes[field].currentData() or "")
        if header:
            self.overrides[field] = header
        else:
            self.overrides.pop(field, None)
        self.recheck()

    def isComplete(self) -> bool:  # noqa: N802
        return (
            not self.checking
            and self.plan is not None
            and not self.plan.errors
            and bool(self.plan.entries)
        )

    def retranslate(self) -> None:
        self.setTitle(tr("Check the columns"))
        self.setSubTitle(
            tr(
                "Kennisnet read the staff list. Problems are listed row by row; "
                "nothing is saved yet."
            )
        )
        for field, label in self.labels.items():
            label.setText(tr(FIELD_LABELS[field]))
        self.again.setText(tr("Check again"))
        self.header_label.setText(tr("The column names are in:"))
        self._update_header_row()
        self.again.setToolTip(tr("Read the file again, for example after you fixed it in Excel."))
        self._update_tabs()


def _people(count: int) -> str:
    return ntr(
        "{count} person will be imported.",
        "{count} people will be imported.",
        count,
    )


def first_rows(path: Path, count: int = 12) -> list[tuple[int, tuple[str, ...]]]:
    """The first non-empty rows of a file (row number, cells), to choose the header row."""
    table = read_table(path)
    rows = [(max(1, table.rows[0].number - 1) if table.rows else 1, table.headers)]
    rows += [(r.number, tuple(v or "" for v in r.values)) for r in table.rows[: count - 1]]
    return [(n, cells) for n, cells in rows if any(cells)]
