"""The results dashboard's background work (a mixin of :class:`ResultsPanel`).

The analysis and every what-if run in a background task with a progress bar and
a Cancel button; a newer task makes the result of an older one void.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6

from kennisnet.analysis import AnalysisCancelled, AnalysisResult, WhatIfResult, analyze
from kennisnet.i18n import N_, tr
from kennisnet.model import SurveyData
from kennisnet.ui.results.frame import CLUSTER_LEVEL_FROM, Point, to_scene
from kennisnet.ui.tasks import Task, run_task


class BackgroundWork:
    """Analyses the survey in the background and shows the outcome or the failure."""

    data: SurveyData | None
    title: str
    base: AnalysisResult | None
    positions: dict[int, Point]
    stack: list[WhatIfResult]
    task: Task | None

    def show_survey(self, data: SurveyData, title: str) -> None:
        """Analyse ``data`` in the background; the dashboard fills in when it is done."""
        self.data, self.title = data, title
        self.base = None
        self.stack.clear()
        self.stack_widget.setCurrentIndex(0)
        self.retry_button.setVisible(False)
        self._set_placeholder(N_("Working out the knowledge network…"))
        options = self.options()

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            from kennisnet.layout import compute_layout

            result = analyze(
                data,
                options,
                progress=lambda f, label: progress(0.75 * f, label),
                cancel=cancelled,
            )
            if cancelled():
                raise AnalysisCancelled
            progress(0.8, tr("Drawing the network"))
            return result, compute_layout(result)

        self._start(work, self._analysis_done)

    def _start(self, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self.progress.setValue(0)
        self.busy_label.setText(tr("Working…"))
        self.busy.setVisible(True)
        self.whatif_button.setEnabled(False)

        def current() -> bool:
            # The panel may be gone (project closed) before the work finished.
            return shiboken6.isValid(self) and generation == self._generation

        def finished(value: Any) -> None:
            if current():
                self._stop_busy()
                done(value)

        def failed(error: BaseException, details: str) -> None:
            if current():
                self._stop_busy()
                self._failed(error, details)

        def progress(fraction: float, label: str) -> None:
            if current():
                self.progress.setValue(int(fraction * 1000))
                self.busy_label.setText(label)

        self.task = run_task(work, on_done=finished, on_error=failed, on_progress=progress)

    def _stop_busy(self) -> None:
        self.task = None
        self.busy.setVisible(False)
        self.whatif_button.setEnabled(self.base is not None)

    def busy_now(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        """Stop the running analysis or what-if (the screen keeps what it showed)."""
        if self.task is not None:
            self.task.cancel()
            self.busy_label.setText(tr("Stopping…"))

    def wait_for_background(self, seconds: float = 30.0) -> None:
        """Block until background work stopped (for closing the window and for tests)."""
        if self.task is not None:
            self.task.done.wait(seconds)

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, AnalysisCancelled):
            if self.base is None:
                self._set_placeholder(N_("The analysis was stopped. Nothing was changed."))
                self.retry_button.setVisible(True)
            return
        import logging

        logging.getLogger("kennisnet.results").error("analysis failed\n%s", details)
        self._set_placeholder(N_("The analysis could not be done. The details are in the log."))
        self.retry_button.setVisible(self.data is not None)
        self.stack_widget.setCurrentIndex(0)

    def _retry(self) -> None:
        if self.data is not None:
            self.show_survey(self.data, self.title)

    def _analysis_done(self, value: Any) -> None:
        result, layout = value
        self.base = result
        self.positions = to_scene(layout, len(result.people))
        self.stack.clear()
        self.side.set_result(result)
        level = "clusters" if len(result.people) > CLUSTER_LEVEL_FROM else "people"
        self._display(level=level)
        self.stack_widget.setCurrentIndex(1)
        self.analysis_finished.emit(result)
