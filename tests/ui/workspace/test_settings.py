"""Settings: the language switches the whole window at once; the analysis options are
the open project's (per wave), or without a project the user's defaults for new ones."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from kennisnet.analysis import AnalysisResult
from kennisnet.cli import main
from kennisnet.i18n import language, set_language
from kennisnet.session import DEFAULTS, Session
from kennisnet.ui.dialogs.text import TextDialog
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.settings_dialog import SettingsDialog
from kennisnet.ui.workspace.window import RESULTS, MainWindow


def overloaded(result: AnalysisResult) -> int:
    return sum(1 for person in result.people if person.overloaded)


def type_into(qtbot, box, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))


def test_switching_to_dutch_retranslates_the_window(
    read, qtbot, window: MainWindow, dialogs, settings: Settings, small_project: Path
) -> None:
    window.open_project(small_project)
    read(window)
    assert window.tabs.tabText(1) == "Staff list"

    def switch(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        assert dialog.windowTitle() == "Instellingen"  # the dialog itself follows at once
        dialog.threshold.setValue(12)
        dialog.advice.setValue(5)
        dialog.reject()

    dialogs.on(SettingsDialog, switch)
    try:
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        assert language() == "nl"
        assert [window.tabs.tabText(i) for i in range(5)] == [
            "Overzicht",
            "Personeelslijst",
            "Vragenlijst",
            "Antwoorden",
            "Resultaten",
        ]
        assert window.menus.file_menu.title() == "&Bestand"
        assert window.roster.add_button.text() == "Persoon toevoegen…"
        assert window.people_model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
        assert window.responses.summary.text().startswith("2 van de 6 mensen")
        assert window.overview.steps[0].title.text() == "Personeelslijst"
        fresh = Settings(Path(settings.path))
        assert fresh.language == "nl"
        # With a project open the analysis options are the project's, not the user's.
        assert (fresh.overloaded_threshold, fresh.advice_k) == (8, 3)
        assert window.session is not None
        options = window.session.options()
        assert (options.overloaded_threshold, options.advice_k) == (12, 5)
    finally:
        set_language("en")


def test_without_a_project_the_options_are_the_defaults_for_new_projects(
    qtbot, window: MainWindow, dialogs, settings: Settings
) -> None:
    seen: dict[str, str] = {}

    def change(dialog: SettingsDialog) -> None:
        seen["scope"] = dialog.scope.text()
        assert dialog.threshold.value() == settings.overloaded_threshold == 8
        type_into(qtbot, dialog.threshold, 6)
        type_into(qtbot, dialog.advice, 4)
        dialog.reject()

    dialogs.on(SettingsDialog, change)
    window.menus.settings_action.trigger()
    assert seen["scope"] == (
        "No project is open: the analysis settings below are your defaults for new projects."
    )
    fresh = Settings(Path(settings.path))
    assert (fresh.overloaded_threshold, fresh.advice_k) == (6, 4)


def test_the_overloaded_threshold_is_stored_in_the_project_and_the_cli_agrees(
    qtbot, window: MainWindow, dialogs, settings: Settings, demo_path: Path, capsys
) -> None:
    assert window.open_project(demo_path)
    session = window.session
    assert session is not None
    window.tabs.setCurrentIndex(RESULTS)
    wave = window.results_tab.shown_wave()
    assert session.options(wave) == DEFAULTS
    qtbot.waitUntil(lambda: session.cached(wave) is not None, timeout=30_000)
    first = session.cached(wave)
    assert first is not None and overloaded(first.result) == 2  # at least 8 learners
    seen: dict[str, str] = {}

    def change(dialog: SettingsDialog) -> None:
        seen["scope"] = dialog.scope.text()
        assert dialog.threshold.value() == 8
        type_into(qtbot, dialog.threshold, 4)
        dialog.reject()

    dialogs.on(SettingsDialog, change)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert (
        "saved in Installatietechniek Van Dijk" in seen["scope"]
        and "everyone who opens the project" in seen["scope"]
    )
    assert session.options(wave).overloaded_threshold == 4
    assert Settings(Path(settings.path)).overloaded_threshold == 8  # the user's defaults stay
    # The Results tab recalculated with the project's new option.

    def recalculated() -> bool:
        found = session.cached(wave)
        return found is not None and found.options.overloaded_threshold == 4

    qtbot.waitUntil(recalculated, timeout=30_000)
    shown = session.cached(wave)
    assert shown is not None and overloaded(shown.result) == 5  # at least 4 learners
    # kennisnet analyze reads the same option from the project and finds the same people.
    assert window.close_project()  # the command line refuses a project open elsewhere
    capsys.readouterr()
    assert main(["--lang", "en", "analyze", str(demo_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["options"]["overloaded_threshold"] == 4
    assert [p["id"] for p in printed["people"] if p["overloaded"]] == [
        p.id for p in shown.result.people if p.overloaded
    ]
    # Stored in the file: a new session (another laptop) reads it too.
    with Session.open(demo_path, readonly=True) as again:
        assert again.options(wave).overloaded_threshold == 4


def test_about_and_the_log_file(qtbot, window: MainWindow, dialogs, boxes) -> None:
    texts: list[str] = []
    dialogs.on(
        TextDialog,
        lambda d: (texts.append(d.findChild(type(window.start_page.title)).text()), d.accept()),
    )
    window.menus.about_action.trigger()
    assert "Nothing is sent anywhere" in texts[0]
    assert "kennisnet.log" in texts[0]
    boxes.answer = False
    window.menus.log_action.trigger()
    assert "kennisnet.log" in boxes.seen[-1]
