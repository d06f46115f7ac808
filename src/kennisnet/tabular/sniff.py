"""Find out what a file really is from its bytes, whatever its name says."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

from kennisnet.i18n import N_, tr
from kennisnet.tabular.table import TableError

Kind = Literal["xlsx", "text"]

# Leading bytes of formats people pick by mistake, with the name of the format.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")),
    (b"GIF89a", N_("a GIF image")),
    (b"%PDF-", N_("a PDF document")),
    (b"{\\rtf", N_("an RTF document")),
    (b"\x1f\x8b", N_("a compressed (gzip) file")),
    (b"Rar!", N_("a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", N_("a 7-Zip archive")),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def not_a_spreadsheet(kind: str) -> TableError:
    return TableError(
        tr(
            "This file is {kind}, not a spreadsheet. "
            "Choose the Excel file (.xlsx) or CSV file with the data.",
            kind=tr(kind),
        )
    )


def damaged_workbook() -> TableError:
    return TableError(
        tr(
            "This Excel file is damaged or incomplete; perhaps it was not copied or downloaded "
            "completely. Open it in Excel and save it again, or ask for a new copy."
        )
    )


def sniff(path: Path, head: bytes) -> Kind:
    """Return the kind of a non-empty file, or raise TableError when it cannot be a table.

    ``head`` is the first bytes of the file (at least a few kilobytes when the file has them).
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise not_a_spreadsheet(kind)
    if head.startswith(_OLE2):
        raise TableError(
            tr(
                "This file is an old .xls workbook or a password-protected file. "
                "Save it in Excel as .xlsx without a password (or as CSV) and try again."
            )
        )
    if head.startswith(_ZIP):
        return _sniff_zip(path, head)
    _sniff_markup(head)
    return "text"


def _sniff_zip(path: Path, head: bytes) -> Kind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError):
        return _damaged_zip(head)
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        raise TableError(
            tr(
                "This file is a binary Excel workbook (.xlsb). "
                "Save it in Excel as .xlsx or CSV and try again."
            )
        )
    if b"opendocument.spreadsheet" in mimetype:
        raise _ods()
    if "word/document.xml" in names or b"opendocument.text" in mimetype:
        raise not_a_spreadsheet(N_("a text document (such as Word)"))
    if "ppt/presentation.xml" in names or b"opendocument.presentation" in mimetype:
        raise not_a_spreadsheet(N_("a presentation (such as PowerPoint)"))
    raise not_a_spreadsheet(N_("a zip archive"))


def _damaged_zip(head: bytes) -> Kind:
    """A zip whose table of contents cannot be read: guess from the first entry names."""
    if b"opendocument.spreadsheet" in head:
        raise _ods()
    if b"word/" in head:
        raise not_a_spreadsheet(N_("a text document (such as Word)"))
    if b"ppt/" in head:
        raise not_a_spreadsheet(N_("a presentation (such as PowerPoint)"))
    if b"xl/" in head or b"[Content_Types].xml" in head:
        raise damaged_workbook()
    raise TableError(
        tr(
            "This file is a damaged zip archive, not a spreadsheet. "
            "Choose the Excel file (.xlsx) or CSV file with the data."
        )
    )


def _ods() -> TableError:
    return TableError(
        tr(
            "This file is an OpenDocument spreadsheet (.ods). "
            "Save it as .xlsx or CSV (for example in LibreOffice) and try again."
        )
    )


def _sniff_markup(head: bytes) -> None:
    """Web pages and XML files saved with a spreadsheet name (some systems export those)."""
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table")):
        raise not_a_spreadsheet(N_("a web page (HTML)"))
    if start.startswith(b"<?xml"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
            raise TableError(
                tr(
                    "This file is an Excel 2003 XML spreadsheet. "
                    "Save it in Excel as .xlsx or CSV and try again."
                )
            )
        raise not_a_spreadsheet(N_("an XML file"))
