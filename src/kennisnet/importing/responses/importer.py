"""Import responses from the template, a Microsoft Forms or a Google Forms export.

All rows or none: rows with errors stop the whole import. Names are matched to
the roster; a name that is ambiguous or unknown is never guessed: it is stored
as written and listed for HR to resolve (``kennisnet resolve``, or the GUI).
Importing the same file twice changes nothing (each row gets a stable UUID).
An import that would replace earlier answers says whose, and needs
``replace_earlier``. A file without answer columns (a staff list …) is refused.
Forms answers carry their answer time; with several waves each row goes to the
wave that had started when it was answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from kennisnet.i18n import N_, ntr, tr
from kennisnet.importing.responses.fields import (
    ANSWER_FIELDS,
    FieldRef,
    detect_format,
    guess_mapping,
    looks_like_response_header,
)
from kennisnet.importing.responses.forms import (
    GOOGLE_META,
    MS_META,
    is_quiz_column,
    time_column,
    wave_for,
)
from kennisnet.importing.responses.options import Choice, remember_options
from kennisnet.importing.responses.reader import KINDS, RowCount, RowReader, UnresolvedName
from kennisnet.importing.roster.fields import field_for_header, header_key
from kennisnet.matching import normalise
from kennisnet.model import Channel
from kennisnet.questionnaire import CHANNEL_LABELS
from kennisnet.store import Project, ResponseDraft
from kennisnet.tabular import (
    ERROR,
    WARNING,
    NoHeaderRow,
    Problem,
    Table,
    TableError,
    read_table,
)

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
class Replacement:
    """An answer in the file that would replace an earlier answer of the same person."""

    row: int
    name: str
    wave: str


@dataclass(frozen=True, slots=True)
class ResponsePlan:
    description: str
    format: str
    headers: tuple[str, ...]
    mapping: Mapping[int, FieldRef]
    drafts: tuple[tuple[int, ResponseDraft], ...]
    problems: tuple[Problem, ...]
    unresolved: tuple[UnresolvedName, ...] = field(default_factory=tuple)
    #: What every row gave and what its draft holds (rows replaced later in the file too).
    counts: tuple[RowCount, ...] = ()
    #: Every distinct channel choice in the file, how it was read, and how often it occurs.
    choices: tuple[tuple[Choice, int], ...] = ()
    #: (wave id, wave name, rows) for every wave that gets rows.
    waves: tuple[tuple[int, str, int], ...] = ()
    replacing: tuple[Replacement, ...] = ()
    #: True when the rows were split over waves by their answer time.
    split_by_time: bool = False
    #: The column whose Forms time is kept as the answer time.
    time_column: int | None = None
    #: Option texts read by their words, for HR to check (the CLI prints them; the app
    #: shows them in its options table).
    option_notes: tuple[Problem, ...] = ()
    #: Why the file is not a response file at all (a staff list …), or None.
    refusal: str | None = None
    #: Rows whose answer is already in the project, read the same way (nothing new to store).
    already: frozenset[int] = frozenset()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)

    @property
    def ranked(self) -> bool:
        """Channels were ranked by the respondent (the template), not just chosen (Forms)."""
        return self.format not in ("msforms", "gforms")

    def mapping_text(self) -> list[tuple[str, str]]:
        return [(self.headers[i], str(ref)) for i, ref in sorted(self.mapping.items())]

    def tally(self) -> dict[str, tuple[int, int]]:
        """Per kind ("sources", "channels", "training"): (read in the file, to be stored).

        Rows already in the project store nothing new; they are not counted as stored.
        """
        kept = {number for number, _ in self.drafts} - self.already
        out: dict[str, tuple[int, int]] = {}
        for i, kind in enumerate(KINDS):
            read = sum(c.read[i] for c in self.counts)
            stored = sum(c.stored[i] for c in self.counts if c.row in kept)
            out[kind] = (read, stored)
        return out

    def differences(self) -> list[tuple[int, Problem | None]]:
        """Rows where something read is not stored, each with the lines saying why.

        Rows already in the project are left out here (the tally says how many there are).
        """
        kept = {number for number, _ in self.drafts}
        lines: dict[int, list[Problem]] = {}
        for problem in self.problems:
            if problem.row is not None:
                lines.setdefault(problem.row, []).append(problem)
        out: list[tuple[int, Problem | None]] = []
        for count in self.counts:
            if count.row in self.already:
                continue
            stored = count.stored if count.row in kept else (0, 0, 0)
            if stored == count.read:
                continue
            reasons = lines.get(count.row, [])
            out += [(count.row, p) for p in reasons] or [(count.row, None)]
        return out


@dataclass(frozen=True, slots=True)
class ResponseReport:
    plan: ResponsePlan
    added: int
    already_there: int
    replaced: int
    #: (wave name, answers added) per wave that got answers.
    per_wave: tuple[tuple[str, int], ...] = ()


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


def _read(path: Path, wanted: set[str]) -> Table:
    def is_header(cells: Sequence[str]) -> bool:
        return looks_like_response_header(cells) or bool(wanted & {header_key(c) for c in cells})

    try:
        try:
            return read_table(Path(path), is_header=is_header)
        except NoHeaderRow:
            return read_table(Path(path))  # the report names the columns that are there
    except TableError as error:
        raise ResponseImportError(str(error)) from error


def _columns(headers: Sequence[str]) -> str:
    return ", ".join(f'"{h}"' for h in headers if h)


def _no_answers(headers: Sequence[str]) -> str:
    """Why a file without answer columns is refused, saying what it looks like."""
    roster = [h for h in headers if field_for_header(h) not in (None, "training")]
    if len(roster) >= 2:
        return tr(
            "This file looks like a staff list (columns {columns}), not answers to the "
            "survey: it has no column with colleagues, ways to solve a problem or training. "
            "Nothing was imported. A staff list is imported under Staff list (kennisnet "
            "roster).",
            columns=_columns(roster[:5]),
        )
    return tr(
        "This file has no column with answers (colleagues, ways to solve a problem, "
        "training), so it is not a response file. Nothing was imported. Its columns are: "
        "{columns}. If a column does hold answers, map it with --map "
        '"<column>=source" (or channels, training).',
        columns=_columns(headers),
    )


def plan_responses(
    project: Project,
    path: Path,
    *,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
    options: Mapping[str, Channel] | None = None,
    wave_id: int | None = None,
) -> ResponsePlan:
    """Read, map and check a response file without writing anything.

    ``options`` maps option texts of HR's own form to channels (on top of the
    ones remembered for the project). ``wave_id`` puts every row in that wave;
    without it a Forms file with answer times is split over the waves.
    """
    table = _read(path, {header_key(h) for h in (mapping or {})})
    found_format = fmt or detect_format(table.headers)
    guessed = guess_mapping(table.headers, found_format)
    explicit, errors = _parse_mapping(table.headers, mapping)
    guessed.update(explicit)
    problems = list(table.problems) + [Problem(None, None, e, ERROR) for e in errors]
    fields = {r.field for r in guessed.values()}
    refusal = None if fields & ANSWER_FIELDS else _no_answers(table.headers)
    if refusal is not None:
        problems.append(Problem(None, None, refusal, ERROR))
    elif "respondent" not in fields:
        problems.append(
            Problem(
                None,
                None,
                tr(
                    "No column says who answered. Map one with --map "
                    '"<column>=respondent". The columns are: {columns}.',
                    columns=_columns(table.headers),
                ),
                ERROR,
            )
        )
    if refusal is None:
        problems += _unused_columns(table.headers, guessed, found_format)
    base = dict(
        description=table.description,
        format=found_format,
        headers=table.headers,
        mapping=guessed,
    )
    if any(p.severity == ERROR for p in problems):
        return ResponsePlan(
            drafts=(),
            problems=tuple(problems),
            refusal=refusal,
            **base,  # type: ignore[arg-type]
        )
    reader = RowReader(project, table, guessed, found_format)
    if options:
        reader.parser.remembered.update({normalise(k): v for k, v in options.items()})
    forms = found_format in ("msforms", "gforms")
    reader.use_times(time_column(table.headers) if forms else None)
    waves = project.waves()
    names = {w[0]: w[1] for w in waves}
    split = wave_id is None and forms and len(waves) > 1 and reader.time_column is not None
    fixed = wave_id or project.current_wave_id()
    starts = sorted(((w, n, _local_time(s)) for w, n, s in waves), key=lambda w: w[2])
    drafts: list[tuple[int, ResponseDraft]] = []
    first_row: dict[object, int] = {}
    for row in table.rows:
        draft = reader.read(row)
        if draft is None:
            continue
        wave = wave_for(draft.submitted_at, starts) if split and draft.submitted_at else fixed
        # A duplicate is the same answer in the same wave: the identity includes the wave.
        draft = project.in_wave(replace(draft, wave_id=wave))
        who: object = (
            draft.respondent_id or normalise(draft.respondent_written or ""),
            wave,
        )
        if who in first_row:
            reader.problems.append(
                Problem(
                    row.number,
                    None,
                    tr(
                        "Row {row}: this person also answered in row {first}; the later "
                        "answer (row {row}) is used, row {first} is not imported.",
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
    if split and reader.times.ambiguous:
        problems.append(
            Problem(
                None,
                None,
                tr(
                    "The answer times do not say whether they are day-month or month-day; "
                    "they were read as day-month. Check the split over the waves below."
                ),
                WARNING,
            )
        )
    per_wave = Counter(d.wave_id for _, d in drafts)
    known = project.response_uuids()
    return ResponsePlan(
        already=frozenset(n for n, d in drafts if d.uuid in known),
        drafts=tuple(drafts),
        problems=tuple(problems),
        unresolved=tuple(reader.unresolved),
        counts=tuple(reader.counts.values()),
        choices=tuple(sorted(reader.choices.values(), key=lambda c: -c[1])),
        waves=tuple((w, names.get(w, str(w)), n) for w, n in sorted(per_wave.items()) if w),
        replacing=tuple(_replacements(project, drafts, names, known)),
        split_by_time=split,
        time_column=reader.time_column,
        option_notes=tuple(_choice_lines(reader.choices.values())),
        **base,  # type: ignore[arg-type]
    )


def _local_time(started: str) -> str:
    """A wave's start (stored in UTC) as this laptop's wall-clock time, like a Forms time."""
    moment = datetime.fromisoformat(started)
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _unused_columns(
    headers: Sequence[str], mapping: Mapping[int, FieldRef], fmt: str
) -> list[Problem]:
    """A line for every column that is not read, so no answer is left out unsaid."""
    forms = fmt in ("msforms", "gforms")
    meta = MS_META if fmt == "msforms" else GOOGLE_META if fmt == "gforms" else set()
    when = time_column(headers) if forms else None
    out = []
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key or index in mapping or index == when or key in meta:
            continue
        if forms and is_quiz_column(header):
            continue
        out.append(
            Problem(
                None,
                header,
                tr(
                    'Column "{column}" was not read: Kennisnet does not know which question '
                    'it is. If it holds answers, say so with --map "{column}=source 1" (or '
                    "channels, training, …).",
                    column=header,
                ),
                WARNING,
            )
        )
    return out


def _choice_lines(choices: object) -> list[Problem]:
    out = []
    for choice, count in choices:  # type: ignore[attr-defined]
        if choice.how != "words" or choice.channel is None:
            continue
        out.append(
            Problem(
                None,
                None,
                tr(
                    'The answer "{text}" ({count}×) is not worded as in the questionnaire; it '
                    'was read as "{channel}" by its words. If that is wrong, say what it '
                    'means: --option "{text}=<way>" (remembered for this project).',
                    text=choice.text,
                    count=count,
                    channel=tr(CHANNEL_LABELS[choice.channel]),
                ),
                WARNING,
            )
        )
    return out


def _replacements(
    project: Project,
    drafts: Sequence[tuple[int, ResponseDraft]],
    waves: Mapping[int, str],
    known: set[str],
) -> list[Replacement]:
    out = []
    for number, draft in drafts:
        if draft.uuid in known or draft.respondent_id is None:
            continue
        if project.has_answered(draft.respondent_id, draft.wave_id):
            person = project.person(draft.respondent_id)
            wave = waves.get(draft.wave_id or 0, "")
            out.append(Replacement(number, person.name if person else "?", wave))
    return out


def import_responses(
    project: Project,
    path: Path,
    *,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
    options: Mapping[str, Channel] | None = None,
    wave_id: int | None = None,
    replace_earlier: bool = False,
) -> ResponseReport:
    """Import every response of a file, or none when any row has an error.

    Answers that would replace earlier answers of the same people are only
    stored with ``replace_earlier``; otherwise nothing is imported.
    """
    plan = plan_responses(project, path, fmt=fmt, mapping=mapping, options=options, wave_id=wave_id)
    if plan.errors:
        count = len(plan.errors)
        raise ResponseImportError(
            ntr(
                "The responses were not imported: {count} problem must be fixed first.",
                "The responses were not imported: {count} problems must be fixed first.",
                count,
            ),
            plan,
        )
    if not plan.drafts:
        raise ResponseImportError(tr("The file has no responses in it."), plan)
    if plan.replacing and not replace_earlier:
        count = len(plan.replacing)
        raise ResponseImportError(
            ntr(
                "Nothing was imported: {count} answer in this file would replace an "
                "earlier answer of the same person ({names}). Import again with "
                "--replace if that is what you want.",
                "Nothing was imported: {count} answers in this file would replace an "
                "earlier answer of the same people ({names}). Import again with "
                "--replace if that is what you want.",
                count,
                names=_names(plan.replacing),
            ),
            plan,
        )
    known = project.response_uuids()
    added = already = replaced = 0
    per_wave: Counter[int] = Counter()
    with project.transaction():
        for _, given in plan.drafts:
            draft = given  # placed in its wave by plan_responses
            if draft.uuid in known:
                already += 1
                continue
            assert draft.wave_id is not None
            exists = draft.respondent_id is not None and project.has_answered(
                draft.respondent_id, draft.wave_id
            )
            project.add_response(draft, replace=True)
            known.add(str(draft.uuid))
            replaced += int(exists)
            added += 1
            per_wave[draft.wave_id] += 1
        if options:
            remember_options(project, options)
        project.audit(
            "responses_imported",
            file=Path(path).name,
            format=plan.format,
            added=added,
            replaced=replaced,
            pending=len(plan.unresolved),
        )
    names = {w[0]: w[1] for w in project.waves()}
    return ResponseReport(
        plan,
        added,
        already,
        replaced,
        tuple((names.get(w, str(w)), n) for w, n in sorted(per_wave.items())),
    )


def _names(replacing: Sequence[Replacement]) -> str:
    shown = ", ".join(r.name for r in replacing[:8])
    return shown + (" …" if len(replacing) > 8 else "")


__all__ = [
    "FORMAT_NAMES",
    "Replacement",
    "ResponseImportError",
    "ResponsePlan",
    "ResponseReport",
    "UnresolvedName",
    "import_responses",
    "plan_responses",
]
