"""Merge the responses of other laptops' project files into this one.

Responses are deduplicated by their UUID within their wave, so merging the
same file twice changes nothing, and an answer keeps its wave. When one person
answered on two laptops, the answer submitted last counts and the conflict is
reported. People are matched by their roster identity (the same roster row),
then employee number, then name; anyone not matched is kept as a written name
for HR to resolve.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.matching import normalise
from kennisnet.model import Person
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.store.erasure import read_without


@dataclass(frozen=True, slots=True)
class MergeReport:
    files: tuple[str, ...]
    added: int = 0
    already_there: int = 0
    conflicts: tuple[str, ...] = ()
    unmatched_names: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


class _PeopleMap:
    def __init__(self, ours: Sequence[Person]) -> None:
        self.by_uid = {p.uid: p.id for p in ours}
        self.by_number = {p.employee_number.casefold(): p.id for p in ours if p.employee_number}
        names: dict[str, list[int]] = {}
        for p in ours:
            if not p.external:
                names.setdefault(normalise(p.name), []).append(p.id)
        self.by_name = {k: v[0] for k, v in names.items() if len(v) == 1}

    def find(self, person: Person) -> int | None:
        if person.uid in self.by_uid:
            return self.by_uid[person.uid]
        if person.employee_number and person.employee_number.casefold() in self.by_number:
            return self.by_number[person.employee_number.casefold()]
        if person.external:
            return None
        return self.by_name.get(normalise(person.name))


def merge_projects(project: Project, others: Sequence[Path]) -> MergeReport:
    """Merge every other file's responses into ``project``; each file all or nothing."""
    added = already = 0
    conflicts: list[str] = []
    unmatched: set[str] = set()
    notes: list[str] = []
    for other_path in others:
        if Path(other_path).resolve() == project.path.resolve():
            notes.append(tr("{file} is this project itself; skipped.", file=other_path))
            continue
        # Only read; anyone erased from this project is erased from what is read.
        with read_without(Path(other_path), project.erased_uids()) as other:
            if other.questionnaire().to_json() != project.questionnaire().to_json():
                notes.append(
                    tr(
                        "The questionnaire in {file} differs from this project's; its answers "
                        "were merged all the same.",
                        file=Path(other_path).name,
                    )
                )
            people = _PeopleMap(project.people())
            theirs = {p.id: p for p in other.people()}

            def anonymous(person: Person, people: _PeopleMap = people) -> int:
                """An anonymous node of the other file (someone erased there): one here too,
                never a name for HR to resolve."""
                found = people.by_uid.get(person.uid)
                if found is None:
                    count = sum(p.external and p.name.startswith("#") for p in project.people())
                    found = project.add_person(
                        name="#" + tr("Removed person {n}", n=count + 1),
                        external=True,
                        uid=person.uid,
                    )
                    people.by_uid[person.uid] = found
                return found

            known = project.response_waves()
            waves = {name.casefold(): wid for wid, name, _ in project.waves()}
            started = {name.casefold(): start for _, name, start in other.waves()}
            added_here = 0
            with project.transaction():
                for wave_name, draft in other.stored_responses():
                    # An answer keeps its wave: it is already here only when it is here
                    # in the same wave.
                    if draft.uuid in known and known[draft.uuid] == waves.get(wave_name.casefold()):
                        already += 1
                        continue
                    wave_id = waves.get(wave_name.casefold())
                    if wave_id is None:
                        # A wave only the other laptop has: added, but the current wave
                        # of this project stays what HR chose.
                        wave_id = project.add_wave(
                            wave_name,
                            make_current=False,
                            started_at=started.get(wave_name.casefold()),
                        )
                        waves[wave_name.casefold()] = wave_id
                        notes.append(
                            tr(
                                'The answers of the wave "{wave}" in {file} were added as a '
                                "wave of their own; this project's current wave did not change.",
                                wave=wave_name,
                                file=Path(other_path).name,
                            )
                        )
                    if draft.uuid in known:
                        # Stored here in another wave (a file from before answers had
                        # an identity per wave): a new answer of this wave.
                        here = project.wave_identity(str(draft.uuid), wave_id)
                        draft = replace(draft, uuid=here)
                        if known.get(here) == wave_id:
                            already += 1
                            continue
                    mapped = _map_draft(draft, theirs, people, unmatched, anonymous)
                    if mapped.respondent_id is not None and project.has_answered(
                        mapped.respondent_id, wave_id
                    ):
                        person = project.person(mapped.respondent_id)
                        conflicts.append(
                            tr(
                                "{name} answered on more than one laptop; the answer submitted "
                                "last counts.",
                                name=person.name if person else "?",
                            )
                        )
                    project.add_response(replace(mapped, wave_id=wave_id), keep_latest=True)
                    known[str(mapped.uuid)] = wave_id
                    added_here += 1
                project.audit("merged", file=Path(other_path).name, added=added_here)
            added += added_here
    return MergeReport(
        files=tuple(str(p) for p in others),
        added=added,
        already_there=already,
        conflicts=tuple(conflicts),
        unmatched_names=tuple(sorted(unmatched)),
        notes=tuple(notes),
    )


def _map_draft(
    draft: ResponseDraft,
    theirs: dict[int, Person],
    people: _PeopleMap,
    unmatched: set[str],
    anonymous: Callable[[Person], int],
) -> ResponseDraft:
    def person_ref(pid: int | None, written: str | None) -> tuple[int | None, str | None]:
        if pid is None:
            return None, written
        person = theirs[pid]
        if person.external and person.name.startswith("#"):
            return anonymous(person), None
        ours = people.find(person)
        if ours is None:
            unmatched.add(person.name)
            return None, person.name
        return ours, None

    respondent_id, respondent_written = person_ref(draft.respondent_id, draft.respondent_written)
    nominations = []
    for n in draft.nominations:
        source_id, written = person_ref(n.source_id, n.written)
        nominations.append(NominationDraft(source_id, written, n.frequency, n.topic))
    return replace(
        draft,
        respondent_id=respondent_id,
        respondent_written=respondent_written,
        nominations=tuple(nominations),
        # Forms answers keep their origin: their channels were chosen without order.
        origin="forms" if draft.origin == "forms" else "merge",
    )
