"""HR workspace test set-up: projects to work on, answered message boxes, driven dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox

from kennisnet.resources import resource
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace import file_actions, window_edits, window_waves
from kennisnet.ui.workspace import window as window_module
from kennisnet.ui.workspace.window import MainWindow

ROSTER = [
    ("Anne de Vries", "Zorg", "1001", True),
    ("Bob Jansen", "Zorg", "1002", False),
    ("Carla van den Berg", "ICT", "1003", None),
    ("Jan Smit", "ICT", "1004", None),
    ("Jan Bakker", "ICT", "1005", None),
    ("José Peña", "Keuken", "1006", False),
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot pass a window's size hints on, nor raise a window (the
    # kiosk started from the workspace); that is not our problem.
    for item in items:
        if "ui/workspace" in str(item.path).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    r"This plugin does not support (propagateSizeHints|raise|requestActivate)\(\)"
                )
            )


def make_project(path: Path) -> Path:
    with Project.create(path, name="Zorggroep Test") as project:
        ids = {}
        for name, department, number, trained in ROSTER:
            ids[name] = project.add_person(
                name=name, department=department, employee_number=number, trained_hr=trained
            )
        project.add_response(
            ResponseDraft(
                respondent_id=ids["Bob Jansen"],
                nominations=(NominationDraft(source_id=ids["Anne de Vries"]),),
                laptop_id="laptop-kantine",
            )
        )
        project.add_response(
            ResponseDraft(
                respondent_id=ids["Carla van den Berg"],
                nominations=(
                    NominationDraft(source_id=ids["Bob Jansen"], topic="roosters maken"),
                    NominationDraft(written="Jan"),
                ),
                laptop_id="laptop-kantine",
            )
        )
    return path


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "zorggroep.kennisnet")


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    target = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), target)
    return target


@dataclass
class Boxes:
    """Answers every message box: ``answer`` True clicks the yes/destructive button."""

    answer: bool = True
    seen: list[str] = field(default_factory=list)

    def texts(self) -> str:
        return "\n".join(self.seen)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    record = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        record.seen.append(f"{box.text()}\n{box.informativeText()}")
        wanted = (
            {QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.DestructiveRole}
            if record.answer
            else {QMessageBox.ButtonRole.RejectRole}
        )
        buttons = box.buttons()
        chosen = next((b for b in buttons if box.buttonRole(b) in wanted), buttons[0])
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return record


@dataclass
class Dialogs:
    """Runs the window's modal dialogs with a handler per dialog class instead of exec()."""

    handlers: dict[type, Callable[[QDialog], None]] = field(default_factory=dict)
    shown: list[QDialog] = field(default_factory=list)

    def on(self, kind: type, handler: Callable[[QDialog], None]) -> None:
        self.handlers[kind] = handler


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def fake_exec_dialog(dialog: QDialog) -> int:
        record.shown.append(dialog)
        handler = record.handlers.get(type(dialog))
        if handler is None:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        dialog.show()
        handler(dialog)
        result = dialog.result()
        dialog.hide()
        return int(result)

    monkeypatch.setattr(window_module, "exec_dialog", fake_exec_dialog)
    monkeypatch.setattr(file_actions, "exec_dialog", fake_exec_dialog)
    monkeypatch.setattr(window_waves, "exec_dialog", fake_exec_dialog)
    monkeypatch.setattr(window_edits, "exec_dialog", fake_exec_dialog)
    return record


@pytest.fixture
def window(qtbot, settings: Settings, boxes: Boxes, dialogs: Dialogs) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    QThreadPool.globalInstance().waitForDone(10_000)
    if win.session is not None:
        win.session.close()
        win.session = None


@pytest.fixture
def read(qtbot) -> Callable[[MainWindow], None]:
    """Wait until a window's pages show the project as read again (they are read on a
    worker thread after opening and after every change)."""

    def wait(win: MainWindow) -> None:
        qtbot.waitUntil(lambda: not win.refreshing(), timeout=10_000)

    return wait


@pytest.fixture
def idle(qtbot) -> Callable[[MainWindow], None]:
    """Wait until a window's background work has finished."""

    def wait(win: MainWindow) -> None:
        qtbot.waitUntil(lambda: win.busy is None or win.busy.finished, timeout=10_000)

    return wait
