"""Every control of the HR workspace, used once on the demo: nothing may fail.

Every menu action (submenus included) and toolbar action, and every button on the
project's tabs (the Overview, the Results dashboard with each of its own tabs, and
the other tabs) is triggered once; every dialog it opens is closed the careful way
(Cancel). An error message, a logged warning or error, or an exception fails the
test. The controls are found by walking the window, so a new control is used too.
Closing the project and quitting end the walk, so they have tests of their own.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from control_walk import (
    OFFSCREEN_LIMITS,
    Answerer,
    assert_clean,
    buttons,
    label,
    menu_actions,
    settle,
    shortcut_actions,
    toolbar_actions,
    visible_windows,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)

#: What the menus hold today (File 15 with the one recent project, Waves 2, View 7,
#: Settings 1, Help 2). The walk must find at least these, so that it cannot pass by
#: finding nothing.
MENU_ACTIONS_TODAY = 27
#: Buttons on the start page today (New survey, Open, Demo).
START_BUTTONS_TODAY = 3
#: Buttons pressed on the project's tabs today, the Results dashboard included.
PROJECT_BUTTONS_TODAY = 29
#: Buttons on the Overview alone today (names: only while names wait for a decision).
OVERVIEW_BUTTONS_TODAY = 8
#: Controls that fail today and are reported (label -> what goes wrong). Empty is good.
KNOWN_BROKEN: dict[str, str] = {}

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo with a second, empty wave (not the current one), so that
    *Compare waves…* can be used too."""
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    with Project.open(path) as project:
        project.add_wave("Second wave", make_current=False)
    return path


@pytest.fixture
def answerer(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Answerer]:
    answering = Answerer(qtbot).install(monkeypatch)
    yield answering
    answering.stop()


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    made: list[MainWindow] = []

    def make() -> MainWindow:
        win = MainWindow(Settings(tmp_path / "s.ini"))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    settle(qtbot)
    for win in made:
        if win.session is not None:
            win.session.close()
            win.session = None


def every_action(window: MainWindow) -> list[tuple[str, QAction]]:
    """The menus, the toolbars and the actions that only have a keyboard shortcut."""
    found = menu_actions(window.menuBar()) + toolbar_actions(window)
    return found + shortcut_actions(window, [action for _, action in found])


class Walk:
    """Triggers controls one by one, answering dialogs; puts the window back after each."""

    def __init__(
        self, qtbot: QtBot, answerer: Answerer, window: MainWindow, restore: Callable[[], None]
    ) -> None:
        self.qtbot = qtbot
        self.answerer = answerer
        self.window = window
        self.restore = restore
        self.done: list[str] = []

    def run(self, what: str, trigger: Callable[[], object]) -> None:
        before = visible_windows()
        errors = len(self.answerer.errors)
        trigger()
        self.answerer.sweep()
        settle(self.qtbot)
        self.answerer.sweep()
        self.answerer.close_new_windows(before)
        self.done.append(what)
        for index in range(errors, len(self.answerer.errors)):  # say which control it was
            self.answerer.errors[index] = f"{what}: {self.answerer.errors[index]}"
        self.restore()
        settle(self.qtbot)

    def actions(self, found: list[tuple[str, QAction]], skip: set[QAction]) -> set[str]:
        used: set[str] = set()
        for name, action in found:
            if action in skip or name in KNOWN_BROKEN:
                continue
            if action.isEnabled() and action.isVisible():
                self.run(name, action.trigger)
                used.add(name)
        return used

    def click(self, name: str, button: QAbstractButton) -> None:
        self.run(name, lambda: self.qtbot.mouseClick(button, LEFT))

    def buttons_of_tab(self, tabs: QTabWidget, index: int, pressed: list[QAbstractButton]) -> None:
        """Press every button of one tab (nested tab widgets: every tab of those too); then
        open the first row of its table and press the buttons that brings."""
        self._select(tabs, index)
        page = tabs.widget(index)
        title = tabs.tabText(index).replace("&", "")
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        nested = inner[0] if inner else None
        for sub in range(nested.count() if nested else 1):
            where = f"{title} / {nested.tabText(sub)}" if nested else title
            self._select(tabs, index, nested, sub)
            self.press_all(where, page, pressed, tabs, index)
            shown = nested.widget(sub) if nested else page
            if self._open_first_row(where, shown):  # a person or a group is chosen
                self.press_all(f"{where} (a row chosen)", page, pressed)
                self._select(tabs, index, nested, sub)

    def _select(
        self,
        tabs: QTabWidget,
        index: int,
        nested: QTabWidget | None = None,
        sub: int = 0,
    ) -> None:
        tabs.setCurrentIndex(index)
        settle(self.qtbot)
        if nested is not None:
            nested.setCurrentIndex(sub)
            settle(self.qtbot)

    def press_all(
        self,
        where: str,
        page: QWidget,
        pressed: list[QAbstractButton],
        tabs: QTabWidget | None = None,
        index: int = 0,
    ) -> None:
        nested = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        sub = nested[0].currentIndex() if nested else 0
        for button in buttons(page):
            if any(button is p for p in pressed):
                continue
            name = f"{where} > {label(button)}"
            if name in KNOWN_BROKEN:
                continue
            if not (button.isVisible() and button.isEnabled()):
                continue  # an earlier button hid it (the page changed)
            pressed.append(button)
            self.click(name, button)
            if tabs is not None:
                self._select(tabs, index, nested[0] if nested else None, sub)

    def _open_first_row(self, where: str, page: QWidget) -> bool:
        """Click the first row of the tab's first table, as a person would."""
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount(QModelIndex()) > 0:
                rect = view.visualRect(model.index(0, 0))
                self.run(
                    f"{where} > first row of the {type(view).__name__}",
                    lambda v=view, r=rect: self.qtbot.mouseClick(
                        v.viewport(), LEFT, pos=r.center()
                    ),
                )
                return True
        return False


def test_every_menu_action_with_and_without_a_project(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo: Path,
    answerer: Answerer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window()
    window.settings.add_recent(str(demo))  # File > Recent projects has an entry
    ends = {window.menus.close_action, window.menus.quit_action}  # tested below

    def no_project() -> None:
        if not window.isVisible():
            window.show()
        if window.session is not None:
            assert window.close_project()

    walk = Walk(qtbot, answerer, window, no_project)
    found_start = every_action(window)
    used = walk.actions(found_start, ends)
    assert window.session is None and window.stack.currentWidget() is window.start_page
    start_buttons: list[QAbstractButton] = []
    walk.press_all("Start page", window.start_page, start_buttons)
    assert len(start_buttons) >= START_BUTTONS_TODAY, walk.done
    recent = window.start_page.recent  # Enter on a recent project opens it
    paths = [Path(recent.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(recent.count())]
    recent.setCurrentRow(paths.index(demo.resolve()))
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.session is not None and window.session.path.resolve() == demo.resolve()

    def our_project() -> None:
        if not window.isVisible():
            window.show()
        project = window.session
        if project is None or project.path.resolve() != demo.resolve():
            assert window.open_project(demo)

    walk.restore = our_project
    found_project = every_action(window)
    used |= walk.actions(found_project, ends)

    names = {name for name, action in [*found_start, *found_project] if action not in ends}
    print(f"\n{len(walk.done)} menu actions and start page buttons used:", *walk.done, sep="\n  ")
    print("dialogs answered:", *answerer.dialogs, sep="\n  ")
    assert len(names) + len(ends) >= MENU_ACTIONS_TODAY, names
    missing = names - used - set(KNOWN_BROKEN)
    assert not missing, f"never enabled with or without a project: {sorted(missing)}"
    assert_clean(answerer, caplog, walk.done)
    # The walk really did something: the dialogs were opened and answered.
    assert len(answerer.dialogs) >= 10, answerer.dialogs


def test_every_button_on_every_project_tab(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo: Path,
    answerer: Answerer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window()
    assert window.open_project(demo)

    def our_project() -> None:
        if not window.isVisible():
            window.show()
        project = window.session
        if project is None or project.path.resolve() != demo.resolve():
            assert window.open_project(demo)

    walk = Walk(qtbot, answerer, window, our_project)
    pressed: list[QAbstractButton] = []
    for index in range(window.tabs.count()):
        walk.buttons_of_tab(window.tabs, index, pressed)
    print(f"\n{len(walk.done)} controls used:", *walk.done, sep="\n  ")
    print("dialogs answered:", *answerer.dialogs, sep="\n  ")
    print("windows closed:", *answerer.windows, sep="\n  ")
    overview = [name for name in walk.done if name.startswith("Overview >")]
    assert len(overview) >= OVERVIEW_BUTTONS_TODAY, overview
    assert len(pressed) >= PROJECT_BUTTONS_TODAY, walk.done
    results = [name for name in walk.done if name.startswith("Results")]
    assert any("What if" in name for name in results), results
    assert_clean(answerer, caplog, walk.done)


def test_close_the_project_shows_the_start_page(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo: Path,
    answerer: Answerer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window()
    assert window.open_project(demo)
    assert window.menus.close_action in [a for _, a in menu_actions(window.menuBar())]
    window.menus.close_action.trigger()
    answerer.sweep()
    assert window.session is None
    assert window.stack.currentWidget() is window.start_page
    assert window.isVisible()
    assert not window.menus.close_action.isEnabled()
    with Project.open(demo, readonly=True):  # closed cleanly: it opens again
        pass
    assert_clean(answerer, caplog, ["File > Close the project"])


def test_quit_closes_the_project_and_the_window(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo: Path,
    answerer: Answerer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window()
    assert window.open_project(demo)
    assert window.menus.quit_action in [a for _, a in menu_actions(window.menuBar())]
    window.menus.quit_action.trigger()
    answerer.sweep()
    assert not window.isVisible()
    assert window.session is None
    assert window.settings.window_geometry  # remembered for the next start
    assert_clean(answerer, caplog, ["File > Quit"])
