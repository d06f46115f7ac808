"""The panel as a whole: cancel, language switch, levels of detail, workshop button."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from kennisnet.i18n import language
from kennisnet.model import SurveyData
from kennisnet.ui.language import switch_language
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.settings import Settings


def test_progress_and_cancel_of_a_long_analysis(
    qtbot: QtBot, panel: ResultsPanel, synthetic: Callable[[int], SurveyData]
) -> None:
    data = synthetic(10_000)
    finished: list[object] = []
    panel.analysis_finished.connect(finished.append)
    panel.show_survey(data, "Big")
    assert panel.busy.isVisible()
    assert panel.busy_now()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy_now(), timeout=30_000)
    assert not panel.busy.isVisible()
    assert finished == []
    assert panel.current_result() is None
    assert panel.placeholder.text() == "The analysis was stopped. Nothing was changed."
    assert panel.retry_button.isVisible()


def test_language_switch_rerenders_texts(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = analysed.current_result()
    assert result is not None
    henk = next(p for p in result.people if p.name == "Henk Bakker")
    analysed.show_person(henk.id)
    try:
        switch_language("nl")
        assert analysed.tabs.tabText(0) == "Kennisnetwerk"
        assert analysed.overview.banner.label.text().startswith("⚠ Maar 67% heeft geantwoord")
        assert "Leerders" in analysed.side.person_card.metrics.text()
        assert "Hoeveel collega's zeggen dat ze van deze persoon leren." in (
            analysed.side.person_card.metrics.text()
        )
        model = analysed.pages["people"].model
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Leerders"
        assert analysed.side.legend.texts[0] == "Formeel getraind"
        assert analysed.side.colour.currentText() == "Formele training"
        assert analysed.overview.cards["risk_clusters"].title.text() == "<b>Risicogroepen</b>"
        layer = analysed.view.people
        assert layer is not None
        assert layer.hull_labels[0].text.startswith("Risicogroep ")
        analysed.tabs.setCurrentWidget(analysed.channels_tab)
        ax = analysed.channels.figure.axes[0]
        assert ax.get_yticklabels()[0].get_text().startswith("Iedereen (")
        analysed.tabs.setCurrentIndex(0)
    finally:
        switch_language("en")
    assert language() == "en"
    assert analysed.tabs.tabText(0) == "Knowledge network"
    assert "Learners" in analysed.side.person_card.metrics.text()


def test_large_organisation_starts_with_clusters(
    qtbot: QtBot, panel: ResultsPanel, synthetic: Callable[[int], SurveyData]
) -> None:
    with qtbot.waitSignal(panel.analysis_finished, timeout=60_000) as signal:
        panel.show_survey(synthetic(2_000), "Large")
    result = signal.args[0]
    view = panel.view
    assert view.level == "clusters"
    assert view.clusters is not None and view.people is None
    assert len(view.clusters.dots.xs) == len(result.clusters)
    assert panel.level_button.text() == "Show people"
    assert panel.side.legend.texts[0] == "Risk cluster (bad habits may spread)"
    assert panel.side.colour.isHidden()
    # Click the biggest risk cluster (or the biggest cluster): its card opens.
    target = (result.risk_clusters or result.clusters)[0]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cluster_view_position(target.id)
    )
    assert panel.side.cluster_card.cluster == target
    qtbot.mouseClick(panel.side.cluster_card.button, Qt.MouseButton.LeftButton)
    assert view.level == "people"
    assert view.people is not None and len(view.people.dots.xs) == 2_000
    assert panel.level_button.text() == "Show clusters"
    assert panel.side.legend.texts[0] == "Had formal training"
    assert not panel.side.colour.isHidden()
    # Many teams: the chart shows the 40 with the most answers, the table all of them.
    teams = [g for g in result.channels.groups if g.respondents]
    assert len(teams) > 40
    panel.tabs.setCurrentWidget(panel.channels_tab)
    (ax,) = panel.channels.figure.axes
    assert len(ax.get_yticklabels()) == 1 + 40
    assert f"the table below has all {len(teams)}" in panel.channels.intro.text()
    assert panel.pages["channels"].model.rowCount() == 1 + len(result.channels.groups)


def test_the_workshop_button_shows_once_results_are_there(analysed: ResultsPanel) -> None:
    # The workshop ships with this version: the button is there and can be pressed.
    assert analysed.workshop_button.isVisible()
    assert analysed.workshop_button.isEnabled()


def test_options_come_from_the_settings(
    qtbot: QtBot, panel: ResultsPanel, demo_data: SurveyData
) -> None:
    panel.settings.overloaded_threshold = 5
    panel.settings.advice_k = 1
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000) as signal:
        panel.show_survey(demo_data, "Demo")
    result = signal.args[0]
    assert result.options.overloaded_threshold == 5
    assert len(result.advice.steps) == 1
    assert panel.pages["advice"].model.rowCount() == 1


def test_closing_the_panel_while_it_works_is_safe(
    qtbot: QtBot, settings: Settings, demo_data: SurveyData
) -> None:
    widget = ResultsPanel(settings)
    widget.show_survey(demo_data, "Demo")
    task = widget.task
    assert task is not None
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    assert task.done.wait(30)
    # The result arrives after the panel is gone: nothing breaks.
    QCoreApplication.processEvents()
