"""Kiosk rescue files: answers a kiosk could not save, and importing them (Qt-free).

When the kiosk cannot write an answer to the project file it keeps the answer
and writes ``rescue/kiosk-<project id>.json`` in the user data folder (format
:data:`RESCUE_SCHEMA`). This module holds the one (de)serialisation of those
answers (the kiosk writes with it) and :func:`import_rescue`, which stores the
answers of such a file in the project: checked first, all or nothing, and
deduplicated by each answer's UUID, so importing a file twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kennisnet.i18n import ntr, tr
from kennisnet.importing.responses.forms import wave_for
from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.store.backup import rescue_file

RESCUE_SCHEMA = "kennisnet.kiosk-rescue/1"
_SCHEMA_FAMILY = "kennisnet.kiosk-rescue/"
#: A rescue file holds a few answers; anything much bigger is not one.
_MAX_BYTES = 50_000_000


class RescueError(ValueError):
    """The file cannot be imported; the message says why in a plain sentence."""


def draft_to_json(draft: ResponseDraft) -> dict[str, Any]:
    """One answer as it is written in a rescue file."""
    return {
        "respondent_id": draft.respondent_id,
        "respondent_written": draft.respondent_written,
        "nominations": [
            {
                "source_id": n.source_id,
                "written": n.written,
                "frequency": n.frequency.value if n.frequency else None,
                "topic": n.topic,
            }
            for n in draft.nominations
        ],
        "more_sources": draft.more_sources,
        "channels": [c.value for c in draft.channels],
        "channel_other": draft.channel_other,
        "training": draft.training.value if draft.training else None,
        "training_which": draft.training_which,
        "training_when": draft.training_when,
        "language": draft.language,
        "laptop_id": draft.laptop_id,
        "origin": draft.origin,
        "uuid": draft.uuid,
        "submitted_at": draft.submitted_at,
        "wave_id": draft.wave_id,
    }


def draft_from_json(data: Mapping[str, Any]) -> ResponseDraft:
    """The answer back from :func:`draft_to_json` (ValueError/KeyError/TypeError if bad)."""
    return ResponseDraft(
        respondent_id=data.get("respondent_id"),
        respondent_written=data.get("respondent_written"),
        nominations=tuple(
            NominationDraft(
                source_id=n.get("source_id"),
                written=n.get("written"),
                frequency=Frequency(n["frequency"]) if n.get("frequency") else None,
                topic=n.get("topic"),
            )
            for n in data.get("nominations", [])
        ),
        more_sources=bool(data.get("more_sources")),
        channels=tuple(Channel(c) for c in data.get("channels", [])),
        channel_other=data.get("channel_other"),
        training=TrainingAnswer(data["training"]) if data.get("training") else None,
        training_which=data.get("training_which"),
        training_when=data.get("training_when"),
        language=data.get("language"),
        laptop_id=data.get("laptop_id"),
        origin=data.get("origin") or "kiosk",
        uuid=data.get("uuid"),
        submitted_at=data.get("submitted_at"),
        wave_id=data.get("wave_id"),
    )


def rescue_path(project_id: str, folder: Path | None = None) -> Path:
    """Where a kiosk on this laptop writes the rescue file of a project."""
    default = rescue_file(project_id)
    return (folder / default.name) if folder is not None else default


def looks_like_rescue(path: Path) -> bool:
    """True for a ``.json`` file or a file that names the rescue format near its start."""
    if path.suffix.lower() == ".json":
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return _SCHEMA_FAMILY.encode() in head


@dataclass(frozen=True, slots=True)
class RescuedAnswer:
    """One kept answer: whose it is (as the kiosk showed it) and the answer."""

    name: str
    draft: ResponseDraft
    replace: bool = False


@dataclass(frozen=True, slots=True)
class RescueFile:
    path: Path
    project_id: str
    project_name: str
    answers: tuple[RescuedAnswer, ...]


@dataclass(frozen=True, slots=True)
class RescueReport:
    """What :func:`import_rescue` did."""

    path: Path
    #: Answers stored now.
    added: int = 0
    #: Answers that were already in the project (saved later after all, or imported before).
    already_there: int = 0
    #: Stored answers that replace an earlier answer of the same person.
    replaced: int = 0
    #: Stored answers older than an answer the same person gave later (that one counts).
    outdated: int = 0
    #: Names of people whose answer was left out: they are no longer on the staff list.
    skipped: tuple[str, ...] = ()
    #: Colleagues named who are no longer on the staff list (left out of the answers).
    dropped_sources: int = 0


def _damaged(path: Path, detail: str) -> RescueError:
    return RescueError(
        tr(
            "{file} is damaged and cannot be imported ({detail}). Nothing was imported.",
            file=path.name,
            detail=detail,
        )
    )


def read_rescue(path: Path) -> RescueFile:
    """Read and check a rescue file; :class:`RescueError` says plainly what is wrong."""
    path = Path(path)
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise RescueError(tr("{file} is not a kiosk rescue file of Kennisnet.", file=path.name))
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise RescueError(tr("{file} does not exist.", file=path)) from error
    except OSError as error:
        raise RescueError(
            tr("{file} cannot be read: {reason}", file=path.name, reason=error.strerror or error)
        ) from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:  # nested too deeply
        if _SCHEMA_FAMILY.encode() in raw[:4096]:
            raise _damaged(path, tr("incomplete or changed")) from error
        raise RescueError(
            tr("{file} is not a kiosk rescue file of Kennisnet.", file=path.name)
        ) from error
    schema = data.get("schema") if isinstance(data, dict) else None
    if not isinstance(schema, str) or not schema.startswith(_SCHEMA_FAMILY):
        raise RescueError(tr("{file} is not a kiosk rescue file of Kennisnet.", file=path.name))
    if schema != RESCUE_SCHEMA:
        raise RescueError(
            tr(
                "{file} was made with a newer version of Kennisnet. Update Kennisnet to import it.",
                file=path.name,
            )
        )
    assert isinstance(data, dict)
    items = data.get("responses")
    project_id = data.get("project_id")
    if not isinstance(items, list) or not isinstance(project_id, str) or not project_id:
        raise _damaged(path, tr("parts are missing"))
    answers = []
    for number, item in enumerate(items, start=1):
        try:
            if not isinstance(item, dict) or not isinstance(item.get("draft"), dict):
                raise TypeError("not an answer")
            draft = draft_from_json(item["draft"])
            _check_draft(draft)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _damaged(path, tr("answer {number} is not readable", number=number)) from error
        answers.append(RescuedAnswer(str(item.get("name") or ""), draft, bool(item.get("replace"))))
    return RescueFile(path, project_id, str(data.get("project_name") or ""), tuple(answers))


def _check_draft(draft: ResponseDraft) -> None:
    def optional_int(value: object) -> bool:
        return value is None or (isinstance(value, int) and not isinstance(value, bool))

    if not isinstance(draft.uuid, str) or not draft.uuid:
        raise ValueError("no uuid")
    if not isinstance(draft.respondent_id, int) or isinstance(draft.respondent_id, bool):
        raise ValueError("no respondent")
    if not optional_int(draft.wave_id):
        raise ValueError("bad wave")
    if len(set(draft.channels)) != len(draft.channels):
        raise ValueError("a channel twice")
    for nomination in draft.nominations:
        if not optional_int(nomination.source_id):
            raise ValueError("bad source")
        if nomination.source_id is None and not (nomination.written or "").strip():
            raise ValueError("a source without a name")
    texts = (
        draft.channel_other,
        draft.training_which,
        draft.training_when,
        draft.submitted_at,
        draft.language,
        draft.laptop_id,
        *(n.topic for n in draft.nominations),
        *(n.written for n in draft.nominations),
    )
    if not all(text is None or isinstance(text, str) for text in texts):
        raise ValueError("text expected")


def check_rescue(project: Project, path: Path) -> RescueFile:
    """:func:`read_rescue`, and a :class:`RescueError` when the file is of another project."""
    rescue = read_rescue(path)
    if rescue.project_id != project.project_id:
        raise RescueError(
            tr(
                "{file} holds answers for another project ({name}), not for {project}. "
                "Nothing was imported.",
                file=rescue.path.name,
                name=rescue.project_name or rescue.project_id,
                project=project.name,
            )
        )
    return rescue


def waiting_answers(project: Project, path: Path) -> int:
    """How many answers of the rescue file at ``path`` are not yet in ``project`` (0 if none
    or when the file is not usable for this project)."""
    try:
        rescue = check_rescue(project, path)
    except RescueError:
        return 0
    known = project.response_uuids()
    return sum(1 for a in rescue.answers if a.draft.uuid not in known)


def import_rescue(project: Project, path: Path) -> RescueReport:
    """Store the answers of a kiosk rescue file in ``project``; all or nothing.

    Answers already in the project (same UUID) are skipped, so importing twice
    changes nothing. When a person answered more than once, the answer given
    last counts (as when the kiosk itself tries again). Answers of people who
    are no longer on the staff list are left out and named in the report.
    Raises :class:`RescueError` for a file that is foreign, damaged or of
    another project; :class:`kennisnet.store.ProjectError` when writing fails.
    """
    rescue = check_rescue(project, path)
    known = project.response_uuids()
    people = {p.id for p in project.people()}
    in_order = sorted(project.waves(), key=lambda w: w[2])
    waves = {wave_id for wave_id, _name, _start in in_order}
    todo: list[RescuedAnswer] = []
    already = dropped = 0
    skipped: list[str] = []
    seen: set[str] = set()
    for answer in rescue.answers:
        draft = answer.draft
        assert draft.uuid is not None
        if draft.uuid in known or draft.uuid in seen:
            already += 1
            continue
        seen.add(draft.uuid)
        if draft.respondent_id not in people:
            skipped.append(answer.name or "?")
            continue
        if draft.wave_id is not None and draft.wave_id not in waves:
            raise _damaged(rescue.path, tr("a wave is missing"))
        if draft.wave_id is None and draft.submitted_at:
            # The kiosk saves into the wave of the moment: the one that had started when
            # the answer was given (both times are the laptop's UTC).
            draft = replace(draft, wave_id=wave_for(draft.submitted_at, in_order))
        kept = tuple(n for n in draft.nominations if n.source_id is None or n.source_id in people)
        dropped += len(draft.nominations) - len(kept)
        todo.append(replace(answer, draft=replace(draft, nominations=kept)))
    added = replaced = outdated = 0
    with project.transaction():
        for answer in todo:
            draft = answer.draft
            assert draft.respondent_id is not None
            earlier = project.has_answered(draft.respondent_id, draft.wave_id)
            stored = project.add_response(draft, keep_latest=True)
            added += 1
            if earlier:
                if _is_active(project, stored):
                    replaced += 1
                else:
                    outdated += 1
    return RescueReport(
        path=rescue.path,
        added=added,
        already_there=already,
        replaced=replaced,
        outdated=outdated,
        skipped=tuple(skipped),
        dropped_sources=dropped,
    )


def _is_active(project: Project, response_uuid: str) -> bool:
    rows = project.query("SELECT replaced_by FROM responses WHERE uuid = ?", (response_uuid,))
    return bool(rows) and rows[0]["replaced_by"] is None


def report_lines(report: RescueReport) -> list[str]:
    """The report in plain sentences (the CLI prints them; the workspace shows them)."""
    lines = [
        ntr(
            "{count} answer from the kiosk rescue file stored in the project.",
            "{count} answers from the kiosk rescue file stored in the project.",
            report.added,
        )
    ]
    if report.already_there:
        lines.append(
            ntr(
                "{count} was already in the project and was skipped.",
                "{count} were already in the project and were skipped.",
                report.already_there,
            )
        )
    if report.replaced:
        lines.append(
            ntr(
                "{count} replaced an earlier answer of the same person.",
                "{count} replaced an earlier answer of the same person.",
                report.replaced,
            )
        )
    if report.outdated:
        lines.append(
            ntr(
                "{count} was older than an answer the same person gave later; the later "
                "answer counts.",
                "{count} were older than an answer the same person gave later; the later "
                "answer counts.",
                report.outdated,
            )
        )
    if report.skipped:
        lines.append(
            tr(
                "Left out, because they are no longer on the staff list: {names}.",
                names=", ".join(report.skipped),
            )
        )
    if report.dropped_sources:
        lines.append(
            ntr(
                "{count} colleague named is no longer on the staff list and was left out.",
                "{count} colleagues named are no longer on the staff list and were left out.",
                report.dropped_sources,
            )
        )
    return lines
