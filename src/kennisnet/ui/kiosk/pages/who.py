"""Step 2: who are you? Type part of your name and choose yourself."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from kennisnet.i18n import N_, language, tr
from kennisnet.matching import NameIndex
from kennisnet.model import Person
from kennisnet.questionnaire import Questionnaire
from kennisnet.session.kiosk_saving import Answers
from kennisnet.ui.kiosk.search import NameSearch
from kennisnet.ui.kiosk.widgets import Page


class WhoPage(Page):
    step = 2

    def __init__(
        self,
        questionnaire: Questionnaire,
        answers: Answers,
        index: NameIndex,
        people: Mapping[int, Person],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.answers = answers
        self.people = people
        self.search = NameSearch(
            index,
            people,
            placeholder=N_("Type part of your name"),
            not_found=N_(
                "No one on the list matches this. Check the spelling, or type only a part "
                "of your first name or surname."
            ),
            limit=6,
        )
        self.search.picked.connect(self.choose)
        self.body.addWidget(self.search, 1)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("note")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.hide()
        self.search.add_under_field(self.chosen_label)
        self.next_button.setEnabled(False)
        self.retranslate()

    def choose(self, person_id: int) -> None:
        self.answers.respondent = self.people[person_id]
        self.search.clear()
        self._show_choice()
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def _show_choice(self) -> None:
        person = self.answers.respondent
        self.chosen_label.setVisible(person is not None)
        if person is not None:
            place = f" ({person.department})" if person.department else ""
            self.chosen_label.setText(
                tr("You chose: {name}", name=person.name)
                + place
                + "\n"
                + tr("Not you? Type your name again.")
            )

    def retranslate(self) -> None:
        super().retranslate()
        lang = language()
        self.title.setText(self.questionnaire.text("who_title", lang))
        self.help.setText(self.questionnaire.text("who_help", lang))
        self.search.retranslate()
        self._show_choice()

    def focus_first(self) -> None:
        if self.answers.respondent is None:
            self.search.focus()
        else:
            self.next_button.setFocus()
