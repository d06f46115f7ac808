"""NameIndex.match: every rule with worked examples, ambiguity, unknowns and suggestions."""

from __future__ import annotations

import pytest

from kennisnet.matching import Match, NameIndex, normalise, number_key

ROSTER: list[tuple[int, str, str | None]] = [
    (1, "Jan de Vries", "00123"),
    (2, "Jan Pieter Bakker", "4567"),
    (3, "Anne Jansen", "E-077"),
    (4, "Anneke Bos", None),
    (5, "Pieter Janssen", None),
    (6, "Mohamed El-Amrani", None),
    (7, "José García", None),
    (8, "Anne Marie van den Berg", None),
    (9, "Kees in 't Veld", None),
    (10, "Sanne ter Horst", "  88 "),
    (11, "Chloé O'Neill", None),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(ROSTER)


def unique(person: int, how: str) -> Match:
    return Match("unique", person, (person,), how)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  José  El-Amrani, Jr. ", "jose el amrani jr"),
        ("VRIES, JAN DE", "vries jan de"),
        ("Kees in ’t Veld", "kees in t veld"),
        ("Zoë Ørsted-Çelik", "zoe orsted celik"),
        ("Straße", "strasse"),
        ("İlker", "ilker"),
        ("J.P.\tde\u00a0Vries", "j p de vries"),
        ("", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123", "123"),
        ("00123", "123"),
        (" 0123 ", "123"),
        ("E-00123", "e123"),
        ("e123", "e123"),
        ("100", "100"),
        ("0", "0"),
        ("Jan", None),
        ("12 34", None),
        ("", None),
    ],
)
def test_number_key(text: str, expected: str | None) -> None:
    assert number_key(text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [("123", 1), ("00123", 1), ("0000123 ", 1), ("4567", 2), ("e-77", 3), ("E077", 3), ("88", 10)],
)
def test_employee_number(index: NameIndex, text: str, person: int) -> None:
    assert index.match(text) == unique(person, "number")


def test_a_number_that_is_nobodys_is_unknown(index: NameIndex) -> None:
    assert index.match("999") == Match("unknown", None, (), None)
    assert index.match("1230") == Match("unknown", None, (), None)  # zeros count at the end


@pytest.mark.parametrize(
    "text", ["Jan de Vries", "jan  de vries", "Jan de Vries ", "JAN DE VRIES", "Jan de-Vries"]
)
def test_exact(index: NameIndex, text: str) -> None:
    assert index.match(text) == unique(1, "exact")


@pytest.mark.parametrize(
    ("text", "person"), [("jose garcia", 7), ("JOSÉ GARCÍA", 7), ("el amrani", None)]
)
def test_accents_and_hyphens(index: NameIndex, text: str, person: int | None) -> None:
    if person is None:
        assert index.match(text).status == "unknown"  # a surname alone is never a match
    else:
        assert index.match(text) == unique(person, "exact")
    assert index.match("Mohamed el amrani") == unique(6, "exact")
    assert index.match("Chloe O Neill") == unique(11, "exact")


@pytest.mark.parametrize(
    "text", ["de Vries, Jan", "VRIES, JAN DE", "Vries, Jan de", "vries jan de"]
)
def test_word_order(index: NameIndex, text: str) -> None:
    assert index.match(text) == unique(1, "order")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jan Vries", 1),
        ("Vries, Jan", 1),
        ("Mohamed Amrani", 6),
        ("Kees Veld", 9),
        ("Kees 't Veld", 9),
        ("Veld, Kees in", 9),
        ("Anne Marie Berg", 8),
        ("Anne Marie van Berg", 8),
        ("Sanne Horst", 10),
    ],
)
def test_tussenvoegsels_missing_or_moved(index: NameIndex, text: str, person: int) -> None:
    assert index.match(text) == unique(person, "tussenvoegsel")


def test_a_different_tussenvoegsel_is_not_a_match() -> None:
    index = NameIndex([(1, "Jan de Vries", None)])
    assert index.match("Jan van Vries").status == "unknown"
    assert index.match("Jan van Vries").candidates == (1,)  # but it is suggested


def test_roster_without_the_tussenvoegsel_still_matches() -> None:
    index = NameIndex([(1, "Jan Vries", None)])
    assert index.match("Jan de Vries") == unique(1, "tussenvoegsel")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("J.P. Bakker", 2),
        ("J. P. Bakker", 2),
        ("JP Bakker", 2),
        ("J Bakker", 2),
        ("Bakker, J.P.", 2),
        ("Bakker J.P.", 2),
        ("Jan Bakker", 2),  # fewer given names than the roster
        ("J. de Vries", 1),
        ("J de Vries", 1),
        ("Vries, J. de", 1),
        ("de Vries J.", 1),
        ("J.H. de Vries", 1),  # more initials than the roster's one given name
        ("A.M. van den Berg", 8),
        ("A. van den Berg", 8),
        ("Anne van den Berg", 8),
        ("K. in 't Veld", 9),
    ],
)
def test_initials(index: NameIndex, text: str, person: int) -> None:
    assert index.match(text) == unique(person, "initials")


@pytest.mark.parametrize("text", ["P. Bakker", "P.J. Bakker", "Jan Karel Bakker", "K. Bakker"])
def test_initials_must_follow_the_given_names_in_order(index: NameIndex, text: str) -> None:
    match = index.match(text)
    assert match.status == "unknown"
    assert match.person_id is None


def test_initials_for_two_people_are_ambiguous() -> None:
    index = NameIndex(
        [(1, "Jan de Vries", None), (2, "Joost de Vries", None), (3, "Piet de Vries", None)]
    )
    assert index.match("J. de Vries") == Match("ambiguous", None, (1, 2), None)
    assert index.match("P. de Vries") == unique(3, "initials")
    assert index.match("Jan de Vries") == unique(1, "exact")


def test_two_people_with_the_same_name_are_ambiguous() -> None:
    index = NameIndex([(7, "Jan de Vries", "1"), (3, "Jan de Vries", "2"), (5, "Jan Bos", None)])
    assert index.match("Jan de Vries") == Match("ambiguous", None, (3, 7), None)
    assert index.match("de Vries, Jan") == Match("ambiguous", None, (3, 7), None)
    assert index.match("Jan Vries") == Match("ambiguous", None, (3, 7), None)
    assert index.match("2") == unique(3, "number")


def test_strictest_rule_wins() -> None:
    # "Jan de Vries" is exactly person 1; person 2 would only match by word order.
    index = NameIndex(
        [(1, "Jan de Vries", None), (2, "de Jan Vries", None), (3, "Jan Vries", None)]
    )
    assert index.match("Jan de Vries") == unique(1, "exact")
    assert index.match("Jan Vries") == unique(3, "exact")
    assert index.match("Vries Jan de") == Match("ambiguous", None, (1, 2), None)
    # with a number that is also an employee number, the number wins
    index = NameIndex([(1, "Jan de Vries", "42"), (2, "42", None)])
    assert index.match("42") == unique(1, "number")


def test_unknown_with_typo_suggestions(index: NameIndex) -> None:
    match = index.match("Pieter Jansen")
    assert match.status == "unknown"
    assert match.person_id is None
    assert match.candidates[0] == 5  # Pieter Janssen first
    assert len(match.candidates) <= 3


def test_first_name_only_suggests_the_annes(index: NameIndex) -> None:
    match = index.match("Anne")
    assert match.status == "unknown"
    # the two Annes first (Jansen's name is shorter, so closer), then the one-letter typo
    # Sanne (0.89 - 0.1) before Anneke (prefix 0.75 - 0.1)
    assert match.candidates == (3, 8, 10)


def test_unknown_without_anything_close(index: NameIndex) -> None:
    assert index.match("Xander Zwart") == Match("unknown", None, (), None)
    assert index.match("   ") == Match("unknown", None, (), None)
    assert index.match("...") == Match("unknown", None, (), None)


def test_one_person_with_a_first_name_is_still_not_a_match() -> None:
    index = NameIndex([(1, "Fatima Yilmaz", None)])
    assert index.match("Fatima") == Match("unknown", None, (1,), None)


def test_people_without_a_name_are_only_found_by_number() -> None:
    index = NameIndex([(1, "", "12"), (2, "Jan", None)])
    assert index.match("12") == unique(1, "number")
    assert index.match("Jan") == unique(2, "exact")
