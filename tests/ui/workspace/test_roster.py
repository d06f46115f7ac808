"""The staff list: edit in place, mark trained, add, and erase with a clear confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kennisnet.store import Project
from kennisnet.ui.workspace.roster import COLUMNS, AddPersonDialog, StaffListModel
from kennisnet.ui.workspace.window import ROSTER, MainWindow


def column(field: str) -> int:
    return [f for f, _ in COLUMNS].index(field)


def select_names(win: MainWindow, *names: str) -> None:
    view = win.roster.table
    view.clearSelection()
    proxy = win.roster.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() in names:
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def open_editor(win: MainWindow, index):
    view = win.roster.table
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [
        w
        for w in view.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    assert len(editors) == 1, editors
    return editors[0]


def proxy_row(win: MainWindow, name: str) -> int:
    proxy = win.roster.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)


def test_people_model_is_a_proper_qt_model(qtmodeltester, small_project: Path) -> None:
    with Project.open(small_project) as project:
        model = StaffListModel(lambda pid, field, value: project.person(pid))
        model.set_people(project.people(), {1})
        qtmodeltester.check(model)
        assert model.rowCount() == 6
        assert model.index(0, column("trained_hr")).data() == "yes"
        assert model.index(2, column("trained_hr")).data() == "unknown"


def test_edit_a_department_in_the_table_saves_it(
    read, qtbot, window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    window.tabs.setCurrentIndex(ROSTER)
    index = window.roster.proxy.index(proxy_row(window, "José Peña"), column("department"))
    editor = open_editor(window, index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Restaurant")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "Restaurant")
    assert window.session is not None
    person = next(p for p in window.session.project.people() if p.name == "José Peña")
    assert person.department == "Restaurant"
    assert index.data() == "Restaurant"
    assert window.session.project.audit_log()[-1][1] == "person_changed"


def test_trained_is_chosen_from_yes_no_unknown(
    read, qtbot, window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    window.tabs.setCurrentIndex(ROSTER)
    index = window.roster.proxy.index(proxy_row(window, "Jan Smit"), column("trained_hr"))
    editor = open_editor(window, index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["yes", "no", "unknown"]
    editor.setCurrentIndex(0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "yes")
    assert window.session is not None
    assert (
        next(p for p in window.session.project.people() if p.name == "Jan Smit").trained_hr is True
    )


def test_mark_several_people_as_trained(
    read, qtbot, window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    assert not window.roster.trained_button.isEnabled()
    select_names(window, "Carla van den Berg", "Bob Jansen")
    assert window.roster.trained_button.isEnabled()
    qtbot.mouseClick(window.roster.trained_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    trained = {p.name: p.trained_hr for p in window.session.project.people()}
    assert trained["Carla van den Berg"] is True
    assert trained["Bob Jansen"] is True
    assert trained["Jan Smit"] is None


def test_filter_finds_people_by_department(
    read, qtbot, window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == ROSTER
    assert window.roster.filter.hasFocus()
    qtbot.keyClicks(window.roster.filter, "ict")
    assert window.roster.proxy.rowCount() == 3
    assert window.roster.count.text() == "3 of 6 people"


def test_add_a_person(read, qtbot, window: MainWindow, dialogs, small_project: Path) -> None:
    window.open_project(small_project)
    read(window)

    def fill(dialog: AddPersonDialog) -> None:
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled()  # a person needs a name
        qtbot.keyClicks(dialog.name, "Fatima  el Amrani")
        dialog.department.setCurrentText("Keuken")
        dialog.trained.setCurrentIndex(dialog.trained.findData(True))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    dialogs.on(AddPersonDialog, fill)
    qtbot.mouseClick(window.roster.add_button, Qt.MouseButton.LeftButton)
    read(window)
    assert window.session is not None
    person = next(p for p in window.session.project.people() if p.name == "Fatima el Amrani")
    assert (person.department, person.trained_hr) == ("Keuken", True)
    assert window.people_model.rowCount() == 7
    assert window.roster.selected_ids() == [person.id]


def test_erasure_asks_first_and_cancel_keeps_everything(
    read, qtbot, window: MainWindow, boxes, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    boxes.answer = False
    select_names(window, "Bob Jansen")
    qtbot.mouseClick(window.roster.erase_button, Qt.MouseButton.LeftButton)
    question = boxes.seen[-1]
    assert "Remove Bob Jansen and erase every trace of them?" in question
    assert "Their own answers are deleted" in question
    assert "becomes anonymous" in question
    assert "cannot be undone" in question
    assert window.session is not None
    assert any(p.name == "Bob Jansen" for p in window.session.project.people())


def test_erasure_removes_every_trace(
    read, qtbot, window: MainWindow, boxes, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    project = window.session.project
    assert project is not None
    bob = next(p for p in project.people() if p.name == "Bob Jansen")
    assert project.has_answered(bob.id)
    window.tabs.setCurrentIndex(ROSTER)
    select_names(window, "Bob Jansen")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.roster.table.setFocus()
    qtbot.keyClick(window.roster.table, Qt.Key.Key_Delete)
    read(window)
    assert "Remove Bob Jansen" in boxes.seen[0]
    assert project.person(bob.id) is None
    assert all(p.name != "Bob Jansen" for p in project.people())
    assert window.people_model.rowCount() == 5
    # Bob's own answer is gone; Carla's tie to him now points at an anonymous node.
    respondents = {r.respondent_id for r in project.snapshot().responses}
    assert bob.id not in respondents
    carla = next(p for p in project.people() if p.name == "Carla van den Berg")
    anon = {p.id: p for p in project.people() if p.external and p.name.startswith("#")}
    carla_sources = next(r for r in project.snapshot().responses if r.respondent_id == carla.id)
    assert any(n.source_id in anon for n in carla_sources.nominations)
    assert all(n.topic != "roosters maken" for n in carla_sources.nominations)
    window.close_project()
    data = small_project.read_bytes()
    assert b"Bob Jansen" not in data
    assert b"roosters maken" not in data
    assert "erased from the project and its backup copies" in boxes.seen[-1]
    assert "no trace left" in boxes.seen[-1]
