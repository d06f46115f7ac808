"""Open the HR workspace window (called by ``kennisnet.ui.app.run``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from kennisnet.ui.settings import Settings


def launch_workspace(project: Path | None, settings: Settings) -> QWidget | None:
    """Show the main window: on ``project`` when given (and it opens), else the start screen."""
    from kennisnet.ui.workspace.window import MainWindow

    window = MainWindow(settings)
    window.show()
    if project is not None:
        window.open_project(Path(project))
    return window
