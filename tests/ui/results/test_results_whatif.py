"""What if … leaves: one person, two people, undo, back to today; the picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, what_if
from kennisnet.model import SurveyData
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.whatif import LeaverPicker


def result_of(panel: ResultsPanel) -> AnalysisResult:
    result = panel.current_result()
    assert result is not None
    return result


def by_name(result: AnalysisResult, name: str) -> int:
    (person,) = [p for p in result.people if p.name == name]
    return person.id


def test_what_if_one_person_leaves_and_undo(
    qtbot: QtBot, analysed: ResultsPanel, demo_data: SurveyData
) -> None:
    base = result_of(analysed)
    henk = by_name(base, "Henk Bakker")
    analysed.show_person(henk)
    with qtbot.waitSignal(analysed.whatif_changed, timeout=30_000):
        qtbot.mouseClick(analysed.widgets.side.person_card.leave_button, Qt.MouseButton.LeftButton)
    expected = what_if(demo_data, [henk], base.options, base=base)
    box = analysed.widgets.side.whatif
    assert box.isVisible()
    assert box.sentence_texts() == [s.text() for s in expected.sentences]
    assert box.sentence_texts()[0] == "9 colleagues would lose every route to trained knowledge."
    assert "What if Henk Bakker leaves?" in box.title.text()
    # The graph shows the new state: Henk is a grey cross, the affected are ringed.
    layer = analysed.widgets.view.people
    assert layer is not None
    assert len(layer.dots.xs) == 78 and henk not in layer.index
    assert layer.crosses is not None and len(layer.crosses.points) == 1
    affected = set(expected.no_longer_within) | set(expected.no_longer_at_all)
    affected |= set(expected.lose_all_sources)
    assert {layer.ids[i] for i, a in enumerate(layer.dots.affected) if a} == affected
    # The numbers change too: tables and the first-look cards.
    assert analysed.widgets.pages["people"].model.rowCount() == 78
    reach = analysed.widgets.overview.cards["reach"].number.text()
    assert f"{base.advice.reached_before} → {expected.after.advice.reached_before}" in reach
    # The analysis itself stays what it was.
    assert analysed.current_result() is base
    # Undo: the network at once, the box, tables and cards in the next turns.
    with qtbot.waitSignal(analysed.whatif_changed, timeout=30_000):
        qtbot.mouseClick(box.undo_button, Qt.MouseButton.LeftButton)
        assert analysed.current_whatif() is None
    assert not box.isVisible()
    layer = analysed.widgets.view.people
    assert layer is not None
    assert len(layer.dots.xs) == 79 and layer.crosses is None
    assert analysed.widgets.pages["people"].model.rowCount() == 79
    assert "→" not in analysed.widgets.overview.cards["reach"].number.text()


def test_what_if_two_people_step_by_step(
    qtbot: QtBot, analysed: ResultsPanel, demo_data: SurveyData
) -> None:
    base = result_of(analysed)
    henk = by_name(base, "Henk Bakker")
    fatima = by_name(base, "Fatima El Amrani")
    with qtbot.waitSignal(analysed.whatif_changed, timeout=30_000):
        analysed.start_whatif((henk,))
    analysed.show_person(fatima)
    with qtbot.waitSignal(analysed.whatif_changed, timeout=30_000):
        qtbot.mouseClick(analysed.widgets.side.person_card.leave_button, Qt.MouseButton.LeftButton)
    whatif = analysed.current_whatif()
    assert whatif is not None
    assert whatif.leaving == tuple(sorted((henk, fatima)))
    expected = what_if(demo_data, [henk, fatima], base.options, base=base)
    assert analysed.widgets.side.whatif.sentence_texts() == [s.text() for s in expected.sentences]
    assert len(analysed.whatifs.stack) == 2
    layer = analysed.widgets.view.people
    assert layer is not None and len(layer.dots.xs) == 77
    assert (
        "What if Henk Bakker and Fatima El Amrani leave?"
        in analysed.widgets.side.whatif.title.text()
    )
    # Undo goes one step back, "back to today" all the way.
    analysed.undo_whatif()
    step = analysed.current_whatif()
    assert step is not None and step.leaving == (henk,)
    with qtbot.waitSignal(analysed.whatif_changed, timeout=30_000):
        analysed.start_whatif((fatima,))
    qtbot.mouseClick(analysed.widgets.side.whatif.reset_button, Qt.MouseButton.LeftButton)
    assert analysed.current_whatif() is None
    assert analysed.displayed() is base


def test_leaver_picker_searches_and_ticks(qtbot: QtBot, analysed: ResultsPanel) -> None:
    base = result_of(analysed)
    picker = LeaverPicker(base)
    qtbot.addWidget(picker)
    assert picker.list.count() == 79
    qtbot.keyClicks(picker.search, "planning")
    shown = [picker.list.item(i) for i in range(79) if not picker.list.item(i).isHidden()]
    assert len(shown) == 9
    shown[0].setCheckState(Qt.CheckState.Checked)
    shown[1].setCheckState(Qt.CheckState.Checked)
    chosen = picker.chosen()
    assert len(chosen) == 2
    assert {base.person(pid).department for pid in chosen} == {"Planning"}
