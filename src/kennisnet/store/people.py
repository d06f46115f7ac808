"""People in a project: the roster and the external people named in answers."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from typing import Any

from kennisnet.matching import clean_name
from kennisnet.model import Person
from kennisnet.store.base import ProjectBase, _audit, now

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
        attributes={} if row["attributes"] == "{}" else json.loads(row["attributes"]),
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
