"""The workspace looks like the platform: the demo says it is the demo, file dialogs
start where HR keeps files (Documents, never a hidden folder), and Help lists the keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from kennisnet.resources import user_data_dir
from kennisnet.ui.dialogs.files import PROJECT_FILTER, open_file, save_file
from kennisnet.ui.dialogs.text import TextDialog
from kennisnet.ui.folders import documents_folder, is_hidden
from kennisnet.ui.language import switch_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.export import ExportDialog
from kennisnet.ui.workspace.window import MainWindow


@pytest.fixture
def dutch() -> Iterator[None]:
    switch_language("nl")
    yield
    switch_language("en")


def banner(window: MainWindow) -> QLabel:
    found = window.overview.findChild(QLabel, "demoBanner")
    assert isinstance(found, QLabel)
    return found


def help_item(window: MainWindow, text: str) -> QMenu:
    menu = window.menus.help_menu
    action = next(a for a in menu.actions() if a.text() == text)
    action.trigger()
    return menu


# -- the demo says it is the demo ------------------------------------------------------


def test_the_demo_is_marked_in_the_title_and_on_the_overview(
    read, window: MainWindow, small_project: Path
) -> None:
    window.menus.demo_action.trigger()
    read(window)
    assert window.session is not None
    assert window.windowTitle() == "Kennisnet — Installatietechniek Van Dijk — Demo"
    assert banner(window).isVisibleTo(window)
    assert "this is the demo project: made-up people" in banner(window).text()
    assert "File → New survey" in banner(window).text()
    # A real project is not marked.
    assert window.open_project(small_project)
    read(window)
    assert window.windowTitle() == "Kennisnet — Zorggroep Test"
    assert not banner(window).isVisibleTo(window)


def test_any_copy_of_the_demo_is_marked(read, window: MainWindow, demo_path: Path) -> None:
    """A copy elsewhere (``kennisnet demo --path``, a copy by hand) is still the demo."""
    assert window.open_project(demo_path)
    read(window)
    assert window.windowTitle().endswith("— Demo")
    assert banner(window).isVisibleTo(window)


def test_the_demo_marker_in_dutch(window: MainWindow, dutch: None) -> None:
    window.menus.demo_action.trigger()
    assert window.windowTitle() == "Kennisnet — Installatietechniek Van Dijk — Demo"
    assert "dit is het demoproject: verzonnen mensen" in banner(window).text()
    assert "Bestand → Nieuwe meting" in banner(window).text()
    switch_language("en")  # switches live, the marker too
    assert "this is the demo project" in banner(window).text()
    assert window.windowTitle().endswith("— Demo")


# -- file dialogs start in Documents, never in a hidden folder ---------------------------


def test_export_of_the_demo_starts_in_documents(
    window: MainWindow, settings: Settings, dialogs: Any
) -> None:
    shown: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        shown.append(dialog.folder.text())
        dialog.reject()

    dialogs.on(ExportDialog, look)
    window.menus.demo_action.trigger()
    assert window.session is not None
    demo_folder = window.session.path.parent
    assert is_hidden(demo_folder)  # Kennisnet's own data folder
    # Opening the demo does not make its hidden folder the folder of the next dialog.
    assert Path(settings.last_folder) != demo_folder
    window.menus.export_action.trigger()
    assert shown == [documents_folder()]
    assert not Path(shown[0]).is_relative_to(user_data_dir())
    assert not any(part.startswith(".") for part in Path(shown[0]).parts)


def test_a_hidden_last_folder_is_not_used(
    settings: Settings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An older version stored the demo's folder: the dialogs start in Documents."""
    hidden = user_data_dir() / "demo"
    hidden.mkdir(parents=True)
    settings.last_folder = str(hidden)
    assert settings.last_folder == documents_folder()
    dotted = tmp_path / ".cache"
    dotted.mkdir()
    started: list[str] = []

    def fake_open(*args: object) -> tuple[str, str]:
        started.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_open)
    assert open_file(None, "Open", str(hidden), PROJECT_FILTER) is None
    assert open_file(None, "Open", str(dotted), PROJECT_FILTER) is None
    assert save_file(None, "Save", str(hidden / "x.kennisnet"), PROJECT_FILTER) is None
    visible = tmp_path / "projects"
    visible.mkdir()
    assert open_file(None, "Open", str(visible), PROJECT_FILTER) is None
    assert started == [
        documents_folder(),
        documents_folder(),
        str(Path(documents_folder()) / "x.kennisnet"),
        str(visible),
    ]


def test_documents_is_the_platforms_documents_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if Path(found).is_dir():
        assert documents_folder() == found
    else:
        assert documents_folder() in (str(Path.home() / "Documents"), str(Path.home()))
    assert not is_hidden(Path(documents_folder()))


# -- Help → Keyboard shortcuts -----------------------------------------------------------


def test_help_lists_every_shortcut(window: MainWindow, dialogs: Any) -> None:
    texts: list[tuple[str, str]] = []

    def read(dialog: QDialog) -> None:
        label = dialog.findChild(QLabel)
        assert isinstance(label, QLabel)
        texts.append((dialog.windowTitle(), label.text()))
        dialog.accept()

    dialogs.on(TextDialog, read)
    help_item(window, "Keyboard shortcuts")
    assert len(texts) == 1
    title, html = texts[0]
    assert title == "Keyboard shortcuts"
    for words in ("Export", "Ctrl+E", "Import responses", "Ctrl+I", "Settings", "Ctrl+,"):
        assert words in html
    assert "Save the questionnaire" in html  # a key that is in no menu
    # Every key of the window is there, read from the actions themselves.
    keys = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.actions()
        for key in action.shortcuts()
        if not key.isEmpty()
    }
    assert len(keys) >= 12
    for key in keys:
        assert key in html, key


def test_the_shortcuts_follow_the_actions(window: MainWindow, dialogs: Any) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        label = dialog.findChild(QLabel)
        assert isinstance(label, QLabel)
        seen.append(label.text())
        dialog.accept()

    dialogs.on(TextDialog, read)
    window.menus.export_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
    window.menus.shortcuts_action.trigger()
    assert "Ctrl+Shift+X" in seen[0]
    assert "Ctrl+E" not in seen[0]


def test_the_shortcuts_in_dutch(window: MainWindow, dialogs: Any, dutch: None) -> None:
    seen: list[tuple[str, str]] = []

    def read(dialog: QDialog) -> None:
        label = dialog.findChild(QLabel)
        assert isinstance(label, QLabel)
        seen.append((dialog.windowTitle(), label.text()))
        dialog.accept()

    dialogs.on(TextDialog, read)
    help_item(window, "Sneltoetsen")
    title, html = seen[0]
    assert title == "Sneltoetsen"
    assert "Bestand" in html and "Exporteren" in html and "Ctrl+E" in html
    assert "Alleen met het toetsenbord" in html


def test_the_kiosk_project_dialog_does_not_start_in_the_demos_folder(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kennisnet.session import demo_copy
    from kennisnet.ui.kiosk import launch

    settings.add_recent(str(demo_copy()))  # the demo was the last project opened
    started: list[str] = []

    def fake_open(*args: object) -> tuple[str, str]:
        started.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    assert launch._choose_project(settings) is None
    assert started == [documents_folder()]
