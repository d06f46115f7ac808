"""The open and save dialogs, with the file types of each kind of file.

They start in the folder asked for when HR can see it, else in Documents (never in
Kennisnet's hidden data folder, where the demo copy lives). Where Qt draws the dialog
itself (no native one, e.g. under Xvfb) its words are Qt's, translated
(:mod:`kennisnet.ui.language`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from kennisnet.i18n import tr
from kennisnet.ui.folders import start_folder

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
    """The open dialog; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, start_folder(folder), file_filter(kind))
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, folder: str, kind: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(folder), file_filter(kind))
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, title: str, suggestion: str, kind: str) -> Path | None:
    """The save dialog, suggesting ``suggestion`` (a file name in a folder); None when
    cancelled."""
    proposed = Path(suggestion)
    suggestion = str(Path(start_folder(proposed.parent)) / proposed.name)
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter(kind))
    if not name:
        return None
    path = Path(name)
    if kind == PROJECT_FILTER and path.suffix.lower() != ".kennisnet":
        path = path.with_name(path.name + ".kennisnet")
    if kind == PDF_FILTER and path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path
