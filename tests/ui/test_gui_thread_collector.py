"""Cycles of garbage holding Qt objects are collected on the GUI thread, never on a
worker that happens to allocate while background work runs."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kennisnet.ui.tasks import GuiThreadCollector, run_task


class _Cycle:
    def __init__(self, on_gui_thread: list[bool]) -> None:
        self.me = self
        self.qt = QObject()
        self.qt.destroyed.connect(
            lambda: on_gui_thread.append(threading.current_thread() is threading.main_thread())
        )


def test_garbage_with_qt_objects_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    finished: list[int] = []

    def allocate(_progress: object, _cancelled: object) -> int:
        # A worker that allocates a lot, as an analysis does: with automatic collection
        # on, it would be the one to cross the threshold and collect the cycle below.
        return sum(len([[] for _ in range(2000)]) for _ in range(300))

    on_gui_thread: list[bool] = []
    _Cycle(on_gui_thread)  # garbage at once: only the cycle collector can free it
    task = run_task(allocate, on_done=finished.append, on_error=lambda *_: None)
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert task is not None
    # Objects that stay alive cross the youngest generation's threshold, as a program's
    # allocations do: the timer then collects, and the cycle goes with it.
    alive = [[] for _ in range(2 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: bool(on_gui_thread), timeout=10_000)
    assert len(alive) > gc.get_threshold()[0]
    assert on_gui_thread == [True]


def test_the_collector_collects_the_generation_whose_threshold_was_crossed() -> None:
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        freed: list[bool] = []
        garbage = [_Cycle(freed) for _ in range(gc.get_threshold()[0] + 10)]
        del garbage
        assert freed == []  # nothing collects by itself
        GuiThreadCollector.collect()
        assert len(freed) == gc.get_threshold()[0] + 10
    finally:
        if enabled:
            gc.enable()
