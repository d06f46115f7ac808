"""Suggestions for a name that matched nobody: typos, a first name only, a missing word.

Never used as a match; only shown so that HR can pick the right person quickly.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable, Mapping

_CLOSE = 0.7  # words at least this similar (difflib ratio) count as a typo of each other
_PREFIX = 0.75  # similarity of a written word to a longer word it starts ("anne" -> "anneke")
_INITIAL = 0.6  # similarity of an initial to a word that starts with it
_EXTRA_WORD = 0.1  # a name with words nobody wrote is a little less likely
_MIN_SCORE = 0.5  # weaker candidates are not suggested


class Suggester:
    def __init__(self, people: Mapping[int, tuple[str, ...]]):
        """``people`` maps person id to the person's core name words (no tussenvoegsels)."""
        self._people = dict(people)
        self._by_word: dict[str, list[int]] = {}
        for person, words in sorted(self._people.items()):
            for word in set(words):
                self._by_word.setdefault(word, []).append(person)
        self._vocabulary = sorted(self._by_word)

    def suggest(self, words: tuple[str, ...], limit: int = 3) -> tuple[int, ...]:
        """Up to ``limit`` people whose name is most like ``words`` (core words), closest first.

        Score: the average over the written words of the best similarity to a word of the
        name, minus a little for every word of the name beyond the written ones.
        """
        similar: dict[str, dict[str, float]] = {}
        candidates: set[int] = set()
        for word in set(words):
            if len(word) == 1:
                continue  # an initial alone says too little to propose anyone
            found = self._similar_words(word)
            similar[word] = found
            for other in found:
                candidates.update(self._by_word[other])
        scored: list[tuple[float, int]] = []
        for person in candidates:
            score = self._score(words, self._people[person], similar)
            if score >= _MIN_SCORE:
                scored.append((-score, person))
        scored.sort()
        return tuple(person for _score, person in scored[:limit])

    def _similar_words(self, word: str) -> dict[str, float]:
        found: dict[str, float] = {}
        start = bisect.bisect_left(self._vocabulary, word)
        for other in self._vocabulary[start : start + 200]:
            if not other.startswith(word):
                break
            found[other] = 1.0 if other == word else _PREFIX
        for other in difflib.get_close_matches(word, self._vocabulary, n=50, cutoff=_CLOSE):
            ratio = difflib.SequenceMatcher(None, word, other).ratio()
            found[other] = max(found.get(other, 0.0), ratio)
        return found

    @staticmethod
    def _score(
        written: Iterable[str], name: tuple[str, ...], similar: Mapping[str, dict[str, float]]
    ) -> float:
        written = tuple(written)
        total = 0.0
        for word in written:
            if len(word) == 1:
                best = _INITIAL if any(other.startswith(word) for other in name) else 0.0
            else:
                table = similar.get(word, {})
                best = max((table.get(other, 0.0) for other in name), default=0.0)
            total += best
        extra = max(0, len(name) - len(written))
        return total / len(written) - _EXTRA_WORD * extra
