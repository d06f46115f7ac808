"""Live language switching for every screen.

Widgets translate their texts with ``kennisnet.i18n.tr`` in a ``retranslate()``
method and connect it to ``language_bus().changed``; ``switch_language`` sets
the language and tells every screen at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kennisnet.i18n import language, set_language


class LanguageBus(QObject):
    changed = Signal(str)


_bus: list[LanguageBus] = []


def language_bus() -> LanguageBus:
    if not _bus:
        _bus.append(LanguageBus())
    return _bus[0]


def switch_language(lang: str) -> None:
    if lang != language():
        set_language(lang)
        language_bus().changed.emit(lang)
