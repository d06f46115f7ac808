"""Start screen, opening projects (dialog, recent, demo) and the clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.launch import launch_workspace
from kennisnet.ui.workspace.window import OVERVIEW, MainWindow


def test_start_screen_offers_the_three_first_steps(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start_page
    assert window.windowTitle() == "Kennisnet"
    texts = [
        b.text()
        for b in (
            window.start_page.demo_button,
            window.start_page.new_button,
            window.start_page.open_button,
        )
    ]
    assert texts == ["Open the demo", "Start a new survey", "Open a project…"]
    assert not window.menus.import_action.isEnabled()  # nothing to import into yet
    assert window.start_page.no_recent.isVisibleTo(window)


def test_open_demo_from_the_start_screen(read, qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    read(window)
    assert window.session is not None
    assert window.windowTitle() == "Kennisnet — Installatietechniek Van Dijk — Demo"
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentIndex() == OVERVIEW
    assert window.people_model.rowCount() == window.session.project.roster_size() == 79
    assert window.responses.model.rowCount() == window.session.project.response_count()
    # The overview says what to do next: names still need a decision in the demo.
    assert window.overview.names_button.isVisibleTo(window)
    assert "could not be matched" in window.overview.steps[3].text.text()
    # The demo resource itself is never opened for writing: a copy in the user folder is.
    assert "resources" not in window.session.project.path.parts


def test_open_with_the_file_dialog_and_then_from_recent(
    read,
    qtbot,
    window: MainWindow,
    small_project: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(small_project), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    read(window)
    assert window.session is not None
    assert window.session.project.path == small_project
    assert window.people_model.rowCount() == 6
    window.close_project()
    assert window.session is None
    recent = window.start_page.recent
    assert recent.count() == 1
    assert Path(recent.item(0).data(Qt.ItemDataRole.UserRole)) == small_project.resolve()
    recent.setCurrentRow(0)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert (
        window.session is not None
        and window.session.project.path.resolve() == small_project.resolve()
    )


def test_a_missing_recent_project_is_shown_disabled(
    qtbot,
    settings: Settings,
    tmp_path: Path,
    boxes,
) -> None:
    settings.add_recent(str(tmp_path / "weg.kennisnet"))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    item = win.start_page.recent.item(0)
    assert "not found" in item.text()
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_project_open_elsewhere_gets_the_clear_message(
    window: MainWindow,
    small_project: Path,
    boxes,
) -> None:
    with Project.open(small_project):
        assert not window.open_project(small_project)
    assert window.session is None
    assert "is open in another Kennisnet window or program" in boxes.texts()
    assert window.stack.currentWidget() is window.start_page


def test_a_second_window_on_the_same_file_is_told(
    qtbot,
    window: MainWindow,
    settings: Settings,
    small_project: Path,
    boxes,
) -> None:
    assert window.open_project(small_project)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert not second.open_project(small_project)
    assert "is open in another Kennisnet window" in boxes.texts()
    assert window.session is not None  # the first window keeps working


def test_a_damaged_file_is_refused_and_left_alone(
    window: MainWindow,
    tmp_path: Path,
    boxes,
) -> None:
    bad = tmp_path / "kapot.kennisnet"
    bad.write_bytes(b"this is not a project" * 100)
    before = bad.read_bytes()
    assert not window.open_project(bad)
    assert bad.read_bytes() == before
    assert len(boxes.seen) == 1
    assert "kapot.kennisnet" in boxes.texts()


def test_launch_opens_the_given_project(qtbot, settings: Settings, small_project: Path) -> None:
    win = launch_workspace(small_project, settings)
    assert isinstance(win, MainWindow)
    qtbot.addWidget(win)
    assert win.isVisible()
    assert win.session is not None
    win.close()
    assert win.session is None
    with Project.open(small_project):  # the lock is released on close
        pass


def test_switching_projects_shows_nothing_of_the_previous_one(
    read, qtbot, window: MainWindow, small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    read(window)
    demo_name = window.overview.title.text()
    assert demo_name == "Installatietechniek Van Dijk"
    assert window.responses.model.rowCount() > 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(small_project), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    # The pages of the new project are read in steps; meanwhile no figure of the demo shows.
    assert window.refreshing()
    assert window.overview.title.text() == ""
    assert all(step.text.text() == "" for step in window.overview.steps)
    assert window.responses.model.rowCount() == 0
    read(window)
    assert window.overview.title.text() not in ("", demo_name)
    assert "6 people on the staff list" in window.overview.steps[0].text.text()
