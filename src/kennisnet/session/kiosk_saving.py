"""Saving a respondent's answers, and keeping them when saving fails (no Qt here).

``ResponseSaver.save`` stores one answer through ``Project.add_response`` (one
transaction, durable when it returns) and then checks that the project file is
still the file that was opened: a file that was removed or replaced (a USB stick
pulled out) would otherwise swallow the answer. Whatever could not be saved is
kept in memory *and* in a rescue file in the user data folder, written before
the respondent is told; ``retry`` tries again, and a later kiosk on the same
project picks the rescue file up again. Nothing is lost.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.importing.responses.rescue import RESCUE_SCHEMA, draft_from_json, draft_to_json
from kennisnet.model import Channel, Frequency, Person, TrainingAnswer
from kennisnet.resources import user_data_dir
from kennisnet.store import NominationDraft, Project, ResponseDraft, now

log = logging.getLogger(__name__)


@dataclass
class SourceChoice:
    """One person the respondent learns from: on the roster (``person_id``) or written."""

    name: str
    person_id: int | None = None
    department: str | None = None
    frequency: Frequency | None = None
    topic: str = ""


@dataclass
class Answers:
    """One respondent's answers while they fill in the survey (a fresh one per person)."""

    respondent: Person | None = None
    sources: list[SourceChoice] = field(default_factory=list)
    more_sources: bool = False
    channels: list[Channel] = field(default_factory=list)
    channel_other: str = ""
    training: TrainingAnswer | None = None
    training_which: str = ""
    training_when: str = ""

    def draft(self, *, language: str, laptop_id: str | None = None) -> ResponseDraft:
        """The answers as a draft to store, with its own UUID and time stamp."""
        if self.respondent is None:
            raise ValueError("a response needs a respondent")
        yes = self.training is TrainingAnswer.YES
        other = Channel.OTHER in self.channels and self.channel_other.strip()
        return ResponseDraft(
            respondent_id=self.respondent.id,
            nominations=tuple(
                NominationDraft(
                    source_id=s.person_id,
                    written=None if s.person_id is not None else s.name.strip(),
                    frequency=s.frequency,
                    topic=s.topic.strip() or None,
                )
                for s in self.sources
            ),
            more_sources=self.more_sources,
            channels=tuple(self.channels),
            channel_other=self.channel_other.strip() if other else None,
            training=self.training,
            training_which=(self.training_which.strip() or None) if yes else None,
            training_when=(self.training_when.strip() or None) if yes else None,
            language=language,
            laptop_id=laptop_id if laptop_id is not None else socket.gethostname(),
            origin="kiosk",
            uuid=str(uuid.uuid4()),
            submitted_at=now(),
        )


@dataclass(frozen=True)
class Pending:
    """An answer that could not be saved yet."""

    draft: ResponseDraft
    name: str
    replace: bool = False
    reason: str = ""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


class ResponseSaver:
    """Stores answers in an open project; keeps what could not be stored."""

    def __init__(self, project: Project, rescue_dir: Path | None = None) -> None:
        self.project = project
        self.rescue_dir = rescue_dir or user_data_dir() / "rescue"
        self._identity = _identity(project.path)
        self.pending: list[Pending] = []
        self._load_rescue()

    @property
    def rescue_file(self) -> Path:
        return self.rescue_dir / f"kiosk-{self.project.project_id or self.project.path.stem}.json"

    # -- saving ----------------------------------------------------------------

    def _store(self, draft: ResponseDraft, *, replace: bool, retry: bool) -> None:
        if _identity(self.project.path) != self._identity:
            raise OSError(tr("the project file is no longer there"))
        # A retry keeps whichever answer of the respondent was given last, so an
        # older kept answer never overwrites a newer one.
        self.project.add_response(draft, replace=replace and not retry, keep_latest=retry)
        if _identity(self.project.path) != self._identity:
            raise OSError(tr("the project file is no longer there"))

    def save(self, draft: ResponseDraft, *, name: str, replace: bool = False) -> bool:
        """Store ``draft``; True when it is durable in the project file.

        On failure the answer is kept (memory and rescue file) and False is returned.
        ``AlreadyAnswered`` is passed on: nothing was stored and nothing needs keeping.
        """
        from kennisnet.store import AlreadyAnswered

        try:
            self._store(draft, replace=replace, retry=False)
        except AlreadyAnswered:
            raise
        except Exception as error:
            log.exception("a kiosk answer could not be saved; it is kept")
            self.pending.append(Pending(draft, name, replace, str(error)))
            self.write_rescue()
            return False
        return True

    def retry(self) -> int:
        """Try to store every kept answer again; returns how many are now saved."""
        saved = 0
        still: list[Pending] = []
        for item in self.pending:
            try:
                self._store(item.draft, replace=item.replace, retry=True)
            except Exception as error:
                log.warning("a kept kiosk answer still cannot be saved: %s", error)
                still.append(replace_reason(item, str(error)))
            else:
                saved += 1
        self.pending = still
        self.write_rescue()
        return saved

    def is_pending(self, person_id: int) -> bool:
        return any(p.draft.respondent_id == person_id for p in self.pending)

    # -- the rescue file -------------------------------------------------------

    def write_rescue(self, target: Path | None = None) -> Path | None:
        """Write the kept answers to the rescue file (or ``target``); remove it when none."""
        path = target or self.rescue_file
        if not self.pending and target is None:
            path.unlink(missing_ok=True)
            return None
        data = {
            "schema": RESCUE_SCHEMA,
            "project_id": self.project.project_id,
            "project_name": self.project.name,
            "project_path": str(self.project.path),
            "responses": [
                {"name": p.name, "replace": p.replace, "draft": draft_to_json(p.draft)}
                for p in self.pending
            ],
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(path.name + ".tmp")
            with temp.open("w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            temp.replace(path)
        except OSError:
            log.exception("the kiosk rescue file could not be written; answers stay in memory")
            return None
        return path

    def _load_rescue(self) -> None:
        path = self.rescue_file
        if not path.exists():
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("schema") != RESCUE_SCHEMA:
                return
            known = self.project.response_uuids()
            items = data.get("responses", [])
            for item in items:
                draft = draft_from_json(item["draft"])
                if draft.uuid not in known:
                    self.pending.append(
                        Pending(draft, str(item.get("name", "")), bool(item.get("replace")))
                    )
        except (OSError, ValueError, KeyError, TypeError):
            log.exception("the kiosk rescue file %s could not be read; it is left as it is", path)
            return
        if len(self.pending) != len(items):
            self.write_rescue()  # some were saved after all: keep the file in step


def replace_reason(item: Pending, reason: str) -> Pending:
    return replace(item, reason=reason)
