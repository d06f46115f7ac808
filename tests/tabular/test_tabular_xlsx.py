"""Reading xlsx workbooks: values, sheets, header rows, merged cells, formulas, hidden parts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from tabular_xml import add_cached_value, patch_sheet

from kennisnet.tabular import Problem, Row, TableError, read_table

SHEET1 = "xl/worksheets/sheet1.xml"
Writer = Callable[..., Path]


def has_naam(cells: Sequence[str]) -> bool:
    return "Naam" in cells


def test_values_become_the_text_a_person_sees(make_xlsx: Writer) -> None:
    path = make_xlsx(
        {
            "Personeel": [
                ["Naam", "Nummer", "Uren", "Getraind", "In dienst", "Gesprek", "Code"],
                ["  Jan de Vries ", 123, 32.0, True, dt.datetime(2021, 3, 1), None, "00123"],
                [
                    "Anne",
                    4567.0,
                    0.1,
                    False,
                    dt.date(2020, 12, 31),
                    dt.datetime(2024, 5, 6, 14, 30),
                    "  ",
                ],
                ["Piet", 1e15, 1 / 3, None, None, dt.datetime(2024, 5, 6, 9, 5, 7), 7],
            ]
        }
    )
    table = read_table(path)
    assert table.headers == ("Naam", "Nummer", "Uren", "Getraind", "In dienst", "Gesprek", "Code")
    assert table.rows == (
        Row(2, ("Jan de Vries", "123", "32", "TRUE", "2021-03-01", None, "00123")),
        Row(3, ("Anne", "4567", "0.1", "FALSE", "2020-12-31", "2024-05-06 14:30", None)),
        Row(
            4,
            (
                "Piet",
                "1000000000000000",
                "0.333333333333333",
                None,
                None,
                "2024-05-06 09:05:07",
                "7",
            ),
        ),
    )
    assert table.problems == ()
    assert table.description == 'sheet "Personeel"'


def test_an_xlsx_named_csv_is_still_read_as_a_workbook(make_xlsx: Writer) -> None:
    path = make_xlsx({"Blad1": [["Naam"], ["Jan"]]}, name="eigenlijk.csv")
    table = read_table(path)
    assert table.description == 'sheet "Blad1"'
    assert table.rows == (Row(2, ("Jan",)),)


def test_a_csv_named_xlsx_is_still_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "eigenlijk.xlsx"
    path.write_bytes(b"Naam;Team\nJan;A\n")
    table = read_table(path)
    assert table.description == 'CSV, UTF-8, separator ";"'
    assert table.rows == (Row(2, ("Jan", "A")),)


def test_title_row_above_headers_and_empty_rows(make_xlsx: Writer) -> None:
    path = make_xlsx(
        {
            "Blad1": [
                ["Personeelslijst 2024"],
                [],
                ["Naam", None, "Team"],
                ["Jan", None, "A"],
                [],
                ["Piet"],
            ]
        }
    )
    table = read_table(path, is_header=has_naam)
    assert table.headers == ("Naam", "", "Team")  # the empty header is kept in its place
    assert table.rows == (Row(4, ("Jan", None, "A")), Row(6, ("Piet", None, None)))


def test_hidden_sheets_are_skipped_with_a_warning(make_xlsx: Writer) -> None:
    def hide(workbook: Any) -> None:
        workbook["Oud"].sheet_state = "hidden"
        workbook["Geheim"].sheet_state = "veryHidden"

    path = make_xlsx(
        {"Oud": [["Naam"], ["Oud"]], "Geheim": [["Naam"], ["X"]], "Nieuw": [["Naam"], ["Jan"]]},
        setup=hide,
    )
    table = read_table(path)
    assert table.description == 'sheet "Nieuw"'
    assert table.rows == (Row(2, ("Jan",)),)
    assert [(p.row, p.column, p.severity) for p in table.problems] == [
        (None, None, "warning"),
        (None, None, "warning"),
    ]
    assert table.problems[0].message == 'Sheet "Oud" is hidden in Excel and was skipped.'
    assert table.problems[1].message == 'Sheet "Geheim" is hidden in Excel and was skipped.'


def test_the_first_sheet_with_a_recognised_header_is_chosen(make_xlsx: Writer) -> None:
    path = make_xlsx(
        {"Leeg": [], "Uitleg": [["Vul hieronder in"], ["x"]], "Personeel": [["Naam"], ["Jan"]]}
    )
    assert read_table(path).description == 'sheet "Uitleg"'  # first sheet with data
    table = read_table(path, is_header=has_naam)
    assert table.description == 'sheet "Personeel"'
    assert table.rows == (Row(2, ("Jan",)),)


def test_no_sheet_with_a_header(make_xlsx: Writer) -> None:
    path = make_xlsx({"A": [["x"]], "B": [["y"]]})
    with pytest.raises(TableError, match="No header row was found in the first 20 rows"):
        read_table(path, is_header=has_naam)


def test_all_sheets_empty(make_xlsx: Writer) -> None:
    with pytest.raises(TableError, match="The workbook contains no data"):
        read_table(make_xlsx({"A": [], "B": [[None, "  "]]}))


def test_merged_cells_are_filled_and_reported(make_xlsx: Writer) -> None:
    def merge(workbook: Any) -> None:
        sheet = workbook["Blad1"]
        sheet.merge_cells("A1:C1")  # title above the header: not reported
        sheet.merge_cells("B4:B8")
        sheet.merge_cells("C9:D9")

    rows: list[list[Any]] = [
        ["Lijst"],
        ["Naam", "Afdeling", "Team", "Rol"],
        ["Ann", "ICT", "T", "r"],
    ]
    rows += [[f"P{n}", "Zorg" if n == 4 else None, "T", "r"] for n in range(4, 9)]
    rows += [["Kim", "HR", "Samen", None]]
    path = make_xlsx({"Blad1": rows}, setup=merge)
    table = read_table(path, is_header=has_naam)
    assert [row.values[1] for row in table.rows] == [
        "ICT",
        "Zorg",
        "Zorg",
        "Zorg",
        "Zorg",
        "Zorg",
        "HR",
    ]
    assert table.rows[-1] == Row(9, ("Kim", "HR", "Samen", "Samen"))
    assert table.problems == (
        Problem(
            4,
            "Afdeling",
            'Rows 4–8 of column "Afdeling" were merged; the value "Zorg" was used for each row.',
            "warning",
        ),
        Problem(
            9,
            "Team",
            'Cells C9:D9 were merged; the value "Samen" was used for each cell.',
            "warning",
        ),
    )


def test_merged_cells_fill_rows_that_are_otherwise_empty(make_xlsx: Writer) -> None:
    path = make_xlsx(
        {"Blad1": [["Afdeling", "Naam"], ["Zorg", "Jan"], [None, None], [None, "Piet"]]},
        setup=lambda workbook: workbook["Blad1"].merge_cells("A2:A4"),
    )
    table = read_table(path)
    assert table.rows == (
        Row(2, ("Zorg", "Jan")),
        Row(3, ("Zorg", None)),
        Row(4, ("Zorg", "Piet")),
    )


def test_formulas_use_the_value_excel_stored(make_xlsx: Writer) -> None:
    path = make_xlsx(
        {
            "Blad1": [
                ["Naam", "Nummer", "Label"],
                ["Jan", "=100+23", '=A2&" (zorg)"'],
                ["Piet", 7, '=""'],
            ]
        }
    )

    def cache(xml: str) -> str:
        xml = add_cached_value(xml, "B2", "123")
        xml = add_cached_value(xml, "C2", "Jan (zorg)", kind="str")
        return add_cached_value(xml, "C3", "", kind="str")

    patch_sheet(path, SHEET1, cache)
    table = read_table(path)
    assert table.rows == (Row(2, ("Jan", "123", "Jan (zorg)")), Row(3, ("Piet", "7", None)))
    assert table.problems == (
        Problem(
            None,
            None,
            "The sheet contains formulas (3 cells); the values last calculated by Excel were used.",
            "warning",
        ),
    )


def test_formula_without_a_computed_value_is_an_error_for_that_cell(make_xlsx: Writer) -> None:
    path = make_xlsx({"Blad1": [["Nummer", "Naam"], [1, "Jan"], [2, "Piet"], [3, "=UPPER(B3)"]]})
    table = read_table(path)  # openpyxl writes formulas without values, like other programs
    assert table.rows[2] == Row(4, ("3", None))
    errors = [p for p in table.problems if p.severity == "error"]
    assert errors == [
        Problem(
            4,
            "Naam",
            'Row 4, column "Naam": a formula without a computed value. '
            "Open the file in Excel, save it, and try again.",
            "error",
        )
    ]


def test_error_cells_are_errors_naming_row_and_column(make_xlsx: Writer) -> None:
    path = make_xlsx({"Blad1": [["Naam", "Team"], ["Jan", "#REF!"], ["#N/A", "B"]]})
    table = read_table(path)
    assert table.rows == (Row(2, ("Jan", None)), Row(3, (None, "B")))
    assert table.problems == (
        Problem(
            2,
            "Team",
            'Row 2, column "Team": the cell shows the error #REF!. '
            "Correct it in Excel and try again.",
            "error",
        ),
        Problem(
            3,
            "Naam",
            'Row 3, column "Naam": the cell shows the error #N/A. '
            "Correct it in Excel and try again.",
            "error",
        ),
    )


def test_hidden_rows_and_columns_with_data_are_read_with_a_warning(make_xlsx: Writer) -> None:
    def hide(workbook: Any) -> None:
        sheet = workbook["Blad1"]
        for number in (3, 4, 6, 9):
            sheet.row_dimensions[number].hidden = True
        sheet.column_dimensions["B"].hidden = True
        sheet.column_dimensions["C"].hidden = True  # hidden but empty: not reported

    rows: list[list[Any]] = [["Naam", "Team", ""]] + [[f"P{n}", "A", None] for n in range(2, 8)]
    path = make_xlsx({"Blad1": rows}, setup=hide)
    table = read_table(path)
    assert len(table.rows) == 6 and table.rows[1] == Row(3, ("P3", "A"))
    assert [(p.row, p.column, p.message) for p in table.problems] == [
        (3, None, "Rows 3–4, 6 are hidden in Excel but contain data; they were read anyway."),
        (None, "Team", 'Column "Team" is hidden in Excel but contains data; it was read anyway.'),
    ]


def test_one_hidden_row(make_xlsx: Writer) -> None:
    def hide(workbook: Any) -> None:
        workbook["Blad1"].row_dimensions[2].hidden = True

    table = read_table(make_xlsx({"Blad1": [["Naam"], ["Jan"], ["Piet"]]}, setup=hide))
    assert [p.message for p in table.problems] == [
        "Row 2 is hidden in Excel but contains data; it was read anyway."
    ]


def test_too_many_rows(make_xlsx: Writer) -> None:
    path = make_xlsx({"Blad1": [["Naam"], *[[f"P{n}"] for n in range(30)]]})
    assert len(read_table(path, max_rows=30).rows) == 30
    with pytest.raises(TableError, match="more than 29 rows"):
        read_table(path, max_rows=29)
    with pytest.raises(TableError, match="more than 5 rows"):
        read_table(path, max_rows=5)  # stops while reading


STRINGS = ["Naam", "Afdeling", "In dienst", "Jan de Vries", "Zorg", "Anne"]


def test_workbook_with_shared_strings_as_excel_writes_it(raw_xlsx: Callable[..., Path]) -> None:
    sheet = (
        '<dimension ref="A1"/>'  # wrong, as some programs write it: must not cut columns off
        "<sheetData>"
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
        '<c r="C2" s="1"><v>44256</v></c></row>'
        '<row r="4"><c r="A4" t="s"><v>5</v></c><c r="C4" t="inlineStr">'
        "<is><r><t>in </t></r><r><t>2020</t></r></is></c></row>"
        "</sheetData>"
    )
    path = raw_xlsx([("Blad1", "visible", sheet)], STRINGS)
    table = read_table(path)
    assert table.headers == ("Naam", "Afdeling", "In dienst")
    assert table.rows == (
        Row(2, ("Jan de Vries", "Zorg", "2021-03-01")),
        Row(4, ("Anne", None, "in 2020")),
    )


def test_raw_workbook_formula_without_cached_value(raw_xlsx: Callable[..., Path]) -> None:
    sheet = (
        "<sheetData>"
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><f>X1</f></c></row>'
        '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="str"><f>B1</f><v>Zorg</v></c></row>'
        "</sheetData>"
    )
    table = read_table(raw_xlsx([("Blad1", "visible", sheet)], STRINGS))
    assert table.rows == (Row(2, ("Jan de Vries", None)), Row(3, ("Anne", "Zorg")))
    assert [(p.row, p.column, p.severity) for p in table.problems] == [
        (2, "Afdeling", "error"),
        (None, None, "warning"),
    ]
