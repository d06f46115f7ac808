"""Match a written name (or employee number) to the people on the roster.

Rules from strict to loose; the first rule that finds anyone decides: one person is a
match, several are ambiguous (never pick one). Nothing found: unknown, with suggestions.

1. number         "00123" = employee number "123" (case-insensitive, leading zeros ignored)
2. exact          same words in the same order ("jan  de VRIES" = "Jan de Vries")
3. order          same words in any order ("de Vries, Jan" = "VRIES, JAN DE")
4. tussenvoegsel  tussenvoegsels missing or placed differently ("Jan Vries" = "Jan de Vries")
5. initials       initials, or fewer given names ("J.P. de Vries", "Jan de Vries" =
                  "Jan Pieter de Vries")
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kennisnet.matching.names import (
    PARTICLES,
    NameParts,
    core_words,
    given_compatible,
    parse_name,
    particles_compatible,
)
from kennisnet.matching.search import NameSearch
from kennisnet.matching.suggest import Suggester

UNIQUE = "unique"
AMBIGUOUS = "ambiguous"
UNKNOWN = "unknown"

_CODE = re.compile(r"[\w\-./]*\d[\w\-./]*")
_CODE_PUNCTUATION = re.compile(r"[\-./_]")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


@dataclass(frozen=True, slots=True)
class Match:
    status: str  # "unique" | "ambiguous" | "unknown"
    person_id: int | None  # set when unique
    # unique: (person_id,); ambiguous: all candidates; unknown: suggestions, closest first
    candidates: tuple[int, ...]
    how: str | None  # "number" | "exact" | "order" | "tussenvoegsel" | "initials" when unique


def number_key(text: str) -> str | None:
    """The comparable form of an employee number or code, or None if it does not look like one.

    Case, punctuation and leading zeros do not count: "E-00123" and "e123" are the same.
    """
    stripped = text.strip()
    if not stripped or len(stripped) > 30 or not _CODE.fullmatch(stripped):
        return None
    return _LEADING_ZEROS.sub("", _CODE_PUNCTUATION.sub("", stripped.casefold()))


@dataclass(frozen=True, slots=True)
class _Person:
    person: int
    parts: NameParts


class NameIndex:
    """Everything needed to match names against one roster, computed once."""

    def __init__(self, people: Iterable[tuple[int, str, str | None]]):
        self._numbers: dict[str, set[int]] = {}
        self._exact: dict[str, set[int]] = {}
        self._order: dict[tuple[str, ...], set[int]] = {}
        self._loose: dict[tuple[str, ...], list[_Person]] = {}
        self._by_surname: dict[tuple[str, ...], list[_Person]] = {}
        names: list[tuple[int, NameParts]] = []
        cores: dict[int, tuple[str, ...]] = {}
        for person, name, number in people:
            if number is not None and (key := number_key(number)) is not None:
                self._numbers.setdefault(key, set()).add(person)
            parts = parse_name(name or "")
            if not parts.words:
                continue
            names.append((person, parts))
            entry = _Person(person, parts)
            self._exact.setdefault(" ".join(parts.words), set()).add(person)
            self._order.setdefault(tuple(sorted(parts.words)), set()).add(person)
            core = core_words(parts.words)
            cores[person] = core
            self._loose.setdefault(core, []).append(entry)
            if parts.given:
                self._by_surname.setdefault(parts.surname, []).append(entry)
        self._search = NameSearch(names)
        self._suggester = Suggester(cores)

    def match(self, text: str) -> Match:
        """Match one written name or employee number; see the module docstring for the rules."""
        key = number_key(text)
        if key is not None and key in self._numbers:
            return _decide(self._numbers[key], "number")
        parts = parse_name(text)
        if not parts.words:
            return Match(UNKNOWN, None, (), None)
        exact = self._exact.get(" ".join(parts.words))
        if exact:
            return _decide(exact, "exact")
        order = self._order.get(tuple(sorted(parts.words)))
        if order:
            return _decide(order, "order")
        core = core_words(parts.words)
        loose = {
            entry.person
            for entry in self._loose.get(core, ())
            if particles_compatible(_particles(parts), _particles(entry.parts))
        }
        if loose:
            return _decide(loose, "tussenvoegsel")
        initials = {
            entry.person
            for entry in self._by_surname.get(parts.surname, ())
            if particles_compatible(parts.particles, entry.parts.particles)
            and given_compatible(parts.given, entry.parts.given)
        }
        if initials:
            return _decide(initials, "initials")
        return Match(UNKNOWN, None, self._suggester.suggest(core), None)

    def search(self, query: str, limit: int = 20) -> list[int]:
        """People for the kiosk's "type part of your name" list, best first."""
        return self._search.search(query, limit)


def _particles(parts: NameParts) -> tuple[str, ...]:
    return tuple(sorted(word for word in parts.words if word in PARTICLES))


def _decide(people: set[int], how: str) -> Match:
    if len(people) == 1:
        (person,) = people
        return Match(UNIQUE, person, (person,), how)
    return Match(AMBIGUOUS, None, tuple(sorted(people)), None)
