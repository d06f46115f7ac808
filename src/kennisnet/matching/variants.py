"""What else a colleague may write for a name: the other order, one of two surnames, lost letters.

Also the cleaning every name gets before it is stored or compared: invisible characters
(zero-width spaces, bidi controls) are not part of a name.
"""

from __future__ import annotations

import re
import unicodedata

from kennisnet.matching.names import PARTICLES

#: Characters that show nothing but change how text is read or compared.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
#: A lost letter: U+FFFD anywhere; "?" before a letter, or after one when more of the name
#: follows (a "?" at the very end is a question mark: "Anne?").
LOST_LETTER = re.compile(r"\ufffd|\?(?=\w)|(?<=\w)\?(?=[\s\-'.,]*\w)")
_DEGREES = frozenset(
    {"jr", "sr", "msc", "bsc", "ma", "ba", "mba", "phd", "llm", "ing", "ir", "dr", "drs", "mr"}
)


def clean_name(text: str) -> tuple[str, bool]:
    """(the name without invisible characters and with single spaces, whether any were removed).

    A zero-width space counts as a space; bidi controls, joiners and soft hyphens are removed.
    """
    removed = False
    out: list[str] = []
    for ch in text:
        if ch in BIDI_CONTROLS or (ch in _ZERO_WIDTH and ch != "\u200b"):
            removed = True
            continue
        if ch == "\u200b":
            removed = True
            out.append(" ")
            continue
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r":
            removed = True
            continue
        out.append(ch)
    return " ".join("".join(out).split()), removed


def is_invisible(text: str) -> bool:
    """True when nothing of ``text`` would show: empty after removing invisible characters."""
    return not clean_name(text)[0]


def has_lost_letters(text: str) -> bool:
    """True when a "?" or U+FFFD stands where a letter was ("Y?lmaz", "?brahim")."""
    return bool(LOST_LETTER.search(text))


def natural_order(text: str) -> str:
    """ "Vries, Jan de" -> "Jan de Vries"; "Jansen-de Vries, A." -> "A. Jansen-de Vries".

    Only a single comma with given names (and tussenvoegsels) after it is turned round; a
    degree after the comma ("Jan de Vries, MSc") and other text stay as they are.
    """
    left, comma, right = text.partition(",")
    if not comma or "," in right or not left.strip() or not right.strip():
        return text
    words = right.split()
    if any(word.strip(".").casefold() in _DEGREES for word in words):
        return text
    if any(ch.isdigit() or ch == "@" for ch in text):
        return text
    particles: list[str] = []
    while len(words) > 1 and words[-1].casefold() in PARTICLES:
        particles.insert(0, words.pop())
    return " ".join([*words, *particles, *left.split()])


def double_surname_variants(text: str) -> list[str]:
    """For "Anna Jansen-de Vries": "Anna Jansen", "Anna de Vries", "Anna de Vries-Jansen".

    Only a hyphen after the first word counts ("Anne-Marie" is one given name), and only when
    both sides hold a surname word ("Mohamed El-Amrani" has one surname).
    """
    name = natural_order(" ".join(text.split()))
    first_space = name.find(" ")
    if first_space < 0:
        return []
    hyphen = name.find("-", first_space)
    if hyphen < 0:
        return []
    left = name[:hyphen].strip()
    right = name[hyphen + 1 :].strip()
    left_words = left.split()
    if len(left_words) < 2 or not right:
        return []
    # the left side's surname: from the first tussenvoegsel after the given names, else the last
    start = len(left_words) - 1
    while start > 1 and left_words[start - 1].casefold() in PARTICLES:
        start -= 1
    given = " ".join(left_words[:start])
    left_surname = " ".join(left_words[start:])
    if not _has_surname_word(left_surname) or not _has_surname_word(right) or "-" in right:
        return []
    return [f"{given} {left_surname}", f"{given} {right}", f"{given} {right}-{left_surname}"]


def _has_surname_word(text: str) -> bool:
    return any(word.casefold() not in PARTICLES and len(word) > 1 for word in text.split())


#: What Windows-1252 turns into "?": letters it lacks, as a person would type them without
#: accents (ı, ş, ğ, ł, ő, ć, ń, ś, ź, ż, ą, ę, č, ř, ě, ů, ă, ț, ș …).
_LOST_AS = "isglouncz aertd".replace(" ", "")


def lost_letter_readings(text: str, limit: int = 2) -> list[str]:
    """ "Y?lmaz" -> "Yilmaz", "Yslmaz", …: the name with each lost letter read as each letter
    Windows-1252 lacks (without accent), so that typing "yilmaz" finds it. At most ``limit`` lost
    letters are filled in (more would give too many readings)."""
    spots = [m.start() for m in LOST_LETTER.finditer(text)]
    if not spots or len(spots) > limit:
        return []
    readings = [text]
    for spot in spots:
        readings = [r[:spot] + letter + r[spot + 1 :] for r in readings for letter in _LOST_AS]
    return readings
