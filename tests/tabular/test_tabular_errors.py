"""Files that cannot be read at all give one clear TableError sentence."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kennisnet.i18n import set_language
from kennisnet.tabular import TableError, read_table
from kennisnet.tabular.csvfile import read_csv


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def error_for(path: Path) -> str:
    with pytest.raises(TableError) as caught:
        read_table(path)
    return str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    message = error_for(tmp_path / "weg.xlsx")
    assert message == 'The file "weg.xlsx" was not found. Check where it is and try again.'


def test_folder(tmp_path: Path) -> None:
    (tmp_path / "map.csv").mkdir()
    assert error_for(tmp_path / "map.csv") == '"map.csv" is a folder, not a file.'


def test_empty_file(tmp_path: Path) -> None:
    assert error_for(write(tmp_path, "leeg.csv", b"")) == 'The file "leeg.csv" is empty (0 bytes).'


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "groot.csv", b"Naam\n" + b"Jan\n" * 1000)
    assert read_table(path, max_bytes=5000).headers == ("Naam",)
    with pytest.raises(TableError, match=r'"groot.csv" is too large \(0.0 MB; the limit is 0.0 MB'):
        read_table(path, max_bytes=4000)


IMAGES = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
]


@pytest.mark.parametrize(("data", "kind"), IMAGES)
def test_image_renamed_to_xlsx(tmp_path: Path, data: bytes, kind: str) -> None:
    message = error_for(write(tmp_path, "lijst.xlsx", data + bytes(100)))
    assert message.startswith(f"This file is {kind}, not a spreadsheet.")


def test_pdf_renamed_to_csv(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, "lijst.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
    assert message == (
        "This file is a PDF document, not a spreadsheet. "
        "Choose the Excel file (.xlsx) or CSV file with the data."
    )


def test_old_xls_or_password_protected(tmp_path: Path) -> None:
    data = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    message = error_for(write(tmp_path, "lijst.xlsx", data))
    assert "old .xls workbook or a password-protected file" in message
    assert "as .xlsx without a password" in message


def test_word_document(tmp_path: Path) -> None:
    data = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    message = error_for(write(tmp_path, "lijst.xlsx", data))
    assert message.startswith("This file is a text document (such as Word), not a spreadsheet.")


def test_powerpoint(tmp_path: Path) -> None:
    data = zip_bytes({"ppt/presentation.xml": b"<p/>"})
    assert "a presentation (such as PowerPoint)" in error_for(write(tmp_path, "a.xlsx", data))


def test_plain_zip(tmp_path: Path) -> None:
    data = zip_bytes({"lijst.csv": b"Naam\nJan\n"})
    assert error_for(write(tmp_path, "a.csv", data)).startswith("This file is a zip archive,")


def test_ods(tmp_path: Path) -> None:
    data = zip_bytes(
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}
    )
    message = error_for(write(tmp_path, "lijst.xlsx", data))
    assert message.startswith("This file is an OpenDocument spreadsheet (.ods). Save it as .xlsx")


def test_xlsb(tmp_path: Path) -> None:
    data = zip_bytes({"xl/workbook.bin": b"\x00\x01"})
    assert "binary Excel workbook (.xlsb)" in error_for(write(tmp_path, "lijst.xlsx", data))


def test_truncated_xlsx(tmp_path: Path, make_xlsx: Callable[..., Path]) -> None:
    path = make_xlsx({"Blad1": [["Naam"], *[[f"Persoon {n}"] for n in range(200)]]})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert error_for(path).startswith("This Excel file is damaged or incomplete;")


def test_truncated_word_document_is_not_called_a_damaged_workbook(tmp_path: Path) -> None:
    data = zip_bytes({"word/document.xml": b"<w:document>" + b"x" * 5000 + b"</w:document>"})
    message = error_for(write(tmp_path, "a.xlsx", data[: len(data) // 2]))
    assert "text document (such as Word)" in message


def test_workbook_with_broken_sheet_xml(tmp_path: Path, make_xlsx: Callable[..., Path]) -> None:
    path = make_xlsx({"Blad1": [["Naam"], ["Jan"]]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:-40]
    path.write_bytes(zip_bytes(parts))
    assert error_for(path).startswith("This Excel file is damaged or incomplete;")


def test_binary_junk_with_nul_bytes(tmp_path: Path) -> None:
    data = random.Random(1).randbytes(3000)
    assert b"\x00" in data
    message = error_for(write(tmp_path, "lijst.csv", data))
    assert message.startswith("This file does not contain readable text, so it is not a CSV file.")


def test_binary_junk_without_nul_bytes(tmp_path: Path) -> None:
    data = random.Random(2).randbytes(3000).replace(b"\x00", b"")
    data = data.replace(b"\xd0\xcf", b"").replace(b"PK", b"")
    assert error_for(write(tmp_path, "lijst.csv", data)).startswith(
        "This file does not contain readable text"
    )


def test_html_saved_as_xls(tmp_path: Path) -> None:
    data = b"<!DOCTYPE html><html><body><table><tr><td>Naam</td></tr></table></body></html>"
    assert error_for(write(tmp_path, "export.xlsx", data)).startswith(
        "This file is a web page (HTML), not a spreadsheet."
    )


def test_excel_2003_xml(tmp_path: Path) -> None:
    data = b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
    assert "Excel 2003 XML spreadsheet" in error_for(write(tmp_path, "export.xml", data))


def test_error_messages_are_translated(tmp_path: Path) -> None:
    path = write(tmp_path, "foto.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(50))
    set_language("nl")  # the autouse fixture restores the language afterwards
    assert error_for(path) == (
        "Dit bestand is een PNG-afbeelding, geen spreadsheet. "
        "Kies het Excel-bestand (.xlsx) of CSV-bestand met de gegevens."
    )


def test_csv_reader_on_bytes_directly() -> None:
    # The CSV reader itself refuses NUL bytes even when called without sniffing first.
    with pytest.raises(TableError, match="readable text"):
        read_csv(b"Naam\x00;Team\n", None, 10)
