"""Before the workshop starts, HR chooses what the room will see: codes or real names.

Codes are the default and the recommended choice. Real names are a deliberate
choice made here, at the laptop, before the projector shows anything; in the room
no key or button switches to names.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kennisnet.analysis import AnalysisResult
from kennisnet.i18n import tr
from kennisnet.model import SurveyData
from kennisnet.plan import Plan
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop.window import WorkshopWindow


def privacy_box(parent: QWidget | None) -> QMessageBox:
    """The question; Enter takes codes, Esc cancels."""
    box = QMessageBox(parent)
    box.setObjectName("workshop_privacy")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Start the workshop"))
    box.setText(tr("What should the team see on the screen?"))
    box.setInformativeText(
        tr(
            "With codes, each colleague finds themselves with the code on their personal "
            "code card; nobody else needs to know it. With real names, everyone in the "
            "room sees who is where."
        )
    )
    codes = box.addButton(tr("Show codes (recommended)"), QMessageBox.ButtonRole.AcceptRole)
    codes.setObjectName("workshop_codes")
    names = box.addButton(
        tr("Show real names — everyone in the room will see them"),
        QMessageBox.ButtonRole.ActionRole,
    )
    names.setObjectName("workshop_names")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(codes)
    return box


def chosen(box: QMessageBox) -> bool | None:
    """True: codes; False: real names; None: HR cancelled."""
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked else ""  # None when the window was closed
    if name == "workshop_codes":
        return True
    if name == "workshop_names":
        return False
    return None


def ask_privacy(parent: QWidget | None) -> bool | None:
    box = privacy_box(parent)
    box.exec()
    return chosen(box)


def start_workshop(
    result: AnalysisResult,
    data: SurveyData,
    settings: Settings | None,
    *,
    title: str,
    parent: QWidget | None = None,
    plan: Plan | None = None,
) -> WorkshopWindow | None:
    """Ask HR codes or names, then show the workshop full screen (None: cancelled)."""
    pseudonymised = ask_privacy(parent)
    if pseudonymised is None:
        return None
    window = WorkshopWindow(
        result, data, settings, title=title, pseudonymised=pseudonymised, plan=plan
    )
    window.showFullScreen()
    return window
