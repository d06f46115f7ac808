"""Responses: storing one respondent's answers, names to resolve, the survey snapshot."""

from __future__ import annotations

import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace

from kennisnet.i18n import tr
from kennisnet.matching import normalise
from kennisnet.model import (
    Channel,
    Frequency,
    Nomination,
    Person,
    Response,
    SurveyData,
    TrainingAnswer,
    Wave,
)
from kennisnet.store.base import ProjectBase, _audit, now
from kennisnet.store.errors import ProjectError
from kennisnet.store.people import PeopleMixin

#: The stored values of the answers' choices (a dictionary look-up is many times faster than
#: calling the enum, which counts at 10,000 people; an unknown value still raises).
_FREQUENCIES = {member.value: member for member in Frequency}
_CHANNELS = {member.value: member for member in Channel}


def _frequency(value: str) -> Frequency:
    return _FREQUENCIES.get(value) or Frequency(value)


def _channel(value: str) -> Channel:
    return _CHANNELS.get(value) or Channel(value)


#: Derives the identity of an imported answer in a wave from its content identity.
_WAVE_NAMESPACE = uuid.UUID("0b7c3a52-8f0e-4f53-9d43-5c1e2a7d9e61")


class AlreadyAnswered(ProjectError):
    """The respondent already has an answer in this wave (and no redo was allowed)."""

    def __init__(self, name: str) -> None:
        super().__init__(tr("{name} has already answered in this wave.", name=name))


@dataclass(frozen=True, slots=True)
class NominationDraft:
    """A source as given: a roster person (``source_id``) or a name as written."""

    source_id: int | None = None
    written: str | None = None
    frequency: Frequency | None = None
    topic: str | None = None


@dataclass(frozen=True, slots=True)
class ResponseDraft:
    """One respondent's answers, ready to be stored."""

    respondent_id: int | None = None
    respondent_written: str | None = None
    nominations: tuple[NominationDraft, ...] = ()
    more_sources: bool = False
    channels: tuple[Channel, ...] = ()
    channel_other: str | None = None
    training: TrainingAnswer | None = None
    training_which: str | None = None
    training_when: str | None = None
    language: str | None = None
    laptop_id: str | None = None
    origin: str = "kiosk"
    uuid: str | None = None
    submitted_at: str | None = None
    wave_id: int | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    department: str | None
    roster: int
    responded: int

    @property
    def rate(self) -> float:
        return self.responded / self.roster if self.roster else 0.0


@dataclass(frozen=True, slots=True)
class ResponseSummary:
    """One active response of a wave as the responses list shows it."""

    respondent_id: int | None
    respondent_written: str | None
    submitted_at: str | None
    laptop_id: str | None
    origin: str
    nominations: int


class ResponsesMixin(PeopleMixin, ProjectBase):
    """Storing and reading responses."""

    def add_response(
        self, draft: ResponseDraft, *, replace: bool = False, keep_latest: bool = False
    ) -> str:
        """Store one response in one transaction; durable when this returns.

        When the respondent already answered in this wave, ``replace`` (HR
        allowed a redo) makes the new answer replace the earlier one;
        ``keep_latest`` (merging laptops) keeps whichever was submitted last;
        with neither, :class:`AlreadyAnswered` is raised and nothing is stored.
        """
        if draft.respondent_id is None and not (draft.respondent_written or "").strip():
            raise ValueError("a response needs a respondent")
        if len(draft.channels) != len(set(draft.channels)):
            raise ValueError("a channel can be ranked only once")
        response_uuid = draft.uuid or str(uuid.uuid4())
        wave_id = draft.wave_id or self.current_wave_id()
        with self.transaction() as conn:
            earlier = None
            if draft.respondent_id is not None:
                earlier = self._active_uuid(conn, draft.respondent_id, wave_id)
                if earlier and not (replace or keep_latest):
                    person = self.person(draft.respondent_id)
                    raise AlreadyAnswered(person.name if person else "?")
            response_id = self._insert(conn, draft, response_uuid, wave_id)
            if earlier and keep_latest:
                assert draft.respondent_id is not None
                self._settle_duplicates(conn, draft.respondent_id, wave_id)
            elif earlier:
                conn.execute(
                    "UPDATE responses SET replaced_by = ? WHERE uuid = ?", (response_uuid, earlier)
                )
                _audit(conn, "response_replaced", {"old": earlier, "new": response_uuid})
            del response_id
        return response_uuid

    def _insert(
        self, conn: sqlite3.Connection, draft: ResponseDraft, response_uuid: str, wave_id: int
    ) -> int:
        cur = conn.execute(
            "INSERT INTO responses (uuid, wave_id, respondent_id, respondent_written, "
            "submitted_at, laptop_id, language, origin, more_sources, channel_other, training, "
            "training_which, training_when) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                response_uuid,
                wave_id,
                draft.respondent_id,
                None if draft.respondent_id is not None else draft.respondent_written,
                draft.submitted_at or now(),
                draft.laptop_id,
                draft.language,
                draft.origin,
                int(draft.more_sources),
                draft.channel_other,
                draft.training.value if draft.training else None,
                draft.training_which,
                draft.training_when,
            ),
        )
        response_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO nominations (response_id, position, source_id, written, frequency, "
            "topic) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    response_id,
                    position,
                    n.source_id,
                    None if n.source_id is not None else n.written,
                    n.frequency.value if n.frequency else None,
                    n.topic,
                )
                for position, n in enumerate(draft.nominations, start=1)
            ],
        )
        conn.executemany(
            "INSERT INTO channels (response_id, rank, channel) VALUES (?, ?, ?)",
            [(response_id, rank, c.value) for rank, c in enumerate(draft.channels, start=1)],
        )
        return response_id

    @staticmethod
    def _active_uuid(conn: sqlite3.Connection, person_id: int, wave_id: int) -> str | None:
        row = conn.execute(
            "SELECT uuid FROM responses WHERE respondent_id = ? AND wave_id = ? "
            "AND replaced_by IS NULL",
            (person_id, wave_id),
        ).fetchone()
        return str(row[0]) if row else None

    def has_answered(self, person_id: int, wave_id: int | None = None) -> bool:
        wave = wave_id or self.current_wave_id()
        with self._lock:
            return self._active_uuid(self._conn, person_id, wave) is not None

    def response_uuids(self, wave_id: int | None = None) -> set[str]:
        """The identities of the stored responses: all of them, or those of one wave."""
        if wave_id is None:
            return {r["uuid"] for r in self.query("SELECT uuid FROM responses")}
        return {
            r["uuid"]
            for r in self.query("SELECT uuid FROM responses WHERE wave_id = ?", (wave_id,))
        }

    def response_waves(self) -> dict[str, int]:
        """The wave of every stored response, by its identity."""
        return {
            r["uuid"]: int(r["wave_id"]) for r in self.query("SELECT uuid, wave_id FROM responses")
        }

    def wave_identity(self, content_uuid: str, wave_id: int) -> str:
        """The identity of an answer with this content identity given in this wave.

        Every answer belongs to one wave: the same answer given again in a later
        wave is a new answer of that wave, so its identity includes the wave
        (by name, which is how waves are matched between laptops).
        """
        names = {wid: name for wid, name, _ in self.waves()}
        if wave_id not in names:
            raise ProjectError(tr("This project has no wave {wave}.", wave=wave_id))
        key = f"{content_uuid}|{names[wave_id].casefold()}"
        return str(uuid.uuid5(_WAVE_NAMESPACE, key))

    def in_wave(self, draft: ResponseDraft, wave_id: int | None = None) -> ResponseDraft:
        """An imported answer placed in its wave, with an identity that includes the wave.

        The wave is the draft's own, else ``wave_id``, else the current wave. A
        duplicate is the same answer (same respondent, same content) in the same
        wave: importing a file into the same wave again gives the same identities,
        so nothing changes. In the project's first wave an answer keeps its content
        identity (as every version stored it); in a later wave the identity
        includes the wave, unless the answer is already stored in that wave with
        its content identity alone (stored by an earlier version).
        """
        wave = draft.wave_id or wave_id or self.current_wave_id()
        if draft.uuid is None:
            return replace(draft, wave_id=wave)
        first = min(w[0] for w in self.waves())
        if wave == first or self.query(
            "SELECT 1 FROM responses WHERE uuid = ? AND wave_id = ?", (draft.uuid, wave)
        ):
            return replace(draft, wave_id=wave)
        return replace(draft, wave_id=wave, uuid=self.wave_identity(draft.uuid, wave))

    def respondent_ids(self, wave_id: int | None = None) -> set[int]:
        """Who answered in that wave (default: the current one): the people of its active
        responses (as in :meth:`snapshot`, without reading the answers themselves)."""
        wave = wave_id or self.current_wave_id()
        return {
            int(r["id"])
            for r in self.query(
                "SELECT DISTINCT respondent_id AS id FROM responses WHERE wave_id = ? "
                "AND replaced_by IS NULL AND respondent_id IS NOT NULL",
                (wave,),
            )
        }

    def response_summaries(self, wave_id: int | None = None) -> list[ResponseSummary]:
        """The active responses of that wave (default: the current one), names still to
        resolve included, in the order they were stored; how many colleagues each named."""
        wave = wave_id or self.current_wave_id()
        return [
            ResponseSummary(
                respondent_id=r["respondent_id"],
                respondent_written=r["respondent_written"],
                submitted_at=r["submitted_at"],
                laptop_id=r["laptop_id"],
                origin=r["origin"],
                nominations=int(r["named"]),
            )
            for r in self.query(
                "SELECT r.respondent_id, r.respondent_written, r.submitted_at, r.laptop_id, "
                "r.origin, (SELECT count(*) FROM nominations n WHERE n.response_id = r.id) "
                "AS named FROM responses r WHERE r.wave_id = ? AND r.replaced_by IS NULL "
                "ORDER BY r.id",
                (wave,),
            )
        ]

    def response_count(self, wave_id: int | None = None) -> int:
        wave = wave_id or self.current_wave_id()
        rows = self.query(
            "SELECT count(*) AS n FROM responses WHERE wave_id = ? AND replaced_by IS NULL "
            "AND respondent_id IS NOT NULL",
            (wave,),
        )
        return int(rows[0]["n"])

    def coverage(self, wave_id: int | None = None) -> list[Coverage]:
        """Responses against the roster, per department (sorted by department)."""
        wave = wave_id or self.current_wave_id()
        rows = self.query(
            "SELECT p.department AS department, count(*) AS roster, "
            "count(r.id) AS responded FROM people p LEFT JOIN responses r "
            "ON r.respondent_id = p.id AND r.wave_id = ? AND r.replaced_by IS NULL "
            "WHERE p.external = 0 GROUP BY p.department ORDER BY p.department",
            (wave,),
        )
        return [Coverage(r["department"], int(r["roster"]), int(r["responded"])) for r in rows]

    # -- names that HR resolves ----------------------------------------------

    @staticmethod
    def _settle_duplicates(conn: sqlite3.Connection, person_id: int, wave_id: int) -> None:
        """Keep one active response per respondent and wave: the latest submitted."""
        rows = conn.execute(
            "SELECT uuid FROM responses WHERE respondent_id = ? AND wave_id = ? "
            "AND replaced_by IS NULL ORDER BY submitted_at, uuid",
            (person_id, wave_id),
        ).fetchall()
        if len(rows) > 1:
            latest = rows[-1]["uuid"]
            conn.executemany(
                "UPDATE responses SET replaced_by = ? WHERE uuid = ?",
                [(latest, r["uuid"]) for r in rows[:-1]],
            )

    @staticmethod
    def _drop_self_nominations(conn: sqlite3.Connection) -> None:
        conn.execute(
            "DELETE FROM nominations WHERE id IN (SELECT n.id FROM nominations n "
            "JOIN responses r ON r.id = n.response_id WHERE n.source_id = r.respondent_id)"
        )

    # -- the snapshot the analysis reads ---------------------------------------

    def _people_in_wave(self, wave_id: int) -> tuple[Person, ...]:
        """The staff list of that wave, with the HR training record as it stood then.

        An earlier wave keeps the staff list it had when the next wave started:
        someone added to the roster later was not there (they joined between the
        waves), unless the answers of that wave name them.
        """
        kept = self.training_in_wave(wave_id)
        people = self.people()
        if kept:
            named = {
                int(r["id"])
                for r in self.query(
                    "SELECT respondent_id AS id FROM responses WHERE wave_id = ? "
                    "AND respondent_id IS NOT NULL UNION SELECT n.source_id FROM nominations n "
                    "JOIN responses r ON r.id = n.response_id WHERE r.wave_id = ? "
                    "AND n.source_id IS NOT NULL",
                    (wave_id, wave_id),
                )
            }
            people = [p for p in people if p.external or p.id in kept or p.id in named]
        return tuple(replace(p, trained_hr=kept[p.id]) if p.id in kept else p for p in people)

    def wave_roster_size(self, wave_id: int | None = None) -> int:
        """How many people were on the staff list of that wave (see :meth:`snapshot`)."""
        wave = wave_id or self.current_wave_id()
        return sum(1 for p in self._people_in_wave(wave) if not p.external)

    def snapshot(self, wave_id: int | None = None) -> SurveyData:
        """Everything the analysis needs for one wave (default: the current one)."""
        wave = wave_id or self.current_wave_id()
        waves = {w[0]: Wave(id=w[0], name=w[1], started_at=w[2]) for w in self.waves()}
        if wave not in waves:
            raise ProjectError(tr("This project has no wave {wave}.", wave=wave))
        rows = self.query(
            "SELECT * FROM responses WHERE wave_id = ? AND replaced_by IS NULL "
            "AND respondent_id IS NOT NULL ORDER BY submitted_at, uuid",
            (wave,),
        )
        ids = [int(r["id"]) for r in rows]
        noms: dict[int, list[Nomination]] = defaultdict(list)
        chans: dict[int, list[Channel]] = defaultdict(list)
        # Distinct names as written (as Project.pending_names(wave) groups them).
        unresolved: set[str] = {
            normalise(r["respondent_written"])
            for r in self.query(
                "SELECT respondent_written FROM responses WHERE wave_id = ? "
                "AND respondent_id IS NULL",
                (wave,),
            )
        }
        for n in self.query(
            "SELECT n.response_id, n.source_id, n.written, n.frequency, n.topic FROM nominations n "
            "JOIN responses r ON r.id = n.response_id WHERE r.wave_id = ? "
            "AND r.replaced_by IS NULL AND r.respondent_id IS NOT NULL ORDER BY n.position",
            (wave,),
        ):
            if n["source_id"] is None:
                unresolved.add(normalise(n["written"]))
                continue
            noms[int(n["response_id"])].append(
                Nomination(
                    source_id=int(n["source_id"]),
                    frequency=_frequency(n["frequency"]) if n["frequency"] else None,
                    topic=n["topic"],
                )
            )
        for c in self.query(
            "SELECT c.response_id, c.channel FROM channels c JOIN responses r "
            "ON r.id = c.response_id WHERE r.wave_id = ? ORDER BY c.response_id, c.rank",
            (wave,),
        ):
            chans[int(c["response_id"])].append(_channel(c["channel"]))
        responses = tuple(
            Response(
                uuid=r["uuid"],
                respondent_id=int(r["respondent_id"]),
                wave_id=wave,
                submitted_at=r["submitted_at"],
                nominations=tuple(noms[rid]),
                more_sources=bool(r["more_sources"]),
                channels=tuple(chans[rid]),
                channel_other=r["channel_other"],
                training=TrainingAnswer(r["training"]) if r["training"] else None,
                training_which=r["training_which"],
                training_when=r["training_when"],
                laptop_id=r["laptop_id"],
                language=r["language"],
                channels_ranked=r["origin"] != "forms",
            )
            for r, rid in zip(rows, ids, strict=True)
        )
        return SurveyData(
            people=self._people_in_wave(wave),
            responses=responses,
            wave=waves[wave],
            unresolved_names=len(unresolved),
        )

    def stored_responses(self) -> list[tuple[str, ResponseDraft]]:
        """Every active response as a draft (with this file's person ids), with its wave name.

        Used to merge another laptop's file into this one.
        """
        waves = {w[0]: w[1] for w in self.waves()}
        noms: dict[int, list[NominationDraft]] = defaultdict(list)
        for n in self.query(
            "SELECT response_id, source_id, written, frequency, topic FROM nominations "
            "ORDER BY response_id, position"
        ):
            noms[int(n["response_id"])].append(
                NominationDraft(
                    source_id=n["source_id"],
                    written=n["written"],
                    frequency=Frequency(n["frequency"]) if n["frequency"] else None,
                    topic=n["topic"],
                )
            )
        chans: dict[int, list[Channel]] = defaultdict(list)
        for c in self.query("SELECT response_id, channel FROM channels ORDER BY response_id, rank"):
            chans[int(c["response_id"])].append(Channel(c["channel"]))
        out = []
        for r in self.query("SELECT * FROM responses WHERE replaced_by IS NULL ORDER BY id"):
            rid = int(r["id"])
            out.append(
                (
                    waves[int(r["wave_id"])],
                    ResponseDraft(
                        respondent_id=r["respondent_id"],
                        respondent_written=r["respondent_written"],
                        nominations=tuple(noms[rid]),
                        more_sources=bool(r["more_sources"]),
                        channels=tuple(chans[rid]),
                        channel_other=r["channel_other"],
                        training=TrainingAnswer(r["training"]) if r["training"] else None,
                        training_which=r["training_which"],
                        training_when=r["training_when"],
                        language=r["language"],
                        laptop_id=r["laptop_id"],
                        origin=r["origin"],
                        uuid=r["uuid"],
                        submitted_at=r["submitted_at"],
                    ),
                )
            )
        return out
