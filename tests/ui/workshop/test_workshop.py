"""Workshop mode driven like a presenter: clicker keys, names/codes, what if."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.i18n import set_language, tr
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.language import switch_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.steps import STEP_TITLES, STEPS


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[SurveyData, AnalysisResult, str]:
    path = tmp_path_factory.mktemp("demo") / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    with Project.open(path, readonly=True) as project:
        data = project.snapshot()
        title = project.name
    return data, analyze(data), title


@pytest.fixture
def window(
    qtbot: QtBot, settings: Settings, demo: tuple[SurveyData, AnalysisResult, str]
) -> Iterator[WorkshopWindow]:
    data, result, title = demo
    win = WorkshopWindow(result, data, settings, title=title, pseudonymised=False)
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    set_language("en")


def test_clicker_keys_move_through_the_steps(qtbot: QtBot, window: WorkshopWindow) -> None:
    assert window.step_key == "overview"
    assert window.title_label.text() == "Our knowledge network"
    for key, expected in [
        (Qt.Key.Key_Right, "holders"),
        (Qt.Key.Key_Space, "risk"),
        (Qt.Key.Key_PageDown, "whatif"),
        (Qt.Key.Key_PageDown, "advice"),
        (Qt.Key.Key_PageDown, "advice"),  # stays on the last step
        (Qt.Key.Key_PageUp, "whatif"),
        (Qt.Key.Key_Left, "risk"),
        (Qt.Key.Key_Home, "overview"),
        (Qt.Key.Key_End, "advice"),
    ]:
        qtbot.keyClick(window, key)
        assert window.step_key == expected
        assert window.title_label.text() == STEP_TITLES[expected]
    assert window.counter.text() == "Step 5 of 5"
    # The picture was drawn for this step: the advised people are named on it.
    drawn = {t.get_text() for t in window.figure.findobj() if hasattr(t, "get_text")}
    first = window.result.person(window.result.advice.steps[0].person_id)
    assert f"1. {first.name}" in drawn
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_codes_hide_names_and_small_groups(
    qtbot: QtBot, settings: Settings, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    data, result, title = demo
    window = WorkshopWindow(result, data, settings, title=title)  # codes: the default
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    assert window.pseudonymised
    holder = window.result.key_holders[0]
    qtbot.keyClick(window, Qt.Key.Key_Right)
    code = window.naming.code(holder.id)
    assert any(code in line for line in window.lines)
    names = [p.name for p in window.data.people]
    for step in range(len(STEPS)):
        window.go_to(step)
        shown = " ".join(window.lines) + window.text.text()
        drawn = " ".join(t.get_text() for t in window.figure.findobj() if hasattr(t, "get_text"))
        assert not [n for n in names if n in shown or n in drawn]
        # No key in the room shows the names.
        for key in (Qt.Key.Key_N, Qt.Key.Key_F, Qt.Key.Key_Return):
            qtbot.keyClick(window, key)
        assert window.pseudonymised


def test_what_if_runs_in_the_background(qtbot: QtBot, window: WorkshopWindow) -> None:
    window.go_to(STEPS.index("whatif"))
    assert window.picker_box.isVisible()
    holder = window.result.key_holders[0]
    with qtbot.waitSignal(window.what_if_ready, timeout=20000):
        window.picker.setEditText(holder.name)
        qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert window.leaving == [holder.id]
    assert window.outcome is not None and window.outcome.leaving == (holder.id,)
    expected = [s.text("en") for s in window.outcome.sentences]
    assert window.lines[1 : 1 + len(expected)] == expected
    assert window.lines[0] == f"If {holder.name} left:"
    qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    assert window.outcome is None and window.leaving == []


def test_every_step_is_translated(qtbot: QtBot, window: WorkshopWindow) -> None:
    english = {}
    for index, key in enumerate(STEPS):
        window.go_to(index)
        english[key] = (window.title_label.text(), list(window.lines))
    switch_language("nl")
    for index, key in enumerate(STEPS):
        window.go_to(index)
        title, lines = window.title_label.text(), window.lines
        assert title == tr(STEP_TITLES[key], lang="nl") != english[key][0]
        assert lines and lines[0] != english[key][1][0]
    assert window.next_button.text() == "Volgende →"
    assert window.counter.text().startswith("Stap")
