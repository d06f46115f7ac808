"""Which personal codes were used: names and when, never what anyone answered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.phones.codes import CodeCard


class CodesUsedDialog(QDialog):
    """One row per card of the current wave: name, department, used (when) or not."""

    def __init__(self, cards: Sequence[CodeCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesCodesUsed")
        self.setWindowTitle(tr("Which codes were used"))
        layout = QVBoxLayout(self)
        used = sum(1 for c in cards if c.used_at)
        self.summary = QLabel(
            tr("{used} of {total} codes used.", used=used, total=len(cards))
            if cards
            else tr("No personal codes have been made for this wave.")
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        note = QLabel(tr("This list shows whose code was used and when, not what they answered."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(cards), 3)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Department"), tr("Code used")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Used codes first, so HR sees at once who has answered on a phone.
        ordered = sorted(cards, key=lambda c: c.used_at is None)
        for row, card in enumerate(ordered):
            mark = tr("used {at}", at=card.used_at) if card.used_at else tr("not used")
            for column, text in enumerate((card.person.name, card.person.department or "", mark)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)
