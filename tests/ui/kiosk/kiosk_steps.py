"""Steps a person takes at the kiosk, with keyboard and mouse (shared by the kiosk tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kennisnet.ui.kiosk.search import NameSearch
from kennisnet.ui.kiosk.window import KioskWindow

LEFT = Qt.MouseButton.LeftButton
#: The HR PIN the test kiosks are started with.
PIN = "3917"


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def press(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None
) -> None:
    if modifier is None:
        qtbot.keyClick(widget, key)
    else:
        qtbot.keyClick(widget, key, modifier)


def focused(window: KioskWindow) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None
    return widget


def type_and_pick(qtbot: QtBot, search: NameSearch, text: str, downs: int = 0) -> None:
    """Type into the search field, go down ``downs`` rows and press Enter."""
    search.line.setFocus()
    qtbot.keyClicks(search.line, text)
    for _ in range(downs):
        qtbot.keyClick(search.line, Qt.Key.Key_Down)
    qtbot.keyClick(search.line, Qt.Key.Key_Return)


def click_result(qtbot: QtBot, search: NameSearch, text: str, name: str) -> None:
    """Type and tap the row with ``name`` in the list."""
    qtbot.keyClicks(search.line, text)
    names = search.results()
    assert name in names, names
    index = search.model.index(names.index(name), 0)
    rect = search.view.visualRect(index)
    qtbot.mouseClick(search.view.viewport(), LEFT, pos=rect.center())


def start(qtbot: QtBot, window: KioskWindow, me: str, *, keyboard: bool = True) -> None:
    """From the consent page to the sources page as ``me`` (type part of the name)."""
    assert window.current() is window.consent
    if keyboard:
        press(qtbot, focused(window), Qt.Key.Key_Return)  # "I take part" has the focus
    else:
        click(qtbot, window.consent.next_button)
    assert window.current() is window.who
    type_and_pick(qtbot, window.who.search, me)
    if keyboard:
        press(qtbot, focused(window), Qt.Key.Key_Return)  # the focus moved to Next
    else:
        click(qtbot, window.who.next_button)


def finish(qtbot: QtBot, window: KioskWindow) -> None:
    """From the sources page straight to submitting (no more answers)."""
    click(qtbot, window.sources.next_button)
    click(qtbot, window.channels.next_button)
    click(qtbot, window.training.next_button)


def visible_texts(widget: QWidget) -> str:
    """Every text a person can see in the window (labels, fields, buttons, list rows)."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QListView

    parts: list[str] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(child.text())
        elif isinstance(child, QListView):
            model = child.model()
            parts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return "\n".join(parts)
