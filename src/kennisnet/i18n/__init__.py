"""Translations for every user-visible string (GUI, CLI, exports, explanations).

Source strings are English and are written in the code as ``tr("...")`` (translate
now) or ``N_("...")`` (mark for translation, translate later with ``tr(text)``).
Each area keeps its Dutch texts in its own catalog module in this package
(``catalog_*.py``, a dict ``NL`` from the English text to the Dutch text);
``tests/test_translations.py`` fails when a marked string has no Dutch text or
a catalog entry is no longer used.

Placeholders use ``str.format`` names: ``tr("{count} people", count=3)``.
"""

from __future__ import annotations

import locale
import os
import pkgutil
from collections.abc import Mapping
from importlib import import_module

LANGUAGES = ("nl", "en")
_current = {"lang": ""}
_catalog: dict[str, str] = {}


def _load_catalog() -> dict[str, str]:
    if not _catalog:
        for info in pkgutil.iter_modules(__path__):
            if info.name.startswith("catalog_"):
                module = import_module(f"{__name__}.{info.name}")
                nl: Mapping[str, str] = module.NL
                _catalog.update(nl)
    return _catalog


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """'nl' when the system (or KENNISNET_LANG) asks for Dutch, else 'en'."""
    env = os.environ if environ is None else environ
    for key in ("KENNISNET_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "nl" if value.lower().startswith("nl") else "en"
    if environ is None:
        try:
            code = locale.getlocale()[0] or ""
        except ValueError:
            code = ""
        if code.lower().startswith(("nl", "dutch")):
            return "nl"
    return "en"


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    _current["lang"] = lang


def language() -> str:
    if not _current["lang"]:
        _current["lang"] = system_language()
    return _current["lang"]


def N_(text: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a string for translation without translating it yet."""
    return text


def tr(text: str, /, *, lang: str | None = None, **values: object) -> str:
    """Translate ``text`` into ``lang`` (default: the current language) and fill it in."""
    target = lang or language()
    out = _load_catalog().get(text, text) if target == "nl" else text
    return out.format(**values) if values else out


def catalog() -> Mapping[str, str]:
    """The whole Dutch catalog (for tests and tools)."""
    return dict(_load_catalog())
