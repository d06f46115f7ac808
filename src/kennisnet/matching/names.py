"""Normalising and taking apart Dutch personal names.

A name is split into given names (or initials), tussenvoegsels ("de", "van der", "'t" …) and
the surname words, from the way people write names: "Jan de Vries", "de Vries, Jan",
"Vries, Jan de", "J.P. de Vries", "JP de Vries", "de Vries J.P.".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

# Tussenvoegsels (after normalising: "'t" -> "t") and foreign particles written the same way.
PARTICLES = frozenset(
    {
        "van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in", "op", "aan", "bij",
        "uit", "voor", "onder", "over", "tot", "la", "le", "les", "du", "des", "el", "al",
        "da", "das", "dos", "di", "del", "della", "von", "vom", "zu", "zur", "vande", "vander",
        "vanden", "ben", "bin", "ibn",
    }
)  # fmt: skip

# Letters that Unicode does not decompose into a base letter plus accent.
_SPECIAL = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i", "ĳ": "ij",
     "Ĳ": "IJ"}
)  # fmt: skip
_NOT_WORD = re.compile(r"[\W_]+")


#: Invisible characters removed before comparing: bidi controls, joiners, soft hyphens (a
#: zero-width space stays a separator, like any other space).
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u061c\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060"
        "\u2066\u2067\u2068\u2069\u00ad\ufeff",
    )
)


def _fold(text: str) -> str:
    """Accents removed and punctuation turned into spaces, case kept."""
    if not text.isascii():
        text = text.translate(_INVISIBLE)
        decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", text)


def normalise(text: str) -> str:
    """Casefolded, accents removed, punctuation (. , - ' ’ …) as spaces, whitespace collapsed.

    >>> normalise("  José  El-Amrani, Jr. ")
    'jose el amrani jr'
    """
    return " ".join(_fold(text).casefold().split())


@dataclass(frozen=True, slots=True)
class NameParts:
    words: tuple[str, ...]  # all normalised words in the order written
    given: tuple[str, ...]  # given names and initials in order ("jp" written as JP -> "j", "p")
    particles: tuple[str, ...]  # tussenvoegsels, sorted
    surname: tuple[str, ...]  # surname words without tussenvoegsels, sorted

    @property
    def has_initials(self) -> bool:
        return any(len(word) == 1 for word in self.given)


def core_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that are not tussenvoegsels, sorted (all words if that leaves none)."""
    core = tuple(sorted(word for word in words if word not in PARTICLES))
    return core or tuple(sorted(words))


def particles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One set of tussenvoegsels may be missing words of the other, but not differ."""
    first, second = Counter(a), Counter(b)
    return first <= second or second <= first


def parse_name(text: str) -> NameParts:
    has_lower = any(ch.islower() for ch in text)
    words = _fold(text).split()
    left, comma, right = text.partition(",")
    if comma and "," not in right and left.strip() and right.strip():
        # "de Vries, Jan" / "Vries, Jan de": surname first, particles may trail the given names
        rest = _fold(left).split()
        given = _fold(right).split()
        while len(given) > 1 and given[-1].casefold() in PARTICLES:
            rest.insert(0, given.pop())
    else:
        given, rest = _split_given(words, has_lower)
    given_words = tuple(_expand_initials(given, has_lower))
    rest_words = [word.casefold() for word in rest]
    particles = tuple(sorted(word for word in rest_words if word in PARTICLES))
    surname = tuple(sorted(word for word in rest_words if word not in PARTICLES))
    if not surname:
        particles, surname = (), tuple(sorted(rest_words))
    return NameParts(tuple(word.casefold() for word in words), given_words, particles, surname)


def _is_initials(word: str, has_lower: bool) -> bool:
    return len(word) == 1 or (has_lower and 2 <= len(word) <= 3 and word.isupper())


def _split_given(words: list[str], has_lower: bool) -> tuple[list[str], list[str]]:
    """Split "Jan Pieter de Vries" into given names and the rest; also "de Vries J.P."."""
    if len(words) < 2:
        return [], words
    trailing = 0
    while trailing < len(words) and _is_initials(words[-1 - trailing], has_lower):
        trailing += 1
    if 0 < trailing < len(words) and not _is_initials(words[0], has_lower):
        return words[-trailing:], words[:-trailing]
    split = len(words) - 1  # without tussenvoegsel the last word is the surname
    for index in range(1, len(words) - 1):
        if words[index].casefold() in PARTICLES:
            split = index
            break
    return words[:split], words[split:]


def _expand_initials(words: list[str], has_lower: bool) -> list[str]:
    out: list[str] = []
    for word in words:
        if len(word) > 1 and _is_initials(word, has_lower):
            out.extend(letter.casefold() for letter in word)
        else:
            out.append(word.casefold())
    return out


def given_compatible(written: tuple[str, ...], roster: tuple[str, ...]) -> bool:
    """Written given names/initials agree, in order, with the first given names on the roster.

    "j" matches "jan"; "j", "p" matches "jan", "pieter"; "jan" matches "jan", "pieter".
    Extra initials beyond the roster's given names are allowed (rosters often hold only the
    name people go by, while initials list all official names).
    """
    if not written or not roster:
        return False
    if any(len(word) > 1 for word in written[len(roster) :]):
        return False
    for word, name in zip(written, roster, strict=False):
        if len(word) == 1 or len(name) == 1:
            if word[0] != name[0]:
                return False
        elif word != name:
            return False
    return True
