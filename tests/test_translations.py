"""Every user-visible string is complete in Dutch and English.

Strings are marked in the code with ``tr``/``N_``/``_tr`` (one text), ``ntr``
(singular and plural by a count) or ``ptr`` (a text in a context). This test reads
the source (so nothing can hide behind a code path the tests do not run) and checks
the Dutch gettext catalog (locale/nl/LC_MESSAGES/kennisnet.po): each marked text is
translated, not fuzzy, with the same placeholders (both plural forms); nothing in the
catalog is unused; and the committed .mo is a fresh compile of the .po.
"""

from __future__ import annotations

import ast
import io
import re
import shutil
import string
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import kennisnet
from kennisnet.i18n import locale_dir, ntr, ptr, tr
from kennisnet.i18n.extract import KEYWORDS, marked_messages

SRC = Path(kennisnet.__file__).parent
PO = SRC / "locale" / "nl" / "LC_MESSAGES" / "kennisnet.po"
MO = PO.with_suffix(".mo")

Key = tuple[str | None, str, str | None]  # context, msgid, plural


def marked_strings() -> dict[Key, str]:
    found: dict[Key, str] = {}
    for path in SRC.rglob("*.py"):
        if "i18n" in path.parts:
            continue
        for m in marked_messages(path.read_text(encoding="utf-8")):
            found[(m.context, m.msgid, m.plural)] = f"{path.relative_to(SRC)}:{m.line}"
    return found


def dutch() -> Catalog:
    with PO.open("rb") as f:
        return read_po(f)


def entries() -> dict[Key, Message]:
    out: dict[Key, Message] = {}
    for message in dutch():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            out[(message.context, message.id[0], message.id[1])] = message
        else:
            out[(message.context, message.id, None)] = message
    return out


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def forms(message: Message) -> list[tuple[str, str]]:
    """(English, Dutch) pairs: one, or singular/plural for a count."""
    if isinstance(message.id, tuple):
        singular, plural = message.id
        strings = list(message.string)
        return [(singular, strings[0]), (plural, strings[1])]
    return [(message.id, message.string)]


def test_the_catalog_is_dutch_with_two_plural_forms() -> None:
    catalog = dutch()
    assert str(catalog.locale) == "nl"
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"


def test_every_marked_string_has_dutch() -> None:
    nl = entries()
    missing = {key: where for key, where in marked_strings().items() if key not in nl}
    assert not missing, "No Dutch text for:\n" + "\n".join(
        f"  {where}: {key!r}" for key, where in sorted(missing.items(), key=lambda x: x[1])
    )


def test_dutch_texts_are_not_empty_nor_fuzzy() -> None:
    bad = [
        key
        for key, message in entries().items()
        if message.fuzzy or not all(nl.strip() for _, nl in forms(message))
    ]
    assert not bad, bad


def test_placeholders_match() -> None:
    wrong = [
        (english, nl)
        for message in entries().values()
        for english, nl in forms(message)
        if fields(english) != fields(nl)
    ]
    assert not wrong, wrong


def test_no_unused_catalog_entries() -> None:
    unused = sorted(set(entries()) - set(marked_strings()), key=str)
    assert not unused, unused


def test_the_compiled_catalog_is_up_to_date() -> None:
    fresh = io.BytesIO()
    write_mo(fresh, dutch())
    assert MO.read_bytes() == fresh.getvalue(), "run: bash scripts/translations compile"
    assert locale_dir() == SRC / "locale"


def test_texts_translate_in_both_languages() -> None:
    nl = entries()
    assert tr("Wave 1", lang="nl") == nl[(None, "Wave 1", None)].string
    assert tr("Wave 1", lang="en") == "Wave 1"
    assert tr("", lang="nl") == ""


def test_counts_read_right_in_both_languages() -> None:
    """Every plural entry gives the singular for 1 and the plural for 0 and 2, filled in."""
    plurals = [m for m in entries().values() if isinstance(m.id, tuple)]
    assert plurals
    for message in plurals:
        singular, plural = message.id
        for lang, (one, many) in (("en", (singular, plural)), ("nl", tuple(message.string))):
            values = {name: "X" for name in fields(singular) | fields(plural)}
            for n, expected in ((0, many), (1, one), (2, many)):
                got = ntr(singular, plural, n, lang=lang, **{**values, "count": n})
                assert got == expected.format(**{**values, "count": n}), (lang, n, got)


def test_plural_and_context_helpers() -> None:
    # A text without Dutch (not marked in the code) comes back as it is.
    assert ntr("{count} x", "{count} xs", 1, lang="nl") == "1 x"
    assert ntr("{count} x", "{count} xs", 3, lang="nl") == "3 xs"
    assert ptr("nowhere", "Wave {n}", lang="en", n=2) == "Wave 2"


def test_no_hand_made_plurals_in_marked_texts() -> None:
    """Counts choose a form with ntr: no "(s)" in English nor "(en)"-style forms in Dutch."""
    hacks = re.compile(r"\w\((s|en|'s)\)")
    english = [key for key in marked_strings() if hacks.search(key[1])]
    nl = [nl for m in entries().values() for _, nl in forms(m) if hacks.search(nl)]
    assert not english, english
    assert not nl, nl


def test_calls_pass_literals_only() -> None:
    """tr(variable) is allowed only for N_-marked texts; f-strings are never allowed."""
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in KEYWORDS
                and any(isinstance(arg, ast.JoinedStr) for arg in node.args)
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offenders, offenders


def test_the_frozen_app_finds_its_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller unpacks the data to sys._MEIPASS (build.spec: kennisnet/locale)."""
    bundled = tmp_path / "kennisnet" / "locale"
    shutil.copytree(SRC / "locale", bundled)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locale_dir() == bundled
    spec = (SRC.parents[1] / "build.spec").read_text(encoding="utf-8")
    assert '"kennisnet/locale"' in spec
