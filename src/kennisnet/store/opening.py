"""Reading a project file without changing it or leaving anything beside it.

SQLite keeps a project's newest changes in a write-ahead log (``NAME-wal``) until they
are folded into the file; a clean close does that, but a full disk or a crash can leave
them in the log. The file and its log together are the project, so every check and every
read here goes through the log. What SQLite reports is sorted by its error code: a
damaged file (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) is the only thing ever called
damaged; a full disk is called a full disk.

Read-only work opens the file with ``mode=ro``, and on read-only media (or when the
index file beside it cannot be made) with ``immutable=1``; files SQLite had to make
beside the project (an empty ``-wal``, the ``-shm`` index) are removed again while the
read lock is still held, so no writer can have started using them. When the log holds
data but its index cannot be made beside the file (read-only media, a full disk), the
file and its log are read from a private copy in the temporary folder.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from contextlib import suppress
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.store.errors import (
    CannotRead,
    NewerVersion,
    NotAProject,
    ProjectError,
    ProjectInUse,
)
from kennisnet.store.fileformat import damaged_message
from kennisnet.store.schema import SCHEMA_VERSION

#: Free space under which an input/output error is taken to mean "the disk is full".
LOW_SPACE = 1024 * 1024

_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_FULL = 13  # SQLITE_FULL
_READONLY = 8  # SQLITE_READONLY


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_of(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_log_data(path: Path) -> bool:
    """True when changes may still live in the write-ahead log (or a rollback journal)."""
    for extra in (wal_of(path), journal_of(path)):
        with suppress(OSError):
            if extra.stat().st_size > 0:
                return True
    return False


def on_read_only_media(path: Path) -> bool:
    """True when nothing can be written in the file's folder (a locked stick, a share)."""
    folder = path.parent
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        with suppress(OSError):
            if statvfs(folder).f_flag & os.ST_RDONLY:
                return True
    return not os.access(folder, os.W_OK)


def low_on_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE
    except OSError:
        return False


def error_kind(error: BaseException, path: Path | None = None) -> str:
    """``damaged``, ``busy``, ``full``, ``readonly`` or ``other`` for an SQLite or OS error."""
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if isinstance(error, OSError):
        import errno

        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return "full"
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "readonly"
        return "other"
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _DAMAGED or (
        primary is None and ("malformed" in text or "not a database" in text)
    ):
        return "damaged"
    if primary in _BUSY or (primary is None and ("locked" in text or "busy" in text)):
        return "busy"
    if primary == _FULL or "full" in text:
        return "full"
    if primary == _READONLY or "readonly" in text or "read-only" in text:
        return "readonly"
    if path is not None and low_on_space(path):
        return "full"  # an index or log that could not be grown: the disk is full
    return "other"


def reason(error: BaseException, path: Path | None = None) -> str:
    """A plain reason for a failed read or write, for the messages of :mod:`store.errors`."""
    kind = error_kind(error, path)
    if kind == "full":
        return tr("the disk is full")
    if kind == "readonly":
        return tr("the file is read-only")
    text = str(error).lower()
    if "disk i/o" in text or "unable to open" in text or isinstance(error, OSError):
        return tr("the file or the disk is not available")
    return str(error)


def raise_for(error: sqlite3.Error | OSError, path: Path) -> None:
    """Turn an error met while reading ``path`` into the right :class:`ProjectError`."""
    kind = error_kind(error, path)
    if kind == "damaged":
        raise NotAProject(damaged_message(path)) from error
    if kind == "busy":
        raise ProjectInUse(path) from error
    raise CannotRead(path, reason(error, path)) from error


class ReadOnlyFile:
    """A read-only connection to a project file, and what to tidy up when it closes."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        made: tuple[Path, ...] = (),
        private: Path | None = None,
        how: str = "ro",
    ) -> None:
        self.conn = conn
        self._made = made
        self._private = private
        #: How the file was opened: ``ro``, ``immutable`` or ``copy`` (for the tests and logs).
        self.how = how

    def close(self) -> None:
        # Remove what SQLite made beside the file while our read lock still keeps writers
        # out (on Windows an open file cannot be removed: then right after closing).
        early = sys.platform != "win32"
        if early:
            _remove_made(self._made)
        self.conn.close()
        if not early:
            _remove_made(self._made)
        if self._private is not None:
            shutil.rmtree(self._private, ignore_errors=True)


def _remove_made(made: tuple[Path, ...]) -> None:
    for extra in made:
        with suppress(OSError):
            # Only an empty log is ours to remove; an index can always be rebuilt.
            if extra.name.endswith("-wal") and extra.stat().st_size > 0:
                continue
            extra.unlink()


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        uri, uri=True, timeout=0.2, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    return conn


def _first_read(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def open_read_only(path: Path) -> ReadOnlyFile:
    """Open ``path`` for reading only; see the module's description for how."""
    uri = path.resolve().as_uri()
    log_data = has_log_data(path)
    if on_read_only_media(path) and not log_data:
        return _immutable(path, uri)
    beside = (wal_of(path), shm_of(path))
    existed = {extra for extra in beside if extra.exists()}
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(f"{uri}?mode=ro")
        _first_read(conn)
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        _remove_made(tuple(extra for extra in beside if extra not in existed))
        kind = error_kind(error, path)
        if kind in ("damaged", "busy"):
            raise_for(error, path)
        # The log's index could not be made beside the file (a full disk, read-only media).
        if not log_data and not wal_of(path).exists():
            # No log, so no writer has the file open: the file alone is the whole project.
            return _immutable(path, uri)
        return _private_copy(path, error)
    made = tuple(extra for extra in beside if extra not in existed)
    return ReadOnlyFile(conn, made=made)


def _immutable(path: Path, uri: str) -> ReadOnlyFile:
    try:
        conn = _connect(f"{uri}?mode=ro&immutable=1")
        _first_read(conn)
    except sqlite3.Error as error:
        raise_for(error, path)
        raise  # pragma: no cover - raise_for always raises
    return ReadOnlyFile(conn, how="immutable")


def _private_copy(path: Path, cause: sqlite3.Error) -> ReadOnlyFile:
    """Read the file and its log from a copy in the temporary folder (SQLite recovers there)."""
    folder = Path(tempfile.mkdtemp(prefix="kennisnet-read-"))
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        for extra, target in ((wal_of(path), wal_of(copy)), (journal_of(path), journal_of(copy))):
            if extra.exists():
                shutil.copyfile(extra, target)
        conn = sqlite3.connect(copy, timeout=0.2, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        _first_read(conn)
    except (OSError, sqlite3.Error) as error:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, sqlite3.Error) and error_kind(error) == "damaged":
            raise_for(error, path)
        raise CannotRead(path, reason(cause, path)) from error
    return ReadOnlyFile(conn, private=folder, how="copy")


def verify(conn: sqlite3.Connection, path: Path) -> int:
    """Check the file's integrity (through its log) and return its schema version."""
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error as error:
        raise_for(error, path)
        raise  # pragma: no cover - raise_for always raises
    if row is None or row[0] != "ok":
        raise NotAProject(damaged_message(path))
    if version > SCHEMA_VERSION:
        raise NewerVersion(path, version, SCHEMA_VERSION)
    if not {"meta", "people", "responses"} <= tables:
        raise NotAProject(damaged_message(path))
    return version


__all__ = [
    "ProjectError",
    "ReadOnlyFile",
    "error_kind",
    "has_log_data",
    "on_read_only_media",
    "open_read_only",
    "raise_for",
    "reason",
    "verify",
]
