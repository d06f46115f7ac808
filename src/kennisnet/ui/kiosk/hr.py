"""The HR menu behind the PIN, and the page to let someone answer again (a redo)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kennisnet.i18n import N_, ntr, tr
from kennisnet.matching import NameIndex
from kennisnet.model import Person
from kennisnet.ui.kiosk.search import NameSearch
from kennisnet.ui.kiosk.widgets import Button, Page


class HrMenuPage(Page):
    """Response rate, redo, answers that could not be saved, leave the kiosk."""

    coverage_requested = Signal()
    redo_requested = Signal()
    retry_requested = Signal()
    rescue_requested = Signal()
    leave_requested = Signal()

    hr_only = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hr-menu")
        self.pending = 0
        self._summary: Callable[[], str] = str
        self._message: Callable[[], str] = str
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.coverage_button = Button()
        self.coverage_button.clicked.connect(self.coverage_requested)
        self.redo_button = Button()
        self.redo_button.clicked.connect(self.redo_requested)
        grid.addWidget(self.coverage_button, 0, 0)
        grid.addWidget(self.redo_button, 0, 1)
        self.body.addLayout(grid)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("note")
        self.pending_label.setWordWrap(True)
        self.body.addWidget(self.pending_label)
        pending = QGridLayout()
        pending.setSpacing(14)
        self.retry_button = Button()
        self.retry_button.clicked.connect(self.retry_requested)
        self.rescue_button = Button()
        self.rescue_button.clicked.connect(self.rescue_requested)
        pending.addWidget(self.retry_button, 0, 0)
        pending.addWidget(self.rescue_button, 0, 1)
        self.body.addLayout(pending)
        self.message = QLabel()
        self.message.setObjectName("good")
        self.message.setWordWrap(True)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back_button.clicked.connect(self.leave_requested)
        self.leave_button = self.back_button
        self.retranslate()

    def show_state(
        self,
        *,
        summary: Callable[[], str],
        pending: int,
        message: Callable[[], str] = str,
        error: bool = False,
    ) -> None:
        """Show the state; the texts are functions so that they follow a language switch."""
        self._summary = summary
        self._message = message
        self.pending = pending
        self.message.setObjectName("error" if error else "good")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self._texts()

    def _texts(self) -> None:
        self.summary.setText(self._summary())
        self.message.setText(self._message())
        self._pending_texts()

    def _pending_texts(self) -> None:
        count = self.pending
        for widget in (self.pending_label, self.retry_button, self.rescue_button):
            widget.setVisible(bool(count))
        text = ntr(
            "{count} answer could not be saved yet. It is kept on this laptop.",
            "{count} answers could not be saved yet. They are kept on this laptop.",
            count,
        )
        self.pending_label.setText(text)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(tr("HR menu"))
        self.help.hide()
        self.coverage_button.setText(tr("Response rate per department"))
        self.redo_button.setText(tr("Let someone answer again"))
        self.retry_button.setText(tr("Try saving again"))
        self.rescue_button.setText(tr("Save them to a rescue file"))
        self.leave_button.setText(tr("Leave the kiosk"))
        self.next_button.setText(tr("Back to the survey"))
        self._texts()

    def focus_first(self) -> None:
        self.next_button.setFocus()


class RedoPage(Page):
    """HR finds a person who already answered and lets them answer again."""

    chosen = Signal(int)
    hr_only = True

    def __init__(
        self, index: NameIndex, people: Mapping[int, Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redo")
        self.search = NameSearch(
            index,
            people,
            placeholder=N_("Type part of the name"),
            not_found=N_("No one on the list matches this."),
            limit=6,
        )
        self.search.picked.connect(self.chosen)
        self.body.addWidget(self.search, 1)
        self.message = QLabel()
        self.message.setObjectName("note")
        self.message.setWordWrap(True)
        self.message.hide()
        self.search.add_under_field(self.message)
        self._message: Callable[[], str] = str
        self.back_button.hide()
        self.retranslate()

    def show_message(self, text: Callable[[], str]) -> None:
        """Show a message (a function, so that it follows a language switch)."""
        self._message = text
        self.message.setText(text())
        self.message.setVisible(bool(self.message.text()))
        self.search.clear()
        self.search.focus()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(tr("Let someone answer again"))
        self.help.setText(
            tr(
                "Choose the person. They can then fill in the survey again; their new "
                "answers replace the earlier ones."
            )
        )
        self.search.retranslate()
        self.message.setText(self._message())
        self.next_button.setText(tr("Back to the HR menu"))

    def focus_first(self) -> None:
        self.search.focus()
