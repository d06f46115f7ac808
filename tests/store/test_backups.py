"""Rotating backups on open, restoring one (CLI), and erasure reaching the backups too."""

from __future__ import annotations

from pathlib import Path

import pytest

from kennisnet.cli import main
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.store.backup import KEEP, list_backups


def test_each_open_for_changes_makes_a_backup_and_old_ones_rotate(project_path: Path) -> None:
    with Project.create(project_path, name="B") as project:
        project_id = project.project_id
        project.add_person(name="Anne")
    assert len(list_backups(project_id)) == 1  # create opens the new file once
    for _ in range(KEEP + 3):
        with Project.open(project_path):
            pass
    with Project.open(project_path, readonly=True) as project:
        backups = project.backups()
    assert len(backups) == KEEP
    assert backups == sorted(backups, key=lambda b: b.made_at, reverse=True)
    with Project.open(backups[0].path, readonly=True, backup=False) as copy:
        assert [p.name for p in copy.people()] == ["Anne"]


def test_restore_from_the_command_line(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.create(project_path, name="B") as project:
        project.add_person(name="Anne")
    with Project.open(project_path) as project:
        project.add_person(name="Per ongeluk")
    assert main(["backups", str(project_path)]) == 0
    listing = capsys.readouterr().out
    assert "1. " in listing
    assert "2. " in listing
    # Copy 1 was made when the file was opened to add "Per ongeluk", so it holds only Anne.
    assert main(["restore", str(project_path), "1"]) == 0
    assert "Restored the copy" in capsys.readouterr().out
    with Project.open(project_path, readonly=True) as project:
        assert [p.name for p in project.people()] == ["Anne"]
        # The state before the restore is kept as the newest copy.
        with Project.open(project.backups()[0].path, readonly=True, backup=False) as before:
            assert [p.name for p in before.people()] == ["Anne", "Per ongeluk"]
    assert main(["restore", str(project_path), "99"]) == 2


def test_restore_refuses_while_the_project_is_open(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.create(project_path, name="B"):
        pass
    with Project.open(project_path):
        code = main(["restore", str(project_path)])
    assert code == 1
    assert "open in another Kennisnet window" in capsys.readouterr().err


def test_erasure_reaches_written_names_and_backups(project_path: Path) -> None:
    with Project.create(project_path, name="B") as project:
        anne = project.add_person(name="Anne Zwaluwstaart", employee_number="778899")
        bob = project.add_person(name="Bob Jansen")
        project.add_response(
            ResponseDraft(
                respondent_id=bob,
                nominations=(
                    NominationDraft(written="zwaluwstaart, anne"),
                    NominationDraft(source_id=anne, topic="Zwaluwstaartverbinding"),
                ),
            )
        )
        project.add_response(ResponseDraft(respondent_written="A. Zwaluwstaart"))
        project_id = project.project_id
    with Project.open(project_path) as project:  # one more backup with her in it
        kept = len(project.backups())
        report = project.erase_person(anne)
        data = project.snapshot()
        assert project.pending_names() == []
    for path in [project_path, *(b.path for b in list_backups(project_id))]:
        raw = path.read_bytes().lower()
        for trace in (b"zwaluwstaart", b"778899"):
            assert trace not in raw, path
    # Every copy is kept, each with the same erasure (older copies are not thrown away).
    assert len(list_backups(project_id)) == kept == 2
    assert report.backups_cleaned == kept
    assert report.found_in == ()
    anonymous = [p.id for p in data.people if p.external]
    assert len(anonymous) == 1
    assert [n.source_id for n in data.responses[0].nominations] == [anonymous[0]]


def test_restoring_the_oldest_copy_from_the_command_line(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.create(project_path, name="B") as project:
        project.add_person(name="Eerste")
    for i in range(KEEP + 2):
        with Project.open(project_path) as project:
            project.add_person(name=f"Later {i}")
    with Project.open(project_path, readonly=True) as project:
        oldest = project.backups()[-1]
        with Project.open(oldest.path, readonly=True, backup=False) as copy:
            expected = [p.name for p in copy.people()]
    assert main(["restore", str(project_path), str(KEEP)]) == 0
    capsys.readouterr()
    with Project.open(project_path, readonly=True) as project:
        assert [p.name for p in project.people()] == expected
