"""Small shared pieces: message boxes, file dialogs, background work with a progress dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.tabular import ERROR, Problem
from kennisnet.ui.tasks import Task, run_task

ROSTER_FILTER = "roster"
RESPONSES_FILTER = "responses"
PROJECT_FILTER = "project"

_Index = QModelIndex | QPersistentModelIndex


def file_filter(kind: str) -> str:
    if kind == PROJECT_FILTER:
        return tr("Kennisnet projects (*.kennisnet)") + ";;" + tr("All files (*)")
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
    return path


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    details: str = "",
) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    message(parent, title, text, informative, icon=QMessageBox.Icon.Warning)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str,
    yes: str,
    *,
    destructive: bool = False,
) -> bool:
    """Ask a yes/no question with a button that says what will happen; No is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    yes_button = box.addButton(yes, role)
    no_button = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog (one place, so tests can drive dialogs without a nested loop)."""
    return int(dialog.exec())


def heading(text: str, size: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def scaled_font(widget: QWidget, size: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    return font


class Busy:
    """Run ``fn(progress, cancelled)`` in the background behind a modal progress dialog.

    ``on_done(result)`` or ``on_error(error)`` runs on the GUI thread afterwards.
    With ``cancellable`` the dialog has a Cancel button; the result of a cancelled
    task is thrown away (the core's work is read-only or all-or-nothing).
    """

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        cancellable: bool = False,
    ) -> None:
        self._on_done = on_done
        self._on_error = on_error
        self.dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.canceled.connect(self._cancel)
        self.finished = False
        self.task: Task = run_task(
            fn, on_done=self._done, on_error=self._failed, on_progress=self._progress
        )
        _running.append(self)

    def _progress(self, fraction: float, label: str) -> None:
        if self.dialog.maximum() == 0:
            self.dialog.setRange(0, 1000)
        self.dialog.setValue(int(fraction * 1000))
        if label:
            self.dialog.setLabelText(label)

    def _cancel(self) -> None:
        self.task.cancel()

    def _finish(self) -> None:
        self.finished = True
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        if self in _running:
            _running.remove(self)

    def _done(self, result: object) -> None:
        cancelled = self.task.cancelled
        self._finish()
        if not cancelled:
            self._on_done(result)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        cancelled = self.task.cancelled
        self._finish()
        if not cancelled:
            self._on_error(exc)


_running: list[Busy] = []


def running_tasks() -> list[Busy]:
    return list(_running)


class ProblemsModel(QAbstractTableModel):
    """Problems of an import, row by row (row, column, what is wrong)."""

    def __init__(self, problems: Sequence[Problem] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems = list(problems)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = sorted(
            problems, key=lambda p: (p.severity != ERROR, p.row if p.row is not None else -1)
        )
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Column"), tr("What is wrong"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(p.row) if p.row is not None else tr("whole file")
            if column == 1:
                return p.column or ""
            severity = tr("Error") if p.severity == ERROR else tr("Note")
            return f"{severity}: {p.message}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return p.message
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and p.severity == ERROR:
            return QColor("#b3261e")
        return None
