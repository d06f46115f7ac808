"""Every step of the workshop, every key its help documents, every button: nothing fails.

The keys are read from the workshop window's own documentation (the module
docstring a presenter's clicker is set up from), so a key documented tomorrow is
pressed too; a documented key whose meaning the test does not know fails the test.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from control_walk import buttons, label, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop import window as workshop_module
from kennisnet.ui.workshop.steps import STEPS

#: Buttons pressed today over all steps (the what-if step has two more).
WORKSHOP_BUTTONS_TODAY = 17
#: Keys the documentation names today.
DOCUMENTED_KEYS_TODAY = 7


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
    win = WorkshopWindow(result, data, settings, title=title)
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    settle(qtbot)
    set_language("en")


def documented_keys() -> list[tuple[str, str]]:
    """(key name, what it does) for every key in the window's documentation."""
    doc = workshop_module.__doc__ or ""
    match = re.search(r"Keys[^:]*:(.*?)(?:\n\n|$)", doc, re.S)
    assert match, "the workshop documents no keys"
    found: list[tuple[str, str]] = []
    for clause in " ".join(match.group(1).split()).split(";"):
        clause = clause.strip().rstrip(".")
        keys, _, meaning = clause.partition("=") if "=" in clause else clause.partition(" ")
        for key in re.split(r"[,/]", keys):
            found.append((key.strip(), meaning.strip()))
    return found


def qt_key(name: str) -> Qt.Key:
    key = getattr(Qt.Key, f"Key_{ {'Esc': 'Escape'}.get(name, name) }", None)
    assert isinstance(key, Qt.Key), f"the documentation names a key Qt does not know: {name}"
    return key


def expected_step(name: str, meaning: str, step: int) -> int | None:
    """Where a key documented as ``meaning`` goes from ``step`` (None: it changes no step)."""
    last = len(STEPS) - 1
    if meaning.startswith("next"):
        return min(last, step + 1)
    if meaning.startswith("previous"):
        return max(0, step - 1)
    if meaning == "first/last":
        return 0 if name == "Home" else last
    return None


def test_every_documented_key_on_every_step(qtbot: QtBot, window: WorkshopWindow) -> None:
    keys = documented_keys()
    assert len(keys) >= DOCUMENTED_KEYS_TODAY, keys
    pressed: list[str] = []
    for step in range(len(STEPS)):
        for name, meaning in keys:
            window.go_to(step)
            window.setFocus()
            key = qt_key(name)
            if name == "Esc":
                continue  # leaves the workshop: below
            qtbot.keyClick(window, key)
            target = expected_step(name, meaning, step)
            if target is not None:
                assert window.step == target, (name, meaning, step)
            else:
                pytest.fail(f"the workshop documents {name} = {meaning!r}; what should it do?")
            assert window.step_key == STEPS[window.step]
            pressed.append(f"step {step + 1}: {name} ({meaning})")
    # Esc leaves the workshop, also from the what-if text field.
    escape = qt_key("Esc")
    assert ("Esc", "leaves (also from a text field)") in keys
    window.go_to(STEPS.index("whatif"))
    line = window.picker.lineEdit()
    assert line is not None
    line.setFocus()
    assert QApplication.focusWidget() in (line, window.picker)
    qtbot.keyClick(line, escape)
    assert not window.isVisible()
    print(f"\n{len(pressed)} keys pressed:", *pressed, sep="\n  ")


def test_every_button_on_every_step(
    qtbot: QtBot,
    settings: Settings,
    demo: tuple[SurveyData, AnalysisResult, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    data, result, title = demo
    done: list[str] = []
    closed_by: list[str] = []

    def open_workshop() -> WorkshopWindow:
        win = WorkshopWindow(result, data, settings, title=title)
        qtbot.addWidget(win)
        win.resize(1600, 900)
        win.show()
        qtbot.waitExposed(win)
        return win

    def reach(win: WorkshopWindow, step: int) -> None:
        win.go_to(step)
        if STEPS[step] == "whatif":  # the presenter types a name in the picker
            line = win.picker.lineEdit()
            assert line is not None
            line.clear()
            qtbot.keyClicks(line, win.picker.itemText(0))

    win = open_workshop()
    for step in range(len(STEPS)):
        reach(win, step)
        names = [label(b) for b in buttons(win)]
        for index, name in enumerate(names):
            reach(win, step)
            button = buttons(win)[index]
            assert label(button) == name
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            settle(qtbot)  # a what-if calculation has finished
            assert "failed" not in win.busy.text(), win.busy.text()
            done.append(f"step {step + 1} ({STEPS[step]}): {name}")
            if not win.isVisible():  # the presenter left: the next session opens it again
                closed_by.append(name)
                win = open_workshop()
            elif STEPS[step] == "whatif" and button is win.add_button:
                assert win.leaving and win.outcome is not None, "no what-if was worked out"
    print(f"\n{len(done)} workshop buttons pressed:", *done, sep="\n  ")
    assert len(done) >= WORKSHOP_BUTTONS_TODAY, done
    assert closed_by and set(closed_by) == {label(win.leave_button)}, closed_by
    assert any("whatif" in line and label(win.add_button) in line for line in done)
    logged = [
        f"{r.levelname} {r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= 30
    ]
    assert not logged, logged
