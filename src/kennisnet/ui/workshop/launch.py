"""Open a project straight into workshop mode (``kennisnet workshop PROJECT``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kennisnet.analysis import AnalysisOptions, analyze
from kennisnet.i18n import tr
from kennisnet.store import Project, ProjectError
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop.window import WorkshopWindow


def launch_workshop(
    project: Path | None, settings: Settings, *, pseudonymised: bool = False
) -> QWidget | None:
    """Analyse ``project`` and show the workshop full screen; None when it cannot open."""
    if project is None:
        QMessageBox.warning(None, "Kennisnet", tr("Choose a project file for the workshop."))
        return None
    try:
        with Project.open(project, readonly=True) as opened:
            data = opened.snapshot()
            title = opened.name
    except ProjectError as error:
        QMessageBox.warning(None, "Kennisnet", str(error))
        return None
    options = AnalysisOptions(
        overloaded_threshold=settings.overloaded_threshold, advice_k=settings.advice_k
    )
    result = analyze(data, options)
    window = WorkshopWindow(result, data, settings, title=title, pseudonymised=pseudonymised)
    window.showFullScreen()
    return window
