"""Pages that tell the respondent something: thanks, not taking part, already answered, kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kennisnet.ui.kiosk.widgets import Page


class NoticePage(Page):
    """A big message with one main button and, when needed, a second one.

    ``texts`` returns (title, body, main button, second button or "") in the
    current language; it is called again on every language switch.
    """

    def __init__(
        self,
        name: str,
        texts: Callable[[], tuple[str, str, str, str]],
        *,
        symbol: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._texts = texts
        self.symbol = QLabel(symbol)
        self.symbol.setObjectName("big")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.symbol.setVisible(bool(symbol))
        self.body.addWidget(self.symbol)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.help.hide()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        title, message, main, second = self._texts()
        self.title.setText(title)
        self.message.setText(message)
        self.next_button.setText(main)
        self.back_button.setText(second)
        self.back_button.setVisible(bool(second))
