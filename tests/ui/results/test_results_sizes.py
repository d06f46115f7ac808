"""Size the dots by a number: how many learn from someone, years of service, any numeric column."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.frame import MISSING_RADIUS, SIZED_RADII, radius


def choose(qtbot: QtBot, combo: object, text: str) -> None:
    """Pick ``text`` in a combo box with the keyboard, as a person would."""
    assert isinstance(combo, QComboBox)
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def with_fte(data: SurveyData) -> SurveyData:
    """The demo with an 'FTE' column (0,4 … 1,0, Dutch notation); every ninth unknown."""
    people = []
    for i, p in enumerate(data.people):
        fte = None if i % 9 == 8 else f"{0.4 + 0.1 * (i % 7):.1f}".replace(".", ",")
        extra = {"FTE": fte} if fte and not p.external else {}
        people.append(replace(p, attributes={**p.attributes, **extra}))
    return replace(data, people=tuple(people))


@pytest.fixture
def fte(qtbot: QtBot, panel: ResultsPanel, demo_data: SurveyData) -> ResultsPanel:
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(DataSource(with_fte(demo_data)), "Demo")
    qtbot.waitUntil(lambda: not panel.busy_now())
    return panel


def test_size_the_dots_by_a_numeric_column(qtbot: QtBot, fte: ResultsPanel) -> None:
    side = fte.widgets.side
    layer = fte.widgets.view.people
    assert layer is not None
    result = fte.current_result()
    assert result is not None
    texts = [side.size_choice.itemText(i) for i in range(side.size_choice.count())]
    # The analysis's figures first, then years of service, then the column; no text columns.
    assert texts == [
        "Colleagues who learn from them",
        "Learners, weighted by how often",
        "Years since start",
        "FTE",
    ]
    assert side.size_choice.toolTip()
    assert any("Bigger dot: more colleagues" in t for t in side.shapes.texts)
    assert list(layer.dots.radii) == [radius(p) for p in result.people]

    choose(qtbot, side.size_choice, "FTE")
    fte_of = {
        p.id: float(p.attributes["FTE"].replace(",", "."))
        for p in fte.widgets.view.roster
        if "FTE" in p.attributes
    }
    missing = sum(1 for p in result.people if p.id not in fte_of)
    assert missing > 0
    assert side.shapes.texts[:2] == [
        "Dot size: FTE, 0.4 (small) to 1 (big)",
        f"Smallest dot: FTE not known ({missing} people)",
    ]
    assert not any("Bigger dot: more colleagues" in t for t in side.shapes.texts)
    radii = dict(zip(layer.ids, (float(r) for r in layer.dots.radii), strict=True))
    low, high = SIZED_RADII
    for pid, r in radii.items():
        value = fte_of.get(pid)
        if value is None:
            assert r == MISSING_RADIUS
        elif value == pytest.approx(0.4):
            assert r == pytest.approx(low)
        elif value == pytest.approx(1.0):
            assert r == pytest.approx(high)
        else:
            assert low < r < high
    # More FTE, bigger dot.
    ordered = sorted(fte_of, key=lambda pid: fte_of[pid])
    assert [radii[pid] for pid in ordered] == sorted(radii[pid] for pid in ordered)
    # The export of the app uses the same choice.
    assert fte.widgets.size_by() == "column:FTE"

    choose(qtbot, side.size_choice, "Colleagues who learn from them")
    assert list(layer.dots.radii) == [radius(p) for p in result.people]
    assert any("Bigger dot: more colleagues" in t for t in side.shapes.texts)


def test_size_choice_survives_switching_to_clusters_and_back(
    qtbot: QtBot, fte: ResultsPanel
) -> None:
    side = fte.widgets.side
    choose(qtbot, side.size_choice, "Years since start")
    fte.widgets.level_button.click()
    assert not side.size_choice.isVisible()
    fte.widgets.level_button.click()
    assert side.size_choice.isVisible()
    assert side.shapes.texts[0].startswith("Dot size: Years since start, ")
    layer = fte.widgets.view.people
    assert layer is not None and layer.sizing is not None
