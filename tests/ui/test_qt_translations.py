"""Qt's own words (standard dialog buttons) follow the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kennisnet.i18n import language, set_language
from kennisnet.ui.language import switch_language, use_qt_translations


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
