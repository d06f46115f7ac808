"""Live language switching for every screen.

Widgets translate their texts with ``kennisnet.i18n.tr`` in a ``retranslate()``
method and connect it to ``language_bus().changed``; ``switch_language`` sets
the language and tells every screen at once. Qt's own words (the buttons of
standard dialogs: "Show Details...", "Next >", "Cancel" in file dialogs) come
from Qt's translation files, loaded by :func:`use_qt_translations`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

from kennisnet.i18n import language, set_language


class LanguageBus(QObject):
    changed = Signal(str)


_bus: list[LanguageBus] = []
_qt_translators: list[QTranslator] = []


def language_bus() -> LanguageBus:
    if not _bus:
        _bus.append(LanguageBus())
    return _bus[0]


def use_qt_translations(lang: str) -> bool:
    """Load Qt's own translations for ``lang`` ("en" needs none); True when loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _qt_translators:
        app.removeTranslator(old)
    _qt_translators.clear()
    if lang == "en":
        return True
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load(f"qtbase_{lang}", folder):
        return False
    app.installTranslator(translator)
    _qt_translators.append(translator)
    return True


def switch_language(lang: str) -> None:
    if lang != language():
        set_language(lang)
        use_qt_translations(lang)
        language_bus().changed.emit(lang)
