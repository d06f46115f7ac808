"""Type part of a name, see the matching people (name and department), pick one.

Keyboard: type; Down/Up move through the list; Enter picks. Mouse or touch:
tap a name. The list shows name and department only (to tell namesakes apart),
never anything about anyone's answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.matching import NameIndex
from kennisnet.model import Person
from kennisnet.ui.kiosk import style
from kennisnet.ui.kiosk.widgets import Button

PERSON_ID = Qt.ItemDataRole.UserRole
DEPARTMENT = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class NameMatchesModel(QAbstractListModel):
    """The people found for the current search (a Qt model that only translates)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == PERSON_ID:
            return person.id
        if role == DEPARTMENT:
            return person.department or ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(filter(None, (person.name, person.department)))
        return None

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._people = people
        self.endResetModel()

    def person_at(self, row: int) -> Person:
        return self._people[row]


def two_lines(rect: QRect) -> tuple[QRect, QRect]:
    """The top and bottom part of a list row (name above, department below)."""
    middle = rect.top() + rect.height() * 11 // 20
    return (
        QRect(rect.left(), rect.top(), rect.width(), middle - rect.top()),
        QRect(rect.left(), middle, rect.width(), rect.bottom() - middle + 1),
    )


class PersonDelegate(QStyledItemDelegate):
    """Name in full, department smaller and muted behind it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        height = option.fontMetrics.height()
        return QSize(option.rect.width(), round(height * 1.9))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(style.PRIMARY_LIGHT))
            painter.fillRect(
                QRect(rect.left(), rect.top(), 6, rect.height()), QColor(style.PRIMARY)
            )
        inner = rect.adjusted(22, 0, -14, 0)
        painter.setFont(option.font)
        painter.setPen(QColor(style.TEXT))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        department = str(index.data(DEPARTMENT) or "")
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.8)
        name_width = painter.fontMetrics().horizontalAdvance(name)
        department_width = QFontMetrics(small).horizontalAdvance(department)
        left = Qt.AlignmentFlag.AlignLeft
        if not department or name_width + 24 + department_width <= inner.width():
            # Name and department side by side.
            flags = Qt.AlignmentFlag.AlignVCenter | left
            painter.drawText(inner, flags, name)
            rest = inner.adjusted(name_width + 24, 0, 0, 0)
        else:
            # Too narrow: the department goes under the name, in full.
            name_rect, rest = two_lines(inner)
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignBottom | left, name)
            flags = Qt.AlignmentFlag.AlignTop | left
        if department:
            painter.setFont(small)
            painter.setPen(QColor(style.MUTED))
            painter.drawText(rest, flags, department)
        painter.restore()


class NameSearch(QWidget):
    """A search field with the list of matching people under it."""

    picked = Signal(int)

    def __init__(
        self,
        index: NameIndex,
        people: Mapping[int, Person],
        *,
        placeholder: str,
        not_found: str,
        limit: int = 8,
        hints: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._people = people
        self._placeholder = placeholder
        self._not_found = not_found
        self.limit = limit
        self.hints = hints
        self.exclude: set[int] = set()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(8)
        # What to type, as a label over the field: a placeholder inside the field would
        # be cut off in a narrow column or at a large system scaling.
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self._column.addWidget(self.prompt)
        self.line = QLineEdit()
        self.prompt.setBuddy(self.line)
        self.line.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.line.installEventFilter(self)
        self.line.textChanged.connect(self._update)
        # A ✕ that empties the field, big enough for a finger (Qt's own is tiny) and named.
        self.clear_button = Button("✕", kind="remove")
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self._clear_and_focus)
        field = QHBoxLayout()
        field.setSpacing(8)
        field.addWidget(self.line, 1)
        field.addWidget(self.clear_button)
        self._column.addLayout(field)
        self.model = NameMatchesModel(self)
        self.view = QListView()
        self.view.setObjectName("results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(PersonDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._pick_index)
        self.view.hide()
        self._column.addWidget(self.view, 1)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self._column.addWidget(self.hint)
        self._column.addStretch(0)
        self.retranslate()

    def add_under_field(self, widget: QWidget) -> None:
        """Show ``widget`` right under the search field, where the eyes are."""
        self._column.insertWidget(2, widget)

    # -- searching ---------------------------------------------------------------

    def set_exclude(self, ids: Iterable[int]) -> None:
        self.exclude = set(ids)
        self._update(self.line.text())

    def _clear_and_focus(self) -> None:
        self.clear()
        self.line.setFocus()

    def _update(self, text: str) -> None:
        self.clear_button.setEnabled(bool(text))
        found: list[Person] = []
        if text.strip():
            ids = self._index.search(text, self.limit + len(self.exclude))
            found = [self._people[i] for i in ids if i not in self.exclude][: self.limit]
        self.model.set_people(found)
        self.view.setVisible(bool(found))
        if found:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._set_hint()

    def _set_hint(self) -> None:
        text = self.line.text().strip()
        if not text:
            self.hint.setText("")
        elif self.model.rowCount() == 0:
            self.hint.setText(tr(self._not_found))
        elif not self.hints:
            self.hint.setText("")
        else:
            # One steady text while names show: a label that changes its text on every
            # keystroke would make the page lay itself out again each time.
            self.hint.setText(tr("Use the arrow keys and Enter, or tap a name."))
        # With hints the line is always there (no jumping); without, only when nothing fits.
        self.hint.setVisible(self.hints or bool(self.hint.text()))

    def warm_up(self) -> None:
        """Paint the list once, off screen, so that the first keystroke is as quick as the rest.

        The first paint of a list at the kiosk's type sizes costs ~100 ms (glyphs, style);
        doing it while the window opens keeps every keystroke under 16 ms.
        """
        if not self._people:
            return
        first = next(iter(self._people.values()))
        self.line.blockSignals(True)
        self.line.setText(first.name[:2])
        self.line.blockSignals(False)
        self._update(self.line.text())
        self.grab()
        self.clear()

    def results(self) -> list[str]:
        """The names now in the list (for tests and screenshots)."""
        return [self.model.person_at(r).name for r in range(self.model.rowCount())]

    # -- picking -----------------------------------------------------------------

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.view.currentIndex().row()
        row = min(max(row + step, 0), rows - 1) if row >= 0 else 0
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _pick_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.picked.emit(int(index.data(PERSON_ID)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key == Qt.Key.Key_PageDown:
                self._move(self.limit)
                return True
            if key == Qt.Key.Key_PageUp:
                self._move(-self.limit)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.model.rowCount():
                    self._pick_index(self.view.currentIndex())
                    return True
                return False
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.line.clear()

    def focus(self) -> None:
        self.line.setFocus()

    def retranslate(self) -> None:
        self.prompt.setText(tr(self._placeholder))
        self.line.setAccessibleName(tr(self._placeholder))
        self.clear_button.setAccessibleName(tr("Clear the field"))
        self.clear_button.setToolTip(tr("Clear the field"))
        self._set_hint()
