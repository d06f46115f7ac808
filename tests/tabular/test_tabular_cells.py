"""Cell values as text, and small helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from kennisnet.tabular.assemble import compress_numbers
from kennisnet.tabular.cells import cell_text, number_text
from kennisnet.tabular.xlsx_notes import column_letter


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("  Jan\u00a0", "Jan"),
        ("   ", None),
        ("", None),
        (123, "123"),
        (-7, "-7"),
        (123.0, "123"),
        (1e15, "1000000000000000"),
        (3.25, "3.25"),
        (0.1 + 0.2, "0.3"),
        (1 / 3, "0.333333333333333"),
        (0.00001, "0.00001"),
        (True, "TRUE"),
        (False, "FALSE"),
        (dt.datetime(2021, 3, 1), "2021-03-01"),
        (dt.datetime(2021, 3, 1, 8, 30), "2021-03-01 08:30"),
        (dt.datetime(2021, 3, 1, 8, 30, 15), "2021-03-01 08:30:15"),
        (dt.date(2021, 3, 1), "2021-03-01"),
        (dt.time(9, 5), "09:05"),
        (dt.timedelta(hours=36, minutes=5), "36:05:00"),
    ],
)
def test_cell_text(value: object, expected: str | None) -> None:
    assert cell_text(value) == expected


def test_number_text_of_special_floats() -> None:
    assert number_text(float("inf")) == "inf"
    assert number_text(float("nan")) == "nan"


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [([], ""), ([4], "4"), ([4, 5, 6, 9], "4–6, 9"), ([1, 3, 5, 6], "1, 3, 5–6")],
)
def test_compress_numbers(numbers: list[int], expected: str) -> None:
    assert compress_numbers(numbers) == expected


@pytest.mark.parametrize(("column", "letter"), [(1, "A"), (26, "Z"), (27, "AA"), (703, "AAA")])
def test_column_letter(column: int, letter: str) -> None:
    assert column_letter(column) == letter
