"""Step 4: how do you solve a problem when you don't know something? Choose and rank up to 3.

The order of choosing is the ranking (a badge shows 1, 2, 3); choosing a ranked
item again takes it out, and "Start over" clears the ranking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kennisnet.i18n import language, tr
from kennisnet.model import Channel
from kennisnet.questionnaire import Questionnaire
from kennisnet.session.kiosk_saving import Answers
from kennisnet.ui.kiosk.widgets import Button, ChoiceButton, Page


class ChannelsPage(Page):
    step = 4

    def __init__(
        self, questionnaire: Questionnaire, answers: Answers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.answers = answers
        grid = QGridLayout()
        self.spaced.add(grid, spacing=0.3)
        # No button group: Tab reaches every choice (a group would let Tab stop at one),
        # and the arrow keys move between them (ChoiceButton.neighbours).
        self.buttons: dict[Channel, ChoiceButton] = {}
        channels = list(questionnaire.channels)
        rows = (len(channels) + 1) // 2
        for position, channel in enumerate(channels):
            button = ChoiceButton()
            button.clicked.connect(lambda _=False, c=channel: self.toggle(c))
            self.buttons[channel] = button
            grid.addWidget(button, position % rows, position // rows)
        for button in self.buttons.values():
            button.neighbours = list(self.buttons.values())
        self.body.addLayout(grid)
        other = QHBoxLayout()
        self.other = QLineEdit(answers.channel_other)
        self.other.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.other.textChanged.connect(self._set_other)
        other.addWidget(self.other, 1)
        self.body.addLayout(other)
        # How many are chosen, and "Start over", in the bottom row between Back and Next:
        # the eight choices need the room above on a 1366×768 laptop.
        # [Back] [Start over] how many … [Next]: the text takes the room in between.
        self.clear_button = Button()
        self.clear_button.clicked.connect(self.clear)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        stretch = self.footer.takeAt(1)  # the stretch between Back and Next
        assert stretch is not None and stretch.spacerItem() is not None
        self.footer.insertWidget(1, self.clear_button)
        self.footer.insertWidget(2, self.status, 1)
        self.body.addStretch(1)
        self._refresh()
        self.retranslate()

    def toggle(self, channel: Channel) -> None:
        chosen = self.answers.channels
        if channel in chosen:
            chosen.remove(channel)
        elif len(chosen) < self.questionnaire.max_channels:
            chosen.append(channel)
        self._refresh()
        if channel is Channel.OTHER and channel in chosen:
            self.other.setFocus()

    def clear(self) -> None:
        self.answers.channels.clear()
        self._refresh()

    def _set_other(self, text: str) -> None:
        self.answers.channel_other = text

    def _refresh(self) -> None:
        chosen = self.answers.channels
        full = len(chosen) >= self.questionnaire.max_channels
        for channel, button in self.buttons.items():
            rank = chosen.index(channel) + 1 if channel in chosen else None
            button.setChecked(rank is not None)
            button.set_rank(rank)
        self.other.setVisible(Channel.OTHER in chosen)
        self.clear_button.setVisible(bool(chosen))
        self._full = full
        self._status_text()

    def _status_text(self) -> None:
        chosen = len(self.answers.channels)
        most = self.questionnaire.max_channels
        if chosen >= most:
            text = tr(
                "You chose {count}, the most there can be. Tap a choice again to take it out.",
                count=chosen,
            )
        elif chosen:
            text = tr(
                "You chose {count} of at most {most}. The numbers show your order.",
                count=chosen,
                most=most,
            )
        else:
            text = tr("Tap what you do first, then what you do next.")
        self.status.setText(text)

    def retranslate(self) -> None:
        super().retranslate()
        lang = language()
        q = self.questionnaire
        self.title.setText(q.text("channels_title", lang))
        self.help.setText(q.text("channels_help", lang))
        for channel, button in self.buttons.items():
            button.set_label(q.channel_label(channel, lang))
        self.other.setPlaceholderText(tr("What else do you do? (optional)"))
        self.other.setAccessibleName(self.other.placeholderText())
        self.clear_button.setText(tr("Start over"))
        self._status_text()

    def focus_first(self) -> None:
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus()
