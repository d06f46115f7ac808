"""split_names: free-text fields with several names (Microsoft/Google Forms exports)."""

from __future__ import annotations

import pytest

from kennisnet.matching import NameIndex, split_names

ROSTER: list[tuple[int, str, str | None]] = [
    (1, "Jan de Vries", None),
    (2, "Anne Jansen", None),
    (3, "Piet Bos", None),
    (4, "Piet Jan de Vries", None),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(ROSTER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan de Vries", ["Jan de Vries"]),
        ("Jan de Vries; Anne Jansen", ["Jan de Vries", "Anne Jansen"]),
        ("Jan de Vries;Anne Jansen;", ["Jan de Vries", "Anne Jansen"]),
        ("Jan de Vries\nAnne Jansen\r\nPiet Bos", ["Jan de Vries", "Anne Jansen", "Piet Bos"]),
        ("Jan de Vries / Anne Jansen", ["Jan de Vries", "Anne Jansen"]),
        ("Jan de Vries en Anne Jansen", ["Jan de Vries", "Anne Jansen"]),
        ("Jan de Vries EN Anne Jansen", ["Jan de Vries", "Anne Jansen"]),
        ("Jan de Vries and Anne Jansen", ["Jan de Vries", "Anne Jansen"]),
        ("Jan de Vries, Anne Jansen", ["Jan de Vries", "Anne Jansen"]),
        ("de Vries, Jan", ["de Vries, Jan"]),
        ("de Vries, Jan; Jansen, Anne", ["de Vries, Jan", "Jansen, Anne"]),
        ("de Vries, Jan, Bos, Piet", ["de Vries, Jan", "Bos, Piet"]),
        ("Anne Jansen, de Vries, Jan", ["Anne Jansen", "de Vries, Jan"]),
        # Both pieces are names on their own: not glued into "Piet Jan de Vries".
        ("Jan de Vries, Piet", ["Jan de Vries", "Piet"]),
        # Unknown pieces stay separate when joining them does not find anyone either.
        ("Klaas, Henk", ["Klaas", "Henk"]),
        ("Marenka and Ben", ["Marenka", "Ben"]),
        ("", []),
        (" ;\n, ", []),
    ],
)
def test_split_names(index: NameIndex, text: str, expected: list[str]) -> None:
    assert split_names(text, index) == expected


def test_names_containing_en_inside_words_are_not_split(index: NameIndex) -> None:
    assert split_names("Henk Engelen", index) == ["Henk Engelen"]
    assert split_names("Sven Andersen", index) == ["Sven Andersen"]


def test_surname_first_for_namesakes_stays_together() -> None:
    index = NameIndex([(1, "Jan de Vries", None), (2, "Jan de Vries", None)])
    assert split_names("de Vries, Jan", index) == ["de Vries, Jan"]
