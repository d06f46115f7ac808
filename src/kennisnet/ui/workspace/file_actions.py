"""The window's File actions for exports, backups and kiosk rescue files.

An export writes the wave shown on the Results tab through ``Session.export`` (the
same files as ``kennisnet export``, the plan sheets included); a restore closes the
project, puts the copy back with ``kennisnet.session.restore`` and opens it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from kennisnet.export.pack_groups import pack_choices
from kennisnet.i18n import ntr, tr
from kennisnet.session import NotRestored, Session, restore
from kennisnet.store import ProjectError
from kennisnet.store.backup import backup_dir
from kennisnet.ui.busy import Busy
from kennisnet.ui.dialogs.messages import confirm, error, exec_dialog, message
from kennisnet.ui.folders import start_folder
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.backups import RestoreDialog, open_folder, when_text
from kennisnet.ui.workspace.export import ExportChoice, ExportDialog
from kennisnet.ui.workspace.export_summary import ExportSummaryDialog, failure_text
from kennisnet.ui.workspace.kiosk_answers import FOUND, RescueOfferDialog, rescue_filter
from kennisnet.ui.workspace.window_results import ResultsTab

log = logging.getLogger(__name__)


class FilesHost(Protocol):
    """What the File actions need of the window."""

    session: Session | None
    settings: Settings
    busy: Busy | None
    kiosk: KioskWindow | None
    results_tab: ResultsTab

    def refresh(self) -> None: ...

    def resolve_names(self) -> None: ...

    def settle_questionnaire(self) -> bool: ...

    def open_project(self, path: Path) -> bool: ...

    def close_project(self) -> bool: ...


class FileActions:
    """Export…, Restore a backup…, Open backup folder, Import kiosk answers…"""

    def __init__(self, parent: QWidget, host: FilesHost) -> None:
        self.parent = parent
        self.host = host
        #: What was chosen in the last export, offered again the next time.
        self.export_choice: ExportChoice | None = None

    def _idle(self) -> bool:
        busy = self.host.busy
        return busy is None or busy.finished

    # -- export ----------------------------------------------------------------------

    def export_files(self) -> None:
        session = self.host.session
        if session is None or not self._idle():
            return
        previous = self.export_choice
        # Never the demo copy's hidden folder: where HR can find the files again.
        folder = start_folder(previous.folder if previous else self.host.settings.last_folder)
        dialog = ExportDialog(
            session.name,
            folder,
            self.parent,
            previous=previous,
            project=session.path,
            pack=pack_choices(session.project.people(include_external=False)),
        )
        if not exec_dialog(dialog) or dialog.choice is None:
            return
        choice = dialog.choice
        self.export_choice = choice
        # The pictures are coloured, sized and filtered ('Show only') as the dashboard shows.
        tab = self.host.results_tab
        request = replace(
            choice.request(),
            color_by=tab.colour_by(),
            size_by=tab.size_by(),
            show_only=tab.show_only(),
        )
        wave_id = self.host.results_tab.shown_wave()  # the wave on the Results tab

        def work(
            progress: Callable[[float, str], None], cancelled: Callable[[], bool]
        ) -> list[Path]:
            choice.folder.mkdir(parents=True, exist_ok=True)
            return session.export(request, wave_id, progress=progress, cancel=cancelled)

        def exported(paths: list[Path]) -> None:
            self._exported(paths, choice)

        def failed(exc: BaseException) -> None:
            self._export_failed(exc, choice)

        self.host.busy = Busy(
            self.parent, tr("Writing the export…"), work, exported, failed, cancellable=True
        )

    def _exported(self, paths: list[Path], choice: ExportChoice) -> None:
        settings = self.host.settings
        settings.last_folder = str(choice.folder)
        settings.sync()
        log.info("exported %d file(s) to %s", len(paths), choice.folder)
        exec_dialog(ExportSummaryDialog(paths, choice.pseudonymise, self.parent))

    def _export_failed(self, exc: BaseException, choice: ExportChoice) -> None:
        log.warning("export failed", exc_info=exc)
        error(
            self.parent,
            tr("Export"),
            tr("Nothing was exported."),
            failure_text(exc, choice.folder),
        )

    # -- backups ---------------------------------------------------------------------

    def open_backup_folder(self) -> None:
        session = self.host.session
        if session is not None:
            open_folder(backup_dir(session.project.project_id))
        else:
            open_folder(backup_dir("x").parent)

    def restore_a_backup(self) -> None:
        session = self.host.session
        if session is None or not self._idle():
            return
        project = session.project
        backups = project.backups()
        if not backups:
            message(
                self.parent,
                tr("Restore a backup copy"),
                tr("There are no backup copies of this project yet."),
            )
            return
        dialog = RestoreDialog(project.name, backups, backup_dir(project.project_id), self.parent)
        if not exec_dialog(dialog) or dialog.chosen is None:
            return
        chosen = dialog.chosen
        path = session.path
        if not self.host.settle_questionnaire() or not self.host.close_project():
            return
        try:
            restore(path, chosen)
        except NotRestored as exc:
            error(self.parent, tr("Restore a backup copy"), str(exc))
            self.host.open_project(path)
            return
        except ProjectError as exc:
            error(
                self.parent,
                tr("Restore a backup copy"),
                tr("The copy was not restored; the project is as it was."),
                str(exc),
            )
            self.host.open_project(path)
            return
        log.info("restored the backup of %s into %s", chosen.made_at, path)
        if self.host.open_project(path):
            message(
                self.parent,
                tr("Backup copy restored"),
                tr("The copy of {when} is back.", when=when_text(chosen.made_at)),
                tr("The state before the restore was saved as a new backup copy."),
            )

    # -- kiosk rescue files -------------------------------------------------------------

    def rescue_waiting(self) -> tuple[Path, int] | None:
        """The rescue file of this project on this laptop, when it holds unsaved answers."""
        from kennisnet.importing.responses import rescue_path, waiting_answers

        session = self.host.session
        if session is None:
            return None
        path = rescue_path(session.project.project_id)
        if not path.is_file():
            return None
        count = waiting_answers(session.project, path)
        return (path, count) if count else None

    def import_kiosk_answers(self) -> None:
        from kennisnet.importing.responses import RescueError, import_rescue
        from kennisnet.importing.responses.rescue import report_lines

        session = self.host.session
        if session is None:
            return
        project = session.project
        found = self.rescue_waiting()
        path: Path | None = None
        if found is not None:
            offer = RescueOfferDialog(found[0], found[1], self.parent)
            if not exec_dialog(offer):
                return
            if offer.choice == FOUND:
                path = found[0]
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent,
                tr("Import kiosk answers that were not saved"),
                str(found[0].parent if found else self.host.settings.last_folder),
                rescue_filter(),
            )
            if not name:
                return
            path = Path(name)
        try:
            report = import_rescue(project, path)
        except (RescueError, ProjectError) as exc:
            error(
                self.parent,
                tr("Import kiosk answers"),
                tr("The answers were not imported."),
                str(exc),
            )
            return
        removed = False
        if found is not None and path == found[0] and self.host.kiosk is None:
            # Every answer in it is now in the project (or deliberately left out).
            try:
                path.unlink()
                removed = True
            except OSError:
                log.warning("the rescue file %s could not be removed", path)
        self.host.refresh()
        lines = report_lines(report)
        if removed:
            lines.append(tr("The rescue file is no longer needed and was removed."))
        pending = len(project.pending_names())
        if pending and confirm(
            self.parent,
            tr("Kiosk answers imported"),
            lines[0],
            " ".join(
                [
                    *lines[1:],
                    ntr(
                        "{count} name needs a decision.", "{count} names need a decision.", pending
                    ),
                ]
            ),
            tr("Check names now"),
        ):
            self.host.resolve_names()
        elif not pending:
            message(
                self.parent,
                tr("Kiosk answers imported"),
                lines[0],
                " ".join(lines[1:]),
            )
