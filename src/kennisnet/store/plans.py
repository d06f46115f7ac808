"""The learning plan in the project file: HR's decisions per wave and high-risk work.

Only what HR decided is stored (schema version 3): an action HR accepted,
rejected, edited, gave an owner or a date, or marked done, and HR's own
actions. Untouched proposals are worked out from the analysis each time
(:func:`kennisnet.plan.propose`), so they follow the data; :func:`merge_plan`
lays the stored actions over them. Person ids are kept in ``plan_people``
(``ON DELETE CASCADE``): erasing a person removes them from every action;
:func:`erase_person_from_plans` also takes them out of the stored sentences
and HR's own wording.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from kennisnet.i18n import tr
from kennisnet.plan.model import (
    BUDDY_CAPACITY,
    NEWCOMER_MONTHS,
    Action,
    Finding,
    Form,
    PlanOptions,
    Status,
)
from kennisnet.plan.sentences import Sentence
from kennisnet.store.base import ProjectBase, _audit, now
from kennisnet.store.errors import ProjectError

#: The first schema version with plan tables.
PLAN_VERSION = 3

_MONTHS_KEY = "plan_newcomer_months"
_CAPACITY_KEY = "plan_buddy_capacity"


def check_due(text: str | None) -> str | None:
    """A planned date as ISO yyyy-mm-dd (None clears it); a clear error otherwise."""
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError as error:
        raise ProjectError(
            tr('"{text}" is not a date; write it as 2026-11-30.', text=text.strip())
        ) from error


def erase_person_from_plans(conn: sqlite3.Connection, person_id: int, name: str | None) -> None:
    """Remove every trace of a person from the stored plans (call inside the erase transaction).

    Their id leaves the people and partners of every action and the stored
    sentences; where HR's own wording names them, the name is replaced by
    "(removed person)". Safe on a file without plan tables.
    """
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "plan_actions" not in tables:
        return
    conn.execute("DELETE FROM plan_people WHERE person_id = ?", (person_id,))
    rows = conn.execute("SELECT id, sentence, text FROM plan_actions").fetchall()
    for row in rows:
        sentence = Sentence.from_json(row[1]).without(person_id).to_json()
        text = row[2]
        if text and name and name.strip():
            text = _replace_name(text, name.strip(), tr("(removed person)"))
        if sentence != row[1] or text != row[2]:
            conn.execute(
                "UPDATE plan_actions SET sentence = ?, text = ? WHERE id = ?",
                (sentence, text, row[0]),
            )


def _replace_name(text: str, name: str, by: str) -> str:
    import re

    return re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", by, text, flags=re.IGNORECASE)


class PlansMixin(ProjectBase):
    """Reading and changing the learning plan of each wave."""

    def _has_plans(self) -> bool:
        return self.version >= PLAN_VERSION

    # -- options and high-risk work -------------------------------------------------

    def plan_options(self) -> PlanOptions:
        months = self.meta(_MONTHS_KEY)
        capacity = self.meta(_CAPACITY_KEY)
        marks = self.high_risk()
        return PlanOptions(
            newcomer_months=int(months) if months else NEWCOMER_MONTHS,
            buddy_capacity=int(capacity) if capacity else BUDDY_CAPACITY,
            high_risk_roles=frozenset(v for k, v in marks if k == "role"),
            high_risk_departments=frozenset(v for k, v in marks if k == "department"),
        )

    def set_plan_options(
        self, *, newcomer_months: int | None = None, buddy_capacity: int | None = None
    ) -> None:
        if newcomer_months is not None:
            if newcomer_months < 0:
                raise ProjectError(tr("The number of months cannot be negative."))
            self.set_meta(_MONTHS_KEY, str(newcomer_months))
        if buddy_capacity is not None:
            if buddy_capacity < 1:
                raise ProjectError(tr("A buddy takes at least one newcomer."))
            self.set_meta(_CAPACITY_KEY, str(buddy_capacity))

    def high_risk(self) -> list[tuple[str, str]]:
        """(kind, value) pairs HR marked as high-risk work: kind is 'role' or 'department'."""
        if not self._has_plans():
            return []
        rows = self.query("SELECT kind, value FROM high_risk ORDER BY kind, value")
        return [(r["kind"], r["value"]) for r in rows]

    def mark_high_risk(self, kind: str, value: str, *, high_risk: bool = True) -> None:
        """Mark (or unmark) a role or department as high-risk work."""
        if kind not in ("role", "department"):
            raise ValueError(kind)
        value = value.strip()
        if not value:
            raise ProjectError(tr("Say which role or department is high-risk."))
        with self.transaction() as conn:
            if high_risk:
                conn.execute(
                    "INSERT OR IGNORE INTO high_risk (kind, value) VALUES (?, ?)", (kind, value)
                )
            else:
                conn.execute("DELETE FROM high_risk WHERE kind = ? AND value = ?", (kind, value))
            _audit(conn, "high_risk_marked" if high_risk else "high_risk_unmarked", {"kind": kind})

    # -- stored actions --------------------------------------------------------------

    def plan_actions(self, wave_id: int) -> list[Action]:
        """The actions HR decided on or added in this wave, in the order they were stored."""
        if not self._has_plans():
            return []
        people: dict[int, dict[str, list[int]]] = {}
        for r in self.query(
            "SELECT pp.action_id, pp.role, pp.person_id FROM plan_people pp "
            "JOIN plan_actions a ON a.id = pp.action_id WHERE a.wave_id = ? "
            "ORDER BY pp.action_id, pp.role, pp.position",
            (wave_id,),
        ):
            people.setdefault(int(r["action_id"]), {}).setdefault(r["role"], []).append(
                int(r["person_id"])
            )
        out: list[Action] = []
        for r in self.query("SELECT * FROM plan_actions WHERE wave_id = ? ORDER BY id", (wave_id,)):
            named = people.get(int(r["id"]), {})
            out.append(
                Action(
                    key=r["key"],
                    form=Form(r["form"]),
                    finding=Finding(r["finding"]),
                    people=tuple(named.get("people", ())),
                    partners=tuple(named.get("partners", ())),
                    sentence=Sentence.from_json(r["sentence"]),
                    phase=int(r["phase"]),
                    after=tuple(json.loads(r["after"])),
                    cluster=r["cluster"],
                    status=Status(r["status"]),
                    owner=r["owner"],
                    due=r["due"],
                    done_at=r["done_at"],
                    text=r["text"],
                    edited=bool(r["edited"]),
                    proposed=False,
                )
            )
        return out

    def save_plan_action(self, wave_id: int, action: Action, *, audit: str) -> None:
        """Store ``action`` (by its key) as HR's decision in this wave."""
        if wave_id not in {w[0] for w in self.waves()}:
            raise ProjectError(tr("This project has no wave {wave}.", wave=wave_id))
        stamp = now()
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM plan_actions WHERE wave_id = ? AND key = ?", (wave_id, action.key)
            ).fetchone()
            values = (
                action.phase,
                action.form.value,
                action.finding.value,
                action.sentence.to_json(),
                action.text,
                json.dumps(list(action.after)),
                action.cluster,
                action.status.value,
                action.owner,
                action.due,
                action.done_at,
                int(action.edited),
            )
            if row is None:
                action_id = conn.execute(
                    "INSERT INTO plan_actions (wave_id, key, phase, form, finding, sentence, text, "
                    "after, cluster, status, owner, due, done_at, edited, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (wave_id, action.key, *values, stamp, stamp),
                ).lastrowid
            else:
                action_id = int(row[0])
                conn.execute(
                    "UPDATE plan_actions SET phase = ?, form = ?, finding = ?, sentence = ?, "
                    "text = ?, after = ?, cluster = ?, status = ?, owner = ?, due = ?, "
                    "done_at = ?, edited = ?, updated_at = ? WHERE id = ?",
                    (*values, stamp, action_id),
                )
                conn.execute("DELETE FROM plan_people WHERE action_id = ?", (action_id,))
            for role, ids in (("people", action.people), ("partners", action.partners)):
                conn.executemany(
                    "INSERT OR IGNORE INTO plan_people (action_id, person_id, role, position) "
                    "VALUES (?, ?, ?, ?)",
                    [(action_id, pid, role, i) for i, pid in enumerate(ids)],
                )
            _audit(conn, audit, {"wave": wave_id, "action": action.key})

    def forget_plan_action(self, wave_id: int, key: str) -> bool:
        """Drop HR's decision (the proposal shows again) or HR's own action. True if stored."""
        if not self._has_plans():
            return False
        with self.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM plan_actions WHERE wave_id = ? AND key = ?", (wave_id, key)
            )
            if cur.rowcount:
                _audit(conn, "plan_action_reset", {"wave": wave_id, "action": key})
            return bool(cur.rowcount)

    def next_own_key(self, wave_id: int) -> str:
        rows = self.query(
            "SELECT key FROM plan_actions WHERE wave_id = ? AND key LIKE 'hr:%'", (wave_id,)
        )
        numbers = [int(r["key"][3:]) for r in rows if r["key"][3:].isdigit()]
        return f"hr:{max(numbers, default=0) + 1}"

    # -- HR's decisions ----------------------------------------------------------------

    def set_action_status(self, wave_id: int, action: Action, status: Status) -> Action:
        done_at = now() if status is Status.DONE else None
        changed = replace(action, status=status, done_at=done_at)
        self.save_plan_action(wave_id, changed, audit=f"plan_action_{status.value}")
        return changed

    def edit_action(
        self,
        wave_id: int,
        action: Action,
        *,
        form: Form | None = None,
        people: Sequence[int] | None = None,
        partners: Sequence[int] | None = None,
        text: str | None = None,
        owner: str | None = None,
        due: str | None = None,
    ) -> Action:
        """Change an action; ``owner``/``due``/``text`` given as '' clear them."""
        changes: dict[str, object] = {}
        edited = action.edited
        if form is not None and form is not action.form:
            changes["form"] = form
            edited = True
        if people is not None:
            changes["people"] = tuple(dict.fromkeys(people))
            edited = True
        if partners is not None:
            changes["partners"] = tuple(dict.fromkeys(partners))
            edited = True
        if text is not None:
            changes["text"] = text.strip() or None
            edited = True
        if owner is not None:
            changes["owner"] = owner.strip() or None
        if due is not None:
            changes["due"] = check_due(due)
        changed = replace(action, edited=edited, **changes)  # type: ignore[arg-type]
        self.save_plan_action(wave_id, changed, audit="plan_action_edited")
        return changed

    def add_own_action(
        self,
        wave_id: int,
        *,
        form: Form,
        text: str,
        people: Iterable[int] = (),
        partners: Iterable[int] = (),
        owner: str | None = None,
        due: str | None = None,
    ) -> Action:
        """HR's own action (accepted at once); returns it with its key ``hr:N``."""
        if not text.strip():
            raise ProjectError(tr("Describe the action in a sentence."))
        action = Action(
            key=self.next_own_key(wave_id),
            form=form,
            finding=Finding.HR,
            people=tuple(dict.fromkeys(people)),
            partners=tuple(dict.fromkeys(partners)),
            sentence=Sentence("hr", ""),
            phase=1 if form is Form.FORMAL_TRAINING else 2,
            status=Status.ACCEPTED,
            owner=(owner or "").strip() or None,
            due=check_due(due),
            text=text.strip(),
            edited=True,
            proposed=False,
        )
        self.save_plan_action(wave_id, action, audit="plan_action_added")
        return action
