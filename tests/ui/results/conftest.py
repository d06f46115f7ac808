"""Fixtures for the results dashboard: the demo survey and a panel that analysed it."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.session import DataSource
from kennisnet.store import Project
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot pass a window's size hints on; not a fault of ours.
    for item in items:
        if "ui/results" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("^This plugin does not support"))


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> SurveyData:
    """The shipped demo survey, read from a copy (the resource is never touched)."""
    copy = tmp_path_factory.mktemp("demo") / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), copy)
    project = Project.open(copy, readonly=True)
    try:
        return project.snapshot()
    finally:
        project.close()


@pytest.fixture(scope="session")
def synthetic() -> Callable[[int], SurveyData]:
    return organisation


def organisation(size: int) -> SurveyData:
    """The synthetic organisation of the analysis benchmark."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_analysis import organisation as make
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    data: SurveyData = make(size)
    return data


@pytest.fixture
def panel(qtbot: QtBot, settings: Settings) -> Iterator[ResultsPanel]:
    widget = ResultsPanel(settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.cancel()
    widget.wait_for_background()


@pytest.fixture
def analysed(qtbot: QtBot, panel: ResultsPanel, demo_data: SurveyData) -> ResultsPanel:
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(DataSource(demo_data), "Demo")
    qtbot.waitUntil(lambda: not panel.busy_now())
    return panel
