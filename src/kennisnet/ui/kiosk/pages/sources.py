"""Step 3: from whom do you learn the most? Pick colleagues, say how often and about what."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import N_, language, ntr, tr
from kennisnet.matching import NameIndex
from kennisnet.model import Frequency, Person
from kennisnet.questionnaire import FREQUENCY_LABELS, Questionnaire
from kennisnet.session.kiosk_saving import Answers, SourceChoice
from kennisnet.ui.kiosk.search import NameSearch
from kennisnet.ui.kiosk.widgets import Button, Page, Spaced


class SourceRow(QFrame):
    """One chosen person: name, how often (four buttons), about what, remove."""

    removed = Signal(object)

    def __init__(self, choice: SourceChoice, questionnaire: Questionnaire) -> None:
        super().__init__()
        self.setObjectName("row")
        self.choice = choice
        self.questionnaire = questionnaire
        layout = QVBoxLayout(self)
        self.spaced = Spaced(self)
        self.spaced.add(layout, (0.53, 0.33, 0.53, 0.4), 0.27)
        top = QHBoxLayout()
        self.spaced.add(top, spacing=0.4)
        who = QVBoxLayout()
        who.setSpacing(0)
        self.name = QLabel()
        self.name.setObjectName("name")
        self.name.setWordWrap(True)
        who.addWidget(self.name)
        # The department (or "not on the list") in full, under the name: never cut off.
        self.extra = QLabel()
        self.extra.setObjectName("muted")
        self.extra.setWordWrap(True)
        who.addWidget(self.extra)
        top.addLayout(who, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.spaced.add(buttons, spacing=0.2)
        self.group = QButtonGroup(self)
        self.frequency: dict[Frequency, Button] = {}
        for frequency in FREQUENCY_LABELS:
            button = Button(kind="toggle")
            button.setProperty("freq", True)
            button.setCheckable(True)
            button.setChecked(choice.frequency is frequency)
            button.toggled.connect(lambda on, f=frequency: self._set_frequency(f, on))
            self.group.addButton(button)
            self.frequency[frequency] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.topic = QLineEdit(choice.topic)
        self.topic.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.topic.textChanged.connect(self._set_topic)
        layout.addWidget(self.topic)
        # Made last, so that Tab goes: how often, about what, then remove.
        self.remove = Button("✕", kind="remove")
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        top.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.spaced.apply()

    def _set_frequency(self, frequency: Frequency, on: bool) -> None:
        if on:
            self.choice.frequency = frequency

    def _set_topic(self, text: str) -> None:
        self.choice.topic = text

    def retranslate(self) -> None:
        choice = self.choice
        if choice.person_id is None:
            extra = tr("not on the list")
        else:
            extra = choice.department or ""
        self.name.setText(choice.name)
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))
        self.remove.setAccessibleName(tr("Remove {name}", name=choice.name))
        self.remove.setToolTip(tr("Remove {name}", name=choice.name))
        for frequency, button in self.frequency.items():
            button.setText(tr(FREQUENCY_LABELS[frequency]))
        self.topic.setPlaceholderText(self.questionnaire.text("sources_topic", language()))
        self.topic.setAccessibleName(self.topic.placeholderText())


class SourcesPage(Page):
    step = 3

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
        self.rows: list[SourceRow] = []
        columns = QHBoxLayout()
        self.spaced.add(columns, spacing=0.8)
        left = QVBoxLayout()
        self.spaced.add(left, spacing=0.4)
        self.search = NameSearch(
            index,
            people,
            placeholder=N_("Type part of a colleague's name"),
            not_found=N_(
                "No one on the list matches this. Check the spelling, or add the person "
                "below as someone who is not on the list."
            ),
            limit=8,
            hints=False,
        )
        self.search.picked.connect(self.add_person)
        left.addWidget(self.search, 1)
        self.other_label = QLabel()
        self.other_label.setWordWrap(True)
        left.addWidget(self.other_label)
        other = QHBoxLayout()
        self.other = QLineEdit()
        self.other.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.other.returnPressed.connect(self.add_written)
        self.add_other = Button()
        self.add_other.clicked.connect(self.add_written)
        other.addWidget(self.other, 1)
        other.addWidget(self.add_other)
        left.addLayout(other)
        self.more = QCheckBox()
        self.more.setChecked(answers.more_sources)
        self.more.toggled.connect(self._set_more)
        # The checkbox sits in the bottom row, between Back and Next, where there is room.
        self.footer.insertWidget(2, self.more)
        self.footer.insertStretch(3, 1)
        columns.addLayout(left, 4)
        right = QVBoxLayout()
        self.spaced.add(right, spacing=0.33)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        right.addWidget(self.count_label)
        self.rows_area = QScrollArea()
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes into the rows themselves (the area scrolls to the focused field).
        self.rows_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        self.rows_layout = QVBoxLayout(holder)
        self.spaced.add(self.rows_layout, (0, 0, 0.27, 0), 0.4)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.rows_layout.addWidget(self.empty)
        self.rows_layout.addStretch(1)
        self.rows_area.setWidget(holder)
        right.addWidget(self.rows_area, 1)
        self.cap_note = QLabel()
        self.cap_note.setObjectName("note")
        self.cap_note.setWordWrap(True)
        self.cap_note.hide()
        right.addWidget(self.cap_note)
        columns.addLayout(right, 6)
        self.body.addLayout(columns, 1)
        for choice in answers.sources:
            self._add_row(choice)
        self._refresh()
        self.retranslate()

    # -- choosing ----------------------------------------------------------------

    def add_person(self, person_id: int) -> None:
        person = self.people[person_id]
        choice = SourceChoice(name=person.name, person_id=person.id, department=person.department)
        self.answers.sources.append(choice)
        self._add_row(choice)
        self.search.clear()
        self._refresh()
        self.search.focus()

    def add_written(self) -> None:
        name = " ".join(self.other.text().split())
        if not name:
            self.other.setFocus()
            return
        choice = SourceChoice(name=name)
        self.answers.sources.append(choice)
        self._add_row(choice)
        self.other.clear()
        self._refresh()
        self.other.setFocus()

    def _add_row(self, choice: SourceChoice) -> None:
        row = SourceRow(choice, self.questionnaire)
        row.removed.connect(self.remove_row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        row.show()  # at once, not on the next turn of the event loop
        self.rows.append(row)
        self.order_focus()
        QTimer.singleShot(0, lambda: self._show_row(row))

    def _show_row(self, row: SourceRow) -> None:
        if row in self.rows:
            self.rows_area.ensureWidgetVisible(row)

    def remove_row(self, row: SourceRow) -> None:
        self.rows.remove(row)
        self.answers.sources.remove(row.choice)
        row.hide()
        row.deleteLater()
        self._refresh()
        self.search.focus()

    def prepare(self) -> None:
        """Before the page shows: never offer the respondent themself."""
        me = self.answers.respondent
        for row in [r for r in self.rows if me is not None and r.choice.person_id == me.id]:
            self.remove_row(row)
        self._refresh()

    def _set_more(self, on: bool) -> None:
        self.answers.more_sources = on

    def _refresh(self) -> None:
        me = self.answers.respondent
        chosen = {s.person_id for s in self.answers.sources if s.person_id is not None}
        self.search.set_exclude(chosen | ({me.id} if me else set()))
        self.empty.setVisible(not self.rows)
        count = len(self.rows)
        cap = self.questionnaire.soft_cap
        self.cap_note.setVisible(cap is not None and count >= cap)
        self._texts()

    def _texts(self) -> None:
        count = len(self.rows)
        self.count_label.setText(ntr("You chose {count} person", "You chose {count} people", count))
        cap = self.questionnaire.soft_cap
        self.cap_note.setText(
            tr(
                "You chose {count} people. That is fine. Do think first of the people you "
                "learn the most from.",
                count=count,
            )
            if cap is not None
            else ""
        )

    def retranslate(self) -> None:
        super().retranslate()
        lang = language()
        q = self.questionnaire
        self.title.setText(q.text("sources_title", lang))
        self.help.setText(q.text("sources_help", lang))
        self.search.retranslate()
        self.other_label.setText(q.text("sources_not_on_list", lang) + ":")
        self.other.setPlaceholderText(tr("Name"))
        self.other.setAccessibleName(q.text("sources_not_on_list", lang))
        self.add_other.setText(tr("Add"))
        self.more.setText(q.text("sources_more", lang))
        self.empty.setText(tr("No one chosen yet. The people you choose appear here."))
        for row in self.rows:
            row.retranslate()
        self._texts()

    def focus_first(self) -> None:
        self.search.focus()
