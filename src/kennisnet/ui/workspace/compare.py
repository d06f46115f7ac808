"""Compare two waves: compared in the background, then the basis and what changed.

The report is :func:`kennisnet.analysis.waves_report.comparison_report` of one
``Session.compare`` result (both waves analysed with the options of the later
one), the same report ``kennisnet compare`` prints; the dialog never computes a
figure. It is drawn again in the other
language when the language changes, and *Copy text* puts the same report on the
clipboard.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisCancelled
from kennisnet.analysis.waves import WaveComparison
from kennisnet.analysis.waves_report import comparison_report
from kennisnet.i18n import tr
from kennisnet.session import Session
from kennisnet.ui.language import language_bus
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task
from kennisnet.ui.typography import heading

log = logging.getLogger(__name__)


class CompareDialog(QDialog):
    """Pick 'before' and 'after'; both are analysed in the background and compared."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWavesDialog")
        self.session = session
        self.comparison: WaveComparison | None = None
        self.task: Task | None = None
        self.state = "idle"  # running, done, stopped, failed, same
        self._generation = 0
        waves = session.project.waves()
        layout = QVBoxLayout(self)
        self.title = heading("", 1.3)
        layout.addWidget(self.title)
        choose = QHBoxLayout()
        self.before_label = QLabel()
        self.after_label = QLabel()
        self.before = QComboBox()
        self.after = QComboBox()
        for box in (self.before, self.after):
            box.setObjectName("beforeWave" if box is self.before else "afterWave")
            for wave_id, name, _started in waves:
                box.addItem(name, wave_id)
            box.setMinimumContentsLength(16)
        self.before.setCurrentIndex(max(0, len(waves) - 2))
        self.after.setCurrentIndex(len(waves) - 1)
        choose.addWidget(self.before_label)
        choose.addWidget(self.before, 1)
        self.arrow = QLabel("→")
        choose.addWidget(self.arrow)
        choose.addWidget(self.after_label)
        choose.addWidget(self.after, 1)
        layout.addLayout(choose)
        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start)
        status.addWidget(self.status, 1)
        status.addWidget(self.progress, 1)
        status.addWidget(self.stop_button)
        status.addWidget(self.again_button)
        layout.addLayout(status)
        self.report = QTextBrowser()
        self.report.setObjectName("comparisonReport")
        self.report.setOpenLinks(False)
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox()
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_text)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.before.currentIndexChanged.connect(self.start)
        self.after.currentIndexChanged.connect(self.start)
        language_bus().changed.connect(self.retranslate)
        self.resize(780, 620)
        self.start()

    # -- the background work -------------------------------------------------------

    def chosen(self) -> tuple[int, int]:
        return int(self.before.currentData()), int(self.after.currentData())

    def start(self) -> None:
        """Analyse the chosen waves (again); an earlier run still going is stopped."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._generation += 1
        generation = self._generation
        self.comparison = None
        before, after = self.chosen()
        if before == after:
            self.state = "same"
            self.retranslate()
            return
        self.state = "running"
        self.progress.setValue(0)
        self.retranslate()
        session = self.session

        def work(progress: Progress, cancelled: Cancel) -> WaveComparison:
            return session.compare(before, after, progress=progress, cancel=cancelled)

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def done(value: WaveComparison) -> None:
            if current():
                self.task = None
                self.comparison = value
                self.state = "done"
                self.retranslate()

        def failed(exc: BaseException, details: str) -> None:
            if not current():
                return
            self.task = None
            if isinstance(exc, AnalysisCancelled):
                self.state = "stopped"
            else:
                log.error("comparing waves failed\n%s", details)
                self.state = "failed"
            self.retranslate()

        def moved(fraction: float, label: str) -> None:
            if current():
                self.progress.setValue(int(fraction * 1000))
                if label:
                    self.status.setText(label)

        self.task = run_task(work, on_done=done, on_error=failed, on_progress=moved)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(tr("Stopping…"))

    def wait_for_background(self, seconds: float = 30.0) -> None:
        if self.task is not None:
            self.task.done.wait(seconds)

    def done(self, result: int) -> None:
        self.stop()
        language_bus().changed.disconnect(self.retranslate)
        super().done(result)

    # -- what is shown ---------------------------------------------------------------

    def report_text(self) -> str:
        return comparison_report(self.comparison).text() if self.comparison else ""

    def copy_text(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.comparison is not None and clipboard is not None:
            clipboard.setText(self.report_text())
            self.status.setText(tr("The text is copied. Paste it into a report or an e-mail."))

    def retranslate(self, _lang: str = "") -> None:
        self.setWindowTitle(tr("Compare waves"))
        self.title.setText(tr("Compare waves"))
        self.before_label.setText(tr("Before:"))
        self.after_label.setText(tr("After:"))
        self.stop_button.setText(tr("Stop"))
        self.again_button.setText(tr("Compare again"))
        self.copy_button.setText(tr("Copy text"))
        self.close_button.setText(tr("Close"))
        running = self.state == "running"
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.again_button.setVisible(self.state in ("stopped", "failed"))
        self.copy_button.setEnabled(self.comparison is not None)
        status = {
            "running": tr("Analysing both waves…"),
            "stopped": tr("The comparison was stopped."),
            "failed": tr("The waves could not be compared. The details are in the log."),
            "same": tr("Choose two different waves."),
        }.get(self.state, "")
        self.status.setText(status)
        self.status.setVisible(bool(status))
        if self.comparison is not None:
            self.report.setHtml(comparison_report(self.comparison).html())
        else:
            self.report.clear()
