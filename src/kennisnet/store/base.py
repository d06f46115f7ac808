"""The project file: one SQLite file per survey project (the base: open, close, write).

Guarantees (see docs/project-file.md):

* a damaged, foreign or newer file is refused with a clear message and never
  modified (the header is checked before SQLite opens the file, and then a
  read-only integrity check runs before any write);
* one process at a time: the file is held with SQLite's exclusive locking mode,
  so a second process gets :class:`ProjectInUse`;
* every write is one transaction, committed with ``synchronous=FULL`` in WAL
  mode: durable when the call returns.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from kennisnet import __version__
from kennisnet.i18n import tr
from kennisnet.questionnaire import Questionnaire, default_questionnaire
from kennisnet.store.backup import Backup, list_backups
from kennisnet.store.errors import (
    BackupFailed,
    NotAProject,
    ProjectError,
    ProjectExists,
    ProjectInUse,
    ProjectReadOnly,
    WriteFailed,
)
from kennisnet.store.fileformat import check_header, damaged_message
from kennisnet.store.opening import (
    ReadOnlyFile,
    error_kind,
    has_log_data,
    on_read_only_media,
    open_read_only,
    raise_for,
    reason,
    shm_of,
    verify,
    wal_of,
)
from kennisnet.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from kennisnet.store.warnings import warn

PROJECT_SUFFIX = ".kennisnet"


_clock: list[Callable[[], datetime]] = [lambda: datetime.now(UTC)]


def now() -> str:
    """The current time as an ISO 8601 string in UTC (seconds)."""
    return _clock[0]().replace(microsecond=0).isoformat()


@contextmanager
def fixed_clock(clock: Callable[[], datetime]) -> Iterator[None]:
    """Use ``clock`` for every time stamp written (for reproducible files, e.g. the demo)."""
    _clock.insert(0, clock)
    try:
        yield
    finally:
        _clock.pop(0)


def _reason(error: BaseException, path: Path | None = None) -> str:
    return reason(error, path)


class ProjectBase:
    """An open project file: opening, closing, transactions, meta and waves."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        readonly: bool,
        version: int = SCHEMA_VERSION,
    ) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        #: Schema version of the open file: older only when opened read-only (not migrated).
        self.version = version
        self._tx_depth = 0
        self._reader: ReadOnlyFile | None = None
        # The app may use the project from a worker thread (a long import) and the
        # GUI thread; one lock keeps a transaction and other reads/writes apart.
        self._lock = threading.RLock()

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        name: str,
        questionnaire: Questionnaire | None = None,
        wave_name: str | None = None,
        created_at: str | None = None,
        project_id: str | None = None,
    ) -> Self:
        """Create a new, empty project file at ``path`` (which must not exist)."""
        path = Path(path)
        if path.exists():
            raise ProjectExists(path)
        if not path.parent.exists():
            raise ProjectError(tr("The folder {folder} does not exist.", folder=path.parent))
        # Build the file under a temporary name with a rollback journal (so the
        # header is final on disk), then switch to WAL and move it into place:
        # a crash never leaves a half-made project behind.
        temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            conn = sqlite3.connect(temp, isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                _migrate(conn, 0)
                stamp = created_at or now()
                with _transaction(conn):
                    meta = {
                        "project_id": project_id or str(uuid.uuid4()),
                        "name": name,
                        "created_at": stamp,
                        "created_with": __version__,
                    }
                    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
                    q = questionnaire or default_questionnaire()
                    conn.execute(
                        "INSERT INTO questionnaire (id, data) VALUES (1, ?)", (q.to_json(),)
                    )
                    cur = conn.execute(
                        "INSERT INTO waves (name, started_at) VALUES (?, ?)",
                        (wave_name or tr("Wave 1"), stamp),
                    )
                    conn.execute(
                        "INSERT INTO meta (key, value) VALUES ('current_wave', ?)",
                        (str(cur.lastrowid),),
                    )
                    _audit(conn, "project_created", {}, at=stamp)
                conn.execute("PRAGMA journal_mode=WAL")
            finally:
                conn.close()
            if path.exists():
                raise ProjectExists(path)
            temp.replace(path)
        except sqlite3.Error as error:
            raise WriteFailed(path, _reason(error, path)) from error
        except OSError as error:
            raise WriteFailed(path, _reason(error, path)) from error
        finally:
            for leftover in (
                temp,
                temp.with_name(temp.name + "-wal"),
                temp.with_name(temp.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False, backup: bool = True) -> Self:
        """Open an existing project file.

        With ``readonly`` the file is only read (for analysis and exports): nothing is
        written to it or left beside it, also on read-only media (see ``store.opening``).
        Opened for writing, a backup copy is made first (see ``store.backup``); a backup
        that fails is reported (:func:`kennisnet.store.warnings.warn`), never blocking.
        """
        path = Path(path)
        check_header(path)
        reader = open_read_only(path)
        try:
            version = verify(reader.conn, path)
        except BaseException:
            reader.close()
            raise
        if readonly:
            project = cls(path, reader.conn, readonly=True, version=version)
            project._reader = reader
            return project
        reader.close()
        if not _writable(path):
            raise ProjectReadOnly(path)
        conn = _connect(path)
        try:
            if backup:
                _backup(conn, path)
            if version < SCHEMA_VERSION:
                _migrate(conn, version)
        except sqlite3.Error as error:
            conn.close()
            raise WriteFailed(path, _reason(error, path)) from error
        except BaseException:
            conn.close()
            raise
        project = cls(path, conn, readonly=False)
        if backup:
            # A working project (not a backup copy or a temporary copy, which are opened
            # without a backup) completes an erasure that was interrupted.
            try:
                project._finish_pending_erasures()
            except BaseException:
                project.close()
                raise
        return project

    def _finish_pending_erasures(self) -> None:
        """Overridden where erasure lives (an erasure interrupted after its commit)."""

    def backups(self) -> list[Backup]:
        """This project's backup copies, newest first."""
        return list_backups(self.project_id)

    def close(self) -> None:
        """Close the file. A clean close folds the write-ahead log back into it.

        When that fails (a full disk) nothing is lost: the changes stay in the log beside
        the file, and the next open reads them (see ``store.opening``).
        """
        if self._reader is not None:
            self._reader.close()
            return
        folded = True
        try:
            row = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            folded = row is not None and int(row[0]) == 0
        except sqlite3.Error:
            folded = False
        self._conn.close()
        if not folded and has_log_data(self.path):
            warn(
                tr(
                    "The changes to {path} are saved, but in the journal file beside it "
                    "({journal}) because the disk is full. Keep both files together; they "
                    "are combined the next time the project is opened with enough free space.",
                    path=self.path,
                    journal=wal_of(self.path).name,
                )
            )
        # One project should stay one file.
        shm = shm_of(self.path)
        if not wal_of(self.path).exists():
            with suppress(OSError):
                shm.unlink(missing_ok=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write. Nested uses join the outer transaction."""
        if self.readonly:
            raise ProjectReadOnly(self.path)
        with self._lock:
            if self._tx_depth:
                self._tx_depth += 1
                try:
                    yield self._conn
                finally:
                    self._tx_depth -= 1
                return
            self._tx_depth = 1
            try:
                with _transaction(self._conn):
                    yield self._conn
            except sqlite3.Error as error:
                if error_kind(error, self.path) == "damaged":
                    raise NotAProject(damaged_message(self.path)) from error
                raise WriteFailed(self.path, _reason(error, self.path)) from error
            finally:
                self._tx_depth = 0

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read query (for the store's own modules)."""
        try:
            with self._lock:
                return list(self._conn.execute(sql, params))
        except sqlite3.Error as error:
            raise_for(error, self.path)
            raise  # pragma: no cover - raise_for always raises

    def change_token(self) -> tuple[int, int]:
        """A value that changes whenever the project's data changes.

        It counts this connection's writes and notices another connection's commits
        (SQLite's ``data_version``), so a cached analysis can tell it is out of date.
        """
        try:
            with self._lock:
                version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
                return version, int(self._conn.total_changes)
        except sqlite3.Error as error:
            raise_for(error, self.path)
            raise  # pragma: no cover - raise_for always raises

    def audit(self, action: str, **detail: object) -> None:
        with self.transaction() as conn:
            _audit(conn, action, detail)

    def audit_log(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self.query("SELECT at, action, detail FROM audit ORDER BY id")
        return [(r["at"], r["action"], json.loads(r["detail"])) for r in rows]

    # -- meta, questionnaire, waves ------------------------------------------

    def meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def name(self) -> str:
        return self.meta("name") or self.path.stem

    @property
    def project_id(self) -> str:
        return self.meta("project_id") or ""

    def questionnaire(self) -> Questionnaire:
        rows = self.query("SELECT data FROM questionnaire WHERE id = 1")
        return Questionnaire.from_json(rows[0]["data"]) if rows else default_questionnaire()

    def set_questionnaire(self, questionnaire: Questionnaire) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE questionnaire SET data = ? WHERE id = 1", (questionnaire.to_json(),)
            )
            _audit(conn, "questionnaire_changed", {})

    def current_wave_id(self) -> int:
        value = self.meta("current_wave")
        if value is None:
            rows = self.query("SELECT max(id) AS id FROM waves")
            return int(rows[0]["id"])
        return int(value)

    def waves(self) -> list[tuple[int, str, str]]:
        rows = self.query("SELECT id, name, started_at FROM waves ORDER BY id")
        return [(int(r["id"]), r["name"], r["started_at"]) for r in rows]

    def add_wave(
        self, name: str, *, make_current: bool = True, started_at: str | None = None
    ) -> int:
        """Start a new wave (a repeat of the survey); by default it becomes the current wave.

        ``started_at`` keeps the start of a wave that began elsewhere (another laptop's).

        The HR training record as it stands now is kept for every earlier wave
        that has none yet, so that marking people trained after a training
        programme changes the new wave, not the ones before it.
        """
        name = name.strip()
        if not name:
            raise ProjectError(tr("A wave needs a name."))
        if any(name.casefold() == existing.casefold() for _, existing, _ in self.waves()):
            raise ProjectError(tr('There is already a wave called "{name}".', name=name))
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO wave_training (wave_id, person_id, trained_hr) "
                "SELECT w.id, p.id, p.trained_hr FROM waves w CROSS JOIN people p "
                "WHERE p.external = 0 AND NOT EXISTS "
                "(SELECT 1 FROM wave_training t WHERE t.wave_id = w.id)"
            )
            cur = conn.execute(
                "INSERT INTO waves (name, started_at) VALUES (?, ?)", (name, started_at or now())
            )
            wave_id = int(cur.lastrowid or 0)
            if make_current:
                conn.execute(
                    "UPDATE meta SET value = ? WHERE key = 'current_wave'", (str(wave_id),)
                )
            _audit(conn, "wave_started", {"wave": wave_id})
        return wave_id

    def training_in_wave(self, wave_id: int) -> dict[int, bool | None]:
        """The HR training record kept for an earlier wave (empty for the newest wave)."""
        if self.version < 2:
            return {}  # an older file, read without migrating: no wave kept a record yet
        rows = self.query(
            "SELECT person_id, trained_hr FROM wave_training WHERE wave_id = ?", (wave_id,)
        )
        return {
            int(r["person_id"]): None if r["trained_hr"] is None else bool(r["trained_hr"])
            for r in rows
        }

    def wave_id_by_name_or_number(self, text: str) -> int | None:
        for wave_id, name, _ in self.waves():
            if text.strip() == str(wave_id) or text.strip().casefold() == name.casefold():
                return wave_id
        return None


# -- module helpers ------------------------------------------------------------


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _audit(
    conn: sqlite3.Connection, action: str, detail: dict[str, object], at: str | None = None
) -> None:
    conn.execute(
        "INSERT INTO audit (at, action, detail) VALUES (?, ?, ?)",
        (at or now(), action, json.dumps(detail, ensure_ascii=False, sort_keys=True)),
    )


def _backup(conn: sqlite3.Connection, path: Path) -> None:
    """Make a backup copy; a failure is reported as such and never blocks the work."""
    from kennisnet.store.backup import make_backup

    row = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
    name = conn.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()
    try:
        make_backup(conn, str(row[0]) if row else path.stem, str(name[0]) if name else path.stem)
    except BackupFailed as error:
        logging.getLogger(__name__).info("no backup could be made of %s", path, exc_info=True)
        warn(str(error))


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    while version < SCHEMA_VERSION:
        script = MIGRATIONS[version]
        conn.executescript(
            "BEGIN IMMEDIATE;\n" + script + f"\nPRAGMA user_version={version + 1};\nCOMMIT;"
        )
        version += 1


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and not on_read_only_media(path)


def _connect(path: Path) -> sqlite3.Connection:
    """Open for writing: one process at a time, every commit durable.

    The exclusive locking mode is set before the first read, so SQLite keeps the log's
    index in memory and never needs an ``-shm`` file beside the project.
    """
    # The app window keeps the project open and runs long imports and merges on a
    # worker thread (one thread at a time, while the window waits), so the
    # connection may be used from a thread other than the one that opened it.
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=0.2, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("PRAGMA foreign_keys=ON")
        # Deleted content (an erased person) is overwritten, not just unlinked.
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA synchronous=FULL")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError("database is locked")
        # Take the exclusive lock now, so a second process is told at once.
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        kind = error_kind(error, path)
        if kind == "busy":
            raise ProjectInUse(path) from error
        if kind == "damaged":
            raise NotAProject(damaged_message(path)) from error
        raise WriteFailed(path, _reason(error, path)) from error
    return conn
