"""Translations for every user-visible string (GUI, CLI, exports, explanations).

Source strings are English and are written in the code as

* ``tr("...")`` - translate now (gettext);
* ``N_("...")`` - mark for translation, translate later with ``tr(text)``;
* ``ntr("{count} colleague", "{count} colleagues", n)`` - a count: the form is
  chosen by ``n`` (ngettext); ``n`` is also there as the placeholder ``{count}``;
* ``Nn_("{count} colleague", "{count} colleagues")`` - mark a count's two forms
  for translation later with ``ntr(*forms, n)``;
* ``ptr("context", "...")`` - only where one English text needs two Dutch texts
  (pgettext).

Placeholders use ``str.format`` names: ``tr("{name} is here", name=...)``.

The Dutch texts live in one gettext catalog,
``kennisnet/locale/nl/LC_MESSAGES/kennisnet.po``, compiled to ``kennisnet.mo``
(committed next to it; ``scripts/translations`` extracts, merges and compiles,
see docs/translating.md). Only the standard library reads it at run time.
``tests/test_translations.py`` fails when a marked string has no Dutch text, a
placeholder differs, an entry is fuzzy or unused, or the ``.mo`` is stale.
"""

from __future__ import annotations

import gettext
import locale
import os
import sys
from collections.abc import Mapping
from pathlib import Path

LANGUAGES = ("nl", "en")
DOMAIN = "kennisnet"
_current = {"lang": ""}
_loaded: dict[str, gettext.NullTranslations] = {}


def locale_dir() -> Path:
    """The folder with ``<lang>/LC_MESSAGES/kennisnet.mo`` (checkout, wheel or frozen app)."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "kennisnet" / "locale")
    candidates.append(Path(__file__).resolve().parent.parent / "locale")
    for candidate in candidates:
        if (candidate / "nl" / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
            return candidate
    raise FileNotFoundError(
        "the compiled Kennisnet translations were not found: " + ", ".join(map(str, candidates))
    )


def _translations(lang: str) -> gettext.NullTranslations:
    if lang not in _loaded:
        if lang == "en":
            _loaded[lang] = gettext.NullTranslations()
        else:
            _loaded[lang] = gettext.translation(DOMAIN, locale_dir(), [lang])
    return _loaded[lang]


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


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - like N_
    """Mark the singular and plural form of a count; translate later with ``ntr(*forms, n)``."""
    return singular, plural


class Decimal1:
    """A number with at most one decimal, written with the language's decimal sign.

    ``tr``, ``ntr`` and ``ptr`` write it as ``79.7`` in English and ``79,7`` in Dutch;
    a whole number has no decimal part (``80``).
    """

    __slots__ = ("tenths",)

    def __init__(self, tenths: int) -> None:
        self.tenths = tenths

    def text(self, lang: str | None = None) -> str:
        whole, tenth = divmod(self.tenths, 10)
        if tenth == 0:
            return str(whole)
        sign = "," if (lang or language()) == "nl" else "."
        return f"{whole}{sign}{tenth}"

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Decimal1):
            return self.tenths == other.tenths
        if isinstance(other, int | float):
            return self.tenths == other * 10
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.tenths)

    def __repr__(self) -> str:
        return f"Decimal1({self.text('en')})"


def _fill(out: str, lang: str, values: Mapping[str, object]) -> str:
    return out.format(
        **{k: v.text(lang) if isinstance(v, Decimal1) else v for k, v in values.items()}
    )


def tr(text: str, /, *, lang: str | None = None, **values: object) -> str:
    """Translate ``text`` into ``lang`` (default: the current language) and fill it in."""
    lg = lang or language()
    out = _translations(lg).gettext(text) if text else text
    return _fill(out, lg, values) if values else out


def ntr(singular: str, plural: str, n: int, /, *, lang: str | None = None, **values: object) -> str:
    """The singular or plural form for the count ``n``, translated and filled in.

    ``n`` is available to the text as ``{count}`` unless ``count`` is given.
    """
    lg = lang or language()
    out = _translations(lg).ngettext(singular, plural, n)
    return _fill(out, lg, {"count": n, **values})


def ptr(context: str, text: str, /, *, lang: str | None = None, **values: object) -> str:
    """Translate ``text`` as meant in ``context`` (one English text, two Dutch texts)."""
    lg = lang or language()
    out = _translations(lg).pgettext(context, text)
    return _fill(out, lg, values) if values else out
