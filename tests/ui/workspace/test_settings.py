"""Settings: the language switches the whole window at once; thresholds are stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kennisnet.i18n import language, set_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.dialogs import SettingsDialog, TextDialog
from kennisnet.ui.workspace.window import MainWindow


def test_switching_to_dutch_retranslates_the_window(
    qtbot, window: MainWindow, dialogs, settings: Settings, small_project: Path
) -> None:
    window.open_project(small_project)
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
        assert window.file_menu.title() == "&Bestand"
        assert window.roster.add_button.text() == "Persoon toevoegen…"
        assert window.people_model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
        assert window.responses.summary.text().startswith("2 van de 6 mensen")
        assert window.overview.steps[0].title.text() == "Personeelslijst"
        fresh = Settings(Path(settings.path))
        assert (fresh.language, fresh.overloaded_threshold, fresh.advice_k) == ("nl", 12, 5)
    finally:
        set_language("en")


def test_about_and_the_log_file(qtbot, window: MainWindow, dialogs, boxes) -> None:
    texts: list[str] = []
    dialogs.on(
        TextDialog,
        lambda d: (texts.append(d.findChild(type(window.start_page.title)).text()), d.accept()),
    )
    window.about_action.trigger()
    assert "Nothing is sent anywhere" in texts[0]
    assert "kennisnet.log" in texts[0]
    boxes.answer = False
    window.log_action.trigger()
    assert "kennisnet.log" in boxes.seen[-1]
