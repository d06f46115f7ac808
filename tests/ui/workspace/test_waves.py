"""Waves: start the next wave, answers go into it, look at an earlier wave, compare two.

The project: Anne is trained (staff list); Ruud's training is not on the staff list.
Wave 1: Bob learns from Anne; Ruud, Kim and Daan learn from each other and nobody
of them had training (a risk cluster): 4 of 6 answered (67%). Wave 2, after Ruud's
training: Ruud says he is trained now, Kim and Daan still learn from him; Bob has
not answered yet (3 of 6, 50%: too few to compare). When Bob answers too (4 of 6,
67%), the 4 people who answered both times are compared.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from kennisnet.analysis import waves as waves_module
from kennisnet.analysis.waves import compare
from kennisnet.analysis.waves_report import comparison_report
from kennisnet.importing.responses import import_responses
from kennisnet.model import TrainingAnswer
from kennisnet.session import Session
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.ui.language import switch_language
from kennisnet.ui.workspace.compare import CompareDialog
from kennisnet.ui.workspace.response_import import ResponseImportDialog
from kennisnet.ui.workspace.waves import NewWaveDialog, next_wave_name
from kennisnet.ui.workspace.window import OVERVIEW, RESPONSES, RESULTS, MainWindow

ROSTER = [
    ("Anne de Vries", "Zorg", True),
    ("Bob Jansen", "Zorg", False),
    ("Ruud Verbeek", "Techniek", None),
    ("Kim de Jong", "Techniek", None),
    ("Daan van Dam", "Techniek", None),
    ("José Peña", "Keuken", False),
]
FIRST = [
    ("Bob Jansen", "Anne de Vries"),
    ("Ruud Verbeek", "Kim de Jong"),
    ("Kim de Jong", "Ruud Verbeek"),
    ("Daan van Dam", "Ruud Verbeek"),
]
SECOND = [
    ["Respondent", "Bron 1", "Formele training"],
    ["Ruud Verbeek", "Kim de Jong", "ja"],
    ["Kim de Jong", "Ruud Verbeek", "nee"],
    ["Daan van Dam", "Ruud Verbeek", ""],
]


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


@pytest.fixture
def first_wave(tmp_path: Path) -> Path:
    """A project with one wave: 4 of 6 people answered."""
    path = tmp_path / "installateur.kennisnet"
    with Project.create(path, name="Installateur Test") as project:
        ids = {
            name: project.add_person(name=name, department=department, trained_hr=trained)
            for name, department, trained in ROSTER
        }
        for learner, source in FIRST:
            project.add_response(
                ResponseDraft(
                    respondent_id=ids[learner],
                    nominations=(NominationDraft(source_id=ids[source]),),
                    training=TrainingAnswer.NO,
                )
            )
    return path


@pytest.fixture
def second_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "tweede-meting.csv", SECOND)


@pytest.fixture
def two_waves(first_wave: Path, second_file: Path) -> Path:
    """The same project with 'Wave 2' started and its 3 answers imported."""
    with Project.open(first_wave) as project:
        project.add_wave("Wave 2")
        assert import_responses(project, second_file).added == 3
    return first_wave


@pytest.fixture
def both_answered(two_waves: Path, tmp_path: Path) -> Path:
    """Bob answers wave 2 too: 4 of 6 answered in each wave, the same 4 people."""
    bob = write_csv(
        tmp_path / "bob.csv", [["Respondent", "Bron 1"], ["Bob Jansen", "Anne de Vries"]]
    )
    with Project.open(two_waves) as project:
        assert import_responses(project, bob).added == 1
    return two_waves


def wait_for_results(qtbot, window: MainWindow, wave_id: int) -> Any:
    panel = window.results_tab.panel
    qtbot.waitUntil(
        lambda: (
            panel.current_result() is not None
            and panel.current_result().wave_id == wave_id
            and not panel.drawing()
        ),  # the boxes and tables follow the network in steps
        timeout=20_000,
    )
    return panel


def answered_card(window: MainWindow) -> str:
    return str(window.results_tab.panel.widgets.overview.cards["response"].detail.text())


# -- starting the next wave ----------------------------------------------------------


def test_the_next_wave_name_counts_on_and_skips_names_in_use() -> None:
    assert next_wave_name(["Wave 1"]) == "Wave 2"
    assert next_wave_name(["Wave 1", "wave 3"]) == "Wave 4"
    assert next_wave_name(["Najaar", "Na de training"]) == "Wave 3"


def test_start_the_next_wave_from_the_menu(
    read, qtbot, window: MainWindow, dialogs, first_wave: Path
) -> None:
    window.open_project(first_wave)
    read(window)
    assert window.overview.subtitle.text().startswith("Wave: Wave 1. 4 of 6 people")
    assert not window.menus.compare_action.isEnabled()
    assert window.overview.compare_button.isHidden()
    seen: dict[str, str] = {}

    def name_it(dialog: NewWaveDialog) -> None:
        seen["name"] = dialog.name.text()
        seen["points"] = dialog.points.text()
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "wave 1")  # already used, in other letters
        assert not dialog.start_button.isEnabled()
        assert "already a wave with this name" in dialog.problem.text()
        dialog.name.clear()
        assert not dialog.start_button.isEnabled()
        qtbot.keyClicks(dialog.name, "  Na de   training ")
        assert dialog.start_button.isEnabled()
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    dialogs.on(NewWaveDialog, name_it)
    window.tabs.setCurrentIndex(RESPONSES)
    assert window.menus.waves_menu.title() == "&Waves"
    window.menus.waves_menu.actions()[0].trigger()  # Waves → Start the next wave…
    read(window)

    assert seen["name"] == "Wave 2"
    assert "4 people answered in Wave 1. Their answers stay in the project" in seen["points"]
    assert "Everyone can answer again" in seen["points"]
    project = window.session.project
    assert project is not None
    assert [name for _, name, _ in project.waves()] == ["Wave 1", "Na de training"]
    assert project.current_wave_id() == project.waves()[1][0]
    assert project.response_count(project.waves()[0][0]) == 4  # the first answers stay
    # Every page now shows the new, empty wave.
    assert window.overview.subtitle.text().startswith("Wave: Na de training. 0 of 6 people")
    assert "wave 2 of 2" in window.overview.steps[4].text.text()
    assert not window.overview.compare_button.isHidden()
    assert "Wave: Na de training" in window.responses.wave_label.text()
    assert window.responses.model.rowCount() == 0
    assert window.responses.summary.text() == "0 of 6 people answered (0%)"
    assert window.results_tab.wave_bar.chooser.currentText() == "Na de training (current)"
    assert window.results_tab.wave_bar.chooser.count() == 2
    assert window.menus.compare_action.isEnabled()
    assert window.answered == set()


def test_cancel_starts_no_wave(qtbot, window: MainWindow, dialogs, first_wave: Path) -> None:
    window.open_project(first_wave)
    dialogs.on(
        NewWaveDialog, lambda d: qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(window.overview.new_wave_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert len(window.session.project.waves()) == 1


def test_the_new_wave_dialog_speaks_dutch_and_switches_live(qtbot) -> None:
    switch_language("nl")
    try:
        dialog = NewWaveDialog("Meting 1", ["Meting 1"], 12)
        qtbot.addWidget(dialog)
        assert dialog.name.text() == "Meting 2"
        assert dialog.windowTitle() == "Volgende meting starten"
        assert (
            "In Meting 1 hebben 12 mensen geantwoord. Hun antwoorden blijven"
            in dialog.points.text()
        )
        switch_language("en")
        assert dialog.windowTitle() == "Start the next wave"
        assert dialog.start_button.text() == "Start the wave"
        dialog.reject()
    finally:
        switch_language("en")


def test_imported_answers_go_into_the_new_wave(
    read,
    qtbot,
    window: MainWindow,
    dialogs,
    boxes,
    first_wave: Path,
    second_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.open_project(first_wave)
    dialogs.on(NewWaveDialog, lambda d: qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(window.overview.new_wave_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second_file), ""))

    def run_import(dialog: ResponseImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)

    dialogs.on(ResponseImportDialog, run_import)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    read(window)
    assert "3 answers imported" in boxes.seen[-1]
    project = window.session.project
    assert project is not None
    first, second = (w[0] for w in project.waves())
    assert (project.response_count(first), project.response_count(second)) == (4, 3)
    assert window.tabs.currentIndex() == RESPONSES
    assert window.responses.model.rowCount() == 3
    assert window.responses.summary.text() == "3 of 6 people answered (50%)"
    assert window.overview.subtitle.text().startswith("Wave: Wave 2. 3 of 6 people")


# -- looking at an earlier wave ------------------------------------------------------


def test_the_wave_chooser_switches_the_results(
    qtbot, window: MainWindow, dialogs, two_waves: Path
) -> None:
    window.open_project(two_waves)
    window.tabs.setCurrentIndex(RESULTS)
    chooser = window.results_tab.wave_bar.chooser
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["Wave 1", "Wave 2 (current)"]
    wait_for_results(qtbot, window, 2)
    assert answered_card(window) == "3 of 6 people filled in the survey."
    assert window.results_tab.wave_bar.note.text() == ""
    assert window.results_tab.panel.title == "Installateur Test — Wave 2"

    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Up)  # the earlier wave
    result = wait_for_results(qtbot, window, 1).current_result()
    assert answered_card(window) == "4 of 6 people filled in the survey."
    assert result.wave_name == "Wave 1"
    assert sum(1 for c in result.clusters if c.risk) == 1  # Ruud, Kim and Daan, untrained
    assert "earlier wave. New answers go into Wave 2." in window.results_tab.wave_bar.note.text()
    assert window.results_tab.panel.title == "Installateur Test — Wave 1"
    # The export writes the wave on screen, from the analysis the dashboard shows.
    assert window.results_tab.shown_wave() == 1
    assert window.session is not None
    assert window.session.cached(1) is not None

    # Other pages still show the current wave; a refresh keeps the chosen wave.
    window.refresh()
    assert chooser.currentData() == 1
    assert window.responses.summary.text() == "3 of 6 people answered (50%)"

    qtbot.keyClick(chooser, Qt.Key.Key_Down)
    wait_for_results(qtbot, window, 2)
    assert answered_card(window) == "3 of 6 people filled in the survey."
    assert window.results_tab.wave_bar.note.text() == ""

    # Starting a wave shows it at once, on the Results tab too.
    qtbot.keyClick(chooser, Qt.Key.Key_Up)
    wait_for_results(qtbot, window, 1)
    dialogs.on(NewWaveDialog, lambda d: qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton))
    window.menus.new_wave_action.trigger()
    assert chooser.currentText() == "Wave 3 (current)"
    wait_for_results(qtbot, window, 3)
    assert answered_card(window) == "0 of 6 people filled in the survey."


# -- comparing two waves -------------------------------------------------------------


def test_compare_two_waves_in_sentences_and_names(
    qtbot, window: MainWindow, dialogs, both_answered: Path
) -> None:
    window.open_project(both_answered)
    window.tabs.setCurrentIndex(RESULTS)
    seen: dict[str, Any] = {}

    def read(dialog: CompareDialog) -> None:
        assert (dialog.before.currentText(), dialog.after.currentText()) == ("Wave 1", "Wave 2")
        qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20_000)
        seen["en"] = dialog.report.toPlainText()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        clipboard = QGuiApplication.clipboard()
        seen["copied"] = clipboard.text()
        switch_language("nl")
        try:
            seen["nl"] = dialog.report.toPlainText()
            seen["nl title"] = dialog.windowTitle()
        finally:
            switch_language("en")
        # The same wave twice cannot be compared.
        dialog.after.setCurrentIndex(0)
        seen["same"] = dialog.status.text()
        seen["copy enabled"] = dialog.copy_button.isEnabled()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    dialogs.on(CompareDialog, read)
    qtbot.mouseClick(window.results_tab.wave_bar.compare_button, Qt.MouseButton.LeftButton)

    # By hand: Bob, Ruud, Kim and Daan answered both times (José never). Wave 1: Bob ->
    # Anne (trained) reaches; Ruud, Kim, Daan only have each other, nobody trained: a
    # risk cluster. Wave 2: Ruud is trained, Kim and Daan ask him: 3 now reach, the
    # cluster is no longer at risk, and Ruud is now the only route for Kim and Daan.
    en = seen["en"]
    assert "From Wave 1 to Wave 2" in en
    assert "Wave 1: 4 of 6 people answered (67%)." in en
    assert "Wave 2: 4 of 6 people answered (67%)." in en
    assert "4 people answered both times." in en
    assert "Of the 4 people who answered both times:" in en
    assert "3 people can now reach a trained colleague within two steps." in en
    assert "no longer reach" not in en
    assert "1 risk cluster is no longer at risk." in en
    assert "1 person is now the only route to trained knowledge for others." in en
    assert "Fewer than 80% answered in Wave 1." in en
    assert "Fewer than 80% answered in Wave 2." in en
    assert en.index("4 people answered both times.") < en.index("Of the 4 people")
    reach = en.split("Can now reach a trained colleague (3)")[1].split("No longer a risk")[0]
    assert "Ruud Verbeek (Techniek, now trained)" in reach
    assert "Kim de Jong (Techniek)" in reach
    assert "Daan van Dam (Techniek)" in reach
    assert "Bob" not in reach
    cluster = en.split("No longer a risk cluster (1)")[1]
    assert "3 people, mostly Techniek: Ruud Verbeek, Kim de Jong, Daan van Dam" in cluster
    assert "Before: Nobody in this cluster of 3 people has had formal training" in cluster
    assert "Now the only route to trained knowledge for others (1)" in en

    assert seen["copied"].startswith("From Wave 1 to Wave 2\n")
    assert "- 3 people can now reach a trained colleague within two steps." in seen["copied"]
    assert "- Ruud Verbeek (Techniek, now trained)" in seen["copied"]
    assert "Kim de Jong, Daan van Dam\n  Before: Nobody in this cluster" in seen["copied"]
    assert "Still a risk cluster" not in seen["copied"]

    nl = seen["nl"]
    assert seen["nl title"] == "Metingen vergelijken"
    assert "Van Wave 1 naar Wave 2" in nl
    assert "Wave 2: 4 van de 6 mensen hebben geantwoord (67%)." in nl
    assert "Van de 4 mensen die beide keren antwoordden:" in nl
    assert "3 mensen kunnen nu binnen twee stappen een getrainde collega bereiken." in nl
    assert "Kan nu een getrainde collega bereiken (3)" in nl
    assert "Ruud Verbeek (Techniek, nu getraind)" in nl
    assert "Geen risicogroep meer (1)" in nl

    assert seen["same"] == "Choose two different waves."
    assert not seen["copy enabled"]


def test_an_empty_and_a_thin_second_wave_are_not_compared(
    qtbot, window: MainWindow, dialogs, first_wave: Path, second_file: Path
) -> None:
    with Project.open(first_wave) as project:
        project.add_wave("Wave 2")
    window.open_project(first_wave)
    seen: list[dict[str, str]] = []

    def read(dialog: CompareDialog) -> None:
        qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20_000)
        texts = {"en": dialog.report.toPlainText(), "copy": str(dialog.copy_button.isEnabled())}
        switch_language("nl")
        try:
            texts["nl"] = dialog.report.toPlainText()
        finally:
            switch_language("en")
        seen.append(texts)
        dialog.reject()

    dialogs.on(CompareDialog, read)
    window.menus.compare_action.trigger()
    assert window.session is not None
    assert import_responses(window.session.project, second_file).added == 3  # 3 of 6: 50%
    window.menus.compare_action.trigger()

    empty, thin = seen
    assert "Wave 2: 0 of 6 people answered (0%)." in empty["en"]
    assert "Wave 2 has no answers yet." in empty["en"]
    assert "These waves cannot be compared yet" in empty["en"]
    assert "4 people answered in Wave 1 but not (yet) in Wave 2." in empty["en"]
    assert "Wave 2 heeft nog geen antwoorden." in empty["nl"]
    assert "Deze metingen zijn nog niet te vergelijken" in empty["nl"]
    for text in (empty["en"], thin["en"]):
        assert "reach" not in text and "risk cluster" not in text
        assert "key knowledge holder" not in text
    assert "Only 50% answered in Wave 2; the waves can be compared when at least 65% " in thin["en"]
    assert "In Wave 2 heeft maar 50% geantwoord" in thin["nl"]
    assert "3 people answered both times." in thin["en"]
    assert empty["copy"] == thin["copy"] == "True"


def test_compare_from_the_menu_can_be_stopped_and_run_again(
    qtbot, window: MainWindow, dialogs, both_answered: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_project(both_answered)
    assert window.menus.compare_action.isEnabled()
    release = threading.Event()
    real = waves_module.compare

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(waves_module, "compare", held)
    seen: dict[str, Any] = {}

    def stop_then_again(dialog: CompareDialog) -> None:
        assert dialog.stop_button.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        release.set()
        qtbot.waitUntil(lambda: dialog.state == "stopped", timeout=20_000)
        seen["stopped"] = dialog.status.text()
        seen["again"] = dialog.again_button.isVisibleTo(dialog)
        assert dialog.comparison is None and not dialog.copy_button.isEnabled()
        qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20_000)
        seen["report"] = dialog.report.toPlainText()
        dialog.reject()

    dialogs.on(CompareDialog, stop_then_again)
    window.tabs.setCurrentIndex(OVERVIEW)
    window.menus.compare_action.trigger()
    assert seen["stopped"] == "The comparison was stopped."
    assert seen["again"]
    assert "3 people can now reach a trained colleague" in seen["report"]


def test_the_dialog_shows_the_sessions_comparison_of_the_chosen_waves(
    qtbot, both_answered: Path
) -> None:
    with Session.open(both_answered) as session:
        first, second = (wave_id for wave_id, _name, _started in session.project.waves())
        expected = comparison_report(session.compare(first, second)).text()
        backwards = comparison_report(session.compare(second, first)).text()
        dialog = CompareDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20_000)
        assert dialog.chosen() == (first, second)
        assert dialog.report_text() == expected
        dialog.before.setCurrentIndex(1)
        dialog.after.setCurrentIndex(0)
        qtbot.waitUntil(lambda: dialog.state == "done", timeout=20_000)
        assert dialog.report_text() == backwards != expected
        dialog.reject()


def test_the_report_the_other_way_round_names_the_new_risk_cluster(both_answered: Path) -> None:
    with Project.open(both_answered) as project:
        first, second = (project.snapshot(w[0]) for w in project.waves())
    report = comparison_report(compare(second, first))
    assert report.title == "From Wave 2 to Wave 1"
    titles = [s.title for s in report.sections]
    assert titles == [
        "Can no longer reach a trained colleague (3)",
        "New risk clusters (1)",
        "No longer the only route to trained knowledge for others (1)",
    ]
    assert report.sections[0].items == (
        "Ruud Verbeek (Techniek)",
        "Kim de Jong (Techniek)",
        "Daan van Dam (Techniek)",
    )
    new = report.sections[1].items[0]
    assert new.startswith("3 people, mostly Techniek: Ruud Verbeek, Kim de Jong, Daan van Dam\n")
    assert "Nobody in this cluster of 3 people has had formal training" in new
