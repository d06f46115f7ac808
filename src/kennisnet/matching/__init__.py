"""Match written names and employee numbers to the people on the roster (Dutch names).

``NameIndex(people).match(text)`` finds who is meant by a name in an imported response,
strictest rule first, and never guesses between namesakes; ``NameIndex.search`` is the kiosk's
type-ahead; ``split_names`` splits a free-text field that holds several names.
``index_people(project.people())`` builds the index with each person's e-mail address and other
names (attribute :data:`OTHER_NAMES`, filled by the roster import).
"""

from collections.abc import Iterable, Mapping
from typing import Protocol

from kennisnet.matching.index import AMBIGUOUS, UNIQUE, UNKNOWN, Match, NameIndex, number_key
from kennisnet.matching.names import PARTICLES, normalise
from kennisnet.matching.split import split_names
from kennisnet.matching.variants import clean_name, has_lost_letters, natural_order

#: The person attribute with other names a colleague may use, separated by ";".
OTHER_NAMES = "Ook bekend als"


class _Person(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def employee_number(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def attributes(self) -> Mapping[str, str]: ...


def also_known_as(attributes: Mapping[str, str]) -> list[str]:
    """The other names kept in a person's attributes (:data:`OTHER_NAMES`, ``;``-separated)."""
    names = [part.strip() for part in attributes.get(OTHER_NAMES, "").split(";")]
    return [name for name in names if name]


def other_names(person: _Person) -> list[str]:
    """The e-mail address and the other names of a person, for :class:`NameIndex`."""
    return [text for text in [person.email or "", *also_known_as(person.attributes)] if text]


def index_people(people: Iterable[_Person]) -> NameIndex:
    """A :class:`NameIndex` of people with their e-mail addresses and other names."""
    return NameIndex((p.id, p.name, p.employee_number, other_names(p)) for p in people)


__all__ = [
    "AMBIGUOUS",
    "OTHER_NAMES",
    "PARTICLES",
    "UNIQUE",
    "UNKNOWN",
    "Match",
    "NameIndex",
    "also_known_as",
    "clean_name",
    "has_lost_letters",
    "index_people",
    "natural_order",
    "normalise",
    "number_key",
    "other_names",
    "split_names",
]
