"""Waves (repeats of the survey): the dialog that starts the next one.

A project holds one or more waves; new answers always go into the current wave,
which is the one started last. Comparing two waves is in ``compare.py``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.ui.language import language_bus
from kennisnet.ui.typography import heading


def next_wave_name(names: Sequence[str]) -> str:
    """'Wave N' in the UI language: one more than the waves so far, never a name in use."""
    taken = {name.strip().casefold() for name in names}
    number = len(names) + 1
    while (name := tr("Wave {number}", number=number)).casefold() in taken:
        number += 1
    return name


def wave_name(waves: Sequence[tuple[int, str, str]], wave_id: int) -> str:
    return next((name for wid, name, _ in waves if wid == wave_id), "")


class NewWaveDialog(QDialog):
    """Asks the name of the next wave and says in plain words what starting one does."""

    def __init__(
        self, current: str, names: Sequence[str], answered: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newWaveDialog")
        self.current = current
        self.answered = answered
        self._taken = {name.strip().casefold() for name in names}
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title = heading("", 1.3)
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.points = QLabel()
        self.points.setWordWrap(True)
        layout.addWidget(self.points)
        form = QFormLayout()
        self.name_label = QLabel()
        self.name = QLineEdit(next_wave_name(names))
        self.name.setObjectName("waveName")
        self.name.setMaxLength(80)
        self.name.selectAll()
        form.addRow(self.name_label, self.name)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.start_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        language_bus().changed.connect(self.retranslate)
        self.retranslate()
        self.setMinimumWidth(620)

    def wave_name(self) -> str:
        return " ".join(self.name.text().split())

    def _check(self) -> None:
        name = self.wave_name()
        if not name:
            problem = tr("Give the new wave a name.")
        elif name.casefold() in self._taken:
            problem = tr("There is already a wave with this name. Choose another name.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.start_button.setEnabled(not problem)

    def accept(self) -> None:
        if self.start_button.isEnabled():
            super().accept()

    def done(self, result: int) -> None:
        language_bus().changed.disconnect(self.retranslate)
        super().done(result)

    def retranslate(self, _lang: str = "") -> None:
        self.setWindowTitle(tr("Start the next wave"))
        self.title.setText(tr("Start the next wave"))
        self.intro.setText(
            tr(
                "Run the survey again, for example after a training programme. "
                "Then you can see what has changed."
            )
        )
        points = (
            tr(
                "{count} people answered in {wave}. Their answers stay in the project: you can "
                "still look at them and compare them with the new wave.",
                count=self.answered,
                wave=html.escape(self.current),
            ),
            tr(
                "Everyone can answer again, also people who already answered in {wave}.",
                wave=html.escape(self.current),
            ),
            tr(
                "From now on, answers from the kiosk and from imports go into the new wave. "
                "Answers from other laptops go into the wave with the same name."
            ),
            tr(
                "The questionnaire stays the same. Who is trained is kept as it is now for the "
                "earlier waves: mark people trained after a training, and only the new wave "
                "counts them as trained, so the comparison shows what the training changed."
            ),
        )
        self.points.setText(
            "<ul style='margin-left:-12px'>"
            + "".join(f"<li style='margin-bottom:6px'>{p}</li>" for p in points)
            + "</ul>"
        )
        self.name_label.setText(tr("Name of the new wave"))
        self.name.setToolTip(tr("For example the month, or what happened before it."))
        self.start_button.setText(tr("Start the wave"))
        self.cancel_button.setText(tr("Cancel"))
        self._check()
