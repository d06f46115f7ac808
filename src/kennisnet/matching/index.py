"""Match a written name (or employee number) to the people on the roster.

Rules from strict to loose; the first rule that finds anyone decides: one person is a
match, several are ambiguous (never pick one). Nothing found: unknown, with suggestions.

1. number         "00123" = employee number "123" (case-insensitive, leading zeros ignored)
2. exact          same words in the same order ("jan  de VRIES" = "Jan de Vries")
3. order          same words in any order ("de Vries, Jan" = "VRIES, JAN DE")
4. tussenvoegsel  tussenvoegsels missing or placed differently ("Jan Vries" = "Jan de Vries")
5. initials       initials, or fewer given names ("J.P. de Vries", "Jan de Vries" =
                  "Jan Pieter de Vries")

Besides the name itself a person may have other names (a colleague writes "Anna Jansen" or
"Anna de Vries" for "Anna Jansen-de Vries", or the birth name of someone who uses her partner's
name) and a work e-mail address; these take part in every rule as the name does, so a written
name that fits two people through any of them is ambiguous. A "?" or U+FFFD that stands for a
letter lost to an encoding ("Y?lmaz" in a Windows-1252 export) matches any one letter, at the
level of rule 2 (how = "lost letters"): "Yılmaz" in an answer meets "Y?lmaz" on the roster.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
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
from kennisnet.matching.variants import (
    LOST_LETTER,
    double_surname_variants,
    has_lost_letters,
    lost_letter_readings,
)

UNIQUE = "unique"
AMBIGUOUS = "ambiguous"
UNKNOWN = "unknown"

_CODE = re.compile(r"[\w\-./]*\d[\w\-./]*")
_CODE_PUNCTUATION = re.compile(r"[\-./_]")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")
_PLACEHOLDER = "\u01c0"  # a letter (so it survives folding) that no name contains
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

#: A person for :class:`NameIndex`: (id, name, employee number) or, with other names and
#: e-mail addresses, (id, name, employee number, (other name or e-mail address, ...)).
IndexPerson = tuple[int, str, str | None] | tuple[int, str, str | None, Sequence[str]]


@dataclass(frozen=True, slots=True)
class Match:
    status: str  # "unique" | "ambiguous" | "unknown"
    person_id: int | None  # set when unique
    # unique: (person_id,); ambiguous: all candidates; unknown: suggestions, closest first
    candidates: tuple[int, ...]
    # "number" | "email" | "exact" | "lost letters" | "order" | "tussenvoegsel" | "initials"
    how: str | None


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

    def __init__(self, people: Iterable[IndexPerson]):
        self._numbers: dict[str, set[int]] = {}
        self._emails: dict[str, set[int]] = {}
        self._exact: dict[str, set[int]] = {}
        self._order: dict[tuple[str, ...], set[int]] = {}
        self._loose: dict[tuple[str, ...], list[_Person]] = {}
        self._by_surname: dict[tuple[str, ...], list[_Person]] = {}
        #: people whose name has lost letters: per-word patterns
        self._wild: list[tuple[int, tuple[re.Pattern[str], ...]]] = []
        self._words: list[tuple[int, tuple[str, ...]]] = []
        names: list[tuple[int, NameParts]] = []
        cores: dict[int, tuple[str, ...]] = {}
        for item in people:
            person, name, number = item[0], item[1], item[2]
            extra: Sequence[str] = item[3] if len(item) > 3 else ()
            if number is not None and (key := number_key(number)) is not None:
                self._numbers.setdefault(key, set()).add(person)
            others: list[str] = []
            for text in extra:
                if _EMAIL.fullmatch(text.strip()):
                    self._emails.setdefault(text.strip().casefold(), set()).add(person)
                elif text.strip():
                    others.append(text)
            main = parse_name(name or "")
            if main.words:
                names.append((person, main))
                cores[person] = core_words(main.words)
            self._add_name(person, name or "", main)
            for written in [*double_surname_variants(name or ""), *others]:
                parts = parse_name(written)
                self._add_name(person, written, parts)
                if parts.words:  # the kiosk's search finds people by their other names too
                    names.append((person, parts))
            for written in [name or "", *others]:  # and "Y?lmaz" when you type "yilmaz"
                names.extend((person, parse_name(r)) for r in lost_letter_readings(written))
        self._search = NameSearch(names)
        self._suggester = Suggester(cores)

    def _add_name(self, person: int, written: str, parts: NameParts) -> None:
        if not parts.words:
            return
        entry = _Person(person, parts)
        self._words.append((person, parts.words))
        self._exact.setdefault(" ".join(parts.words), set()).add(person)
        self._order.setdefault(tuple(sorted(parts.words)), set()).add(person)
        self._loose.setdefault(core_words(parts.words), []).append(entry)
        if parts.given:
            self._by_surname.setdefault(parts.surname, []).append(entry)
        wild = _wild_words(written)
        if wild is not None:
            self._wild.append((person, wild))

    def match(self, text: str) -> Match:
        """Match one written name or employee number; see the module docstring for the rules."""
        key = number_key(text)
        if key is not None and key in self._numbers:
            return _decide(self._numbers[key], "number")
        if _EMAIL.fullmatch(text.strip()):
            found = self._emails.get(text.strip().casefold())
            return _decide(found, "email") if found else Match(UNKNOWN, None, (), None)
        parts = parse_name(text)
        if not parts.words:
            return Match(UNKNOWN, None, (), None)
        exact = self._exact.get(" ".join(parts.words), set())
        lost = self._lost_letters(text, parts.words)
        if exact or lost:
            return _decide(exact | lost, "lost letters" if lost - exact else "exact")
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

    def _lost_letters(self, text: str, words: tuple[str, ...]) -> set[int]:
        """People whose name matches ``words`` when every lost letter may be any one letter."""
        found: set[int] = set()
        if self._wild:
            for person, patterns in self._wild:
                if _fits(patterns, words):
                    found.add(person)
        written = _wild_words(text)
        if written is not None:
            for person, roster_words in self._words:
                if _fits(written, roster_words):
                    found.add(person)
        return found


def _wild_words(text: str) -> tuple[re.Pattern[str], ...] | None:
    """Per-word patterns in which each lost letter is any one letter; None without lost letters."""
    if not has_lost_letters(text):
        return None
    words = parse_name(LOST_LETTER.sub(_PLACEHOLDER, text)).words
    if not any(_PLACEHOLDER in word for word in words):
        return None
    return tuple(re.compile(re.escape(word).replace(_PLACEHOLDER, r"\w")) for word in words)


def _fits(patterns: tuple[re.Pattern[str], ...], words: tuple[str, ...]) -> bool:
    """The same number of words, each matched by one pattern, in the written or any order."""
    if len(patterns) != len(words) or len(words) > 6:
        return False
    if all(p.fullmatch(w) for p, w in zip(patterns, words, strict=True)):
        return True
    return any(
        all(p.fullmatch(w) for p, w in zip(patterns, order, strict=True))
        for order in itertools.permutations(words)
    )


def _particles(parts: NameParts) -> tuple[str, ...]:
    return tuple(sorted(word for word in parts.words if word in PARTICLES))


def _decide(people: set[int], how: str) -> Match:
    """One person: a match; several: ambiguous (never pick one)."""
    if len(people) == 1:
        (person,) = people
        return Match(UNIQUE, person, (person,), how)
    return Match(AMBIGUOUS, None, tuple(sorted(people)), None)
