"""What the screenshot scripts share: wait for background work, save a widget or a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget


def settle() -> None:
    """Let background tasks finish and the window catch up."""
    for _ in range(5):
        QThreadPool.globalInstance().waitForDone(60_000)
        QApplication.processEvents()


def shot(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    widget.grab().save(str(folder / f"{name}.png"))
    print("  ", name, flush=True)


def dialog_shot(
    dialog: QWidget, folder: Path, name: str, prepare: Callable[[], None] | None = None
) -> None:
    dialog.show()
    settle()
    if prepare is not None:
        prepare()
        settle()
    shot(dialog, folder, name)
    dialog.close()
    dialog.deleteLater()
