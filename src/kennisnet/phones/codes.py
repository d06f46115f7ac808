"""Personal one-time codes: one per person and wave, printed on a card, used once.

The codes live in their own table, ``phone_codes``, created with ``CREATE TABLE IF
NOT EXISTS`` the first time codes are made or phones start in code mode. That needs
no schema version: an older Kennisnet opening the file ignores a table it does not
know, the integrity check does not mind it, and a file without the table simply has
no codes yet. A person removed from the roster takes their codes along (``ON DELETE
CASCADE``). The table records *whether and when* a code was used, never which
answer it went with.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass

from kennisnet.model import Person
from kennisnet.store import Project, now

#: Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: 10 characters from 31: about 49 bits, shown as two groups of five.
LENGTH = 10

TABLE = """
CREATE TABLE IF NOT EXISTS phone_codes (
    code TEXT PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES waves (id),
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    used_at TEXT,
    UNIQUE (wave_id, person_id)
)
"""


class CodeUsed(Exception):
    """The code was already used (or is no longer valid)."""


@dataclass(frozen=True, slots=True)
class CodeCard:
    """One person's code in one wave, and whether it was used."""

    person: Person
    code: str
    used_at: str | None


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def shown(code: str) -> str:
    """The code as printed: two groups of five ("ABCDE-FGH23")."""
    return f"{code[:5]}-{code[5:]}"


def clean(text: str) -> str:
    """What was typed, as stored: capitals, without spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def has_table(project: Project) -> bool:
    rows = project.query(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'phone_codes'"
    )
    return bool(rows)


def ensure_table(project: Project) -> None:
    """Create the codes table when the file has none yet (no schema change needed)."""
    if not has_table(project):
        with project.transaction() as conn:
            conn.execute(TABLE)


def issue_codes(project: Project) -> list[CodeCard]:
    """Every roster person's code for the current wave, making the missing ones.

    Codes made earlier are kept (a reprinted card shows the same code), sorted by
    department and name so that HR can hand them out team by team.
    """
    ensure_table(project)
    wave = project.current_wave_id()
    people = [p for p in project.people(include_external=False)]
    with project.transaction() as conn:
        have = {
            int(r[0])
            for r in conn.execute("SELECT person_id FROM phone_codes WHERE wave_id = ?", (wave,))
        }
        stamp = now()
        for person in people:
            if person.id in have:
                continue
            while True:
                try:
                    conn.execute(
                        "INSERT INTO phone_codes (code, wave_id, person_id, created_at) "
                        "VALUES (?, ?, ?, ?)",
                        (new_code(), wave, person.id, stamp),
                    )
                    break
                except sqlite3.IntegrityError:
                    continue  # the same code twice: draw again
    return code_cards(project)


def code_cards(project: Project) -> list[CodeCard]:
    """The codes of the current wave with their use (empty when none were made)."""
    if not has_table(project):
        return []
    wave = project.current_wave_id()
    people = {p.id: p for p in project.people(include_external=False)}
    rows = project.query(
        "SELECT code, person_id, used_at FROM phone_codes WHERE wave_id = ?", (wave,)
    )
    cards = [
        CodeCard(people[int(r["person_id"])], str(r["code"]), r["used_at"])
        for r in rows
        if int(r["person_id"]) in people
    ]
    return sorted(cards, key=lambda c: (c.person.department or "", c.person.name.casefold()))


def find(project: Project, typed: str) -> tuple[int, bool] | None:
    """(person id, used) for a typed code in the current wave, or None when unknown."""
    code = clean(typed)
    if len(code) != LENGTH or not has_table(project):
        return None
    rows = project.query(
        "SELECT person_id, used_at FROM phone_codes WHERE code = ? AND wave_id = ?",
        (code, project.current_wave_id()),
    )
    if not rows:
        return None
    return int(rows[0]["person_id"]), rows[0]["used_at"] is not None


def use(conn: sqlite3.Connection, typed: str, wave_id: int) -> None:
    """Mark a code used inside the caller's transaction; CodeUsed when it cannot be."""
    cur = conn.execute(
        "UPDATE phone_codes SET used_at = ? WHERE code = ? AND wave_id = ? AND used_at IS NULL",
        (now(), clean(typed), wave_id),
    )
    if cur.rowcount != 1:
        raise CodeUsed(typed)
