"""The workshop's last step shows HR's plan: the actions HR accepted or marked done."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kennisnet.plan import Status
from kennisnet.resources import resource
from kennisnet.session import Session
from kennisnet.session.plan import wave_plan
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.steps import STEPS


@pytest.fixture
def decided(tmp_path: Path) -> Path:
    """A demo copy where HR accepted the first action and marked the second done."""
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    with Session.open(path) as session:
        found = session.analysis()
        plan = wave_plan(session.project, found.data, found.result).plan
        wave = session.wave_id()
        session.project.set_action_status(wave, plan.actions[0], Status.ACCEPTED)
        session.project.set_action_status(wave, plan.actions[1], Status.DONE)
    return path


def last_step(qtbot: QtBot, settings: Settings, path: Path, *, codes: bool) -> WorkshopWindow:
    with Session.open(path, readonly=True) as session:
        found = session.analysis()
        plan = wave_plan(session.project, found.data, found.result).plan
    window = WorkshopWindow(
        found.result, found.data, settings, title="Demo", pseudonymised=codes, plan=plan
    )
    qtbot.addWidget(window)
    window.go_to(STEPS.index("advice"))
    return window


def test_the_accepted_and_done_actions_are_the_teams_plan(
    qtbot: QtBot, settings: Settings, decided: Path
) -> None:
    with Session.open(decided, readonly=True) as session:
        found = session.analysis()
        plan = wave_plan(session.project, found.data, found.result).plan
    first, second = plan.actions[0], plan.actions[1]
    names = {found.result.person(i).name for i in (*first.people, *second.people)}
    assert names  # the actions are for people

    window = last_step(qtbot, settings, decided, codes=False)
    lines = window.lines
    assert "Our plan:" in lines
    plan_part = lines[lines.index("Our plan:") + 1 :]
    assert len(plan_part) == 2 and plan_part[1].endswith("(done)")
    assert any(name in " ".join(plan_part) for name in names)
    assert not any(line.startswith("Action:") for line in lines)  # the plan replaces them

    coded = last_step(qtbot, settings, decided, codes=True)
    text = " ".join(coded.lines)
    assert "Our plan:" in text
    assert not any(name in text for name in names)  # codes on the shared screen


def test_without_decisions_the_step_suggests_actions_from_the_figures(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    window = last_step(qtbot, settings, path, codes=True)
    assert "Our plan:" not in window.lines
    assert any(line.startswith("Action:") for line in window.lines)
