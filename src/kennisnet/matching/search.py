"""Type-ahead name search for the kiosk: fast enough to run on every keystroke.

Everything that does not depend on the query is computed once: the normalised names in
alphabetical order, each padded with a leading space so that "starts a word" is a plain
substring test (" de" in " jan de vries").
"""

from __future__ import annotations

from collections.abc import Iterable

from kennisnet.matching.names import NameParts, normalise


class NameSearch:
    def __init__(self, people: Iterable[tuple[int, NameParts]]):
        entries = sorted((" ".join(parts.words), person, parts.surname) for person, parts in people)
        self._ids = [person for _norm, person, _surname in entries]
        self._padded = [" " + norm for norm, _person, _surname in entries]
        # The words a search should rank first: the first name and the surname words.
        self._leading = [
            " " + " ".join((norm.split(" ", 1)[0], *surname)) for norm, _person, surname in entries
        ]

    def search(self, query: str, limit: int = 20) -> list[int]:
        """People whose name contains every query word, best first, at most ``limit``.

        First those where every word starts a word of the name and the first query word starts
        the first name or the surname; then those where every word starts some word of the name;
        then those where a word only occurs inside a word. Alphabetical within each group.
        """
        words = normalise(query).split()
        if not words or limit <= 0:
            return []
        # Plain list comprehensions with substring tests: the fastest way through 10,000 names.
        padded = self._padded
        longest = max(words, key=len)
        hits = [index for index, name in enumerate(padded) if longest in name]
        for word in words:
            if word is not longest:
                hits = [index for index in hits if word in padded[index]]
        prefixed = hits
        for word in words:
            start = " " + word
            prefixed = [index for index in prefixed if start in padded[index]]
        lead = " " + words[0]
        leading = self._leading
        ranked = [index for index in prefixed if lead in leading[index]]
        if len(ranked) < limit:
            ranked += [index for index in prefixed if lead not in leading[index]]
        if len(ranked) < limit:
            chosen = set(prefixed)
            ranked += [index for index in hits if index not in chosen]
        found: list[int] = []
        seen: set[int] = set()
        for index in ranked:  # a person may be in the list under several names
            person = self._ids[index]
            if person not in seen:
                seen.add(person)
                found.append(person)
                if len(found) == limit:
                    break
        return found
