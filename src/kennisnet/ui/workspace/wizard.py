"""New project: name and place → staff list → columns and problems → questionnaire → ready.

Nothing is written until Finish: then the project is built under a temporary
name next to the target and moved into place only when everything succeeded,
so a cancelled or failed wizard never leaves a half-made project behind.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kennisnet.i18n import tr
from kennisnet.questionnaire import Questionnaire, default_questionnaire
from kennisnet.roster import FIELD_LABELS, RosterImportError, RosterPlan, import_roster, plan_roster
from kennisnet.store import Project, ProjectError
from kennisnet.tabular import read_table
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.common import (
    ROSTER_FILTER,
    Busy,
    ProblemsModel,
    error,
    open_file,
)
from kennisnet.ui.workspace.questionnaire import QuestionnaireEditor

NAME_PAGE, ROSTER_PAGE, MAPPING_PAGE, QUESTIONNAIRE_PAGE, DONE_PAGE = range(5)
_BAD_CHARS = '<>:"/\\|?*'


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
            + "</li></ul><p>"
            + tr("Other columns are kept. You check the columns on the next page.")
            + "</p>"
        )
        self.choose.setText(tr("Choose the staff list…"))
        if self.file is None:
            self.chosen.setText(tr("No file chosen yet."))
        self.skip.setText(tr("I will add people by hand later"))


class MappingPage(QWizardPage):
    """Each field with a choice of the file's columns; the problems row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.plan: RosterPlan | None = None
        self.file: Path | None = None
        self.overrides: dict[str, str] = {}
        #: When no header row is recognised: the file's first rows, to pick the header row from.
        self.first_rows: list[tuple[int, tuple[str, ...]]] = []
        self.header_cells: tuple[str, ...] = ()
        self.checking = False
        self.busy: Busy | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        header_row = QHBoxLayout()
        self.header_label = QLabel()
        self.header_row = QComboBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.currentIndexChanged.connect(self._header_row_chosen)
        header_row.addWidget(self.header_label)
        header_row.addWidget(self.header_row, 1)
        layout.addLayout(header_row)
        grid = QGridLayout()
        self.boxes: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for i, field in enumerate(FIELD_LABELS):
            label = QLabel()
            box = QComboBox()
            box.setObjectName(f"column_{field}")
            box.currentIndexChanged.connect(lambda _i, f=field: self._column_chosen(f))
            self.boxes[field] = box
            self.labels[field] = label
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(box, i // 3, (i % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        status.addWidget(self.status, 1)
        self.again = QPushButton()
        self.again.clicked.connect(self.recheck)
        status.addWidget(self.again)
        layout.addLayout(status)
        self.problems = ProblemsModel(parent=self)
        self.problem_view = QTableView()
        self.problem_view.setObjectName("rosterProblems")
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.setAlternatingRowColors(True)
        self.problem_view.setWordWrap(True)
        header = self.problem_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.problem_view, 1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, NewProjectWizard)
        if wizard.roster_page.file != self.file:
            self.file = wizard.roster_page.file
            self.overrides = {}
            self.first_rows = []
            self.header_cells = ()
            self.plan = None
            self.recheck()

    def recheck(self) -> None:
        if self.file is None or self.checking:
            return
        self.checking = True
        self.completeChanged.emit()
        self.status.setText(tr("Checking the file…"))
        path, mapping = self.file, dict(self.overrides)
        need_rows = not self.first_rows

        def work(_progress: Any, _cancelled: Any) -> tuple[RosterPlan | None, str, list[Any]]:
            try:
                return plan_roster(path, mapping or None), "", []
            except RosterImportError as exc:
                return exc.plan, str(exc), first_rows(path) if need_rows else []

        self.busy = Busy(
            self, tr("Reading {file}…", file=path.name), work, self._checked, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.checking = False
        self.status.setText(str(exc))
        self.completeChanged.emit()

    def _checked(self, result: tuple[RosterPlan | None, str, list[Any]]) -> None:
        plan, message, rows = result
        self.checking = False
        self.plan = plan
        if rows:
            self._offer_header_rows(rows)
        if plan is None:
            self.description.setText("")
            self.problems.set_problems([])
            self.status.setText(message)
            self.status.setStyleSheet("color: #b3261e;")
            self._fill_boxes((), {})
            self.completeChanged.emit()
            return
        found = "name" in plan.mapping or {"first_name", "last_name"} <= plan.mapping.keys()
        if found:
            self.description.setText(
                tr(
                    "{file}: {count} people found. Check that each field uses the right column.",
                    file=plan.description,
                    count=len(plan.entries),
                )
            )
        else:
            self.description.setText(
                tr(
                    "Kennisnet could not tell which column holds the names. Check the row with "
                    "the column names, then choose the column for Name."
                )
            )
        self._fill_boxes(
            plan.headers if found or not self.header_cells else self.header_cells, plan.mapping
        )
        self.problems.set_problems(plan.problems)
        self.problem_view.resizeRowsToContents()
        errors = len(plan.errors)
        if errors:
            self.status.setText(
                tr(
                    "{count} problem(s) must be fixed before you can go on. Choose another column "
                    "above, or fix the file in Excel, save it, and click Check again.",
                    count=errors,
                )
            )
            self.status.setStyleSheet("color: #b3261e;")
        elif not plan.entries:
            self.status.setText(tr("The roster has no people in it."))
            self.status.setStyleSheet("color: #b3261e;")
        else:
            self.status.setText(
                tr("Ready: {count} people will be imported.", count=len(plan.entries))
            )
            self.status.setStyleSheet("color: #2e7d32;")
        self.completeChanged.emit()

    def _fill_boxes(self, headers: tuple[str, ...], mapping: Any) -> None:
        self._filling = True
        for field, box in self.boxes.items():
            box.clear()
            box.addItem(tr("— not in the file —"), "")
            for header in headers:
                if header:
                    box.addItem(header, header)
            chosen = mapping.get(field, "")
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self._filling = False

    def _offer_header_rows(self, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        """No header row was recognised: let the adviser say which row holds the names."""
        self.first_rows = rows
        self._filling = True
        self.header_row.clear()
        for number, cells in rows:
            text = "; ".join(c for c in cells if c)
            self.header_row.addItem(tr("Row {row}: {cells}", row=number, cells=text[:90]), number)
        # Suggest the first row with the most filled-in cells (titles above it have fewer).
        widest = max(range(len(rows)), key=lambda i: (sum(1 for c in rows[i][1] if c), -i))
        self.header_row.setCurrentIndex(widest)
        self._filling = False
        self.header_cells = tuple(c for c in rows[widest][1] if c)
        self._update_header_row()

    def _update_header_row(self) -> None:
        show = bool(self.first_rows)
        self.header_label.setVisible(show)
        self.header_row.setVisible(show)

    def _header_row_chosen(self) -> None:
        if self._filling or not self.first_rows:
            return
        index = self.header_row.currentIndex()
        self.header_cells = tuple(c for c in self.first_rows[index][1] if c)
        self.overrides = {}
        self._fill_boxes(self.header_cells, {})

    def _column_chosen(self, field: str) -> None:
        if self._filling:
            return
        header = str(self.boxes[field].currentData() or "")
        if header:
            self.overrides[field] = header
        else:
            self.overrides.pop(field, None)
        self.recheck()

    def isComplete(self) -> bool:  # noqa: N802
        return (
            not self.checking
            and self.plan is not None
            and not self.plan.errors
            and bool(self.plan.entries)
        )

    def retranslate(self) -> None:
        self.setTitle(tr("Check the columns"))
        self.setSubTitle(
            tr(
                "Kennisnet read the staff list. Problems are listed row by row; "
                "nothing is saved yet."
            )
        )
        for field, label in self.labels.items():
            label.setText(tr(FIELD_LABELS[field]))
        self.again.setText(tr("Check again"))
        self.header_label.setText(tr("The column names are in:"))
        self._update_header_row()
        self.again.setToolTip(tr("Read the file again, for example after you fixed it in Excel."))


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
    def __init__(self) -> None:
        super().__init__()
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
        wizard = self.wizard()
        if not isinstance(wizard, NewProjectWizard):
            return
        plan = wizard.mapping_page.plan
        people = (
            tr("{count} people from {file}.", count=len(plan.entries), file=plan.description)
            if plan is not None and not wizard.roster_page.skip.isChecked()
            else tr("No staff list yet: add people under Staff list.")
        )
        self.summary.setText(
            "<p>"
            + tr("Project: <b>{name}</b>", name=wizard.name_page.name.text().strip())
            + "</p><p>"
            + people
            + "</p><p>"
            + tr("Next: collect answers with the kiosk on a laptop, or import them from Forms.")
            + "</p>"
        )


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
        self.mapping_page = MappingPage()
        self.questionnaire_page = QuestionnaireCheckPage()
        self.done_page = DonePage()
        self.setPage(NAME_PAGE, self.name_page)
        self.setPage(ROSTER_PAGE, self.roster_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(QUESTIONNAIRE_PAGE, self.questionnaire_page)
        self.setPage(DONE_PAGE, self.done_page)
        self.resize(980, 680)
        self.retranslate()

    def questionnaire(self) -> Questionnaire:
        return self.questionnaire_page.editor.questionnaire()

    def accept(self) -> None:
        if self.creating:
            return
        target = self.name_page.path()
        roster = None if self.roster_page.skip.isChecked() else self.roster_page.file
        mapping = dict(self.mapping_page.overrides) or None
        name = self.name_page.name.text().strip()
        questionnaire = self.questionnaire()
        self.creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def work(_progress: Any, _cancelled: Any) -> Path:
            return create_project(target, name, roster, mapping, questionnaire)

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


def first_rows(path: Path, count: int = 12) -> list[tuple[int, tuple[str, ...]]]:
    """The first non-empty rows of a file (row number, cells), to choose the header row."""
    table = read_table(path)
    rows = [(max(1, table.rows[0].number - 1) if table.rows else 1, table.headers)]
    rows += [(r.number, tuple(v or "" for v in r.values)) for r in table.rows[: count - 1]]
    return [(n, cells) for n, cells in rows if any(cells)]


def create_project(
    target: Path,
    name: str,
    roster: Path | None,
    mapping: dict[str, str] | None,
    questionnaire: Questionnaire,
) -> Path:
    """Build the project next to ``target`` and move it into place only when all succeeded."""
    if target.exists():
        raise ProjectError(
            tr("{file} already exists in this folder. Choose another name.", file=target.name)
        )
    temp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.creating")
    try:
        with Project.create(temp, name=name, questionnaire=questionnaire) as project:
            if roster is not None:
                import_roster(project, roster, mapping)
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
