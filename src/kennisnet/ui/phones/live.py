"""While phones answer: the QR code, the address to type, and the count per department.

Made to be read from across a room (a projector): the QR code takes the height it
gets, the address is in large type, and the count is the kiosk's coverage table
(per department, against the 80% target).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import language, ntr, tr
from kennisnet.phones.printouts import POSTER_TITLE
from kennisnet.phones.session import CODES
from kennisnet.store import Coverage
from kennisnet.ui.kiosk.coverage import COLUMNS, CoverageModel, coverage_sentence, coverage_table
from kennisnet.ui.phones.qr import QrCode
from kennisnet.ui.typography import scaled_font


def short(url: str) -> str:
    """The address as a person types it: without ``http://`` (every phone adds it)."""
    return url.removeprefix("http://")


class LivePage(QWidget):
    """The running survey: ``set_address`` once, ``set_coverage`` as answers come in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesLive")
        self.url = ""
        self.mode = ""
        self.rows: list[Coverage] = []
        self.from_phones = 0
        self.codes_used: tuple[int, int] = (0, 0)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(24)
        self.qr = QrCode()
        outer.addWidget(self.qr, 5)

        side = QVBoxLayout()
        side.setSpacing(10)
        self.scan = QLabel()
        self.scan.setObjectName("phonesScan")
        self.scan.setWordWrap(True)
        self.scan.setFont(scaled_font(self.scan, 1.6, bold=True))
        self.scan_other = QLabel()  # the other language, as on the poster
        self.scan_other.setWordWrap(True)
        self.scan_other.setFont(scaled_font(self.scan_other, 1.2))
        self.address_caption = QLabel()
        self.address = QLabel()
        self.address.setObjectName("phonesAddressShown")
        self.address.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.address.font().pointSizeF() * 1.7)
        mono.setBold(True)
        self.address.setFont(mono)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        for widget in (
            self.scan,
            self.scan_other,
            self.address_caption,
            self.address,
            self.address_note,
        ):
            side.addWidget(widget)
        side.addSpacing(8)
        self.summary = QLabel()
        self.summary.setObjectName("phonesCount")
        self.summary.setWordWrap(True)
        self.summary.setFont(scaled_font(self.summary, 1.25, bold=True))
        side.addWidget(self.summary)
        self.detail = QLabel()
        self.detail.setObjectName("phonesFromPhones")
        self.detail.setWordWrap(True)
        side.addWidget(self.detail)
        self.model = CoverageModel()
        self.table = coverage_table(self.model)
        self.table.setObjectName("phonesCoverage")
        side.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.poster_button = QPushButton()
        self.poster_button.setObjectName("phonesPoster")
        self.cards_button = QPushButton()
        self.cards_button.setObjectName("phonesCards")
        self.codes_button = QPushButton()
        self.codes_button.setObjectName("phonesCodesUsedButton")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("phonesStop")
        for button in (self.poster_button, self.cards_button, self.codes_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        side.addLayout(buttons)
        self.saved = QLabel()
        self.saved.setObjectName("phonesSaved")
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.saved)
        outer.addLayout(side, 4)

    def set_address(self, url: str, mode: str) -> None:
        self.url, self.mode = url, mode
        self.qr.set_text(url)
        self.address.setText(short(url))
        self.saved.clear()
        self.retranslate()

    def set_coverage(
        self, rows: Sequence[Coverage], from_phones: int, codes_used: tuple[int, int]
    ) -> None:
        self.rows, self.from_phones, self.codes_used = list(rows), from_phones, codes_used
        self.model.set_rows(self.rows)
        self._counts()

    def _counts(self) -> None:
        self.summary.setText(coverage_sentence(self.rows))
        detail = ntr(
            "{count} answer came in on phones since you started.",
            "{count} answers came in on phones since you started.",
            self.from_phones,
        )
        if self.mode == CODES:
            used, made = self.codes_used
            detail += " " + tr("{used} of {total} codes used.", used=used, total=made)
        self.detail.setText(detail)

    def retranslate(self) -> None:
        self.scan.setText(tr(POSTER_TITLE))
        other = "en" if language() == "nl" else "nl"
        self.scan_other.setText(tr(POSTER_TITLE, lang=other))
        self.address_caption.setText(tr("Camera not working? Type this address:"))
        self.address_note.setText(
            tr(
                "The address is new each time you start: an earlier poster no longer works. "
                "Phones must be on the same network as this laptop."
            )
        )
        self.poster_button.setText(tr("Save &poster (PDF)…"))
        self.poster_button.setToolTip(
            tr("An A4 poster with this QR code and two lines in Dutch and English.")
        )
        self.cards_button.setText(tr("Print code &cards (PDF)…"))
        self.cards_button.setToolTip(tr("A4 sheets with one card per person and their code."))
        self.codes_button.setText(tr("&Which codes were used"))
        self.stop_button.setText(tr("&Stop"))
        self.stop_button.setToolTip(
            tr("Stop collecting. Every answer a phone was thanked for is in the project.")
        )
        codes = self.mode == CODES
        self.cards_button.setVisible(codes)
        self.codes_button.setVisible(codes)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self._counts()
