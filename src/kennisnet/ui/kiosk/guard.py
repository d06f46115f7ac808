"""Keeps respondents inside the kiosk and notices when someone is using it.

One event filter on the application: it swallows the keys that would close or
leave the window (Esc, Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+F4, Ctrl+Alt+…, the
Windows/Super key, F11 …) as far as Qt sees them, reports every key press,
click and touch as activity (for the idle reset), and turns Ctrl+Shift+H into
a request for the HR PIN. Keys the operating system keeps to itself
(Ctrl+Alt+Del) never reach Qt; the window also refuses to close and returns to
full screen (see ``window.KioskWindow``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
}

_ALWAYS_BLOCKED = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F11,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Close,
    Qt.Key.Key_Exit,
    Qt.Key.Key_Back,
    Qt.Key.Key_Sleep,
    Qt.Key.Key_PowerOff,
    Qt.Key.Key_Suspend,
    Qt.Key.Key_Hibernate,
}

_CTRL_BLOCKED = {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4, Qt.Key.Key_N, Qt.Key.Key_T}


def is_escape(event: QKeyEvent) -> bool:
    """Whether this key would close, hide or leave the window (or open something else)."""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    meta = bool(mods & Qt.KeyboardModifier.MetaModifier)
    if key in _ALWAYS_BLOCKED:
        return True
    if meta:
        return True
    if alt and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Escape):
        return True
    if ctrl and key in _CTRL_BLOCKED:
        return True
    # Ctrl+Alt+… leaves (Ctrl+Alt+Backspace, Ctrl+Alt+F1 …), unless it types a character:
    # on Windows AltGr arrives as Ctrl+Alt, and "@" or "€" must still work.
    if ctrl and alt:
        text = event.text()
        return not (text and text.isprintable())
    return False


def is_hr_shortcut(event: QKeyEvent) -> bool:
    mods = event.modifiers()
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_H and (mods & wanted) == wanted


class KioskGuard(QObject):
    activity = Signal()
    blocked = Signal(str)
    hr_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.active = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
            self.active = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self.active:
            app.removeEventFilter(self)
        self.active = False

    def _ours(self, watched: QObject) -> bool:
        # Key and mouse events reach the QWindow first and the widget next; acting on the
        # widget only sees each event once, and a swallowed key never reaches a widget.
        return isinstance(watched, QWidget) and watched.window() is self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in _ACTIVITY and kind != QEvent.Type.ShortcutOverride:
            return False
        if not self._ours(watched):
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if is_hr_shortcut(event):
                if kind == QEvent.Type.KeyPress:
                    self.hr_requested.emit()
                event.accept()
                return True
            if is_escape(event):
                if kind == QEvent.Type.KeyPress:
                    self.activity.emit()
                    self.blocked.emit(event.text() or str(event.key()))
                event.accept()
                return True
        if kind in _ACTIVITY:
            self.activity.emit()
        return False
