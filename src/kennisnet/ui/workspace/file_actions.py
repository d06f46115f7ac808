"""The window's File actions for exports, backups and kiosk rescue files (a mixin).

Kept apart from ``window.py`` so that each concern stays readable; ``MainWindow``
inherits these methods and provides ``project``, ``settings``, ``results``,
``busy``, ``refresh`` and friends.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from kennisnet.i18n import ntr, tr
from kennisnet.store import ProjectError
from kennisnet.store.backup import backup_dir, make_backup, restore_backup
from kennisnet.ui.workspace.backups import RestoreDialog, open_folder, when_text
from kennisnet.ui.workspace.common import Busy, confirm, error, exec_dialog, message
from kennisnet.ui.workspace.export import (
    ExportChoice,
    ExportDialog,
    ExportSummaryDialog,
    failure_text,
    write_export,
)
from kennisnet.ui.workspace.kiosk_answers import FOUND, RescueOfferDialog, rescue_filter

log = logging.getLogger(__name__)


class FileActions:
    """Export…, Restore a backup…, Open backup folder, Import kiosk answers…"""

    project: Any
    settings: Any
    results: Any
    results_stale: bool
    busy: Busy | None
    kiosk: Any
    export_choice: ExportChoice | None = None

    # -- export ----------------------------------------------------------------------

    def current_analysis(self) -> tuple[Any, Any, Any] | None:
        """(result, data, positions) of the results panel when it shows the project now."""
        panel = self.results
        if panel is None or self.results_stale or not hasattr(panel, "current_result"):
            return None
        result = panel.current_result()
        data = getattr(panel, "data", None)
        if result is None or data is None:
            return None
        return result, data, getattr(panel, "positions", None) or None

    def export_files(self) -> None:
        if self.project is None or (self.busy is not None and not self.busy.finished):
            return
        previous = self.export_choice
        folder = str(previous.folder) if previous else self.settings.last_folder
        dialog = ExportDialog(
            self.project.name, folder, self, previous=previous, project=self.project.path
        )
        if not exec_dialog(dialog) or dialog.choice is None:
            return
        choice = dialog.choice
        self.export_choice = choice
        title = self.project.name
        protect = (Path(self.project.path),)
        current = self.current_analysis()
        if current is None:  # the wave chosen on the Results tab, as it would show it
            data = self.project.snapshot(self.shown_wave_id())
            options = self._analysis_options()
        else:
            data = current[1]

        def work(progress: Any, cancelled: Any) -> list[Path]:
            share = 0.0
            if current is None:
                from kennisnet.analysis import analyze

                share = 0.4
                result = analyze(
                    data,
                    options,
                    progress=lambda f, label: progress(share * f, label),
                    cancel=cancelled,
                )
                positions = None
            else:
                result, _data, positions = current
            return write_export(
                choice,
                result,
                data,
                title,
                positions=positions,
                progress=lambda f, label: progress(share + (1 - share) * f, label),
                cancel=cancelled,
                protect=protect,
            )

        self.busy = Busy(
            self,
            tr("Writing the export…"),
            work,
            lambda paths: self._exported(paths, choice),
            lambda exc: self._export_failed(exc, choice),
            cancellable=True,
        )

    def _analysis_options(self) -> Any:
        from kennisnet.analysis import AnalysisOptions

        return AnalysisOptions(
            overloaded_threshold=max(1, self.settings.overloaded_threshold),
            advice_k=max(0, self.settings.advice_k),
        )

    def _exported(self, paths: list[Path], choice: ExportChoice) -> None:
        self.settings.last_folder = str(choice.folder)
        self.settings.sync()
        log.info("exported %d file(s) to %s", len(paths), choice.folder)
        exec_dialog(ExportSummaryDialog(paths, choice.pseudonymise, self))

    def _export_failed(self, exc: BaseException, choice: ExportChoice) -> None:
        log.warning("export failed", exc_info=exc)
        error(
            self,
            tr("Export"),
            tr("Nothing was exported."),
            failure_text(exc, choice.folder),
        )

    # -- backups ---------------------------------------------------------------------

    def open_backup_folder(self) -> None:
        if self.project is not None:
            open_folder(backup_dir(self.project.project_id))
        else:
            open_folder(backup_dir("x").parent)

    def restore_a_backup(self) -> None:
        project = self.project
        if project is None or (self.busy is not None and not self.busy.finished):
            return
        backups = project.backups()
        if not backups:
            message(
                self,
                tr("Restore a backup copy"),
                tr("There are no backup copies of this project yet."),
            )
            return
        dialog = RestoreDialog(project.name, backups, backup_dir(project.project_id), self)
        if not exec_dialog(dialog) or dialog.chosen is None:
            return
        chosen = dialog.chosen
        path = project.path
        if not self.settle_questionnaire():
            return
        with tempfile.TemporaryDirectory(prefix="kennisnet-restore-") as temp:
            # Making one more copy may rotate the oldest copy away: keep the chosen one.
            keep = Path(temp) / chosen.path.name
            try:
                shutil.copyfile(chosen.path, keep)
                with project._lock:
                    make_backup(project._conn, project.project_id, project.name)
            except (OSError, sqlite3.Error, ProjectError) as exc:
                error(
                    self,
                    tr("Restore a backup copy"),
                    tr("Nothing was restored: no copy of the current state could be made."),
                    str(exc),
                )
                return
            if not self.close_project():
                return
            source = chosen.path if chosen.path.exists() else keep
            try:
                restore_backup(source, path)
            except ProjectError as exc:
                error(
                    self,
                    tr("Restore a backup copy"),
                    tr("The copy was not restored; the project is as it was."),
                    str(exc),
                )
                self.open_project(path)
                return
        log.info("restored the backup of %s into %s", chosen.made_at, path)
        if self.open_project(path):
            message(
                self,
                tr("Backup copy restored"),
                tr("The copy of {when} is back.", when=when_text(chosen.made_at)),
                tr("The state before the restore was saved as a new backup copy."),
            )

    # -- kiosk rescue files -------------------------------------------------------------

    def rescue_waiting(self) -> tuple[Path, int] | None:
        """The rescue file of this project on this laptop, when it holds unsaved answers."""
        from kennisnet.responses import rescue_path, waiting_answers

        if self.project is None:
            return None
        path = rescue_path(self.project.project_id)
        if not path.is_file():
            return None
        count = waiting_answers(self.project, path)
        return (path, count) if count else None

    def import_kiosk_answers(self) -> None:
        from kennisnet.responses import RescueError, import_rescue
        from kennisnet.responses.rescue import report_lines

        project = self.project
        if project is None:
            return
        found = self.rescue_waiting()
        path: Path | None = None
        if found is not None:
            offer = RescueOfferDialog(found[0], found[1], self)
            if not exec_dialog(offer):
                return
            if offer.choice == FOUND:
                path = found[0]
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                tr("Import kiosk answers that were not saved"),
                str(found[0].parent if found else self.settings.last_folder),
                rescue_filter(),
            )
            if not name:
                return
            path = Path(name)
        try:
            report = import_rescue(project, path)
        except (RescueError, ProjectError) as exc:
            error(
                self,
                tr("Import kiosk answers"),
                tr("The answers were not imported."),
                str(exc),
            )
            return
        removed = False
        if found is not None and path == found[0] and self.kiosk is None:
            # Every answer in it is now in the project (or deliberately left out).
            try:
                path.unlink()
                removed = True
            except OSError:
                log.warning("the rescue file %s could not be removed", path)
        self.refresh()
        lines = report_lines(report)
        if removed:
            lines.append(tr("The rescue file is no longer needed and was removed."))
        pending = len(project.pending_names())
        if pending and confirm(
            self,
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
            self.resolve_names()
        elif not pending:
            message(
                self,
                tr("Kiosk answers imported"),
                lines[0],
                " ".join(lines[1:]),
            )
