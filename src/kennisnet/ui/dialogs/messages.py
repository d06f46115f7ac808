"""Message boxes: tell, warn, ask yes or no; and one place that runs a modal dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kennisnet.i18n import tr


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
