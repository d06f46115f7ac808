"""The name search, the coverage model and starting the kiosk from the command line."""

from __future__ import annotations

import pytest
from kiosk_steps import PIN, click
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kennisnet.matching import NameIndex
from kennisnet.model import Person
from kennisnet.store import Coverage, Project, ProjectReadOnly
from kennisnet.ui.kiosk import launch
from kennisnet.ui.kiosk.coverage import CoverageModel, coverage_sentence, needed
from kennisnet.ui.kiosk.pin import PinSetupDialog
from kennisnet.ui.kiosk.search import DEPARTMENT, PERSON_ID, NameSearch
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.settings import Settings


def make_search(qtbot: QtBot, names: list[tuple[str, str]], limit: int = 3) -> NameSearch:
    people = {i: Person(id=i, uid=str(i), name=n, department=d) for i, (n, d) in enumerate(names)}
    index = NameIndex((p.id, p.name, None) for p in people.values())
    search = NameSearch(
        index, people, placeholder="Type part of your name", not_found="x", limit=limit
    )
    qtbot.addWidget(search)
    search.show()
    return search


def test_search_shows_name_and_department_and_picks(qtbot: QtBot) -> None:
    search = make_search(
        qtbot,
        [
            ("Jan de Vries", "Zorg"),
            ("Jan de Vries", "ICT"),
            ("Janneke Smit", "Zorg"),
            ("Ömer Şahin", "ICT"),
        ],
    )
    qtbot.keyClicks(search.line, "JAN")
    assert search.results() == ["Jan de Vries", "Jan de Vries", "Janneke Smit"]
    # Namesakes are told apart by their department.
    rows = [search.model.index(r, 0) for r in range(2)]
    assert sorted(str(i.data(DEPARTMENT)) for i in rows) == ["ICT", "Zorg"]
    second = int(rows[1].data(PERSON_ID))
    with qtbot.waitSignal(search.picked) as picked:
        qtbot.keyClick(search.line, Qt.Key.Key_Down)
        qtbot.keyClick(search.line, Qt.Key.Key_Return)
    assert picked.args == [second]
    search.clear()
    qtbot.keyClicks(search.line, "omer sa")  # accents do not matter
    assert search.results() == ["Ömer Şahin"]


def test_search_limit_and_hints(qtbot: QtBot) -> None:
    search = make_search(qtbot, [(f"Piet {c}", "X") for c in "ABCDEFG"], limit=3)
    qtbot.keyClicks(search.line, "piet")
    assert len(search.results()) == 3
    assert search.hint.text() == "Use the arrow keys and Enter, or tap a name."
    search.set_exclude({0, 1, 2, 3, 4, 5})
    assert search.results() == ["Piet G"]
    search.clear()
    qtbot.keyClicks(search.line, "xyz")
    assert search.results() == [] and not search.view.isVisible()
    assert search.hint.text() == "x"


def test_coverage_model(qtmodeltester: object) -> None:
    rows = [Coverage("A", 10, 8), Coverage("B", 5, 3), Coverage(None, 1, 0)]
    model = CoverageModel(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 4
    assert model.index(2, 0).data() == "(no department)"
    assert [model.index(3, c).data() for c in range(5)] == [
        "All departments",
        "16",
        "11",
        "69%",
        "2",
    ]
    assert needed(Coverage("A", 10, 8)) == 0 and needed(Coverage("A", 9, 7)) == 1
    assert needed(Coverage("A", 0, 0)) == 0


def test_coverage_never_rounds_up_to_the_target() -> None:
    """51 of 64 is 79.7%: "80%" beside "1 more answer is needed" would contradict itself."""
    rows = [Coverage("A", 64, 51)]
    model = CoverageModel(rows)
    assert model.index(0, 3).data() == "79.7%"
    assert coverage_sentence(rows) == (
        "51 of 64 people have answered (79.7%). 1 more answer is needed to reach the 80% target."
    )
    assert coverage_sentence([Coverage("A", 64, 52)]).endswith("The 80% target is reached.")


def _fill_pin_dialog(pin: str, second: str | None = None) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinSetupDialog)
        dialog.first.setText(pin)
        dialog.second.setText(second if second is not None else pin)
        dialog.try_accept()
        if dialog.lock is None:
            dialog.reject()

    QTimer.singleShot(0, fill)


def test_launch_asks_for_the_pin_and_starts_full_screen(
    qtbot: QtBot, project: Project, settings: Settings
) -> None:
    path = project.path
    project.close()
    _fill_pin_dialog(PIN)
    window = launch.launch_kiosk(path, settings)
    assert isinstance(window, KioskWindow)
    try:
        assert window.isFullScreen() and window.guard.active
        assert window.close() is False
        assert settings.recent_projects[0] == str(path)
        click(qtbot, window.hr_button)
        qtbot.keyClicks(window.hr.pin_page.edit, PIN)
        click(qtbot, window.hr.pin_page.next_button)
        with qtbot.waitSignal(window.left):
            click(qtbot, window.hr.menu.leave_button)
    finally:
        window.deleteLater()
    Project.open(path).close()  # the kiosk let go of the file


def test_launch_cancelled_at_the_pin_lets_go_of_the_file(
    qtbot: QtBot, project: Project, settings: Settings
) -> None:
    path = project.path
    project.close()
    _fill_pin_dialog("1234", "9999")  # not the same twice: the dialog is cancelled
    assert launch.launch_kiosk(path, settings) is None
    Project.open(path).close()


@pytest.mark.parametrize("kind", ["read-only", "missing", "in use"])
def test_launch_explains_a_file_it_cannot_use(
    qtbot: QtBot,
    project: Project,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(launch, "_tell", told.append)
    path = project.path
    if kind == "read-only":
        project.close()

        def refuse(cls: type[Project], where: object, **_: object) -> Project:
            raise ProjectReadOnly(path)

        monkeypatch.setattr(Project, "open", classmethod(refuse))
    elif kind == "missing":
        project.close()
        path = path.with_name("nothing-here.kennisnet")
    assert launch.launch_kiosk(path, settings) is None
    assert len(told) == 1 and str(path) in told[0]
