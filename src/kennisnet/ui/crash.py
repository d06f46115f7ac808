"""Errors and logs: a log file, Qt's messages in it, a crash file, and a plain crash dialog.

A run that ends without cleaning up (a segfault, a kill, a power cut) is noticed at the
next start: every running app holds a lock file ``logs/running-<pid>.lock`` (a
``QLockFile``: it records the process, so a lock whose process is gone is recognised;
one of an app that still runs is left alone) and removes it when it ends normally. The
next start finds a lock whose process is gone, removes it and tells HR "Kennisnet
stopped unexpectedly last time", with a button that opens the log folder.

The log file and the crash file are those of :mod:`kennisnet.logfile`, shared with the
command line and rotated there.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import sys
import threading
import traceback
from datetime import datetime
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QLockFile, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kennisnet.i18n import tr
from kennisnet.logfile import LogFile, crash_file, log_dir, log_file, open_crash_file

__all__ = [
    "crash_file",
    "crash_notice",
    "end_session",
    "install",
    "log_dir",
    "log_file",
    "open_log_folder",
    "show_crash_dialog",
    "start_session",
]

log = logging.getLogger("kennisnet")
_keep: list[IO[str]] = []
_running: list[QLockFile] = []


def start_session() -> list[datetime]:
    """Note that the app runs; return when earlier runs started that did not end normally."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    crashed: list[datetime] = []
    for path in sorted(folder.glob("running-*.lock")):
        other = QLockFile(str(path))
        other.setStaleLockTime(0)  # stale only when its process is gone, never by age
        try:
            started = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            continue
        if other.tryLock(0):  # its process is gone: that run did not end normally
            other.unlock()  # removes the file
            crashed.append(started)
            log.warning("an earlier run (started %s) did not end normally", started)
    if not _running:
        own = QLockFile(str(folder / f"running-{os.getpid()}.lock"))
        own.setStaleLockTime(0)
        if own.tryLock(0):
            _running.append(own)
            atexit.register(end_session)
    return crashed


def end_session() -> None:
    """The app ends normally: remove its lock file."""
    while _running:
        _running.pop().unlock()


def open_log_folder() -> None:
    """Show the folder with the log and crash files in the file manager."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def crash_notice(crashed: list[datetime], parent: QWidget | None = None) -> QMessageBox:
    """The message for HR after a run that did not end normally (not shown yet).

    Its "Open the log folder" button (``openLogFolder``) shows the log files and closes it.
    """
    box = QMessageBox(parent)
    box.setObjectName("crashNotice")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Kennisnet stopped unexpectedly"))
    when = max(crashed).strftime("%d-%m-%Y %H:%M")
    box.setText(
        tr(
            "Kennisnet stopped unexpectedly the last time (started {when}). Answers that "
            "were saved are safe in the project file; check the last thing you did.",
            when=when,
        )
    )
    box.setInformativeText(
        tr(
            "What happened was written to {log} and {crash}. If it happens again, please "
            "send these files to your support contact.",
            log=log_file(),
            crash=crash_file(),
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    button = box.addButton(tr("Open the log folder"), QMessageBox.ButtonRole.ActionRole)
    button.setObjectName("openLogFolder")
    button.clicked.connect(open_log_folder)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


def _qt_message(kind: QtMsgType, _context: Any, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    logging.getLogger("kennisnet.qt").log(level, message)


def show_crash_dialog(summary: str) -> None:
    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Kennisnet ran into a problem"))
    box.setText(
        tr(
            "Something went wrong that Kennisnet did not expect. Answers that were saved "
            "are safe in the project file."
        )
    )
    box.setInformativeText(
        tr(
            "The details were written to {log}. Please send this file to your support contact.",
            log=log_file(),
        )
    )
    box.setDetailedText(summary)
    box.exec()


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    text = "".join(traceback.format_exception(kind, value, tb))
    log.critical("unexpected error\n%s", text)
    show_crash_dialog(f"{kind.__name__}: {value}")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    log.critical("unexpected error in a background thread\n%s", text)


def install() -> None:
    """Log to the log file, route Qt's messages and crashes there, show a dialog on errors."""
    log_dir().mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, LogFile) for h in root.handlers):
        root.addHandler(LogFile())
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    if not _keep:
        crash = open_crash_file()  # trimmed to the last few crashes first
        _keep.append(crash)
        faulthandler.enable(crash)
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
