"""The panel as a whole: cancel, language switch, levels of detail, workshop button."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisOptions, AnalysisResult
from kennisnet.i18n import language
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.session import DataSource, Session
from kennisnet.ui.language import switch_language
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.settings import Settings


def test_progress_and_cancel_of_a_long_analysis(
    qtbot: QtBot, panel: ResultsPanel, synthetic: Callable[[int], SurveyData]
) -> None:
    data = synthetic(10_000)
    finished: list[object] = []
    panel.analysis_finished.connect(finished.append)
    panel.show_wave(DataSource(data), "Big")
    assert panel.widgets.busy.isVisible()
    assert panel.busy_now()
    qtbot.mouseClick(panel.widgets.busy.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy_now(), timeout=30_000)
    assert not panel.widgets.busy.isVisible()
    assert finished == []
    assert panel.current_result() is None
    assert panel.widgets.placeholder.text() == "The analysis was stopped. Nothing was changed."
    assert panel.widgets.retry_button.isVisible()


def test_language_switch_rerenders_texts(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = analysed.current_result()
    assert result is not None
    henk = next(p for p in result.people if p.name == "Henk Bakker")
    analysed.show_person(henk.id)
    try:
        switch_language("nl")
        assert analysed.widgets.tabs.tabText(0) == "Kennisnetwerk"
        assert analysed.widgets.overview.banner.label.text().startswith(
            "⚠ Maar 67% heeft geantwoord"
        )
        assert "Leerders" in analysed.widgets.side.person_card.metrics.text()
        assert "Hoeveel collega's zeggen dat ze van deze persoon leren." in (
            analysed.widgets.side.person_card.metrics.text()
        )
        model = analysed.widgets.pages["people"].model
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Leerders"
        assert analysed.widgets.side.legend.texts[0] == "Formeel getraind"
        assert analysed.widgets.side.colour.currentText() == "Formele training"
        assert (
            analysed.widgets.overview.cards["risk_clusters"].title.text() == "<b>Risicogroepen</b>"
        )
        layer = analysed.widgets.view.people
        assert layer is not None
        assert layer.hull_labels[0].text.startswith("Groep ")
        analysed.widgets.tabs.setCurrentWidget(analysed.widgets.channels_tab)
        ax = analysed.widgets.channels.figure.axes[0]
        assert ax.get_yticklabels()[0].get_text().startswith("Iedereen (")
        analysed.widgets.tabs.setCurrentIndex(0)
    finally:
        switch_language("en")
    assert language() == "en"
    assert analysed.widgets.tabs.tabText(0) == "Knowledge network"
    assert "Learners" in analysed.widgets.side.person_card.metrics.text()


def test_large_organisation_starts_with_clusters(
    qtbot: QtBot, panel: ResultsPanel, synthetic: Callable[[int], SurveyData]
) -> None:
    with qtbot.waitSignal(panel.analysis_finished, timeout=60_000) as signal:
        panel.show_wave(DataSource(synthetic(2_000)), "Large")
    result = signal.args[0]
    view = panel.widgets.view
    assert view.level == "clusters"
    assert view.clusters is not None and view.people is None
    assert len(view.clusters.dots.xs) == len(result.clusters)
    assert panel.widgets.level_button.text() == "Show people"
    assert panel.widgets.side.legend.texts[0] == "Risk cluster (bad habits may spread)"
    assert panel.widgets.side.colour.isHidden()
    # Click the biggest risk cluster (or the biggest cluster): its card opens.
    target = (result.risk_clusters or result.clusters)[0]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cluster_view_position(target.id)
    )
    assert panel.widgets.side.cluster_card.cluster == target
    qtbot.mouseClick(panel.widgets.side.cluster_card.button, Qt.MouseButton.LeftButton)
    assert view.level == "people"
    assert view.people is not None and len(view.people.dots.xs) == 2_000
    assert panel.widgets.level_button.text() == "Show clusters"
    assert panel.widgets.side.legend.texts[0] == "Had formal training"
    assert not panel.widgets.side.colour.isHidden()
    # Many teams: the chart shows the 40 with the most answers, the table all of them.
    teams = [g for g in result.channels.groups if g.respondents]
    assert len(teams) > 40
    panel.widgets.tabs.setCurrentWidget(panel.widgets.channels_tab)
    (ax,) = panel.widgets.channels.figure.axes
    assert len(ax.get_yticklabels()) == 1 + 40
    assert f"the table below has all {len(teams)}" in panel.widgets.channels.intro.text()
    assert panel.widgets.pages["channels"].model.rowCount() == 1 + len(result.channels.groups)


def test_the_workshop_button_shows_once_results_are_there(analysed: ResultsPanel) -> None:
    # The workshop ships with this version: the button is there and can be pressed.
    assert analysed.widgets.workshop_button.isVisible()
    assert analysed.widgets.workshop_button.isEnabled()


def test_options_come_from_the_project_not_the_settings(
    qtbot: QtBot, panel: ResultsPanel, tmp_path: Path
) -> None:
    copy = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), copy)
    session = Session.open(copy)
    try:
        session.set_options(AnalysisOptions(overloaded_threshold=5, advice_k=1))
        panel.settings.overloaded_threshold = 9
        panel.settings.advice_k = 3
        with qtbot.waitSignal(panel.analysis_finished, timeout=30_000) as signal:
            panel.show_wave(session.source(), session.title())
        result = signal.args[0]
        assert result.options.overloaded_threshold == 5
        assert len(result.advice.steps) == 1
        assert panel.widgets.pages["advice"].model.rowCount() == 1
        # The panel analysed through the session: an export finds the analysis cached.
        cached = session.cached()
        assert cached is not None and cached.result is result
        assert cached.positions is not None
    finally:
        panel.wait_for_background()
        session.close()


def test_a_newer_wave_voids_the_older_analysis(
    qtbot: QtBot,
    panel: ResultsPanel,
    demo_data: SurveyData,
    synthetic: Callable[[int], SurveyData],
) -> None:
    finished: list[AnalysisResult] = []
    panel.analysis_finished.connect(finished.append)
    panel.show_wave(DataSource(synthetic(10_000)), "Big")
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(DataSource(demo_data), "Demo")
    panel.wait_for_background()
    QCoreApplication.processEvents()
    assert [len(r.people) for r in finished] == [len(demo_data.people)]
    assert panel.title == "Demo"
    assert panel.current_result() is finished[0]


def test_closing_the_project_clears_the_dashboard(
    qtbot: QtBot, analysed: ResultsPanel, demo_data: SurveyData
) -> None:
    changes: list[object] = []
    analysed.whatif_changed.connect(changes.append)
    result = analysed.current_result()
    assert result is not None
    henk = next(p.id for p in result.people if p.name == "Henk Bakker")
    analysed.start_whatif((henk,))
    assert analysed.busy_now()
    analysed.clear()
    analysed.wait_for_background()
    QCoreApplication.processEvents()
    # The what-if that was running never reaches the screen; nothing is left to see.
    assert changes == []
    assert not analysed.busy_now()
    assert not analysed.widgets.busy.isVisible()
    assert analysed.current_result() is None and analysed.displayed() is None
    assert not analysed.widgets.showing_results()
    assert analysed.widgets.placeholder.text() == ""
    assert not analysed.widgets.retry_button.isVisible()
    assert not analysed.widgets.whatif_button.isEnabled()
    assert analysed.widgets.pages["people"].model.rowCount() == 0
    assert analysed.widgets.side.names.stringList() == []
    assert not analysed.search("Henk")
    # A project opened next is shown as before.
    with qtbot.waitSignal(analysed.analysis_finished, timeout=30_000):
        analysed.show_wave(DataSource(demo_data), "Demo again")
    qtbot.waitUntil(lambda: not analysed.busy_now())
    assert analysed.widgets.showing_results()
    assert analysed.widgets.pages["people"].model.rowCount() == len(demo_data.people)


def test_closing_the_panel_while_it_works_is_safe(
    qtbot: QtBot, settings: Settings, demo_data: SurveyData
) -> None:
    widget = ResultsPanel(settings)
    widget.show_wave(DataSource(demo_data), "Demo")
    task = widget.work.task
    assert task is not None
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    assert task.done.wait(30)
    # The result arrives after the panel is gone: nothing breaks.
    QCoreApplication.processEvents()


def test_the_dashboard_is_drawn_in_steps(
    qtbot: QtBot, panel: ResultsPanel, demo_data: SurveyData
) -> None:
    """The network shows first; the side panel, boxes and tables follow, one turn of the
    event loop each (all at once kept a 10,000-person window waiting)."""
    seen: list[tuple[bool, int]] = []
    people = panel.widgets.pages["people"].model

    def results_shown(_index: int) -> None:
        if panel.widgets.showing_results():
            seen.append((panel.widgets.view.frame is not None, people.rowCount()))
            assert panel.drawing()

    panel.widgets.stack_widget.currentChanged.connect(results_shown)
    with qtbot.waitSignal(panel.drawn, timeout=30_000):
        panel.show_wave(DataSource(demo_data), "Demo")
    assert seen == [(True, 0)]  # the network on screen, the tables not yet filled
    assert not panel.drawing()
    result = panel.current_result()
    assert result is not None and people.rowCount() == len(result.people) > 0
    assert panel.widgets.overview.cards["risk_clusters"].title.text()


def test_the_channels_chart_is_made_when_first_shown(analysed: ResultsPanel) -> None:
    chart = analysed.widgets.channels
    assert not chart.has_chart()  # matplotlib's figure costs time; most never look at it
    analysed.widgets.tabs.setCurrentWidget(analysed.widgets.channels_tab)
    assert chart.has_chart()
    (ax,) = chart.figure.axes
    assert ax.get_yticklabels()[0].get_text().startswith("Everyone (")
