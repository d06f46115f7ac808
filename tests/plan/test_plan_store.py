"""The plan in the project file: schema 3, HR's decisions, erasure, older files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kennisnet.analysis import analyze
from kennisnet.plan import Form, Status, action_text, merge_plan, propose
from kennisnet.resources import resource
from kennisnet.store import Project, ProjectError
from kennisnet.store.schema import SCHEMA_VERSION


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """The demo as a version 2 file (before the plan): version 3 only adds tables."""
    target = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), target)
    conn = sqlite3.connect(target)
    try:
        for table in ("plan_people", "plan_actions", "high_risk"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_an_older_file_read_only_has_no_plan_and_stays_as_it_is(demo: Path) -> None:
    assert _user_version(demo) == 2
    before = demo.read_bytes()
    with Project.open(demo, readonly=True) as project:
        assert project.plan_actions(1) == []
        assert project.high_risk() == []
        assert project.plan_options().newcomer_months == 6
    assert demo.read_bytes() == before


def test_opening_for_writing_migrates_to_version_3(demo: Path) -> None:
    with Project.open(demo) as project:
        assert project.plan_actions(1) == []
    assert _user_version(demo) == SCHEMA_VERSION == 3


def test_decisions_are_stored_per_wave_and_the_proposal_comes_back(demo: Path) -> None:
    with Project.open(demo) as project:
        data = project.snapshot()
        result = analyze(data)
        proposal = propose(result, data, project.plan_options())
        first, second = proposal.actions[0], proposal.actions[1]
        project.set_action_status(1, first, Status.ACCEPTED)
        project.edit_action(1, second, owner="Petra", due="2026-12-01", text="Eigen woorden")
        with pytest.raises(ProjectError, match="not a date"):
            project.edit_action(1, second, due="1 december")
        wave2 = project.add_wave("Meting 2")
    with Project.open(demo, readonly=True) as project:
        stored = {a.key: a for a in project.plan_actions(1)}
        assert project.plan_actions(wave2) == []  # per wave
        plan = merge_plan(proposal, project.plan_actions(1))
    assert stored[first.key].status is Status.ACCEPTED
    assert stored[second.key].owner == "Petra" and stored[second.key].due == "2026-12-01"
    assert stored[second.key].edited and stored[second.key].text == "Eigen woorden"
    assert plan.actions[0].status is Status.ACCEPTED and plan.actions[0].proposed
    assert action_text(plan.actions[1], str) == "Eigen woorden"
    assert len(plan.actions) == len(proposal.actions)
    with Project.open(demo) as project:
        assert project.forget_plan_action(1, second.key)
        again = merge_plan(proposal, project.plan_actions(1))
    assert again.actions[1] == proposal.actions[1]


def test_high_risk_marks_and_options(demo: Path) -> None:
    with Project.open(demo) as project:
        project.mark_high_risk("role", "Monteur")
        project.mark_high_risk("role", "monteur")  # the same, whatever the case
        project.mark_high_risk("department", "Planning")
        project.set_plan_options(newcomer_months=3, buddy_capacity=1)
        with pytest.raises(ProjectError):
            project.set_plan_options(buddy_capacity=0)
        options = project.plan_options()
        assert options.high_risk_roles == frozenset({"Monteur"})
        assert options.high_risk_departments == frozenset({"Planning"})
        assert (options.newcomer_months, options.buddy_capacity) == (3, 1)
        project.mark_high_risk("role", "MONTEUR", high_risk=False)
        assert project.plan_options().high_risk_roles == frozenset()


def test_an_erased_person_disappears_from_the_stored_plan(demo: Path) -> None:
    with Project.open(demo) as project:
        data = project.snapshot()
        result = analyze(data)
        proposal = propose(result, data)
        buddy = next(a for a in proposal.actions if a.form is Form.ONBOARDING_BUDDY)
        newcomer, helper = buddy.people[0], buddy.partners[0]
        name = project.person(newcomer).name  # type: ignore[union-attr]
        project.set_action_status(1, buddy, Status.ACCEPTED)
        project.add_own_action(
            1, form=Form.REFLECTION, text=f"Gesprek met {name} na een maand", people=[newcomer]
        )
        project.erase_person(newcomer)
        stored = {a.key: a for a in project.plan_actions(1)}
    assert stored[buddy.key].people == () and stored[buddy.key].partners == (helper,)
    assert newcomer not in dict(stored[buddy.key].sentence.people)["person"]
    own = stored["hr:1"]
    assert own.people == () and name not in (own.text or "")
    assert "(removed person)" in (own.text or "")
    assert name.encode() not in demo.read_bytes()
