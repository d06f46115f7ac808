"""Names that could not be matched: HR picks the person, marks them external, or drops them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import ntr, tr
from kennisnet.matching import index_people
from kennisnet.store import PendingName, Project
from kennisnet.ui.dialogs.messages import error
from kennisnet.ui.typography import heading

PERSON, EXTERNAL, DROP = "person", "external", "drop"


class NameResolutionDialog(QDialog):
    """One name at a time: choose, Apply, and the next name is shown."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.decided = 0
        self.setObjectName("nameResolution")
        self.resize(900, 560)
        people = project.people(include_external=False)
        self.people = {p.id: p for p in people}
        self.index = index_people(people)
        self.pending: list[PendingName] = []

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_title = heading("", 1.05)
        left_layout.addWidget(self.left_title)
        self.names = QListWidget()
        self.names.setObjectName("pendingNames")
        self.names.currentRowChanged.connect(self._show_name)
        left_layout.addWidget(self.names)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.written = heading("", 1.4)
        right_layout.addWidget(self.written)
        self.occurrences = QLabel()
        self.occurrences.setWordWrap(True)
        right_layout.addWidget(self.occurrences)
        self.group = QButtonGroup(self)
        self.as_person = QRadioButton()
        self.as_external = QRadioButton()
        self.as_drop = QRadioButton()
        for button, key in (
            (self.as_person, PERSON),
            (self.as_external, EXTERNAL),
            (self.as_drop, DROP),
        ):
            button.setProperty("decision", key)
            self.group.addButton(button)
        right_layout.addWidget(self.as_person)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._search_enter)
        right_layout.addWidget(self.search)
        self.candidates = QListWidget()
        self.candidates.setObjectName("candidates")
        self.candidates.currentItemChanged.connect(self._candidate_chosen)
        self.candidates.itemActivated.connect(lambda _item: self.apply())
        right_layout.addWidget(self.candidates, 1)
        right_layout.addWidget(self.as_external)
        self.external_note = QLabel()
        self.external_note.setWordWrap(True)
        self.external_note.setIndent(24)
        right_layout.addWidget(self.external_note)
        right_layout.addWidget(self.as_drop)
        self.drop_note = QLabel()
        self.drop_note.setWordWrap(True)
        self.drop_note.setIndent(24)
        right_layout.addWidget(self.drop_note)
        self.respondent_note = QLabel()
        self.respondent_note.setWordWrap(True)
        self.respondent_note.setStyleSheet("color: #8a5a00;")
        self.respondent_note.setMinimumHeight(self.respondent_note.fontMetrics().height() * 2)
        right_layout.addWidget(self.respondent_note)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        buttons = QHBoxLayout()
        self.left_count = QLabel()
        buttons.addWidget(self.left_count, 1)
        self.apply_button = QPushButton()
        self.apply_button.setDefault(True)
        self.close_button = QPushButton()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.accept)
        self.group.buttonToggled.connect(lambda *_: self._update_apply())
        self.retranslate()
        self.reload()

    # -- state ---------------------------------------------------------------------

    def reload(self, keep_row: int = 0) -> None:
        self.pending = self.project.pending_names()
        self.names.blockSignals(True)
        self.names.clear()
        for item in self.pending:
            times = item.as_source + item.as_respondent
            row = QListWidgetItem(tr("{name}  ({times}×)", name=item.written, times=times))
            self.names.addItem(row)
        self.names.blockSignals(False)
        if self.pending:
            self.names.setCurrentRow(min(keep_row, len(self.pending) - 1))
            self._show_name(self.names.currentRow())
        else:
            self._show_name(-1)
        self._count()

    def current(self) -> PendingName | None:
        row = self.names.currentRow()
        return self.pending[row] if 0 <= row < len(self.pending) else None

    def _count(self) -> None:
        left = len(self.pending)
        self.left_count.setText(
            ntr("{count} name left to check.", "{count} names left to check.", left)
            if left
            else tr("All names are checked. The results are up to date.")
        )

    def _show_name(self, row: int) -> None:
        item = self.pending[row] if 0 <= row < len(self.pending) else None
        enabled = item is not None
        for widget in (
            self.as_person,
            self.as_external,
            self.as_drop,
            self.search,
            self.candidates,
        ):
            widget.setEnabled(enabled)
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if item is None:
            self.written.setText("")
            self.occurrences.setText("")
            self.respondent_note.setText("")
            self.candidates.clear()
            self._update_apply()
            return
        self.written.setText(f"“{item.written}”")
        parts = []
        if item.as_source:
            parts.append(
                tr("named {count}× as a colleague someone learns from", count=item.as_source)
            )
        if item.as_respondent:
            parts.append(tr("given {count}× as the person who answered", count=item.as_respondent))
        text = "; ".join(parts) + "."
        if len(item.spellings) > 1:
            text += " " + tr("Written as: {spellings}.", spellings=", ".join(item.spellings))
        self.occurrences.setText(text[:1].upper() + text[1:])
        # The note keeps its place (no jumping buttons); it has text only when it applies.
        self.respondent_note.setText(self._respondent_text() if item.as_respondent else "")
        self._fill_candidates(self._suggestions(item), suggested=True)
        self.as_person.setChecked(True)
        self._update_apply()

    def _suggestions(self, item: PendingName) -> list[int]:
        found = self.index.match(item.written)
        return [c for c in found.candidates if c in self.people]

    def _fill_candidates(self, ids: list[int], suggested: bool) -> None:
        self.candidates.clear()
        for person_id in ids:
            person = self.people[person_id]
            label = person.name
            details = ", ".join(v for v in (person.department, person.role) if v)
            if details:
                label += f"  —  {details}"
            if suggested:
                label = tr("Suggested: {person}", person=label)
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, person_id)
            self.candidates.addItem(entry)
        self.candidates.setCurrentRow(-1)

    def _search(self, text: str) -> None:
        item = self.current()
        if item is None:
            return
        self.as_person.setChecked(True)
        if text.strip():
            self._fill_candidates(self.index.search(text, 50), suggested=False)
        else:
            self._fill_candidates(self._suggestions(item), suggested=True)
        self._update_apply()

    def _search_enter(self) -> None:
        if self.candidates.count() and self.candidates.currentRow() < 0:
            self.candidates.setCurrentRow(0)
            self.candidates.setFocus()

    def _candidate_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.as_person.setChecked(True)
        self._update_apply()

    def choice(self) -> tuple[str, int | None] | None:
        button = self.group.checkedButton()
        if button is None or self.current() is None:
            return None
        decision = str(button.property("decision"))
        if decision != PERSON:
            return decision, None
        if self.candidates.currentRow() < 0:
            return None
        item = self.candidates.currentItem()
        return PERSON, int(item.data(Qt.ItemDataRole.UserRole))

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(self.choice() is not None)

    def apply(self) -> None:
        item, choice = self.current(), self.choice()
        if item is None or choice is None:
            return
        decision, person_id = choice
        row = self.names.currentRow()
        try:
            # One decision covers every spelling with the same normalised form.
            self.project.decide_name(item.written, decision, person_id)
        except Exception as exc:
            error(self, tr("Not saved"), tr("The decision could not be saved."), str(exc))
            return
        self.decided += 1
        self.reload(keep_row=row)

    @staticmethod
    def _respondent_text() -> str:
        return tr(
            "This name was given as the person who answered. If it is not someone on the "
            "staff list, or you ignore it, that answer is removed."
        )

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Check names"))
        self.intro.setText(
            tr(
                "These names in the answers did not match exactly one person on the staff list. "
                "Kennisnet never guesses: choose who is meant. Until then, the tie is left out of "
                "the results."
            )
        )
        self.left_title.setText(tr("Names to check"))
        self.as_person.setText(tr("This is someone on the staff list:"))
        self.search.setPlaceholderText(tr("Type part of a name…"))
        self.as_external.setText(tr("Someone not on the staff list (for example a supplier)"))
        self.external_note.setText(
            tr("Kept as a person of their own in the network, left out of the figures.")
        )
        self.as_drop.setText(tr("Ignore this name"))
        self.drop_note.setText(tr("The name is removed from the answers."))
        item = self.current()
        self.respondent_note.setText(
            self._respondent_text() if item is not None and item.as_respondent else ""
        )
        self.apply_button.setText(tr("Apply"))
        self.close_button.setText(tr("Close"))
        self._count()
