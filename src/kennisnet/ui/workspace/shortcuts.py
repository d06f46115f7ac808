"""Help → Keyboard shortcuts: every key of the window, read from its actions.

The list is made from the menu bar and the window's own actions when the dialog
opens, so it stays true when an action or its key changes (and it is in the
language of the moment: Qt says the keys, e.g. "Ctrl+E").
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kennisnet.i18n import tr


@dataclass(frozen=True, slots=True)
class Shortcut:
    group: str  # the menu it is in ("File"), or "Only with the keyboard"
    action: str  # what it does, as the menu says it ("Export…")
    keys: str  # the keys as this computer shows them ("Ctrl+E")


def _plain(text: str) -> str:
    """A menu text without its keyboard marker and its dots ("&File" → "File")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def _keys(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Each action of ``window`` that has a key: the menus first, in their order."""
    found: list[Shortcut] = []
    seen: list[QAction] = []

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, group)
                continue
            seen.append(action)
            keys = _keys(action)
            if keys and not action.isSeparator():
                found.append(Shortcut(group, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    for action in window.actions():  # keys that are in no menu
        keys = _keys(action)
        if keys and not any(action is s for s in seen):
            found.append(Shortcut(tr("Only with the keyboard"), _plain(action.text()), keys))
    return found


def shortcuts_html(rows: list[Shortcut]) -> str:
    """The shortcuts as a table for :class:`~kennisnet.ui.dialogs.text.TextDialog`."""
    if not rows:
        return "<p>" + escape(tr("There are no keyboard shortcuts.")) + "</p>"
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            top = "12" if len(parts) > 1 else "0"
            parts.append(
                f"<tr><td colspan='2' style='padding-top: {top}px'><b>{escape(group)}</b></td></tr>"
            )
        parts.append(
            f"<tr><td style='padding-right: 24px'>{escape(row.action)}</td>"
            f"<td><b>{escape(row.keys)}</b></td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
