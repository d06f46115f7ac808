"""What the store must say without stopping the work: no backup copy, a journal not folded in."""

from __future__ import annotations

import os
import shutil
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
    assert window.session is not None
    assert any("No backup copy could be made in" in seen for seen in boxes.seen)
    assert any("Your work goes on without it" in seen for seen in boxes.seen)
    window.session.project.add_person(name="Nieuwe collega")
    window.close_project()
    with Project.open(small_project, readonly=True) as project:
        assert "Nieuwe collega" in {p.name for p in project.people()}


def test_closing_on_a_full_disk_says_the_changes_wait_in_the_journal_file(
    qtbot, window: MainWindow, boxes, small_project: Path, tmp_path: Path, small_disk
) -> None:
    """As root (CI): a small tmpfs, so the close cannot fold the journal into the file."""
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = disk / small_project.name
        shutil.copyfile(small_project, path)
        assert window.open_project(path)
        assert window.session is not None
        stat = os.statvfs(disk)
        (disk / "fill").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - 128 * 1024))
        with window.session.project.transaction():
            for i in range(200):
                window.session.project.add_person(name=f"Nieuw {i}", attributes={"x": "y" * 150})
        window.close_project()
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the case this test is about
        assert any("saved, but in the journal file beside it" in seen for seen in boxes.seen)
        (disk / "fill").unlink()
        with Project.open(path, backup=False) as project:
            assert sum(p.name.startswith("Nieuw ") for p in project.people()) == 200
        assert not wal.exists()
