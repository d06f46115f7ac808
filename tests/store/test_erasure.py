"""Erasure: every trace, in free text and in every backup copy; interrupted or restored.

Each test searches the bytes of every file itself (the project folder and the backup
folder), independently of the verification the command prints.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kennisnet.cli import main
from kennisnet.model import Channel
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.store.backup import backup_dir, list_backups

NAME = "Anne Zwaluwstaart"
TRACES = (b"zwaluwstaart", b"778899", b"anne.z@voorbeeld.nl")


def _make(path: Path) -> str:
    """Anne, named by others and mentioned in their free text; three backup copies."""
    with Project.create(path, name="Wissen") as project:
        anne = project.add_person(
            name=NAME, employee_number="778899", email="anne.z@voorbeeld.nl", department="Zorg"
        )
        bob = project.add_person(name="Bob Jansen", department="Zorg")
        carla = project.add_person(
            name="Carla Smit",
            department="Zorg",
            attributes={"Leidinggevende": "Anne Zwaluwstaart", "Locatie": "Noord"},
        )
        dirk = project.add_person(name="Dirk de Boer", department="Zorg")
        project.add_response(
            ResponseDraft(
                respondent_id=anne,
                nominations=(NominationDraft(source_id=bob, topic="Zwaluwstaartverbinding"),),
            )
        )
        project.add_response(
            ResponseDraft(
                respondent_id=bob,
                nominations=(NominationDraft(source_id=anne, topic="Wondzorg"),),
            )
        )
        project.add_response(
            ResponseDraft(
                respondent_id=carla,
                nominations=(
                    NominationDraft(
                        source_id=bob, topic="de planning, samen met Anne Zwaluwstaart"
                    ),
                    NominationDraft(written="zwaluwstaart, anne"),
                ),
                channels=(Channel.OTHER,),
                channel_other="bellen met ANNE ZWALUWSTAART of 778899 mailen",
                training_which="Cursus bij Zwaluwstaart Anne",
                training_when="met Anne-Zwaluwstaart in maart",
            )
        )
        project.add_response(
            ResponseDraft(
                respondent_id=dirk,
                nominations=(NominationDraft(source_id=carla, topic="roosters"),),
                training_which="mail anne.z@voorbeeld.nl",
            )
        )
        project_id = project.project_id
    for _ in range(2):
        with Project.open(path):
            pass
    return project_id


def _files(path: Path, project_id: str) -> list[Path]:
    folders = (path.parent, backup_dir(project_id))
    return [f for folder in folders for f in folder.rglob("*") if f.is_file()]


def _traces_in(path: Path, project_id: str) -> list[Path]:
    return [f for f in _files(path, project_id) if any(t in f.read_bytes().lower() for t in TRACES)]


def test_erase_on_the_command_line_reaches_free_text_and_every_backup(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_id = _make(project_path)
    assert len(list_backups(project_id)) == 3
    assert _traces_in(project_path, project_id)  # the search can find her
    assert main(["erase", str(project_path), "778899", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Erased {NAME}." in out
    assert "FOUND" not in out
    assert out.count(": not found") == 1 + 4  # the project and four copies (one more on open)
    assert _traces_in(project_path, project_id) == []
    assert len(list_backups(project_id)) == 4  # the copies are kept, erased
    with Project.open(project_path, readonly=True) as project:
        people = {p.name: p for p in project.people()}
        data = project.snapshot()
        pending = project.pending_names()
    anonymous = [p for p in people.values() if p.external]
    assert [p.name for p in anonymous] == ["#Removed person 1"]
    label = anonymous[0].name
    assert people["Carla Smit"].attributes == {"Leidinggevende": label, "Locatie": "Noord"}
    by_respondent = {r.respondent_id: r for r in data.responses}
    carla = by_respondent[people["Carla Smit"].id]
    assert carla.nominations[0].topic == f"de planning, samen met {label}"
    assert carla.channel_other == f"bellen met {label} of {label} mailen"
    assert carla.training_which == f"Cursus bij {label}"
    assert carla.training_when == f"met {label} in maart"
    assert by_respondent[people["Dirk de Boer"].id].training_which == f"mail {label}"
    assert by_respondent[people["Bob Jansen"].id].nominations[0].source_id == anonymous[0].id
    assert len(data.responses) == 3  # her own answer is gone
    assert pending == []
    # Her own backup copies hold the same erasure.
    for backup in list_backups(project_id):
        with Project.open(backup.path, readonly=True, backup=False) as copy:
            assert NAME not in {p.name for p in copy.people()}


def test_erase_asks_first_and_refuses_without_anyone_to_ask(
    project_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project_id = _make(project_path)
    digest = hashlib.sha256(project_path.read_bytes()).hexdigest()
    # Tests have no terminal: refused, pointing at --yes.
    assert main(["erase", str(project_path), NAME]) == 2
    assert "--yes" in capsys.readouterr().err
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == digest

    class Terminal:
        @staticmethod
        def isatty() -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "nee")
    assert main(["erase", str(project_path), NAME]) == 1
    assert "Nothing was erased" in capsys.readouterr().out
    assert _traces_in(project_path, project_id)
    monkeypatch.setattr("builtins.input", lambda prompt: "ja")
    assert main(["erase", str(project_path), "anne   zwaluwstaart"]) == 0
    assert _traces_in(project_path, project_id) == []


def test_erase_refuses_an_unknown_or_ambiguous_person(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(project_path)
    with Project.open(project_path) as project:
        project.add_person(name="Bob Jansen", department="ICT", employee_number="1234")
    assert main(["erase", str(project_path), "Niemand Bekend", "--yes"]) == 1
    assert "No one on the roster" in capsys.readouterr().err
    assert main(["erase", str(project_path), "bob jansen", "--yes"]) == 1
    err = capsys.readouterr().err
    assert "More than one person" in err
    assert "1234" in err
    assert main(["erase", str(project_path), "1234", "--yes"]) == 0
    with Project.open(project_path, readonly=True) as project:
        assert [p.department for p in project.people() if p.name == "Bob Jansen"] == ["Zorg"]


# The erasure in a child process that is killed right after the project's commit,
# before any backup copy is touched.
INTERRUPTED = r"""
import os, signal, sys
from pathlib import Path
from kennisnet.store import Project
from kennisnet.store.erasure import ErasureMixin

def killed(self, uids, extra=()):
    os.kill(os.getpid(), signal.SIGKILL)

ErasureMixin._erase_in_backups = killed
with Project.open(Path(sys.argv[1]), backup=False) as project:
    project.erase_person(project.find_people(sys.argv[2])[0].id)
"""


def _interrupt(path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED, str(path), NAME], capture_output=True, text=True
    )
    assert done.returncode == -9, done.stderr


def test_an_interrupted_erasure_completes_at_the_next_open(project_path: Path) -> None:
    project_id = _make(project_path)
    before = _traces_in(project_path, project_id)
    _interrupt(project_path)
    left = _traces_in(project_path, project_id)
    # The project itself is erased; the copies that held her still do (killed in between).
    assert project_path in before
    assert set(left) == set(before) - {project_path}
    assert len(left) == 2
    with Project.open(project_path):
        pass
    assert _traces_in(project_path, project_id) == []


@pytest.mark.parametrize("copy", ["1", "2"])
def test_restoring_a_copy_never_brings_an_erased_person_back(
    project_path: Path, copy: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project_id = _make(project_path)
    _interrupt(project_path)
    # Restore straight after the interrupted erasure, while older copies still hold her.
    assert main(["restore", str(project_path), copy]) == 0, capsys.readouterr().err
    assert _traces_in(project_path, project_id) == []
    with Project.open(project_path, readonly=True) as project:
        names = {p.name for p in project.people()}
    assert NAME not in names
    assert {"Bob Jansen", "Carla Smit", "Dirk de Boer"} <= names


def test_merging_a_laptop_that_still_holds_an_erased_person_does_not_bring_them_back(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_id = _make(project_path)
    laptop = tmp_path / "laptop2.kennisnet"
    laptop.write_bytes(project_path.read_bytes())  # a laptop with the same roster and answers
    with Project.open(laptop, backup=False) as other:
        people = {p.name: p.id for p in other.people()}
        other.add_response(
            ResponseDraft(
                respondent_id=people["Bob Jansen"],
                nominations=(
                    NominationDraft(source_id=people[NAME], topic="uitleg van Anne Zwaluwstaart"),
                ),
            ),
            replace=True,
        )
    digest = hashlib.sha256(laptop.read_bytes()).hexdigest()
    assert main(["erase", str(project_path), NAME, "--yes"]) == 0
    capsys.readouterr()
    assert main(["merge", str(project_path), str(laptop)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "zwaluwstaart" not in out.lower()
    assert hashlib.sha256(laptop.read_bytes()).hexdigest() == digest  # only read
    assert [f for f in _traces_in(project_path, project_id) if f != laptop] == []
    with Project.open(project_path, readonly=True) as project:
        assert NAME not in {p.name for p in project.people()}
        # Her place in Bob's answer is an anonymous node, never a name for HR to resolve.
        assert project.pending_names() == []
        bob = next(p.id for p in project.people() if p.name == "Bob Jansen")
        (answer,) = [r for r in project.snapshot().responses if r.respondent_id == bob]
        (tie,) = answer.nominations
        source = project.person(tie.source_id) if tie.source_id is not None else None
        assert source is not None and source.external and source.name.startswith("#")


def test_erasure_reaches_the_learning_plan_in_the_project_and_its_backups(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_id = _make(project_path)
    # HR's own action names her three ways, and she owns it.
    assert (
        main(
            [
                "plan",
                str(project_path),
                "--add",
                "Zwaluwstaart, Anne (778899) laat Bob zien hoe; mail anne.z@voorbeeld.nl",
                "--form",
                "mentoring",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["plan", str(project_path), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    (action,) = [a["number"] for a in plan["actions"] if a["finding"] == "hr"]
    assert main(["plan", str(project_path), "--owner", f"{action}=Anne Zwaluwstaart"]) == 0
    for _ in range(2):  # backups that hold the plan too
        with Project.open(project_path):
            pass
    capsys.readouterr()
    assert any(b"zwaluwstaart" in f.read_bytes().lower() for f in _files(project_path, project_id))
    assert main(["erase", str(project_path), "778899", "--yes"]) == 0
    assert "FOUND" not in capsys.readouterr().out
    assert _traces_in(project_path, project_id) == []
    with Project.open(project_path, readonly=True) as project:
        (row,) = project.query("SELECT text, owner FROM plan_actions WHERE finding = 'hr'")
    assert row["owner"].startswith("#Removed person") and "laat Bob zien hoe" in row["text"]


def test_a_damaged_backup_copy_is_removed_and_never_blocks_the_project(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_id = _make(project_path)
    damaged = list_backups(project_id)[0].path
    damaged.write_bytes(damaged.read_bytes()[:5000])
    assert main(["erase", str(project_path), "778899", "--yes"]) == 0
    out, err = capsys.readouterr()
    assert "FOUND" not in out
    assert f"The backup copy {damaged} was damaged" in err
    assert not damaged.exists()
    assert _traces_in(project_path, project_id) == []
    # Changes to the project go on as before.
    assert main(["waves", str(project_path), "--new", "Meting 2"]) == 0


def test_erasure_reaches_the_kiosk_rescue_file(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kennisnet.importing.responses.rescue import draft_to_json, rescue_path, waiting_answers

    project_id = _make(project_path)
    with Project.open(project_path, readonly=True) as project:
        people = {p.name: p.id for p in project.people()}
    mine = ResponseDraft(
        respondent_id=people[NAME],
        nominations=(NominationDraft(source_id=people["Bob Jansen"]),),
        uuid="11111111-1111-4111-8111-111111111111",
        submitted_at="2026-03-02T10:00:00+00:00",
    )
    theirs = ResponseDraft(
        respondent_id=people["Dirk de Boer"],
        nominations=(
            NominationDraft(source_id=people[NAME]),
            NominationDraft(source_id=people["Bob Jansen"], topic="met Anne Zwaluwstaart"),
        ),
        uuid="22222222-2222-4222-8222-222222222222",
        submitted_at="2026-03-02T10:05:00+00:00",
    )
    rescue = rescue_path(project_id)
    rescue.parent.mkdir(parents=True, exist_ok=True)
    rescue.write_text(
        json.dumps(
            {
                "schema": "kennisnet.kiosk-rescue/1",
                "project_id": project_id,
                "project_name": "Wissen",
                "responses": [
                    {"name": NAME, "replace": False, "draft": draft_to_json(mine)},
                    {"name": "Dirk de Boer", "replace": False, "draft": draft_to_json(theirs)},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert b"zwaluwstaart" in rescue.read_bytes().lower()
    assert main(["erase", str(project_path), "778899", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"{rescue}: not found" in out
    assert b"zwaluwstaart" not in rescue.read_bytes().lower()
    kept = json.loads(rescue.read_text(encoding="utf-8"))["responses"]
    assert [entry["name"] for entry in kept] == ["Dirk de Boer"]
    assert [n["source_id"] for n in kept[0]["draft"]["nominations"]] == [people["Bob Jansen"]]
    with Project.open(project_path) as project:
        assert waiting_answers(project, rescue) <= 1
