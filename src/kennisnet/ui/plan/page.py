"""The Plan tab: the learning plan of the wave on the Results tab, and the indicators.

The wave's analysis is worked out in the background (``Session.analysis``, cached,
so the Results tab and the plan share it), with the indicators of every wave; the
plan itself is then cheap (``kennisnet.session.plan.wave_plan``). HR's decisions go
to the project at once, through the store's plan API, as with ``kennisnet plan``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kennisnet.analysis import AnalysisCancelled
from kennisnet.i18n import ntr, tr
from kennisnet.plan import Status
from kennisnet.plan.indicators import Indicators
from kennisnet.plan.jsonout import labeller
from kennisnet.session import Analysis, Session
from kennisnet.session.plan import WavePlan, project_indicators, wave_plan
from kennisnet.store import ProjectError
from kennisnet.ui.dialogs.messages import error, exec_dialog
from kennisnet.ui.plan.actions import ActionsView
from kennisnet.ui.plan.dialog import ActionDialog, ActionValues
from kennisnet.ui.plan.indicators import IndicatorsView
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task

log = logging.getLogger(__name__)
ACTIONS, INDICATORS = range(2)


class PlanPage(QWidget):
    """The learning plan (HR decides on each action) and the indicators across the waves."""

    def __init__(self, shown_wave: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.shown_wave = shown_wave
        self.session: Session | None = None
        #: True when the project or the wave changed since the plan was worked out.
        self.stale = True
        self.wave_id: int | None = None
        self.analysis: Analysis | None = None
        self.view: WavePlan | None = None
        self.task: Task | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel()
        self.title.setObjectName("planTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.state = QLabel()
        self.state.setObjectName("planState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.actions_view = ActionsView()
        self.indicators = IndicatorsView()
        self.tabs.addTab(self.actions_view, "")
        self.tabs.addTab(self.indicators, "")
        layout.addWidget(self.tabs, 1)
        self.actions_view.decided.connect(self._decide)
        self.actions_view.add_requested.connect(self.add_own_action)
        self.retranslate()

    # -- the session and working out the plan --------------------------------------

    def set_session(self, session: Session | None) -> None:
        self._drop_task()
        self.session = session
        self.analysis = self.view = None
        self.wave_id = None
        self.stale = True
        self.actions_view.set_plan(None, str, None)
        self.indicators.set_rows([])
        self._show_title()

    def mark_stale(self) -> None:
        """The project or the chosen wave changed: work the plan out again when shown."""
        self.stale = True
        if self.isVisible():
            self.recalculate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.recalculate()

    def busy(self) -> bool:
        return self.task is not None

    def recalculate(self) -> None:
        """Work out the analysis of the chosen wave and the indicators, in the background."""
        session = self.session
        if session is None:
            return
        self._drop_task()
        self.stale = False
        wave_id = self.shown_wave()
        generation = self._generation

        def work(progress: Progress, cancel: Cancel) -> tuple[Analysis, list[Indicators]]:
            analysis = session.analysis(wave_id, progress=progress, cancel=cancel)
            if cancel():
                raise AnalysisCancelled
            return analysis, project_indicators(session.project)

        def done(found: tuple[Analysis, list[Indicators]]) -> None:
            if generation != self._generation or self.session is not session:
                return
            self.task = None
            self.wave_id = wave_id
            self.analysis = found[0]
            self.indicators.set_rows(found[1])
            self.state.setText("")
            self._show_plan()

        def failed(exc: BaseException, details: str) -> None:
            if generation != self._generation:
                return
            self.task = None
            if isinstance(exc, AnalysisCancelled):
                return
            log.error("the plan could not be worked out: %s\n%s", exc, details)
            self.state.setText(tr("The plan could not be worked out: {error}", error=str(exc)))

        self.state.setText(tr("Working out the plan…"))
        self.task = run_task(work, on_done=done, on_error=failed)

    def _drop_task(self) -> None:
        self._generation += 1
        if self.task is not None:
            self.task.cancel()
            self.task.done.wait(30)
            self.task = None

    def _show_plan(self, keep: str | None = None) -> None:
        session, analysis = self.session, self.analysis
        if session is None or analysis is None:
            return
        self.view = wave_plan(session.project, analysis.data, analysis.result)
        label = labeller({p.id: p.name for p in analysis.data.people})
        chosen = self.actions_view.chosen()
        self.actions_view.set_plan(self.view.plan, label, keep or (chosen.key if chosen else None))
        self._show_title()

    def _show_title(self) -> None:
        view = self.view
        if view is None:
            self.title.setText(tr("Learning plan"))
            return
        plan = view.plan
        self.title.setText(tr("Learning plan — {wave}", wave=plan.wave_name))
        counts = {s: sum(a.status is s for a in plan.actions) for s in Status}
        if not plan.actions:
            self.state.setText(tr("The analysis finds nothing that needs an action in this wave."))
        elif not self.task:
            self.state.setText(
                ntr(
                    "{count} action: {proposed} proposed, {accepted} accepted, "
                    "{rejected} rejected, {done} done.",
                    "{count} actions: {proposed} proposed, {accepted} accepted, "
                    "{rejected} rejected, {done} done.",
                    len(plan.actions),
                    proposed=counts[Status.PROPOSED],
                    accepted=counts[Status.ACCEPTED],
                    rejected=counts[Status.REJECTED],
                    done=counts[Status.DONE],
                )
            )

    # -- HR's decisions ------------------------------------------------------------------

    def _names(self) -> list[str]:
        return [p.name for p in self.analysis.data.people if p.name] if self.analysis else []

    def _decide(self, key: str, what: str) -> None:
        session, view, wave_id = self.session, self.view, self.wave_id
        if session is None or view is None or wave_id is None:
            return
        project = session.project
        try:
            action = view.plan.action(key)
        except KeyError:
            return
        try:
            if what == "edit":
                label = labeller({p.id: p.name for p in view.data.people})
                from kennisnet.plan import action_text

                shown = action_text(action, label)
                dialog = ActionDialog(
                    ActionValues(action.form, shown, action.owner or "", action.due or ""),
                    self._names(),
                    self,
                )
                if not exec_dialog(dialog):
                    return
                values = dialog.values()
                text = values.text if values.text != shown else None
                project.edit_action(
                    wave_id,
                    action,
                    form=values.form,
                    text=text,
                    owner=values.owner,
                    due=values.due,
                )
            elif what == Status.PROPOSED.value:
                project.forget_plan_action(wave_id, key)
            else:
                project.set_action_status(wave_id, action, Status(what))
        except ProjectError as exc:
            error(self, tr("The plan was not changed"), str(exc))
        self._show_plan(keep=key)

    def add_own_action(self) -> None:
        session, wave_id = self.session, self.wave_id
        if session is None or wave_id is None:
            return
        dialog = ActionDialog(None, self._names(), self)
        if not exec_dialog(dialog):
            return
        values = dialog.values()
        try:
            own = session.project.add_own_action(
                wave_id, form=values.form, text=values.text, owner=values.owner, due=values.due
            )
        except ProjectError as exc:
            error(self, tr("The action was not added"), str(exc))
            return
        self._show_plan(keep=own.key)

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(ACTIONS, tr("Actions"))
        self.tabs.setTabText(INDICATORS, tr("Indicators across the waves"))
        self.intro.setText(
            tr(
                "Formal training first, then learning on the job. For each action, choose "
                "Accept or Reject, say who takes care of it and when, and mark it done when "
                "it has happened. Everything is saved at once. The plan is for the wave you "
                "chose on the Results tab."
            )
        )
        self.intro.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.actions_view.retranslate()
        self.indicators.retranslate()
        self._show_title()
