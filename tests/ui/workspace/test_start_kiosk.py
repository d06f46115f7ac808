"""Start kiosk in the workspace: HR sets the PIN, one colleague answers, back with the count."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kennisnet.store import Project
from kennisnet.ui.kiosk.pin import PinSetupDialog
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.workspace.window import MainWindow

PIN = "3917"
LEFT = Qt.MouseButton.LeftButton


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def respondents(window: MainWindow) -> list[str]:
    """The names in the Responses tab's list of answers."""
    model = window.responses.table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.fixture
def pin_typed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[PinSetupDialog]:
    """HR types the PIN twice in the set-up dialog and presses Start (instead of exec())."""
    shown: list[PinSetupDialog] = []

    def fake_exec(dialog: PinSetupDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.first, PIN)
        qtbot.keyClicks(dialog.second, PIN)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return int(dialog.result())

    monkeypatch.setattr(PinSetupDialog, "exec", fake_exec)
    return shown


def test_start_kiosk_from_the_workspace_and_back(
    read, qtbot: QtBot, window: MainWindow, small_project: Path, pin_typed: list[PinSetupDialog]
) -> None:
    assert window.open_project(small_project)
    read(window)
    assert window.session is not None
    before = window.session.project.response_count()
    assert f"{before} of" in window.overview.subtitle.text()
    assert "Zorg: 1 of 2 answered (50%)" in window.responses.coverage.toolTip()
    assert "Anne de Vries" not in respondents(window)
    click(qtbot, window.overview.kiosk_button)
    assert len(pin_typed) == 1
    kiosk = window.kiosk
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible()
    # One colleague answers: consent, find yourself, no colleagues, no ways, no training.
    click(qtbot, kiosk.consent.next_button)
    qtbot.keyClicks(kiosk.who.search.line, "anne")
    qtbot.keyClick(kiosk.who.search.line, Qt.Key.Key_Return)
    click(qtbot, kiosk.who.next_button)
    with qtbot.waitSignal(kiosk.submitted, timeout=10_000):
        click(qtbot, kiosk.sources.next_button)
        click(qtbot, kiosk.channels.next_button)
        click(qtbot, kiosk.training.next_button)
    # HR leaves the kiosk with the PIN.
    click(qtbot, kiosk.hr_button)
    qtbot.keyClicks(kiosk.hr.pin_page.edit, PIN)
    qtbot.keyClick(kiosk.hr.pin_page.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(kiosk.left, timeout=10_000):
        click(qtbot, kiosk.hr.menu.leave_button)
    read(window)
    assert window.kiosk is None and not kiosk.isVisible()
    assert window.session.project.response_count() == before + 1
    assert f"{before + 1} of" in window.overview.subtitle.text()
    # The coverage per department and the list of answers show her too.
    assert "Zorg: 2 of 2 answered (100%)" in window.responses.coverage.toolTip()
    assert "Anne de Vries" in respondents(window)
    window.close_project()
    with Project.open(small_project, readonly=True) as copy:  # durable in the file too
        assert copy.response_count() == before + 1


def test_a_kiosk_without_a_pin_does_not_start(
    qtbot: QtBot, window: MainWindow, small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PinSetupDialog, "exec", lambda dialog: 0)  # HR pressed Cancel
    assert window.open_project(small_project)
    click(qtbot, window.overview.kiosk_button)
    assert window.kiosk is None
