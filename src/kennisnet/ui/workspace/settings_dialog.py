"""Settings: the language, and the analysis options of the open project (or the defaults)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisOptions
from kennisnet.i18n import language, tr
from kennisnet.session import DEFAULTS, Session
from kennisnet.store import ProjectError
from kennisnet.ui.dialogs.messages import error
from kennisnet.ui.language import language_bus, switch_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.typography import heading


class SettingsDialog(QDialog):
    """Language (switches at once), and the analysis options.

    With a project open, the analysis options are those of the project's wave on the
    Results tab (stored in the project, so ``kennisnet analyze`` and every laptop agree);
    without one they are this user's defaults for new projects.
    """

    analysis_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        session: Session | None = None,
        wave_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.session = session
        self.wave_id = wave_id
        layout = QVBoxLayout(self)
        self.title = heading("", 1.3)
        layout.addWidget(self.title)
        form = QFormLayout()
        layout.addLayout(form)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language()))
        self.scope = QLabel()
        self.scope.setObjectName("analysisScope")
        self.scope.setWordWrap(True)
        options = self._options()
        self.threshold = QSpinBox()
        self.threshold.setRange(2, 100)
        self.threshold.setValue(options.overloaded_threshold)
        self.advice = QSpinBox()
        self.advice.setRange(1, 20)
        self.advice.setValue(options.advice_k)
        self.language_label = QLabel()
        self.threshold_label = QLabel()
        self.advice_label = QLabel()
        for label in (self.threshold_label, self.advice_label):
            label.setWordWrap(True)
        form.addRow(self.language_label, self.language)
        form.addRow(self.scope)
        form.addRow(self.threshold_label, self.threshold)
        form.addRow(self.advice_label, self.advice)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language)
        self.threshold.valueChanged.connect(self._threshold)
        self.advice.valueChanged.connect(self._advice)
        language_bus().changed.connect(self.retranslate)
        self.retranslate()
        self.setMinimumWidth(520)

    def _options(self) -> AnalysisOptions:
        """The options the dialog shows: the project's wave's, or the user's defaults."""
        if self.session is None:
            return replace(
                DEFAULTS,
                overloaded_threshold=self.settings.overloaded_threshold,
                advice_k=self.settings.advice_k,
            )
        try:
            return self.session.options(self.wave_id)
        except ProjectError:  # damaged in the file: HR sets them again here
            return DEFAULTS

    def _language(self) -> None:
        lang = str(self.language.currentData())
        self.settings.language = lang
        self.settings.sync()
        switch_language(lang)

    def _store(self, options: AnalysisOptions) -> None:
        """Store the project's options for the wave (only called with a project open)."""
        assert self.session is not None
        try:
            self.session.set_options(options, self.wave_id)
        except (ProjectError, ValueError) as exc:
            error(self, tr("Settings"), tr("The change could not be saved."), str(exc))
            return
        self.analysis_changed.emit()

    def _threshold(self, value: int) -> None:
        if self.session is None:
            self.settings.overloaded_threshold = value
            self.analysis_changed.emit()
        else:
            self._store(replace(self._options(), overloaded_threshold=value))

    def _advice(self, value: int) -> None:
        if self.session is None:
            self.settings.advice_k = value
            self.analysis_changed.emit()
        else:
            self._store(replace(self._options(), advice_k=value))

    def done(self, result: int) -> None:
        self.settings.sync()
        language_bus().changed.disconnect(self.retranslate)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Settings"))
        self.title.setText(tr("Settings"))
        self.language_label.setText(tr("Language"))
        if self.session is None:
            self.scope.setText(
                tr(
                    "No project is open: the analysis settings below are your defaults for "
                    "new projects."
                )
            )
        else:
            self.scope.setText(
                tr(
                    "The analysis settings below are saved in {project} for {wave}, so "
                    "everyone who opens the project sees the same results.",
                    project=self.session.name,
                    wave=self.session.wave_name(self.session.wave_id(self.wave_id)),
                )
            )
        self.threshold_label.setText(tr("Overloaded: someone with at least this many learners"))
        self.threshold.setToolTip(
            tr(
                "A colleague that this many people learn from may become a bottleneck. "
                "The results mark them as overloaded."
            )
        )
        self.advice_label.setText(tr("Training advice: how many people to suggest"))
        self.advice.setToolTip(
            tr("How many untrained colleagues the training advice suggests training first.")
        )
        self.note.setText(tr("Changes apply at once. The results are recalculated."))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(tr("Close"))
