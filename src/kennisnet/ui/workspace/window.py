"""The HR workspace window: the start screen, and the project's pages as tabs.

The menus and actions (``window_menus``), edits that need no dialog of their own
(``window_edits``), the Results tab (``window_results``), the File actions for
exports and backups (``file_actions``) and the wave commands (``window_waves``) are
mixins kept in their own modules.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import ntr, tr
from kennisnet.merge import MergeReport
from kennisnet.store import Project, ProjectError
from kennisnet.store.warnings import listen
from kennisnet.ui.crash import log_file
from kennisnet.ui.kiosk.launch import ask_pin
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.language import language_bus
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.common import (
    PROJECT_FILTER,
    RESPONSES_FILTER,
    Busy,
    confirm,
    error,
    exec_dialog,
    message,
    open_file,
)
from kennisnet.ui.workspace.dialogs import (
    MergeSummaryDialog,
    SettingsDialog,
    TextDialog,
    about_html,
)
from kennisnet.ui.workspace.file_actions import FileActions
from kennisnet.ui.workspace.names import NameResolutionDialog
from kennisnet.ui.workspace.overview import OverviewPage, Status
from kennisnet.ui.workspace.questionnaire import QuestionnairePage
from kennisnet.ui.workspace.response_import import ResponseImportDialog
from kennisnet.ui.workspace.response_import_text import import_details, import_summary
from kennisnet.ui.workspace.responses import ResponsesPage, response_rows
from kennisnet.ui.workspace.roster import (
    AddPersonDialog,
    PeopleModel,
    RosterPage,
    report_failure,
)
from kennisnet.ui.workspace.start import StartPage
from kennisnet.ui.workspace.waves import wave_name
from kennisnet.ui.workspace.window_edits import ProjectEdits
from kennisnet.ui.workspace.window_menus import WindowMenus, module_available
from kennisnet.ui.workspace.window_results import ResultsTab
from kennisnet.ui.workspace.window_waves import WaveActions
from kennisnet.ui.workspace.wizard import NewProjectWizard

log = logging.getLogger(__name__)
OVERVIEW, ROSTER, QUESTIONNAIRE, RESPONSES, RESULTS = range(5)


class MainWindow(WindowMenus, ProjectEdits, ResultsTab, FileActions, WaveActions, QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceWindow")
        self.settings = settings
        self.project: Project | None = None
        self.results: Any = None
        self.results_stale = True
        self.kiosk: KioskWindow | None = None
        self.busy: Busy | None = None
        self.answered: set[int] = set()

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("projectTabs")
        self.tabs.setDocumentMode(True)
        self.stack.addWidget(self.tabs)
        self.overview = OverviewPage()
        self.people_model = PeopleModel(self._update_person, self)
        self.roster = RosterPage(self.people_model)
        self.questionnaire = QuestionnairePage()
        self.responses = ResponsesPage()
        self.results_holder = QWidget()
        QVBoxLayout(self.results_holder).setContentsMargins(0, 0, 0, 0)
        self._build_results_tab()
        for page in (
            self.overview,
            self.roster,
            self.questionnaire,
            self.responses,
            self.results_holder,
        ):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self._make_actions()
        self._connect_pages()
        language_bus().changed.connect(self.retranslate)
        geometry = settings.window_geometry
        if not geometry or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        self.retranslate()
        self._show_start()

    def _fit_to_screen(self) -> None:
        """First start: fill most of the screen, never more than it (a 1366x768 laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        free = screen.availableGeometry()
        width = min(1600, int(free.width() * 0.95))
        height = min(1000, int(free.height() * 0.92))
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    def _connect_pages(self) -> None:
        s = self.start_page
        s.demo_requested.connect(self.open_demo)
        s.new_requested.connect(self.new_project)
        s.open_requested.connect(self.choose_project)
        s.recent_requested.connect(lambda path: self.open_project(Path(path)))
        o = self.overview
        o.go_roster.connect(lambda: self.tabs.setCurrentIndex(ROSTER))
        o.go_questionnaire.connect(lambda: self.tabs.setCurrentIndex(QUESTIONNAIRE))
        o.go_responses.connect(lambda: self.tabs.setCurrentIndex(RESPONSES))
        o.start_kiosk.connect(self.start_kiosk)
        o.import_responses.connect(self.import_responses)
        o.merge_laptops.connect(self.merge_laptops)
        o.resolve_names.connect(self.resolve_names)
        o.show_results.connect(lambda: self.tabs.setCurrentIndex(RESULTS))
        o.new_wave.connect(self.start_new_wave)
        o.compare_waves.connect(self.compare_waves)
        self.roster.add_requested.connect(self.add_person)
        self.roster.erase_requested.connect(self.erase_people)
        self.roster.mark_trained_requested.connect(self.mark_trained)
        self.questionnaire.save_requested.connect(self.save_questionnaire)
        r = self.responses
        r.import_requested.connect(self.import_responses)
        r.merge_requested.connect(self.merge_laptops)
        r.names_requested.connect(self.resolve_names)
        r.template_requested.connect(self.save_template)
        r.rescue_requested.connect(self.import_kiosk_answers)

    # -- opening and closing -----------------------------------------------------

    def _show_start(self) -> None:
        self.start_page.set_recent(self.settings.recent_projects)
        self.stack.setCurrentWidget(self.start_page)
        self.setWindowTitle("Kennisnet")
        self._update_actions()
        self.start_page.new_button.setFocus()

    def open_project(self, path: Path) -> bool:
        """Open ``path`` (closing the current project first); False with a message if not."""
        path = Path(path)
        if self.project is not None and self.project.path.resolve() == path.resolve():
            return True
        if not self.close_project():
            return False
        told: list[str] = []  # a backup that could not be made: said, never blocking
        try:
            with listen(told.append):
                project = Project.open(path)
        except ProjectError as exc:
            error(self, tr("The project cannot be opened"), str(exc))
            if not path.exists():
                self.settings.remove_recent(str(path))
                self.start_page.set_recent(self.settings.recent_projects)
            return False
        self.project = project
        self.settings.add_recent(str(path.resolve()))
        self.settings.last_folder = str(path.resolve().parent)
        self.settings.sync()
        self.setWindowTitle(tr("Kennisnet — {name}", name=project.name))
        self.stack.setCurrentWidget(self.tabs)
        self.questionnaire.load(project.questionnaire())
        self.results_stale = True
        self._fill_wave_bar(project.current_wave_id())
        self.refresh()
        self.tabs.setCurrentIndex(OVERVIEW)
        self._update_actions()
        log.info("opened project %s", path)
        for text in told:
            error(self, tr("No backup copy"), text)
        return True

    def close_project(self) -> bool:
        """Close the project (asking about unsaved questionnaire changes); False if kept."""
        if self.project is None:
            return True
        if self.busy is not None and not self.busy.finished:
            return False
        self.settle_questionnaire()
        if self.kiosk is not None:
            self.kiosk.close()
            self.kiosk = None
        told: list[str] = []  # the disk too full to fold the journal in: nothing lost, said
        with listen(told.append):
            self.project.close()
        self.project = None
        for text in told:
            error(self, tr("Saved in the journal file"), text)
        self.answered = set()
        self.people_model.set_people([], set())
        self._fill_wave_bar()
        self._show_start()
        return True

    def settle_questionnaire(self) -> bool:
        """Save or drop unsaved questionnaire changes (asking which); True when settled."""
        if self.questionnaire.dirty:
            if confirm(
                self,
                tr("Unsaved changes"),
                tr("The questionnaire has changes that are not saved."),
                tr("Save them before closing?"),
                tr("Save"),
            ):
                self.save_questionnaire()
            else:
                self.questionnaire.revert()
        return True

    def choose_project(self) -> None:
        path = open_file(self, tr("Open a project"), self.settings.last_folder, PROJECT_FILTER)
        if path is not None:
            self.open_project(path)

    def open_demo(self) -> None:
        from kennisnet.session import demo_copy

        try:
            path = demo_copy()
        except OSError as exc:
            error(self, tr("The demo cannot be opened"), str(exc))
            return
        self.open_project(path)

    def new_project(self) -> None:
        wizard = NewProjectWizard(self.settings, self)
        if exec_dialog(wizard) and wizard.created is not None:
            self.open_project(wizard.created)

    # -- refreshing the pages ----------------------------------------------------

    def refresh(self) -> None:
        """Read the project again into every page; the results recalculate when shown."""
        project = self.project
        if project is None:
            return
        snapshot_ids = {r.respondent_id for r in project.snapshot().responses}
        self.answered = snapshot_ids
        self.people_model.set_people(project.people(), snapshot_ids)
        pending = len(project.pending_names())
        waves = project.waves()
        self.responses.set_data(
            response_rows(project),
            project.coverage(),
            pending,
            wave=wave_name(waves, project.current_wave_id()),
            waves=len(waves),
        )
        waiting = self.rescue_waiting()
        self.responses.set_rescue(waiting[1] if waiting else 0)
        self.overview.set_status(Status.of(project), module_available("kennisnet.ui.kiosk"))
        self._fill_wave_bar()
        self._update_actions()
        self.results_stale = True
        if self.tabs.currentIndex() == RESULTS:
            self.recalculate()

    def _tab_changed(self, index: int) -> None:
        if index == RESULTS and self.results_stale:
            self.recalculate()

    def find(self) -> None:
        if self.tabs.currentIndex() == RESPONSES:
            self.responses.filter.setFocus()
            self.responses.filter.selectAll()
            return
        self.tabs.setCurrentIndex(ROSTER)
        self.roster.filter.setFocus()
        self.roster.filter.selectAll()

    def add_person(self) -> None:
        if self.project is None:
            return
        departments = sorted({p.department for p in self.project.people() if p.department})
        dialog = AddPersonDialog(departments, self)
        if not exec_dialog(dialog):
            return
        try:
            person_id = self.project.add_person(**dialog.values())
        except (ProjectError, ValueError) as exc:
            report_failure(self, exc)
            return
        self.refresh()
        self.roster.filter.clear()
        self.roster.select_person(person_id)

    # -- responses ---------------------------------------------------------------------

    def import_responses(self) -> None:
        if self.project is None:
            return
        path = open_file(self, tr("Import responses"), self.settings.last_folder, RESPONSES_FILTER)
        if path is None:
            return
        self.settings.last_folder = str(path.parent)
        dialog = ResponseImportDialog(self.project, path, self)
        accepted = exec_dialog(dialog)
        report = dialog.report
        if not accepted or report is None:
            return
        self.refresh()
        self.tabs.setCurrentIndex(RESPONSES)
        pending = len(self.project.pending_names())
        text = import_summary(report)
        details = import_details(report)
        if pending and confirm(
            self,
            tr("Responses imported"),
            text,
            "\n".join(
                [
                    *details,
                    ntr(
                        "{count} name needs a decision.",
                        "{count} names need a decision.",
                        pending,
                    ),
                ]
            ),
            tr("Check names now"),
        ):
            self.resolve_names()
        elif not pending:
            message(self, tr("Responses imported"), text, "\n".join(details))

    def resolve_names(self) -> None:
        if self.project is None:
            return
        dialog = NameResolutionDialog(self.project, self)
        exec_dialog(dialog)
        if dialog.decided:
            self.refresh()

    def _merged(self, report: MergeReport) -> None:
        if self.project is None:
            return
        self.refresh()
        pending = len(self.project.pending_names())
        dialog = MergeSummaryDialog(report, pending, self)
        exec_dialog(dialog)
        if dialog.resolve_now:
            self.resolve_names()

    # -- kiosk, settings, help -------------------------------------------------------

    def start_kiosk(self) -> None:
        """The kiosk on the open project: HR chooses the PIN, then the kiosk goes full screen.

        When HR leaves it with the PIN, the workspace shows the new answers.
        """
        if self.project is None:
            return
        if not self.project.people(include_external=False):
            error(
                self,
                tr("Kiosk"),
                tr("This project has no staff list yet. Import the staff list first."),
            )
            return
        lock = ask_pin(self)
        if lock is None:
            return
        window = KioskWindow(self.project, self.settings, lock)
        self.kiosk = window
        window.left.connect(self._kiosk_left)
        window.start()

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.results_stale = True
        self.refresh()
        self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.analysis_changed.connect(self._analysis_settings_changed)
        exec_dialog(dialog)

    def _analysis_settings_changed(self) -> None:
        self.results_stale = True
        if self.tabs.currentIndex() == RESULTS:
            self.recalculate()

    def about(self) -> None:
        exec_dialog(TextDialog(tr("About Kennisnet"), about_html(), self))

    def show_log(self) -> None:
        path = log_file()
        if confirm(
            self,
            tr("Log file"),
            tr("The log file is at {log}.", log=path),
            tr("Send it to your support contact when something went wrong."),
            tr("Open the folder"),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # -- language and closing ------------------------------------------------------

    def retranslate(self, _lang: str = "") -> None:
        self._retranslate_menus()
        titles = (
            tr("Overview"),
            tr("Staff list"),
            tr("Questionnaire"),
            tr("Responses"),
            tr("Results"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
            self.tab_actions[index].setText(title)
        if self.project is not None:
            self.setWindowTitle(tr("Kennisnet — {name}", name=self.project.name))
        for page in (
            self.start_page,
            self.overview,
            self.roster,
            self.questionnaire,
            self.responses,
        ):
            page.retranslate()
        self.wave_bar.retranslate()
        if self.results is not None and hasattr(self.results, "retranslate"):
            self.results.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.close_project():
            event.ignore()
            return
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.sync()
        with contextlib.suppress(RuntimeError):
            language_bus().changed.disconnect(self.retranslate)
        event.accept()
