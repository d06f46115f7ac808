"""Import responses from the template, a Microsoft Forms or a Google Forms export.

All rows or none: rows with errors stop the whole import. Names are matched to
the roster; a name that is ambiguous or unknown is never guessed: it is stored
as written and listed for HR to resolve (``kennisnet resolve``, or the GUI).
Importing the same file twice changes nothing (each row gets a stable UUID).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kennisnet.i18n import N_, tr
from kennisnet.matching import Match, index_people, normalise, split_names
from kennisnet.model import Channel, Frequency
from kennisnet.responses.fields import (
    ChannelParser,
    FieldRef,
    channel_labels,
    detect_format,
    guess_mapping,
    looks_like_response_header,
    parse_flag,
    parse_frequency,
    parse_training,
)
from kennisnet.roster.fields import header_key
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.tabular import (
    ERROR,
    WARNING,
    NoHeaderRow,
    Problem,
    Row,
    Table,
    TableError,
    read_table,
)

_NAMESPACE = uuid.UUID("6d1c1a44-5d0e-4b8e-9a57-0f3f6c1f2b10")
FORMAT_NAMES = {
    "template": N_("the Kennisnet template"),
    "msforms": "Microsoft Forms",
    "gforms": "Google Forms",
}


class ResponseImportError(Exception):
    """Nothing was imported; ``plan`` (when there is one) lists the problems row by row."""

    def __init__(self, message: str, plan: ResponsePlan | None = None) -> None:
        super().__init__(message)
        self.plan = plan


@dataclass(frozen=True, slots=True)
class UnresolvedName:
    """A name that matched nobody or several people; HR decides."""

    written: str
    row: int
    role: str  # "respondent" or "source"
    status: str  # "ambiguous" or "unknown"
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResponsePlan:
    description: str
    format: str
    headers: tuple[str, ...]
    mapping: Mapping[int, FieldRef]
    drafts: tuple[tuple[int, ResponseDraft], ...]
    problems: tuple[Problem, ...]
    unresolved: tuple[UnresolvedName, ...] = field(default_factory=tuple)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)

    def mapping_text(self) -> list[tuple[str, str]]:
        return [(self.headers[i], str(ref)) for i, ref in sorted(self.mapping.items())]


@dataclass(frozen=True, slots=True)
class ResponseReport:
    plan: ResponsePlan
    added: int
    already_there: int
    replaced: int


def _parse_mapping(
    headers: tuple[str, ...], override: Mapping[str, str] | None
) -> tuple[dict[int, FieldRef], list[str]]:
    mapping: dict[int, FieldRef] = {}
    errors: list[str] = []
    for header, target in (override or {}).items():
        wanted = header_key(header)
        index = next((i for i, h in enumerate(headers) if header_key(h) == wanted), None)
        if index is None and header.strip().isdigit() and 0 < int(header) <= len(headers):
            index = int(header) - 1
        if index is None:
            errors.append(
                tr(
                    'The file has no column "{column}". Its columns are: {columns}.',
                    column=header,
                    columns=", ".join(f'"{h}"' for h in headers if h),
                )
            )
            continue
        try:
            mapping[index] = FieldRef.parse(target)
        except ValueError:
            errors.append(
                tr(
                    '"{target}" is not a response field. Use respondent, source, source N, '
                    "frequency N, topic N, channels, training, training_which, training_when, "
                    "more_sources or ignore.",
                    target=target,
                )
            )
    return mapping, errors


class _RowReader:
    """Turns one row into a draft, noting problems and names to resolve."""

    def __init__(self, project: Project, table: Table, mapping: Mapping[int, FieldRef]) -> None:
        self.project = project
        self.table = table
        self.mapping = mapping
        self.index = index_people(project.people(include_external=False))
        self.names = {p.id: p.name for p in project.people()}
        self.channel_parser = ChannelParser(channel_labels(project.questionnaire()))
        self.problems: list[Problem] = []
        self.unresolved: list[UnresolvedName] = []
        self.decisions: dict[str, tuple[str, int | None] | None] = {}

    def _problem(self, row: int, column: int | None, text: str, severity: str = ERROR) -> None:
        header = self.table.headers[column] if column is not None else None
        self.problems.append(Problem(row, header, text, severity))

    def _decision(self, written: str) -> tuple[str, int | None] | None:
        key = normalise(written)
        if key not in self.decisions:
            self.decisions[key] = self.project.name_decision(written)
        return self.decisions[key]

    def resolve(self, written: str, row: int, role: str) -> tuple[int | None, bool]:
        """(person id or None, keep): a unique match, an earlier decision, or pending."""
        found: Match = self.index.match(written)
        if found.status == "unique" and found.person_id is not None:
            return found.person_id, True
        decision = self._decision(written)
        if decision is not None:
            kind, person_id = decision
            if kind == "drop":
                return None, False
            return person_id, True
        self.unresolved.append(
            UnresolvedName(
                written,
                row,
                role,
                found.status,
                tuple(self.names.get(c, "?") for c in found.candidates),
            )
        )
        return None, True

    def read(self, row: Row) -> ResponseDraft | None:
        values = row.values
        cols: dict[str, list[tuple[FieldRef, int, str]]] = {}
        for index, ref in self.mapping.items():
            value = values[index] if index < len(values) else None
            if value is not None and ref.field != "ignore":
                cols.setdefault(ref.field, []).append((ref, index, value))
        respondent_cells = cols.get("respondent", [])
        if not respondent_cells:
            if cols:
                self._problem(
                    row.number,
                    None,
                    tr("Row {row}: there are answers but no respondent.", row=row.number),
                )
            return None
        _, _resp_col, written = respondent_cells[0]
        respondent_id, keep = self.resolve(written, row.number, "respondent")
        if not keep:
            return None
        nominations = self._nominations(row, cols, respondent_id)
        channels, other = self._channels(row, cols)
        training = None
        for _, index, value in cols.get("training", []):
            try:
                training = parse_training(value)
            except ValueError:
                self._problem(
                    row.number,
                    index,
                    tr(
                        'Row {row}: "{value}" is not an answer to the training question. '
                        "Use ja/nee/weet niet or yes/no/don't know.",
                        row=row.number,
                        value=value,
                    ),
                )
        first = {f: cells[0][2] for f, cells in cols.items()}
        key = "|".join([self.project.project_id, normalise(written)] + [v or "" for v in values])
        return ResponseDraft(
            respondent_id=respondent_id,
            respondent_written=None if respondent_id is not None else written,
            nominations=tuple(nominations),
            more_sources=parse_flag(first.get("more_sources", "")),
            channels=tuple(channels),
            channel_other=other,
            training=training,
            training_which=first.get("training_which"),
            training_when=first.get("training_when"),
            origin="import",
            uuid=str(uuid.uuid5(_NAMESPACE, hashlib.sha256(key.encode()).hexdigest())),
        )

    def _nominations(
        self, row: Row, cols: Mapping[str, list[tuple[FieldRef, int, str]]], me: int | None
    ) -> list[NominationDraft]:
        freqs: dict[int, Frequency | None] = {}
        for ref, index, value in cols.get("frequency", []):
            try:
                freqs[ref.number or 1] = parse_frequency(value)
            except ValueError:
                self._problem(
                    row.number,
                    index,
                    tr(
                        'Row {row}: "{value}" is not a frequency. Use dagelijks, wekelijks, '
                        "maandelijks or minder vaak (daily, weekly, monthly, less).",
                        row=row.number,
                        value=value,
                    ),
                )
        topics = {ref.number or 1: value for ref, _, value in cols.get("topic", [])}
        drafts: list[NominationDraft] = []
        seen: set[object] = set()
        for ref, index, value in sorted(cols.get("source", []), key=lambda c: c[0].number or 0):
            names = split_names(value, self.index) if ref.number is None else [value]
            for written in names:
                source_id, keep = self.resolve(written, row.number, "source")
                if not keep:
                    continue
                if source_id is not None and source_id == me:
                    self._problem(
                        row.number,
                        index,
                        tr("Row {row}: the respondent named themselves; left out.", row=row.number),
                        WARNING,
                    )
                    continue
                identity: object = source_id if source_id is not None else normalise(written)
                if identity in seen:
                    self._problem(
                        row.number,
                        index,
                        tr(
                            'Row {row}: "{name}" is named twice; counted once.',
                            row=row.number,
                            name=written,
                        ),
                        WARNING,
                    )
                    continue
                seen.add(identity)
                number = ref.number or 1
                drafts.append(
                    NominationDraft(
                        source_id=source_id,
                        written=None if source_id is not None else written,
                        frequency=freqs.get(number) if ref.number else None,
                        topic=topics.get(number) if ref.number else None,
                    )
                )
        return drafts

    def _channels(
        self, row: Row, cols: Mapping[str, list[tuple[FieldRef, int, str]]]
    ) -> tuple[list[Channel], str | None]:
        channels: list[Channel] = []
        other: list[str] = []
        for _, index, value in cols.get("channels", []):
            found, unknown = self.channel_parser.parse(value)
            channels += [c for c in found if c not in channels]
            if unknown:
                other += unknown
                if Channel.OTHER not in channels:
                    channels.append(Channel.OTHER)
                self._problem(
                    row.number,
                    index,
                    tr(
                        'Row {row}: "{value}" is not one of the listed ways; counted as "other".',
                        row=row.number,
                        value="; ".join(unknown),
                    ),
                    WARNING,
                )
        if len(channels) > 3:
            self._problem(
                row.number,
                None,
                tr(
                    "Row {row}: more than 3 ways were chosen; the first 3 are used.", row=row.number
                ),
                WARNING,
            )
            channels = channels[:3]
        return channels, "; ".join(other) or None


def plan_responses(
    project: Project,
    path: Path,
    *,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ResponsePlan:
    """Read, map and check a response file without writing anything."""
    wanted = {header_key(h) for h in (mapping or {})}

    def is_header(cells: Sequence[str]) -> bool:
        return looks_like_response_header(cells) or bool(wanted & {header_key(c) for c in cells})

    try:
        try:
            table = read_table(Path(path), is_header=is_header)
        except NoHeaderRow:
            table = read_table(Path(path))  # the report names the columns that are there
    except TableError as error:
        raise ResponseImportError(str(error)) from error
    found_format = fmt or detect_format(table.headers)
    guessed = guess_mapping(table.headers, found_format)
    explicit, errors = _parse_mapping(table.headers, mapping)
    guessed.update(explicit)
    problems = list(table.problems) + [Problem(None, None, e, ERROR) for e in errors]
    if not any(r.field == "respondent" for r in guessed.values()):
        problems.append(
            Problem(
                None,
                None,
                tr(
                    "No column says who answered. Map one with --map "
                    '"<column>=respondent". The columns are: {columns}.',
                    columns=", ".join(f'"{h}"' for h in table.headers if h),
                ),
                ERROR,
            )
        )
    if not problems or all(p.severity != ERROR for p in problems):
        reader = _RowReader(project, table, guessed)
        drafts: list[tuple[int, ResponseDraft]] = []
        first_row: dict[object, int] = {}
        for row in table.rows:
            draft = reader.read(row)
            if draft is None:
                continue
            who: object = draft.respondent_id or normalise(draft.respondent_written or "")
            if who in first_row:
                reader.problems.append(
                    Problem(
                        row.number,
                        None,
                        tr(
                            "Row {row}: this person also answered in row {first}; the later "
                            "answer (row {row}) is used.",
                            row=row.number,
                            first=first_row[who],
                        ),
                        WARNING,
                    )
                )
                drafts = [(n, d) for n, d in drafts if n != first_row[who]]
            first_row[who] = row.number
            drafts.append((row.number, draft))
        problems += reader.problems
        unresolved = tuple(reader.unresolved)
    else:
        drafts, unresolved = [], ()
    return ResponsePlan(
        description=table.description,
        format=found_format,
        headers=table.headers,
        mapping=guessed,
        drafts=tuple(drafts),
        problems=tuple(problems),
        unresolved=unresolved,
    )


def import_responses(
    project: Project,
    path: Path,
    *,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
    wave_id: int | None = None,
) -> ResponseReport:
    """Import every response of a file, or none when any row has an error."""
    plan = plan_responses(project, path, fmt=fmt, mapping=mapping)
    if plan.errors:
        raise ResponseImportError(
            tr(
                "The responses were not imported: {count} problem(s) must be fixed first.",
                count=len(plan.errors),
            ),
            plan,
        )
    if not plan.drafts:
        raise ResponseImportError(tr("The file has no responses in it."), plan)
    known = project.response_uuids()
    wave = wave_id or project.current_wave_id()
    added = already = replaced = 0
    with project.transaction():
        for _, given in plan.drafts:
            draft = project.in_wave(given, wave)  # a duplicate is the same answer in the same wave
            if draft.uuid in known:
                already += 1
                continue
            exists = draft.respondent_id is not None and project.has_answered(
                draft.respondent_id, draft.wave_id
            )
            project.add_response(draft, replace=True)
            known.add(str(draft.uuid))
            replaced += int(exists)
            added += 1
        project.audit(
            "responses_imported",
            file=Path(path).name,
            format=plan.format,
            added=added,
            replaced=replaced,
            pending=len(plan.unresolved),
        )
    return ResponseReport(plan, added, already, replaced)


__all__ = [
    "FORMAT_NAMES",
    "ResponseImportError",
    "ResponsePlan",
    "ResponseReport",
    "UnresolvedName",
    "import_responses",
    "plan_responses",
]
