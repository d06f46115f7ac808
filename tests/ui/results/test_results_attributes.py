"""Colour and filter the graph by any staff-list column, also ones Kennisnet does not know."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet import palette
from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel

SITES = ("Utrecht", "Zwolle", "Breda")


def with_sites(data: SurveyData) -> SurveyData:
    """The demo with a 'Vestiging' column: Utrecht for half, Zwolle, Breda, some unknown."""
    people = []
    for i, p in enumerate(data.people):
        site = None if i % 10 == 9 else SITES[0] if i % 2 == 0 else SITES[1 + i % 4 // 2]
        extra = {"Vestiging": site} if site and not p.external else {}
        people.append(replace(p, attributes={**p.attributes, **extra}))
    return replace(data, people=tuple(people))


@pytest.fixture
def sites(qtbot: QtBot, panel: ResultsPanel, demo_data: SurveyData) -> ResultsPanel:
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(DataSource(with_sites(demo_data)), "Demo")
    qtbot.waitUntil(lambda: not panel.busy_now())
    return panel


def choose(qtbot: QtBot, combo: object, text: str) -> None:
    """Pick ``text`` in a combo box with the keyboard, as a person would."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_colour_by_a_column_kennisnet_does_not_know(qtbot: QtBot, sites: ResultsPanel) -> None:
    side = sites.widgets.side
    texts = [side.colour.itemText(i) for i in range(side.colour.count())]
    # Today's choices, then the demo's role and start date, then the unknown column.
    assert "Vestiging" in texts and "Role" in texts and "Years since start" in texts
    assert "Team" not in texts  # nobody in the demo has a team
    choose(qtbot, side.colour, "Vestiging")
    result = sites.current_result()
    assert result is not None
    site_of = {p.id: p.attributes.get("Vestiging") for p in sites.widgets.view.roster}
    counts = Counter(v for v in site_of.values() if v)
    order = sorted(counts, key=lambda v: (-counts[v], v))  # largest first, then by name
    colour_of = {v: palette.CATEGORICAL[i].lower() for i, v in enumerate(order)}
    layer = sites.widgets.view.people
    assert layer is not None
    for pid, colour in zip(layer.ids, layer.dots.colours, strict=True):
        value = site_of.get(pid)
        expected = colour_of[value] if value else palette.UNKNOWN.lower()
        assert colour.name() == expected, (pid, value)
    unknown = sum(1 for p in result.people if not site_of.get(p.id))
    assert side.legend.texts == [f"{v} ({counts[v]})" for v in order] + [f"unknown ({unknown})"]
    assert any("Bigger dot" in t for t in side.shapes.texts)


def test_show_only_one_value_fades_the_others(qtbot: QtBot, sites: ResultsPanel) -> None:
    side = sites.widgets.side
    assert side.show_only_by.isVisible()
    choose(qtbot, side.show_only_by, "Vestiging")
    zwolle = sorted(
        p.id for p in sites.widgets.view.roster if p.attributes.get("Vestiging") == "Zwolle"
    )
    choose(qtbot, side.department, f"Zwolle ({len(zwolle)})")
    assert list(sites.widgets.view.visible_people()) == zwolle
    layer = sites.widgets.view.people
    assert layer is not None
    assert sum(not d for d in layer.dots.dimmed) == len(zwolle)
    choose(qtbot, side.department, "Everyone")
    assert len(sites.widgets.view.visible_people()) == len(layer.ids)
    # Back to the department: its filter works as before.
    choose(qtbot, side.show_only_by, "Department")
    assert side.department.itemText(0) == "All departments"
    assert sites.widgets.view.show_only is None
