"""Every user-visible string is complete in Dutch and English.

Strings are marked in the code with ``tr("...")`` or ``N_("...")``; this test
reads the source (so nothing can hide behind a code path the tests do not run)
and checks that the Dutch catalog has each one, with the same placeholders,
and that the catalog holds nothing that is no longer used.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import kennisnet
from kennisnet.i18n import catalog, tr

SRC = Path(kennisnet.__file__).parent


def marked_strings() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        if "i18n" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "N_", "_tr")
                and node.args
            ):
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found[first.value] = f"{path.relative_to(SRC)}:{node.lineno}"
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_marked_string_has_dutch() -> None:
    nl = catalog()
    missing = {text: where for text, where in marked_strings().items() if text not in nl}
    assert not missing, "No Dutch text for:\n" + "\n".join(
        f"  {where}: {text!r}" for text, where in sorted(missing.items(), key=lambda x: x[1])
    )


def test_placeholders_match() -> None:
    nl = catalog()
    wrong = [text for text in marked_strings() if text in nl and fields(text) != fields(nl[text])]
    assert not wrong, wrong


def test_no_unused_catalog_entries() -> None:
    used = set(marked_strings())
    unused = sorted(set(catalog()) - used)
    assert not unused, unused


def test_dutch_texts_are_not_empty_and_translate() -> None:
    nl = catalog()
    assert all(value.strip() for value in nl.values())
    assert tr("Wave 1", lang="nl") == nl["Wave 1"]
    assert tr("Wave 1", lang="en") == "Wave 1"


def test_calls_pass_literals_only() -> None:
    """tr(variable) is allowed only for N_-marked texts; f-strings are never allowed."""
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.JoinedStr)
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offenders, offenders


def test_catalogs_agree() -> None:
    """A text that two areas both use has one Dutch translation (the last loaded would win)."""
    import pkgutil
    from importlib import import_module

    import kennisnet.i18n as i18n

    seen: dict[str, tuple[str, str]] = {}
    conflicts = []
    for info in pkgutil.iter_modules(i18n.__path__):
        if not info.name.startswith("catalog_"):
            continue
        for english, dutch in import_module(f"kennisnet.i18n.{info.name}").NL.items():
            if english in seen and seen[english][1] != dutch:
                conflicts.append((english, seen[english], (info.name, dutch)))
            seen.setdefault(english, (info.name, dutch))
    assert not conflicts, conflicts
