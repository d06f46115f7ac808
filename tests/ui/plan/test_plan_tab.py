"""The Plan tab: HR decides on the demo's learning plan by clicking and typing, and sees
the indicators across two waves.

What the tab stores must be what ``kennisnet plan PROJECT --json`` reads back.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from kennisnet.cli import main as cli_main
from kennisnet.plan import Form, Status
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.plan import page as page_module
from kennisnet.ui.plan.actions import NUMBER
from kennisnet.ui.plan.dialog import ActionDialog
from kennisnet.ui.plan.page import INDICATORS, PlanPage
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.window import PLAN, MainWindow

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|requestActivate\(\)|grabbing)"
)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    target = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), target)
    return target


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(page_module, "error", lambda _parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[ActionDialog], None]]:
    """The handlers for the next dialogs of the plan, in order (instead of exec())."""
    waiting: list[Callable[[ActionDialog], None]] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, ActionDialog)
        dialog.show()
        waiting.pop(0)(dialog)
        result = dialog.result()
        dialog.hide()
        return int(result)

    monkeypatch.setattr(page_module, "exec_dialog", fake_exec)
    return waiting


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    QThreadPool.globalInstance().waitForDone(10_000)
    if win.session is not None:
        win.close_project()


def open_plan(qtbot: QtBot, window: MainWindow, path: Path) -> PlanPage:
    assert window.open_project(path)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(PLAN).center())
    page = window.plan_page
    qtbot.waitUntil(lambda: page.view is not None and not page.busy(), timeout=30_000)
    return page


def item_of(page: PlanPage, number: int) -> QTreeWidgetItem:
    tree = page.actions_view.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).text(NUMBER) == str(number):
                return group.child(c)
    raise AssertionError(f"no action {number}")


def choose(qtbot: QtBot, page: PlanPage, number: int) -> str:
    """Click action ``number`` in the list; returns its key."""
    tree = page.actions_view.tree
    item = item_of(page, number)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=QPoint(rect.x() + 200, rect.center().y()))
    assert tree.currentItem() is item
    key = item.data(NUMBER, Qt.ItemDataRole.UserRole)
    assert isinstance(key, str)
    return key


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, LEFT)


def test_hr_decides_on_the_plan_and_the_cli_agrees(
    qtbot: QtBot,
    window: MainWindow,
    demo: Path,
    errors: list[str],
    dialogs: list[Callable[[ActionDialog], None]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = open_plan(qtbot, window, demo)
    view = page.actions_view
    assert view.tree.topLevelItem(0).text(0) == "Step 1 — formal training first"
    assert page.view is not None and len(page.view.plan.actions) >= 4
    session = window.session
    assert session is not None
    wave = page.wave_id
    assert wave == session.project.current_wave_id()

    accepted = choose(qtbot, page, 1)
    click(qtbot, view.accept_button)
    assert not view.accept_button.isEnabled()  # it is accepted now
    rejected = choose(qtbot, page, 2)
    click(qtbot, view.reject_button)
    done = choose(qtbot, page, 4)
    click(qtbot, view.done_button)

    def owner_and_date(dialog: ActionDialog) -> None:
        dialog.owner.clear()
        qtbot.keyClicks(dialog.owner, "Petra de Wit")
        click(qtbot, dialog.has_date)
        assert dialog.due.isEnabled()
        dialog.due.setFocus()
        dialog.due.setSelectedSection(dialog.due.sectionAt(0))
        qtbot.keyClicks(dialog.due, "20270115")
        assert dialog.due.date() == QDate(2027, 1, 15)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    dialogs.append(owner_and_date)
    choose(qtbot, page, 1)
    click(qtbot, view.edit_button)
    assert item_of(page, 1).text(7) == "Petra de Wit"
    assert "Petra de Wit" in view.details.text()

    own_text = "Elke maand samen terugkijken in het werkoverleg."

    def own_action(dialog: ActionDialog) -> None:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing written yet
        dialog.form.setFocus()
        index = dialog.form.findData(Form.REFLECTION.value)
        while dialog.form.currentIndex() != index:
            qtbot.keyClick(dialog.form, Qt.Key.Key_Down)
        qtbot.keyClicks(dialog.text, own_text)
        qtbot.keyClicks(dialog.owner, "Teamleider")
        click(qtbot, ok)

    dialogs.append(own_action)
    click(qtbot, view.add_button)
    assert not dialogs and not errors
    chosen = view.chosen()
    assert chosen is not None and chosen.key.startswith("hr:")  # the new one is chosen

    stored = {a.key: a for a in session.project.plan_actions(wave)}
    assert stored[accepted].status is Status.ACCEPTED
    assert stored[accepted].owner == "Petra de Wit" and stored[accepted].due == "2027-01-15"
    assert stored[rejected].status is Status.REJECTED
    assert stored[done].status is Status.DONE and stored[done].done_at
    own = stored[chosen.key]
    assert (own.form, own.text, own.owner) == (Form.REFLECTION, own_text, "Teamleider")
    assert own.status is Status.ACCEPTED
    # What the list shows is what is stored.
    assert item_of(page, 2).text(6) == "Rejected"
    assert item_of(page, 4).text(6) == "Done"

    assert window.close_project()
    capsys.readouterr()
    assert cli_main(["--lang", "en", "plan", str(demo), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    by_key = {a["key"]: a for a in doc["actions"]}
    assert by_key[accepted]["number"] == 1 and by_key[accepted]["status"] == "accepted"
    assert (by_key[accepted]["owner"], by_key[accepted]["due"]) == ("Petra de Wit", "2027-01-15")
    assert by_key[rejected]["status"] == "rejected"
    assert by_key[done]["status"] == "done"
    assert by_key[own.key]["sentence"] == own_text and by_key[own.key]["form"] == "reflection"
    for key, action in stored.items():
        assert by_key[key]["status"] == action.status.value


def test_back_to_the_proposal_forgets_the_decision(
    qtbot: QtBot, window: MainWindow, demo: Path, errors: list[str]
) -> None:
    page = open_plan(qtbot, window, demo)
    view = page.actions_view
    key = choose(qtbot, page, 3)
    assert not view.reset_button.isEnabled()  # nothing decided yet
    click(qtbot, view.reject_button)
    assert view.reset_button.isEnabled()
    session = window.session
    assert session is not None and page.wave_id is not None
    assert [a.key for a in session.project.plan_actions(page.wave_id)] == [key]
    click(qtbot, view.reset_button)
    assert session.project.plan_actions(page.wave_id) == []
    assert item_of(page, 3).text(6) == "Proposed"
    assert not errors


def second_wave(path: Path) -> tuple[str, str]:
    """Everyone who answered the first wave answers the second the same way."""
    with Project.open(path, backup=False) as project:
        first = [draft for _wave, draft in project.stored_responses()]
        wave = project.add_wave("Meting 2")
        with project.transaction():
            for draft in first[: len(first) * 3 // 4]:
                project.add_response(replace(draft, uuid=None, wave_id=wave, submitted_at=None))
        names = [name for _id, name, _started in project.waves()]
    return names[0], names[1]


def test_the_indicators_show_the_trend_over_two_waves(
    qtbot: QtBot, window: MainWindow, demo: Path, errors: list[str]
) -> None:
    first, second = second_wave(demo)
    page = open_plan(qtbot, window, demo)
    assert page.view is not None and page.view.plan.wave_name == second
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(INDICATORS).center())
    table = page.indicators.table
    assert table.isVisible()
    assert table.columnCount() == 2
    headers = [table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers == [first, second]
    assert table.verticalHeaderItem(0).text() == "Response rate"
    assert table.item(0, 0).text() != table.item(0, 1).text()  # fewer answered again
    assert "Higher is better" in table.verticalHeaderItem(1).toolTip()
    qtbot.waitUntil(lambda: page.indicators.canvas is not None, timeout=5_000)
    canvas = page.indicators.canvas
    assert canvas is not None
    qtbot.waitUntil(canvas.widget.isVisible, timeout=5_000)
    figure = canvas.widget.figure  # type: ignore[attr-defined]  # matplotlib's Qt canvas
    lines = [line for ax in figure.axes for line in ax.get_lines()]
    assert len(figure.axes) == 3 and len(lines) == 7
    assert all(len(line.get_xdata()) == 2 for line in lines)
    assert not errors
