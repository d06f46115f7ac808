"""Step 1: what this is, who sees what, voluntary; "I take part" / "I do not take part"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from kennisnet.i18n import language, tr
from kennisnet.questionnaire import Questionnaire
from kennisnet.ui.kiosk.widgets import Page


class ConsentPage(Page):
    step = 1
    declined = Signal()

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.text)
        self.body.addWidget(scroll, 1)
        # "I do not take part" sits where Back is on the other pages: there is no way back.
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self.declined)
        self.help.hide()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        lang = language()
        self.title.setText(self.questionnaire.text("consent_title", lang))
        self.text.setText(self.questionnaire.text("consent_body", lang))
        self.next_button.setText(self.questionnaire.text("consent_yes", lang))
        self.back_button.setText(self.questionnaire.text("consent_no", lang))
        self.setAccessibleName(tr("Consent"))
