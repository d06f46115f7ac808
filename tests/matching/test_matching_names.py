"""Taking Dutch names apart: given names, initials, tussenvoegsels, surname."""

from __future__ import annotations

import pytest

from kennisnet.matching.names import NameParts, given_compatible, parse_name, particles_compatible


@pytest.mark.parametrize(
    ("text", "given", "particles", "surname"),
    [
        ("Jan de Vries", ("jan",), ("de",), ("vries",)),
        ("Jan Pieter de Vries", ("jan", "pieter"), ("de",), ("vries",)),
        ("de Vries, Jan", ("jan",), ("de",), ("vries",)),
        ("Vries, Jan de", ("jan",), ("de",), ("vries",)),
        ("Vries, J.P. de", ("j", "p"), ("de",), ("vries",)),
        ("J.P. de Vries", ("j", "p"), ("de",), ("vries",)),
        ("JP de Vries", ("j", "p"), ("de",), ("vries",)),
        ("de Vries J.P.", ("j", "p"), ("de",), ("vries",)),
        ("Anna van der Berg-de Jong", ("anna",), ("de", "der", "van"), ("berg", "jong")),
        ("Kees in 't Veld", ("kees",), ("in", "t"), ("veld",)),
        ("Jan Vries", ("jan",), (), ("vries",)),
        ("Vries", (), (), ("vries",)),
        ("JAN DE VRIES", ("jan",), ("de",), ("vries",)),  # all capitals: JAN is no initials
        ("Ter Horst, Sanne", ("sanne",), ("ter",), ("horst",)),
        ("Mohamed El-Amrani", ("mohamed",), ("el",), ("amrani",)),
        ("de", (), (), ("de",)),
    ],
)
def test_parse_name(
    text: str, given: tuple[str, ...], particles: tuple[str, ...], surname: tuple[str, ...]
) -> None:
    parts = parse_name(text)
    assert (parts.given, parts.particles, parts.surname) == (given, particles, surname)


def test_parse_keeps_all_words_in_written_order() -> None:
    assert parse_name("Vries, J.P. de") == NameParts(
        ("vries", "j", "p", "de"), ("j", "p"), ("de",), ("vries",)
    )


@pytest.mark.parametrize(
    ("written", "roster", "expected"),
    [
        (("j",), ("jan",), True),
        (("j", "p"), ("jan", "pieter"), True),
        (("jan",), ("jan", "pieter"), True),
        (("j", "h"), ("jan",), True),  # extra initials: the roster holds the name used
        (("jan", "pieter"), ("jan",), False),  # an extra full name is not allowed
        (("p",), ("jan", "pieter"), False),  # in order
        (("p", "j"), ("jan", "pieter"), False),
        (("jan",), ("j",), True),  # the roster may hold initials too
        (("joost",), ("jan",), False),
        ((), ("jan",), False),
        (("j",), (), False),
    ],
)
def test_given_compatible(
    written: tuple[str, ...], roster: tuple[str, ...], expected: bool
) -> None:
    assert given_compatible(written, roster) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((), ("de",), True),
        (("de",), ("de",), True),
        (("der", "van"), ("van",), True),
        (("van",), ("de",), False),
        (("de", "de"), ("de",), True),
        (("de", "van"), ("de", "ter"), False),
    ],
)
def test_particles_compatible(a: tuple[str, ...], b: tuple[str, ...], expected: bool) -> None:
    assert particles_compatible(a, b) is expected
    assert particles_compatible(b, a) is expected
