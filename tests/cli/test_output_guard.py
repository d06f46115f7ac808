"""Nothing lost: no command writes onto a project or over a file it was not allowed to replace.

Each case runs through the real command line on a real project and compares the
project's bytes (and its -wal/-shm files) before and after.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from kennisnet.cli import main
from kennisnet.outputs import (
    OntoProject,
    OutputExists,
    OutputRefused,
    check_target,
    is_project_file,
    output_file,
    write_all,
)
from kennisnet.resources import resource
from kennisnet.store import Project


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A real project (not the demo) with answers and names waiting for a decision."""
    roster = tmp_path / "staff.csv"
    roster.write_text(
        "Naam;Afdeling;Getraind\nAnne de Vries;Zorg;ja\nBob Jansen;Zorg;nee\nCarla Smit;ICT;\n",
        encoding="utf-8",
    )
    path = tmp_path / "P.kennisnet"
    assert main(["new", str(path), "--roster", str(roster)]) == 0
    answers = tmp_path / "answers.csv"
    answers.write_text(
        "Respondent;Bron 1;Bron 2\nBob Jansen;Anne de Vries;Onbekend Iemand\n"
        "Carla Smit;Bob Jansen;\n",
        encoding="utf-8",
    )
    assert main(["import", str(path), str(answers)]) == 0
    capsys.readouterr()
    return path


#: Every CLI way to write a file, aimed at the target ``{t}``.
WRITERS = [
    ["export", "{p}", "--xlsx", "{t}"],
    ["export", "{p}", "--png", "{t}"],
    ["export", "{p}", "--pdf", "{t}"],
    ["export", "{p}", "--svg", "{t}"],
    ["export", "{p}", "--graphml", "{t}"],
    ["export", "{p}", "--gexf", "{t}"],
    ["export", "{p}", "--codes", "{t}"],
    ["export", "{p}", "--png", "{ok}", "--xlsx", "{t}"],
    ["resolve", "{p}", "--write", "{t}"],
    ["import", "{p}", "{bad}", "--report", "{t}"],
    ["import", "{p}", "{bad}", "--report", "{t}", "--dry-run"],
    ["template", "{t}"],
    ["demo", "--fresh", "--path", "{t}"],
]


def fill(args: list[str], **values: Path) -> list[str]:
    return [a.format(**{k: str(v) for k, v in values.items()}) for a in args]


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("args", WRITERS, ids=lambda a: "-".join(x for x in a if "{" not in x))
def test_no_command_writes_onto_the_project(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    project: Path,
    args: list[str],
    force: bool,
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a;b\n1;2\n", encoding="utf-8")
    template_args = args[0] == "template"
    # The template command needs a name ending in .xlsx/.csv: a project file with that name.
    target = project
    if template_args:
        target = tmp_path / "renamed-project.xlsx"
        target.write_bytes(project.read_bytes())
    before = state(tmp_path)
    argv = fill(args, p=project, t=target, ok=tmp_path / "ok.png", bad=bad)
    code = main([*argv, "--force"] if force else argv)
    out, err = capsys.readouterr()
    assert code == 1, (out, err)
    assert "Written" not in out and "Wrote" not in out
    assert "never" in err and "Traceback" not in err
    assert state(tmp_path) == before  # not a byte changed, no file added or left behind
    with Project.open(project, readonly=True) as opened:
        assert opened.roster_size() == 3


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_nor_onto_its_side_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], project: Path, side: str
) -> None:
    target = project.with_name(project.name + side)
    before = state(tmp_path)
    assert main(["export", str(project), "--graphml", str(target), "--force"]) == 1
    assert "belongs to the project" in capsys.readouterr().err
    assert state(tmp_path) == before


def test_a_project_under_any_name_is_recognised(tmp_path: Path, project: Path) -> None:
    disguised = tmp_path / "results.xlsx"
    disguised.write_bytes(project.read_bytes())
    assert is_project_file(disguised)
    assert not is_project_file(tmp_path / "bad-or-missing.csv")
    with pytest.raises(OntoProject):
        check_target(disguised, force=True)
    # An open project is protected even before its -wal file exists.
    fresh = tmp_path / "new.kennisnet"
    with pytest.raises(OntoProject):
        check_target(fresh.with_name("new.kennisnet-wal"), protect=[fresh])
    # Names ending in .kennisnet are kept for projects.
    with pytest.raises(OntoProject):
        check_target(tmp_path / "export.kennisnet")


def test_an_existing_file_is_replaced_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    cases = [
        (["export", str(project), "--xlsx", "{t}"], "out.xlsx"),
        (["export", str(project), "--codes", "{t}"], "codes.csv"),
        (["resolve", str(project), "--write", "{t}"], "decisions.csv"),
        (["template", "{t}"], "template.csv"),
    ]
    for args, name in cases:
        target = tmp_path / name
        target.write_text("filled in by hand", encoding="utf-8")
        argv = [a.replace("{t}", str(target)) for a in args]
        assert main(argv) == 1
        out, err = capsys.readouterr()
        assert "already exists" in err and "--force" in err
        assert "Written" not in out and "Wrote" not in out
        assert target.read_text(encoding="utf-8") == "filled in by hand"
        assert main([*argv, "--force"]) == 0
        assert target.read_bytes() != b"filled in by hand"
        capsys.readouterr()
    assert not list(tmp_path.glob(".kennisnet-*"))  # no temporary file left


def test_a_multi_file_export_is_all_or_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    existing = tmp_path / "b.png"
    existing.write_bytes(b"keep me")
    before = state(tmp_path)
    code = main(
        ["export", str(project), "--xlsx", str(tmp_path / "a.xlsx"), "--png", str(existing)]
    )
    out, err = capsys.readouterr()
    assert code == 1 and "b.png already exists" in err
    assert "Written" not in out
    assert state(tmp_path) == before  # a.xlsx was not written either
    # Named twice: refused before anything is written.
    assert main(["export", str(project), "--xlsx", str(tmp_path / "a.xlsx"), "--png",
                 str(tmp_path / "a.xlsx")]) == 1  # fmt: skip
    assert "named twice" in capsys.readouterr().err
    assert state(tmp_path) == before


def test_a_failure_midway_keeps_the_old_files_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("old one", encoding="utf-8")

    def fails(_temp: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_all(
            [(first, lambda t: t.write_text("new", encoding="utf-8")), (second, fails)],
            force=True,
        )
    assert first.read_text(encoding="utf-8") == "old one"
    assert not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt"]
    with pytest.raises(RuntimeError), output_file(second) as temp:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("stop")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt"]


def test_refusals_are_output_refused_with_the_paths(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExists) as caught:
        check_target(target)
    assert caught.value.paths == (target,)
    with pytest.raises(OutputRefused):
        check_target(tmp_path)
    with pytest.raises(OutputRefused):
        check_target(tmp_path / "missing" / "x.csv", force=True)


def test_demo_replaces_only_its_own_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    before = digest(project)
    assert main(["demo", "--fresh", "--path", str(project)]) == 1
    assert "not a copy of the demo" in capsys.readouterr().err
    assert digest(project) == before
    # An earlier demo copy is replaced by --fresh (that is what it is for).
    copy = tmp_path / "demo.kennisnet"
    assert main(["demo", "--path", str(copy)]) == 0
    with sqlite3.connect(copy) as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('note', 'changed')")
    conn.close()
    assert digest(copy) != digest(resource("demo", "demo.kennisnet"))
    assert main(["demo", "--fresh", "--path", str(copy)]) == 0
    assert digest(copy) == digest(resource("demo", "demo.kennisnet"))
    # Another existing file only with --force.
    other = tmp_path / "notes.kennisnet"
    other.write_text("my notes", encoding="utf-8")
    assert main(["demo", "--fresh", "--path", str(other)]) == 1
    assert other.read_text(encoding="utf-8") == "my notes"
    assert main(["demo", "--fresh", "--path", str(other), "--force"]) == 0
    assert is_project_file(other)
    capsys.readouterr()


def test_the_temporary_file_is_beside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with output_file(target) as temp:
        assert temp.parent == target.parent and temp.name.startswith(".kennisnet-")
        assert temp.stat().st_dev == tmp_path.stat().st_dev
        temp.write_text("x", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "x" and not temp.exists()


def test_a_written_file_gets_the_usual_rights_of_a_new_file(tmp_path: Path) -> None:
    # Written through a private temporary file, but readable as any new file would be.
    mask = os.umask(0o022)
    os.umask(mask)
    target = tmp_path / "out.csv"
    with output_file(target) as temp:
        temp.write_text("x", encoding="utf-8")
    plain = tmp_path / "plain.csv"
    plain.write_text("x", encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
