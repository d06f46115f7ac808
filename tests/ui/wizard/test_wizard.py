"""The new-project wizard with a messy staff list: problems row by row, Next blocked, fixed."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard

from kennisnet.session import Session
from kennisnet.session.options import LIMITS, has_stored_options
from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.wizard import (
    DONE_PAGE,
    MAPPING_PAGE,
    NAME_PAGE,
    QUESTIONNAIRE_PAGE,
    ROSTER_PAGE,
    NewProjectWizard,
    analysis_defaults,
)

MESSY = [
    ["Personeelsoverzicht Zorggroep Oost", "", "", "", ""],
    ["", "", "", "", ""],
    ["Collega", "Afdeling", "Getraind", "Opleiding gevolgd (ja/nee)", "Personeelsnummer"],
    ["Anne de Vries", "Zorg", "BHV 2023", "ja", "1001"],
    ["Bob Jansen", "Zorg", "", "nee", "1002"],
    ["Çigdem Öztürk", "Facilitair", "VCA", "", "1003"],
    ["Dirk van den Berg", "Facilitair", "wel gedaan?", "ja", "1004"],
]


def write_csv(path: Path, rows: Sequence[Sequence[str]], encoding: str = "cp1252") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


@pytest.fixture
def wizard(qtbot, settings: Settings, tmp_path: Path) -> NewProjectWizard:
    settings.last_folder = str(tmp_path)
    w = NewProjectWizard(settings)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(box: QComboBox, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, f"{text!r} not in {[box.itemText(i) for i in range(box.count())]}"
    box.setCurrentIndex(index)


def wait_checked(qtbot, wizard: NewProjectWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.mapping_page.checking, timeout=10_000)


def test_messy_roster_problems_row_by_row_then_fixed_by_choosing_columns(
    qtbot,
    wizard: NewProjectWizard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roster = write_csv(tmp_path / "personeel.csv", MESSY)
    folder = tmp_path / "projecten"
    folder.mkdir()

    # 1. Name and folder: Next waits for a name.
    assert wizard.currentId() == NAME_PAGE
    assert not next_button(wizard).isEnabled()
    wizard.name_page.folder.setText(str(folder))
    qtbot.keyClicks(wizard.name_page.name, "Zorggroep Oost 2027")
    assert next_button(wizard).isEnabled()
    assert "Zorggroep Oost 2027.kennisnet" in wizard.name_page.target.text()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    # 2. The staff list file, chosen in the (native) file dialog.
    assert wizard.currentId() == ROSTER_PAGE
    assert not next_button(wizard).isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(roster), ""))
    qtbot.mouseClick(wizard.roster_page.choose, Qt.MouseButton.LeftButton)
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    # 3. No name column is recognised: a clear problem, Next stays off.
    assert wizard.currentId() == MAPPING_PAGE
    page = wizard.mapping_page
    wait_checked(qtbot, wizard)
    assert not next_button(wizard).isEnabled()
    assert "No column with names was found" in page.problems.problem(0).message
    assert "must be fixed" in page.status.text()

    # The adviser points Name at "Collega": now the odd training values show, row by row.
    assert page.header_row.isVisibleTo(wizard)
    assert page.header_row.currentText().startswith("Row 3: Collega")
    choose(page.boxes["name"], "Collega")
    wait_checked(qtbot, wizard)
    problems = [page.problems.problem(i) for i in range(page.problems.rowCount())]
    assert [p.row for p in problems if p.severity == "error"] == [4, 6, 7]
    assert "Windows-1252" in " ".join(p.message for p in problems if p.severity == "warning")
    messages = [p.message for p in problems]
    assert '"BHV 2023"' in messages[0] and "Getraind" in messages[0]
    view = page.problem_view.model()
    assert view.index(0, 0).data() == "4"
    assert not next_button(wizard).isEnabled()

    # Trained is really in "Opleiding gevolgd (ja/nee)": choosing it clears every error.
    choose(page.boxes["trained"], "Opleiding gevolgd (ja/nee)")
    wait_checked(qtbot, wizard)
    assert page.plan is not None and not page.plan.errors
    assert "4 people will be imported" in page.status.text()
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    # 4. The questionnaire: defaults in both languages; a changed Dutch title is kept.
    assert wizard.currentId() == QUESTIONNAIRE_PAGE
    editor = wizard.questionnaire_page.editor
    assert editor.editors[("consent_title", "en")].text() == "Welcome"
    assert editor.editors[("consent_title", "nl")].text() == "Welkom"
    title = editor.editors[("consent_title", "nl")]
    title.selectAll()
    qtbot.keyClicks(title, "Welkom bij Zorggroep Oost")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    # 5. Ready: nothing exists until Create project.
    assert wizard.currentId() == DONE_PAGE
    assert "4 people" in wizard.done_page.summary.text()
    assert list(folder.iterdir()) == []
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=10_000)

    target = folder / "Zorggroep Oost 2027.kennisnet"
    assert wizard.created == target
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary leftovers
    with Project.open(target, readonly=True) as project:
        people = {p.name: p for p in project.people()}
        assert set(people) == {"Anne de Vries", "Bob Jansen", "Çigdem Öztürk", "Dirk van den Berg"}
        assert people["Anne de Vries"].trained_hr is True
        assert people["Bob Jansen"].trained_hr is False
        assert people["Çigdem Öztürk"].trained_hr is None
        # The mislabelled column is kept as an attribute, not read as training.
        assert people["Anne de Vries"].attributes["Getraind"] == "BHV 2023"
        assert project.questionnaire().text("consent_title", "nl") == "Welkom bij Zorggroep Oost"
        assert project.questionnaire().text("consent_title", "en") == "Welcome"
        assert project.name == "Zorggroep Oost 2027"


def test_row_errors_fixed_in_the_file_and_checked_again(
    qtbot,
    wizard: NewProjectWizard,
    tmp_path: Path,
) -> None:
    rows = [
        ["Naam", "Afdeling", "Personeelsnummer"],
        ["Anne de Vries", "Zorg", "1001"],
        ["", "Zorg", "1002"],
        ["Bob Jansen", "Zorg", "1001"],
    ]
    roster = write_csv(tmp_path / "lijst.csv", rows, encoding="utf-8")
    wizard.name_page.folder.setText(str(tmp_path))
    qtbot.keyClicks(wizard.name_page.name, "Test")
    wizard.next()
    wizard.roster_page.set_file(roster)
    wizard.next()
    wait_checked(qtbot, wizard)
    page = wizard.mapping_page
    found = [
        (page.problems.problem(i).row, page.problems.problem(i).message)
        for i in range(page.problems.rowCount())
    ]
    assert [row for row, _ in found] == [3, 4]
    assert "the name is empty" in found[0][1]
    assert "also used in row 2" in found[1][1]
    assert not next_button(wizard).isEnabled()

    write_csv(roster, [rows[0], rows[1], ["Bob Jansen", "Zorg", "1002"]], encoding="utf-8")
    qtbot.mouseClick(page.again, Qt.MouseButton.LeftButton)
    wait_checked(qtbot, wizard)
    assert page.problems.rowCount() == 0
    assert next_button(wizard).isEnabled()


def test_cancel_leaves_nothing_behind(qtbot, wizard: NewProjectWizard, tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    roster = write_csv(tmp_path / "p.csv", [["Naam"], ["Anne de Vries"]], encoding="utf-8")
    wizard.name_page.folder.setText(str(folder))
    qtbot.keyClicks(wizard.name_page.name, "Weg")
    wizard.next()
    wizard.roster_page.set_file(roster)
    wizard.next()
    wait_checked(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.created is None
    assert list(folder.iterdir()) == []


def test_an_existing_file_blocks_the_first_page(
    qtbot,
    wizard: NewProjectWizard,
    tmp_path: Path,
) -> None:
    (tmp_path / "Bestaat.kennisnet").write_bytes(b"")
    wizard.name_page.folder.setText(str(tmp_path))
    qtbot.keyClicks(wizard.name_page.name, "Bestaat")
    assert not next_button(wizard).isEnabled()
    assert "already exists" in wizard.name_page.reason.text()


def test_the_first_wave_gets_hrs_analysis_defaults(
    qtbot, wizard: NewProjectWizard, settings: Settings, tmp_path: Path
) -> None:
    settings.overloaded_threshold = 5
    settings.advice_k = 7
    wizard.name_page.folder.setText(str(tmp_path))
    qtbot.keyClicks(wizard.name_page.name, "Met instellingen")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    wizard.roster_page.skip.setChecked(True)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == QUESTIONNAIRE_PAGE
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == DONE_PAGE
    assert "No staff list yet" in wizard.done_page.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=10_000)
    assert wizard.created is not None
    with Session.open(wizard.created, readonly=True) as session:
        assert session.project.people() == []
        options = session.options()
        assert (options.overloaded_threshold, options.advice_k) == (5, 7)
        assert has_stored_options(session.project, session.wave_id())


def test_a_bad_default_in_the_settings_file_gives_the_analysis_default(tmp_path: Path) -> None:
    """The settings accept what a project accepts (one range); a bad file value falls back."""
    path = tmp_path / "bad.ini"
    path.write_text("[analysis]\noverloaded_threshold=0\nadvice_k=80\n", encoding="utf-8")
    options = analysis_defaults(Settings(path))
    assert (options.overloaded_threshold, options.advice_k) == (8, 3)
    with pytest.raises(ValueError):
        Settings(path).advice_k = LIMITS["advice_k"][1] + 1
