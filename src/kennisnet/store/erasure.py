"""Erasing a person: every trace, in the project and in every backup copy, verifiably.

One engine for the app and the command line (``kennisnet erase``):

1. In one transaction in the project: their answers are deleted; where others named
   them, the tie points to an anonymous node; every free-text mention of their name,
   employee number or e-mail (topics, which training, other-channel text, names as
   written, other people's fields) is replaced by that anonymous label. Their random
   ``uid`` is recorded as erased and as *pending* for the backups (a uid is no personal
   data). Then ``VACUUM`` (with ``secure_delete``) and the log is folded in.
2. Every cached analysis of the project on this laptop is removed (``session.cache``:
   results hold names). Every backup copy gets the same erasure, each through a temporary
   copy that replaces it atomically; then the pending mark is cleared.
3. An erasure interrupted after step 1 is completed the next time the project is opened
   for changes; a backup put back with ``restore`` gets every erasure recorded in the
   project before it replaces the project.
4. A byte search of the project, its log, every backup, the kiosk's rescue file and any
   cached analysis left shows that nothing is left.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import tempfile
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.matching import NameIndex, index_people, normalise
from kennisnet.model import Person
from kennisnet.store.backup import (
    cached_analyses,
    list_backups,
    record_erased,
    remove_cached_analyses,
    rescue_file,
)
from kennisnet.store.base import _audit, now
from kennisnet.store.errors import NotAProject, WriteFailed
from kennisnet.store.names import NamesMixin
from kennisnet.store.opening import reason, wal_of
from kennisnet.store.plans import erase_person_from_plans
from kennisnet.store.warnings import warn

_ERASED = "erased_uids"
_PENDING = "erasure_pending"


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure did, and the proof: the files searched and where a trace was found."""

    answers_removed: int
    ties_anonymised: int
    mentions_removed: int
    backups_cleaned: int
    searched: tuple[Path, ...]
    found_in: tuple[Path, ...]


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name_patterns(name: str) -> list[re.Pattern[str]]:
    """The full name in any case, without accents, in any punctuation, and surname first."""
    words = normalise(name).split()
    if not words:
        return []
    orders = {tuple(words[i:] + words[:i]) for i in range(len(words))}
    return [
        re.compile(r"(?<!\w)" + r"[\W_]+".join(re.escape(w) for w in order) + r"(?!\w)")
        for order in sorted(orders)
    ]


class Scrubber:
    """Replaces every mention of one person in a text by a label."""

    def __init__(self, person: Person, label: str) -> None:
        self.label = label
        self._patterns = _name_patterns(person.name)
        self._literals = [
            re.compile(r"(?<!\w)" + re.escape(_fold(v)) + r"(?!\w)")
            for v in (person.employee_number, person.email)
            if v and v.strip()
        ]

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        folded, where = _folded_with_positions(text)
        spans: list[tuple[int, int]] = []
        for pattern in (*self._patterns, *self._literals):
            for found in pattern.finditer(folded):
                spans.append((where[found.start()], where[found.end() - 1] + 1))
        if not spans:
            return text
        out, last = [], 0
        for start, end in sorted(spans):
            if start < last:
                continue
            out.append(text[last:start])
            out.append(self.label)
            last = end
        out.append(text[last:])
        return "".join(out)


def _fold(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    folded: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        for piece in _fold_char(char):
            folded.append(piece)
            where.append(index)
    return "".join(folded), where


def traces_of(person: Person, *, name: bool = True) -> list[bytes]:
    """The byte strings that must not be found anywhere after an erasure.

    Without ``name`` (someone else on the roster has the same name) only the employee
    number and the e-mail address count.
    """
    values = [person.name if name else None, person.employee_number, person.email]
    out: list[bytes] = []
    for value in values:
        if value and value.strip():
            out.append(value.strip().encode("utf-8"))
    return out


def search_files(paths: Iterable[Path], traces: Sequence[bytes]) -> list[Path]:
    """The files that contain any of ``traces`` (case-insensitive for ASCII)."""
    lowered = [t.lower() for t in traces]
    found = []
    for path in paths:
        try:
            raw = path.read_bytes().lower()
        except OSError:
            continue
        if any(t in raw for t in lowered):
            found.append(path)
    return found


# Free-text columns that may mention anyone: (table, key column, text column).
_FREE_TEXT = (
    ("nominations", "id", "topic"),
    ("nominations", "id", "written"),
    ("responses", "id", "channel_other"),
    ("responses", "id", "training_which"),
    ("responses", "id", "training_when"),
    ("responses", "id", "respondent_written"),
    ("people", "id", "training"),
    ("people", "id", "role"),
    ("people", "id", "team"),
    ("people", "id", "department"),
    ("name_decisions", "key", "written"),
    # HR's own wording and the owner of a plan action (schema 3 and later).
    ("plan_actions", "id", "text"),
    ("plan_actions", "id", "owner"),
)


def _erase_in(conn: sqlite3.Connection, person: Person, roster: NameIndex) -> tuple[int, int, int]:
    """The erasure of one person inside an open transaction; returns the counts."""
    person_id = person.id
    count = conn.execute(
        "SELECT count(*) FROM people WHERE external = 1 AND name LIKE '#%'"
    ).fetchone()[0]
    stamp = now()
    label = "#" + tr("Removed person {n}", n=count + 1)
    anon = conn.execute(
        "INSERT INTO people (uid, name, external, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
        (str(uuid.uuid4()), label, stamp, stamp),
    ).lastrowid
    answers = conn.execute("DELETE FROM responses WHERE respondent_id = ?", (person_id,)).rowcount
    ties = conn.execute(
        "UPDATE nominations SET source_id = ?, written = NULL, topic = NULL WHERE source_id = ?",
        (anon, person_id),
    ).rowcount
    conn.execute("DELETE FROM name_decisions WHERE person_id = ?", (person_id,))
    key = normalise(person.name)

    def means_them(written: str) -> bool:
        found = roster.match(written)
        return normalise(written) == key or (
            found.status == "unique" and found.person_id == person_id
        )

    for row in conn.execute(
        "SELECT id, written FROM nominations WHERE source_id IS NULL"
    ).fetchall():
        if means_them(row[1]):
            ties += 1
            conn.execute(
                "UPDATE nominations SET source_id = ?, written = NULL, topic = NULL WHERE id = ?",
                (anon, row[0]),
            )
    for row in conn.execute(
        "SELECT id, respondent_written FROM responses WHERE respondent_id IS NULL"
    ).fetchall():
        if means_them(row[1]):
            answers += 1
            conn.execute("DELETE FROM responses WHERE id = ?", (row[0],))
    for row in conn.execute("SELECT key, written FROM name_decisions").fetchall():
        if means_them(row[1]):
            conn.execute("DELETE FROM name_decisions WHERE key = ?", (row[0],))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'wave_training'").fetchone():
        conn.execute("DELETE FROM wave_training WHERE person_id = ?", (person_id,))
    # Their one-time phone codes (which code was used says nothing of what was answered).
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'phone_codes'").fetchone():
        conn.execute("DELETE FROM phone_codes WHERE person_id = ?", (person_id,))
    erase_person_from_plans(conn, person_id, person.name)
    conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
    # Someone who named them twice (by name and as written) keeps one tie.
    conn.execute(
        "DELETE FROM nominations WHERE source_id = ? AND id NOT IN "
        "(SELECT min(id) FROM nominations WHERE source_id = ? GROUP BY response_id)",
        (anon, anon),
    )
    mentions = _scrub_free_text(conn, Scrubber(person, label))
    return answers, ties, mentions


def _erase_in_rescue(path: Path, person: Person) -> Path:
    """The kiosk's rescue file of this project without the person: their answers go,
    ties to them go, and their name leaves every text. Written atomically; returns ``path``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = list(data["responses"])
    except (OSError, ValueError, KeyError, TypeError):
        return path  # none (or not one the kiosk wrote): nothing of theirs to find in it
    scrub = Scrubber(person, "#" + tr("Removed person"))
    before = json.dumps(entries, sort_keys=True)

    def clean(value: object) -> object:
        if isinstance(value, str):
            return scrub(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    kept = []
    for entry in entries:
        draft = entry.get("draft", {}) if isinstance(entry, dict) else {}
        if draft.get("respondent_id") == person.id:
            continue
        draft["nominations"] = [
            n for n in draft.get("nominations", []) if n.get("source_id") != person.id
        ]
        kept.append(clean(entry))
    if json.dumps(kept, sort_keys=True) == before:
        return path
    data["responses"] = kept
    temp = path.with_name(f".{uuid.uuid4().hex}.tmp")
    try:
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        temp.replace(path)
    except OSError as error:
        raise WriteFailed(path, reason(error, path)) from error
    finally:
        temp.unlink(missing_ok=True)
    return path


def _scrub_free_text(conn: sqlite3.Connection, scrub: Scrubber) -> int:
    changed = 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, key, column in _FREE_TEXT:
        if table not in tables:  # an older file (a backup) without this table
            continue
        for row in conn.execute(
            f"SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL"
        ).fetchall():
            new = scrub(row[1])
            if new != row[1]:
                changed += 1
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (new, row[0]))
    for row in conn.execute("SELECT id, attributes FROM people").fetchall():
        values = json.loads(row[1] or "{}")
        new_values = {k: scrub(v) if isinstance(v, str) else v for k, v in values.items()}
        if new_values != values:
            changed += 1
            conn.execute(
                "UPDATE people SET attributes = ? WHERE id = ?",
                (json.dumps(new_values, ensure_ascii=False, sort_keys=True), row[0]),
            )
    return changed


@contextmanager
def read_without(path: Path, uids: Sequence[str]) -> Iterator[ErasureMixin]:
    """Open another project file (a laptop's, to merge) for reading, with these people erased.

    The file itself is only read; when it holds any of them, the erasure is done in a
    private copy in the temporary folder, so merging never brings an erased person back.
    """
    from kennisnet.store.project import Project

    other = Project.open(path, readonly=True, backup=False)
    try:
        present = {p.uid for p in other.people()} & set(uids)
        if not present:
            yield other
            return
        folder = Path(tempfile.mkdtemp(prefix="kennisnet-merge-"))
        copy = folder / path.name
        try:
            dest = sqlite3.connect(copy)
            try:
                with other._lock:
                    other._conn.backup(dest)
            finally:
                dest.close()
        except (OSError, sqlite3.Error) as error:
            shutil.rmtree(folder, ignore_errors=True)
            raise WriteFailed(copy, reason(error, copy)) from error
    finally:
        other.close()
    try:
        with Project.open(copy, backup=False) as erased:
            erased.apply_erasures(sorted(present))
        with Project.open(copy, readonly=True, backup=False) as clean:
            yield clean
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class ErasureMixin(NamesMixin):
    """Erasing people (see the module's description)."""

    def find_people(self, text: str) -> list[Person]:
        """Roster people whose employee number or whole name is ``text`` (for ``erase``)."""
        wanted = text.strip()
        people = self.people(include_external=False)
        by_number = [
            p
            for p in people
            if p.employee_number and p.employee_number.casefold() == wanted.casefold()
        ]
        if by_number:
            return by_number
        return [p for p in people if normalise(p.name) == normalise(wanted)]

    def erased_uids(self) -> list[str]:
        return list(json.loads(self.meta(_ERASED) or "[]"))

    def erase_person(self, person_id: int) -> ErasureReport:
        """Remove a person and every trace of them, here and in every backup copy."""
        person = self.person(person_id)
        if person is None:
            return ErasureReport(0, 0, 0, 0, (), ())
        namesakes = [p for p in self.find_people(person.name) if p.id != person.id]
        answers, ties, mentions = self._erase_here([person])
        cleaned = self._erase_in_backups([person.uid], extra=[person])
        rescue = _erase_in_rescue(rescue_file(self.project_id), person)
        searched = (
            self.path,
            wal_of(self.path),
            *(b.path for b in self.backups()),
            *([rescue] if rescue.exists() else []),
            *cached_analyses(self.project_id),
        )
        found = search_files(searched, traces_of(person, name=not namesakes))
        return ErasureReport(answers, ties, mentions, cleaned, searched, tuple(found))

    def apply_erasures(self, uids: Sequence[str]) -> int:
        """Erase the people with these uids (a restored copy); returns how many were here.

        The backups are marked to get the same erasure at the next open for changes.
        """
        people = [p for p in self.people() if p.uid in set(uids)]
        self._erase_here(people, also_record=uids)
        return len(people)

    def _erase_here(
        self, people: Sequence[Person], *, pending: bool = True, also_record: Sequence[str] = ()
    ) -> tuple[int, int, int]:
        totals = [0, 0, 0]
        with self.transaction() as conn:
            for person in people:
                roster = index_people(self.people(include_external=False))
                for i, n in enumerate(_erase_in(conn, person, roster)):
                    totals[i] += n
            uids = [p.uid for p in people]
            erased = sorted({*self.erased_uids(), *uids, *also_record})
            self._set(conn, _ERASED, json.dumps(erased))
            if pending:
                record_erased(self.project_id, set(erased))
            waiting = set(json.loads(self.meta(_PENDING) or "[]"))
            if pending:
                waiting |= {*uids, *also_record}
            self._set(conn, _PENDING, json.dumps(sorted(waiting)))
            if people:
                _audit(conn, "person_erased", {"count": len(people)})
        if pending:
            # Cached analyses on this laptop hold names: erasing anyone removes them all.
            remove_cached_analyses(self.project_id)
        self._vacuum()
        return totals[0], totals[1], totals[2]

    @staticmethod
    def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _finish_pending_erasures(self) -> None:
        waiting = json.loads(self.meta(_PENDING) or "[]")
        if waiting:
            remove_cached_analyses(self.project_id)
            self._erase_in_backups(list(waiting))

    def _erase_in_backups(self, uids: Sequence[str], extra: Sequence[Person] = ()) -> int:
        """Give every backup copy the erasure of ``uids``; then clear the pending mark."""
        from kennisnet.store.project import Project

        cleaned = 0
        for backup in list_backups(self.project_id):
            temp = backup.path.with_name(f".{uuid.uuid4().hex}.tmp")
            try:
                temp.write_bytes(backup.path.read_bytes())
                with Project.open(temp, backup=False) as copy:
                    present = [p for p in copy.people() if p.uid in set(uids)]
                    copy._erase_here(present, pending=False, also_record=uids)
                    if extra:
                        with copy.transaction() as conn:
                            for person in extra:
                                label = "#" + tr("Removed person")
                                _scrub_free_text(conn, Scrubber(person, label))
                        copy._vacuum()
                    with copy._lock:
                        copy._conn.execute("PRAGMA journal_mode=DELETE")
                temp.replace(backup.path)
                cleaned += 1
            except OSError as error:
                raise WriteFailed(backup.path, reason(error, backup.path)) from error
            except NotAProject:
                # A damaged copy can be neither erased nor restored, and may still hold
                # the person: it goes, and HR is told; it never blocks the project.
                backup.path.unlink(missing_ok=True)
                warn(
                    tr(
                        "The backup copy {file} was damaged, so the erasure could not be "
                        "checked in it; it has been removed.",
                        file=backup.path,
                    )
                )
            finally:
                for leftover in (temp, wal_of(temp), temp.with_name(temp.name + "-journal")):
                    leftover.unlink(missing_ok=True)
        with self.transaction() as conn:
            self._set(conn, _PENDING, "[]")
        return cleaned

    def _vacuum(self) -> None:
        """Rewrite the file without free pages and fold the WAL in (secure_delete zeroes
        deleted content already; this also drops it from the write-ahead log)."""
        try:
            with self._lock:
                self._conn.execute("VACUUM")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise WriteFailed(self.path, reason(error, self.path)) from error
