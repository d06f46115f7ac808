"""Long work off the GUI thread, with progress and cancel.

``run_task(fn, ...)`` runs ``fn(progress, cancelled)`` on the global thread pool;
``progress(fraction, label)`` and the result or error come back on the GUI
thread through Qt signals. Core functions keep taking plain callbacks (see
``kennisnet.analysis.analyze``), so they stay Qt-free.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    """One piece of background work; keep the returned object to cancel it."""

    def __init__(
        self, fn: Callable[[Callable[[float, str], None], Callable[[], bool]], Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as error:
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


def run_task(
    fn: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None],
    on_progress: Callable[[float, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn(progress, cancelled)`` in the background; callbacks run on the GUI thread."""
    task = Task(fn)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
