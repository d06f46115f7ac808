"""The dashboard before the bridge scores: everything else first, the scores when ready."""

from __future__ import annotations

import threading
from collections.abc import Collection

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import kennisnet.analysis.betweenness as bridges
from kennisnet.analysis import WhatIfResult
from kennisnet.model import SurveyData
from kennisnet.session import Analysis, DataSource
from kennisnet.session.source import Cancel, Progress
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.models import PERSON_ROLE


class HeldSource(DataSource):
    """The demo, whose bridge scores wait until the test lets them through."""

    def __init__(self, data: SurveyData) -> None:
        super().__init__(data)
        self.release = threading.Event()
        self.what_ifs = 0

    def analysis(
        self,
        *,
        layout: bool = False,
        betweenness: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        if betweenness and not self.release.wait(30):
            raise TimeoutError("the test never let the bridge scores through")
        return super().analysis(
            layout=layout, betweenness=betweenness, progress=progress, cancel=cancel
        )

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult:
        self.what_ifs += 1
        return super().what_if(leaving, progress=progress, cancel=cancel)


def bridge_cells(panel: ResultsPanel) -> dict[int, str]:
    """The people table's "Link between groups" (bridge score) per person id, as shown."""
    model = panel.widgets.pages["people"].model
    column = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "Link between groups"
    )
    cells = {}
    for row in range(model.rowCount()):
        pid = model.data(model.index(row, 0), PERSON_ROLE)
        cells[pid] = model.data(model.index(row, column))
    return cells


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, demo_data: SurveyData) -> HeldSource:
    monkeypatch.setattr(bridges, "PROCESSES_FROM", 10)  # the demo counts as large
    return HeldSource(demo_data)


def test_the_dashboard_shows_before_the_bridge_scores(
    qtbot: QtBot, panel: ResultsPanel, held: HeldSource
) -> None:
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(held, "Demo")
    shown = panel.current_result()
    assert shown is not None and not shown.betweenness_computed
    assert not panel.bridges_ready()
    assert not panel.busy_now()  # the window is free: a what-if may start meanwhile
    assert set(bridge_cells(panel).values()) == {"still computing"}
    most = max(shown.people, key=lambda p: p.in_degree)
    panel.show_person(most.id)
    card = panel.widgets.side.person_card
    assert card.values["betweenness"] == "still computing"
    assert card.values["in_degree"] == str(most.in_degree)

    held.release.set()
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        pass
    qtbot.waitUntil(panel.bridges_ready)
    full = panel.current_result()
    assert full is not None and full.betweenness_computed
    cells = bridge_cells(panel)
    assert cells == {p.id: f"{p.betweenness:.3f}" for p in full.people}
    assert card.values["betweenness"] == f"{full.person(most.id).betweenness:.3f}"
    assert any(p.betweenness > 0 for p in full.people)


def test_a_what_if_shows_no_bridge_scores(
    qtbot: QtBot, panel: ResultsPanel, held: HeldSource
) -> None:
    held.release.set()
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(held, "Demo")
    qtbot.waitUntil(panel.bridges_ready)
    base = panel.current_result()
    assert base is not None
    leaving = max(base.people, key=lambda p: p.in_degree).id
    stays = next(p.id for p in base.people if p.id != leaving and p.in_degree)
    panel.show_person(stays)
    with qtbot.waitSignal(panel.whatif_changed, timeout=30_000):
        panel.widgets.side.person_card.leave_requested.emit(leaving)
    assert held.what_ifs == 1
    assert set(bridge_cells(panel).values()) == {"–"}
    panel.show_person(stays)
    assert panel.widgets.side.person_card.values["betweenness"] == "–"
