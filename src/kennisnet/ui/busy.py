"""Background work behind a modal progress dialog (an import, a new project)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from kennisnet.i18n import tr
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task

T = TypeVar("T")


class Busy:
    """Run ``fn(progress, cancelled)`` in the background behind a modal progress dialog.

    ``on_done(result)`` or ``on_error(error)`` runs on the GUI thread afterwards.
    With ``cancellable`` the dialog has a Cancel button; the result of a cancelled
    task is thrown away (the core's work is read-only or all-or-nothing).
    """

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[[Progress, Cancel], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        *,
        cancellable: bool = False,
    ) -> None:
        self._on_error = on_error
        self.dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel)
        self.finished = False

        def done(result: T) -> None:
            cancelled = self.task.cancelled
            self._finish()
            if not cancelled:
                on_done(result)

        self.task: Task = run_task(
            fn, on_done=done, on_error=self._failed, on_progress=self._progress
        )
        _running.append(self)

    def _progress(self, fraction: float, label: str) -> None:
        if self.dialog.maximum() == 0:
            self.dialog.setRange(0, 1000)
        self.dialog.setValue(int(fraction * 1000))
        if label:
            self.dialog.setLabelText(label)

    def _cancel(self) -> None:
        self.task.cancel()

    def _finish(self) -> None:
        self.finished = True
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        if self in _running:
            _running.remove(self)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        cancelled = self.task.cancelled
        self._finish()
        if not cancelled:
            self._on_error(exc)


#: Each Busy stays alive until its task is over (callers need not keep it).
_running: list[Busy] = []


def running_tasks() -> list[Busy]:
    """The long pieces of work still running (tests wait until there are none)."""
    return list(_running)
