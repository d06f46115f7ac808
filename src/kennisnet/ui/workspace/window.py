"""The HR workspace window: menus, the start screen, and the project's pages as tabs."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import language, tr
from kennisnet.merge import MergeReport, merge_projects
from kennisnet.model import Person
from kennisnet.resources import resource
from kennisnet.responses import FORMAT_NAMES
from kennisnet.store import Project, ProjectError
from kennisnet.ui.crash import log_file
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
    open_files,
    save_file,
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
from kennisnet.ui.workspace.responses import ResponsesPage, response_rows
from kennisnet.ui.workspace.roster import (
    AddPersonDialog,
    PeopleModel,
    RosterPage,
    confirm_erasure,
    report_failure,
)
from kennisnet.ui.workspace.start import StartPage
from kennisnet.ui.workspace.wizard import NewProjectWizard

log = logging.getLogger(__name__)
OVERVIEW, ROSTER, QUESTIONNAIRE, RESPONSES, RESULTS = range(5)


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class ResultsPlaceholder(QWidget):
    """Shown while the results dashboard is not part of this build."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.retranslate()

    def show_survey(self, _data: object, _title: str) -> None:
        return None

    def retranslate(self) -> None:
        self.label.setText(tr("The results dashboard is not available in this version yet."))


class MainWindow(FileActions, QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceWindow")
        self.settings = settings
        self.project: Project | None = None
        self.results: Any = None
        self.results_stale = True
        self.kiosk: Any = None
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

    # -- actions and menus -------------------------------------------------------

    def _action(self, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.new_project, keys.New)
        self.open_action = self._action(self.choose_project, keys.Open)
        self.demo_action = self._action(self.open_demo)
        self.merge_action = self._action(self.merge_laptops)
        self.import_action = self._action(self.import_responses, "Ctrl+I")
        self.template_action = self._action(self.save_template)
        self.rescue_action = self._action(self.import_kiosk_answers)
        self.export_action = self._action(self.export_files, "Ctrl+E")
        self.restore_action = self._action(self.restore_a_backup)
        self.backup_folder_action = self._action(self.open_backup_folder)
        self.kiosk_action = self._action(self.start_kiosk)
        self.close_action = self._action(self.close_project, keys.Close)
        self.quit_action = self._action(self.close, keys.Quit)
        self.find_action = self._action(self.find, keys.Find)
        self.refresh_action = self._action(self.recalculate, keys.Refresh)
        self.save_action = self._action(self.save_questionnaire, keys.Save)
        self.names_action = self._action(self.resolve_names)
        self.settings_action = self._action(self.open_settings, "Ctrl+,")
        self.about_action = self._action(self.about)
        self.log_action = self._action(self.show_log)
        self.tab_actions = [
            self._action(lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            for i in range(5)
        ]
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.rescue_action)
        self.file_menu.addAction(self.merge_action)
        self.file_menu.addAction(self.names_action)
        self.file_menu.addAction(self.template_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.kiosk_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.backup_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(self)
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.settings_menu = QMenu(self)
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.settings_menu, self.help_menu):
            bar.addMenu(menu)

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

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_projects
        for path in paths:
            action = self.recent_menu.addAction(Path(path).stem + "   " + str(Path(path).parent))
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _c=False, p=path: self.open_project(Path(p)))
        if not paths:
            none = self.recent_menu.addAction(tr("No recent projects"))
            none.setEnabled(False)

    def _update_actions(self) -> None:
        has = self.project is not None
        for action in (
            self.merge_action,
            self.import_action,
            self.rescue_action,
            self.export_action,
            self.restore_action,
            self.names_action,
            self.close_action,
            self.find_action,
            self.refresh_action,
            self.save_action,
            *self.tab_actions,
        ):
            action.setEnabled(has)
        self.template_action.setEnabled(True)
        self.kiosk_action.setVisible(module_available("kennisnet.ui.kiosk"))
        self.kiosk_action.setEnabled(has)

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
        try:
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
        self.refresh()
        self.tabs.setCurrentIndex(OVERVIEW)
        self._update_actions()
        log.info("opened project %s", path)
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
        self.project.close()
        self.project = None
        self.answered = set()
        self.people_model.set_people([], set())
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
        from kennisnet.cli.commands import demo_copy

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
        self.responses.set_data(response_rows(project), project.coverage(), pending)
        waiting = self.rescue_waiting()
        self.responses.set_rescue(waiting[1] if waiting else 0)
        self.overview.set_status(Status.of(project), module_available("kennisnet.ui.kiosk"))
        self.results_stale = True
        if self.tabs.currentIndex() == RESULTS:
            self.recalculate()

    def _ensure_results(self) -> Any:
        if self.results is None:
            try:
                module = importlib.import_module("kennisnet.ui.results")
                self.results = module.ResultsPanel(self.settings, self.results_holder)
            except (ImportError, AttributeError) as exc:
                log.info("results panel not available: %s", exc)
                self.results = ResultsPlaceholder(self.results_holder)
            layout = self.results_holder.layout()
            assert layout is not None
            layout.addWidget(self.results)
        return self.results

    def recalculate(self) -> None:
        if self.project is None:
            return
        panel = self._ensure_results()
        panel.show_survey(self.project.snapshot(), self.project.name)
        self.results_stale = False

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

    # -- roster --------------------------------------------------------------------

    def _update_person(self, person_id: int, field: str, value: Any) -> Person | None:
        assert self.project is not None
        try:
            self.project.update_person(person_id, **{field: value})
        except (ProjectError, ValueError) as exc:
            report_failure(self, exc)
            return None
        self._roster_changed()
        return self.project.person(person_id)

    def _roster_changed(self) -> None:
        assert self.project is not None
        self.overview.set_status(Status.of(self.project), module_available("kennisnet.ui.kiosk"))
        self.responses.set_data(
            response_rows(self.project), self.project.coverage(), len(self.project.pending_names())
        )
        self.results_stale = True

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

    def mark_trained(self, ids: list[int], trained: bool) -> None:
        if self.project is None:
            return
        try:
            with self.project.transaction():
                for person_id in ids:
                    self.project.update_person(person_id, trained_hr=trained)
        except ProjectError as exc:
            report_failure(self, exc)
        self.refresh()
        for person_id in ids[:1]:
            self.roster.select_person(person_id)

    def erase_people(self, ids: list[int]) -> None:
        if self.project is None:
            return
        people = [p for p in (self.project.person(i) for i in ids) if p is not None]
        if not people or not confirm_erasure(self, [p.name for p in people]):
            return
        try:
            for person in people:
                self.project.erase_person(person.id)
        except ProjectError as exc:
            report_failure(self, exc)
        self.refresh()
        message(
            self,
            tr("Removed"),
            tr("{count} person(s) removed and erased from the project.", count=len(people)),
        )

    # -- questionnaire ----------------------------------------------------------------

    def save_questionnaire(self) -> None:
        if self.project is None or not self.questionnaire.dirty:
            return
        try:
            self.project.set_questionnaire(self.questionnaire.editor.questionnaire())
        except ProjectError as exc:
            report_failure(self, exc)
            return
        self.questionnaire.mark_saved()

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
        text = tr(
            "{added} answer(s) imported from {format}.",
            added=report.added,
            format=tr(FORMAT_NAMES[report.plan.format]),
        )
        details = []
        if report.already_there:
            details.append(tr("{count} were already imported before.", count=report.already_there))
        if report.replaced:
            details.append(
                tr("{count} replaced an earlier answer of the same person.", count=report.replaced)
            )
        if pending and confirm(
            self,
            tr("Responses imported"),
            text,
            " ".join([*details, tr("{count} name(s) need a decision.", count=pending)]),
            tr("Check names now"),
        ):
            self.resolve_names()
        elif not pending:
            message(self, tr("Responses imported"), text, " ".join(details))

    def resolve_names(self) -> None:
        if self.project is None:
            return
        dialog = NameResolutionDialog(self.project, self)
        exec_dialog(dialog)
        if dialog.decided:
            self.refresh()

    def merge_laptops(self) -> None:
        if self.project is None:
            return
        paths = open_files(
            self,
            tr("Merge the answers of other laptops"),
            self.settings.last_folder,
            PROJECT_FILTER,
        )
        if not paths:
            return
        project = self.project

        def work(_progress: Any, _cancelled: Any) -> MergeReport:
            return merge_projects(project, paths)

        self.busy = Busy(self, tr("Merging the answers…"), work, self._merged, self._merge_failed)

    def _merged(self, report: MergeReport) -> None:
        if self.project is None:
            return
        self.refresh()
        pending = len(self.project.pending_names())
        dialog = MergeSummaryDialog(report, pending, self)
        exec_dialog(dialog)
        if dialog.resolve_now:
            self.resolve_names()

    def _merge_failed(self, exc: BaseException) -> None:
        self.refresh()
        error(self, tr("Merge laptops"), tr("The files were not merged."), str(exc))

    def save_template(self) -> None:
        suggestion = str(Path(self.settings.last_folder) / tr("responses.xlsx"))
        target = save_file(self, tr("Save the response template"), suggestion, RESPONSES_FILTER)
        if target is None:
            return
        suffix = ".csv" if target.suffix.lower() == ".csv" else ".xlsx"
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:
            shutil.copyfile(resource("templates", f"responses_{language()}{suffix}"), target)
        except OSError as exc:
            error(self, tr("Not saved"), tr("The template could not be saved."), str(exc))
            return
        message(self, tr("Template saved"), tr("The template is saved as {file}.", file=target))

    # -- kiosk, settings, help -------------------------------------------------------

    def start_kiosk(self) -> None:
        if self.project is None:
            return
        try:
            module = importlib.import_module("kennisnet.ui.kiosk")
            window = module.KioskWindow(self.project, self.settings)
        except (ImportError, AttributeError) as exc:
            error(
                self, tr("Kiosk"), tr("The kiosk is not available in this version yet."), str(exc)
            )
            return
        self.kiosk = window
        if hasattr(window, "closed"):
            window.closed.connect(self.refresh)
        window.showFullScreen()

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
        self.file_menu.setTitle(tr("&File"))
        self.recent_menu.setTitle(tr("Recent projects"))
        self.view_menu.setTitle(tr("&View"))
        self.settings_menu.setTitle(tr("&Settings"))
        self.help_menu.setTitle(tr("&Help"))
        texts = (
            (self.new_action, tr("New survey…")),
            (self.open_action, tr("Open a project…")),
            (self.demo_action, tr("Open the demo")),
            (self.import_action, tr("Import responses…")),
            (self.merge_action, tr("Merge laptops…")),
            (self.names_action, tr("Check names…")),
            (self.template_action, tr("Save the response template…")),
            (self.rescue_action, tr("Import kiosk answers that were not saved…")),
            (self.export_action, tr("Export…")),
            (self.restore_action, tr("Restore a backup…")),
            (self.backup_folder_action, tr("Open backup folder")),
            (self.kiosk_action, tr("Start kiosk on this laptop")),
            (self.close_action, tr("Close the project")),
            (self.quit_action, tr("Quit")),
            (self.find_action, tr("Find…")),
            (self.refresh_action, tr("Recalculate the results")),
            (self.save_action, tr("Save the questionnaire")),
            (self.settings_action, tr("Settings…")),
            (self.about_action, tr("About Kennisnet")),
            (self.log_action, tr("Where is the log file?")),
        )
        for action, text in texts:
            action.setText(text)
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
