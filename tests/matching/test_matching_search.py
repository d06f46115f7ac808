"""NameIndex.search: the kiosk's type-ahead list."""

from __future__ import annotations

import pytest

from kennisnet.matching import NameIndex

ROSTER: list[tuple[int, str, str | None]] = [
    (1, "Jan de Vries", None),
    (2, "Anne Jansen", None),
    (3, "Pieter Janssen", None),
    (4, "Marjan Bos", None),
    (5, "Johan de Jong", None),
    (6, "Zoë Çelik", None),
    (7, "Jan Bakker", None),
    (8, "Fenna Vriesema", None),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(ROSTER)


def test_first_name_and_surname_prefixes_first_then_word_prefixes_then_substrings(
    index: NameIndex,
) -> None:
    # "jan" starts the first name of 1 and 7 and the surname of 2 and 3 (alphabetical:
    # "anne jansen" < "jan bakker" < "jan de vries" < "pieter janssen"); it occurs inside
    # "marjan" only.
    assert index.search("jan") == [2, 7, 1, 3, 4]


def test_typing_a_full_name_letter_by_letter(index: NameIndex) -> None:
    assert index.search("j")[:5] == [2, 7, 1, 5, 3]
    assert index.search("jan d") == [1]
    assert index.search("jan de v") == [1]
    assert index.search("jan de vr") == [1]
    assert index.search("jan de vx") == []


def test_word_order_case_and_accents_do_not_matter(index: NameIndex) -> None:
    assert index.search("VRIES JAN") == [1]
    assert index.search("zoe") == [6]
    assert index.search("ÇELİK") == [6]
    assert index.search("de vries, jan") == [1]


def test_every_word_must_occur(index: NameIndex) -> None:
    # both surnames start with "vries"; alphabetical: "fenna vriesema" < "jan de vries"
    assert index.search("vries") == [8, 1]
    assert index.search("ries") == [8, 1]  # inside a word only: still found
    assert index.search("anne bos") == []


def test_a_word_that_starts_a_later_name_word_ranks_after_first_or_surname(
    index: NameIndex,
) -> None:
    # "de" starts a word of 1 and 5, but neither their first name nor their surname.
    assert index.search("de") == [1, 5]
    # "an" starts only Anne (first name); the others contain it inside a word: alphabetical.
    assert index.search("an") == [2, 7, 1, 5, 4, 3]  # not Fenna: no "an" in it
    # "jan de": both words start words of 1, "jan" is its first name; 3 and 4 lack "de".
    assert index.search("jan de") == [1]


def test_limit_and_empty_queries(index: NameIndex) -> None:
    assert index.search("a", limit=2) == [2, 8]  # Anne, then "fenna vriesema" (a inside)
    assert index.search("") == []
    assert index.search("  ,. ") == []
    assert index.search("jan", limit=0) == []


def test_ten_thousand_people_find_the_right_person(index: NameIndex) -> None:
    # Speed is measured in benchmarks/bench_matching.py; here the answers must be right.
    people = [(n, f"Persoon{n % 97} van der Achternaam{n}", None) for n in range(10_000)]
    big = NameIndex(people)
    assert big.search("achternaam9999") == [9999]
    assert big.search("persoon1 achternaam1")[0] == 1  # the whole words first
    # A word start: "persoon5" is Persoon5 and Persoon50 to Persoon59, nobody else.
    found = big.search("persoon5", limit=10_000)
    assert len(found) == len(set(found))
    assert set(found) == {n for n in range(10_000) if str(n % 97).startswith("5")}
