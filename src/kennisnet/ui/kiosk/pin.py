"""The HR PIN: set when the kiosk starts (twice, 4 to 8 digits), asked to leave the kiosk.

The PIN lives only in memory, as a salted hash, for this kiosk session; it is
never saved, so every start of the kiosk asks for a new one and a PIN that is
too easy to guess (see ``pin_rules``) is refused there, with the reason. After
five wrong tries the PIN page pauses; each further series of five wrong tries
doubles the pause (30 s, 1, 2, 4 … minutes, at most an hour), so guessing all
PINs takes months instead of hours. The wrong tries are counted for HR, who
sees them when they next open the HR menu.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import time
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import ntr, tr
from kennisnet.ui.kiosk.pin_rules import Weak, weakness
from kennisnet.ui.kiosk.widgets import Button, Page

_PIN = re.compile(r"[0-9]{4,8}")
MAX_TRIES = 5
WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 3600
_ROUNDS = 60_000


def valid_pin(text: str) -> bool:
    return bool(_PIN.fullmatch(text))


def pause_seconds(series: int) -> int:
    """The pause after the ``series``-th series of wrong tries in a row (1, 2, 3 …)."""
    return int(min(MAX_WAIT_SECONDS, WAIT_SECONDS * 2 ** min(series - 1, 20)))


class WeakPin(ValueError):
    def __init__(self, reason: Weak) -> None:
        super().__init__(f"the PIN is too easy to guess ({reason.value})")
        self.reason = reason


class PinLock:
    """A PIN kept as a salted hash, with a growing pause after series of wrong tries."""

    def __init__(self, pin: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        if not valid_pin(pin):
            raise ValueError("a PIN has 4 to 8 digits")
        reason = weakness(pin)
        if reason is not None:
            raise WeakPin(reason)
        self._salt = os.urandom(16)
        self._hash = self._digest(pin)
        self._clock = clock
        self._wrong = 0
        self._series = 0
        self._wait_until = 0.0
        #: Wrong tries since HR last saw the count (``take_wrong_tries``).
        self.wrong_tries = 0

    def _digest(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), self._salt, _ROUNDS)

    def wait_seconds(self) -> int:
        """Seconds before the next try is taken (0: now)."""
        return max(0, int(self._wait_until - self._clock() + 0.999))

    def check(self, pin: str) -> bool:
        if self.wait_seconds():
            return False
        if hmac.compare_digest(self._digest(pin), self._hash):
            self._wrong = 0
            self._series = 0
            return True
        self._wrong += 1
        self.wrong_tries += 1
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._series += 1
            self._wait_until = self._clock() + pause_seconds(self._series)
        return False

    def take_wrong_tries(self) -> int:
        """The wrong tries since the last call (HR is told them once)."""
        count, self.wrong_tries = self.wrong_tries, 0
        return count


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


def weak_pin_message(reason: Weak) -> str:
    why = {
        Weak.ONE_DIGIT: tr("One digit repeated (like 0000) is the first PIN anyone tries."),
        Weak.IN_A_ROW: tr("Digits in a row (like 1234, 4321 or 2468) are easy to guess."),
        Weak.PATTERN: tr("A repeated pattern (like 1212 or 1122) is easy to guess."),
        Weak.YEAR: tr("This PIN looks like a year (like 1985 or 2024): easy to guess."),
        Weak.COMMON: tr("This is one of the most used PINs: easy to guess."),
    }[reason]
    return why + " " + tr("Choose another PIN.")


def wait_message(seconds: int) -> str:
    if seconds > 90:
        minutes = (seconds + 59) // 60
        return tr("Too many wrong tries. Wait {minutes} minutes.", minutes=minutes)
    return ntr(
        "Too many wrong tries. Wait {seconds} second.",
        "Too many wrong tries. Wait {seconds} seconds.",
        seconds,
        seconds=seconds,
    )


class PinSetupDialog(QDialog):
    """Before the kiosk starts: HR chooses a PIN and types it twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock: PinLock | None = None
        self.setWindowTitle(tr("Start the kiosk"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(tr("Choose an HR PIN for this kiosk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        info = QLabel(
            tr(
                "Employees cannot leave the kiosk. With this PIN you can: see the response "
                "rate, let someone answer again, and leave the kiosk. Use 4 to 8 digits that "
                "are not easy to guess (not 0000, 1234 or a year). "
                "The PIN is not saved: you choose one each time you start the kiosk."
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        grid = QGridLayout()
        self.first = _pin_edit()
        self.second = _pin_edit()
        first_label = QLabel(tr("PIN"))
        first_label.setBuddy(self.first)
        second_label = QLabel(tr("The same PIN again"))
        second_label.setBuddy(self.second)
        grid.addWidget(first_label, 0, 0)
        grid.addWidget(self.first, 0, 1)
        grid.addWidget(second_label, 1, 0)
        grid.addWidget(self.second, 1, 1)
        layout.addLayout(grid)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A23B2A; font-weight: 600;")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = Button(tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = Button(tr("Start the kiosk"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.try_accept)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        # Wrapped texts need their height for the dialog's width (long in Dutch).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.first.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()

    def try_accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        if not valid_pin(first):
            self._show_error(tr("The PIN must have 4 to 8 digits."))
            self.first.setFocus()
            self.first.selectAll()
            return
        reason = weakness(first)
        if reason is not None:
            self._show_error(weak_pin_message(reason))
            self.first.clear()
            self.second.clear()
            self.first.setFocus()
            return
        if first != second:
            self._show_error(tr("The two PINs are not the same. Type them again."))
            self.second.clear()
            self.second.setFocus()
            return
        self.lock = PinLock(first)
        self.accept()


class PinPage(Page):
    """In the kiosk: the HR adviser types the PIN (keyboard or the big keypad)."""

    accepted = Signal()
    cancelled = Signal()
    hr_only = True

    def __init__(self, lock: PinLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pin")
        self.lock = lock
        self.edit = _pin_edit()
        self.edit.setMaximumWidth(420)
        self.edit.returnPressed.connect(self.submit)
        self.body.addWidget(self.edit)
        pad = QGridLayout()
        pad.setSpacing(10)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        self.keys: dict[str, Button] = {}
        for position, key in enumerate(keys):
            button = Button(key, kind="key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            pad.addWidget(button, position // 3, position % 3)
            self.keys[key] = button
        row = QHBoxLayout()
        row.addLayout(pad)
        row.addStretch(1)
        self.body.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back.connect(self.cancelled)
        self.next.connect(self.submit)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    def start(self) -> None:
        self.edit.clear()
        self.message.clear()
        self._tick()

    def _key(self, key: str) -> None:
        if key == "OK":
            self.submit()
        elif key == "⌫":
            self.edit.backspace()
        elif len(self.edit.text()) < 8:
            self.edit.insert(key)
        self.edit.setFocus()

    def submit(self) -> None:
        if self.lock.wait_seconds():
            self._tick()
            return
        if self.lock.check(self.edit.text()):
            self.edit.clear()
            self.message.clear()
            self.accepted.emit()
            return
        self.edit.clear()
        if self.lock.wait_seconds():
            self._tick()
        else:
            self.message.setText(tr("That PIN is not right. Try again."))
        self.edit.setFocus()

    def _tick(self) -> None:
        wait = self.lock.wait_seconds()
        if wait:
            self.message.setText(wait_message(wait))
            self._timer.start()
        else:
            if self._timer.isActive():
                self.message.clear()
            self._timer.stop()
        self.edit.setEnabled(not wait)
        for key in self.keys.values():
            key.setEnabled(not wait)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(tr("For the HR adviser"))
        self.help.setText(tr("Type the HR PIN to open the HR menu."))
        self.edit.setAccessibleName(tr("PIN"))
        self.back_button.setText(tr("Back to the survey"))
        self.next_button.setText(tr("Open"))
        self.keys["⌫"].setAccessibleName(tr("Delete a digit"))
        self.keys["OK"].setText(tr("OK"))

    def focus_first(self) -> None:
        self.edit.setFocus()
