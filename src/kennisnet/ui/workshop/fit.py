"""A text that always fits its box: the font shrinks until every line shows.

A projector may be 1366×768 or 1920×1080 and Dutch sentences are longer than
English ones; instead of running off the bottom of the slide the text takes the
largest size (from ``largest`` down to ``smallest`` points) at which it fits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    def __init__(self, largest: float, smallest: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.largest, self.smallest = largest, smallest
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The box decides the size, not the text: the text adapts to the box.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.fit()

    def fits(self) -> bool:
        """Every line of the text shows inside the label at its current font."""
        rect = self.contentsRect()
        return self.heightForWidth(rect.width()) <= rect.height()

    def fit(self) -> None:
        size = self.largest
        while True:
            font = QFont(self.font())
            font.setPointSizeF(size)
            self.setFont(font)
            if size <= self.smallest or self.fits():
                return
            size = max(self.smallest, size - 0.5)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()
