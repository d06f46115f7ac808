"""Kiosk test set-up: a small project with namesakes and accents, and a kiosk on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kiosk_steps import PIN
from pytestqt.qtbot import QtBot

from kennisnet.store import Project
from kennisnet.ui.kiosk.pin import PinLock
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.settings import Settings

PEOPLE = (
    ("Anne de Vries", "Zorg", "1001"),
    ("Bob Jansen", "Zorg", "1002"),
    ("Chloë Bakker", "Facilitair", "1003"),
    ("Daan de Boer", "ICT", "1004"),
    ("Eva Jansen", "ICT", "1005"),
    ("Fatima El Amrani", "Zorg", "1006"),
    ("Gert-Jan van der Berg", "Facilitair", "1007"),
)


# The headless "offscreen" platform cannot raise windows or pass size hints to a window
# manager and says so as a Qt warning; that is about the test platform, not the kiosk.
_OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise|requestActivate)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    path = tmp_path / "kiosk.kennisnet"
    opened = Project.create(path, name="Kiosk test")
    for name, department, number in PEOPLE:
        opened.add_person(name=name, department=department, employee_number=number)
    yield opened
    with contextlib.suppress(Exception):  # a test may have closed it already
        opened.close()


@pytest.fixture
def ids(project: Project) -> dict[str, int]:
    return {p.name.split()[0]: p.id for p in project.people()}


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, project: Project, settings: Settings, tmp_path: Path
) -> Iterator[Callable[..., KioskWindow]]:
    made: list[KioskWindow] = []

    def make(**options: Any) -> KioskWindow:
        options.setdefault("idle_ms", 60_000)
        options.setdefault("thanks_ms", 60_000)
        options.setdefault("rescue_dir", tmp_path / "rescue")
        lock = options.pop("pin", None) or PinLock(PIN)
        window = KioskWindow(options.pop("project", project), settings, lock, **options)
        made.append(window)
        window.start()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        if window.isVisible() or window.guard.active:
            window.leave()
        window.deleteLater()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., KioskWindow]) -> KioskWindow:
    return make_kiosk()
