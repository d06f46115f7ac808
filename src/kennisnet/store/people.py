"""People in a project: the roster and the external people named in answers."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from typing import Any

from kennisnet.i18n import tr
from kennisnet.matching import clean_name, index_people, normalise
from kennisnet.model import Person
from kennisnet.store.backup import drop_backups, make_backup
from kennisnet.store.base import ProjectBase, _audit, now
from kennisnet.store.errors import WriteFailed
from kennisnet.store.plans import erase_person_from_plans

#: Person fields that HR may edit (and a roster import may set).
EDITABLE = (
    "name",
    "department",
    "team",
    "role",
    "employee_number",
    "email",
    "trained_hr",
    "training",
    "start_date",
    "attributes",
)


def _person(row: sqlite3.Row) -> Person:
    trained = row["trained_hr"]
    return Person(
        id=int(row["id"]),
        uid=row["uid"],
        name=row["name"],
        department=row["department"],
        team=row["team"],
        role=row["role"],
        employee_number=row["employee_number"],
        email=row["email"],
        trained_hr=None if trained is None else bool(trained),
        training=row["training"],
        start_date=row["start_date"],
        attributes=json.loads(row["attributes"]),
        external=bool(row["external"]),
    )


def _column_values(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        if key == "attributes":
            value = json.dumps(dict(value or {}), ensure_ascii=False, sort_keys=True)
        elif key == "trained_hr" and value is not None:
            value = int(bool(value))
        out[key] = value
    return out


class PeopleMixin(ProjectBase):
    """Reading and changing the people of a project."""

    def people(self, *, include_external: bool = True) -> list[Person]:
        sql = "SELECT * FROM people"
        if not include_external:
            sql += " WHERE external = 0"
        return [_person(r) for r in self.query(sql + " ORDER BY id")]

    def person(self, person_id: int) -> Person | None:
        rows = self.query("SELECT * FROM people WHERE id = ?", (person_id,))
        return _person(rows[0]) if rows else None

    def roster_size(self) -> int:
        return int(self.query("SELECT count(*) AS n FROM people WHERE external = 0")[0]["n"])

    def add_person(self, *, external: bool = False, uid: str | None = None, **values: Any) -> int:
        """Add a person; ``values`` are :data:`EDITABLE` fields. Returns the new id."""
        cols = _column_values(values)
        cols["name"] = clean_name(str(cols.get("name") or ""))[0]
        if not cols["name"]:  # also a name of only invisible characters (a zero-width space)
            raise ValueError("a person needs a name")
        stamp = now()
        cols.update(
            uid=uid or str(uuid.uuid4()),
            external=int(external),
            created_at=stamp,
            updated_at=stamp,
        )
        names = ", ".join(cols)
        marks = ", ".join("?" for _ in cols)
        with self.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO people ({names}) VALUES ({marks})",
                tuple(cols.values()),
            )
            return int(cur.lastrowid or 0)

    def update_person(self, person_id: int, **values: Any) -> None:
        """Change :data:`EDITABLE` fields of a person (recorded in the audit trail)."""
        cols = _column_values(values)
        if not cols:
            return
        if "name" in cols:
            cols["name"] = clean_name(str(cols["name"] or ""))[0]
            if not cols["name"]:
                raise ValueError("a person needs a name")
        cols["updated_at"] = now()
        assignments = ", ".join(f"{c} = ?" for c in cols)
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE people SET {assignments} WHERE id = ?",
                (*cols.values(), person_id),
            )
            changed = sorted(c for c in cols if c != "updated_at")
            _audit(conn, "person_changed", {"person": person_id, "fields": changed})

    def add_external(self, name: str) -> int:
        """Someone named in answers who is not on the roster."""
        return self.add_person(name=name, external=True)

    def erase_person(self, person_id: int) -> None:
        """Remove a person and every trace of them.

        Their own answers are deleted; where others named them, the tie now
        points to an anonymous node without a name. Afterwards the file is
        vacuumed so that no deleted bytes remain in it.
        """
        person = self.person(person_id)
        if person is None:
            return
        with self.transaction() as conn:
            count = conn.execute(
                "SELECT count(*) FROM people WHERE external = 1 AND name LIKE '#%'"
            ).fetchone()[0]
            stamp = now()
            anon = conn.execute(
                "INSERT INTO people (uid, name, external, created_at, updated_at) "
                "VALUES (?, ?, 1, ?, ?)",
                (str(uuid.uuid4()), "#" + tr("Removed person {n}", n=count + 1), stamp, stamp),
            ).lastrowid
            conn.execute("DELETE FROM responses WHERE respondent_id = ?", (person_id,))
            conn.execute(
                "UPDATE nominations SET source_id = ?, written = NULL, topic = NULL "
                "WHERE source_id = ?",
                (anon, person_id),
            )
            conn.execute("DELETE FROM name_decisions WHERE person_id = ?", (person_id,))
            # Their name as written in answers that were not yet matched.
            index = index_people(self.people(include_external=False))
            key = normalise(person.name)

            def means_them(written: str) -> bool:
                found = index.match(written)
                return normalise(written) == key or (
                    found.status == "unique" and found.person_id == person_id
                )

            for row in conn.execute(
                "SELECT id, written FROM nominations WHERE source_id IS NULL"
            ).fetchall():
                if means_them(row["written"]):
                    conn.execute(
                        "UPDATE nominations SET source_id = ?, written = NULL, topic = NULL "
                        "WHERE id = ?",
                        (anon, row["id"]),
                    )
            for row in conn.execute(
                "SELECT id, respondent_written FROM responses WHERE respondent_id IS NULL"
            ).fetchall():
                if means_them(row["respondent_written"]):
                    conn.execute("DELETE FROM responses WHERE id = ?", (row["id"],))
            for row in conn.execute("SELECT key, written FROM name_decisions").fetchall():
                if means_them(row["written"]):
                    conn.execute("DELETE FROM name_decisions WHERE key = ?", (row["key"],))
            erase_person_from_plans(conn, person_id, person.name)
            conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            # Someone who named them twice (by name and as written) keeps one tie.
            conn.execute(
                "DELETE FROM nominations WHERE source_id = ? AND id NOT IN "
                "(SELECT min(id) FROM nominations WHERE source_id = ? GROUP BY response_id)",
                (anon, anon),
            )
            _audit(conn, "person_erased", {})
        self._vacuum()
        # Older backup copies still hold the person: replace them by one fresh copy.
        drop_backups(self.project_id)
        with self._lock:
            make_backup(self._conn, self.project_id, self.name)

    def _vacuum(self) -> None:
        """Rewrite the file without free pages and fold the WAL in (secure_delete zeroes
        deleted content already; this also drops it from the write-ahead log)."""
        try:
            with self._lock:
                self._conn.execute("VACUUM")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise WriteFailed(self.path, str(error)) from error
