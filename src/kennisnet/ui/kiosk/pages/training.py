"""Step 5: formal training for your current work? yes / no / don't know; if yes, which and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kennisnet.i18n import language, tr
from kennisnet.model import TrainingAnswer
from kennisnet.questionnaire import TRAINING_LABELS, Questionnaire
from kennisnet.session.kiosk_saving import Answers
from kennisnet.ui.kiosk.widgets import Button, Page


class TrainingPage(Page):
    step = 5

    def __init__(
        self, questionnaire: Questionnaire, answers: Answers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.answers = answers
        row = QHBoxLayout()
        self.spaced.add(row, spacing=0.53)
        self.group = QButtonGroup(self)
        self.buttons: dict[TrainingAnswer, Button] = {}
        for answer in TRAINING_LABELS:
            button = Button(kind="toggle")
            button.setCheckable(True)
            button.setChecked(answers.training is answer)
            button.setMinimumWidth(200)
            button.toggled.connect(lambda on, a=answer: self._choose(a, on))
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.details = QWidget()
        grid = QGridLayout(self.details)
        self.spaced.add(grid, (0, 0.4, 0, 0), 0.4)
        self.which_label = QLabel()
        self.which = QLineEdit(answers.training_which)
        self.when_label = QLabel()
        self.when = QLineEdit(answers.training_when)
        for edit in (self.which, self.when):
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.which.textChanged.connect(self._set_which)
        self.when.textChanged.connect(self._set_when)
        self.which_label.setBuddy(self.which)
        self.when_label.setBuddy(self.when)
        grid.addWidget(self.which_label, 0, 0)
        grid.addWidget(self.which, 1, 0)
        grid.addWidget(self.when_label, 2, 0)
        grid.addWidget(self.when, 3, 0)
        self.body.addWidget(self.details)
        self.body.addStretch(1)
        self.details.setVisible(answers.training is TrainingAnswer.YES)
        self.retranslate()

    def _choose(self, answer: TrainingAnswer, on: bool) -> None:
        if not on:
            return
        self.answers.training = answer
        self.details.setVisible(answer is TrainingAnswer.YES)

    def _set_which(self, text: str) -> None:
        self.answers.training_which = text

    def _set_when(self, text: str) -> None:
        self.answers.training_when = text

    def retranslate(self) -> None:
        super().retranslate()
        lang = language()
        q = self.questionnaire
        self.title.setText(q.text("training_title", lang))
        self.help.setText(tr("For example a course, a training, an apprenticeship or a diploma."))
        for answer, button in self.buttons.items():
            button.setText(tr(TRAINING_LABELS[answer]))
        self.which_label.setText(q.text("training_which", lang))
        self.when_label.setText(q.text("training_when", lang))
        self.next_button.setText(tr("Send my answers"))

    def focus_first(self) -> None:
        chosen = self.answers.training
        (self.buttons[chosen] if chosen else next(iter(self.buttons.values()))).setFocus()
