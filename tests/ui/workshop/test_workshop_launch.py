"""``kennisnet workshop PROJECT`` shows the project's own analysis, with its stored options."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from kennisnet.resources import resource
from kennisnet.session import Session
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.launch import launch_workshop


def test_the_workshop_uses_the_options_stored_in_the_project(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    with Session.open(path) as session:
        stored = replace(session.options(), overloaded_threshold=2, advice_k=7)
        session.set_options(stored)
        expected = session.analysis().result
        name = session.name
    # This laptop's own defaults differ: they are for new projects only.
    settings.overloaded_threshold = 30
    settings.advice_k = 1

    window = launch_workshop(path, settings)  # codes unless HR asks for names
    assert isinstance(window, WorkshopWindow)
    qtbot.addWidget(window)
    assert window.result.options == stored
    overloaded = {p.id for p in window.result.people if p.overloaded}
    assert overloaded == {p.id for p in expected.people if p.overloaded}
    # With the laptop's threshold of 30 nobody in the demo would be overloaded.
    assert overloaded
    assert window.project_title == name
    window.close()
