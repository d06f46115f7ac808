"""A big project's dashboard before its network: the boxes, tables and group map first,
the network when its positions are worked out (the same analysis, the same positions);
and the cluster picture, counted with arrays."""

from __future__ import annotations

import threading
from collections import Counter

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from pytestqt.qtbot import QtBot

import kennisnet.ui.results.panel as results_panel
from kennisnet.analysis import ranking
from kennisnet.layout import PROCESSES_FROM
from kennisnet.model import SurveyData
from kennisnet.session import Analysis, DataSource
from kennisnet.session.source import Cancel, Progress
from kennisnet.ui.language import switch_language
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.frame import cluster_radius, to_scene
from kennisnet.ui.results.layers import cluster_centres, tie_paths


class SlowLayoutSource(DataSource):
    """The demo, whose layout waits until the test lets it through."""

    def __init__(self, data: SurveyData) -> None:
        super().__init__(data)
        self.release = threading.Event()
        self.asked: list[bool] = []

    def analysis(
        self,
        *,
        layout: bool = False,
        betweenness: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        self.asked.append(layout)
        if layout and not self.release.wait(30):
            raise TimeoutError("the test never let the layout through")
        return super().analysis(
            layout=layout, betweenness=betweenness, progress=progress, cancel=cancel
        )


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch, demo_data: SurveyData) -> SlowLayoutSource:
    monkeypatch.setattr(ranking, "BIG_PROJECT", 10)  # the demo counts as a big project …
    monkeypatch.setattr(results_panel, "LAYOUT_APART_FROM", 10)  # … with a slow layout
    return SlowLayoutSource(demo_data)


def test_a_big_projects_boxes_and_tables_show_before_its_network(
    qtbot: QtBot, panel: ResultsPanel, slow: SlowLayoutSource, demo_data: SurveyData
) -> None:
    finished: list[object] = []
    panel.analysis_finished.connect(finished.append)
    w = panel.widgets
    people = w.pages["people"].model
    panel.show_wave(slow, "Demo")
    # The layout is held back: everything else is filled in meanwhile.
    qtbot.waitUntil(
        lambda: (
            people.rowCount() == len(demo_data.people)
            and bool(w.overview.cards["risk_clusters"].number.text())
        ),
        timeout=30_000,
    )
    assert w.showing_results()
    assert not panel.busy_now()  # the busy bar is gone: the dashboard is there
    assert panel.current_result() is not None
    assert w.view_choice.mode == "groups"  # a big project opens on the group map …
    qtbot.waitUntil(lambda: w.group_map.drawn is not None)  # … which needs no positions
    assert panel.drawing() and finished == []
    assert not w.whatif_button.isEnabled()
    # The people view says the network is being drawn.
    qtbot.mouseClick(w.view_choice.people_button, Qt.MouseButton.LeftButton)
    assert w.graph_stack.currentWidget() is w.view
    assert w.view.frame is None
    assert w.view.note_shown() == "Drawing the network…"
    try:
        switch_language("nl")
        assert w.view.note_shown() == "Het netwerk wordt getekend…"
    finally:
        switch_language("en")
    # Someone looked up meanwhile: their card now, centred on when the network is there.
    assert panel.search("Henk Bakker")
    henk = w.side.person_card.person
    assert henk is not None and henk.name == "Henk Bakker"
    assert w.side.person_card.sources or w.side.person_card.learners
    assert not w.side.person_card.leave_button.isEnabled()
    with qtbot.waitSignal(panel.drawn, timeout=30_000):
        slow.release.set()
    assert slow.asked[:2] == [False, True]
    assert len(finished) == 1 and not panel.drawing()
    assert w.view.note_shown() == ""
    view = w.view
    assert view.frame is not None and view.people is not None
    assert view.selected == henk.id
    at = view.view_position(henk.id)
    middle = view.viewport().rect().center()
    assert (at - middle).manhattanLength() <= 2
    assert w.whatif_button.isEnabled()
    # The same figures and positions as an analysis drawn at once.
    direct = DataSource(demo_data).analysis(layout=True)
    assert direct.positions is not None
    assert panel.current_result() == direct.result
    assert view.frame.positions == to_scene(direct.positions, len(direct.result.people))
    assert people.rowCount() == len(direct.result.people)


def test_a_newer_wave_drops_the_older_networks_layout(
    qtbot: QtBot, panel: ResultsPanel, slow: SlowLayoutSource, demo_data: SurveyData
) -> None:
    finished: list[object] = []
    panel.analysis_finished.connect(finished.append)
    panel.show_wave(slow, "Held")
    qtbot.waitUntil(lambda: panel.current_result() is not None, timeout=30_000)
    ready = SlowLayoutSource(demo_data)
    ready.release.set()
    with qtbot.waitSignal(panel.drawn, timeout=30_000):
        panel.show_wave(ready, "Ready")
    slow.release.set()
    panel.wait_for_background()
    QCoreApplication.processEvents()  # a late delivery of the older layout is dropped
    assert len(finished) == 1
    assert panel.title == "Ready"
    assert panel.widgets.view.frame is not None and not panel.drawing()


def test_a_click_on_an_empty_network_waits_for_it(
    qtbot: QtBot, panel: ResultsPanel, slow: SlowLayoutSource
) -> None:
    panel.show_wave(slow, "Demo")
    qtbot.waitUntil(lambda: panel.current_result() is not None, timeout=30_000)
    w = panel.widgets
    qtbot.mouseClick(w.view_choice.people_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    qtbot.mouseClick(w.level_button, Qt.MouseButton.LeftButton)
    result = panel.current_result()
    assert result is not None
    panel.start_whatif((result.people[0].id,))  # the leave button is off: this waits too
    assert panel.current_whatif() is None and not panel.busy_now()
    with qtbot.waitSignal(panel.drawn, timeout=30_000):
        slow.release.set()
    assert w.view.frame is not None


def test_the_cluster_picture_counts_centres_and_ties_as_a_plain_loop(
    analysed: ResultsPanel,
) -> None:
    frame = analysed.widgets.view.frame
    assert frame is not None
    result, positions = frame.result, frame.positions
    xs, ys = cluster_centres(result.clusters, positions)
    for i, cluster in enumerate(result.clusters):
        members = [positions[m] for m in cluster.members if m in positions]
        assert xs[i] == pytest.approx(sum(p[0] for p in members) / max(len(members), 1))
        assert ys[i] == pytest.approx(sum(p[1] for p in members) / max(len(members), 1))
    cluster_of = {p.id: p.cluster for p in result.people}
    ties: Counter[tuple[int, int]] = Counter()
    for e in result.edges:
        a, b = cluster_of.get(e.learner), cluster_of.get(e.source)
        if a is not None and b is not None and a != b:
            ties[min(a, b), max(a, b)] += 1
    radii = np.array([cluster_radius(c.size) for c in result.clusters])
    expected: Counter[int] = Counter()
    for (a, b), count in ties.items():
        gap = float(np.hypot(xs[b - 1] - xs[a - 1], ys[b - 1] - ys[a - 1]))
        if gap > radii[a - 1] + radii[b - 1] + 1e-6:
            expected[1 if count == 1 else 2 if count < 5 else 3 if count < 10 else 4] += 1
    paths = tie_paths(result, xs, ys, radii)
    assert {bucket: path.elementCount() // 2 for bucket, path in paths.items()} == expected
    assert sum(expected.values()) > 0


def test_the_network_waits_where_the_layout_runs_in_other_processes() -> None:
    # Below that size igraph lays out on the worker thread and holds the interpreter lock.
    assert results_panel.LAYOUT_APART_FROM == PROCESSES_FROM
