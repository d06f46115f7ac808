"""Import kiosk answers that were not saved: offer the rescue file found on this laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kennisnet.i18n import ntr, tr
from kennisnet.ui.typography import heading

FOUND, OTHER = "found", "other"


def rescue_filter() -> str:
    return tr("Kiosk rescue files (*.json)") + ";;" + tr("All files (*)")


class RescueOfferDialog(QDialog):
    """'A kiosk on this laptop kept N answers': import them, or choose another file."""

    def __init__(self, path: Path, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescueOffer")
        self.setWindowTitle(tr("Import kiosk answers"))
        self.choice = ""
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Kiosk answers that were not saved"), 1.3))
        text = QLabel(
            ntr(
                "A kiosk on this laptop could not save {count} answer for this project. "
                "It kept it in a rescue file:",
                "A kiosk on this laptop could not save {count} answers for this project. "
                "It kept them in a rescue file:",
                count,
            )
            + f"\n{path}\n\n"
            + tr(
                "Import them now. Answers that are already in the project are skipped, so "
                "importing twice does no harm."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            tr("Import these answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self._choose(FOUND))
        self.other_button = buttons.addButton(
            tr("Choose another file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button.clicked.connect(lambda: self._choose(OTHER))
        cancel = buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
