"""Names as written in answers: which still wait for HR, and HR's decisions about them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from kennisnet.matching import normalise
from kennisnet.store.base import _audit, now
from kennisnet.store.responses import ResponsesMixin


@dataclass(frozen=True, slots=True)
class PendingName:
    """A name as written in answers that HR still has to resolve."""

    key: str
    written: str
    as_source: int = 0
    as_respondent: int = 0
    spellings: tuple[str, ...] = field(default_factory=tuple)


class NamesMixin(ResponsesMixin):
    """Names that did not match one person, and HR's decisions (person, external, drop)."""

    def pending_names(self, wave_id: int | None = None) -> list[PendingName]:
        """Names as written that are not yet matched, grouped by their normalised form.

        With ``wave_id``: only the names in that wave's answers that count (not the
        ones replaced by a later answer of the same person). Its length is the
        number the Overview shows and the analysis of that wave warns about.
        """
        groups: dict[str, dict[str, object]] = {}

        def note(written: str, kind: str) -> None:
            key = normalise(written)
            group = groups.setdefault(
                key, {"written": written, "source": 0, "respondent": 0, "spellings": set()}
            )
            group[kind] = int(group[kind]) + 1  # type: ignore[call-overload]
            spellings = group["spellings"]
            assert isinstance(spellings, set)
            spellings.add(written)

        if wave_id is None:
            sources = self.query("SELECT written FROM nominations WHERE source_id IS NULL")
            respondents = self.query(
                "SELECT respondent_written FROM responses WHERE respondent_id IS NULL"
            )
        else:
            sources = self.query(
                "SELECT n.written FROM nominations n JOIN responses r ON r.id = n.response_id "
                "WHERE n.source_id IS NULL AND r.wave_id = ? AND r.replaced_by IS NULL "
                "AND r.respondent_id IS NOT NULL",
                (wave_id,),
            )
            respondents = self.query(
                "SELECT respondent_written FROM responses "
                "WHERE respondent_id IS NULL AND wave_id = ?",
                (wave_id,),
            )
        for row in sources:
            note(row["written"], "source")
        for row in respondents:
            note(row["respondent_written"], "respondent")
        out = []
        for key, group in sorted(groups.items()):
            spellings = group["spellings"]
            assert isinstance(spellings, set)
            out.append(
                PendingName(
                    key=key,
                    written=str(group["written"]),
                    as_source=int(group["source"]),  # type: ignore[call-overload]
                    as_respondent=int(group["respondent"]),  # type: ignore[call-overload]
                    spellings=tuple(sorted(spellings)),
                )
            )
        return out

    def name_decision(self, written: str) -> tuple[str, int | None] | None:
        """An earlier decision for this name (so that re-imports reuse it)."""
        rows = self.query(
            "SELECT decision, person_id FROM name_decisions WHERE key = ?", (normalise(written),)
        )
        if not rows:
            return None
        person_id = rows[0]["person_id"]
        return str(rows[0]["decision"]), None if person_id is None else int(person_id)

    def decide_name(self, written: str, decision: str, person_id: int | None = None) -> int:
        """Resolve every pending occurrence of a written name; returns how many changed.

        ``decision`` is ``"person"`` (with ``person_id``), ``"external"`` (someone
        not on the roster: a node of their own, left out of the metrics) or
        ``"drop"`` (ignore this name; a response whose respondent is dropped is
        removed). The decision is remembered for later imports.
        """
        if decision not in ("person", "external", "drop"):
            raise ValueError(decision)
        if decision == "person" and (person_id is None or self.person(person_id) is None):
            raise ValueError("decision 'person' needs an existing person")
        key = normalise(written)
        changed = 0
        with self.transaction() as conn:
            target = person_id
            if decision == "external":
                spelled = [
                    r["written"]
                    for r in conn.execute(
                        "SELECT written FROM nominations WHERE source_id IS NULL ORDER BY id"
                    )
                    if normalise(r["written"]) == key
                ]
                target = self._external_for(conn, spelled[0] if spelled else written)
            conn.execute(
                "INSERT INTO name_decisions (key, written, decision, person_id, decided_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "written = excluded.written, decision = excluded.decision, "
                "person_id = excluded.person_id, decided_at = excluded.decided_at",
                (key, written, decision, target, now()),
            )
            for row in conn.execute(
                "SELECT id, written FROM nominations WHERE source_id IS NULL"
            ).fetchall():
                if normalise(row["written"]) != key:
                    continue
                changed += 1
                if decision == "drop":
                    conn.execute("DELETE FROM nominations WHERE id = ?", (row["id"],))
                else:
                    conn.execute(
                        "UPDATE nominations SET source_id = ? WHERE id = ?", (target, row["id"])
                    )
            for row in conn.execute(
                "SELECT id, uuid, respondent_written, wave_id, submitted_at FROM responses "
                "WHERE respondent_id IS NULL"
            ).fetchall():
                if normalise(row["respondent_written"]) != key:
                    continue
                changed += 1
                if decision != "person":
                    conn.execute("DELETE FROM responses WHERE id = ?", (row["id"],))
                    continue
                conn.execute(
                    "UPDATE responses SET respondent_id = ? WHERE id = ?", (target, row["id"])
                )
                assert target is not None
                self._settle_duplicates(conn, target, int(row["wave_id"]))
            self._drop_self_nominations(conn)
            _audit(conn, "name_resolved", {"decision": decision, "occurrences": changed})
        return changed

    def _external_for(self, conn: sqlite3.Connection, written: str) -> int:
        key = normalise(written)
        for row in conn.execute("SELECT id, name FROM people WHERE external = 1"):
            if normalise(row["name"]) == key:
                return int(row["id"])
        return self.add_external(written.strip())
