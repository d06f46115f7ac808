"""File → Restore a backup…: the project's backup copies, newest first, and choosing one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.store.backup import Backup
from kennisnet.ui.dialogs.messages import confirm
from kennisnet.ui.typography import heading
from kennisnet.ui.workspace.export_summary import size_text


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the file manager (made first when it does not exist yet)."""
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def when_text(made_at: datetime) -> str:
    """Local date and time of a copy, e.g. 2026-03-02 14:05:09."""
    return made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class RestoreDialog(QDialog):
    """Lists the copies; ``chosen`` is set when the adviser confirmed one."""

    def __init__(
        self,
        project_name: str,
        backups: Sequence[Backup],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore a backup copy"))
        self.backups = list(backups)
        self.chosen: Backup | None = None
        self.folder = folder
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Restore a backup copy"), 1.3))
        self.intro = QLabel(
            tr(
                "Kennisnet made a copy of {project} each time it was opened; the newest 10 "
                "are kept. The newest copy is how the project was when you opened it this "
                "time.",
                project=project_name,
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(self.backups), 2)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([tr("Made on"), tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(self.backups):
            when = when_text(backup.made_at)
            if row == 0:
                when = tr("{when} (when you opened the project)", when=when)
            self.table.setItem(row, 0, QTableWidgetItem(when))
            size = QTableWidgetItem(size_text(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, size)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore())
        layout.addWidget(self.table, 1)
        self.note = QLabel(
            tr(
                "Restoring puts the project back as it was then: answers and changes made "
                "later are no longer in it. Before that, Kennisnet saves the current state "
                "as one more copy, so you can go back."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.folder_button = QPushButton(tr("Open the backup folder"))
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(self._open_folder)
        self.restore_button = QPushButton(tr("Restore this copy…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore)
        cancel = buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)
        self._update()
        self.resize(600, 460)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _open_folder(self) -> None:
        open_folder(self.folder)

    def restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        if not confirm(
            self,
            tr("Restore a backup copy"),
            tr("Put back the copy of {when}?", when=when_text(backup.made_at)),
            tr(
                "The project goes back to how it was then. Kennisnet first saves the "
                "current state as a new backup copy, so nothing is lost."
            ),
            tr("Restore"),
            destructive=True,
        ):
            return
        self.chosen = backup
        self.accept()
