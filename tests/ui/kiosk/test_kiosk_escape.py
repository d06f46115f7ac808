"""No way out of the kiosk without the HR PIN: keys, closing, minimising, hiding."""

from __future__ import annotations

import pytest
from kiosk_steps import PIN, click, focused, start
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kennisnet.ui.kiosk.guard import is_escape
from kennisnet.ui.kiosk.window import KioskWindow

K = Qt.Key
M = Qt.KeyboardModifier

ESCAPES = [
    ("Esc", K.Key_Escape, M.NoModifier),
    ("Alt+F4", K.Key_F4, M.AltModifier),
    ("Ctrl+Q", K.Key_Q, M.ControlModifier),
    ("Ctrl+W", K.Key_W, M.ControlModifier),
    ("Ctrl+F4", K.Key_F4, M.ControlModifier),
    ("Ctrl+Shift+Q", K.Key_Q, M.ControlModifier | M.ShiftModifier),
    ("Ctrl+Alt+Backspace", K.Key_Backspace, M.ControlModifier | M.AltModifier),
    ("Ctrl+Alt+F1", K.Key_F1, M.ControlModifier | M.AltModifier),
    ("Alt+Tab", K.Key_Tab, M.AltModifier),
    ("Alt+Space", K.Key_Space, M.AltModifier),
    ("Windows key", K.Key_Meta, M.MetaModifier),
    ("Windows+D", K.Key_D, M.MetaModifier),
    ("F11", K.Key_F11, M.NoModifier),
]


@pytest.mark.parametrize(("name", "key", "modifiers"), ESCAPES, ids=[e[0] for e in ESCAPES])
def test_escape_keys_do_nothing(
    qtbot: QtBot, kiosk: KioskWindow, name: str, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    start(qtbot, kiosk, "anne")
    kiosk.sources.search.line.setFocus()
    qtbot.keyClicks(kiosk.sources.search.line, "da")
    with qtbot.waitSignal(kiosk.guard.blocked):
        qtbot.keyClick(focused(kiosk), key, modifiers)
    assert kiosk.isVisible() and kiosk.isFullScreen()
    assert kiosk.current() is kiosk.sources
    assert kiosk.sources.search.line.text() == "da"  # the key never reached the field
    # On the consent page, where a respondent starts, too.
    kiosk.reset()
    with qtbot.waitSignal(kiosk.guard.blocked):
        qtbot.keyClick(focused(kiosk), key, modifiers)
    assert kiosk.isVisible() and kiosk.current() is kiosk.consent


def test_ordinary_editing_keys_still_work(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start(qtbot, kiosk, "anne")
    line = kiosk.sources.search.line
    qtbot.keyClicks(line, "daan")
    qtbot.keyClick(line, K.Key_A, M.ControlModifier)
    qtbot.keyClick(line, K.Key_Backspace)
    assert line.text() == ""
    # AltGr arrives as Ctrl+Alt on Windows: typing "@" or "€" must not be blocked.
    at = QKeyEvent(QEvent.Type.KeyPress, K.Key_At, M.ControlModifier | M.AltModifier, "@")
    assert not is_escape(at)
    euro = QKeyEvent(QEvent.Type.KeyPress, K.Key_E, M.ControlModifier | M.AltModifier, "€")
    assert not is_escape(euro)
    # Keys QTest cannot type are checked directly.
    for key in (K.Key_Close, K.Key_Super_L, K.Key_PowerOff, K.Key_Sleep):
        assert is_escape(QKeyEvent(QEvent.Type.KeyPress, key, M.NoModifier))


def test_closing_the_window_is_refused(qtbot: QtBot, kiosk: KioskWindow) -> None:
    assert kiosk.close() is False
    assert kiosk.isVisible()
    QApplication.closeAllWindows()
    assert kiosk.isVisible()


def test_minimising_or_leaving_full_screen_comes_back(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.showNormal()
    qtbot.waitUntil(kiosk.isFullScreen)
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: kiosk.isFullScreen() and not kiosk.isMinimized())
    kiosk.hide()
    qtbot.waitUntil(kiosk.isVisible)
    assert kiosk.isFullScreen()


def test_only_the_pin_leaves_the_kiosk(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.hr_button)
    pin = kiosk.hr.pin_page
    assert kiosk.current() is pin
    qtbot.keyClicks(pin.edit, PIN)
    qtbot.keyClick(pin.edit, K.Key_Return)
    assert kiosk.current() is kiosk.hr.menu
    with qtbot.waitSignal(kiosk.left):
        click(qtbot, kiosk.hr.menu.leave_button)
    assert not kiosk.isVisible()
    assert not kiosk.guard.active


def test_ctrl_shift_h_asks_for_the_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.keyClick(focused(kiosk), K.Key_H, M.ControlModifier | M.ShiftModifier)
    assert kiosk.current() is kiosk.hr.pin_page
    click(qtbot, kiosk.hr.pin_page.back_button)  # back to the survey, nothing else
    assert kiosk.current() is kiosk.consent
