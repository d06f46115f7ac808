"""The knowledge graph on the demo: what is drawn, clicking, search, filter, ego view, colours."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, explain
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.card import person_values


def result_of(panel: ResultsPanel) -> AnalysisResult:
    result = panel.current_result()
    assert result is not None
    return result


def by_name(result: AnalysisResult, name: str) -> int:
    (person,) = [p for p in result.people if p.name == name]
    return person.id


def test_graph_draws_every_person_and_tie(analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    layer = analysed.widgets.view.people
    assert analysed.widgets.view.level == "people"  # 79 people: no cluster level
    assert layer is not None
    assert len(layer.dots.xs) == len(result.people) == 79
    assert layer.tie_count == len(result.edges) == 140
    # Every risk cluster is shaded, and only those.
    assert len(layer.hulls) == len(result.risk_clusters) == 2
    # Habit spreaders have the red ring, non-respondents an open dot.
    assert sum(layer.dots.ringed) == sum(p.habit_spreader for p in result.people)
    assert sum(layer.dots.open) == sum(not p.responded for p in result.people)


def test_key_holders_are_named(analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    layer = analysed.widgets.view.people
    assert layer is not None
    named = {pid for pid, label in layer.labels.items() if label.isVisible()}
    top = result.key_holders[0]
    assert top.id in named
    assert layer.labels[top.id].text == top.name


def test_click_on_a_person_shows_their_card(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    pid = by_name(result, "Ruud Verbeek")
    person = result.person(pid)
    view = analysed.widgets.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.view_position(pid))
    card = analysed.widgets.side.person_card
    qtbot.waitUntil(lambda: card.person is not None and card.person.id == pid)
    assert analysed.widgets.side.cards.currentWidget() is card
    assert card.values["in_degree"] == str(person.in_degree) == "13"
    assert card.values["trained"] == "no"
    assert card.values == person_values(person)
    text = card.metrics.text()
    assert f"<b>{person.in_degree}</b>" in text
    assert explain("in_degree") in text
    assert "Habit spreader" in card.badges.text()
    # Sources and learners are listed by name.
    learners = {e.learner for e in result.edges if e.source == pid}
    assert len(learners) == 13
    assert sorted(card.learners) == sorted(learners)
    assert result.person(next(iter(learners))).name in card.lists.text()
    assert view.selected == pid


def test_click_on_empty_space_clears_the_card(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    pid = result.key_holders[0].id
    analysed.show_person(pid)
    view = analysed.widgets.view
    corner = QPoint(3, 3)
    assert view.item_at(corner) is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    qtbot.waitUntil(
        lambda: analysed.widgets.side.cards.currentWidget() is analysed.widgets.side.hint
    )
    assert view.selected is None


def test_search_and_enter_centres_the_person(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    pid = by_name(result, "Fatima El Amrani")
    view = analysed.widgets.view
    view.fit()
    search = analysed.widgets.side.search
    search.setFocus()
    qtbot.keyClicks(search, "fatima el")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.selected == pid)
    centre = view.mapToScene(view.viewport().rect().center())
    assert view.people is not None
    where = view.people.position(pid)
    assert math.hypot(centre.x() - where.x(), centre.y() - where.y()) < 5 / view.transform().m11()
    assert analysed.widgets.side.person_card.person is not None
    assert analysed.widgets.side.person_card.person.name == "Fatima El Amrani"


def test_search_for_nobody_says_so(qtbot: QtBot, analysed: ResultsPanel) -> None:
    assert not analysed.search("Zzyzx")
    assert analysed.widgets.side.search_status.isVisible()
    assert "Zzyzx" in analysed.widgets.side.search_status.text()


def test_department_filter_dims_the_others(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    combo = analysed.widgets.side.department
    index = combo.findData("Planning")
    assert index > 0
    assert "67% answered" in combo.itemText(index)
    combo.setCurrentIndex(index)
    planning = sorted(p.id for p in result.people if p.department == "Planning")
    assert len(planning) == 9
    assert list(analysed.widgets.view.visible_people()) == planning
    layer = analysed.widgets.view.people
    assert layer is not None
    assert sum(not d for d in layer.dots.dimmed) == 9
    combo.setCurrentIndex(0)
    assert len(analysed.widgets.view.visible_people()) == 79


def test_ego_view_shows_a_person_with_sources_and_learners(
    qtbot: QtBot, analysed: ResultsPanel
) -> None:
    result = result_of(analysed)
    pid = by_name(result, "Henk Bakker")
    analysed.show_person(pid)
    card = analysed.widgets.side.person_card
    qtbot.mouseClick(card.ego_button, Qt.MouseButton.LeftButton)
    expected = {pid} | {e.source for e in result.edges if e.learner == pid}
    expected |= {e.learner for e in result.edges if e.source == pid}
    assert analysed.widgets.view.ego == pid
    assert set(analysed.widgets.view.visible_people()) == expected
    assert len(expected) == 20  # 3 sources and 18 learners, 2 of them both
    assert analysed.widgets.everyone_button.isVisible()
    assert card.ego_button.text() == "Show everyone again"
    # Everyone in the ego view is named (no overlaps are allowed, so maybe not all shown).
    layer = analysed.widgets.view.people
    assert layer is not None
    assert expected <= set(layer.labels)
    qtbot.mouseClick(analysed.widgets.everyone_button, Qt.MouseButton.LeftButton)
    assert analysed.widgets.view.ego is None
    assert len(analysed.widgets.view.visible_people()) == 79
    assert not analysed.widgets.everyone_button.isVisible()


def test_colour_by_changes_dots_and_legend(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    combo = analysed.widgets.side.colour
    legend = analysed.widgets.side.legend
    layer = analysed.widgets.view.people
    assert layer is not None
    assert combo.currentData() == "trained"
    assert legend.texts == ["Had formal training", "No formal training", "Training unknown"]
    trained_colours = {c.name() for c in layer.dots.colours}
    assert len(trained_colours) == 3
    combo.setCurrentIndex(combo.findData("department"))
    assert legend.texts[:7] == sorted(
        {p.department for p in result.people if p.department},
        key=lambda d: (-sum(p.department == d for p in result.people), d),
    )
    assert len({c.name() for c in layer.dots.colours}) == 7
    combo.setCurrentIndex(combo.findData("cluster"))
    assert legend.texts[0] == "Cluster 1 (14, mostly Monteurs Zuid)"
    assert legend.texts[-1] == "Smaller or other clusters"


def test_zoom_and_fit(qtbot: QtBot, analysed: ResultsPanel) -> None:
    view = analysed.widgets.view
    view.fit()
    fitted = view.transform().m11()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() > fitted * 1.2
    qtbot.mouseClick(analysed.widgets.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(analysed.widgets.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.transform().m11() < fitted
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert abs(view.transform().m11() - fitted) < 1e-6


def test_hover_tooltip_names_the_person(analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    pid = result.key_holders[0].id
    text = analysed.widgets.view.tooltip_at(analysed.widgets.view.view_position(pid))
    assert result.person(pid).name in text
    assert f"{result.person(pid).in_degree} colleagues learn from this person" in text
    assert (
        analysed.widgets.view.tooltip_at(analysed.widgets.view.mapFromScene(QPointF(-9999, -9999)))
        == ""
    )


def test_first_look_cards(qtbot: QtBot, analysed: ResultsPanel) -> None:
    result = result_of(analysed)
    cards = analysed.widgets.overview.cards
    spreaders = [p for p in result.people if p.habit_spreader]
    assert f"<b>{len(spreaders)}</b>" in cards["habit_spreaders"].number.text()
    assert f"<b>{len(result.risk_clusters)}</b>" in cards["risk_clusters"].number.text()
    assert "Ruud Verbeek (13 learners)" in cards["habit_spreaders"].detail.text()
    assert "67 of 79" in cards["response"].detail.text()
    # The banner names the department with the lowest response.
    assert analysed.widgets.overview.banner.label.text().startswith(
        "⚠ Only 67% answered in Planning (and under 80% in 2 more departments)"
    )
    qtbot.mouseClick(cards["habit_spreaders"], Qt.MouseButton.LeftButton)
    top = max(spreaders, key=lambda p: p.in_degree)
    assert analysed.widgets.view.selected == top.id
    assert analysed.widgets.side.colour.currentData() == "trained"
    qtbot.mouseClick(cards["risk_clusters"], Qt.MouseButton.LeftButton)
    assert analysed.widgets.side.cards.currentWidget() is analysed.widgets.side.cluster_card
    assert analysed.widgets.side.cluster_card.cluster == result.risk_clusters[0]
    qtbot.mouseClick(cards["reach"], Qt.MouseButton.LeftButton)
    assert analysed.widgets.tabs.currentWidget() is analysed.widgets.pages["advice"]


def test_banner_lists_every_note_on_request(qtbot: QtBot, analysed: ResultsPanel) -> None:
    banner = analysed.widgets.overview.banner
    assert banner.label.text().count("\n") == 0
    assert banner.more.text() == "2 more notes"
    qtbot.mouseClick(banner.more, Qt.MouseButton.LeftButton)
    lines = banner.label.text().split("\n")
    assert len(lines) == 3
    # Distinct names waiting for a decision (the demo has 5 unmatched nominations of 4 names),
    # the same number as the Overview (Project.pending_names(wave)).
    assert "4 names in the answers are not yet matched" in lines[2]
