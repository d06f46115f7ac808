"""Find the marked texts in the source: one reading for Babel and for the tests.

``tr``/``N_``/``_tr`` (one text), ``ntr``/``_ntr``/``Nn_`` (singular, plural) and ``ptr`` (context,
text) calls are found with :mod:`ast`, so calls inside f-strings and arguments such
as ``tr(TITLES["risk"])`` are read as Python reads them. ``scripts/translations``
hands :func:`extract` to ``pybabel extract`` (babel.cfg); ``tests/test_translations.py``
uses :func:`marked_messages`. Only the standard library is used here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

SINGLE = ("tr", "N_", "_tr")
PLURAL = ("ntr", "_ntr", "Nn_")
CONTEXT = "ptr"
KEYWORDS = (*SINGLE, *PLURAL, CONTEXT)


@dataclass(frozen=True)
class Marked:
    """One marked text: ``plural`` and ``context`` are set for ntr and ptr calls."""

    msgid: str
    plural: str | None
    context: str | None
    line: int


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def marked_calls(source: str) -> Iterator[tuple[int, str, tuple[str | None, ...]]]:
    """(line, function, positional arguments as literal text or None) per marked call."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in KEYWORDS
            and node.args
        ):
            yield node.lineno, node.func.id, tuple(_literal(arg) for arg in node.args)


def marked_messages(source: str) -> Iterator[Marked]:
    """The texts a translator must translate (calls on variables are left out)."""
    for line, name, args in marked_calls(source):
        if name in PLURAL and len(args) >= 2 and args[0] is not None and args[1] is not None:
            yield Marked(args[0], args[1], None, line)
        elif name == CONTEXT and len(args) >= 2 and args[0] is not None and args[1] is not None:
            yield Marked(args[1], None, args[0], line)
        elif name in SINGLE and args[0] is not None:
            yield Marked(args[0], None, None, line)


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, tuple[str | None, ...], list[str]]]:
    """A Babel extraction method (``[kennisnet.i18n.extract.extract: **.py]``)."""
    source = fileobj.read().decode(str(options.get("encoding", "utf-8")))
    for line, name, args in marked_calls(source):
        if name in keywords:
            yield line, name, args, []
