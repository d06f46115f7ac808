"""New project: name and place → staff list → columns and problems → questionnaire → ready.

Nothing is written until Finish: then the project is built under a temporary
name next to the target and moved into place only when everything succeeded,
so a cancelled or failed wizard never leaves a half-made project behind.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from kennisnet.analysis import AnalysisOptions
from kennisnet.i18n import tr
from kennisnet.importing.roster import RosterPlan, import_roster
from kennisnet.questionnaire import Questionnaire
from kennisnet.session import store_options
from kennisnet.store import Project, ProjectError
from kennisnet.ui.busy import Busy
from kennisnet.ui.dialogs.messages import error
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import Cancel, Progress
from kennisnet.ui.wizard.mapping import MappingPage
from kennisnet.ui.wizard.pages import (
    DONE_PAGE,
    MAPPING_PAGE,
    NAME_PAGE,
    QUESTIONNAIRE_PAGE,
    ROSTER_PAGE,
    DonePage,
    NamePage,
    QuestionnaireCheckPage,
    RosterFilePage,
)

__all__ = [
    "DONE_PAGE",
    "MAPPING_PAGE",
    "NAME_PAGE",
    "QUESTIONNAIRE_PAGE",
    "ROSTER_PAGE",
    "NewProjectWizard",
    "analysis_defaults",
    "create_project",
]


class NewProjectWizard(QWizard):
    """Creates a project; ``created`` holds its path afterwards."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProjectWizard")
        self.settings = settings
        self.created: Path | None = None
        self.creating = False
        self.busy: Busy | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.name_page = NamePage(settings)
        self.roster_page = RosterFilePage(settings)
        self.mapping_page = MappingPage(self.roster_page)
        self.questionnaire_page = QuestionnaireCheckPage()
        self.done_page = DonePage(self)
        self.setPage(NAME_PAGE, self.name_page)
        self.setPage(ROSTER_PAGE, self.roster_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(QUESTIONNAIRE_PAGE, self.questionnaire_page)
        self.setPage(DONE_PAGE, self.done_page)
        self.resize(980, 680)
        self.retranslate()

    def questionnaire(self) -> Questionnaire:
        return self.questionnaire_page.editor.questionnaire()

    def project_name(self) -> str:
        return self.name_page.name.text().strip()

    def staff_list(self) -> RosterPlan | None:
        return None if self.roster_page.skip.isChecked() else self.mapping_page.plan

    def accept(self) -> None:
        if self.creating:
            return
        target = self.name_page.path()
        roster = None if self.roster_page.skip.isChecked() else self.roster_page.file
        mapping = dict(self.mapping_page.overrides) or None
        name = self.project_name()
        questionnaire = self.questionnaire()
        options = analysis_defaults(self.settings)
        self.creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def work(_progress: Progress, _cancelled: Cancel) -> Path:
            return create_project(target, name, roster, mapping, questionnaire, options)

        self.busy = Busy(self, tr("Creating the project…"), work, self._created, self._failed)

    def _created(self, path: Path) -> None:
        self.creating = False
        self.created = path
        self.settings.last_folder = str(path.parent)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.creating = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        error(self, tr("The project was not created"), str(exc))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New survey"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Create project"))
        for page in (
            self.name_page,
            self.roster_page,
            self.mapping_page,
            self.questionnaire_page,
            self.done_page,
        ):
            page.retranslate()


def analysis_defaults(settings: Settings) -> AnalysisOptions:
    """HR's analysis defaults on this laptop (the settings hold only what a project accepts)."""
    return AnalysisOptions(
        overloaded_threshold=settings.overloaded_threshold, advice_k=settings.advice_k
    )


def create_project(
    target: Path,
    name: str,
    roster: Path | None,
    mapping: dict[str, str] | None,
    questionnaire: Questionnaire,
    options: AnalysisOptions | None = None,
) -> Path:
    """Build the project next to ``target`` and move it into place only when all succeeded.

    ``options`` become the analysis options of its first wave (the defaults when None).
    """
    if target.exists():
        raise ProjectError(
            tr("{file} already exists in this folder. Choose another name.", file=target.name)
        )
    temp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.creating")
    try:
        with Project.create(temp, name=name, questionnaire=questionnaire) as project:
            if roster is not None:
                import_roster(project, roster, mapping)
            if options is not None:
                store_options(project, project.current_wave_id(), options)
        if target.exists():
            raise ProjectError(
                tr("{file} already exists in this folder. Choose another name.", file=target.name)
            )
        temp.replace(target)
    finally:
        for leftover in (
            temp,
            temp.with_name(temp.name + "-wal"),
            temp.with_name(temp.name + "-shm"),
        ):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return target
