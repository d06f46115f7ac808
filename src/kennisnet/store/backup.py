"""Rotating backups: every time a project is opened for writing, a copy is made first.

Copies are made with SQLite's online backup API (a consistent snapshot, also of
a file that is in use) into the user's Kennisnet folder, one folder per project
(by its id), and only the newest :data:`KEEP` are kept. Erasing a person removes
the older copies (they would still hold that person) and makes a fresh one.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.resources import user_data_dir
from kennisnet.store.errors import BackupFailed, NotAProject, ProjectError

KEEP = 10
SUFFIX = ".kennisnet"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime
    size: int


def backup_dir(project_id: str) -> Path:
    return user_data_dir() / "backups" / project_id


def make_backup(conn: sqlite3.Connection, project_id: str, name: str) -> Path:
    """Copy the open database ``conn`` into the project's backup folder; rotate.

    Raises :class:`BackupFailed` (naming the backup folder, not the project) when the
    copy cannot be made; nothing is left behind in the folder then.
    """
    folder = backup_dir(project_id)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}{SUFFIX}"
    temp = folder / f".{uuid.uuid4().hex}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        temp.replace(target)
        (folder / "name.txt").write_text(name, encoding="utf-8")
    except (OSError, sqlite3.Error) as error:
        from kennisnet.store.opening import reason

        raise BackupFailed(folder, reason(error, folder / "x")) from error
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-journal", "-wal"))):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    for old in list_backups(project_id)[KEEP:]:
        with suppress(OSError):
            old.path.unlink(missing_ok=True)
    return target


def list_backups(project_id: str) -> list[Backup]:
    """The project's backups, newest first."""
    folder = backup_dir(project_id)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            made = datetime.strptime(path.stem, "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def drop_backups(project_id: str) -> int:
    """Remove every backup of a project (after an erasure); returns how many."""
    backups = list_backups(project_id)
    for backup in backups:
        backup.path.unlink(missing_ok=True)
    return len(backups)


def restore_backup(backup: Path, target: Path) -> None:
    """Replace the project file ``target`` by the copy ``backup`` (checked first).

    The caller makes sure the project is not open; the current file is backed
    up by opening it before this is called (``Project.open`` does that).
    """
    from kennisnet.store.fileformat import check_header

    check_header(backup)
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        ok = False
    finally:
        conn.close()
    if not ok:
        raise NotAProject(tr("The backup {path} is damaged and was not restored.", path=backup))
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temp.write_bytes(backup.read_bytes())
        for leftover in (
            target.with_name(target.name + "-wal"),
            target.with_name(target.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        temp.replace(target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ProjectError(
            tr("The backup could not be restored to {path}: {reason}", path=target, reason=error)
        ) from error
