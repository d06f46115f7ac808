"""A second wave through the command line: every answer counts, and compare tells the truth.

The organisation: 10 people, Anne trained on the staff list. Wave 1, everyone answered
(ties learner -> source): Bob->Anne, Carla->Bob, Daan->Carla, Eva->Daan, Fleur->Anne,
Gijs->Fleur, Hanna->Fleur, Ilse->Joost, Joost->Ilse; Anne names nobody.

Within two steps of Anne: Bob, Carla, Fleur, Gijs, Hanna (5 people, plus Anne).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_steps import run, write_csv

from kennisnet.importing.responses import import_responses, plan_responses
from kennisnet.store import Project

NAMES = [
    "Anne Bakker", "Bob Visser", "Carla Smit", "Daan Mulder", "Eva de Boer",
    "Fleur Bos", "Gijs Peters", "Hanna Dekker", "Ilse Vos", "Joost Meijer",
]  # fmt: skip
TIES = [(2, 1), (3, 2), (4, 3), (5, 4), (6, 1), (7, 6), (8, 6), (9, 10), (10, 9)]


def answers(path: Path, ties: list[tuple[int, int]], respondents: list[int]) -> Path:
    sources = dict(ties)
    rows = [["Respondent", "Bron 1", "Kanalen"]]
    rows += [
        [NAMES[r - 1], NAMES[sources[r] - 1] if r in sources else "", "collega"]
        for r in respondents
    ]
    return write_csv(path, rows)


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    roster = write_csv(
        tmp_path / "personeel.csv",
        [["Naam", "Afdeling", "Personeelsnummer", "Getraind"]]
        + [[n, "Zorg", str(i), "ja" if i == 1 else "nee"] for i, n in enumerate(NAMES, 1)],
    )
    code, _, err = run(capsys, "new", str(tmp_path / "zorg"), "--roster", str(roster))
    assert code == 0, err
    path = tmp_path / "zorg.kennisnet"
    first = answers(tmp_path / "meting1.csv", TIES, list(range(1, 11)))
    code, out, err = run(capsys, "import", str(path), str(first))
    assert code == 0, err
    assert "Imported 10 responses" in out
    return path


def test_identical_answers_in_a_second_wave_all_count(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "waves", str(project), "--new", "Meting 2")
    assert code == 0, err
    # The same file again, now in wave 2: 10 new answers of wave 2, identical or not.
    same = tmp_path / "meting1.csv"
    code, out, err = run(capsys, "import", str(project), str(same))
    assert code == 0, err
    assert "Imported 10 responses (0 replace an earlier answer; 0 were already in the" in out
    # Importing it into the same wave again changes nothing.
    code, out, _ = run(capsys, "import", str(project), str(same))
    assert "Imported 0 responses (0 replace an earlier answer; 10 were already in the" in out
    # One person changed their answer in wave 2 (Ilse now asks Eva): replaces theirs only.
    changed = answers(tmp_path / "ilse.csv", [(9, 5)], [9])
    code, out, err = run(capsys, "import", str(project), str(changed))
    assert code == 1 and "--replace" in err  # replacing an answer is asked for, not assumed
    code, out, _ = run(capsys, "import", str(project), str(changed), "--replace")
    assert "Imported 1 response (1 replaces an earlier answer; 0 were already" in out
    code, out, _ = run(capsys, "waves", str(project))
    lines = [line for line in out.splitlines() if line.strip().startswith(("1.", "2."))]
    assert "10 of 10 answered" in lines[0] and "10 of 10 answered" in lines[1]
    with Project.open(project, readonly=True) as p:
        assert (p.response_count(1), p.response_count(2)) == (10, 10)
        # Wave 1 keeps Ilse's first answer (Joost); wave 2 has her new one (Eva).
        ilse = 9
        ties = {
            w: [n.source_id for r in p.snapshot(w).responses if r.respondent_id == ilse
                for n in r.nominations]
            for w in (1, 2)
        }  # fmt: skip
        assert ties == {1: [10], 2: [5]}

    code, out, err = run(capsys, "compare", str(project), "1", "2", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "kennisnet.compare/1"
    assert data["comparable"] is True and data["reasons"] == []
    assert data["basis"]["answered_both"] == 10
    assert data["basis"]["response_rate"] == {"before": 1.0, "after": 1.0}
    assert data["basis"]["joined"] == data["basis"]["left"] == []
    # Ilse -> Eva -> Daan -> Carla -> Bob -> Anne is 5 steps: still too far, as Ilse ->
    # Joost was. No route changed.
    assert data["changes"]["now_reach"] == data["changes"]["no_longer_reach"] == []
    code, text, _ = run(capsys, "compare", str(project), "1", "2")
    assert "- 10 people answered both times." in text
    assert "Of the 10 people who answered both times:" in text
    assert "- Nobody's route to trained knowledge has changed." in text


def test_an_empty_a_partial_and_a_complete_second_wave(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "waves", str(project), "--new", "Na de training")
    # Empty: wave 2 has no answers yet.
    code, out, err = run(capsys, "compare", str(project), "1", "2")
    assert code == 0, err
    assert "Na de training has no answers yet." in out
    assert "These waves cannot be compared yet" in out
    assert "10 people answered in Wave 1 but not (yet) in Na de training." in out
    assert "reach" not in out and "key knowledge holder" not in out
    code, out, _ = run(capsys, "--lang", "nl", "compare", str(project), "1", "2")
    assert "Na de training heeft nog geen antwoorden." in out
    assert "Deze metingen zijn nog niet te vergelijken" in out

    # Partial: 4 of 10 (40%) answered; Daan now learns from Bob after the training.
    partial = answers(tmp_path / "deel.csv", [(2, 1), (3, 2), (4, 2), (5, 4)], [2, 3, 4, 5])
    run(capsys, "import", str(project), str(partial))
    code, out, _ = run(capsys, "compare", str(project), "1", "2", "--json")
    data = json.loads(out)
    assert data["comparable"] is False and data["changes"] is None
    assert data["basis"]["response_rate"]["after"] == 0.4
    assert [r["code"] for r in data["reasons"]] == ["low_response"]
    assert data["basis"]["answered_both"] == 4
    code, out, _ = run(capsys, "compare", str(project), "1", "2")
    assert "Only 40% answered in Na de training; the waves can be compared when at least " in out
    assert "Can now reach" not in out
    # HR can ask for less (or more) on purpose; 40% passes a minimum of 40%.
    code, out, _ = run(capsys, "compare", str(project), "1", "2", "--min-response", "40", "--json")
    data = json.loads(out)
    assert (data["min_response_rate"], data["comparable"]) == (0.4, True)
    assert data["basis"]["answered_both"] == 4
    # Bob, Carla, Daan, Eva: Daan -> Bob -> Anne now (before Daan -> Carla -> Bob -> Anne).
    assert [p["name"] for p in data["changes"]["now_reach"]] == ["Daan Mulder"]
    code, _, err = run(capsys, "compare", str(project), "1", "2", "--min-response", "0")
    assert code == 2 and "--min-response is a percentage from 1 to 100, not 0." in err

    # Complete: 9 of 10 (90%): everyone but Hanna, who is listed apart. Of the 9 who
    # answered both times, Daan now reaches Anne in 2 steps (Daan -> Bob -> Anne; before
    # 3: Daan -> Carla -> Bob -> Anne); Eva -> Daan -> Bob -> Anne is 3 steps: too far.
    rest = answers(
        tmp_path / "rest.csv",
        [(6, 1), (7, 6), (9, 10), (10, 9)],
        [1, 6, 7, 9, 10],
    )
    code, out, err = run(capsys, "import", str(project), str(rest))
    assert code == 0, err
    code, out, _ = run(capsys, "compare", str(project), "1", "2", "--json")
    data = json.loads(out)
    assert data["comparable"] is True
    assert data["basis"]["answered_both"] == 9
    assert [p["name"] for p in data["basis"]["not_answered_after"]] == ["Hanna Dekker"]
    assert [p["name"] for p in data["changes"]["now_reach"]] == ["Daan Mulder"]
    assert data["changes"]["no_longer_reach"] == []
    code, out, _ = run(capsys, "compare", str(project), "1", "2")
    assert "Of the 9 people who answered both times:" in out
    assert "- 1 person can now reach a trained colleague within two steps." in out
    assert "Answered in Wave 1 but not (yet) in Na de training: not part of the changes (1)" in out
    assert "- Hanna Dekker (Zorg)" in out
    code, _, err = run(capsys, "compare", str(project), "2", "2")
    assert code == 2 and "Choose two different waves." in err

    # Success over time, and what became of the first wave's plan: nothing accepted yet.
    code, out, _ = run(capsys, "compare", str(project), "1", "2")
    assert "Indicators across the waves" in out
    assert "No action of that plan was accepted or marked done." in out
    # HR accepted the first action of wave 1 and marked it done: the comparison reports it.
    code, _, err = run(capsys, "plan", str(project), "--wave", "1", "--accept", "1", "--done", "1")
    assert code == 0, err
    code, out, _ = run(capsys, "compare", str(project), "1", "2", "--json")
    data = json.loads(out)
    assert [row["wave"]["name"] for row in data["indicators"]] == ["Wave 1", "Na de training"]
    follow = data["plan_follow_up"]
    assert follow["wave"] == "Wave 1" and len(follow["actions"]) == 1
    assert follow["actions"][0]["status"] == "done"
    code, out, _ = run(capsys, "compare", str(project), "1", "2")
    assert "What became of the plan of Wave 1:" in out and "(done)" in out


def test_a_file_from_before_answers_had_a_wave_identity_is_still_recognised(
    project: Path, tmp_path: Path
) -> None:
    """Answers stored with their content identity alone stay duplicates in their wave."""
    first = tmp_path / "meting1.csv"
    again = tmp_path / "again.kennisnet"
    # A project whose wave-1 answers carry the identity without the wave (as older
    # versions stored them).
    with Project.open(project) as p:
        roster = [(q.name, q.department, q.employee_number, q.trained_hr) for q in p.people()]
    with Project.create(again, name="Oud") as old:
        for name, dept, number, trained in roster:
            old.add_person(name=name, department=dept, employee_number=number, trained_hr=trained)
        plan = plan_responses(old, first)
        for _, draft in plan.drafts:
            old.add_response(draft)
        stored = old.response_uuids(1)
        assert stored == {d.uuid for _, d in plan.drafts}
        report = import_responses(old, first)
        assert (report.added, report.already_there) == (0, 10)
        old.add_wave("Meting 2")
        report = import_responses(old, first)
        assert (report.added, report.already_there) == (10, 0)
        assert old.response_count(2) == 10


def test_someone_who_joins_after_the_first_wave_is_not_counted_in_it(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "waves", str(project), "--new", "Meting 2")
    roster = write_csv(
        tmp_path / "personeel-2.csv",
        [["Naam", "Afdeling", "Personeelsnummer", "Getraind"]]
        + [[n, "Zorg", str(i), "ja" if i == 1 else "nee"] for i, n in enumerate(NAMES, 1)]
        + [["Karin Jacobs", "Zorg", "11", "nee"]],
    )
    code, _, err = run(capsys, "roster", str(project), str(roster))
    assert code == 0, err
    run(capsys, "import", str(project), str(tmp_path / "meting1.csv"))
    code, out, _ = run(capsys, "compare", str(project), "1", "2", "--json")
    data = json.loads(out)
    # Wave 1: 10 of the 10 people then on the staff list; wave 2: 10 of 11 (91%).
    assert (data["before"]["roster"], data["before"]["answered"]) == (10, 10)
    assert (data["after"]["roster"], data["after"]["answered"]) == (11, 10)
    assert data["basis"]["response_rate"] == {"before": 1.0, "after": 0.9091}
    assert [p["name"] for p in data["basis"]["joined"]] == ["Karin Jacobs"]
    assert data["basis"]["left"] == [] and data["basis"]["answered_both"] == 10
    assert data["comparable"] is True
    code, out, _ = run(capsys, "compare", str(project), "1", "2")
    assert "- 1 person joined the staff list between the waves." in out
    assert "Joined the staff list (1)\n- Karin Jacobs (Zorg)" in out
    code, out, _ = run(capsys, "waves", str(project))
    assert "10 of 10 answered" in out and "10 of 11 answered" in out
    # The analysis of wave 1 does not count her either.
    code, out, _ = run(capsys, "analyze", str(project), "--wave", "1", "--json")
    assert json.loads(out)["response_quality"]["rate"] == 1.0


def test_a_new_reading_of_the_same_file_is_never_reported_as_stored_when_it_is_not(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file with a column Kennisnet cannot place: its names are not read, and it says so.
    path = write_csv(
        tmp_path / "extra.csv",
        [
            ["Respondent", "Bron 1", "Nog iemand"],
            [NAMES[0], NAMES[1], NAMES[2]],
            [NAMES[3], NAMES[4], NAMES[5]],
        ],
    )
    code, out, err = run(capsys, "waves", str(project), "--new", "Meting 2")
    assert code == 0, err
    code, out, err = run(capsys, "import", str(project), str(path))
    assert code == 0, err
    assert 'Column "Nog iemand" was not read' in out + err
    # The same file again, read the same way: nothing new, and the report says so.
    code, out, _ = run(capsys, "import", str(project), str(path), "--dry-run")
    assert "Dry run: 0 responses would be imported" in out
    assert "2 answers in this file are already in the project" in out
    assert "Colleagues named: 2 read, 0 stored" in out
    # Read with the extra column as a source: a new reading replaces the earlier answers,
    # which is asked for, not assumed.
    code, out, err = run(capsys, "import", str(project), str(path), "--map", "Nog iemand=source 2")
    assert code == 1 and "--replace" in err
    code, out, err = run(
        capsys, "import", str(project), str(path), "--map", "Nog iemand=source 2", "--replace"
    )
    assert code == 0, err
    assert "Colleagues named: 4 read, 4 stored" in out
    with Project.open(project, readonly=True) as p:
        data = p.snapshot(2)
    assert sorted(len(r.nominations) for r in data.responses) == [2, 2]


def test_answers_can_be_put_in_a_named_wave(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A corrected paper answer of wave 1 comes in after HR started wave 2 in Kennisnet.
    code, _, err = run(capsys, "waves", str(project), "--new", "Meting 2")
    assert code == 0, err
    late = answers(tmp_path / "laat.csv", [(2, 3)], [2])  # Bob learns from Carla after all
    code, out, err = run(capsys, "import", str(project), str(late), "--wave", "1", "--replace")
    assert code == 0, err
    assert "Imported 1 response (1 replaces an earlier answer" in out
    code, _, err = run(capsys, "import", str(project), str(late), "--wave", "9")
    assert code == 1 and "no wave 9" in err
    with Project.open(project, readonly=True) as p:
        ids = {x.name: x.id for x in p.people()}
        assert (p.response_count(1), p.response_count(2)) == (10, 0)
        bob = next(r for r in p.snapshot(1).responses if r.respondent_id == ids[NAMES[1]])
        assert [n.source_id for n in bob.nominations] == [ids[NAMES[2]]]
