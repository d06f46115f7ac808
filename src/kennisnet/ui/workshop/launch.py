"""Open a project straight into workshop mode (``kennisnet workshop PROJECT``).

The network is analysed with the options stored in the project (see
``kennisnet.session.options``), so the workshop shows the numbers ``kennisnet
analyze`` and the app's Results tab show for the same project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kennisnet.i18n import tr
from kennisnet.session import Session
from kennisnet.session.plan import wave_plan
from kennisnet.store import ProjectError
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop.window import WorkshopWindow


def launch_workshop(
    project: Path | None, settings: Settings, *, pseudonymised: bool = True
) -> QWidget | None:
    """Analyse ``project`` and show the workshop full screen; None when it cannot open.

    Codes by default; real names only when asked for (``kennisnet workshop --names``).
    """
    if project is None:
        QMessageBox.warning(None, "Kennisnet", tr("Choose a project file for the workshop."))
        return None
    try:
        with Session.open(project, readonly=True) as session:
            analysis = session.analysis()
            title = session.name
            plan = wave_plan(session.project, analysis.data, analysis.result).plan
    except ProjectError as error:
        QMessageBox.warning(None, "Kennisnet", str(error))
        return None
    window = WorkshopWindow(
        analysis.result,
        analysis.data,
        settings,
        title=title,
        pseudonymised=pseudonymised,
        plan=plan,
    )
    window.showFullScreen()
    return window
