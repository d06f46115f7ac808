"""Errors and logs: a log file, Qt's messages in it, a crash file, and a plain crash dialog."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from kennisnet.i18n import tr
from kennisnet.resources import user_data_dir

log = logging.getLogger("kennisnet")
_keep: list[IO[str]] = []


def log_dir() -> Path:
    return user_data_dir() / "logs"


def log_file() -> Path:
    return log_dir() / "kennisnet.log"


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
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        handler = logging.FileHandler(log_file(), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    crash = (folder / "crash.txt").open("a", encoding="utf-8")
    _keep.append(crash)
    faulthandler.enable(crash)
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
