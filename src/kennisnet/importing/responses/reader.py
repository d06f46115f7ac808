"""One row of a response file into a draft, counting what was read and what is stored."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from kennisnet.i18n import tr
from kennisnet.importing.responses.fields import (
    FieldRef,
    parse_flag,
    parse_frequency,
    parse_training,
)
from kennisnet.importing.responses.forms import ANONYMOUS, ENGLISH_META, TimeReader
from kennisnet.importing.responses.options import (
    ChannelParser,
    Choice,
    channel_labels,
    remembered_options,
)
from kennisnet.importing.roster.fields import header_key
from kennisnet.matching import Match, index_people, normalise, split_names
from kennisnet.model import Channel, Frequency
from kennisnet.questionnaire import CHANNEL_LABELS
from kennisnet.store import NominationDraft, Project, ResponseDraft
from kennisnet.tabular import ERROR, WARNING, Problem, Row, Table

_NAMESPACE = uuid.UUID("6d1c1a44-5d0e-4b8e-9a57-0f3f6c1f2b10")
#: Origin of answers from a Forms export: channels chosen without order.
FORMS_ORIGIN = "forms"
KINDS = ("sources", "channels", "training")


@dataclass(frozen=True, slots=True)
class UnresolvedName:
    """A name that matched nobody or several people; HR decides."""

    written: str
    row: int
    role: str  # "respondent" or "source"
    status: str  # "ambiguous" or "unknown"
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowCount:
    """What one row gave (read) and what its draft holds (stored), per kind."""

    row: int
    read: tuple[int, int, int]  # sources, channel choices, training answers
    stored: tuple[int, int, int]


Cells = Mapping[str, list[tuple[FieldRef, int, str]]]


class RowReader:
    """Turns one row into a draft, noting problems, names to resolve and option readings."""

    def __init__(
        self, project: Project, table: Table, mapping: Mapping[int, FieldRef], fmt: str
    ) -> None:
        self.project = project
        self.table = table
        self.mapping = mapping
        self.ranked = fmt not in ("msforms", "gforms")
        self.origin = "import" if self.ranked else FORMS_ORIGIN
        people = project.people(include_external=False)
        self.index = index_people(people)
        self.emails = {p.email.strip().casefold(): p.id for p in people if p.email}
        self.names = {p.id: p.name for p in project.people()}
        self.parser = ChannelParser(
            channel_labels(project.questionnaire()), remembered_options(project)
        )
        self.problems: list[Problem] = []
        self.unresolved: list[UnresolvedName] = []
        self.decisions: dict[str, tuple[str, int | None] | None] = {}
        self.choices: dict[str, tuple[Choice, int]] = {}
        self.counts: dict[int, RowCount] = {}
        self.time_column: int | None = None
        self.times = TimeReader([])

    def use_times(self, column: int | None) -> None:
        self.time_column = column
        if column is not None:
            values = [
                r.values[column] or ""
                for r in self.table.rows
                if column < len(r.values) and r.values[column]
            ]
            keys = {header_key(h) for h in self.table.headers}
            english = bool(keys & ENGLISH_META) and not keys & {"begintijd", "tijdstempel"}
            self.times = TimeReader(values, english=english)

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
        if "@" in written and written.strip().casefold() in self.emails:
            return self.emails[written.strip().casefold()], True
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

    def cells(self, row: Row) -> dict[str, list[tuple[FieldRef, int, str]]]:
        cols: dict[str, list[tuple[FieldRef, int, str]]] = {}
        for index, ref in sorted(self.mapping.items()):
            value = row.values[index] if index < len(row.values) else None
            if value is None or ref.field == "ignore":
                continue
            if ref.field == "respondent" and normalise(value) in ANONYMOUS:
                continue
            cols.setdefault(ref.field, []).append((ref, index, value))
        return cols

    def read(self, row: Row) -> ResponseDraft | None:
        cols = self.cells(row)
        respondent_cells = cols.get("respondent", [])
        if not respondent_cells:
            if set(cols) - {"respondent"}:
                self._problem(
                    row.number,
                    None,
                    tr("Row {row}: there are answers but no respondent.", row=row.number),
                )
            return None
        written: str = respondent_cells[0][2]
        respondent_id, keep = self.resolve(written, row.number, "respondent")
        for _, _, alternative in respondent_cells[1:]:
            if respondent_id is None and alternative:
                # The e-mail did not match; the name column may (Microsoft Forms).
                other_id, _ = self.resolve_quietly(alternative)
                if other_id is not None:
                    self.unresolved = [u for u in self.unresolved if u.row != row.number]
                    respondent_id, keep = other_id, True
                    written = alternative
        read_sources = sum(
            len(split_names(v, self.index)) if ref.number is None else 1
            for ref, _, v in cols.get("source", [])
        )
        read_choices = sum(len(self.parser.split(v)) for _, _, v in cols.get("channels", []))
        read_training = len(cols.get("training", [])[:1])
        read = (read_sources, read_choices, read_training)
        if not keep:
            self._problem(
                row.number,
                None,
                tr(
                    'Row {row}: "{name}" was set aside earlier (a name decision); this row is '
                    "not imported.",
                    row=row.number,
                    name=written,
                ),
                WARNING,
            )
            self.counts[row.number] = RowCount(row.number, read, (0, 0, 0))
            return None
        nominations = self._nominations(row, cols, respondent_id)
        channels, other = self._channels(row, cols)
        training = None
        for _, index, value in cols.get("training", [])[:1]:
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
        submitted = self._time(row)
        named = [c for c in channels if c is not Channel.OTHER]
        stored_choices = len(named) + max(len(other), int(Channel.OTHER in channels))
        stored = (len(nominations), stored_choices, int(training is not None))
        self.counts[row.number] = RowCount(row.number, read, stored)
        values = row.values
        # The identity: the row as written and how it was read (columns and ways), so that
        # the same file read the same way is the same answer, and a new reading of it
        # (another --map or --option) is a new answer that replaces the earlier one.
        reading = repr(
            (
                sorted((i, str(ref)) for i, ref in self.mapping.items()),
                [c.value for c in channels],
                sorted(other),
            )
        )
        key = "|".join(
            [self.project.project_id, normalise(written)] + [v or "" for v in values] + [reading]
        )
        return ResponseDraft(
            respondent_id=respondent_id,
            respondent_written=None if respondent_id is not None else written,
            nominations=tuple(nominations),
            more_sources=parse_flag(first.get("more_sources", "")),
            channels=tuple(channels),
            channel_other="; ".join(other) or None,
            training=training,
            training_which=first.get("training_which"),
            training_when=first.get("training_when"),
            origin=self.origin,
            uuid=str(uuid.uuid5(_NAMESPACE, hashlib.sha256(key.encode()).hexdigest())),
            submitted_at=submitted,
        )

    def resolve_quietly(self, written: str) -> tuple[int | None, bool]:
        found = self.index.match(written)
        if found.status == "unique" and found.person_id is not None:
            return found.person_id, True
        return None, True

    def _time(self, row: Row) -> str | None:
        column = self.time_column
        if column is None or column >= len(row.values) or not row.values[column]:
            return None
        text = row.values[column] or ""
        moment = self.times.read(text)
        if moment is None:
            self._problem(
                row.number,
                column,
                tr(
                    'Row {row}: "{value}" is not a date and time; the import time is used.',
                    row=row.number,
                    value=text,
                ),
                WARNING,
            )
        return moment

    def _nominations(self, row: Row, cols: Cells, me: int | None) -> list[NominationDraft]:
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
                    self._problem(
                        row.number,
                        index,
                        tr(
                            'Row {row}: "{name}" was set aside earlier (a name decision); '
                            "left out.",
                            row=row.number,
                            name=written,
                        ),
                        WARNING,
                    )
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

    def _channels(self, row: Row, cols: Cells) -> tuple[list[Channel], list[str]]:
        channels: list[Channel] = []
        other: list[str] = []
        for _, index, value in cols.get("channels", []):
            for choice in self.parser.parse(value):
                key = normalise(choice.text)
                seen, count = self.choices.get(key, (choice, 0))
                self.choices[key] = (seen, count + 1)
                channel = choice.channel
                if channel is Channel.OTHER and choice.how == "remembered":
                    other.append(choice.text)  # HR said: this option means "other"
                if channel is None:
                    other.append(choice.text)
                    channel = Channel.OTHER
                    self._problem(
                        row.number,
                        index,
                        tr(
                            'Row {row}: "{value}" is not one of the listed ways; stored as '
                            '"other".',
                            row=row.number,
                            value=choice.text,
                        ),
                        WARNING,
                    )
                if channel in channels:
                    if channel is not Channel.OTHER:
                        self._problem(
                            row.number,
                            index,
                            tr(
                                'Row {row}: "{value}" means the same way as an earlier choice; '
                                "counted once.",
                                row=row.number,
                                value=choice.text,
                            ),
                            WARNING,
                        )
                    continue
                channels.append(channel)
        if self.ranked and len(channels) > 3:
            self._problem(
                row.number,
                None,
                tr(
                    "Row {row}: more than 3 ways were ranked; the first 3 are used, {left} "
                    "is left out.",
                    row=row.number,
                    left=", ".join(tr(CHANNEL_LABELS[c]) for c in channels[3:]),
                ),
                WARNING,
            )
            channels = channels[:3]
        return channels, other


__all__ = ["FORMS_ORIGIN", "KINDS", "RowCount", "RowReader", "UnresolvedName"]
