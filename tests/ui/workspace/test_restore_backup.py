"""File → Restore a backup… and File → Open backup folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from kennisnet.store import Project
from kennisnet.store.backup import KEEP, backup_dir
from kennisnet.ui.workspace.backups import RestoreDialog
from kennisnet.ui.workspace.window import MainWindow


@pytest.fixture
def urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    seen: list[QUrl] = []

    def record(url: QUrl) -> bool:
        seen.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return seen


def names(project: Project) -> set[str]:
    return {p.name for p in project.people()}


def test_restore_the_copy_made_when_the_project_was_opened(
    read, qtbot, window: MainWindow, dialogs, boxes, small_project: Path, urls: list[QUrl]
) -> None:
    window.open_project(small_project)
    assert window.session is not None
    project_id = window.session.project.project_id
    # Copies: when the file was created, and when it was opened now.
    assert len(window.session.project.backups()) == 2
    window.session.project.add_person(name="Per Ongeluk", department="ICT")
    window.refresh()
    read(window)
    assert window.people_model.rowCount() == 7
    seen: dict[str, object] = {}

    def pick(dialog: RestoreDialog) -> None:
        table = dialog.table
        seen["rows"] = table.rowCount()
        seen["first"] = table.item(0, 0).text()
        seen["size"] = table.item(0, 1).text()
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
        boxes.answer = False  # first: think again
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.chosen is None and dialog.isVisible()
        boxes.answer = True
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    dialogs.on(RestoreDialog, pick)
    assert window.menus.restore_action in window.menus.file_menu.actions()
    window.menus.restore_action.trigger()
    read(window)
    assert seen["rows"] == 2
    assert "(when you opened the project)" in str(seen["first"])
    assert str(seen["size"]).endswith("kB")
    assert [u.toLocalFile() for u in urls] == [str(backup_dir(project_id))]
    assert "Put back the copy of" in boxes.seen[0]
    assert "saves the current state as a new backup copy" in boxes.seen[0]
    assert "is back" in boxes.seen[-1]
    # Reopened in the same window, as it was when it was opened.
    assert window.session is not None and window.session.project.path == small_project
    assert "Per Ongeluk" not in names(window.session.project)
    assert window.people_model.rowCount() == 6
    # One more copy was made before the restore (it holds the person), one on reopening.
    backups = window.session.project.backups()
    assert len(backups) == 4
    with Project.open(backups[1].path, readonly=True) as safety:
        assert "Per Ongeluk" in names(safety)


def test_restoring_the_oldest_of_ten_copies_still_works(
    qtbot, window: MainWindow, dialogs, boxes, small_project: Path
) -> None:
    for i in range(KEEP):
        with Project.open(small_project) as project:
            project.add_person(name=f"Persoon {i}")
    window.open_project(small_project)
    assert window.session is not None
    backups = window.session.project.backups()
    assert len(backups) == KEEP
    with Project.open(backups[-1].path, readonly=True) as oldest:
        expected = names(oldest)
    assert "Persoon 0" in expected and "Persoon 1" not in expected

    def pick_oldest(dialog: RestoreDialog) -> None:
        dialog.table.selectRow(dialog.table.rowCount() - 1)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    dialogs.on(RestoreDialog, pick_oldest)
    window.menus.restore_action.trigger()
    # The extra copy pushed the chosen one out of the ten; it was restored all the same.
    assert "is back" in boxes.seen[-1]
    assert window.session is not None
    assert names(window.session.project) == expected


def test_unsaved_questionnaire_changes_are_saved_into_the_safety_copy_first(
    qtbot, window: MainWindow, dialogs, boxes, small_project: Path
) -> None:
    window.open_project(small_project)
    nl = window.questionnaire.editor.editors[("who_title", "nl")]
    nl.selectAll()
    qtbot.keyClicks(nl, "Wie ben je, collega?")
    assert window.questionnaire.dirty
    dialogs.on(
        RestoreDialog, lambda d: qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    )
    window.menus.restore_action.trigger()
    assert any("Save them before closing?" in text for text in boxes.seen)
    assert window.session is not None
    safety = window.session.project.backups()[1]
    with Project.open(safety.path, readonly=True) as copy:
        assert "Wie ben je, collega?" in copy.questionnaire().to_json()
    assert "Wie ben je, collega?" not in window.session.project.questionnaire().to_json()


def test_open_backup_folder_without_a_project(
    window: MainWindow, urls: list[QUrl], tmp_path: Path
) -> None:
    assert window.menus.backup_folder_action.isEnabled()
    assert not window.menus.restore_action.isEnabled()
    window.menus.backup_folder_action.trigger()
    (url,) = urls
    assert Path(url.toLocalFile()).name == "backups"
    assert Path(url.toLocalFile()).is_dir()
