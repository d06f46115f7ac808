"""Rotating backups: every time a project is opened for writing, a copy is made first.

Copies are made with SQLite's online backup API (a consistent snapshot, also of
a file that is in use) into the user's Kennisnet folder, one folder per project
(by its id), and only the newest :data:`KEEP` are kept. Erasing a person erases them
from every copy too (``store.erasure``); the uids of erased people are also kept here,
so that a restored copy never brings them back.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.resources import user_cache_dir, user_data_dir
from kennisnet.store.errors import BackupFailed, NotAProject, ProjectError

KEEP = 10
ERASED_FILE = "erased.json"
SUFFIX = ".kennisnet"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime
    size: int


def backup_dir(project_id: str) -> Path:
    return user_data_dir() / "backups" / project_id


def rescue_file(project_id: str) -> Path:
    """Where a kiosk on this laptop keeps the answers it could not save in the project."""
    return user_data_dir() / "rescue" / f"kiosk-{project_id}.json"


def analysis_cache_dir(project_id: str) -> Path:
    """Where this laptop keeps the cached analyses of a project (``kennisnet.session.cache``).

    A cached analysis holds names, so an erasure removes this folder (``store.erasure``).
    """
    safe = project_id if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", project_id) else None
    return user_cache_dir() / "analyses" / (safe or hashlib.sha256(project_id.encode()).hexdigest())


def cached_analyses(project_id: str) -> list[Path]:
    """The files in the project's cache folder (for an erasure's byte search)."""
    folder = analysis_cache_dir(project_id)
    try:
        return sorted(path for path in folder.iterdir() if path.is_file())
    except OSError:
        return []


def remove_cached_analyses(project_id: str) -> None:
    """Remove every cached analysis of the project (they are made again when needed).

    What cannot be removed stays listed by :func:`cached_analyses`, so an erasure's byte
    search finds it and says so.
    """
    shutil.rmtree(analysis_cache_dir(project_id), ignore_errors=True)


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


def erased_record(project_id: str) -> set[str]:
    """The uids of people erased from this project (kept beside its backups as well)."""
    path = backup_dir(project_id) / ERASED_FILE
    try:
        return set(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return set()


def record_erased(project_id: str, uids: set[str]) -> None:
    folder = backup_dir(project_id)
    with suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".{uuid.uuid4().hex}.tmp"
        temp.write_text(json.dumps(sorted(uids | erased_record(project_id))), encoding="utf-8")
        temp.replace(folder / ERASED_FILE)


def restore_backup(backup: Path, target: Path) -> None:
    """Replace the project file ``target`` by the copy ``backup`` (checked first).

    Everyone erased from the project (recorded in the project and beside its backups)
    is erased from the copy before it takes the project's place, so a restore never
    brings an erased person back. The caller makes sure the project is not open; the
    current file is backed up by opening it before this is called (``Project.open``).
    """
    from kennisnet.store.project import Project

    try:
        with Project.open(backup, readonly=True, backup=False) as copy:
            erased = erased_record(copy.project_id)
    except NotAProject as error:
        raise NotAProject(
            tr("The backup {path} is damaged and was not restored.", path=backup)
        ) from error
    try:
        with Project.open(target, readonly=True, backup=False) as current:
            erased |= set(current.erased_uids())
    except ProjectError:
        pass  # a damaged project: the record beside the backups still counts
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temp.write_bytes(backup.read_bytes())
        if erased:
            with Project.open(temp, backup=False) as copy:
                copy.apply_erasures(sorted(erased))
        for leftover in (
            target.with_name(target.name + "-wal"),
            target.with_name(target.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        temp.replace(target)
    except OSError as error:
        raise ProjectError(
            tr("The backup could not be restored to {path}: {reason}", path=target, reason=error)
        ) from error
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal")):
            leftover.unlink(missing_ok=True)
