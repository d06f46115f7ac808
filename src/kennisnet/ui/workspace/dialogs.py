"""Smaller dialogs: the merge summary, settings, and about."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kennisnet import __version__
from kennisnet.analysis import AnalysisOptions
from kennisnet.i18n import language, ntr, tr
from kennisnet.merge import MergeReport
from kennisnet.session import DEFAULTS, Session
from kennisnet.store import ProjectError
from kennisnet.ui.crash import log_file
from kennisnet.ui.dialogs.messages import error
from kennisnet.ui.language import language_bus, switch_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.typography import heading


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def merge_summary_html(report: MergeReport, pending: int) -> str:
    files = len(report.files)
    parts = [
        "<p>"
        + tr(
            "{added} added from {files}.",
            added=ntr("<b>{count}</b> new answer", "<b>{count}</b> new answers", report.added),
            files=ntr("{count} file", "{count} files", files),
        )
        + "</p>"
    ]
    if report.already_there:
        parts.append(
            "<p>"
            + ntr(
                "{count} answer was already in this project and was skipped.",
                "{count} answers were already in this project and were skipped.",
                report.already_there,
            )
            + "</p>"
        )
    if report.conflicts:
        parts.append("<p><b>" + tr("Answered on more than one laptop") + "</b></p><ul>")
        parts += [f"<li>{_escape(c)}</li>" for c in report.conflicts]
        parts.append("</ul>")
    if report.unmatched_names:
        parts.append(
            "<p><b>"
            + tr("Not found on this project's staff list")
            + "</b></p><p>"
            + _escape(", ".join(report.unmatched_names))
            + "</p>"
        )
    if report.notes:
        parts.append("<ul>" + "".join(f"<li>{_escape(n)}</li>" for n in report.notes) + "</ul>")
    if pending:
        parts.append(
            "<p>"
            + ntr(
                "{count} name now needs a decision: choose who is meant.",
                "{count} names now need a decision: choose who is meant.",
                pending,
            )
            + "</p>"
        )
    return "".join(parts)


class MergeSummaryDialog(QDialog):
    """What a merge added; offers to check names right away."""

    def __init__(self, report: MergeReport, pending: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSummary")
        self.setWindowTitle(tr("Laptops merged"))
        self.resize(620, 420)
        self.resolve_now = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Laptops merged"), 1.4))
        self.text = QTextBrowser()
        self.text.setHtml(merge_summary_html(report, pending))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.names_button: QPushButton | None = None
        if pending:
            self.names_button = buttons.addButton(
                tr("Check names now"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.names_button.clicked.connect(self._resolve)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _resolve(self) -> None:
        self.resolve_now = True
        self.accept()


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


def about_html() -> str:
    from kennisnet.store.backup import backup_dir
    from kennisnet.ui.workspace.about import app_licence, bundled_libraries

    rows = "".join(
        f"<tr><td>{_escape(lib.name)}</td><td>&nbsp;{_escape(lib.version)}&nbsp;</td>"
        f"<td>{_escape(lib.licence)}</td></tr>"
        for lib in bundled_libraries()
    )
    return (
        f"<h2>Kennisnet {__version__}</h2><p>"
        + tr("Kennisnet shows how colleagues learn from each other in your organisation.")
        + "</p><p>"
        + tr("Everything stays on this computer, in the project file. Nothing is sent anywhere.")
        + "</p><p>"
        + tr("Licence of Kennisnet: {licence}", licence=_escape(app_licence()))
        + "</p><p>"
        + tr("The log file is at {log}.", log=_escape(str(log_file())))
        + "<br>"
        + tr(
            "Backup copies of your projects are in {folder}.",
            folder=_escape(str(backup_dir("x").parent)),
        )
        + "</p><p><b>"
        + tr("Libraries included in Kennisnet")
        + "</b></p><table cellspacing='0' cellpadding='1'>"
        + f"<tr><th align='left'>{tr('Library')}</th><th align='left'>&nbsp;{tr('Version')}</th>"
        + f"<th align='left'>{tr('Licence')}</th></tr>"
        + rows
        + "</table><p>"
        + tr(
            "PySide6 and Qt are used under the GNU LGPL version 3. The licence texts are "
            "in the folders of the libraries."
        )
        + "</p>"
    )


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
