"""Importing a kiosk rescue file: answers the kiosk could not save, all or nothing."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from kennisnet.cli import main as cli_main
from kennisnet.importing.responses import RescueError, import_rescue, read_rescue, waiting_answers
from kennisnet.importing.responses.rescue import (
    RESCUE_SCHEMA,
    draft_from_json,
    draft_to_json,
    report_lines,
    rescue_path,
)
from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.store import NominationDraft, Project, ResponseDraft


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "kantoor.kennisnet"
    with Project.create(path, name="Kantoor") as project:
        for name in ("Anne de Vries", "Bob Jansen", "Carla Smit", "Dirk Bos"):
            project.add_person(name=name, department="Zorg")
    return path


def ids(project: Project) -> dict[str, int]:
    return {p.name.split()[0]: p.id for p in project.people()}


def draft(respondent: int, sources: list[int], at: str, **extra: Any) -> ResponseDraft:
    return ResponseDraft(
        respondent_id=respondent,
        nominations=tuple(
            NominationDraft(source_id=s, frequency=Frequency.WEEKLY, topic="roosters")
            for s in sources
        ),
        channels=(Channel.COLLEAGUE, Channel.INTERNET),
        training=TrainingAnswer.YES,
        training_which="BHV",
        training_when="2025",
        language="nl",
        laptop_id="kantine",
        origin="kiosk",
        uuid=str(uuid.uuid4()),
        submitted_at=at,
        **extra,
    )


def write_rescue(
    path: Path, project: Project, answers: list[tuple[str, ResponseDraft]], **top: Any
) -> Path:
    """The document the kiosk writes (``ResponseSaver.write_rescue``)."""
    data = {
        "schema": RESCUE_SCHEMA,
        "project_id": project.project_id,
        "project_name": project.name,
        "project_path": str(project.path),
        "responses": [
            {"name": name, "replace": False, "draft": draft_to_json(d)} for name, d in answers
        ],
    }
    data.update(top)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_serialisation_round_trips_every_field(project_file: Path) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
    full = draft(who["Anne"], [who["Bob"]], "2026-03-02T10:00:00+00:00", wave_id=1)
    written = ResponseDraft(
        respondent_id=who["Carla"],
        nominations=(NominationDraft(written="Gerrit van de leverancier"),),
        more_sources=True,
        channels=(Channel.OTHER,),
        channel_other="de buurvrouw",
        uuid="u-1",
    )
    for original in (full, written):
        assert draft_from_json(json.loads(json.dumps(draft_to_json(original)))) == original


def test_import_stores_every_answer_and_twice_changes_nothing(
    project_file: Path, tmp_path: Path
) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
        anne = draft(who["Anne"], [who["Bob"], who["Carla"]], "2026-03-02T10:00:00+00:00")
        bob = draft(who["Bob"], [who["Anne"]], "2026-03-02T10:05:00+00:00")
        rescue = write_rescue(
            tmp_path / "kiosk.json", project, [("Anne de Vries", anne), ("Bob Jansen", bob)]
        )
        assert waiting_answers(project, rescue) == 2
        report = import_rescue(project, rescue)
        assert (report.added, report.already_there, report.replaced) == (2, 0, 0)
        assert report_lines(report)[0].startswith("2 answers from the kiosk rescue file")
        snapshot = project.snapshot()
        stored = {r.respondent_id: r for r in snapshot.responses}
        assert [n.source_id for n in stored[who["Anne"]].nominations] == [who["Bob"], who["Carla"]]
        assert stored[who["Anne"]].nominations[0].frequency is Frequency.WEEKLY
        assert stored[who["Anne"]].channels == (Channel.COLLEAGUE, Channel.INTERNET)
        assert project.response_uuids() >= {anne.uuid, bob.uuid}
        assert waiting_answers(project, rescue) == 0

        again = import_rescue(project, rescue)
        assert (again.added, again.already_there) == (0, 2)
        assert project.snapshot() == snapshot


def test_a_later_answer_of_the_same_person_counts(project_file: Path, tmp_path: Path) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
        saved_later = draft(who["Anne"], [who["Bob"]], "2026-03-02T11:00:00+00:00")
        project.add_response(saved_later)
        older = draft(who["Anne"], [who["Carla"]], "2026-03-02T10:00:00+00:00")
        newer = draft(who["Bob"], [who["Dirk"]], "2026-03-02T12:00:00+00:00")
        project.add_response(draft(who["Bob"], [who["Anne"]], "2026-03-02T09:00:00+00:00"))
        rescue = write_rescue(tmp_path / "r.json", project, [("Anne", older), ("Bob", newer)])
        report = import_rescue(project, rescue)
        assert (report.added, report.replaced, report.outdated) == (2, 1, 1)
        active = {r.respondent_id: r for r in project.snapshot().responses}
        assert active[who["Anne"]].nominations[0].source_id == who["Bob"]  # the later one
        assert active[who["Bob"]].nominations[0].source_id == who["Dirk"]
        assert len(active) == 2


def test_people_no_longer_on_the_list_are_left_out_and_named(
    project_file: Path, tmp_path: Path
) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
        dirk = draft(who["Dirk"], [who["Anne"]], "2026-03-02T10:00:00+00:00")
        anne = draft(who["Anne"], [who["Dirk"], who["Bob"]], "2026-03-02T10:01:00+00:00")
        rescue = write_rescue(tmp_path / "r.json", project, [("Dirk Bos", dirk), ("Anne", anne)])
        project.erase_person(who["Dirk"])
        report = import_rescue(project, rescue)
        assert (report.added, report.skipped, report.dropped_sources) == (1, ("Dirk Bos",), 1)
        (stored,) = project.snapshot().responses
        assert [n.source_id for n in stored.nominations] == [who["Bob"]]
        assert any("Dirk Bos" in line for line in report_lines(report))


def refused(project_file: Path, path: Path, expected: str) -> None:
    before = digest(project_file)
    with Project.open(project_file, backup=False) as project:
        count = project.response_count()
        with pytest.raises(RescueError, match=expected) as caught:
            import_rescue(project, path)
        assert project.response_count() == count
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
    assert digest(project_file) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not a kiosk rescue file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a kiosk rescue file"),
        (b'{"name": "something else"}', "not a kiosk rescue file"),
        (b"[1, 2, 3]", "not a kiosk rescue file"),
        (b'{"schema": "kennisnet.kiosk-rescue/1", "responses": [', "damaged"),
        (b'{"schema": "kennisnet.kiosk-rescue/1", "responses": []}', "damaged"),
        (b'{"schema": "kennisnet.kiosk-rescue/9", "project_id": "x"}', "newer version"),
    ],
)
def test_foreign_and_damaged_files_are_refused(
    project_file: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "rescue.json"
    path.write_bytes(content)
    refused(project_file, path, expected)


def test_one_bad_answer_refuses_the_whole_file(project_file: Path, tmp_path: Path) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
        good = draft(who["Anne"], [who["Bob"]], "2026-03-02T10:00:00+00:00")
        bad = draft(who["Bob"], [who["Anne"]], "2026-03-02T10:01:00+00:00")
        path = write_rescue(tmp_path / "r.json", project, [("Anne", good), ("Bob", bad)])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["responses"][1]["draft"]["channels"] = ["no such channel"]
    path.write_text(json.dumps(data), encoding="utf-8")
    refused(project_file, path, "answer 2 is not readable")
    data["responses"][1]["draft"]["channels"] = []
    data["responses"][1]["draft"]["uuid"] = None
    path.write_text(json.dumps(data), encoding="utf-8")
    refused(project_file, path, "answer 2 is not readable")


def test_a_write_failure_leaves_nothing_half_imported(
    project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kennisnet.store import WriteFailed

    with Project.open(project_file) as project:
        who = ids(project)
        answers = [
            (name, draft(who[name], [who["Carla"]], f"2026-03-02T10:0{i}:00+00:00"))
            for i, name in enumerate(("Anne", "Bob", "Dirk"))
        ]
        path = write_rescue(tmp_path / "r.json", project, answers)
        calls = []
        original = Project.add_response

        def second_fails(self: Project, d: ResponseDraft, **kw: Any) -> str:
            calls.append(d)
            if len(calls) == 2:
                raise WriteFailed(self.path, "the disk is full")
            return original(self, d, **kw)

        monkeypatch.setattr(Project, "add_response", second_fails)
        with pytest.raises(WriteFailed):
            import_rescue(project, path)
        monkeypatch.undo()
        assert project.response_count() == 0
        assert import_rescue(project, path).added == 3


def test_a_file_of_another_project_is_refused(project_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander.kennisnet"
    with Project.create(other, name="Ander bedrijf") as project:
        pid = project.add_person(name="Anne de Vries")
        path = write_rescue(
            tmp_path / "r.json", project, [("Anne", draft(pid, [], "2026-03-02T10:00:00+00:00"))]
        )
    refused(project_file, path, "another project \\(Ander bedrijf\\)")
    with Project.open(project_file) as project:
        assert waiting_answers(project, path) == 0


def test_read_rescue_gives_names_and_the_default_place(project_file: Path) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
        place = rescue_path(project.project_id)
        place.parent.mkdir(parents=True)
        write_rescue(place, project, [("Anne de Vries", draft(who["Anne"], [], "2026-03-02"))])
        assert place.parent.name == "rescue" and place.name.startswith("kiosk-")
        rescue = read_rescue(place)
        assert [a.name for a in rescue.answers] == ["Anne de Vries"]
        assert rescue.project_name == "Kantoor"


def test_the_cli_import_recognises_a_rescue_file(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(project_file) as project:
        who = ids(project)
        path = write_rescue(
            tmp_path / "kiosk-gered.json",
            project,
            [("Anne", draft(who["Anne"], [who["Bob"]], "2026-03-02T10:00:00+00:00"))],
        )
    assert cli_main(["import", str(project_file), str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 answer from the kiosk rescue file stored" in out
    assert cli_main(["import", str(project_file), str(path)]) == 0
    assert "1 was already in the project" in capsys.readouterr().out
    broken = tmp_path / "broken.json"
    broken.write_text('{"hello": 1}', encoding="utf-8")
    assert cli_main(["import", str(project_file), str(broken)]) != 0
    err = capsys.readouterr().err
    assert "not a kiosk rescue file" in err and "Traceback" not in err
    with Project.open(project_file, readonly=True) as project:
        assert project.response_count() == 1


def test_rescued_answers_go_to_the_wave_they_were_given_in(
    project_file: Path, tmp_path: Path
) -> None:
    with Project.open(project_file) as project:
        second = project.add_wave("Meting 2")
        first = min(w for w, _, _ in project.waves())
        with project.transaction() as conn:
            conn.execute(
                "UPDATE waves SET started_at = ? WHERE id = ?", ("2026-01-05T08:00:00+00:00", first)
            )
            conn.execute(
                "UPDATE waves SET started_at = ? WHERE id = ?",
                ("2026-06-01T08:00:00+00:00", second),
            )
        who = ids(project)
        # Anne answered at the kiosk in March (wave 1), Bob in July (wave 2); both were
        # saved only to the rescue file, and are imported now that wave 2 is current.
        anne = draft(who["Anne"], [who["Bob"]], "2026-03-02T10:00:00+00:00")
        bob = draft(who["Bob"], [who["Anne"]], "2026-07-01T10:05:00+00:00")
        rescue = write_rescue(
            tmp_path / "kiosk.json", project, [("Anne de Vries", anne), ("Bob Jansen", bob)]
        )
        import_rescue(project, rescue)
        assert (project.response_count(first), project.response_count(second)) == (1, 1)
        assert [r.respondent_id for r in project.snapshot(first).responses] == [who["Anne"]]
