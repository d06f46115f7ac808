"""The plan on the demo project: the issue's acceptance checks, read through the CLI too."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kennisnet.analysis import analyze
from kennisnet.cli import main
from kennisnet.plan import Form, action_text, propose
from kennisnet.resources import resource
from kennisnet.store import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    target = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), target)
    return target


def _months_back(day: date, months: int) -> date:
    # Written out again here, independent of the plan code.
    year, month = day.year, day.month - months
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, min(day.day, 28))


def test_demo_plan_meets_the_acceptance_checks(demo: Path) -> None:
    with Project.open(demo, readonly=True) as project:
        data = project.snapshot()
    result = analyze(data)
    plan = propose(result, data)
    keys = [a.key for a in plan.actions]
    by_key = {a.key: a for a in plan.actions}

    # Training before job shadowing, for each risk cluster.
    assert result.risk_clusters
    for cluster in result.risk_clusters:
        shadow = [
            a for a in plan.actions if a.form is Form.JOB_SHADOWING and a.cluster == cluster.id
        ]
        assert len(shadow) == 1
        assert shadow[0].after, f"cluster {cluster.id}: no training first"
        for first in shadow[0].after:
            assert by_key[first].form is Form.FORMAL_TRAINING
            assert keys.index(first) < keys.index(shadow[0].key)
            assert set(by_key[first].people) & set(cluster.members)

    # A trained buddy for each newcomer where one exists (the demo has trained people).
    wave_day = date.fromisoformat(data.wave.started_at[:10])
    since = _months_back(wave_day, 6)
    new = sorted(
        p.id
        for p in data.people
        if p.start_date and date.fromisoformat(p.start_date) >= since and not p.external
    )
    assert new and tuple(new) == plan.newcomers
    buddies = {b.newcomer: b.buddy for b in plan.buddies}
    assert sorted(buddies) == new
    for buddy in buddies.values():
        assert result.person(buddy).trained is True
        assert not result.person(buddy).overloaded
        assert buddy not in new
        assert list(buddies.values()).count(buddy) <= 2

    # An action for each habit spreader (formal training) and each gatekeeper (mentoring).
    for p in result.people:
        if p.habit_spreader:
            assert any(a.form is Form.FORMAL_TRAINING and p.id in a.people for a in plan.actions), (
                p.id
            )
        if p.gatekeeper_of > 0:
            assert f"gatekeeper:{p.id}" in by_key
            assert by_key[f"gatekeeper:{p.id}"].form is Form.MENTORING

    # Every sentence is complete in both languages.
    label = {p.id: p.name for p in data.people}.__getitem__
    for a in plan.actions:
        for lang in ("en", "nl"):
            text = action_text(a, label, lang)
            assert "{" not in text and "}" not in text and len(text) > 40


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_is_versioned_and_names_people_by_id(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()
    code, out, _ = _run(capsys, "plan", str(demo), "--json")
    assert code == 0
    assert demo.read_bytes() == before  # reading the plan changes nothing
    doc = json.loads(out)
    assert doc["schema"] == "kennisnet.plan/1"
    forms = {f.value for f in Form}
    findings = {
        "risk_cluster", "habit_spreader", "gatekeeper", "overloaded",
        "learns_alone", "newcomer", "high_risk", "hr",
    }  # fmt: skip
    ids = {p["id"] for p in json.loads(_run(capsys, "analyze", str(demo), "--json")[1])["people"]}
    for action in doc["actions"]:
        assert action["form"] in forms and action["finding"] in findings
        assert action["status"] == "proposed"
        assert set(action["people"]) | set(action["partners"]) <= ids
        assert action["sentence"]
    assert len(doc["buddies"]) == 3
    assert all(set(b) == {"newcomer", "buddy"} for b in doc["buddies"])


def test_hr_decides_on_the_command_line_and_it_is_kept(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "plan", str(demo), "--accept", "1", "--reject", "2", "--done", "3",
        "--owner", "1=Petra de Vries", "--due", "1=2026-12-01",
    )  # fmt: skip
    assert code == 0, err
    assert "Action habit_spreader:33: accepted." in out
    doc = json.loads(_run(capsys, "plan", str(demo), "--json")[1])
    first, second, third = doc["actions"][:3]
    assert (first["status"], first["owner"], first["due"]) == (
        "accepted",
        "Petra de Vries",
        "2026-12-01",
    )
    assert second["status"] == "rejected"
    assert third["status"] == "done" and third["done_at"]
    # Your own action, then back to the proposal for action 2.
    code, out, _ = _run(
        capsys, "plan", str(demo), "--add", "Teamoverleg over veilig werken", "--form",
        "reflection", "--reset", "2",
    )  # fmt: skip
    assert code == 0
    doc = json.loads(_run(capsys, "plan", str(demo), "--json")[1])
    assert doc["actions"][1]["status"] == "proposed"
    own = doc["actions"][-1]
    assert (own["key"], own["finding"], own["form"], own["status"]) == (
        "hr:1",
        "hr",
        "reflection",
        "accepted",
    )
    assert own["sentence"] == "Teamoverleg over veilig werken"


def test_a_wrong_reference_or_date_changes_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "plan", str(demo))  # migrates nothing: read-only
    code, _, err = _run(capsys, "plan", str(demo), "--accept", "1", "--accept", "999")
    assert code == 2 and 'The plan has no action "999"' in err
    code, _, err = _run(capsys, "plan", str(demo), "--accept", "1", "--due", "1=morgen")
    assert code == 1 and "is not a date" in err
    doc = json.loads(_run(capsys, "plan", str(demo), "--json")[1])
    assert doc["actions"][0]["status"] == "proposed" and doc["actions"][0]["due"] is None


def test_pseudonymised_plan_shows_no_names(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo, readonly=True) as project:
        people = project.people()
    _run(capsys, "plan", str(demo), "--add", f"{people[0].name} geeft uitleg", "--form", "project")
    code, out, _ = _run(capsys, "plan", str(demo), "--pseudonymize")
    assert code == 0
    code, text, _ = _run(capsys, "plan", str(demo), "--json", "--pseudonymize")
    for p in people:
        assert p.name not in out and p.name not in text
    assert "P-0" in out


def test_high_risk_marks_on_the_command_line(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "plan", str(demo), "--high-risk", "role=Storingsmonteur", "--json"
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["options"]["high_risk_roles"] == ["Storingsmonteur"]
    with Project.open(demo, readonly=True) as project:
        untrained = {p.id for p in project.snapshot().people if p.role == "Storingsmonteur"} - {
            p.id for p in project.snapshot().people if p.trained_hr is True
        }
    high = [a for a in doc["actions"] if a["finding"] == "high_risk"]
    covered = {i for a in high for i in a["people"]} | {
        i for a in doc["actions"] if a["form"] == "formal_training" for i in a["people"]
    }
    assert high and untrained <= covered
    code, _, err = _run(capsys, "plan", str(demo), "--high-risk", "team=X")
    assert code == 2 and "is not role or department" in err
