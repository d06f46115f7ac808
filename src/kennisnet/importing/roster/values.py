"""What a cell holds, from its text: a name, a number, a code, an e-mail address, a date…

Used to choose columns by their content (a column called "Medewerker" full of numbers holds
employee numbers, not names) and to refuse names that are not names, row by row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kennisnet.matching import clean_name, has_lost_letters

NAME = "name"
INITIALS = "initials"  # "J.P." or "JP": part of a name, not a whole one
NUMBER = "number"
CODE = "code"
EMAIL = "email"
DATE = "date"
FLAG = "flag"  # J/N, ja/nee, yes/no, x
OTHER = "other"

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_DATE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
)
_NUMBER = re.compile(r"[+-]?\d[\d .,]*")
_CODE = re.compile(r"(?=[^\s]*\d)[\w\-./#]{1,24}")
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){1,5}|(?:[A-Z]\.){1,5}[A-Za-z]{0,2}\.?")
_FLAGS = frozenset(
    {"j", "n", "ja", "nee", "y", "yes", "no", "x", "true", "false", "waar", "onwaar"}
)
_NAME_CHARS = re.compile(r"[^\W\d_]|[\s'’`´\-.,()/?\ufffd]")
#: UTF-8 text that was read as Windows-1252: "Ã©" for "é", "Ä±" for "ı".
_MOJIBAKE = re.compile(
    r"[ÃÄÅÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a€™]"
)

#: The first day of Excel's (1900) date system; serial numbers count days from here.
_EXCEL_EPOCH = dt.date(1899, 12, 30)


#: "Jan de Vries (10000)": a name followed by its employee number or code, as some exports
#: write the worker.
NAME_AND_CODE = re.compile(r"(?P<name>[^()]*[^\W\d_][^()]*?)\s*\((?P<code>[\w\-./]*\d[\w\-./]*)\)")


def split_name_and_code(text: str) -> tuple[str, str | None]:
    """("Jan de Vries", "10000") for "Jan de Vries (10000)"; (text, None) otherwise."""
    found = NAME_AND_CODE.fullmatch(text.strip())
    if found is None:
        return text, None
    return found.group("name").strip(), found.group("code")


def kind(text: str) -> str:
    """What one non-empty cell text holds."""
    value = split_name_and_code(text)[0].strip()
    if _EMAIL.fullmatch(value):
        return EMAIL
    if _DATE.fullmatch(value):
        return DATE
    if _NUMBER.fullmatch(value):
        return NUMBER
    if value.casefold() in _FLAGS:
        return FLAG
    if _CODE.fullmatch(value):
        return CODE
    if _INITIALS.fullmatch(value):
        return INITIALS
    letters = sum(1 for ch in value if ch.isalpha())
    if letters and all(_NAME_CHARS.fullmatch(ch) for ch in value):
        return NAME
    return OTHER


@dataclass(frozen=True, slots=True)
class Profile:
    """What the cells of one column hold."""

    filled: int
    kinds: Counter[str]
    examples: tuple[str, ...]  # the first few values, for messages

    def share(self, *kinds: str) -> float:
        if not self.filled:
            return 0.0
        return sum(self.kinds[k] for k in kinds) / self.filled

    @property
    def names(self) -> bool:
        """Mostly names (or, for a column of given names, initials)."""
        return self.filled > 0 and self.share(NAME, INITIALS) >= 0.8

    @property
    def numbers(self) -> bool:
        return self.filled > 0 and self.share(NUMBER, CODE) >= 0.8

    def main_kind(self) -> str:
        return self.kinds.most_common(1)[0][0] if self.kinds else OTHER


def profile(values: Iterable[str | None]) -> Profile:
    kinds: Counter[str] = Counter()
    examples: list[str] = []
    for value in values:
        if not value or not value.strip():
            continue
        text = clean_name(value)[0]
        kinds[kind(text) if text else OTHER] += 1
        if len(examples) < 3:
            examples.append(text or value.strip())
    return Profile(sum(kinds.values()), kinds, tuple(examples))


@dataclass(frozen=True, slots=True)
class NameCheck:
    """A name as it will be stored, and what is wrong with it."""

    name: str
    removed_invisible: bool
    #: why it is not a name (an error), or ""
    refused: str
    #: letters lost to an encoding ("?", U+FFFD) or text that looks garbled (a warning)
    lost: bool
    garbled: bool


def check_name(text: str) -> NameCheck:
    name, removed = clean_name(text)
    refused = ""
    if not name:
        refused = "invisible"
    else:
        what = kind(name)
        if what in (NUMBER, CODE, EMAIL, DATE):
            refused = what
        elif not any(ch.isalpha() for ch in name):
            refused = OTHER
    return NameCheck(
        name=name,
        removed_invisible=removed,
        refused=refused,
        lost=bool(name) and has_lost_letters(name),
        garbled=bool(_MOJIBAKE.search(name)),
    )


def date_text(text: str) -> str:
    """A date as ISO text when it is one: Excel serial numbers and dd-mm-yyyy are turned round;
    anything else stays as written."""
    value = text.strip()
    if re.fullmatch(r"\d{5}(?:\.0+)?", value):
        serial = int(float(value))
        if 20000 <= serial <= 80000:  # 1954 … 2119: a date, not an employee number
            return (_EXCEL_EPOCH + dt.timedelta(days=serial)).isoformat()
        return value
    found = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", value)
    if found:
        day, month, year = (int(part) for part in found.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return value
    found = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[ T]00:00(?::00)?", value)
    return found.group(1) if found else value
