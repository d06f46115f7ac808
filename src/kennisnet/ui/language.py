"""Live language switching for every screen.

Widgets translate their texts with ``kennisnet.i18n.tr`` in a ``retranslate()``
method and connect it to ``language_bus().changed``; ``switch_language`` sets
the language and tells every screen at once. Qt's own words (the buttons of
standard dialogs: "Show Details...", "Next >", "Cancel"; the labels of the file
dialog Qt draws itself) come from Qt's translation files, loaded by
:func:`use_qt_translations`; the few words Qt's files lack are in our own catalog
(:data:`QT_WORDS`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

from kennisnet.i18n import N_, language, set_language, tr

#: Qt's own words that its Dutch file (qtbase_nl.qm) does not have: Qt 6 gave these
#: labels of its file dialog a keyboard key ("&Look in:"), the translation still has
#: the old text. (context, English text) as Qt asks for it.
QT_WORDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("QFileDialog", N_("&Look in:")),
        ("QFileDialog", N_("Files of &type:")),
    }
)


class LanguageBus(QObject):
    changed = Signal(str)


class QtWords(QTranslator):
    """Qt's words from :data:`QT_WORDS` in ``lang``, from Kennisnet's catalog."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) not in QT_WORDS:
            return None  # not ours: Qt asks the next translator
        return tr(source, lang=self.lang)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_bus: list[LanguageBus] = []
_qt_translators: list[QTranslator] = []


def language_bus() -> LanguageBus:
    if not _bus:
        _bus.append(LanguageBus())
    return _bus[0]


def qt_translation_folders() -> list[Path]:
    """Where Qt's .qm files are: in the PyInstaller bundle (build.spec puts them in
    PySide6/Qt/translations), where Qt says, and beside the PySide6 package."""
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    return folders


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
    translator = QTranslator(app)
    if not any(translator.load(f"qtbase_{lang}", str(f)) for f in qt_translation_folders()):
        return False
    app.installTranslator(translator)
    _qt_translators.append(translator)
    words = QtWords(lang, app)  # installed last, so asked first
    app.installTranslator(words)
    _qt_translators.append(words)
    return True


def switch_language(lang: str) -> None:
    if lang != language():
        set_language(lang)
        use_qt_translations(lang)
        language_bus().changed.emit(lang)
