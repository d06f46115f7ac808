"""The workshop coloured by any staff-list column: chosen at the start, changed in the room."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox
from pytestqt.qtbot import QtBot

from kennisnet import palette
from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.export.attributes import Attribute, grouping
from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.start import chosen, chosen_colour, privacy_box


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[SurveyData, AnalysisResult, str]:
    path = tmp_path_factory.mktemp("demo") / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    with Project.open(path, readonly=True) as project:
        data = project.snapshot()
        title = project.name
    return data, analyze(data), title


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` with the keyboard, as a person would."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def dot_colours(window: WorkshopWindow) -> set[str]:
    return {to_hex(c) for c in window.figure.axes[0].collections[-1].get_facecolors()}


def open_window(
    qtbot: QtBot, settings: Settings, demo: tuple[SurveyData, AnalysisResult, str], **kw: object
) -> WorkshopWindow:
    data, result, title = demo
    win = WorkshopWindow(result, data, settings, title=title, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_hr_chooses_the_colours_at_the_start(
    qtbot: QtBot, english: None, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    data, _result, _title = demo
    box = privacy_box(None, data.people, "department")
    qtbot.addWidget(box)
    box.open()
    combo = box.findChild(QComboBox, "workshop_start_colour")
    assert combo is not None and combo.isVisible() and combo.toolTip()
    assert combo.currentText() == "Department"  # proposed from the dashboard
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[:3] == ["As each step shows", "Cluster (who learns from whom)", "Formal training"]
    assert "Role" in texts and "Years since start" in texts
    choose(qtbot, combo, "Role")
    box.findChild(QAbstractButton, "workshop_codes").setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: codes, with the colours chosen
    assert chosen(box) is True
    assert chosen_colour(box) == "role"


def test_workshop_coloured_by_role_with_codes_merges_small_groups(
    qtbot: QtBot,
    english: None,
    settings: Settings,
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    data, _result, _title = demo
    win = open_window(qtbot, settings, demo, colour_by="role")
    combo = win.findChild(QComboBox, "workshop_colour")
    assert combo is not None and combo.isVisible() and combo.currentText() == "Role"
    assert combo.toolTip()
    counts = Counter(p.role for p in data.people if p.role and not p.external)
    rare = [r for r, n in counts.items() if n < 5]
    assert rare
    legend = win.text.text()
    assert "Colour: Role" in legend
    for role, n in counts.items():
        if n >= 5:
            assert f"{role} ({n})" in legend
        else:
            assert role not in legend, role
    assert f"other ({sum(counts[r] for r in rare)})" in legend
    assert "Colours show role" in win.lines[2]
    # The dots have the dashboard's colours, with codes (5 or more people a value).
    shown = grouping(data.people, Attribute("role"), min_group=5)
    assert dot_colours(win) <= {c.lower() for c in shown.colours.values()}
    assert palette.OTHER.lower() in dot_colours(win)
    # Every network step keeps the choice (the risk step is otherwise by training).
    for _ in range(4):
        qtbot.keyClick(win, Qt.Key.Key_Right)
        assert "Colour: Role" in win.text.text()
        # No sentence explains the dots by training colours they do not have.
        assert not [t for t in win.lines if t.startswith("Green: formally trained")]


def test_change_the_colours_in_the_room_by_keyboard(
    qtbot: QtBot,
    english: None,
    settings: Settings,
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    data, result, _title = demo
    people = [
        replace(p, attributes={"Vestiging": "Utrecht" if i % 3 else "Zwolle"})
        for i, p in enumerate(data.people)
    ]
    win = open_window(qtbot, settings, (replace(data, people=tuple(people)), result, ""))
    combo = win.findChild(QComboBox, "workshop_colour")
    assert combo is not None and combo.currentText() == "As each step shows"
    assert "Colour:" not in win.text.text()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win)
    qtbot.keyClick(win, Qt.Key.Key_Tab)  # the only control that takes the keyboard
    assert QApplication.focusWidget() is combo
    while combo.currentText() != "Vestiging":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert win.colour_by == "column:Vestiging"
    legend = win.text.text()
    zwolle = sum(1 for p in people if not p.external and p.attributes["Vestiging"] == "Zwolle")
    assert "Colour: Vestiging" in legend and f"Zwolle ({zwolle})" in legend
    assert dot_colours(win) <= {
        palette.CATEGORICAL[0].lower(),
        palette.CATEGORICAL[1].lower(),
        palette.UNKNOWN.lower(),
    }
    # The keyboard is back with the steps: the clicker goes on.
    assert QApplication.focusWidget() is not combo
    qtbot.keyClick(win, Qt.Key.Key_Right)
    assert win.step == 1
    assert "Colour: Vestiging" in win.text.text()
    # Back to each step's own colours: the overview by cluster again.
    win.set_colour_by("")
    win.go_to(0)
    assert "Colour:" not in win.text.text() and "clusters" in win.lines[2]


def test_hr_shows_only_the_team_in_the_room(
    qtbot: QtBot,
    english: None,
    settings: Settings,
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    """HR picks "Show only: Department …" at the start; every step shows that group in
    full colour and the rest faded, and the legend says who is shown."""
    from kennisnet.ui.workshop.start import chosen_only

    data, result, _title = demo
    box = privacy_box(None, data.people, "")
    qtbot.addWidget(box)
    box.open()
    only = box.findChild(QComboBox, "workshop_start_only")
    assert only is not None and only.isVisible() and only.toolTip()
    assert only.currentText() == "Everyone"
    counts = Counter(p.department for p in data.people if p.department and not p.external)
    texts = [only.itemText(i) for i in range(only.count())]
    # Groups under 5 are never offered: showing only them would single them out.
    for department, n in counts.items():
        assert (f"Department: {department} ({n})" in texts) == (n >= 5), department
    team = max(counts, key=lambda d: (counts[d], d))
    choose(qtbot, only, f"Department: {team} ({counts[team]})")
    box.findChild(QAbstractButton, "workshop_codes").setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen(box) is True
    assert chosen_only(box) == f"department={team}"

    win = open_window(qtbot, settings, demo, show_only=chosen_only(box))
    members = {p.id for p in data.people if p.department == team}
    assert f"Shown: Department {team} ({counts[team]} people)" in win.text.text()
    for _ in range(5):
        shown = [person.id for person in result.people if person.id in win.positions]
        dots = next(  # the people: one scatter with a dot per person
            c.get_facecolors()
            for c in reversed(win.figure.axes[0].collections)
            if len(c.get_facecolors()) == len(shown)
        )
        full = {pid for pid, rgba in zip(shown, dots, strict=True) if rgba[3] > 0.5}
        assert full and full <= members  # nobody outside the team in full colour
        qtbot.keyClick(win, Qt.Key.Key_Right)
