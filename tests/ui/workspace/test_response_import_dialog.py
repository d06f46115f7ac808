"""The app's response import: what is read and stored, the replace question, HR's options."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kennisnet.model import Channel
from kennisnet.store import Project
from kennisnet.ui.workspace.response_import import ResponseImportDialog
from kennisnet.ui.workspace.responses import ResponsesModel, response_rows

HEADERS = [
    "Id",
    "Begintijd",
    "Tijd van voltooien",
    "E-mail",
    "Naam",
    "Wie ben je?",
    "Van wie leer je het meest?",
    "Hoe los je een probleem op als je iets niet weet?",
]


def forms_file(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    wb.active.append(HEADERS)
    for number, row in enumerate(rows, start=1):
        at = datetime(2026, 10, 1, 9, number)
        wb.active.append([number, at, at, "anoniem", None, *row])
    wb.save(path)
    return path


def open_dialog(qtbot, project: Project, path: Path) -> ResponseImportDialog:
    dialog = ResponseImportDialog(project, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.checking, timeout=10_000)
    return dialog


def by_person(project: Project) -> dict[str, tuple[Channel, ...]]:
    names = {p.id: p.name for p in project.people()}
    return {names[r.respondent_id]: r.channels for r in project.snapshot().responses}


def test_replacing_earlier_answers_is_asked_and_cancel_changes_nothing(
    qtbot, boxes, small_project: Path, tmp_path: Path
) -> None:
    path = forms_file(
        tmp_path / "forms.xlsx",
        [
            ["Bob Jansen", "Jan Smit", "Een collega vragen;Op internet zoeken;"],
            ["Anne de Vries", "Bob Jansen", "Mijn leidinggevende vragen;"],
        ],
    )
    with Project.open(small_project) as project:
        before = project.snapshot()
        dialog = open_dialog(qtbot, project, path)
        assert "1 answer replaces an earlier answer" in dialog.read_stored.text()
        assert "Ways to solve a problem chosen: 3 read, 3 stored" in dialog.read_stored.text()
        assert "without order" in dialog.read_stored.text()
        boxes.answer = False
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert "Bob Jansen already answered" in boxes.seen[-1]
        assert dialog.report is None
        assert project.snapshot() == before
        boxes.answer = True
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        assert dialog.report is not None
        assert (dialog.report.added, dialog.report.replaced) == (2, 1)
        got = by_person(project)
        assert set(got["Bob Jansen"]) == {Channel.COLLEAGUE, Channel.INTERNET}
        assert got["Anne de Vries"] == (Channel.MANAGER,)
        model = ResponsesModel()
        model.set_rows(response_rows(project))
        row = next(
            r for r in range(model.rowCount()) if model.index(r, 0).data() == "Anne de Vries"
        )
        assert model.index(row, 4).data() == "Forms export"
        assert model.index(row, 2).data() == "2026-10-01 09:02"  # the Forms time


def test_a_staff_list_is_refused_with_what_it_looks_like(
    qtbot, small_project: Path, tmp_path: Path
) -> None:
    wb = Workbook()
    wb.active.append(["Naam", "Afdeling", "Functie", "Personeelsnummer"])
    wb.active.append(["Anne de Vries", "Zorg", "Verpleegkundige", "1001"])
    wb.active.append(["Bob Jansen", "Zorg", "Verzorgende", "1002"])
    path = tmp_path / "personeel.xlsx"
    wb.save(path)
    with Project.open(small_project) as project:
        dialog = open_dialog(qtbot, project, path)
        assert "looks like a staff list" in dialog.check_result.text()
        assert "Nothing was imported" in dialog.check_result.text()
        assert "looks like a staff list" in dialog.problems.problem(0).message
        assert not dialog.import_button.isEnabled()


def test_hr_option_wording_is_chosen_once_and_remembered(
    qtbot, small_project: Path, tmp_path: Path
) -> None:
    path = forms_file(
        tmp_path / "forms.xlsx",
        [
            ["Anne de Vries", "Bob Jansen", "Ik vraag het een collega;Ik bid erom;"],
            ["Jan Smit", "Bob Jansen", "Ik vraag het een collega;"],
        ],
    )
    with Project.open(small_project) as project:
        dialog = open_dialog(qtbot, project, path)
        assert dialog.options_box.isVisibleTo(dialog)
        rows = {
            dialog.options.item(r, 0).text(): dialog.options.cellWidget(r, 2)
            for r in range(dialog.options.rowCount())
        }
        assert set(rows) == {"Ik vraag het een collega", "Ik bid erom"}
        collega, bid = rows["Ik vraag het een collega"], rows["Ik bid erom"]
        assert isinstance(collega, QComboBox) and isinstance(bid, QComboBox)
        assert collega.currentData() == Channel.COLLEAGUE.value  # read by its words
        assert bid.currentData() == Channel.OTHER.value
        # HR's form meant the team leader by "een collega".
        collega.setCurrentIndex(collega.findData(Channel.MANAGER.value))
        qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        got = by_person(project)
        assert set(got["Anne de Vries"]) == {Channel.MANAGER, Channel.OTHER}
        assert got["Jan Smit"] == (Channel.MANAGER,)
        # The next file with the same wording is read the same way without asking again.
        again = open_dialog(qtbot, project, path)
        texts = {again.options.item(r, 0).text() for r in range(again.options.rowCount())}
        assert "Ik vraag het een collega" in texts  # shown, with the remembered meaning
        box = next(
            again.options.cellWidget(r, 2)
            for r in range(again.options.rowCount())
            if again.options.item(r, 0).text() == "Ik vraag het een collega"
        )
        assert isinstance(box, QComboBox)
        assert box.currentData() == Channel.MANAGER.value
