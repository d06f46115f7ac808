"""The staff list: view, edit, mark trained, add, and remove a person with full erasure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypedDict

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import N_, tr
from kennisnet.importing.roster.preview import trained_text
from kennisnet.model import Person
from kennisnet.ui.dialogs.messages import confirm, error

_Index = QModelIndex | QPersistentModelIndex

#: (field, header) of the roster table; the last column is the response status.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", N_("Name")),
    ("department", N_("Department")),
    ("team", N_("Team")),
    ("role", N_("Role")),
    ("employee_number", N_("Employee number")),
    ("trained_hr", N_("Trained")),
    ("answered", N_("Answered")),
)
EDITABLE = {"name", "department", "team", "role", "employee_number", "trained_hr"}
TRAINED_COLUMN = 5


#: A value of one editable field of a person (text, or trained: yes / no / unknown).
PersonValue = str | bool | None


class NewPerson(TypedDict):
    """A person as HR typed them in: the fields ``Project.add_person`` takes."""

    name: str
    department: str | None
    team: str | None
    role: str | None
    employee_number: str | None
    trained_hr: bool | None


class StaffListModel(QAbstractTableModel):
    """The roster as a table. Edits go to ``update(person_id, field, value)``, which saves."""

    def __init__(
        self,
        update: Callable[[int, str, PersonValue], Person | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._answered: set[int] = set()
        self._update = update

    def set_people(self, people: Sequence[Person], answered: set[int]) -> None:
        self.beginResetModel()
        self._people = [p for p in people if not p.external]
        self._answered = set(answered)
        self.endResetModel()

    def person(self, row: int) -> Person:
        return self._people[row]

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == person_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section][1])
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()][0] in EDITABLE and self._update is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        field = COLUMNS[index.column()][0]
        if field == "answered":
            answered = person.id in self._answered
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("yes") if answered else tr("not yet")
            if role == Qt.ItemDataRole.ForegroundRole and not answered:
                return QColor("#777777")
            return None
        value = getattr(person, field)
        if role == Qt.ItemDataRole.DisplayRole:
            return trained_text(value) if field == "trained_hr" else (value or "")
        if role == Qt.ItemDataRole.EditRole:
            if field == "trained_hr":
                return {True: 1, False: 0, None: -1}[value]
            return value or ""
        if role == Qt.ItemDataRole.ForegroundRole and field == "trained_hr":
            return QColor("#2e7d32") if value else QColor("#777777") if value is None else None
        if role == Qt.ItemDataRole.ToolTipRole and field == "trained_hr":
            return tr(
                "Formal training for their current work, from the HR records. Unknown never "
                "counts as trained; then the person's own answer in the survey is used."
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._update is None:
            return False
        field = COLUMNS[index.column()][0]
        if field not in EDITABLE:
            return False
        if field == "trained_hr":
            new: PersonValue = {1: True, 0: False, -1: None}.get(int(value))
        else:
            new = str(value).strip() or None
            if field == "name" and new is None:
                return False
        person = self._people[index.row()]
        if getattr(person, field) == new:
            return False
        updated = self._update(person.id, field, new)
        if updated is None:
            return False
        self._people[index.row()] = updated
        left = self.index(index.row(), 0)
        right = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(left, right)
        return True


class TrainedDelegate(QStyledItemDelegate):
    """Edit "trained" with a choice of yes / no / unknown."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        box = QComboBox(parent)
        for value in (1, 0, -1):
            box.addItem(trained_text({1: True, 0: False, -1: None}[value]), value)
        return box

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: _Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AddPersonDialog(QDialog):
    def __init__(self, departments: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a person"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(["", *departments])
        self.team = QLineEdit()
        self.role = QLineEdit()
        self.number = QLineEdit()
        self.trained = QComboBox()
        for value in (None, True, False):
            self.trained.addItem(trained_text(value), value)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Team"), self.team)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Employee number"), self.number)
        form.addRow(tr("Trained"), self.trained)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def values(self) -> NewPerson:
        def text(value: str) -> str | None:
            return value.strip() or None

        trained: bool | None = self.trained.currentData()
        return {
            "name": " ".join(self.name.text().split()),
            "department": text(self.department.currentText()),
            "team": text(self.team.text()),
            "role": text(self.role.text()),
            "employee_number": text(self.number.text()),
            "trained_hr": trained,
        }


class RosterPage(QWidget):
    """The table with a filter box and the actions HR needs."""

    add_requested = Signal()
    erase_requested = Signal(list)
    mark_trained_requested = Signal(list, object)

    def __init__(self, model: StaffListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(self._count)
        top.addWidget(self.filter, 2)
        self.count = QLabel()
        top.addWidget(self.count, 1)
        self.add_button = QPushButton()
        self.trained_button = QPushButton()
        self.untrained_button = QPushButton()
        self.erase_button = QPushButton()
        for button in (self.add_button, self.trained_button, self.untrained_button):
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.erase_button)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(TRAINED_COLUMN, TrainedDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self.add_requested)
        self.trained_button.clicked.connect(lambda: self._mark(True))
        self.untrained_button.clicked.connect(lambda: self._mark(False))
        self.erase_button.clicked.connect(self._erase)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._erase)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        model.modelReset.connect(self._count)
        model.modelReset.connect(self._resize)
        self.retranslate()
        self._selection()

    def _resize(self) -> None:
        widths = (220, 170, 120, 170, 130, 90)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.person(r).id for r in sorted(rows)]

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _selection(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (self.trained_button, self.untrained_button, self.erase_button):
            button.setEnabled(chosen)

    def _mark(self, trained: bool) -> None:
        ids = self.selected_ids()
        if ids:
            self.mark_trained_requested.emit(ids, trained)

    def _erase(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.erase_requested.emit(ids)

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(tr("{count} people", count=total))
        else:
            self.count.setText(tr("{shown} of {count} people", shown=shown, count=total))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(tr("Find a person, department or role… (Ctrl+F)"))
        self.add_button.setText(tr("Add a person…"))
        self.trained_button.setText(tr("Mark as trained"))
        self.untrained_button.setText(tr("Mark as not trained"))
        self.erase_button.setText(tr("Remove and erase…"))
        self.erase_button.setToolTip(
            tr("Remove the selected people and every trace of them from the project.")
        )
        self.hint.setText(
            tr(
                "Double-click a cell to change it; changes are saved at once. Select several "
                "people to mark them as trained together."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._count()


def confirm_erasure(parent: QWidget | None, names: Sequence[str]) -> bool:
    """Ask before erasing people, naming what will happen."""
    if len(names) == 1:
        text = tr("Remove {name} and erase every trace of them?", name=names[0])
    else:
        text = tr(
            "Remove these {count} people and erase every trace of them? {names}",
            count=len(names),
            names=", ".join(names[:10]) + ("…" if len(names) > 10 else ""),
        )
    informative = tr(
        "Their own answers are deleted. Where colleagues named them, the tie stays but "
        "becomes anonymous (no name), and every mention in free text is removed. This is "
        "done in the project file and in every backup copy. This cannot be undone."
    )
    return confirm(
        parent, tr("Remove and erase"), text, informative, tr("Remove and erase"), destructive=True
    )


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    error(parent, tr("Not saved"), tr("The change could not be saved."), str(exc))
