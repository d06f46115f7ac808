"""Reading CSV and text files: encodings, separators, quoting, header rows."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path

import pytest

from kennisnet.tabular import Row, TableError, read_table

ROSTER = (
    "Naam;Afdeling;Personeelsnummer\r\nJosé de Vries;Zorg;00123\r\nAnneke Bos;Facilitair;456\r\n"
)


def has_naam(cells: Sequence[str]) -> bool:
    return any(cell.lower() == "naam" for cell in cells)


def write(tmp_path: Path, data: bytes, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_semicolon_as_dutch_excel_writes_it(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, ROSTER.encode("utf-8")))
    assert table.headers == ("Naam", "Afdeling", "Personeelsnummer")
    assert table.rows == (
        Row(2, ("José de Vries", "Zorg", "00123")),
        Row(3, ("Anneke Bos", "Facilitair", "456")),
    )
    assert table.problems == ()
    assert table.description == 'CSV, UTF-8, separator ";"'


def test_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    text = "Name,Department\nJosé Müller,Care\n"
    table = read_table(write(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8")))
    assert table.headers == ("Name", "Department")  # no BOM glued to "Name"
    assert table.rows == (Row(2, ("José Müller", "Care")),)
    assert table.description == 'CSV, UTF-8, separator ","'
    assert table.problems == ()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_and_tabs_as_excel_unicode_text(tmp_path: Path, codec: str) -> None:
    text = "Naam\tAfdeling\r\nZoë Çelik\tICT\r\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    table = read_table(write(tmp_path, data, "lijst.txt"))
    assert table.headers == ("Naam", "Afdeling")
    assert table.rows == (Row(2, ("Zoë Çelik", "ICT")),)
    assert table.description == "CSV, UTF-16, separated by tabs"


def test_utf16_without_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Naam;Team\r\nPiet;A\r\n".encode("utf-16-le")))
    assert table.rows == (Row(2, ("Piet", "A")),)
    assert table.description == 'CSV, UTF-16, separator ";"'


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, ROSTER.encode("cp1252")))
    assert table.rows[0].values[0] == "José de Vries"
    assert table.description == 'CSV, Windows-1252, separator ";"'
    assert len(table.problems) == 1
    problem = table.problems[0]
    assert (problem.row, problem.column, problem.severity) == (None, None, "warning")
    assert "Windows-1252" in problem.message


def test_quoted_fields_keep_separators_quotes_and_line_breaks(tmp_path: Path) -> None:
    text = (
        'Naam;Opmerking;Team\n"Vries, Jan de";"zegt ""hoi""; altijd";A\n'
        '"Bos; Anneke";"twee\nregels";B\nPiet;x;C\n'
    )
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.rows == (
        Row(2, ("Vries, Jan de", 'zegt "hoi"; altijd', "A")),
        Row(3, ("Bos; Anneke", "twee\nregels", "B")),
        Row(4, ("Piet", "x", "C")),  # row = record number, as Excel shows it
    )


def test_separator_is_not_fooled_by_commas_in_names(tmp_path: Path) -> None:
    text = "Naam;Afdeling\nVries, Jan de;Zorg\nBos, Anneke;ICT\nPiet Jansen;HR\n"
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.headers == ("Naam", "Afdeling")
    assert table.rows[0].values == ("Vries, Jan de", "Zorg")


def test_whitespace_is_stripped_and_empty_cells_become_none(tmp_path: Path) -> None:
    text = " Naam ; Team ;Rol\n  Jan  ;  ;\n\n;;\nPiet;B;x\n"
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.headers == ("Naam", "Team", "Rol")
    # blank line 3 and the line of empty cells (4) are skipped; numbers stay the file's
    assert table.rows == (Row(2, ("Jan", None, None)), Row(5, ("Piet", "B", "x")))


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    text = "Personeelslijst 2024\n\nNaam;Afdeling\nJan;Zorg\n"
    table = read_table(write(tmp_path, text.encode("utf-8")), is_header=has_naam)
    assert table.headers == ("Naam", "Afdeling")
    assert table.rows == (Row(4, ("Jan", "Zorg")),)


def test_without_is_header_the_first_non_empty_row_is_the_header(tmp_path: Path) -> None:
    text = "\nPersoneelslijst 2024\nNaam;Afdeling\nJan;Zorg\n"
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.headers == ("Personeelslijst 2024", "")
    assert table.rows == (Row(3, ("Naam", "Afdeling")), Row(4, ("Jan", "Zorg")))


def test_no_header_found(tmp_path: Path) -> None:
    text = "Personeelslijst\nJan;Zorg\n"
    with pytest.raises(TableError, match="No header row was found in the first 20 rows"):
        read_table(write(tmp_path, text.encode("utf-8")), is_header=has_naam)


def test_header_after_twenty_rows_is_not_searched(tmp_path: Path) -> None:
    text = "".join(f"titel {n}\n" for n in range(20)) + "Naam;Team\nJan;A\n"
    with pytest.raises(TableError, match="No header row"):
        read_table(write(tmp_path, text.encode("utf-8")), is_header=has_naam)


def test_separator_hint_line(tmp_path: Path) -> None:
    text = "sep=,\nNaam;x,Team\nJan;y,A\n"
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.headers == ("Naam;x", "Team")
    assert table.rows == (Row(3, ("Jan;y", "A")),)


def test_short_and_long_rows_are_padded_to_one_width(tmp_path: Path) -> None:
    text = "Naam;Team\nJan\nPiet;B;extra\n"
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.headers == ("Naam", "Team", "")
    assert table.rows == (Row(2, ("Jan", None, None)), Row(3, ("Piet", "B", "extra")))


def test_single_column_file(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"Naam\nJan de Vries\nPiet\n"))
    assert table.headers == ("Naam",)
    assert [row.values for row in table.rows] == [("Jan de Vries",), ("Piet",)]


def test_is_header_chooses_the_separator(tmp_path: Path) -> None:
    # Commas split more lines consistently, but only ";" gives a recognisable header row.
    text = "Naam;Team\nVries, Jan\nBos, Piet\n"
    path = write(tmp_path, text.encode("utf-8"))
    assert read_table(path).headers == ("Naam;Team", "")
    table = read_table(path, is_header=has_naam)
    assert table.headers == ("Naam", "Team")
    assert table.rows == (Row(2, ("Vries, Jan", None)), Row(3, ("Bos, Piet", None)))


def test_unclosed_quote_names_the_row(tmp_path: Path) -> None:
    text = 'Naam;Team\nJan;A\n"Piet;B\nKlaas;C\n'
    with pytest.raises(TableError, match=r"quote character \(\"\) in row 3 is not closed"):
        read_table(write(tmp_path, text.encode("utf-8")))


def test_multiline_field_in_the_middle_of_the_last_row_is_fine(tmp_path: Path) -> None:
    text = 'Naam;Notitie;Team\nJan;"a\nb";A\n'
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.rows == (Row(2, ("Jan", "a\nb", "A")),)


def test_too_many_rows(tmp_path: Path) -> None:
    text = "Naam\n" + "".join(f"P{n}\n" for n in range(11))
    path = write(tmp_path, text.encode("utf-8"))
    assert len(read_table(path, max_rows=11).rows) == 11
    with pytest.raises(TableError, match="more than 10 rows"):
        read_table(path, max_rows=10)


def test_too_many_rows_stops_early_on_a_huge_file(tmp_path: Path) -> None:
    text = "Naam\n" + "P\n" * 100_000
    with pytest.raises(TableError, match=r"more than 1\.000 rows"):
        read_table(write(tmp_path, text.encode("utf-8")), max_rows=1000)


def test_only_blank_lines(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="contains no data"):
        read_table(write(tmp_path, b"\r\n ; ;\r\n\r\n"))


def test_replaced_characters_after_a_bom_are_reported(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + b"Naam\nJos\xe9\n"
    table = read_table(write(tmp_path, data))
    assert table.rows == (Row(2, ("Jos\ufffd",)),)
    assert [p.severity for p in table.problems] == ["warning"]
    assert "could not be read" in table.problems[0].message
