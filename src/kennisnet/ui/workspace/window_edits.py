"""The window's changes to the open project that need no dialog of their own (a mixin).

Editing the staff list, saving the questionnaire, merging laptops and saving the
response template. Commands that run a dialog of their own (adding a person,
importing responses, checking names) stay in ``window.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from kennisnet.i18n import language, tr
from kennisnet.merge import MergeReport, merge_projects
from kennisnet.model import Person
from kennisnet.resources import resource
from kennisnet.store import ProjectError
from kennisnet.ui.workspace.common import (
    PROJECT_FILTER,
    RESPONSES_FILTER,
    Busy,
    error,
    message,
    open_files,
    save_file,
)
from kennisnet.ui.workspace.overview import Status
from kennisnet.ui.workspace.responses import response_rows
from kennisnet.ui.workspace.roster import confirm_erasure, report_failure
from kennisnet.ui.workspace.waves import wave_name
from kennisnet.ui.workspace.window_menus import module_available


class ProjectEdits:
    """Staff list edits, Save the questionnaire, Merge laptops…, Save the response template…"""

    project: Any
    settings: Any
    busy: Busy | None
    results_stale: bool

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
        waves = self.project.waves()
        self.overview.set_status(Status.of(self.project), module_available("kennisnet.ui.kiosk"))
        self.responses.set_data(
            response_rows(self.project),
            self.project.coverage(),
            len(self.project.pending_names()),
            wave=wave_name(waves, self.project.current_wave_id()),
            waves=len(waves),
        )
        self.results_stale = True

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
        """Erase people with the store's engine (the same as ``kennisnet erase``)."""
        if self.project is None:
            return
        people = [p for p in (self.project.person(i) for i in ids) if p is not None]
        if not people or not confirm_erasure(self, [p.name for p in people]):
            return
        found: set[Path] = set()
        try:
            for person in people:
                report = self.project.erase_person(person.id)
                found.update(report.found_in)
        except ProjectError as exc:
            report_failure(self, exc)
            self.refresh()
            return
        self.refresh()
        if found:
            error(
                self,
                tr("Not completely erased"),
                tr(
                    "A trace was still found in the files below. Keep them away from others "
                    "and ask for help."
                ),
                "\n".join(str(f) for f in sorted(found)),
            )
            return
        if len(people) == 1:
            text = tr(
                "{name} has been removed and erased from the project and its backup copies.",
                name=people[0].name,
            )
        else:
            text = tr(
                "{count} people have been removed and erased from the project and its "
                "backup copies.",
                count=len(people),
            )
        message(
            self,
            tr("Removed"),
            text,
            tr(
                "Checked byte by byte: no trace left in the project, its journal or any "
                "backup copy."
            ),
        )

    def save_questionnaire(self) -> None:
        if self.project is None or not self.questionnaire.dirty:
            return
        try:
            self.project.set_questionnaire(self.questionnaire.editor.questionnaire())
        except ProjectError as exc:
            report_failure(self, exc)
            return
        self.questionnaire.mark_saved()

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
        from kennisnet.outputs import OutputRefused, output_file

        protect = [self.project.path] if self.project is not None else []
        try:  # the save dialog asked before replacing a file; a project is never replaced
            with output_file(target, force=True, protect=protect) as temp:
                shutil.copyfile(resource("templates", f"responses_{language()}{suffix}"), temp)
        except (OSError, OutputRefused) as exc:
            error(self, tr("Not saved"), tr("The template could not be saved."), str(exc))
            return
        message(self, tr("Template saved"), tr("The template is saved as {file}.", file=target))
