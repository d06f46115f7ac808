"""The native open and save dialogs, with the file types of each kind of file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from kennisnet.i18n import tr

ROSTER_FILTER = "roster"
RESPONSES_FILTER = "responses"
PROJECT_FILTER = "project"
PDF_FILTER = "pdf"


def file_filter(kind: str) -> str:
    if kind == PROJECT_FILTER:
        return tr("Kennisnet projects (*.kennisnet)") + ";;" + tr("All files (*)")
    if kind == PDF_FILTER:
        return tr("PDF files (*.pdf)") + ";;" + tr("All files (*)")
    return (
        tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)")
        + ";;"
        + tr("Excel workbooks (*.xlsx *.xlsm)")
        + ";;"
        + tr("CSV files (*.csv *.txt)")
        + ";;"
        + tr("All files (*)")
    )


def open_file(parent: QWidget | None, title: str, folder: str, kind: str) -> Path | None:
    """The native open dialog; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter(kind))
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, folder: str, kind: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, file_filter(kind))
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, title: str, suggestion: str, kind: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter(kind))
    if not name:
        return None
    path = Path(name)
    if kind == PROJECT_FILTER and path.suffix.lower() != ".kennisnet":
        path = path.with_name(path.name + ".kennisnet")
    if kind == PDF_FILTER and path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path
