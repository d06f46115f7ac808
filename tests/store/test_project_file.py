"""The project file: creation, refusal of bad files (unchanged), locking, durability."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.questionnaire import default_questionnaire
from kennisnet.store import (
    AlreadyAnswered,
    NewerVersion,
    NominationDraft,
    NotAProject,
    Project,
    ProjectExists,
    ProjectInUse,
    ProjectNotFound,
    ProjectReadOnly,
    ResponseDraft,
)
from kennisnet.store.schema import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make(path: Path) -> tuple[int, int]:
    with Project.create(path, name="Test") as project:
        anne = project.add_person(name="Anne de Vries", department="Zorg", trained_hr=True)
        bob = project.add_person(name="Bob Jansen", department="Zorg", employee_number="0042")
    return anne, bob


def test_create_and_reopen_keeps_everything(project_path: Path) -> None:
    anne, bob = make(project_path)
    with Project.open(project_path) as project:
        assert project.name == "Test"
        assert [p.name for p in project.people()] == ["Anne de Vries", "Bob Jansen"]
        assert project.person(bob) is not None
        assert project.person(bob).employee_number == "0042"  # type: ignore[union-attr]
        assert project.questionnaire() == default_questionnaire()
        assert len(project.waves()) == 1
        assert project.audit_log()[0][1] == "project_created"
        uid = project.add_response(
            ResponseDraft(
                respondent_id=bob,
                nominations=(NominationDraft(source_id=anne, frequency=Frequency.DAILY),),
                channels=(Channel.COLLEAGUE, Channel.TRIAL_ERROR),
                training=TrainingAnswer.NO,
            )
        )
    with Project.open(project_path, readonly=True) as project:
        data = project.snapshot()
    assert [r.uuid for r in data.responses] == [uid]
    response = data.responses[0]
    assert response.respondent_id == bob
    assert response.nominations[0].source_id == anne
    assert response.nominations[0].weight == 4
    assert response.channels == (Channel.COLLEAGUE, Channel.TRIAL_ERROR)
    assert data.training_status() == {anne: True, bob: False}


def test_closed_project_is_one_file(project_path: Path) -> None:
    make(project_path)
    with Project.open(project_path) as project:
        project.add_person(name="Carla")
    assert sorted(p.name for p in project_path.parent.iterdir()) == [project_path.name]


def test_create_refuses_an_existing_file(project_path: Path) -> None:
    project_path.write_bytes(b"keep me")
    with pytest.raises(ProjectExists):
        Project.create(project_path, name="x")
    assert project_path.read_bytes() == b"keep me"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound, match="no project file"):
        Project.open(tmp_path / "nope.kennisnet")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(300), "PNG image"),
        (b"%PDF-1.7\n" + bytes(300), "PDF"),
        (b"hello, this is text" * 20, "not a Kennisnet project"),
        (os.urandom(4096), "not a Kennisnet project"),
    ],
)
def test_foreign_files_are_refused_and_unchanged(
    project_path: Path, content: bytes, message: str
) -> None:
    project_path.write_bytes(content)
    before = digest(project_path)
    with pytest.raises(NotAProject, match=message):
        Project.open(project_path)
    assert digest(project_path) == before
    assert sorted(p.name for p in project_path.parent.iterdir()) == [project_path.name]


def test_other_sqlite_database_is_refused_and_unchanged(project_path: Path) -> None:
    conn = sqlite3.connect(project_path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.commit()
    conn.close()
    before = digest(project_path)
    with pytest.raises(NotAProject, match="another program"):
        Project.open(project_path)
    assert digest(project_path) == before


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_file_is_refused_and_unchanged(project_path: Path, keep: float) -> None:
    make(project_path)
    with Project.open(project_path) as project:
        for i in range(300):
            project.add_person(name=f"Person {i}", department="X" * 200)
    data = project_path.read_bytes()
    project_path.write_bytes(data[: int(len(data) * keep)])
    before = digest(project_path)
    with pytest.raises(NotAProject, match="damaged"):
        Project.open(project_path)
    assert digest(project_path) == before


def test_corrupted_pages_are_refused_and_unchanged(project_path: Path) -> None:
    make(project_path)
    with Project.open(project_path) as project:
        for i in range(200):
            project.add_person(name=f"Person {i}")
    data = bytearray(project_path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset : offset + 64] = os.urandom(64)
    project_path.write_bytes(bytes(data))
    before = digest(project_path)
    with pytest.raises(NotAProject):
        Project.open(project_path)
    assert digest(project_path) == before


def test_newer_version_is_refused_and_unchanged(project_path: Path) -> None:
    make(project_path)
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(project_path)
    with pytest.raises(NewerVersion, match="newer version of Kennisnet"):
        Project.open(project_path)
    assert digest(project_path) == before


def test_a_second_process_is_told_the_file_is_in_use(project_path: Path) -> None:
    make(project_path)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from kennisnet.store import Project, ProjectInUse\n"
        "for readonly in (False, True):\n"
        "    try:\n"
        "        Project.open(Path(sys.argv[1]), readonly=readonly)\n"
        "    except ProjectInUse as e:\n"
        "        print('in use:', e)\n"
    )
    with Project.open(project_path):
        run = subprocess.run(
            [sys.executable, "-c", code, str(project_path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all("open in another Kennisnet window" in line for line in lines)
    # Once closed, it opens again.
    with Project.open(project_path) as project:
        assert len(project.people()) == 2


def test_same_process_second_open_is_in_use(project_path: Path) -> None:
    make(project_path)
    with Project.open(project_path), pytest.raises(ProjectInUse):
        Project.open(project_path)


def test_read_only_folder_is_refused_for_writing(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(project_path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(ProjectReadOnly, match="read-only"):
        Project.open(project_path)


def test_a_redo_replaces_the_earlier_answer(project_path: Path) -> None:
    anne, bob = make(project_path)
    with Project.open(project_path) as project:
        first = project.add_response(ResponseDraft(respondent_id=bob))
        with pytest.raises(AlreadyAnswered, match="Bob Jansen has already answered"):
            project.add_response(
                ResponseDraft(respondent_id=bob, nominations=(NominationDraft(source_id=anne),))
            )
        assert project.response_count() == 1
        second = project.add_response(
            ResponseDraft(respondent_id=bob, nominations=(NominationDraft(source_id=anne),)),
            replace=True,
        )
        data = project.snapshot()
    assert [r.uuid for r in data.responses] == [second]
    assert first != second


def test_a_failed_write_leaves_nothing_half_done(project_path: Path) -> None:
    _anne, bob = make(project_path)
    with Project.open(project_path) as project:
        with pytest.raises(ValueError, match="only once"):
            project.add_response(
                ResponseDraft(respondent_id=bob, channels=(Channel.AI, Channel.AI))
            )
        with pytest.raises(RuntimeError), project.transaction():
            project.add_person(name="Half")
            raise RuntimeError("boom")
        assert [p.name for p in project.people()] == ["Anne de Vries", "Bob Jansen"]
        assert project.response_count() == 0


def test_pending_names_are_kept_and_resolved(project_path: Path) -> None:
    anne, bob = make(project_path)
    with Project.open(project_path) as project:
        project.add_response(
            ResponseDraft(
                respondent_id=bob,
                nominations=(
                    NominationDraft(written="Gerrit van de leverancier"),
                    NominationDraft(written="anne"),
                ),
            )
        )
        project.add_response(ResponseDraft(respondent_written="A. de Vries"))
        pending = {p.written: p for p in project.pending_names()}
        assert set(pending) == {"Gerrit van de leverancier", "anne", "A. de Vries"}
        assert pending["A. de Vries"].as_respondent == 1
        assert project.snapshot().unresolved_names == 3
        assert project.respondent_ids() == {bob}  # "A. de Vries" is no one yet
        assert project.decide_name("ANNE", "person", anne) == 1
        assert project.decide_name("gerrit van de leverancier", "external") == 1
        assert project.decide_name("A. de Vries", "person", anne) == 1
        data = project.snapshot()
        assert project.respondent_ids() == {bob, anne}
        assert project.pending_names() == []
        assert project.name_decision("Anne") == ("person", anne)
    assert data.unresolved_names == 0
    by_respondent = {r.respondent_id: r for r in data.responses}
    sources = [n.source_id for n in by_respondent[bob].nominations]
    external = [p for p in data.people if p.external]
    assert [p.name for p in external] == ["Gerrit van de leverancier"]
    assert sources == [external[0].id, anne]
    assert anne in by_respondent


def test_erasure_leaves_no_trace(project_path: Path) -> None:
    anne, bob = make(project_path)
    with Project.open(project_path) as project:
        project.add_response(
            ResponseDraft(
                respondent_id=anne,
                nominations=(NominationDraft(source_id=bob, topic="Zwaluwstaartverbinding"),),
            )
        )
        project.add_response(
            ResponseDraft(respondent_id=bob, nominations=(NominationDraft(source_id=anne),))
        )
        project.erase_person(anne)
        data = project.snapshot()
    raw = project_path.read_bytes()
    for trace in (b"Anne de Vries", b"Zwaluwstaartverbinding"):
        assert trace not in raw
    assert [r.respondent_id for r in data.responses] == [bob]
    anonymous = [p for p in data.people if p.external]
    assert len(anonymous) == 1
    assert data.responses[0].nominations[0].source_id == anonymous[0].id


def test_coverage_per_department(project_path: Path) -> None:
    anne, _bob = make(project_path)
    with Project.open(project_path) as project:
        project.add_person(name="Carla", department="ICT")
        project.add_response(ResponseDraft(respondent_id=anne))
        rows = {c.department: (c.responded, c.roster) for c in project.coverage()}
    assert rows == {"ICT": (0, 1), "Zorg": (1, 2)}


def test_waves(project_path: Path) -> None:
    anne, bob = make(project_path)
    with Project.open(project_path) as project:
        project.add_response(ResponseDraft(respondent_id=anne))
        second = project.add_wave("Na de training")
        assert project.current_wave_id() == second
        assert not project.has_answered(anne)
        project.add_response(ResponseDraft(respondent_id=bob))
        assert [r.respondent_id for r in project.snapshot().responses] == [bob]
        assert [r.respondent_id for r in project.snapshot(1).responses] == [anne]
        assert (project.respondent_ids(), project.respondent_ids(1)) == ({bob}, {anne})
        assert project.wave_id_by_name_or_number("na de training") == second
