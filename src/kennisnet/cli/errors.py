"""No raw traceback on any path: the log file, and a plain line for every error.

* :class:`~kennisnet.logfile.LogFile` sends every log record to
  ``<user data>/logs/kennisnet.log`` (the same file the app uses, rotated at 1 MB), so
  Python's "last resort" never prints a record to stderr.
* :func:`guarded` runs a command: known problems become one sentence on stderr; a
  closed pipe (``kennisnet info P | head -1``) ends quietly with exit code 141, as
  programs killed by SIGPIPE do; anything unexpected becomes a sentence naming the log
  file, where the whole traceback is written.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import traceback
from collections.abc import Callable

from kennisnet.i18n import tr
from kennisnet.logfile import LogFile, append, log_file

#: The exit code of a program whose output pipe was closed (128 + SIGPIPE).
BROKEN_PIPE = 141
UNEXPECTED = 70

log = logging.getLogger("kennisnet.cli")

__all__ = ["BROKEN_PIPE", "UNEXPECTED", "LogFile", "guarded", "install_logging", "log_file"]


def install_logging() -> None:
    """Give logging a handler (once): the log file; never the console."""
    root = logging.getLogger()
    if not any(isinstance(h, LogFile) for h in root.handlers):
        root.addHandler(LogFile())
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)


def _quiet_stdout() -> None:
    """After a closed pipe: send what is left to nowhere, so exiting prints nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr)


def _log_unexpected(error: BaseException) -> str:
    """Write the traceback to the log file; returns the file's name for the message."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    path = log_file()
    try:
        append(f"unexpected error\n{text}\n", path)
    except OSError:
        return tr("(the log could not be written)")
    return str(path)


def _os_message(error: OSError) -> str | None:
    name = error.filename
    if error.errno == errno.ENAMETOOLONG:
        shown = str(name) if name is not None else ""
        if len(shown) > 80:
            shown = shown[:40] + "…" + shown[-20:]
        return tr(
            "kennisnet: the file name {file} is too long for this computer. "
            "Choose a shorter name; nothing was changed.",
            file=shown,
        )
    if isinstance(error, FileNotFoundError):
        return tr("kennisnet: the file {file} does not exist.", file=name)
    if isinstance(error, PermissionError):
        return tr("kennisnet: no permission to use {file}.", file=name)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return tr("kennisnet: the disk is full. Make room and try again. Nothing was written.")
    if isinstance(error, IsADirectoryError):
        return tr("kennisnet: {file} is a folder, not a file.", file=name)
    return None


Known = Callable[[BaseException], tuple[str, int] | None]


def guarded(run: Callable[[], int], known: Known) -> int:
    """Run a command; every way it can end gives an exit code and at most one plain line.

    ``known(error)`` turns the command line's own errors into (message, exit code).
    """
    install_logging()
    try:
        try:
            code = run()
            sys.stdout.flush()
            return code
        except BrokenPipeError:
            raise
        except KeyboardInterrupt:
            _say(tr("kennisnet: stopped."))
            return 130
        except RecursionError as error:
            where = _log_unexpected(error)
            _say(
                tr(
                    "kennisnet: the file is nested too deeply to be read; it is not a file "
                    "Kennisnet made, or it is damaged. Nothing was changed. The details are "
                    "in {log}.",
                    log=where,
                )
            )
            return 1
        except Exception as error:  # the one place every error ends
            handled = known(error)
            if handled is not None:
                _say(handled[0])
                return handled[1]
            if isinstance(error, OSError):
                message = _os_message(error)
                if message is not None:
                    _say(message)
                    return 1
            where = _log_unexpected(error)
            _say(
                tr(
                    "kennisnet: something unexpected went wrong. Nothing was half-saved. "
                    "The details are in {log}.",
                    log=where,
                )
            )
            return UNEXPECTED
    except BrokenPipeError:
        _quiet_stdout()
        return BROKEN_PIPE
