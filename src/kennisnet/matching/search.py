"""Type-ahead name search for the kiosk: fast enough to run on every keystroke.

Everything that does not depend on the query is computed once: the normalised names in
alphabetical order, each padded with a leading space so that "starts a word" is a plain
substring test (" de" in " jan de vries").
"""

from __future__ import annotations

from collections.abc import Iterable

from kennisnet.matching.names import normalise, parse_name


class NameSearch:
    def __init__(self, people: Iterable[tuple[int, str]]):
        entries = sorted((normalise(name), person, name) for person, name in people)
        self._ids = [person for _norm, person, _name in entries]
        self._padded = [" " + norm for norm, _person, _name in entries]
        self._first = [norm.split(" ", 1)[0] for norm, _person, _name in entries]
        self._surnames = [parse_name(name).surname for _norm, _person, name in entries]

    def search(self, query: str, limit: int = 20) -> list[int]:
        """People whose name contains every query word, best first, at most ``limit``.

        First those where every word starts a word of the name and the first query word starts
        the first name or the surname; then those where every word starts some word of the name;
        then those where a word only occurs inside a word. Alphabetical within each group.
        """
        words = normalise(query).split()
        if not words or limit <= 0:
            return []
        longest = max(words, key=len)
        padded = self._padded
        hits = [index for index, name in enumerate(padded) if longest in name]
        for word in words:
            if word is not longest:
                hits = [index for index in hits if word in padded[index]]
        starts = [" " + word for word in words]
        first_word = words[0]
        best: list[int] = []
        good: list[int] = []
        rest: list[int] = []
        for index in hits:
            name = padded[index]
            if all(start in name for start in starts):
                if self._first[index].startswith(first_word) or any(
                    word.startswith(first_word) for word in self._surnames[index]
                ):
                    best.append(index)
                    if len(best) >= limit:
                        break
                else:
                    good.append(index)
            else:
                rest.append(index)
        ranked = (best + good + rest)[:limit]
        return [self._ids[index] for index in ranked]
