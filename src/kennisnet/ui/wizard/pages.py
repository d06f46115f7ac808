"""The new-project wizard's simple pages: name and place, staff list file, questionnaire, ready.

The page that checks the staff list's columns is in ``mapping``; the wizard itself,
which creates the project on Finish, is in ``wizard``. The pages know nothing of the
wizard: it hands each page what that page shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from kennisnet.i18n import tr
from kennisnet.importing.roster import RosterPlan
from kennisnet.questionnaire import default_questionnaire
from kennisnet.ui.dialogs.files import ROSTER_FILTER, open_file
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.questionnaire import QuestionnaireEditor

NAME_PAGE, ROSTER_PAGE, MAPPING_PAGE, QUESTIONNAIRE_PAGE, DONE_PAGE = range(5)
_BAD_CHARS = '<>:"/\\|?*'


class ProjectDraft(Protocol):
    """The project the wizard will create on Finish, as the Ready page sums it up."""

    def project_name(self) -> str: ...

    def staff_list(self) -> RosterPlan | None:
        """The staff list as it will be imported; None when people are added later."""
        ...


def file_name_for(name: str) -> str:
    cleaned = "".join("-" if c in _BAD_CHARS or ord(c) < 32 else c for c in name).strip(" .")
    return (cleaned or "project") + ".kennisnet"


class NamePage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("projectName")
        self.folder = QLineEdit(settings.last_folder)
        self.folder.setObjectName("projectFolder")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.name_label = QLabel()
        self.folder_label = QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.folder_label, row)
        self.target = QLabel()
        self.target.setWordWrap(True)
        form.addRow(self.target)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b3261e;")
        form.addRow(self.reason)
        self.name.textChanged.connect(self._changed)
        self.folder.textChanged.connect(self._changed)
        self.registerField("name*", self.name)
        self.retranslate()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Where to save the project"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def path(self) -> Path:
        return Path(self.folder.text().strip()) / file_name_for(self.name.text().strip())

    def problem(self) -> str:
        if not self.name.text().strip():
            return tr("Give the project a name, for example the organisation and the season.")
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            return tr("Choose a folder that exists.")
        if self.path().exists():
            return tr(
                "{file} already exists in this folder. Choose another name.", file=self.path().name
            )
        return ""

    def _changed(self) -> None:
        problem = self.problem()
        self.reason.setText(problem if self.name.text().strip() else "")
        self.target.setText(
            "" if problem else tr("The project is saved as {path}", path=self.path())
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.problem()

    def retranslate(self) -> None:
        self.setTitle(tr("A new survey"))
        self.setSubTitle(tr("Give the project a name and choose where to save it."))
        self.name_label.setText(tr("Name"))
        self.name.setPlaceholderText(tr("For example: Zorggroep West, spring 2027"))
        self.folder_label.setText(tr("Folder"))
        self.browse.setText(tr("Choose…"))
        self._changed()


class RosterFilePage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.file: Path | None = None
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        self.choose = QPushButton()
        self.choose.setObjectName("chooseRoster")
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.choose)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        row.addWidget(self.chosen, 1)
        layout.addLayout(row)
        self.skip = QCheckBox()
        self.skip.toggled.connect(self.completeChanged)
        layout.addWidget(self.skip)
        layout.addStretch(1)
        self.retranslate()

    def _choose(self) -> None:
        path = open_file(
            self, tr("Choose the staff list"), self.settings.last_folder, ROSTER_FILTER
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        self.file = path
        self.skip.setChecked(False)
        self.chosen.setText(str(path))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.file is not None or self.skip.isChecked()

    def nextId(self) -> int:  # noqa: N802
        return QUESTIONNAIRE_PAGE if self.skip.isChecked() else MAPPING_PAGE

    def retranslate(self) -> None:
        self.setTitle(tr("Staff list"))
        self.setSubTitle(tr("Import the list of employees from Excel or a CSV file."))
        self.explain.setText(
            "<p>"
            + tr("One row per person. Kennisnet recognises these columns (Dutch or English):")
            + "</p><ul><li>"
            + tr("<b>Naam</b> (or Voornaam and Achternaam) — required")
            + "</li><li>"
            + tr("Afdeling, Team, Functie, Personeelsnummer, E-mail")
            + "</li><li>"
            + tr("<b>Getraind</b>: ja / nee / empty when unknown (from the HR records)")
            + "</li><li>"
            + tr(
                "Staff exports of AFAS, Youforce, Nmbrs, Loket.nl, HR2day, SuccessFactors, "
                "Workday and Personio as they are: Roepnaam, Voorvoegsel, Achternaam, "
                "Naamgebruik, Medewerker (the employee number) …"
            )
            + "</li></ul><p>"
            + tr("Other columns are kept. You check the columns on the next page.")
            + "</p>"
        )
        self.choose.setText(tr("Choose the staff list…"))
        if self.file is None:
            self.chosen.setText(tr("No file chosen yet."))
        self.skip.setText(tr("I will add people by hand later"))


class QuestionnaireCheckPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.editor = QuestionnaireEditor(with_preview=False)
        self.editor.set_questionnaire(default_questionnaire())
        layout.addWidget(self.editor, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Check the questionnaire"))
        self.setSubTitle(tr("These are the standard questions, in Dutch and English."))
        self.note.setText(
            tr(
                "Most organisations keep them as they are. You can change the texts now or later "
                "under Questionnaire, where a preview shows what colleagues will see."
            )
        )
        self.editor.retranslate()


class DonePage(QWizardPage):
    def __init__(self, draft: ProjectDraft) -> None:
        super().__init__()
        self.draft = draft
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Ready"))
        self.setSubTitle(tr("Click Create project to save it."))
        plan = self.draft.staff_list()
        people = (
            tr("{count} people from {file}.", count=len(plan.entries), file=plan.description)
            if plan is not None
            else tr("No staff list yet: add people under Staff list.")
        )
        self.summary.setText(
            "<p>"
            + tr("Project: <b>{name}</b>", name=self.draft.project_name())
            + "</p><p>"
            + people
            + "</p><p>"
            + tr("Next: collect answers with the kiosk on a laptop, or import them from Forms.")
            + "</p>"
        )
