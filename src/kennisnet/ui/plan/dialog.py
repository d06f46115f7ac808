"""The dialog to change one action of the plan, or to add HR's own action."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.plan import FORM_LABELS, Form


@dataclass(frozen=True, slots=True)
class ActionValues:
    """What HR filled in: the form, the sentence, who takes care of it, the planned date."""

    form: Form
    text: str
    owner: str
    #: ISO yyyy-mm-dd, or "" for no date.
    due: str


class ActionDialog(QDialog):
    """Form of learning, the sentence, the owner and the planned date of an action."""

    def __init__(
        self,
        values: ActionValues | None,
        names: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planActionDialog")
        own = values is None
        self.setWindowTitle(tr("Add your own action") if own else tr("Change the action"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Describe what will happen, for whom and with whose help.")
            if own
            else tr("Change the wording, or say who takes care of it and when.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        layout.addLayout(fields)
        self.form = QComboBox()
        self.form.setObjectName("planForm")
        for form in Form:
            self.form.addItem(tr(FORM_LABELS[form]), form.value)
        self.text = QPlainTextEdit()
        self.text.setObjectName("planText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.owner = QLineEdit()
        self.owner.setObjectName("planOwner")
        self.owner.setPlaceholderText(tr("For example: the team leader"))
        completer = QCompleter(sorted(set(names)), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.has_date = QCheckBox(tr("Planned for"))
        self.has_date.setObjectName("planHasDate")
        self.due = QDateEdit()
        self.due.setObjectName("planDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addMonths(1))
        self.has_date.toggled.connect(self.due.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.due)
        date_row.addStretch(1)
        fields.addRow(tr("Form of learning:"), self.form)
        fields.addRow(tr("What happens:"), self.text)
        fields.addRow(tr("Who takes care of it:"), self.owner)
        fields.addRow(tr("When:"), date_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("planDialogOk")
        ok.setText(tr("Add") if own else tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if values is not None:
            self.form.setCurrentIndex(max(0, self.form.findData(values.form.value)))
            self.text.setPlainText(values.text)
            self.owner.setText(values.owner)
            if values.due:
                self.due.setDate(QDate.fromString(values.due, "yyyy-MM-dd"))
        self.has_date.setChecked(bool(values and values.due))
        self.due.setEnabled(self.has_date.isChecked())
        self.text.textChanged.connect(self._check)
        self._check()
        self.text.setFocus()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def values(self) -> ActionValues:
        return ActionValues(
            form=Form(str(self.form.currentData())),
            text=self.text.toPlainText().strip(),
            owner=self.owner.text().strip(),
            due=self.due.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else "",
        )
