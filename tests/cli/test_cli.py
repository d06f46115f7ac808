"""The command line as a new HR user would use it: plain messages, exit codes, no tracebacks."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_steps import run, write_csv

from kennisnet.cli import main
from kennisnet.store import Project


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "personeel.csv",
        [
            ["Naam", "Afdeling", "Personeelsnummer", "Getraind"],
            ["Anne de Vries", "Zorg", "1", "ja"],
            ["Bob Jansen", "Zorg", "2", "nee"],
            ["Carla Smit", "ICT", "3", ""],
            ["Jan Smit", "ICT", "4", ""],
            ["Jan Bos", "ICT", "5", ""],
        ],
    )


def test_new_import_resolve_analyze(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roster: Path
) -> None:
    project = tmp_path / "zorg"
    code, out, err = run(capsys, "new", str(project), "--roster", str(roster))
    assert code == 0, err
    assert "with 5 people" in out
    path = tmp_path / "zorg.kennisnet"
    assert path.exists()

    answers = write_csv(
        tmp_path / "antwoorden.csv",
        [
            ["Respondent", "Bron 1", "Frequentie 1", "Bron 2"],
            ["Bob Jansen", "de Vries, Anne", "dagelijks", "Jan"],
            ["Carla Smit", "bob jansen", "wekelijks", "Piet van de leverancier"],
        ],
    )
    code, out, err = run(capsys, "import", str(path), str(answers))
    assert code == 0, err
    assert "Imported 2 responses" in out
    assert '"Jan" could be: Jan Smit, Jan Bos' in out or '"Jan" is not on the roster' in out
    assert "kennisnet resolve" in out

    code, out, _ = run(capsys, "resolve", str(path))
    assert code == 0
    assert "2 names still need a decision" in out

    code, out, err = run(capsys, "resolve", str(path), "Jan", "--as", "Jan Bos")
    assert code == 0, err
    code, out, err = run(capsys, "resolve", str(path), "piet van de leverancier", "--external")
    assert code == 0, err
    code, out, _ = run(capsys, "resolve", str(path))
    assert "no names left" in out

    code, out, err = run(capsys, "analyze", str(path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["schema"] == "kennisnet.analysis/1"
    people = {p["name"]: p for p in result["people"]}
    assert people["Anne de Vries"]["in_degree"] == 1
    assert people["Jan Bos"]["in_degree"] == 1
    assert "Piet van de leverancier" not in people  # external: out of the metrics

    code, out, err = run(capsys, "analyze", str(path))
    assert code == 0, err
    assert "answered" in out


def test_resolve_with_a_decisions_sheet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roster: Path
) -> None:
    path = tmp_path / "p.kennisnet"
    run(capsys, "new", str(path), "--roster", str(roster))
    answers = write_csv(
        tmp_path / "a.csv", [["Respondent", "Bron 1", "Bron 2"], ["Bob Jansen", "Jan", "Gerrit"]]
    )
    run(capsys, "import", str(path), str(answers))
    sheet = tmp_path / "besluiten.csv"
    code, out, _ = run(capsys, "resolve", str(path), "--write", str(sheet))
    assert code == 0
    with sheet.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    decisions = {"Jan": "Jan Smit", "Gerrit": "extern"}
    for row in rows[1:]:
        row[3] = decisions[row[0]]
    with sheet.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    code, out, err = run(capsys, "resolve", str(path), "--file", str(sheet))
    assert code == 0, err
    assert "2 decisions applied" in out
    with Project.open(path, readonly=True) as project:
        assert project.pending_names() == []
        assert [p.name for p in project.people() if p.external] == ["Gerrit"]


def test_bad_roster_gives_row_report_and_no_project(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = write_csv(
        tmp_path / "fout.csv",
        [["Naam", "Getraind"], ["Anne", "ja"], ["", "nee"], ["Bob", "soms"]],
    )
    code, out, err = run(capsys, "new", str(tmp_path / "p"), "--roster", str(bad))
    assert code == 1
    assert "Row 3: the name is empty" in err
    assert 'Row 4: "soms"' in err
    assert "No project was created" in err
    assert "Traceback" not in err + out
    assert not (tmp_path / "p.kennisnet").exists()


def test_picture_as_roster(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    picture = tmp_path / "personeel.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code, _, err = run(capsys, "new", str(tmp_path / "p"), "--roster", str(picture))
    assert code == 1
    assert "PNG" in err
    assert not (tmp_path / "p.kennisnet").exists()


def test_missing_and_damaged_project(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "info", str(tmp_path / "nope.kennisnet"))
    assert code == 1
    assert "no project file" in err
    damaged = tmp_path / "kapot.kennisnet"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(50))
    code, _, err = run(capsys, "info", str(damaged))
    assert code == 1
    assert "damaged" in err


def test_import_needs_a_respondent_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roster: Path
) -> None:
    path = tmp_path / "p.kennisnet"
    run(capsys, "new", str(path), "--roster", str(roster))
    answers = write_csv(tmp_path / "a.csv", [["Wie", "Bron 1"], ["Bob Jansen", "Anne de Vries"]])
    code, _, err = run(capsys, "import", str(path), str(answers))
    assert code == 1
    assert "No column says who answered" in err
    code, out, err = run(capsys, "import", str(path), str(answers), "--map", "Wie=respondent")
    assert code == 0, err
    assert '"Wie" → respondent' in out


def test_bad_map_argument_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roster: Path
) -> None:
    path = tmp_path / "p.kennisnet"
    run(capsys, "new", str(path), "--roster", str(roster))
    code, _, err = run(capsys, "import", str(path), str(roster), "--map", "zonder-is-teken")
    assert code == 2
    assert "should look like" in err


def test_template_and_demo(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "template", str(tmp_path / "t.xlsx"))
    assert code == 0
    assert (tmp_path / "t.xlsx").stat().st_size > 1000
    code, _, err = run(capsys, "template", str(tmp_path / "t.pdf"))
    assert code == 2
    code, out, err = run(capsys, "demo")
    assert code == 0, err
    copy = Path(os.environ["KENNISNET_HOME"]) / "demo"
    assert list(copy.glob("*.kennisnet"))
    assert "Henk Bakker" in out  # the demo's overloaded expert
    assert "Installatietechniek Van Dijk" in out


def test_a_window_without_screens_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Without the screens (no start_gui), the workshop says how to start it.
    code, _, err = run(capsys, "workshop", str(tmp_path / "p.kennisnet"))
    assert code == 3
    assert "needs the app's screens" in err


def test_dutch_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--lang", "nl", "info", str(tmp_path / "nope.kennisnet"))
    assert code == 1
    assert "projectbestand" in err.lower()
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "nl", "--help"])
    assert caught.value.code == 0
    out, _ = capsys.readouterr()
    assert "gebruik:" in out
    assert "personeelslijst" in out


def test_entry_point_help_version_and_unknown_command() -> None:
    for args, code in ((["--version"], 0), (["--help"], 0), (["bestaat-niet"], 2)):
        done = subprocess.run(
            [sys.executable, "-m", "kennisnet", *args],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "LANG": "en_US.UTF-8"},
        )
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr
    version = subprocess.run(
        [sys.executable, "-m", "kennisnet", "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.stdout.startswith("Kennisnet ")


def test_analyze_a_chosen_wave(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roster: Path
) -> None:
    path = tmp_path / "p.kennisnet"
    run(capsys, "new", str(path), "--roster", str(roster))
    first = write_csv(
        tmp_path / "a.csv", [["Respondent", "Bron 1"], ["Bob Jansen", "Anne de Vries"]]
    )
    run(capsys, "import", str(path), str(first))
    with Project.open(path) as project:
        project.add_wave("Na de training")
    second = write_csv(tmp_path / "b.csv", [["Respondent", "Bron 1"], ["Carla Smit", "Jan Bos"]])
    run(capsys, "import", str(path), str(second))
    code, out, err = run(capsys, "analyze", str(path), "--json", "--wave", "1")
    assert code == 0, err
    people = {p["name"]: p for p in json.loads(out)["people"]}
    assert people["Anne de Vries"]["in_degree"] == 1
    assert people["Jan Bos"]["in_degree"] == 0
    code, out, err = run(capsys, "analyze", str(path), "--json", "--wave", "na de training")
    people = {p["name"]: p for p in json.loads(out)["people"]}
    assert (people["Anne de Vries"]["in_degree"], people["Jan Bos"]["in_degree"]) == (0, 1)
    code, _, err = run(capsys, "analyze", str(path), "--wave", "7")
    assert code == 1
    assert "no wave 7" in err
    assert "Na de training" in err


def test_waves_and_compare(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, roster: Path
) -> None:
    """Repeat the survey after training Carla, then compare: Bob now reaches trained knowledge."""
    path = tmp_path / "p.kennisnet"
    run(capsys, "new", str(path), "--roster", str(roster))
    before = write_csv(tmp_path / "a.csv", [["Respondent", "Bron 1"], ["Bob Jansen", "Jan Bos"]])
    run(capsys, "import", str(path), str(before))
    code, out, err = run(capsys, "waves", str(path), "--new", "Na de training")
    assert code == 0, err
    assert 'Wave 2 "Na de training" has started' in out
    after = write_csv(
        tmp_path / "b.csv", [["Respondent", "Bron 1"], ["Bob Jansen", "Anne de Vries"]]
    )
    run(capsys, "import", str(path), str(after))
    code, out, _ = run(capsys, "waves", str(path))
    assert code == 0
    lines = [line for line in out.splitlines() if line.strip().startswith(("1.", "2."))]
    assert len(lines) == 2
    assert "1 of 5 answered" in lines[0]
    assert "current" in lines[1]
    code, out, err = run(capsys, "compare", str(path), "1", "Na de training")
    assert code == 0, err
    # 1 of 5 answered in each wave: too few to compare (see test_waves_cli.py).
    assert "Only 20% answered in Wave 1; the waves can be compared when at least 65%" in out
    assert "reach" not in out
    code, _, err = run(capsys, "compare", str(path), "1", "9")
    assert code == 1
    assert "no wave 9" in err


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ("management report", "slide deck")), ("nl", ("managementrapport", "presentatie"))],
)
def test_the_command_list_names_the_report_and_the_deck_under_export(
    capsys: pytest.CaptureFixture[str], lang: str, words: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--lang", lang, "--help"])
    assert caught.value.code == 0
    out, _ = capsys.readouterr()
    # The command's line in the list (wrapped by argparse: read as one line).
    rows = out.splitlines()
    start = next(i for i, row in enumerate(rows) if row.strip().startswith("export "))
    entry = [rows[start]]
    for row in rows[start + 1 :]:
        if not row.startswith(" " * 10):  # the next command or section
            break
        entry.append(row)
    line = " ".join(" ".join(entry).split()).lower()
    for word in words:
        assert word in line, line
