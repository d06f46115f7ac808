"""Recognise a project file from its bytes, before SQLite ever opens it.

Checking the 100-byte SQLite header first means that a damaged, foreign or
newer file is refused without being opened for writing, so it is never changed.
"""

from __future__ import annotations

import struct
from pathlib import Path

from kennisnet.i18n import N_, tr
from kennisnet.store.errors import NewerVersion, NotAProject, ProjectNotFound
from kennisnet.store.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

_KNOWN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"%PDF", N_("a PDF document")),
    (b"PK\x03\x04", N_("a zip file or Office document")),
    (b"\xd0\xcf\x11\xe0", N_("an old Office document")),
)


def _kind_of(head: bytes) -> str:
    for magic, kind in _KNOWN_MAGIC:
        if head.startswith(magic):
            return tr(kind)
    return tr("something else")


def check_header(path: Path) -> None:
    """Check that ``path`` holds a Kennisnet project this version can read.

    Raises a :class:`ProjectError` subclass with a plain sentence when the file
    is missing, is not a Kennisnet project, is damaged, or is newer than this
    version of the app can read. The file is only read.
    """
    if not path.exists():
        raise ProjectNotFound(path)
    if not path.is_file():
        raise NotAProject(tr("{path} is a folder, not a project file.", path=path))
    size = path.stat().st_size
    if size == 0:
        raise NotAProject(
            tr("{path} is empty (0 bytes). It is not a Kennisnet project file.", path=path)
        )
    with path.open("rb") as handle:
        head = handle.read(HEADER_SIZE)
    if not head.startswith(SQLITE_MAGIC):
        raise NotAProject(
            tr(
                "{path} is not a Kennisnet project file (it looks like {kind}).",
                path=path,
                kind=_kind_of(head),
            )
        )
    if len(head) < HEADER_SIZE:
        raise NotAProject(damaged_message(path))
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count, _, _ = struct.unpack(">III", head[28:40])
    change_counter = struct.unpack(">I", head[24:28])[0]
    version_valid_for = struct.unpack(">I", head[92:96])[0]
    user_version, _, application_id = struct.unpack(">III", head[60:72])
    if application_id != APPLICATION_ID:
        raise NotAProject(
            tr(
                "{path} is a database of another program, not a Kennisnet project. "
                "It has not been changed.",
                path=path,
            )
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise NotAProject(damaged_message(path))
    # A file shorter than its header says is damaged, unless its newest pages are still
    # in the write-ahead log (a checkpoint cut short by a full disk or a crash): then
    # SQLite's own check, through the log, decides.
    short = change_counter == version_valid_for and size < page_count * page_size
    if short and not _has_log_data(path):
        raise NotAProject(damaged_message(path))
    if user_version > SCHEMA_VERSION:
        raise NewerVersion(path, user_version, SCHEMA_VERSION)


def _has_log_data(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.is_file() and extra.stat().st_size > 0:
            return True
    return False


def damaged_message(path: Path) -> str:
    return tr(
        "{path} is damaged (incomplete or corrupted) and cannot be opened. It has not been "
        "changed. Use a backup copy, or ask for help and keep this file.",
        path=path,
    )
