"""The log files, shared by the app and the command line, which never grow without end.

* ``<user data>/logs/kennisnet.log``: every log record of the app and of the command
  line. :class:`LogFile` opens it per record, appends and closes it again, so several
  processes (an app window, a kiosk, a command) can write it at the same time. Before
  a record would take the file past :data:`LOG_LIMIT` bytes it is rotated: the file
  becomes ``kennisnet.log.1``, the ``.1`` becomes ``.2`` and so on; only :data:`KEEP`
  old files are kept. A lock file (``kennisnet.log.lock``) makes "check the size,
  rotate, append" one step for all processes, so no record is lost or doubled.
* ``<user data>/logs/crash.txt``: what ``faulthandler`` writes when the app dies hard
  (a segfault). It stays open while the app runs; at each start only the last
  :data:`KEEP_CRASHES` crash reports (at most :data:`CRASH_LIMIT` bytes) are kept.

Qt-free: the command line uses it too.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from kennisnet.resources import user_data_dir

#: A log file is rotated before it would grow past this many bytes.
LOG_LIMIT = 1_000_000
#: How many rotated log files (kennisnet.log.1 … .5) are kept.
KEEP = 5
#: How many crash reports crash.txt keeps, and how many bytes at most.
KEEP_CRASHES = 5
CRASH_LIMIT = 256_000

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# The first line of a report faulthandler writes (POSIX signals; Windows exceptions).
_CRASH_START = re.compile(r"^(?:Fatal Python error|Windows fatal exception)", re.MULTILINE)


def log_dir() -> Path:
    return user_data_dir() / "logs"


def log_file() -> Path:
    return log_dir() / "kennisnet.log"


def crash_file() -> Path:
    return log_dir() / "crash.txt"


def rotated(path: Path, number: int) -> Path:
    """``kennisnet.log.3`` for ``rotated(kennisnet.log, 3)``."""
    return path.with_name(f"{path.name}.{number}")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the lock file next to ``path`` (waits for other processes that hold it)."""
    with path.with_name(path.name + ".lock").open("a+b") as handle:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # retries for ~10 s
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _rotate(path: Path, keep: int) -> None:
    """kennisnet.log → .1 → .2 …; the oldest beyond ``keep`` is removed."""
    if keep <= 0:
        path.unlink(missing_ok=True)
        return
    rotated(path, keep).unlink(missing_ok=True)
    for number in range(keep - 1, 0, -1):
        older = rotated(path, number)
        if older.exists():
            older.replace(rotated(path, number + 1))
    path.replace(rotated(path, 1))


def append(
    text: str, path: Path | None = None, *, limit: int = LOG_LIMIT, keep: int = KEEP
) -> None:
    """Append ``text`` to the log file (``path``, default :func:`log_file`), rotating first
    when it would grow past ``limit`` bytes. Raises OSError when the folder cannot be written.
    """
    path = log_file() if path is None else path
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size and size + len(data) > limit:
            _rotate(path, keep)
        with path.open("ab") as handle:
            handle.write(data)


class LogFile(logging.Handler):
    """Appends each record to the log file of the moment (it follows ``KENNISNET_HOME``).

    The file is opened per record and closed again: nothing stays open (so another
    process can rotate it, also on Windows), and a log folder that cannot be written
    never becomes an error of its own.
    """

    def __init__(
        self,
        path: Callable[[], Path] = log_file,
        *,
        limit: int = LOG_LIMIT,
        keep: int = KEEP,
    ) -> None:
        super().__init__()
        self._path = path
        self._limit = limit
        self._keep = keep
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            append(self.format(record) + "\n", self._path(), limit=self._limit, keep=self._keep)
        except Exception:  # a log that cannot be written is no new error
            return


def trim_crashes(path: Path, *, keep: int = KEEP_CRASHES, limit: int = CRASH_LIMIT) -> None:
    """Keep only the last ``keep`` crash reports of ``path`` and at most ``limit`` bytes.

    Rewritten in place (not replaced), so another running app that has the file open
    for its own crash report keeps writing to it.
    """
    try:
        handle = path.open("r+", encoding="utf-8", errors="replace", newline="")
    except FileNotFoundError:
        return
    with handle:
        text = handle.read()
        starts = [match.start() for match in _CRASH_START.finditer(text)]
        kept = text[starts[-keep] :] if keep > 0 and len(starts) > keep else text
        if keep <= 0:
            kept = ""
        if len(kept.encode("utf-8")) > limit:
            tail = kept.encode("utf-8")[-limit:].decode("utf-8", errors="ignore")
            newline = tail.find("\n")
            kept = tail[newline + 1 :] if newline >= 0 else tail
        if kept == text:
            return
        handle.seek(0)
        handle.write(kept)
        handle.truncate()


def open_crash_file() -> IO[str]:
    """Trim crash.txt and open it for ``faulthandler`` (the caller keeps it open)."""
    path = crash_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        trim_crashes(path)
    return path.open("a", encoding="utf-8")
