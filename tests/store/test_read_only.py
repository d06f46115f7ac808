"""Read-only work opens read-only and leaves nothing beside the file; read-only media work.

The commands that only read (info, analyze, export, backups, waves, compare, and the
other file of a merge) are run through the command line on a project in its own folder;
afterwards the folder holds exactly what it held before and the file is byte-identical.

Read-only media: as root (CI) a small tmpfs is mounted and remounted read-only, which
blocks root too; as another user the folder is made read-only with chmod. Skipped only
when neither is possible (root where mounting is refused), with the reason.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kennisnet.cli import main
from kennisnet.store import NominationDraft, Project, ResponseDraft


def _project(path: Path) -> list[str]:
    with Project.create(path, name="Alleen lezen") as project:
        ids = [
            project.add_person(name=f"Persoon {i}", department=f"Afdeling {i % 2}")
            for i in range(8)
        ]
        uuids = [
            project.add_response(
                ResponseDraft(
                    respondent_id=me,
                    nominations=(NominationDraft(source_id=ids[(n + 1) % len(ids)]),),
                )
            )
            for n, me in enumerate(ids)
        ]
        # A second wave with the same answers, so that compare has two waves to read.
        wave = project.add_wave("Meting 2")
        for n, me in enumerate(ids):
            project.add_response(
                ResponseDraft(
                    respondent_id=me,
                    nominations=(NominationDraft(source_id=ids[(n + 1) % len(ids)]),),
                    wave_id=wave,
                )
            )
    return uuids


def _state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _read_only_commands(path: Path, out: Path) -> list[list[str]]:
    return [
        ["info", str(path)],
        ["analyze", str(path)],
        ["analyze", str(path), "--json"],
        ["export", str(path), "--xlsx", str(out / "uitvoer.xlsx")],
        ["backups", str(path)],
        ["waves", str(path)],
        ["compare", str(path), "1", "2"],
    ]


def test_read_only_commands_leave_nothing_beside_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    path = folder / "p.kennisnet"
    _project(path)
    before = _state(folder)
    assert list(before) == ["p.kennisnet"]
    for command in _read_only_commands(path, out):
        assert main(command) == 0, (command, capsys.readouterr().err)
        assert _state(folder) == before, command
    # The other file of a merge is only read.
    ours = tmp_path / "ours.kennisnet"
    with Project.create(ours, name="Ons") as project:
        for i in range(8):
            project.add_person(name=f"Persoon {i}")
    assert main(["merge", str(ours), str(path)]) == 0, capsys.readouterr().err
    assert _state(folder) == before


@contextlib.contextmanager
def _read_only_folder(tmp_path: Path, setup: list[Path]) -> Iterator[Path]:
    """A folder holding copies of ``setup``, then made read-only (really, also for root)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if os.geteuid() == 0:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"root, and mounting a tmpfs was refused: {done.stderr.strip()}")
        try:
            for item in setup:
                shutil.copyfile(item, folder / item.name)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)
    else:
        for item in setup:
            shutil.copyfile(item, folder / item.name)
            (folder / item.name).chmod(stat.S_IRUSR)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            folder.chmod(stat.S_IRWXU)


def test_a_project_on_read_only_media_can_be_viewed_exported_and_merged_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "p.kennisnet"
    uuids = _project(original)
    out = tmp_path / "out"
    out.mkdir()
    with _read_only_folder(tmp_path, [original]) as folder:
        path = folder / original.name
        with pytest.raises(OSError):
            (folder / "probe").write_bytes(b"x")
        before = _state(folder)
        for command in _read_only_commands(path, out):
            assert main(command) == 0, (command, capsys.readouterr().err)
            assert _state(folder) == before, command
        assert "could not save" not in capsys.readouterr().err
        ours = tmp_path / "ours.kennisnet"
        with Project.create(ours, name="Ons") as project:
            for i in range(8):
                project.add_person(name=f"Persoon {i}")
        assert main(["merge", str(ours), str(path)]) == 0, capsys.readouterr().err
        with Project.open(ours, readonly=True) as project:
            assert set(uuids) <= project.response_uuids()
        # Changing it is refused clearly, and nothing is written.
        assert main(["waves", str(path), "--new", "Meting 2"]) == 1
        assert "cannot write" in capsys.readouterr().err
        assert _state(folder) == before


def test_answers_still_in_the_log_are_read_from_read_only_media(tmp_path: Path) -> None:
    """A project copied while its newest answers were only in the -wal (no -shm)."""
    source = tmp_path / "p.kennisnet"
    uuids = _project(source)
    copies = tmp_path / "copies"
    copies.mkdir()
    with Project.open(source) as project:
        late = project.add_response(
            ResponseDraft(respondent_id=project.people()[0].id), replace=True
        )
        # Copy the file and its log while the answer is only in the log.
        shutil.copyfile(source, copies / source.name)
        shutil.copyfile(source.with_name(source.name + "-wal"), copies / (source.name + "-wal"))
    assert (copies / (source.name + "-wal")).stat().st_size > 0
    with _read_only_folder(
        tmp_path, [copies / source.name, copies / (source.name + "-wal")]
    ) as folder:
        before = _state(folder)
        with Project.open(folder / source.name, readonly=True) as project:
            assert {*uuids[1:], late} <= project.response_uuids()
        assert _state(folder) == before
