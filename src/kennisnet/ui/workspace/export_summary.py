"""After an export: the files written (with a button that opens their folder), and a plain
sentence for why an export failed. The export dialog itself is in ``export.py``."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kennisnet.i18n import ntr, tr
from kennisnet.ui.typography import heading


def failure_text(exc: BaseException, folder: Path) -> str:
    """A plain sentence for why an export failed."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return tr("The disk is full. Make room or choose another folder.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(
            exc, PermissionError
        ):
            return tr("Kennisnet may not write in {folder}. Choose another folder.", folder=folder)
        if isinstance(exc, (NotADirectoryError, FileExistsError)):
            return tr("{folder} is not a folder. Choose another folder.", folder=folder)
        return tr(
            "The files could not be written to {folder}: {reason}",
            folder=folder,
            reason=exc.strerror or exc,
        )
    return str(exc)


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{size} bytes", size=size)
    if size < 1024 * 1024:
        return tr("{size} kB", size=round(size / 1024))
    return tr("{size} MB", size=f"{size / 1024 / 1024:.1f}")


class ExportSummaryDialog(QDialog):
    """The files written, and a button that opens their folder."""

    def __init__(
        self, paths: list[Path], pseudonymised: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportSummary")
        self.setWindowTitle(tr("Export finished"))
        self.folder = paths[0].parent if paths else Path()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Export finished"), 1.3))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        rows = "".join(
            f"<li>{_escape(p.name)} <span style='color:#666'>({size_text(p.stat().st_size)})"
            "</span></li>"
            for p in paths
        )
        note = (
            "<p>" + tr("Names are replaced by codes; groups under 5 people are hidden.") + "</p>"
            if pseudonymised
            else "<p>"
            + tr("These files contain names: keep them as confidential as the project.")
            + "</p>"
        )
        self.text.setHtml(
            "<p>"
            + ntr(
                "{count} file written to {folder}:",
                "{count} files written to {folder}:",
                len(paths),
                folder=_escape(str(self.folder)),
            )
            + f"</p><ul>{rows}</ul>"
            + note
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self.open_folder)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
