"""Which HR PINs are too easy to guess, and why (plain rules, no Qt).

A PIN guards the kiosk against a curious colleague with time on their hands, so
the PINs anyone tries first are refused when HR chooses one: one digit repeated
(0000), digits in a row up or down (1234, 4321, 7890, 2468), a repeated pattern
(1212, 123123, 1122), a year (1900–2099, birth years and the current year), and
a short list of the most used PINs that fit none of these rules (2580 — the
middle column of a keypad —, 1004, 5683 …).
"""

from __future__ import annotations

import itertools
from enum import Enum


class Weak(Enum):
    ONE_DIGIT = "one digit"
    IN_A_ROW = "in a row"
    PATTERN = "pattern"
    YEAR = "year"
    COMMON = "common"


# The most used PINs that the rules below do not already catch (keypad shapes, words
# spelled on a phone keypad, favourite numbers).
COMMON = frozenset(
    {
        "1004",
        "2580",
        "0852",
        "5683",
        "0007",
        "1230",
        "1231",
        "1000",
        "1001",
        "1100",
        "1470",
        "0741",
        "3690",
        "0963",
        "1590",
        "1478",
        "1236",
        "7410",
        "0070",
        "2323",
        "147258",
        "159753",
        "159357",
        "147852",
        "753951",
        "789456",
        "102030",
        "111222",
        "121314",
        "123321",
    }
)


def _steps(pin: str) -> set[int]:
    return {(int(b) - int(a)) for a, b in itertools.pairwise(pin)}


def _in_a_row(pin: str) -> bool:
    wrapped = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if wrapped in ({1}, {9}):  # 1234, 4321, 7890, 0987 (on from 9 to 0)
        return True
    return _steps(pin) in ({2}, {-2})  # 2468, 1357, 8642


def _pattern(pin: str) -> bool:
    size = len(pin)
    for block in range(1, size // 2 + 1):
        if size % block == 0 and pin[:block] * (size // block) == pin:
            return True  # 1212, 123123, 12341234
    doubled = size % 2 == 0 and all(pin[i] == pin[i + 1] for i in range(0, size, 2))
    return doubled  # 1122, 112233


def weakness(pin: str) -> Weak | None:
    """Why ``pin`` (4 to 8 digits) is too easy to guess, or None when it is fine."""
    if len(set(pin)) == 1:
        return Weak.ONE_DIGIT
    if _in_a_row(pin):
        return Weak.IN_A_ROW
    if _pattern(pin):
        return Weak.PATTERN
    if len(pin) == 4 and pin[:2] in ("19", "20"):
        return Weak.YEAR
    if pin in COMMON:
        return Weak.COMMON
    return None
