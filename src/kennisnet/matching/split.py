"""Split a free-text answer that may name several people ("Jan; Piet en Anne")."""

from __future__ import annotations

import re

from kennisnet.matching.index import UNIQUE, UNKNOWN, NameIndex

# Always a boundary between names: ; / | newlines, and the words "en", "and", "&".
_SEPARATORS = re.compile(r"\s*(?:[;/|\r\n]+|\s(?:en|and|&)\s)\s*", re.IGNORECASE)


def split_names(text: str, index: NameIndex) -> list[str]:
    """The separate names in ``text``, stripped, in the order written.

    Commas separate names too, except in "de Vries, Jan": two comma pieces are kept together
    when together they match the roster (uniquely, or ambiguously between namesakes) while
    neither piece is a unique match on its own.
    """
    names: list[str] = []
    for chunk in _SEPARATORS.split(text):
        pieces = [piece.strip() for piece in chunk.split(",")]
        pieces = [piece for piece in pieces if piece]
        position = 0
        while position < len(pieces):
            if position + 1 < len(pieces):
                first, second = pieces[position], pieces[position + 1]
                joined = f"{first}, {second}"
                if (
                    index.match(joined).status != UNKNOWN
                    and index.match(first).status != UNIQUE
                    and index.match(second).status != UNIQUE
                ):
                    names.append(joined)
                    position += 2
                    continue
            names.append(pieces[position])
            position += 1
    return names
