"""``kennisnet kiosk PROJECT``: open the project, let HR set the PIN, show the kiosk full screen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kennisnet.i18n import tr
from kennisnet.store import PROJECT_SUFFIX, Project, ProjectError
from kennisnet.ui.folders import start_folder
from kennisnet.ui.kiosk.pin import PinLock, PinSetupDialog
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.settings import Settings

log = logging.getLogger(__name__)


def ask_pin(parent: QWidget | None = None) -> PinLock | None:
    """Ask HR to choose the PIN (twice); None when they cancel."""
    dialog = PinSetupDialog(parent)
    if dialog.exec() != PinSetupDialog.DialogCode.Accepted:
        return None
    return dialog.lock


def _choose_project(settings: Settings) -> Path | None:
    start = settings.recent_projects[0] if settings.recent_projects else ""
    name, _ = QFileDialog.getOpenFileName(
        None,
        tr("Open a project for the kiosk"),
        start_folder(Path(start).parent if start else None),  # Documents, never hidden
        tr("Kennisnet projects (*{suffix})", suffix=PROJECT_SUFFIX),
    )
    return Path(name) if name else None


def _tell(message: str) -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("The kiosk cannot start"))
    box.setText(message)
    box.exec()


def launch_kiosk(project: Path | None, settings: Settings) -> QWidget | None:
    """Open ``project``, ask for the PIN and show the kiosk; None when it does not start."""
    path = project or _choose_project(settings)
    if path is None:
        return None
    try:
        opened = Project.open(path)
    except ProjectError as error:
        log.warning("kiosk: %s", error)
        _tell(str(error))
        return None
    try:
        if not opened.people(include_external=False):
            _tell(tr("This project has no staff list yet. Import the staff list first."))
            opened.close()
            return None
        lock = ask_pin()
        if lock is None:
            opened.close()
            return None
        window = KioskWindow(opened, settings, lock)
    except Exception:
        opened.close()
        raise
    settings.add_recent(str(path))
    window.left.connect(opened.close)
    window.start()
    return window
