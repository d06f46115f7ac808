"""What if … leaves? The sentences, the people affected, undo; and a picker for several people."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult, WhatIfResult
from kennisnet.i18n import ntr, tr

MAX_NAMES = 10


def escape(text: str) -> str:
    """HTML-safe text that keeps apostrophes readable in tests and copies."""
    return _escape(text, quote=False)


class WhatIfBox(QFrame):
    """Shown in the side panel while a what-if is on screen."""

    undo = Signal()
    reset = Signal()
    person_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatif")
        self.setStyleSheet(
            "#whatif { background:#F3F0FA; border:1px solid #C9BDE8; border-radius:4px; }"
        )
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.affected = QLabel()
        self.affected.setWordWrap(True)
        self.affected.linkActivated.connect(self._link)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.sentences)
        layout.addWidget(self.affected)
        layout.addLayout(buttons)
        self.whatif: WhatIfResult | None = None
        self.steps = 0

    def show_whatif(self, whatif: WhatIfResult | None, steps: int) -> None:
        self.whatif, self.steps = whatif, steps
        self.setVisible(whatif is not None)
        self.retranslate()

    def sentence_texts(self) -> list[str]:
        return [s.text() for s in self.whatif.sentences] if self.whatif else []

    def retranslate(self) -> None:
        w = self.whatif
        if w is None:
            return
        before = w.before
        people = [before.person(pid).name for pid in w.leaving]
        names = (
            people[0]
            if len(people) == 1
            else tr("{names} and {last}", names=", ".join(people[:-1]), last=people[-1])
        )
        question = ntr(
            "What if {names} leaves?", "What if {names} leave?", len(w.leaving), names=names
        )
        self.title.setText(f"<b>{escape(question)}</b>")
        self.sentences.setText(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li>{escape(t)}</li>" for t in self.sentence_texts())
            + "</ul>"
        )
        affected = sorted(
            set(w.no_longer_within) | set(w.no_longer_at_all) | set(w.lose_all_sources)
        )
        if affected:
            links = [
                f'<a href="person:{pid}">{escape(before.person(pid).name)}</a>'
                for pid in affected[:MAX_NAMES]
            ]
            if len(affected) > MAX_NAMES:
                links.append(escape(tr("and {count} more", count=len(affected) - MAX_NAMES)))
            self.affected.setText(
                f"<b>{escape(tr('Affected (purple ring in the graph):'))}</b> " + ", ".join(links)
            )
        else:
            self.affected.setText("")
        self.affected.setVisible(bool(affected))
        self.undo_button.setText(tr("Undo last step"))
        self.undo_button.setEnabled(self.steps > 0)
        self.reset_button.setText(tr("Back to today"))

    def _link(self, href: str) -> None:
        if href.startswith("person:"):
            self.person_requested.emit(int(href.split(":", 1)[1]))


class LeaverPicker(QDialog):
    """Pick one or more people (search by name or department)."""

    def __init__(
        self, result: AnalysisResult, chosen: tuple[int, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("What if … leaves?"))
        self.resize(460, 560)
        intro = QLabel(
            tr(
                "Tick the people who leave. Everything is worked out again without them; "
                "you can undo it afterwards."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search a name or department"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        people = sorted(result.people, key=lambda p: (-p.in_degree, p.name))
        for p in people:
            text = tr(
                "{name} — {department} ({count} learners)",
                name=p.name,
                department=p.department or tr("department unknown"),
                count=p.in_degree,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Work it out"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def set_checked(self, ids: set[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[int, ...]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(sorted(out))
