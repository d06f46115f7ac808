"""The results dashboard's background work: one task at a time, with a busy bar.

The analysis and every what-if run in a background task with a progress bar and
a Cancel button; a newer task makes the result of an older one void. The bridge scores,
counted after the dashboard is on screen, run as quiet work of their own (no bar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kennisnet.i18n import tr
from kennisnet.ui.tasks import Task, run_task

T = TypeVar("T")
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Failed = Callable[[BaseException, str], None]


class BusyBar(QWidget):
    """'Working…', a progress bar and Cancel, shown while background work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.retranslate()

    def begin(self) -> None:
        self.progress.setValue(0)
        self.label.setText(tr("Working…"))
        self.setVisible(True)

    def report(self, fraction: float, label: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.label.setText(label)

    def stopping(self) -> None:
        self.label.setText(tr("Stopping…"))

    def end(self) -> None:
        self.setVisible(False)

    def retranslate(self) -> None:
        self.cancel_button.setText(tr("Cancel"))


class BackgroundWork:
    """Runs the dashboard's work off the GUI thread, one task at a time.

    Starting new work cancels the running task and makes its outcome void: only the
    newest task's ``done`` or ``failed`` is called, and only while ``owner`` exists
    (the panel may be gone, the project closed, before the work finished).
    """

    def __init__(self, bar: BusyBar | None, owner: QObject) -> None:
        #: The busy bar (None: quiet work, such as the bridge scores after the dashboard).
        self.bar = bar
        self.owner = owner
        #: The task whose outcome is awaited (None when idle).
        self.task: Task | None = None
        #: Every task started and not known to be done, void ones included (see ``wait``).
        self._running: list[Task] = []
        self._generation = 0
        if bar is not None:
            bar.cancel_button.clicked.connect(self.cancel)

    def start(
        self,
        work: Callable[[Progress, Cancelled], T],
        done: Callable[[T], None],
        failed: Failed,
    ) -> None:
        """Run ``work(progress, cancelled)``; ``done(value)`` or ``failed`` on the GUI thread."""
        self.void()
        generation = self._generation
        if self.bar is not None:
            self.bar.begin()

        def current() -> bool:
            return shiboken6.isValid(self.owner) and generation == self._generation

        def finished(value: T) -> None:
            if current():
                self._stop()
                done(value)

        def went_wrong(error: BaseException, details: str) -> None:
            if current():
                self._stop()
                failed(error, details)

        def progress(fraction: float, label: str) -> None:
            if current() and self.bar is not None:
                self.bar.report(fraction, label)

        self.task = run_task(work, on_done=finished, on_error=went_wrong, on_progress=progress)
        self._running = [task for task in self._running if not task.done.is_set()]
        self._running.append(self.task)

    def _stop(self) -> None:
        self.task = None
        if self.bar is not None:
            self.bar.end()

    def busy_now(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        """Ask the running task to stop; its outcome (cancelled or not) still arrives."""
        if self.task is not None:
            self.task.cancel()
            if self.bar is not None:
                self.bar.stopping()

    def void(self) -> None:
        """Cancel the running task and drop it: nothing it finds reaches the screen."""
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        self._stop()

    def wait(self, seconds: float = 30.0) -> None:
        """Block until the tasks started here stopped (for closing the window and tests)."""
        for task in self._running:
            task.done.wait(seconds)
        self._running = [task for task in self._running if not task.done.is_set()]
