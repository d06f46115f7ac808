"""The dashboard's Groups view: the group map of a big organisation, chosen like a person
would (the toolbar's Groups | People), and clicking a group lists its people."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import ranking
from kennisnet.analysis.groups import summarise_groups
from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel


def _show(qtbot: QtBot, panel: ResultsPanel, data: SurveyData) -> None:
    with qtbot.waitSignal(panel.analysis_finished, timeout=120_000):
        panel.show_wave(DataSource(data), "Organisation")
    qtbot.waitUntil(lambda: not panel.busy_now(), timeout=120_000)


def test_a_small_project_opens_on_people_and_can_show_groups(
    qtbot: QtBot, analysed: ResultsPanel
) -> None:
    set_language("en")
    w = analysed.widgets
    assert w.view_choice.mode == "people"
    assert w.graph_stack.currentWidget() is w.view
    assert not w.tabs.isTabVisible(w.tabs.indexOf(w.pages["ranked"]))
    qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
    assert w.graph_stack.currentWidget() is w.group_map
    assert not w.fit_button.isEnabled()
    qtbot.waitUntil(lambda: w.group_map.drawn is not None)
    summary = w.group_map.summary
    assert summary is not None
    drawn = w.group_map.drawn
    assert drawn is not None
    assert len(drawn.circles) == min(len(summary.groups), 40)
    qtbot.mouseClick(w.view_choice.people_button, Qt.MouseButton.LeftButton)
    assert w.graph_stack.currentWidget() is w.view
    assert w.fit_button.isEnabled()


def test_a_big_project_opens_on_groups_and_a_click_lists_a_group(
    qtbot: QtBot,
    panel: ResultsPanel,
    synthetic: Callable[[int], SurveyData],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_language("en")
    monkeypatch.setattr(ranking, "BIG_PROJECT", 300)
    data = synthetic(300)
    _show(qtbot, panel, data)
    w = panel.widgets
    assert w.view_choice.mode == "groups"
    assert w.view_choice.groups_button.isChecked()
    gm = w.group_map
    qtbot.waitUntil(lambda: gm.drawn is not None)
    result = panel.current_result()
    assert result is not None
    summary = summarise_groups(result)
    assert gm.summary == summary
    # Click the second group's circle, where the map drew it.
    centre = gm.circle_centre(1)
    assert centre is not None
    qtbot.mouseClick(gm.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, centre)))
    assert gm.chosen == 1
    group = summary.groups[1]
    assert gm.people.count() == group.size
    assert str(group.department) in gm.caption.text()
    ids = [gm.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(gm.people.count())]
    assert sorted(ids) == list(group.members)
    # The department's ranked holders are marked, and listed first.
    ranked = next(d.holders for d in result.department_holders if d.department == group.department)
    marked = [ids[i] for i in range(len(ids)) if gm.people.item(i).text().startswith("★")]
    assert set(marked) == set(ranked)
    # The tab of holders per department: one row per ranked holder.
    tab = w.tabs.indexOf(w.pages["ranked"])
    assert w.tabs.isTabVisible(tab)
    assert w.tabs.tabText(tab) == "Holders per department"
    model = w.pages["ranked"].model
    assert model.rowCount() == sum(len(d.holders) for d in result.department_holders)
    # Finding a person shows the people again.
    panel.show_person(group.members[0])
    assert w.view_choice.mode == "people"
    assert w.graph_stack.currentWidget() is w.view
