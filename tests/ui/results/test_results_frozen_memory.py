"""A big analysis on screen is left out of full garbage collections (each visited every
object of a 10,000-person analysis: 0.1 s on the GUI thread), and is still freed when
it is replaced."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from kennisnet.analysis import analyze, ranking
from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.tasks import GuiThreadCollector


def test_a_big_analysis_on_screen_is_frozen(
    qtbot: QtBot,
    panel: ResultsPanel,
    synthetic: Callable[[int], SurveyData],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gc.unfreeze()
    monkeypatch.setattr(ranking, "BIG_PROJECT", 300)
    with qtbot.waitSignal(panel.analysis_finished, timeout=60_000):
        panel.show_wave(DataSource(synthetic(300)), "Big")
    result = panel.current_result()
    assert result is not None
    assert gc.get_freeze_count() > 0
    assert not any(o is result for o in gc.get_objects())  # out of the collector's view


def test_a_small_analysis_freezes_nothing(analysed: ResultsPanel) -> None:
    # (the fixture analysed the demo, 79 people)
    assert analysed.current_result() is not None
    assert gc.get_freeze_count() == 0


def test_what_is_frozen_is_still_freed_when_dropped(demo_data: SurveyData) -> None:
    gc.unfreeze()

    class Holder:
        def __init__(self) -> None:
            self.result = analyze(demo_data)

    freed: list[bool] = []
    holder = Holder()
    gone = weakref.ref(holder, lambda _ref: freed.append(True))
    GuiThreadCollector.keep_long_lived()
    assert gc.get_freeze_count() > 0
    del holder
    assert freed == [True] and gone() is None
