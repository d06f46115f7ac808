"""One collection session on phones: what the web pages may ask of the project.

No web code here (see ``web.py``) and no Qt: the session searches names, checks
personal codes and stores answers through ``Project.add_response`` — the same path
as the kiosk — on an open project that a kiosk in the same process may share (the
project's own lock keeps their writes apart). An answer is acknowledged only after
``add_response`` returned, i.e. after it is committed to the project file.

Every submission carries a UUID chosen by the phone: a retry of an answer that was
already stored is acknowledged again and never stored twice.
"""

from __future__ import annotations

import re
import secrets
import socket
import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kennisnet.matching import NameIndex
from kennisnet.model import Channel, Frequency, Person, TrainingAnswer
from kennisnet.phones import codes
from kennisnet.phones.limits import RateLimiter
from kennisnet.store import AlreadyAnswered, NominationDraft, Project, ResponseDraft, now
from kennisnet.store.responses import Coverage

OPEN = "open"
CODES = "codes"

#: Matches sent for one search, and the fewest letters that start one.
SEARCH_LIMIT = 10
SEARCH_MIN_LETTERS = 2
#: Caps on what one submission may hold (far above any real answer).
MAX_SOURCES = 60
MAX_TEXT = 300

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


class Invalid(ValueError):
    """A submission that does not fit the questionnaire (a broken or forged request)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the phone is told after a submission."""

    #: "saved" | "already_answered" | "code_used" | "code_unknown"
    status: str
    stored_now: bool = False


@dataclass
class Counters:
    """Plain counts for HR's live view (no personal data)."""

    saved: int = 0
    repeated: int = 0
    refused: int = 0
    requests: dict[str, int] = field(default_factory=dict)


def _text(value: Any, *, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Invalid("a text field is not text")
    text = str(value).strip()
    if len(text) > limit:
        raise Invalid("a text field is too long")
    return text


class PhoneSession:
    """The survey on phones for one open project, in ``OPEN`` or ``CODES`` mode."""

    def __init__(
        self,
        project: Project,
        *,
        mode: str = OPEN,
        token: str | None = None,
        laptop_id: str | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        if mode not in (OPEN, CODES):
            raise ValueError(mode)
        self.project = project
        self.mode = mode
        #: The secret in the address: new each time collection starts.
        self.token = token or secrets.token_urlsafe(24)
        #: Sent with every page and required back on every answer (CSRF).
        self.csrf = secrets.token_urlsafe(24)
        self.laptop_id = laptop_id or socket.gethostname()
        self.limiter = limiter or RateLimiter()
        self.questionnaire = project.questionnaire()
        self.counters = Counters()
        self._save_lock = threading.Lock()
        self._queue_lock = threading.Lock()
        self._queue: list[_Waiting] = []
        if mode == CODES:
            codes.ensure_table(project)
        self.reload_people()

    def reload_people(self) -> None:
        """Read the roster again (after HR changed it)."""
        people = self.project.people(include_external=False)
        self._people: Mapping[int, Person] = {p.id: p for p in people}
        self._by_uid: Mapping[str, Person] = {p.uid: p for p in people}
        self._index = NameIndex((p.id, p.name, None) for p in people)

    # -- what the pages ask ------------------------------------------------------

    def search(self, query: str) -> list[dict[str, str]]:
        """Up to 10 people for at least 2 typed letters: a reference, name and department."""
        query = query.strip()[:MAX_TEXT]
        if sum(ch.isalnum() for ch in query) < SEARCH_MIN_LETTERS:
            return []
        found = self._index.search(query, SEARCH_LIMIT)
        return [
            {
                "ref": self._people[i].uid,
                "name": self._people[i].name,
                "department": self._people[i].department or "",
            }
            for i in found
        ]

    def check_code(self, typed: str) -> tuple[str, str]:
        """("ok" | "used" | "unknown", the person's name when ok)."""
        found = codes.find(self.project, _text(typed, limit=40))
        if found is None or found[0] not in self._people:
            return "unknown", ""
        person_id, used = found
        if used:
            return "used", ""
        return "ok", self._people[person_id].name

    def coverage(self) -> list[Coverage]:
        return self.project.coverage()

    # -- storing an answer ---------------------------------------------------------

    def draft(self, data: Mapping[str, Any]) -> tuple[ResponseDraft, str | None]:
        """The submission as a draft to store, and the personal code it carries (or None).

        Raises :class:`Invalid` for anything that does not fit the questionnaire.
        """
        if not isinstance(data, Mapping):
            raise Invalid("not an object")
        response_id = data.get("id")
        if not isinstance(response_id, str) or not _UUID.match(response_id):
            raise Invalid("no valid submission id")
        if data.get("consent") is not True:
            raise Invalid("no consent")
        language = data.get("lang")
        if language not in ("nl", "en"):
            raise Invalid("unknown language")
        code = None
        if self.mode == CODES:
            code = _text(data.get("code"), limit=40)
            found = codes.find(self.project, code)
            if found is None:
                raise CodeUnknown
            respondent = self._people.get(found[0])
        else:
            ref = data.get("respondent")
            respondent = self._by_uid.get(ref) if isinstance(ref, str) else None
        if respondent is None:
            raise Invalid("unknown respondent")
        sources = data.get("sources") or []
        if not isinstance(sources, list) or len(sources) > MAX_SOURCES:
            raise Invalid("sources")
        nominations: list[NominationDraft] = []
        seen: set[int] = set()
        for item in sources:
            if not isinstance(item, Mapping):
                raise Invalid("a source is not an object")
            frequency = item.get("frequency")
            if frequency is not None and frequency not in {f.value for f in Frequency}:
                raise Invalid("frequency")
            topic = _text(item.get("topic")) or None
            ref = item.get("ref")
            if ref is not None:
                person = self._by_uid.get(ref) if isinstance(ref, str) else None
                if person is None:
                    raise Invalid("unknown source")
                if person.id in seen or person.id == respondent.id:
                    continue
                seen.add(person.id)
                nominations.append(
                    NominationDraft(
                        source_id=person.id,
                        frequency=Frequency(frequency) if frequency else None,
                        topic=topic,
                    )
                )
            else:
                written = _text(item.get("name"), limit=120)
                if not written:
                    raise Invalid("a written source without a name")
                nominations.append(
                    NominationDraft(
                        written=written,
                        frequency=Frequency(frequency) if frequency else None,
                        topic=topic,
                    )
                )
        channels_raw = data.get("channels") or []
        allowed = {c.value for c in self.questionnaire.channels}
        if (
            not isinstance(channels_raw, list)
            or len(channels_raw) > self.questionnaire.max_channels
            or len(set(map(str, channels_raw))) != len(channels_raw)
            or not all(isinstance(c, str) and c in allowed for c in channels_raw)
        ):
            raise Invalid("channels")
        channels = tuple(Channel(c) for c in channels_raw)
        other = _text(data.get("channel_other")) if Channel.OTHER in channels else ""
        training_raw = data.get("training")
        if training_raw is not None and training_raw not in {t.value for t in TrainingAnswer}:
            raise Invalid("training")
        training = TrainingAnswer(training_raw) if training_raw else None
        yes = training is TrainingAnswer.YES
        draft = ResponseDraft(
            respondent_id=respondent.id,
            nominations=tuple(nominations),
            more_sources=data.get("more") is True,
            channels=channels,
            channel_other=other or None,
            training=training,
            training_which=(_text(data.get("training_which")) or None) if yes else None,
            training_when=(_text(data.get("training_when"), limit=80) or None) if yes else None,
            language=language,
            laptop_id=self.laptop_id,
            origin="phone",
            uuid=response_id,
            submitted_at=now(),
        )
        return draft, code

    def submit(self, data: Mapping[str, Any]) -> Outcome:
        """Store one submission; returns only after it is committed (or refused).

        Raises :class:`Invalid` for a broken request and passes on store errors
        (the phone then keeps the answer and tries again).

        Submissions that arrive together are committed together (group commit): the
        first to get the write lock stores every waiting submission in one
        transaction, each in its own savepoint (a refused one does not undo the
        others), so a crowd of phones costs one disk flush, not one each. Nobody is
        told "saved" before that commit has returned.
        """
        item = _Waiting(data)
        with self._queue_lock:
            self._queue.append(item)
        with self._save_lock:
            if item.outcome is None and item.error is None:
                with self._queue_lock:
                    batch, self._queue = self._queue, []
                self._store_batch(batch)
        if item.error is not None:
            raise item.error
        assert item.outcome is not None
        return item.outcome

    def _store_batch(self, batch: list[_Waiting]) -> None:
        outcomes: list[Outcome | None] = []
        errors: list[Exception | None] = []
        try:
            with self.project.transaction() as conn:
                for item in batch:
                    conn.execute("SAVEPOINT phone_answer")
                    try:
                        outcome = self._store_one(conn, item.data)
                    except Exception as refused:
                        conn.execute("ROLLBACK TO phone_answer")
                        conn.execute("RELEASE phone_answer")
                        outcomes.append(None)
                        errors.append(refused)
                        continue
                    if not outcome.stored_now:
                        conn.execute("ROLLBACK TO phone_answer")
                    conn.execute("RELEASE phone_answer")
                    outcomes.append(outcome)
                    errors.append(None)
        except Exception as failed:  # the commit failed: nobody was stored
            for item in batch:
                item.error = failed
            return
        for item, told, problem in zip(batch, outcomes, errors, strict=True):
            item.outcome, item.error = told, problem
            if told is None:
                continue
            if told.stored_now:
                self.counters.saved += 1
            elif told.status == "saved":
                self.counters.repeated += 1
            else:
                self.counters.refused += 1

    def _store_one(self, conn: sqlite3.Connection, data: Mapping[str, Any]) -> Outcome:
        response_id = data.get("id") if isinstance(data, Mapping) else None
        if isinstance(response_id, str) and self._stored(response_id):
            return Outcome("saved")
        try:
            draft, code = self.draft(data)
        except CodeUnknown:
            return Outcome("code_unknown")
        try:
            if code is not None:
                codes.use(conn, code, self.project.current_wave_id())
            self.project.add_response(draft)
        except AlreadyAnswered:
            return Outcome("already_answered")
        except codes.CodeUsed:
            return Outcome("code_used")
        return Outcome("saved", stored_now=True)

    def _stored(self, response_id: str) -> bool:
        return bool(self.project.query("SELECT 1 FROM responses WHERE uuid = ?", (response_id,)))


@dataclass
class _Waiting:
    """A submission waiting for its commit."""

    data: Mapping[str, Any]
    outcome: Outcome | None = None
    error: Exception | None = None


class CodeUnknown(Invalid):
    """The personal code in a submission is not one of this wave's codes."""
