"""Table tabs: every model passes qtmodeltester, sorts by the raw number, filters, explains."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, explain
from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.models import (
    PERSON_ROLE,
    SORT_ROLE,
    AdviceModel,
    ChannelModel,
    ClusterModel,
    GatekeeperModel,
    PeopleResultsModel,
    RecordModel,
    ResponseModel,
)

MODELS: list[type[RecordModel]] = [
    PeopleResultsModel,
    GatekeeperModel,
    ClusterModel,
    AdviceModel,
    ResponseModel,
    ChannelModel,
]


def result_of(panel: ResultsPanel) -> AnalysisResult:
    result = panel.current_result()
    assert result is not None
    return result


@pytest.mark.parametrize("model_type", MODELS, ids=lambda m: m.__name__)
def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, analysed: ResultsPanel, model_type: type[RecordModel]
) -> None:
    model = model_type()
    qtmodeltester.check(model)  # empty
    model.set_result(result_of(analysed))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.retranslate()
    model.set_result(None)
    assert model.rowCount() == 0


def test_page_proxies_pass_the_model_tester(
    qtmodeltester: ModelTester, analysed: ResultsPanel
) -> None:
    for page in analysed.widgets.pages.values():
        qtmodeltester.check(page.proxy)


def test_every_header_has_its_explanation(analysed: ResultsPanel) -> None:
    model = analysed.widgets.pages["people"].model
    for column in range(model.columnCount()):
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip, model.headerData(column, Qt.Orientation.Horizontal)
    learners = [
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Learners"
    ]
    assert model.headerData(
        learners[0], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    ) == explain("in_degree")


def column_named(page_model: RecordModel, header: str) -> int:
    for c in range(page_model.columnCount()):
        if page_model.headerData(c, Qt.Orientation.Horizontal) == header:
            return c
    raise AssertionError(header)


def test_people_table_sorts_by_number_not_text(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    page = analysed.widgets.pages["people"]
    analysed.widgets.tabs.setCurrentWidget(page)
    column = column_named(page.model, "Learners")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    values = [page.proxy.index(r, column).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    assert values == sorted(p.in_degree for p in result.people)
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    top = page.proxy.index(0, 0)
    assert top.data() == "Henk Bakker"
    assert page.proxy.index(0, column).data() == "18"
    # Steps: "no route" sorts below 0.
    steps = column_named(page.model, "Steps to trained")
    page.table.sortByColumn(steps, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, steps).data() == "no route"


def test_table_filter_and_count(qtbot: QtBot, analysed: ResultsPanel) -> None:
    page = analysed.widgets.pages["people"]
    analysed.widgets.tabs.setCurrentWidget(page)
    assert page.count.text() == "79 rows"
    qtbot.keyClicks(page.filter, "planning")
    department = column_named(page.model, "Department")
    rows = page.proxy.rowCount()
    assert rows == 9
    assert {page.proxy.index(r, department).data() for r in range(rows)} == {"Planning"}
    assert page.count.text() == "9 of 79 rows"


def test_clicking_a_row_finds_the_person_in_the_graph(qtbot: QtBot, analysed: ResultsPanel) -> None:
    page = analysed.widgets.pages["gatekeepers"]
    analysed.widgets.tabs.setCurrentWidget(page)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    index = page.proxy.index(0, 0)
    pid = index.data(PERSON_ROLE)
    assert index.data() == "Henk Bakker"
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert analysed.widgets.tabs.currentIndex() == 0
    assert analysed.widgets.view.selected == pid


def test_gatekeepers_and_advice_follow_the_result(analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    keepers = analysed.widgets.pages["gatekeepers"].model
    assert keepers.rowCount() == sum(
        1 for p in result.people if p.gatekeeper_of > 0 or p.sole_source_of > 0
    )
    advice = analysed.widgets.pages["advice"].model
    assert [advice.index(r, 0).data(PERSON_ROLE) for r in range(advice.rowCount())] == list(
        result.advice.person_ids
    )
    gain = column_named(advice, "Extra people reached")
    assert advice.index(0, gain).data() == str(result.advice.steps[0].gain) == "14"


def test_betweenness_marked_unreliable_under_80_percent(
    qtbot: QtBot, panel: ResultsPanel, synthetic: Callable[[int], SurveyData]
) -> None:
    data = synthetic(300)
    # Drop responses until fewer than 80% answered.
    keep = data.responses[: int(len(data.people) * 0.7)]
    from dataclasses import replace

    low = replace(data, responses=keep)
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(DataSource(low), "Low")
    model = panel.widgets.pages["people"].model
    column = column_named(model, "Link between groups")
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "70% answered, so this score is unreliable here" in tip
    assert model.index(0, column).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_channel_chart_draws_a_bar_per_team(analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    analysed.widgets.tabs.setCurrentWidget(analysed.widgets.channels_tab)
    (ax,) = analysed.widgets.channels.figure.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    groups = [g for g in result.channels.groups if g.respondents]
    assert len(labels) == 1 + len(groups)
    assert labels[0] == f"Everyone ({result.channels.overall.respondents} answered)"
    # One stacked segment per channel and team; each bar adds up to 100%.
    bars = [p for p in ax.patches]
    assert len(bars) == 8 * len(labels)
    widths: dict[float, float] = {}
    for bar in bars:
        y = round(bar.get_y(), 3)
        widths[y] = widths.get(y, 0.0) + bar.get_width()
    assert all(abs(w - 100.0) < 1e-6 for w in widths.values())
