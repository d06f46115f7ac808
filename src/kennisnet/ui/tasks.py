"""Long work off the GUI thread, with progress and cancel.

``run_task(fn, ...)`` runs ``fn(progress, cancelled)`` on the global thread pool;
``progress(fraction, label)`` and the result or error come back on the GUI
thread through Qt signals. Core functions keep taking plain callbacks (see
``kennisnet.analysis.analyze``), so they stay Qt-free.

Heavy libraries are imported on the GUI thread before the first background task
(``import_heavy_modules``). Root cause of a rare crash (a segfault once in about 15
response imports): the first Excel import ran ``import openpyxl`` on the worker
thread, and openpyxl imports numpy, PIL and lxml — about 300 modules, among them
C extensions that build their types and module state during the import. Meanwhile
the GUI thread kept running Python code, and its garbage collector could visit
those half-built objects. C extensions are not written for another thread to touch
them during their first import. Importing them once, on the GUI thread, before any
background work, removes that overlap: a worker thread then only uses modules that
are complete (``tests/ui/test_tasks_stress.py`` checks that no heavy module is
first imported off the GUI thread, over 50 imports through the app).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import threading
import traceback
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)

#: ``progress(fraction, label)``: how far the work is, 0.0 to 1.0, and what it does now.
Progress = Callable[[float, str], None]
#: ``cancel()``: True once the work should stop.
Cancel = Callable[[], bool]
T = TypeVar("T")

_heavy_imported = False


def _import_lxml() -> None:
    # lxml is only imported for this side effect (nothing here uses its names), hence by name.
    importlib.import_module("lxml.etree")


def _import_matplotlib() -> None:
    # matplotlib's Figure and Agg canvas are what the exports draw with.
    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401


def _import_numpy_scipy() -> None:
    import numpy  # noqa: F401
    import scipy.sparse  # noqa: F401


def _import_networkx() -> None:
    import networkx  # noqa: F401


def _import_openpyxl() -> None:
    # openpyxl brings numpy, PIL and lxml with it.
    import openpyxl  # noqa: F401


def _import_igraph() -> None:
    from kennisnet import igraph_lib

    igraph_lib.load()  # without its plotting side (no pyplot)


#: One library (with what it brings) per step, so that the window can answer in between.
_HEAVY_STEPS: tuple[Callable[[], None], ...] = (
    _import_numpy_scipy,
    _import_lxml,
    _import_openpyxl,
    _import_networkx,
    _import_igraph,
    _import_matplotlib,
)


def import_heavy_modules() -> None:
    """Import the libraries background work uses, here on the GUI thread (once).

    Called by ``run_task`` before it starts a task. Cheap after the first call.
    """
    global _heavy_imported
    if _heavy_imported or threading.current_thread() is not threading.main_thread():
        return
    for step in _HEAVY_STEPS:
        step()
    _heavy_imported = True


def heavy_modules_imported() -> bool:
    """True once the libraries background work uses are imported (see above)."""
    return _heavy_imported


def import_heavy_modules_in_steps() -> None:
    """The same imports, one library per turn of the event loop (called once the window
    is up): the window answers between them instead of waiting for all of them at once.
    A task started meanwhile imports the rest at once (``import_heavy_modules``)."""
    from PySide6.QtCore import QTimer

    steps = list(_HEAVY_STEPS)

    def next_step() -> None:
        global _heavy_imported
        if _heavy_imported or threading.current_thread() is not threading.main_thread():
            return
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, next_step)
        else:
            _heavy_imported = True

    next_step()


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    """One piece of background work; keep the returned object to cancel it."""

    def __init__(self, fn: Callable[[Progress, Cancel], object]) -> None:
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
            result = self._fn(self._progress, self._cancel.is_set)
        except BaseException as error:
            self._report(self.signals.failed, error, traceback.format_exc())
        else:
            self._report(self.signals.finished, result)
        finally:
            self.done.set()

    def _progress(self, fraction: float, label: str) -> None:
        self._report(self.signals.progress, fraction, label)

    def _report(self, signal: SignalInstance, *args: object) -> None:
        """Emit, unless the application is gone (it quit while this work ran): then
        nobody is left to tell, and the outcome is dropped."""
        if shiboken6.isValid(self.signals):
            with contextlib.suppress(RuntimeError):  # deleted between the check and here
                signal.emit(*args)


class GuiThreadCollector(QObject):
    """Python's cycle collection on the GUI thread only, while background work can run.

    The cycle collector runs on whichever thread happens to allocate when a threshold is
    crossed — often a worker reading the project or analysing. If the garbage it finds
    holds Qt objects (a closed dialog, an old model), their C++ side is destroyed on that
    worker thread while the GUI thread uses Qt: the rare segfaults seen when a worker
    read the project during a collection. Here automatic collection is switched off and a
    timer on the GUI thread collects instead, the generation whose threshold was crossed,
    as the collector itself would (reference counting still frees everything else at
    once). Installed by ``run_task`` for the application; switched back on when it quits.
    """

    INTERVAL_MS = 250

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("guiThreadCollector")
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        app.aboutToQuit.connect(gc.enable)
        gc.disable()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    @staticmethod
    def keep_long_lived() -> None:
        """What is in memory now (a big analysis on screen) is left out of later full
        collections.

        A full collection visits every object the collector tracks: with a 10,000-person
        analysis on screen that took 0.1-0.15 s on the GUI thread, a stall each time one
        was due. Frozen objects (``gc.freeze``) are skipped; they are still freed by
        reference counting when the analysis is replaced (of a 10,000-person analysis's
        18 MB, 0.3 MB was left in reference cycles). Not collected first: the analysis
        just arrived is all young, and collecting it took as long as a full collection.
        """
        gc.freeze()

    @classmethod
    def install(cls) -> None:
        """Once per application, on the GUI thread."""
        app = QCoreApplication.instance()
        if app is None or app.findChild(cls, "guiThreadCollector") is not None:
            return
        cls(app)


def run_task(
    fn: Callable[[Progress, Cancel], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException, str], None],
    on_progress: Callable[[float, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn(progress, cancelled)`` in the background; callbacks run on the GUI thread."""
    import_heavy_modules()
    GuiThreadCollector.install()
    task = Task(fn)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
