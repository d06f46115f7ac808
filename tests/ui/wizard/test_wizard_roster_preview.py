"""The wizard's column page shows the people as they will be stored, and is green only when
every name looks like a name (issue 11: "Klaar: 64 mensen" in green for 64 numbers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.wizard import MAPPING_PAGE, NewProjectWizard


@pytest.fixture
def wizard(qtbot, settings: Settings, tmp_path: Path) -> NewProjectWizard:
    settings.last_folder = str(tmp_path)
    w = NewProjectWizard(settings)
    qtbot.addWidget(w)
    w.show()
    return w


def open_mapping(qtbot, wizard: NewProjectWizard, roster: Path) -> None:
    qtbot.keyClicks(wizard.name_page.name, "Zorggroep")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.roster_page.set_file(roster)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == MAPPING_PAGE
    qtbot.waitUntil(lambda: not wizard.mapping_page.checking, timeout=10_000)


def preview_rows(wizard: NewProjectWizard) -> list[tuple[str, ...]]:
    model = wizard.mapping_page.preview_view.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_hr_export_with_employee_numbers_in_medewerker(
    qtbot, wizard: NewProjectWizard, tmp_path: Path
) -> None:
    roster = tmp_path / "afas.csv"
    roster.write_text(
        "Medewerker;Roepnaam;Voorvoegsel;Achternaam;Afdeling;Getraind\n"
        "10000;Jan;de;Vries;Zorg;J\n"
        "10007;Anna;;Jansen;Zorg;N\n"
        "10012;Piet;van;Dijk;Facilitair;\n",
        encoding="utf-8",
    )
    open_mapping(qtbot, wizard, roster)
    page = wizard.mapping_page
    assert preview_rows(wizard) == [
        ("2", "Jan de Vries", "Zorg", "yes"),
        ("3", "Anna Jansen", "Zorg", "no"),
        ("4", "Piet van Dijk", "Facilitair", "unknown"),
    ]
    assert page.boxes["employee_number"].currentText() == "Medewerker"
    assert page.boxes["name"].currentText() == "— not in the file —"
    assert page.status.text() == "Ready: 3 people will be imported."
    assert "#2e7d32" in page.status.styleSheet()
    assert page.tabs.currentWidget() is page.preview_view
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_lost_letters_are_marked_and_not_green(
    qtbot, wizard: NewProjectWizard, tmp_path: Path
) -> None:
    roster = tmp_path / "export.csv"
    text = "Naam;Afdeling\r\nJan de Vries;Zorg\r\nFatma Yılmaz;Zorg\r\nEmre Şahin;Staf\r\n"
    roster.write_bytes(text.encode("cp1252", errors="replace"))
    open_mapping(qtbot, wizard, roster)
    page = wizard.mapping_page
    rows = preview_rows(wizard)
    assert [row[1] for row in rows] == ["Fatma Y?lmaz", "Emre ?ahin", "Jan de Vries"]
    model = page.preview_view.model()
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.status.text() == (
        "3 people will be imported. 2 names do not look right; check them below before you go on."
    )
    assert "#2e7d32" not in page.status.styleSheet()
    # A warning, not an error: the adviser may go on (and fix the names in the roster later).
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_column_of_numbers_chosen_as_name_is_refused(
    qtbot, wizard: NewProjectWizard, tmp_path: Path
) -> None:
    roster = tmp_path / "nummers.csv"
    roster.write_text("Naam;Afdeling\n10000;Zorg\n10007;Zorg\n", encoding="utf-8")
    open_mapping(qtbot, wizard, roster)
    page = wizard.mapping_page
    assert page.plan is None or not page.plan.entries
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.boxes["name"].setCurrentIndex(page.boxes["name"].findText("Naam"))
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    messages = [page.problems.problem(i).message for i in range(page.problems.rowCount())]
    assert any('"Naam" holds numbers' in m for m in messages)
    assert page.tabs.currentWidget() is page.problem_view
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_finish_stores_what_the_preview_showed(
    qtbot, wizard: NewProjectWizard, tmp_path: Path
) -> None:
    roster = tmp_path / "nmbrs.csv"
    roster.write_text(
        "Persnr;Naam;Roepnaam;Voorvoegsels;NaamPartner;VoorvoegselsPartner;NaamSamenstelling\n"
        "1;Jansen;Anna;;Vries;de;4\n"
        "2;Bakker;Mieke;;Berg;van der;3\n",
        encoding="utf-8",
    )
    open_mapping(qtbot, wizard, roster)
    shown = [row[1] for row in preview_rows(wizard)]
    assert shown == ["Anna Jansen-de Vries", "Mieke van der Berg-Bakker"]
    wizard.next()
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=10_000)
    with Project.open(wizard.created, readonly=True) as project:
        assert [p.name for p in project.people()] == shown
