"""A backup that cannot be made is reported as such and never blocks saving; no temp files.

As root (CI) the backup folder is a real, tiny, full file system (tmpfs); elsewhere, and
in addition, the backup folder is blocked by a file in its place.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kennisnet.cli import main
from kennisnet.resources import user_data_dir
from kennisnet.store import Project


def _project(path: Path) -> None:
    with Project.create(path, name="Reserve") as project:
        for i in range(200):
            project.add_person(name=f"Medewerker {i}", department="Zorg" + "x" * 100)


def _check_saved_and_told(path: Path, err: str, folder: Path) -> None:
    assert "No backup copy could be made in" in err
    assert str(folder) in err
    assert "Your work goes on without it" in err
    assert "could not save" not in err  # the project's own disk is not blamed
    with Project.open(path, readonly=True) as project:
        assert [name for _, name, _ in project.waves()] == ["Wave 1", "Meting 2"]


def test_a_full_backup_disk_is_reported_and_the_change_is_saved(
    project_path: Path, capsys: pytest.CaptureFixture[str], small_disk
) -> None:
    _project(project_path)
    backups = user_data_dir() / "backups"
    for leftover in backups.glob("*"):
        for item in leftover.iterdir():
            item.unlink()
    with small_disk(backups, "16k"):
        assert main(["waves", str(project_path), "--new", "Meting 2"]) == 0
        err = capsys.readouterr().err
        _check_saved_and_told(project_path, err, backups)
        assert "the disk is full" in err
        assert [p.name for p in backups.rglob("*") if p.is_file() and p.suffix != ".txt"] == []


def test_a_blocked_backup_folder_is_reported_and_the_change_is_saved(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _project(project_path)
    with Project.open(project_path, readonly=True) as project:
        folder = user_data_dir() / "backups" / project.project_id
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()
    folder.write_bytes(b"")  # a file where the folder should be
    assert main(["waves", str(project_path), "--new", "Meting 2"]) == 0
    err = capsys.readouterr().err
    _check_saved_and_told(project_path, err, folder)
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name]


def test_restore_puts_nothing_back_when_the_current_state_cannot_be_copied_first(
    project_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, small_disk
) -> None:
    _project(project_path)
    with Project.open(project_path) as project:
        project.add_wave("Meting 2")
        folder = user_data_dir() / "backups" / project.project_id
    kept = tmp_path / "kept"
    shutil.copytree(folder, kept)
    with small_disk(folder, "512k"):
        for item in kept.iterdir():
            shutil.copyfile(item, folder / item.name)
        free = shutil.disk_usage(folder).free
        (folder / "fill").write_bytes(b"\0" * free)
        digest = hashlib.sha256(project_path.read_bytes()).hexdigest()
        assert main(["restore", str(project_path), "2"]) == 1
        err = capsys.readouterr().err
        assert "Nothing was restored" in err
        assert "the disk is full" in err
        assert hashlib.sha256(project_path.read_bytes()).hexdigest() == digest
        assert [p.name for p in folder.iterdir() if p.suffix == ".tmp"] == []
