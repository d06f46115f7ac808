"""Changes to the open project that need no dialog of their own.

Editing the staff list, saving the questionnaire, merging laptops and saving the
response template. Commands that run a dialog of their own (adding a person,
importing responses, checking names) stay in ``window.py``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kennisnet.i18n import language, tr
from kennisnet.merge import MergeReport, merge_projects
from kennisnet.model import Person
from kennisnet.resources import resource
from kennisnet.session import Session
from kennisnet.store import ProjectError
from kennisnet.ui.busy import Busy
from kennisnet.ui.dialogs.files import PROJECT_FILTER, RESPONSES_FILTER, open_files, save_file
from kennisnet.ui.dialogs.messages import error, exec_dialog, message
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.merge_summary import MergeSummaryDialog
from kennisnet.ui.workspace.questionnaire import QuestionnairePage
from kennisnet.ui.workspace.roster import RosterPage, confirm_erasure, report_failure


class EditsHost(Protocol):
    """What the edits need of the window."""

    session: Session | None
    settings: Settings
    busy: Busy | None
    roster: RosterPage
    questionnaire: QuestionnairePage

    def refresh(self, then: Callable[[], None] | None = None) -> None: ...

    def show_status(self, then: Callable[[], None] | None = None) -> None: ...

    def resolve_names(self) -> None: ...


class ProjectEdits:
    """Staff list edits, Save the questionnaire, Merge laptops…, Save the response template…"""

    def __init__(self, parent: QWidget, host: EditsHost) -> None:
        self.parent = parent
        self.host = host

    def update_person(self, person_id: int, field: str, value: object) -> Person | None:
        """Save one edited cell of the staff list; the changed person (None if refused)."""
        session = self.host.session
        if session is None:
            return None
        try:
            session.project.update_person(person_id, **{field: value})
        except (ProjectError, ValueError) as exc:
            report_failure(self.parent, exc)
            return None
        self.host.show_status()
        return session.project.person(person_id)

    def mark_trained(self, ids: list[int], trained: bool) -> None:
        session = self.host.session
        if session is None:
            return
        try:
            with session.project.transaction():
                for person_id in ids:
                    session.project.update_person(person_id, trained_hr=trained)
        except ProjectError as exc:
            report_failure(self.parent, exc)
        roster = self.host.roster
        if ids:
            self.host.refresh(then=partial(roster.select_person, ids[0]))
        else:
            self.host.refresh()

    def erase_people(self, ids: list[int]) -> None:
        """Erase people with the store's engine (the same as ``kennisnet erase``)."""
        session = self.host.session
        if session is None:
            return
        project = session.project
        people = [p for p in (project.person(i) for i in ids) if p is not None]
        if not people or not confirm_erasure(self.parent, [p.name for p in people]):
            return
        found: set[Path] = set()
        try:
            for person in people:
                report = project.erase_person(person.id)
                found.update(report.found_in)
        except ProjectError as exc:
            report_failure(self.parent, exc)
            self.host.refresh()
            return
        self.host.refresh()
        if found:
            error(
                self.parent,
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
            self.parent,
            tr("Removed"),
            text,
            tr(
                "Checked byte by byte: no trace left in the project, its journal or any "
                "backup copy."
            ),
        )

    def save_questionnaire(self) -> None:
        session = self.host.session
        page = self.host.questionnaire
        if session is None or not page.dirty:
            return
        try:
            session.project.set_questionnaire(page.editor.questionnaire())
        except ProjectError as exc:
            report_failure(self.parent, exc)
            return
        page.mark_saved()

    def merge_laptops(self) -> None:
        session = self.host.session
        if session is None:
            return
        paths = open_files(
            self.parent,
            tr("Merge the answers of other laptops"),
            self.host.settings.last_folder,
            PROJECT_FILTER,
        )
        if not paths:
            return
        project = session.project

        def work(
            _progress: Callable[[float, str], None], _cancelled: Callable[[], bool]
        ) -> MergeReport:
            return merge_projects(project, paths)

        def merged(report: MergeReport) -> None:
            self._merged(report)

        self.host.busy = Busy(
            self.parent, tr("Merging the answers…"), work, merged, self._merge_failed
        )

    def _merged(self, report: MergeReport) -> None:
        session = self.host.session
        if session is None:
            return
        self.host.refresh()
        pending = len(session.project.pending_names())
        dialog = MergeSummaryDialog(report, pending, self.parent)
        exec_dialog(dialog)
        if dialog.resolve_now:
            self.host.resolve_names()

    def _merge_failed(self, exc: BaseException) -> None:
        self.host.refresh()
        error(self.parent, tr("Merge laptops"), tr("The files were not merged."), str(exc))

    def save_template(self) -> None:
        suggestion = str(Path(self.host.settings.last_folder) / tr("responses.xlsx"))
        target = save_file(
            self.parent, tr("Save the response template"), suggestion, RESPONSES_FILTER
        )
        if target is None:
            return
        suffix = ".csv" if target.suffix.lower() == ".csv" else ".xlsx"
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        from kennisnet.outputs import OutputRefused, output_file

        session = self.host.session
        protect = [session.path] if session is not None else []
        try:  # the save dialog asked before replacing a file; a project is never replaced
            with output_file(target, force=True, protect=protect) as temp:
                shutil.copyfile(resource("templates", f"responses_{language()}{suffix}"), temp)
        except (OSError, OutputRefused) as exc:
            error(self.parent, tr("Not saved"), tr("The template could not be saved."), str(exc))
            return
        message(
            self.parent, tr("Template saved"), tr("The template is saved as {file}.", file=target)
        )
