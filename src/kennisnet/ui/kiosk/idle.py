"""The idle reset: after a quiet spell a visible countdown ("Are you still there?"), then a reset.

``IdleWatch`` runs two single-shot timers (quiet time, then the warning time);
any activity while the warning shows puts it away and starts counting again.
Both times are injectable, so tests run them in milliseconds.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kennisnet.i18n import tr
from kennisnet.ui.kiosk.widgets import Button


class IdleWatch(QObject):
    warn = Signal()
    expired = Signal()
    dismissed = Signal()

    def __init__(self, idle_ms: int, warning_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(1, idle_ms))
        self.idle.timeout.connect(self._warn)
        self.countdown = QTimer(self)
        self.countdown.setSingleShot(True)
        self.countdown.setTimerType(Qt.TimerType.PreciseTimer)
        self.countdown.setInterval(max(1, warning_ms))
        self.countdown.timeout.connect(self._expire)
        self.enabled = False

    @property
    def warning(self) -> bool:
        return self.countdown.isActive()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self.countdown.remainingTime() / 1000))

    def start(self) -> None:
        """Count from now (called on every page change)."""
        self.enabled = True
        was_warning = self.warning
        self.countdown.stop()
        self.idle.start()
        if was_warning:
            self.dismissed.emit()

    def stop(self) -> None:
        self.enabled = False
        was_warning = self.warning
        self.idle.stop()
        self.countdown.stop()
        if was_warning:
            self.dismissed.emit()

    def poke(self) -> None:
        """Someone is there: start counting again (and put a warning away)."""
        if self.enabled:
            self.start()

    def _warn(self) -> None:
        self.countdown.start()
        self.warn.emit()

    def _expire(self) -> None:
        self.enabled = False
        self.expired.emit()


class IdleOverlay(QWidget):
    """A calm, dimmed layer over the whole kiosk with the countdown."""

    still_here = Signal()

    def __init__(self, watch: IdleWatch, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.watch = watch
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(900)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = Button(kind="primary")
        self.button.clicked.connect(self.still_here)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(card)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.retranslate)
        self.hide()

    def appear(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate()
        self.show()
        self.raise_()
        self.button.setFocus()
        self._timer.start()

    def disappear(self) -> None:
        self._timer.stop()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(tr("Are you still there?"))
        self.text.setText(
            tr(
                "The survey starts again in {seconds} seconds for the next colleague. "
                "What you filled in will then not be saved.",
                seconds=self.watch.seconds_left(),
            )
        )
        self.button.setText(tr("Yes, I am still here"))
