"""Opening a project whose backup copy cannot be made: said plainly, and the work goes on."""

from __future__ import annotations

from pathlib import Path

from kennisnet.store import Project
from kennisnet.store.backup import backup_dir
from kennisnet.ui.workspace.window import MainWindow


def test_a_backup_that_cannot_be_made_is_shown_and_the_project_opens(
    qtbot, window: MainWindow, boxes, small_project: Path
) -> None:
    with Project.open(small_project, readonly=True) as project:
        folder = backup_dir(project.project_id)
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()
    folder.write_bytes(b"")  # a file where the backup folder should be
    assert window.open_project(small_project)
    assert window.project is not None
    assert any("No backup copy could be made in" in seen for seen in boxes.seen)
    assert any("Your work goes on without it" in seen for seen in boxes.seen)
    window.project.add_person(name="Nieuwe collega")
    window.close_project()
    with Project.open(small_project, readonly=True) as project:
        assert "Nieuwe collega" in {p.name for p in project.people()}
