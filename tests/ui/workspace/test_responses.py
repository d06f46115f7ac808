"""Responses: the list and coverage, import with a mapping step, names, merging laptops."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QRadioButton

from kennisnet.store import Coverage, NominationDraft, Project, ResponseDraft
from kennisnet.ui.workspace.merge_summary import MergeSummaryDialog
from kennisnet.ui.workspace.names import NameResolutionDialog
from kennisnet.ui.workspace.response_import import ResponseImportDialog
from kennisnet.ui.workspace.responses import ResponsesModel, ResponsesPage, response_rows
from kennisnet.ui.workspace.window import RESPONSES, MainWindow

FORMS = [
    ["Respondent", "Persoon A", "Hoe vaak A", "Kanalen"],
    ["Anne de Vries", "Carla van den Berg", "dagelijks", "Een collega vragen"],
    ["Jan Smit", "Jan", "wekelijks", ""],
    ["José Peña", "Gerrit van de leverancier", "maandelijks", "Op internet zoeken"],
    ["Pietje Puk", "Anne de Vries", "", ""],
]


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def ids(project: Project) -> dict[str, int]:
    return {p.name: p.id for p in project.people()}


def field_box(dialog: ResponseImportDialog, header: str) -> QComboBox:
    for row in range(dialog.columns.rowCount()):
        if dialog.columns.item(row, 0).text() == header:
            box = dialog.columns.cellWidget(row, 2)
            assert isinstance(box, QComboBox)
            return box
    raise AssertionError(header)


def test_responses_model_and_coverage(qtmodeltester, small_project: Path) -> None:
    with Project.open(small_project) as project:
        model = ResponsesModel()
        model.set_rows(response_rows(project))
        qtmodeltester.check(model)
        assert model.rowCount() == 2
        assert model.index(0, 0).data() == "Bob Jansen"
        assert model.index(0, 3).data() == "laptop-kantine"
        assert model.index(1, 5).data() == 2  # Carla named two colleagues


def test_the_answers_sort_by_a_click_on_a_column_and_filter(qtbot, small_project: Path) -> None:
    with Project.open(small_project) as project:
        rows = response_rows(project)
    page = ResponsesPage()
    qtbot.addWidget(page)
    page.set_data(rows, [], 0)
    page.show()
    table = page.table
    model = table.model()

    def column(number: int) -> list[object]:
        return [model.index(row, number).data() for row in range(model.rowCount())]

    latest_first = sorted((row.submitted_at for row in rows), reverse=True)
    assert column(2) == [text.replace("T", " ")[:16] for text in latest_first]
    header = table.horizontalHeader()
    sources = QPoint(header.sectionViewportPosition(5) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=sources)
    assert column(5) == sorted(column(5)) and len(set(column(5))) > 1
    table.selectRow(0)  # the answer with the fewest colleagues
    chosen = model.index(0, 0).data()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=sources)
    assert column(5) == sorted(column(5), reverse=True)
    selected = table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == [chosen]  # the selection moved with it
    assert column(0)[-1] == chosen
    page.set_data(rows, [], 0)  # read again: the order chosen stays
    assert column(5) == sorted(column(5), reverse=True)
    qtbot.keyClicks(page.filter, "bob")
    assert column(0) == ["Bob Jansen"]


def test_responses_page_shows_coverage_and_the_warning(
    read, window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    window.tabs.setCurrentIndex(RESPONSES)
    page = window.responses
    assert page.summary.text() == "2 of 6 people answered (33%)"
    assert "Under 65%" in page.warning.text()
    assert page.names_button.isVisibleTo(window)  # "Jan" is waiting for a decision
    assert "Zorg: 1 of 2 answered (50%)" in page.coverage.toolTip()


def test_the_response_rate_never_rounds_up_to_the_target(qtbot) -> None:
    """51 of 64 is 79.7% (not 80%) beside the 80% line: the rounding must not contradict it."""
    page = ResponsesPage()
    qtbot.addWidget(page)
    page.set_data([], [Coverage("Zorg", 64, 51)], 0)
    assert page.summary.text() == "51 of 64 people answered (79.7%)"
    assert "Zorg: 51 of 64 answered (79.7%)" in page.coverage.toolTip()


def test_import_with_the_mapping_step(qtbot, small_project: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "antwoorden.csv", FORMS)
    with Project.open(small_project) as project:
        dialog = ResponseImportDialog(project, source)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.checking, timeout=10_000)
        # "Persoon A" is not a column Kennisnet knows: it is not imported until mapped.
        collega = field_box(dialog, "Persoon A")
        assert collega.currentData() == "ignore"
        assert field_box(dialog, "Respondent").currentData() == "respondent"
        assert dialog.columns.item(0, 1).text() == "Anne de Vries"  # the first answer
        collega.setCurrentIndex(collega.findData("source 1"))
        qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
        assert "4 answers will be imported" in dialog.check_result.text()
        assert "3 names did not match" in dialog.check_result.text()
        report = dialog.read_stored.text()
        assert "Colleagues named: 4 read, 4 stored" in report
        assert "Ways to solve a problem chosen: 2 read, 2 stored" in report
        assert dialog.import_button.isEnabled()
        assert project.response_count() == 2  # a dry run writes nothing
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        assert dialog.report is not None and dialog.report.added == 4
        who = ids(project)
        anne = next(
            r for r in project.snapshot().responses if r.respondent_id == who["Anne de Vries"]
        )
        assert [n.source_id for n in anne.nominations] == [who["Carla van den Berg"]]
        assert {p.written for p in project.pending_names()} == {
            "Jan",
            "Gerrit van de leverancier",
            "Pietje Puk",
        }


def test_a_mapping_with_errors_blocks_the_import(
    qtbot, small_project: Path, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "a.csv", FORMS)
    with Project.open(small_project) as project:
        dialog = ResponseImportDialog(project, source)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.checking, timeout=10_000)
        respondent = field_box(dialog, "Respondent")
        respondent.setCurrentIndex(respondent.findData("ignore"))
        qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
        assert "must be fixed" in dialog.check_result.text()
        assert not dialog.import_button.isEnabled()
        assert "No column says who answered" in dialog.problems.problem(0).message


def click_radio(qtbot, button: QRadioButton) -> None:
    # A radio button reacts on its circle and its text, not on the empty space after it.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def decide(qtbot, dialog: NameResolutionDialog, written: str, button: QRadioButton) -> None:
    row = next(i for i, p in enumerate(dialog.pending) if p.written == written)
    dialog.names.setCurrentRow(row)
    click_radio(qtbot, button)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)


def test_name_resolution_pick_external_drop(qtbot, small_project: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "antwoorden.csv", FORMS)
    with Project.open(small_project) as project:
        from kennisnet.importing.responses import import_responses

        import_responses(project, source, mapping={"Persoon A": "source 1"})
        dialog = NameResolutionDialog(project)
        qtbot.addWidget(dialog)
        dialog.show()
        written = [p.written for p in dialog.pending]
        assert written == ["Gerrit van de leverancier", "Jan", "Pietje Puk"]
        assert "3 names left" in dialog.left_count.text()

        # "Jan" is ambiguous: both Jans are suggested, nothing is chosen for the adviser.
        dialog.names.setCurrentRow(written.index("Jan"))
        suggestions = [dialog.candidates.item(i).text() for i in range(dialog.candidates.count())]
        assert any("Jan Smit" in s for s in suggestions)
        assert any("Jan Bakker" in s for s in suggestions)
        assert not dialog.apply_button.isEnabled()
        # The adviser searches and picks Jan Bakker.
        qtbot.keyClicks(dialog.search, "bakker")
        assert dialog.candidates.item(0).text().startswith("Jan Bakker")
        dialog.candidates.setCurrentRow(0)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert [p.written for p in dialog.pending] == ["Gerrit van de leverancier", "Pietje Puk"]

        decide(qtbot, dialog, "Gerrit van de leverancier", dialog.as_external)
        # Pietje Puk answered but is not on the staff list: the note says the answer goes.
        row = next(i for i, p in enumerate(dialog.pending) if p.written == "Pietje Puk")
        dialog.names.setCurrentRow(row)
        assert "that answer is removed" in dialog.respondent_note.text()
        decide(qtbot, dialog, "Pietje Puk", dialog.as_drop)

        assert project.pending_names() == []
        assert dialog.decided == 3
        assert "All names are checked" in dialog.left_count.text()
        who = ids(project)
        smit = next(r for r in project.snapshot().responses if r.respondent_id == who["Jan Smit"])
        assert [n.source_id for n in smit.nominations] == [who["Jan Bakker"]]
        gerrit = next(p for p in project.people() if p.name == "Gerrit van de leverancier")
        assert gerrit.external
        assert project.response_count() == 5  # 2 before + 4 imported - Pietje's
        assert all(r.respondent != "Pietje Puk" for r in response_rows(project))
        assert project.snapshot().unresolved_names == 0


def test_import_from_the_window_then_check_names(
    read,
    qtbot,
    window: MainWindow,
    dialogs,
    boxes,
    small_project: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write_csv(tmp_path / "forms.csv", FORMS)
    window.open_project(small_project)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))

    def run_import(dialog: ResponseImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.checking, timeout=10_000)
        box = field_box(dialog, "Persoon A")
        box.setCurrentIndex(box.findData("source 1"))
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)

    def resolve_all(dialog: NameResolutionDialog) -> None:
        while dialog.pending:
            dialog.names.setCurrentRow(0)
            click_radio(qtbot, dialog.as_external)
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    dialogs.on(ResponseImportDialog, run_import)
    dialogs.on(NameResolutionDialog, resolve_all)
    boxes.answer = True  # "Check names now"
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    read(window)
    assert "4 answers imported from the Kennisnet template" in boxes.seen[0]
    assert "Colleagues named: 4 read, 4 stored" in boxes.seen[0]
    assert "need a decision" in boxes.seen[0]
    assert window.session is not None
    assert window.session.project.pending_names() == []
    assert window.tabs.currentIndex() == RESPONSES
    assert window.responses.model.rowCount() == 5  # Pietje's answer went with "external"
    assert not window.responses.names_button.isVisibleTo(window)
    assert "Every name in the answers is matched" in window.overview.steps[3].text.text()


def test_merge_laptops_with_a_summary(
    read,
    qtbot,
    window: MainWindow,
    dialogs,
    idle,
    small_project: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = tmp_path / "laptop-werkplaats.kennisnet"
    shutil.copyfile(small_project, laptop)
    with Project.open(laptop) as other:
        who = ids(other)
        other.add_response(
            ResponseDraft(
                respondent_id=who["Jan Smit"],
                nominations=(NominationDraft(source_id=who["Anne de Vries"]),),
                laptop_id="laptop-werkplaats",
            )
        )
        other.add_response(
            ResponseDraft(
                respondent_id=who["José Peña"], nominations=(NominationDraft(written="Kees"),)
            )
        )
    window.open_project(small_project)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(laptop)], ""))
    seen: list[str] = []

    def read_summary(dialog: MergeSummaryDialog) -> None:
        seen.append(dialog.text.toPlainText())
        assert dialog.names_button is not None  # "Kees" and "Jan" need a decision
        qtbot.mouseClick(
            dialog.findChild(QRadioButton) or dialog.names_button, Qt.MouseButton.LeftButton
        )

    dialogs.on(MergeSummaryDialog, read_summary)
    dialogs.on(NameResolutionDialog, lambda d: d.accept())
    window.menus.merge_action.trigger()
    idle(window)
    read(window)
    assert window.session is not None
    assert "2 new answers added from 1 file." in seen[0]
    assert "2 answers were already in this project" in seen[0]
    assert "2 names now need a decision" in seen[0]
    assert isinstance(dialogs.shown[-1], NameResolutionDialog)  # "Check names now"
    assert window.session.project.response_count() == 4
    assert window.responses.model.rowCount() == 4
