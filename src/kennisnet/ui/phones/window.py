"""The phones window: choose the network, start, then show the QR code and the live count.

Opened from the HR workspace (Overview, step 3, and File → Answer on phones…) on the
open project, next to the kiosk: both can collect at the same time. The phone server
runs in the background (``serving.Serving``) and writes into the same project; the
count is read from the project every second. Closing the window (or the project, or
the app) stops the server; every answer a phone was thanked for is in the project.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kennisnet.i18n import tr
from kennisnet.outputs import OutputRefused
from kennisnet.phones import codes
from kennisnet.phones.printouts import write_cards, write_poster
from kennisnet.phones.server import AddressError, PortInUse
from kennisnet.phones.session import CODES
from kennisnet.store import Project, ProjectError
from kennisnet.ui.dialogs.files import PDF_FILTER, save_file
from kennisnet.ui.dialogs.messages import error, exec_dialog
from kennisnet.ui.language import language_bus
from kennisnet.ui.phones.codes_dialog import CodesUsedDialog
from kennisnet.ui.phones.live import LivePage
from kennisnet.ui.phones.serving import PORT_TRIES, Serving, Started
from kennisnet.ui.phones.setup import SetupPage
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task


class PhonesWindow(QWidget):
    """Phones answering on one open project (a window of its own, for a projector too)."""

    #: Collecting stopped or the window closed: the workspace reads the counts again.
    finished = Signal()
    #: How often the count is read from the project (ms; tests may make it shorter).
    refresh_ms = 1000

    def __init__(self, project: Project, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("phonesWindow")
        self.project = project
        self.folder = folder
        self.serving = Serving(project)
        #: Writing a poster or cards (one at a time).
        self.writing: Task | None = None
        self.stack = QStackedWidget()
        self.setup = SetupPage()
        self.live = LivePage()
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.live)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setup.start_button.clicked.connect(self.start)
        self.setup.close_button.clicked.connect(self.close)
        self.live.poster_button.clicked.connect(self.save_poster)
        self.live.cards_button.clicked.connect(self.save_cards)
        self.live.codes_button.clicked.connect(self.show_codes)
        self.live.stop_button.clicked.connect(self.stop)
        self.timer = QTimer(self)
        self.timer.setInterval(self.refresh_ms)
        self.timer.timeout.connect(self.refresh_counts)
        self.full_screen_action = QAction(self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
        language_bus().changed.connect(self.retranslate)
        self._fit_to_screen()
        self.retranslate()
        self.setup.start_button.setFocus()

    def _fit_to_screen(self) -> None:
        free = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width = min(1500, int(free.width() * 0.9))
        height = min(950, int(free.height() * 0.9))
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    @property
    def collecting(self) -> bool:
        return self.serving.running

    # -- starting and stopping ---------------------------------------------------

    def start(self) -> None:
        """Start the server on the chosen address, in the background."""
        if self.serving.running or self.serving.starting:
            return
        try:
            host = self.setup.host()
        except AddressError as problem:
            self.setup.show_problem(str(problem))
            return
        self.setup.show_problem("")
        self.setup.start_button.setEnabled(False)
        self.setup.start_button.setText(tr("Starting…"))
        self.serving.start(
            host, self.setup.port.value(), self.setup.mode(), self._started, self._failed
        )

    def _started(self, started: Started) -> None:
        self.live.set_address(started.url, started.mode)
        self.stack.setCurrentWidget(self.live)
        self.refresh_counts()
        self.timer.setInterval(self.refresh_ms)
        self.timer.start()
        self._texts()
        self.live.poster_button.setFocus()

    def _failed(self, problem: BaseException) -> None:
        if isinstance(problem, PortInUse):
            port = self.setup.port.value()
            text = tr(
                "Ports {first} to {last} are in use on this laptop. Choose another port.",
                first=port,
                last=port + PORT_TRIES - 1,
            )
        elif isinstance(problem, (AddressError, ProjectError, OSError)):
            text = str(problem)
        else:
            text = tr("Collecting could not start: {reason}", reason=problem)
        self.setup.show_problem(text)
        self._texts()

    def stop(self) -> None:
        """Stop collecting; the set-up page shows again (to start once more)."""
        was_running = self.serving.running
        self.timer.stop()
        self.serving.stop()
        self.stack.setCurrentWidget(self.setup)
        if was_running:
            self.setup.show_problem(
                tr("Stopped. Every answer that was confirmed is in the project file."),
                notice=True,
            )
            self.finished.emit()
        self._texts()
        self.setup.start_button.setFocus()

    def refresh_counts(self) -> None:
        """Read the count from the project: phones and the kiosk write into it."""
        session = self.serving.session()
        if session is None:
            return
        cards = codes.code_cards(self.project) if session.mode == CODES else []
        used = sum(1 for c in cards if c.used_at)
        self.live.set_coverage(self.project.coverage(), session.counters.saved, (used, len(cards)))

    # -- poster, cards, codes -------------------------------------------------------

    def _target(self, title: str, name: str) -> Path | None:
        """A PDF file chosen by HR (the save dialog asks before replacing a file)."""
        path = save_file(self, title, str(Path(self.folder) / name), PDF_FILTER)
        if path is None:
            return None
        self.folder = str(path.parent)
        return path

    def save_poster(self) -> None:
        url = self.live.url
        path = self._target(tr("Save the poster"), tr("poster.pdf"))
        if path is None or not url:
            return
        protect = [self.project.path]

        def write(_progress: Progress, _cancelled: Cancel) -> Path:
            return write_poster(path, url, force=True, protect=protect)

        self._write(write, tr("Poster saved as {file}. Print it on A4 or show it on a screen."))

    def save_cards(self) -> None:
        path = self._target(tr("Save the code cards"), tr("code-cards.pdf"))
        if path is None:
            return
        project = self.project

        def write(_progress: Progress, _cancelled: Cancel) -> Path:
            cards = codes.issue_codes(project)  # the same codes as before; new people get one
            return write_cards(path, cards, force=True, protect=[project.path])

        self._write(write, tr("Code cards saved as {file}. Print them on A4 and cut them."))

    def _write(self, write: Callable[[Progress, Cancel], Path], done_text: str) -> None:
        self.live.saved.setText(tr("Writing the PDF…"))
        self._done_text = done_text
        self.live.poster_button.setEnabled(False)
        self.live.cards_button.setEnabled(False)
        self.writing = run_task(write, on_done=self._written, on_error=self._not_written)

    def _written(self, path: Path) -> None:
        self.writing = None
        self._writing_over()
        self.live.saved.setText(self._done_text.format(file=path))

    def _not_written(self, problem: BaseException, _trace: str) -> None:
        self.writing = None
        self._writing_over()
        self.live.saved.clear()
        if isinstance(problem, (OutputRefused, OSError, ValueError)):
            error(self, tr("Not saved"), tr("The PDF was not saved."), str(problem))
        else:
            error(self, tr("Not saved"), tr("The PDF was not saved."), repr(problem))

    def _writing_over(self) -> None:
        self.live.poster_button.setEnabled(True)
        self.live.cards_button.setEnabled(True)

    def show_codes(self) -> None:
        exec_dialog(CodesUsedDialog(codes.code_cards(self.project), self))

    # -- window ------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _texts(self) -> None:
        running = self.stack.currentWidget() is self.live
        self.setWindowTitle(
            tr("Answer on phones — collecting") if running else tr("Answer on phones")
        )
        self.setup.start_button.setEnabled(not self.serving.starting)
        self.setup.start_button.setText(
            tr("Starting…") if self.serving.starting else tr("&Start collecting")
        )
        self.full_screen_action.setText(tr("Full screen"))

    def retranslate(self, _lang: str = "") -> None:
        self.setup.retranslate()
        self.live.retranslate()
        self._texts()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._texts()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.timer.stop()
        self.serving.stop()
        self.stack.setCurrentWidget(self.setup)
        self.setup.show_problem("")
        self._texts()
        self.finished.emit()
        event.accept()

    def dispose(self) -> None:
        """The project closes: stop, and let go of the window for good."""
        self.close()
        with contextlib.suppress(RuntimeError):
            language_bus().changed.disconnect(self.retranslate)
        self.deleteLater()
