"""Qt's own words (standard dialog buttons, the file dialog Qt draws) follow the app's
language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from kennisnet.i18n import language, set_language
from kennisnet.ui.language import qt_translation_folders, switch_language, use_qt_translations


def test_standard_buttons_switch_to_dutch_and_back(qtbot: QtBot) -> None:
    before = language()
    set_language("en")
    try:
        switch_language("nl")
        assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Details tonen..."
        switch_language("en")
        assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Show Details..."
    finally:
        use_qt_translations("en")
        set_language(before)


def labels(dialog: QFileDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


# The offscreen platform cannot pass a window's size hints on; not our problem.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_file_dialog_qt_draws_is_dutch(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt 6 gave "Look in:" and "Files of type:" a key (&); Qt's Dutch file has only the
    old texts, so without our own words these two stayed English."""
    before = language()
    set_language("en")
    try:
        switch_language("nl")
        dialog = QFileDialog(None, "Open", str(tmp_path), "Kennisnet (*.kennisnet)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as under Xvfb
        qtbot.addWidget(dialog)
        dialog.show()
        assert labels(dialog) == ["&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"]
        buttons = [b.text() for b in dialog.findChildren(QPushButton)]
        assert buttons == ["&Openen", "Annuleren"]
        edit = QLineEdit()
        qtbot.addWidget(edit)
        edit_menu = edit.createStandardContextMenu()
        assert "Alles selecteren" in [a.text().split("\t")[0] for a in edit_menu.actions()]
        switch_language("en")  # the open dialog follows (Qt posts it a LanguageChange)
        english = ["&Look in:", "File &name:", "Files of &type:"]
        qtbot.waitUntil(lambda: labels(dialog) == english, timeout=5000)
    finally:
        use_qt_translations("en")
        set_language(before)


def test_other_qt_words_are_left_to_qt(qtbot: QtBot) -> None:
    before = language()
    set_language("en")
    try:
        switch_language("nl")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
        assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Details tonen..."
        assert QCoreApplication.translate("Kennisnet", "&Look in:") == "&Look in:"
    finally:
        use_qt_translations("en")
        set_language(before)


def test_the_bundle_brings_qts_dutch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The frozen app looks in its bundle first, where build.spec puts Qt's .qm files."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert qt_translation_folders()[0] == tmp_path / "PySide6" / "Qt" / "translations"
    assert any((f / "qtbase_nl.qm").is_file() for f in qt_translation_folders())
    spec = (Path(__file__).parents[2] / "build.spec").read_text(encoding="utf-8")
    assert '"PySide6/Qt/translations"' in spec and "qtbase_{lang}.qm" in spec
