"""Walking every control of a window: trigger it, answer what it opens, fail on any error.

``Answerer`` runs while an action runs: every ~10 ms it looks for a dialog that
waits for an answer and closes it the way a cautious person would (Cancel,
Escape, the file dialog's Cancel). It writes down every dialog it saw, and every
*error* it saw: a message box with a warning or critical icon that only offers
OK (questions such as "Erase these people?" have a Cancel button and are not
errors), or a call of the workspace's own ``error`` helper.

Controls are found by walking widgets and actions, never by a list of names, so a
control added tomorrow is walked too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMenuBar,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kennisnet.ui import busy
from kennisnet.ui.dialogs import messages

#: The offscreen platform cannot size, raise or activate windows, nor let a popup (a
#: completer's list) grab the keyboard; that is about the test platform, not the app.
OFFSCREEN_LIMITS = (
    r"This plugin does not support "
    r"(propagateSizeHints\(\)|raise\(\)|requestActivate\(\)|grabbing the keyboard)"
)

_ERROR_ICONS = {QMessageBox.Icon.Warning, QMessageBox.Icon.Critical}
_CLOSING_ROLES = (
    QMessageBox.ButtonRole.RejectRole,
    QMessageBox.ButtonRole.NoRole,
)


def describe(dialog: QWidget) -> str:
    if isinstance(dialog, QMessageBox):
        return f"QMessageBox '{dialog.windowTitle()}': {dialog.text()} {dialog.informativeText()}"
    return f"{type(dialog).__name__} '{dialog.windowTitle()}'"


@dataclass
class Answerer:
    """Closes the dialogs an action opens and records them, and every error shown."""

    qtbot: QtBot
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)
    windows: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.answer)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> Answerer:
        """Record the app's own error helper and opened folders instead of showing them."""

        def recorded_error(_parent: object, title: str, text: str, informative: str = "") -> None:
            self.errors.append(f"error(): {title}: {text} {informative}".strip())

        original = messages.error
        for name, module in list(sys.modules.items()):
            if name.startswith("kennisnet.ui") and getattr(module, "error", None) is original:
                monkeypatch.setattr(module, "error", recorded_error)

        def open_url(url: object) -> bool:
            self.opened_urls.append(str(url))
            return True

        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
        self.timer.start()
        return self

    def stop(self) -> None:
        self.timer.stop()

    def waiting(self) -> QWidget | None:
        """A dialog that waits for an answer now (progress dialogs finish on their own)."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and not isinstance(modal, QProgressDialog):
            return modal
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and not isinstance(widget, QProgressDialog)
            ):
                return widget
        return None

    def answer(self) -> None:
        dialog = self.waiting()
        if dialog is None:
            return
        # Counted on the dialog itself: a Python id() can come back for the next dialog.
        tries = int(dialog.property("answerTries") or 0)
        dialog.setProperty("answerTries", tries + 1)
        if tries == 0:
            self.dialogs.append(describe(dialog))
            if isinstance(dialog, QMessageBox) and self._is_error(dialog):
                self.errors.append(describe(dialog))
        if tries > 50:
            self.errors.append(f"does not close: {describe(dialog)}")
            dialog.hide()
            return
        self._close(dialog)

    @staticmethod
    def _is_error(box: QMessageBox) -> bool:
        return box.icon() in _ERROR_ICONS and len(box.buttons()) <= 1

    @staticmethod
    def _close(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            button = dialog.escapeButton()
            if button is None:
                roles = [dialog.buttonRole(b) for b in dialog.buttons()]
                for role in _CLOSING_ROLES:
                    if role in roles:
                        button = dialog.buttons()[roles.index(role)]
                        break
            if button is None and len(dialog.buttons()) == 1:
                button = dialog.buttons()[0]  # a plain notice: OK is the only answer
            if button is not None:
                button.click()
                return
        if isinstance(dialog, (QDialog, QFileDialog)):
            dialog.reject()
        else:
            dialog.close()

    def sweep(self) -> None:
        """After an action: close what is still open (a dialog opened without waiting)."""
        for _ in range(100):
            if self.waiting() is None:
                return
            self.answer()
            QApplication.processEvents()
        raise AssertionError(f"a dialog does not close: {self.waiting()}")

    def close_new_windows(self, before: set[int]) -> None:
        """Close top-level windows an action opened (the workshop, a kiosk …)."""
        for widget in QApplication.topLevelWidgets():
            if id(widget) in before or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            self.windows.append(f"{type(widget).__name__} '{widget.windowTitle()}'")
            widget.close()


def visible_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def settle(qtbot: QtBot, timeout: int = 30_000) -> None:
    """Wait until no background work runs and its results have reached the screen."""
    pool = QThreadPool.globalInstance()

    def idle() -> bool:
        return pool.activeThreadCount() == 0 and not busy.running_tasks()

    for _ in range(2):
        qtbot.waitUntil(idle, timeout=timeout)
        QApplication.processEvents()


def menu_actions(bar: QMenuBar) -> list[tuple[str, QAction]]:
    """Every action of the menu bar, submenus included, as ("Menu > Item", action).

    A submenu is told it is about to show first, so that menus filled on demand
    (Recent projects) have their items.
    """
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator():
                continue
            label = f"{path} > {action.text().replace('&', '')}"
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, label)
            else:
                found.append((label, action))

    for top in bar.actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            walk(sub, top.text().replace("&", ""))
    return found


def toolbar_actions(window: QWidget) -> list[tuple[str, QAction]]:
    found: list[tuple[str, QAction]] = []
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if not action.isSeparator():
                found.append((f"toolbar {bar.objectName()} > {action.text()}", action))
    return found


def shortcut_actions(window: QWidget, seen: list[QAction]) -> list[tuple[str, QAction]]:
    """Actions of the window that are in no menu or toolbar (only a keyboard shortcut)."""
    return [
        (f"shortcut {action.shortcut().toString()} > {action.text().replace('&', '')}", action)
        for action in window.actions()
        if not action.isSeparator() and not any(action is s for s in seen)
    ]


def buttons(root: QWidget) -> list[QAbstractButton]:
    """The push and tool buttons a person can press in ``root`` now (shown and enabled)."""
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if isinstance(b, (QPushButton, QToolButton)) and b.isVisible() and b.isEnabled()
    ]


def label(button: QAbstractButton) -> str:
    action = button.defaultAction() if isinstance(button, QToolButton) else None
    text = (
        button.text().replace("&", "")
        or button.toolTip()
        or button.accessibleName()
        or (action.text() or action.toolTip() if action is not None else "")
        or button.objectName()
    )
    return text or type(button).__name__


def assert_clean(answerer: Answerer, caplog: pytest.LogCaptureFixture, done: Iterable[str]) -> None:
    """No error dialog, no error helper call, no logged warning or error."""
    logged = [
        f"{r.levelname} {r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= 30
    ]
    problems = [*answerer.errors, *logged]
    assert not problems, "\n".join([*problems, "", "triggered:", *done])
