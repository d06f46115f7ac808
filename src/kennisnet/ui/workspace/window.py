"""The HR workspace window: the start screen, and the project's pages as tabs.

The window holds the open project as a :class:`kennisnet.session.Session` and owns
its helpers: the menus (``window_menus.Menus``), the edits that need no dialog of
their own (``window_edits.ProjectEdits``), the File actions for exports, backups and
kiosk rescue files (``file_actions.FileActions``), the wave commands
(``window_waves.WaveActions``) and the Results tab (``window_results.ResultsTab``).
Each helper gets the window through a small protocol of what it needs.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget, QWidget

from kennisnet.i18n import ntr, tr
from kennisnet.model import Person
from kennisnet.session import Session, demo_copy, is_demo_project
from kennisnet.store import Coverage, Project, ProjectError
from kennisnet.ui.busy import Busy
from kennisnet.ui.crash import log_file
from kennisnet.ui.dialogs.files import PROJECT_FILTER, RESPONSES_FILTER, open_file
from kennisnet.ui.dialogs.messages import confirm, error, exec_dialog, message
from kennisnet.ui.dialogs.text import TextDialog
from kennisnet.ui.folders import is_hidden
from kennisnet.ui.kiosk.launch import ask_pin
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.language import language_bus
from kennisnet.ui.phones.window import PhonesWindow
from kennisnet.ui.plan import PlanPage
from kennisnet.ui.settings import Settings
from kennisnet.ui.wizard import NewProjectWizard
from kennisnet.ui.workspace.about import about_html
from kennisnet.ui.workspace.file_actions import FileActions
from kennisnet.ui.workspace.names import NameResolutionDialog
from kennisnet.ui.workspace.overview import OverviewPage, Status
from kennisnet.ui.workspace.questionnaire import QuestionnairePage
from kennisnet.ui.workspace.response_import import ResponseImportDialog
from kennisnet.ui.workspace.response_import_text import import_details, import_summary
from kennisnet.ui.workspace.responses import ResponseRow, ResponsesPage, response_rows
from kennisnet.ui.workspace.roster import (
    AddPersonDialog,
    RosterPage,
    StaffListModel,
    report_failure,
)
from kennisnet.ui.workspace.settings_dialog import SettingsDialog
from kennisnet.ui.workspace.shortcuts import shortcuts, shortcuts_html
from kennisnet.ui.workspace.start import StartPage
from kennisnet.ui.workspace.waves import wave_name
from kennisnet.ui.workspace.window_edits import ProjectEdits
from kennisnet.ui.workspace.window_menus import Menus
from kennisnet.ui.workspace.window_results import ResultsTab
from kennisnet.ui.workspace.window_waves import WaveActions

log = logging.getLogger(__name__)
OVERVIEW, ROSTER, QUESTIONNAIRE, RESPONSES, RESULTS, PLAN = range(6)


def _on(action: QAction, slot: Callable[[], object]) -> None:
    action.triggered.connect(lambda _checked=False: slot())


@dataclass(frozen=True, slots=True)
class _Pages:
    """What the overview, the staff list and the responses page show, read from the project."""

    status: Status
    rows: list[ResponseRow]
    coverage: list[Coverage]
    pending: int
    wave: str
    waves: int
    answered: set[int]
    people: list[Person] | None  # None: the staff list is not read again


def _read_in_steps(project: Project, people: bool) -> Iterator[_Pages | None]:
    """Read the pages in steps of at most about 0.1 s at 10,000 people (the window answers
    in between; all at once took 0.4–0.6 s): None after each step, then what was read.

    On the GUI thread: reading on a worker thread let the garbage collector finalise
    SQLite objects on the GUI thread while the worker used the same connection (a crash).
    """
    yield None  # the window first shows what changed
    answered = project.respondent_ids()
    yield None
    everyone = project.people()
    yield None
    status = Status.of(project)
    waves = project.waves()
    pending = len(project.pending_names())
    yield None
    answers = project.response_summaries()
    yield None
    rows = response_rows(project, everyone, answers)
    yield None
    yield _Pages(
        status=status,
        rows=rows,
        coverage=project.coverage(),
        pending=pending,
        wave=wave_name(waves, project.current_wave_id()),
        waves=len(waves),
        answered=answered,
        people=everyone if people else None,
    )


class MainWindow(QMainWindow):
    #: The pages show the project as read by the latest ``refresh``/``show_status``.
    refreshed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceWindow")
        self.settings = settings
        #: The open project (None on the start screen).
        self.session: Session | None = None
        self.kiosk: KioskWindow | None = None
        #: Phones answering on the open project (kept while it is open, to show again).
        self.phones: PhonesWindow | None = None
        #: Background work behind a progress dialog (merge, export); one at a time.
        self.busy: Busy | None = None
        #: Who answered in the current wave (the staff list marks them).
        self.answered: set[int] = set()
        #: The pages being read, in steps (a newer read voids an older one); see refresh.
        self._reading = False
        self._reads = 0
        self._people_due = False
        self._then: list[Callable[[], None]] = []

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("projectTabs")
        self.tabs.setDocumentMode(True)
        self.stack.addWidget(self.tabs)
        self.edits = ProjectEdits(self, self)
        self.files = FileActions(self, self)
        self.waves = WaveActions(self, self)
        self.overview = OverviewPage()
        self.people_model = StaffListModel(self.edits.update_person, self)
        self.roster = RosterPage(self.people_model)
        self.questionnaire = QuestionnairePage()
        self.responses = ResponsesPage()
        self.results_tab = ResultsTab(settings)
        self.plan_page = PlanPage(lambda: self.results_tab.shown_wave())
        for page in (
            self.overview,
            self.roster,
            self.questionnaire,
            self.responses,
            self.results_tab,
            self.plan_page,
        ):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.menus = Menus(self, settings)
        self._connect_actions()
        self._connect_pages()
        language_bus().changed.connect(self.retranslate)
        geometry = settings.window_geometry
        if not geometry or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        self.retranslate()
        self._show_start()

    def _fit_to_screen(self) -> None:
        """First start: fill most of the screen, never more than it (a 1366x768 laptop)."""
        free = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width = min(1600, int(free.width() * 0.95))
        height = min(1000, int(free.height() * 0.92))
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    def _connect_actions(self) -> None:
        m, edits, files, waves = self.menus, self.edits, self.files, self.waves
        for action, slot in (
            (m.new_action, self.new_project),
            (m.open_action, self.choose_project),
            (m.demo_action, self.open_demo),
            (m.merge_action, edits.merge_laptops),
            (m.import_action, self.import_responses),
            (m.template_action, edits.save_template),
            (m.rescue_action, files.import_kiosk_answers),
            (m.export_action, files.export_files),
            (m.restore_action, files.restore_a_backup),
            (m.backup_folder_action, files.open_backup_folder),
            (m.kiosk_action, self.start_kiosk),
            (m.phones_action, self.start_phones),
            (m.new_wave_action, waves.start_new_wave),
            (m.compare_action, waves.compare_waves),
            (m.close_action, self.close_project),
            (m.quit_action, self.close),
            (m.find_action, self.find_in_page),
            (m.refresh_action, self.results_tab.recalculate),
            (m.save_action, edits.save_questionnaire),
            (m.names_action, self.resolve_names),
            (m.settings_action, self.open_settings),
            (m.about_action, self.about),
            (m.log_action, self.show_log),
            (m.shortcuts_action, self.show_shortcuts),
        ):
            _on(action, slot)
        for index, action in enumerate(m.tab_actions):
            _on(action, partial(self.tabs.setCurrentIndex, index))
        m.recent_chosen.connect(lambda path: self.open_project(Path(path)))

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
        o.start_phones.connect(self.start_phones)
        o.import_responses.connect(self.import_responses)
        o.merge_laptops.connect(self.edits.merge_laptops)
        o.resolve_names.connect(self.resolve_names)
        o.show_results.connect(lambda: self.tabs.setCurrentIndex(RESULTS))
        o.new_wave.connect(self.waves.start_new_wave)
        o.compare_waves.connect(self.waves.compare_waves)
        self.roster.add_requested.connect(self.add_person)
        self.roster.erase_requested.connect(self.edits.erase_people)
        self.roster.mark_trained_requested.connect(self.edits.mark_trained)
        self.questionnaire.save_requested.connect(self.edits.save_questionnaire)
        r = self.responses
        r.import_requested.connect(self.import_responses)
        r.merge_requested.connect(self.edits.merge_laptops)
        r.names_requested.connect(self.resolve_names)
        r.template_requested.connect(self.edits.save_template)
        r.rescue_requested.connect(self.files.import_kiosk_answers)
        self.results_tab.compare_requested.connect(self.waves.compare_waves)
        chooser = self.results_tab.wave_bar.chooser  # the plan is of the wave shown there
        chooser.currentIndexChanged.connect(lambda _index: self.plan_page.mark_stale())

    # -- opening and closing -----------------------------------------------------

    def _show_start(self) -> None:
        self.start_page.set_recent(self.settings.recent_projects)
        self.stack.setCurrentWidget(self.start_page)
        self.setWindowTitle("Kennisnet")
        self._update_actions()
        self.start_page.new_button.setFocus()

    def _update_actions(self) -> None:
        session = self.session
        waves = len(session.project.waves()) if session is not None else 0
        self.menus.update(project_open=session is not None, waves=waves)

    def open_project(self, path: Path) -> bool:
        """Open ``path`` (closing the current project first); False with a message if not."""
        path = Path(path)
        if self.session is not None and self.session.path.resolve() == path.resolve():
            return True
        if not self.close_project():
            return False
        told: list[str] = []  # a backup that could not be made: said, never blocking
        try:
            session = Session.open(path, warn=told.append)
        except ProjectError as exc:
            error(self, tr("The project cannot be opened"), str(exc))
            if not path.exists():
                self.settings.remove_recent(str(path))
                self.start_page.set_recent(self.settings.recent_projects)
            return False
        self.session = session
        self.settings.add_recent(str(path.resolve()))
        if not is_hidden(path.resolve().parent):  # the demo copy's folder is hidden
            self.settings.last_folder = str(path.resolve().parent)
        self.settings.sync()
        self.setWindowTitle(self._project_title())
        self.stack.setCurrentWidget(self.tabs)
        self.questionnaire.load(session.project.questionnaire())
        self.results_tab.set_session(session)
        self.plan_page.set_session(session)
        self.refresh()
        self.tabs.setCurrentIndex(OVERVIEW)
        self._update_actions()
        log.info("opened project %s", path)
        for text in told:
            error(self, tr("No backup copy"), text)
        return True

    def _project_title(self) -> str:
        """The window title of the open project; the demo says it is the demo."""
        session = self.session
        if session is None:
            return "Kennisnet"
        if is_demo_project(session.project.project_id):
            return tr("Kennisnet — {name} — Demo", name=session.name)
        return tr("Kennisnet — {name}", name=session.name)

    def close_project(self) -> bool:
        """Close the project (asking about unsaved questionnaire changes); False if kept."""
        session = self.session
        if session is None:
            return True
        if self.busy is not None and not self.busy.finished:
            return False
        self.settle_questionnaire()
        if self.kiosk is not None:
            self.kiosk.close()
            self.kiosk = None
        if self.phones is not None:  # stops the phone server before the project closes
            phones, self.phones = self.phones, None
            phones.finished.disconnect(self.refresh)
            phones.dispose()
        self.results_tab.set_session(None)
        self.plan_page.set_session(None)
        self._void_reading()
        told: list[str] = []  # the disk too full to fold the journal in: nothing lost, said
        session.close(warn=told.append)
        self.session = None
        for text in told:
            error(self, tr("Saved in the journal file"), text)
        self.answered = set()
        self.people_model.set_people([], set())
        # Nothing of this project stays on the pages while the next one is read.
        self.overview.set_status(None)
        self.responses.set_data([], [], 0)
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
                self.edits.save_questionnaire()
            else:
                self.questionnaire.revert()
        return True

    def choose_project(self) -> None:
        path = open_file(self, tr("Open a project"), self.settings.last_folder, PROJECT_FILTER)
        if path is not None:
            self.open_project(path)

    def open_demo(self) -> None:
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

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the project again into every page; the results recalculate when shown.

        The pages are read on a worker thread and filled when read (``refreshed``);
        ``then`` runs after that (to select what was just added, say).
        """
        session = self.session
        if session is None:
            return
        waiting = self.files.rescue_waiting()
        self.responses.set_rescue(waiting[1] if waiting else 0)
        self.results_tab.fill_waves()
        self._update_actions()
        self._people_due = True
        self.show_status(then)

    def show_status(self, then: Callable[[], None] | None = None) -> None:
        """Show where the survey stands on the overview and the responses page.

        The results are out of date now; they recalculate at once when on screen.
        """
        session = self.session
        if session is None:
            return
        if then is not None:
            self._then.append(then)
        self._reads += 1
        self._reading = True
        self._next_step(self._reads, _read_in_steps(session.project, self._people_due))
        self.results_tab.stale = True
        if self.tabs.currentIndex() == RESULTS:
            self.results_tab.recalculate()
        self.plan_page.mark_stale()

    def refreshing(self) -> bool:
        """True while the pages are being read again (``refreshed`` follows)."""
        return self._reading

    def _next_step(self, read: int, steps: Iterator[_Pages | None]) -> None:
        if read != self._reads or self.session is None:
            return  # a newer read follows, or the project closed
        try:
            pages = next(steps)
        except BaseException:
            self._reading = False
            self._then = []
            raise
        if pages is None:
            QTimer.singleShot(0, self, lambda: self._next_step(read, steps))
            return
        self._reading = False
        if pages.people is not None:
            self._people_due = False
            self.answered = pages.answered
            self.people_model.set_people(pages.people, pages.answered)
        self.overview.set_status(pages.status)
        self.responses.set_data(
            pages.rows, pages.coverage, pages.pending, wave=pages.wave, waves=pages.waves
        )
        then, self._then = self._then, []
        for step in then:
            step()
        self.refreshed.emit()

    def _void_reading(self) -> None:
        """Void the pages being read (the project closes)."""
        self._reads += 1
        self._then = []
        self._people_due = False
        self._reading = False

    def _tab_changed(self, index: int) -> None:
        if index == RESULTS and self.results_tab.stale:
            self.results_tab.recalculate()

    def find_in_page(self) -> None:
        """View → Find…: the filter of the responses page when on it, else the staff list's."""
        if self.tabs.currentIndex() == RESPONSES:
            self.responses.filter.setFocus()
            self.responses.filter.selectAll()
            return
        self.tabs.setCurrentIndex(ROSTER)
        self.roster.filter.setFocus()
        self.roster.filter.selectAll()

    def add_person(self) -> None:
        if self.session is None:
            return
        project = self.session.project
        departments = sorted({p.department for p in project.people() if p.department})
        dialog = AddPersonDialog(departments, self)
        if not exec_dialog(dialog):
            return
        try:
            person_id = project.add_person(**dialog.values())
        except (ProjectError, ValueError) as exc:
            report_failure(self, exc)
            return
        self.roster.filter.clear()
        self.refresh(then=lambda: self.roster.select_person(person_id))

    # -- responses ---------------------------------------------------------------------

    def import_responses(self) -> None:
        if self.session is None:
            return
        project = self.session.project
        path = open_file(self, tr("Import responses"), self.settings.last_folder, RESPONSES_FILTER)
        if path is None:
            return
        self.settings.last_folder = str(path.parent)
        dialog = ResponseImportDialog(project, path, self)
        accepted = exec_dialog(dialog)
        report = dialog.report
        if not accepted or report is None:
            return
        self.refresh()
        self.tabs.setCurrentIndex(RESPONSES)
        pending = len(project.pending_names())
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
        if self.session is None:
            return
        dialog = NameResolutionDialog(self.session.project, self)
        exec_dialog(dialog)
        if dialog.decided:
            self.refresh()

    # -- kiosk, settings, help -------------------------------------------------------

    def start_kiosk(self) -> None:
        """The kiosk on the open project: HR chooses the PIN, then the kiosk goes full screen.

        When HR leaves it with the PIN, the workspace shows the new answers.
        """
        if self.session is None:
            return
        project = self.session.project
        if not project.people(include_external=False):
            error(
                self,
                tr("Kiosk"),
                tr("This project has no staff list yet. Import the staff list first."),
            )
            return
        lock = ask_pin(self)
        if lock is None:
            return
        window = KioskWindow(project, self.settings, lock)
        self.kiosk = window
        window.left.connect(self._kiosk_left)
        window.start()

    def start_phones(self) -> None:
        """Phones answer on the open project: the phones window (next to the kiosk).

        The workspace shows the new answers when collecting stops or the window closes.
        """
        if self.session is None:
            return
        project = self.session.project
        if not project.people(include_external=False):
            error(
                self,
                tr("Answer on phones"),
                tr("This project has no staff list yet. Import the staff list first."),
            )
            return
        if self.phones is None:
            self.phones = PhonesWindow(project, self.settings.last_folder, self)
            self.phones.finished.connect(self.refresh)
        self.phones.show()
        self.phones.raise_()
        self.phones.activateWindow()

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.refresh()
        self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        """Settings: the analysis options are those of the wave on the Results tab."""
        wave_id = self.results_tab.shown_wave() if self.session is not None else None
        dialog = SettingsDialog(self.settings, self.session, wave_id, self)
        dialog.analysis_changed.connect(self._analysis_settings_changed)
        exec_dialog(dialog)

    def _analysis_settings_changed(self) -> None:
        self.plan_page.mark_stale()
        self.results_tab.stale = True
        if self.tabs.currentIndex() == RESULTS:
            self.results_tab.recalculate()

    def about(self) -> None:
        exec_dialog(TextDialog(tr("About Kennisnet"), about_html(), self))

    def show_shortcuts(self) -> None:
        dialog = TextDialog(tr("Keyboard shortcuts"), shortcuts_html(shortcuts(self)), self)
        dialog.setObjectName("shortcutsDialog")
        exec_dialog(dialog)

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
        titles = (
            tr("Overview"),
            tr("Staff list"),
            tr("Questionnaire"),
            tr("Responses"),
            tr("Results"),
            tr("Plan"),
        )
        self.menus.retranslate(titles)
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        if self.session is not None:
            self.setWindowTitle(self._project_title())
        for page in (
            self.start_page,
            self.overview,
            self.roster,
            self.questionnaire,
            self.responses,
        ):
            page.retranslate()
        self.results_tab.retranslate()
        self.plan_page.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.close_project():
            event.ignore()
            return
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.sync()
        with contextlib.suppress(RuntimeError):
            language_bus().changed.disconnect(self.retranslate)
        event.accept()
