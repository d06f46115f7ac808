"""Waves keep their own HR training record; an older project file is migrated on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kennisnet.store import NominationDraft, Project, ProjectError, ResponseDraft
from kennisnet.store.backup import list_backups
from kennisnet.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def test_training_marked_after_a_new_wave_does_not_rewrite_the_earlier_wave(
    project_path: Path,
) -> None:
    with Project.create(project_path, name="W") as project:
        ruud = project.add_person(name="Ruud", trained_hr=False)
        kim = project.add_person(name="Kim")
        project.add_response(
            ResponseDraft(respondent_id=kim, nominations=(NominationDraft(source_id=ruud),))
        )
        second = project.add_wave("Na de training")
        project.update_person(ruud, trained_hr=True)  # HR records the training
        project.add_response(
            ResponseDraft(respondent_id=kim, nominations=(NominationDraft(source_id=ruud),))
        )
        before = project.snapshot(1)
        after = project.snapshot(second)
    assert before.training_status()[ruud] is False
    assert after.training_status()[ruud] is True


def test_wave_names_are_unique_and_merged_waves_do_not_become_current(
    project_path: Path,
) -> None:
    with Project.create(project_path, name="W") as project:
        project.add_wave("Meting 2")
        with pytest.raises(ProjectError, match="already a wave"):
            project.add_wave("meting 2 ")
        with pytest.raises(ProjectError, match="needs a name"):
            project.add_wave("  ")
        current = project.current_wave_id()
        project.add_wave("Van een andere laptop", make_current=False)
        assert project.current_wave_id() == current


def _version_1_file(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.executescript("BEGIN;" + MIGRATIONS[0] + "PRAGMA user_version=1; COMMIT;")
    conn.executescript(
        "INSERT INTO meta VALUES ('project_id', 'old-project'), ('name', 'Oud'), "
        "('created_at', '2026-01-01T00:00:00+00:00'), ('created_with', '0.0.1'), "
        "('current_wave', '1');"
        "INSERT INTO waves (id, name, started_at) VALUES (1, 'Meting 1', '2026-01-01');"
        "INSERT INTO people (uid, name, trained_hr, created_at, updated_at) "
        "VALUES ('u1', 'Anne', 1, 'x', 'x');"
        "INSERT INTO questionnaire (id, data) VALUES (1, '"
        + '{"texts": {}, "channel_labels": {}, "channels": ["colleague"]}'
        + "');"
    )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def test_a_version_1_file_is_migrated_after_a_backup(project_path: Path) -> None:
    assert SCHEMA_VERSION == 3
    _version_1_file(project_path)
    with Project.open(project_path) as project:
        assert [p.name for p in project.people()] == ["Anne"]
        project.add_wave("Meting 2")
        assert project.training_in_wave(1) == {1: True}
    conn = sqlite3.connect(project_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    backups = list_backups("old-project")
    assert backups
    oldest = sqlite3.connect(f"{backups[-1].path.as_uri()}?mode=ro", uri=True)
    try:
        assert oldest.execute("PRAGMA user_version").fetchone()[0] == 1  # the copy before
    finally:
        oldest.close()


def test_reading_a_version_1_file_read_only_leaves_it_as_it_is(project_path: Path) -> None:
    _version_1_file(project_path)
    before = project_path.read_bytes()
    with Project.open(project_path, readonly=True) as project:
        assert project.snapshot().people[0].name == "Anne"
    assert project_path.read_bytes() == before
