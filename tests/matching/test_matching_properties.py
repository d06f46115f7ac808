"""Properties that must hold for any roster: a name finds its person in any written form,
and the order of the roster never changes an answer."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from kennisnet.matching import NameIndex, normalise

GIVEN = ("Jan", "Joost", "Anne", "José", "Zoë", "Pieter", "Sanne", "Fatma")
PARTICLES = ("", "de", "van der", "in 't", "ter")
SURNAMES = ("Vries", "Bakker", "Öztürk", "Çelik", "Jansen", "Janssen", "El-Amrani")
ACCENTS = {"a": "á", "e": "ë", "i": "ï", "o": "ö", "u": "ú", "c": "ç", "n": "ñ"}


@st.composite
def names(draw: st.DrawFn) -> str:
    given_names = draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2))
    words = [*given_names, draw(st.sampled_from(PARTICLES)), draw(st.sampled_from(SURNAMES))]
    return " ".join(word for word in words if word)


rosters = st.lists(names(), min_size=1, max_size=12).map(
    lambda people: [(10 * n + 3, name, str(1000 + n)) for n, name in enumerate(people)]
)


def words_of(name: str) -> Counter[str]:
    return Counter(normalise(name).split())


@st.composite
def variants(draw: st.DrawFn, name: str) -> str:
    """The same name as someone might type it: any case, word order, accents and spacing."""
    words = normalise(name).split()
    words = draw(st.permutations(words))
    out = []
    for word in words:
        letters = []
        for letter in word:
            if letter in ACCENTS and draw(st.booleans()):
                letter = ACCENTS[letter]
            if draw(st.booleans()):
                letter = letter.upper()
            letters.append(letter)
        out.append("".join(letters))
    separator = draw(st.sampled_from([" ", "  ", " \t"]))
    return draw(st.sampled_from(["", " "])) + separator.join(out)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), people=rosters)
def test_a_name_matches_its_person_in_any_form(
    data: st.DataObject, people: list[tuple[int, str, str | None]]
) -> None:
    index = NameIndex(people)
    person, name, _number = data.draw(st.sampled_from(people))
    typed = data.draw(variants(name))
    namesakes = {other for other, other_name, _ in people if words_of(other_name) == words_of(name)}
    match = index.match(typed)
    assert match.how in ("exact", "order", None)
    if namesakes == {person}:
        assert (match.status, match.person_id, match.how is not None) == ("unique", person, True)
        return
    # Namesakes (the same words): never unknown, never anyone else. Written in the person's
    # own word order the person is among the answers; in another order the exact rule may
    # rightly pick the namesake who is written that way.
    assert match.status in ("unique", "ambiguous")
    found = {match.person_id} if match.status == "unique" else set(match.candidates)
    assert found <= namesakes
    if normalise(typed) == normalise(name):
        assert person in found


@settings(max_examples=100, deadline=None)
@given(data=st.data(), people=rosters)
def test_the_order_of_the_roster_does_not_change_any_answer(
    data: st.DataObject, people: list[tuple[int, str, str | None]]
) -> None:
    shuffled = data.draw(st.permutations(people))
    first, second = NameIndex(people), NameIndex(shuffled)
    queries = [name for _person, name, _number in people]
    queries += [f"{name.split()[0][0]}. {name.split()[-1]}" for _p, name, _n in people]
    queries += [name.replace("a", "e", 1) for _p, name, _n in people]  # typos
    queries += [name.split()[0] for _p, name, _n in people]  # first names only
    queries += ["1000", "1003", "3", "de"]
    for query in queries:
        assert first.match(query) == second.match(query), query
    for query in ("j", "ja", "jan", "de v", "a", "ö"):
        assert first.search(query) == second.search(query), query
