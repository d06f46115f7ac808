"""Other names, e-mail addresses, letters lost to an encoding, invisible characters."""

from __future__ import annotations

import pytest

from kennisnet.matching import NameIndex, clean_name, has_lost_letters, natural_order
from kennisnet.matching.variants import double_surname_variants, is_invisible

ROSTER = [
    (1, "Fatma Y?lmaz", None),
    (2, "Anna Jansen-de Vries", "10007", ["anna.jansen@zorggroep.nl"]),
    (3, "Lisa Mulder", None, ["Lisa Visser"]),
    (4, "?ukasz Wróbel", None),
    (5, "Mohamed El-Amrani", None),
    (6, "Anne-Marie van Dam-de Wit", None),
]


@pytest.fixture
def index() -> NameIndex:
    return NameIndex(ROSTER)


@pytest.mark.parametrize(
    ("written", "person", "how"),
    [
        ("Fatma Yılmaz", 1, "lost letters"),  # ı is not in Windows-1252: "?" in the staff list
        ("Yılmaz, Fatma", 1, "lost letters"),
        ("FATMA YILMAZ", 1, "lost letters"),
        ("Łukasz Wróbel", 4, "lost letters"),
        ("Lukasz Wrobel", 4, "lost letters"),
        ("Anna Jansen", 2, "exact"),  # one of the two surnames
        ("Anna de Vries", 2, "exact"),
        ("Anna de Vries-Jansen", 2, "exact"),  # the other order
        ("Vries, Anna de", 2, "order"),
        ("ANNA.JANSEN@zorggroep.nl", 2, "email"),
        ("10007", 2, "number"),
        ("Lisa Visser", 3, "exact"),  # an other name (birth name) from the roster import
        ("Anne-Marie van Dam", 6, "exact"),
        ("Anne-Marie de Wit", 6, "exact"),
    ],
)
def test_what_a_colleague_writes(index: NameIndex, written: str, person: int, how: str) -> None:
    found = index.match(written)
    assert (found.status, found.person_id, found.how) == ("unique", person, how)


def test_a_single_surname_with_a_hyphen_is_not_split(index: NameIndex) -> None:
    assert double_surname_variants("Mohamed El-Amrani") == []
    assert index.match("Mohamed Amrani").person_id == 5  # the tussenvoegsel rule, as before
    assert double_surname_variants("Anne-Marie Jansen") == []


def test_a_lost_letter_is_one_letter_not_any_text(index: NameIndex) -> None:
    assert index.match("Fatma Yalmazz").status == "unknown"
    assert index.match("Fatma Ylmaz").status == "unknown"
    assert index.match("Anne?").status == "unknown"  # a question mark at the end is not a letter


def test_lost_letters_in_the_answer_meet_the_full_name_on_the_roster() -> None:
    index = NameIndex([(1, "Fatma Yılmaz", None), (2, "Emre Şahin", None)])
    assert index.match("Fatma Y?lmaz").person_id == 1
    assert index.match("Emre \ufffdahin").person_id == 2


def test_never_chooses_between_a_lost_letter_and_a_full_name() -> None:
    index = NameIndex([(1, "Fatma Y?lmaz", None), (2, "Fatma Yilmaz", None)])
    found = index.match("Fatma Yılmaz")
    assert (found.status, found.candidates) == ("ambiguous", (1, 2))


def test_an_other_name_shared_with_someone_else_is_ambiguous() -> None:
    index = NameIndex([(1, "Anna de Vries", None, ["Anna Jansen"]), (2, "Anna Jansen", None)])
    assert index.match("Anna Jansen").status == "ambiguous"
    assert index.match("Anna de Vries").person_id == 1


def test_the_kiosk_search_finds_lost_letters_and_other_names(index: NameIndex) -> None:
    assert index.search("yilmaz") == [1]
    assert index.search("lukasz") == [4]
    assert index.search("visser") == [3]
    assert index.search("de vries") == [2]
    assert index.search("jansen") == [2]  # once, though found under several names


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        ("Jan de Vries", "Jan de Vries", False),
        ("\u202eJan de Vries\u202c", "Jan de Vries", True),
        ("Jan\u200bde Vries", "Jan de Vries", True),
        ("Ja\u200dn  de\u00a0Vries", "Jan de Vries", True),
        ("\u200b", "", True),
        ("\u2066\u2069", "", True),
    ],
)
def test_clean_name(text: str, expected: str, removed: bool) -> None:
    assert clean_name(text) == (expected, removed)
    assert is_invisible(text) == (expected == "")


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("Y?lmaz", True),
        ("?brahim Kaya", True),
        ("Ata? Demir", True),
        ("Em\ufffd", True),
        ("Anne?", False),
        ("Wie?", False),
        ("Jan de Vries", False),
    ],
)
def test_has_lost_letters(text: str, lost: bool) -> None:
    assert has_lost_letters(text) is lost


@pytest.mark.parametrize(
    ("text", "natural"),
    [
        ("Vries, Jan de", "Jan de Vries"),
        ("de Vries, Jan", "Jan de Vries"),
        ("Jansen-de Vries, A.", "A. Jansen-de Vries"),
        ("Veld, Kees in 't", "Kees in 't Veld"),
        ("Jan de Vries, MSc", "Jan de Vries, MSc"),
        ("Jan de Vries", "Jan de Vries"),
        ("Vries, Jan, de", "Vries, Jan, de"),
    ],
)
def test_natural_order(text: str, natural: str) -> None:
    assert natural_order(text) == natural


def test_bidi_controls_and_joiners_in_a_written_name_do_not_count(index: NameIndex) -> None:
    from kennisnet.matching import normalise

    assert normalise("\u202bAn\u200dna Jan\u00adsen\u202c") == "anna jansen"
    assert index.match("\u2067Anna\u2069 \u200eJansen").person_id == 2
