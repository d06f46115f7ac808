"""The QR code of the survey address, drawn as sharp squares at any size (a projector too)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kennisnet.phones.printouts import qr_runs

#: White modules around the code, as the QR standard asks (cameras need them).
QUIET = 4


class QrCode(QWidget):
    """A square QR code that fills the space it gets, on a white background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesQrCode")
        self.text = ""
        self._modules = 0
        self._runs: list[tuple[int, int, int]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(220, 220)

    def set_text(self, text: str) -> None:
        self.text = text
        self._modules, self._runs = qr_runs(text) if text else (0, [])
        self.update()

    @property
    def modules(self) -> int:
        """The code's size in modules (0 when there is none)."""
        return self._modules

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 480)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    def code_rect(self) -> QRectF:
        """Where the code (with its quiet zone) is drawn: the largest centred square."""
        side = float(min(self.width(), self.height()))
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        area = self.code_rect()
        painter.fillRect(area, QColor("#ffffff"))
        if not self._modules:
            return
        total = self._modules + 2 * QUIET
        # Whole pixels per module where possible, so that every module is equally sharp.
        unit = max(1.0, float(int(area.width() / total))) if area.width() >= total else 1.0
        side = unit * total
        left = area.left() + (area.width() - side) / 2
        top = area.top() + (area.height() - side) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, x, n in self._runs:
            painter.drawRect(
                QRectF(left + (QUIET + x) * unit, top + (QUIET + y) * unit, n * unit, unit)
            )
        painter.end()
