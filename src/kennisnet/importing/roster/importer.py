"""Import a roster (staff list) into a project: all rows or none, with a row-by-row report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kennisnet.i18n import ntr, tr
from kennisnet.importing.roster.columns import choose
from kennisnet.importing.roster.fields import (
    FIELD_LABELS,
    NAME_PARTS,
    header_key,
    looks_like_roster_header,
    parse_trained,
)
from kennisnet.importing.roster.naming import NUMBERED_USAGE_HEADERS, NameParts, build, parse_usage
from kennisnet.importing.roster.values import check_name, date_text, split_name_and_code
from kennisnet.matching import OTHER_NAMES, also_known_as, natural_order, normalise
from kennisnet.store import Project
from kennisnet.tabular import ERROR, WARNING, NoHeaderRow, Problem, Table, TableError, read_table


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One person as the roster file describes them."""

    row: int
    name: str
    department: str | None = None
    team: str | None = None
    role: str | None = None
    employee_number: str | None = None
    email: str | None = None
    trained_hr: bool | None = None
    training: str | None = None
    start_date: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "department": self.department,
            "team": self.team,
            "role": self.role,
            "employee_number": self.employee_number,
            "email": self.email,
            "trained_hr": self.trained_hr,
            "training": self.training,
            "start_date": self.start_date,
            "attributes": dict(self.attributes),
        }


@dataclass(frozen=True, slots=True)
class RosterPlan:
    """What a roster file would import, before anything is written."""

    description: str
    headers: tuple[str, ...]
    #: field -> header text used for it
    mapping: Mapping[str, str]
    entries: tuple[RosterEntry, ...]
    problems: tuple[Problem, ...]
    #: rows whose name does not look right (letters lost to an encoding, garbled text)
    flagged: frozenset[int] = frozenset()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)

    @property
    def ready(self) -> bool:
        """Every row can be imported and every name looks like a name."""
        return bool(self.entries) and not self.errors and not self.flagged


@dataclass(frozen=True, slots=True)
class RosterReport:
    """What an import did."""

    plan: RosterPlan
    added: int
    updated: int
    unchanged: int
    #: people in the project who are not in the new file (kept, with their answers)
    not_in_file: tuple[str, ...]


class RosterImportError(Exception):
    """The roster was not imported; ``plan.problems`` says why, row by row."""

    def __init__(self, plan: RosterPlan | None, message: str) -> None:
        super().__init__(message)
        self.plan = plan


def plan_roster(path: Path, mapping: Mapping[str, str] | None = None) -> RosterPlan:
    """Read and check a roster file without writing anything.

    Raises :class:`RosterImportError` when the file cannot be read at all or
    has no name column; row problems are in the plan.
    """
    wanted = {header_key(h) for h in (mapping or {}).values()}

    def is_header(cells: Sequence[str]) -> bool:
        return looks_like_roster_header(cells) or bool(wanted & {header_key(c) for c in cells})

    try:
        try:
            table = read_table(Path(path), is_header=is_header)
        except NoHeaderRow:
            # No recognisable header: read the first row as the header, so the
            # report can name the columns that are there.
            table = read_table(Path(path))
    except TableError as error:
        raise RosterImportError(None, str(error)) from error
    choice = choose(table, mapping)
    columns = choice.columns
    problems: list[Problem] = list(table.problems)
    problems += [Problem(None, None, text, WARNING) for text in choice.notes]
    problems += [Problem(None, None, text, ERROR) for text in choice.errors]
    used = {table.headers[i]: f for f, i in columns.items()}
    if not choice.has_name:
        problems.append(
            Problem(
                None,
                None,
                tr(
                    'No column with names was found. Name a column "Naam" or "Name" (or use '
                    '"Voornaam" or "Roepnaam" with "Achternaam"), or say which column holds '
                    "the names. The columns are: {columns}.",
                    columns=", ".join(f'"{h}"' for h in table.headers if h),
                ),
                ERROR,
            )
        )
        plan = RosterPlan(table.description, table.headers, used_mapping(used), (), tuple(problems))
        raise RosterImportError(plan, problems[-1].message)

    entries: list[RosterEntry] = []
    flagged: set[int] = set()
    for row in table.rows:
        entry, row_problems = _entry(table, row.number, row.values, columns)
        problems += row_problems
        if any(p.severity == WARNING and p.column == _NAME_FLAG for p in row_problems):
            flagged.add(row.number)
        if entry is not None:
            entries.append(entry)
    problems += _duplicates(entries)
    problems = [
        Problem(p.row, None, p.message, p.severity) if p.column == _NAME_FLAG else p
        for p in problems
    ]
    return RosterPlan(
        description=table.description,
        headers=table.headers,
        mapping=used_mapping(used),
        entries=tuple(entries),
        problems=tuple(problems),
        flagged=frozenset(flagged),
    )


def used_mapping(used: Mapping[str, str]) -> dict[str, str]:
    return {field_name: header for header, field_name in used.items()}


def _names_of(name: str, attributes: Mapping[str, str]) -> set[str]:
    """A person's name and other full names ("Ook bekend als"), normalised.

    Only names of two words or more: a surname or first name alone never ties two people.
    """
    names = {normalise(n) for n in (name, *also_known_as(attributes)) if n}
    return {n for n in names if len(n.split()) >= 2}


#: Roster fields whose value is stored under another name on the person.
_PERSON_FIELD = {"trained": "trained_hr"}

_NAME_FLAG = "\x00name"  # marks a name warning until the plan is made


def _entry(
    table: Table, number: int, values: tuple[str | None, ...], columns: Mapping[str, int]
) -> tuple[RosterEntry | None, list[Problem]]:
    def get(field_name: str) -> str | None:
        index = columns.get(field_name)
        return values[index] if index is not None and index < len(values) else None

    def header(field_name: str) -> str | None:
        return table.headers[columns[field_name]] if field_name in columns else None

    problems: list[Problem] = []
    name, others, usage_problem = _name(get, header("name_usage"))
    if usage_problem:
        problems.append(
            Problem(
                number,
                header("name_usage"),
                tr(
                    'Row {row}: "{value}" in the column "{column}" is not understood. Use E '
                    "(own name), P (partner's name), V (partner's name, then own) or N (own "
                    "name, then partner's), or the words.",
                    row=number,
                    value=get("name_usage"),
                    column=header("name_usage"),
                ),
                ERROR,
            )
        )
    name_column = header("name") or header("last_name")
    checked = check_name(name or "")
    if not name or not (name or "").strip():
        problems.append(
            Problem(number, name_column, tr("Row {row}: the name is empty.", row=number), ERROR)
        )
        return None, problems
    if checked.refused:
        problems.append(
            Problem(number, name_column, _refusal(number, name, checked.refused), ERROR)
        )
        return None, problems
    if checked.removed_invisible:
        problems.append(
            Problem(
                number,
                name_column,
                tr(
                    "Row {row}: invisible characters (such as zero-width spaces or text-direction "
                    'marks) were removed from the name "{name}".',
                    row=number,
                    name=checked.name,
                ),
                WARNING,
            )
        )
    if checked.lost:
        problems.append(
            Problem(
                number,
                _NAME_FLAG,
                tr(
                    'Row {row}: in the name "{name}" a letter was lost (shown as "?" or "�"); '
                    "the file was probably saved in an encoding without that letter. Correct the "
                    "name, or export the list as UTF-8 (or .xlsx) and check again. Answers that "
                    "spell the name in full still find this person.",
                    row=number,
                    name=checked.name,
                ),
                WARNING,
            )
        )
    if checked.garbled:
        problems.append(
            Problem(
                number,
                _NAME_FLAG,
                tr(
                    'Row {row}: the name "{name}" looks garbled (such as "Ã©" for "é"): the file '
                    "was probably saved as UTF-8 and read as another encoding. Export the list "
                    "again as UTF-8 or .xlsx.",
                    row=number,
                    name=checked.name,
                ),
                WARNING,
            )
        )
    trained_text = get("trained")
    trained, understood = parse_trained(trained_text)
    if not understood:
        problems.append(
            Problem(
                number,
                header("trained"),
                tr(
                    'Row {row}: "{value}" in the column "{column}" is not understood. '
                    "Use ja/nee, yes/no, 1/0 or x, or leave it empty when unknown.",
                    row=number,
                    value=trained_text,
                    column=header("trained"),
                ),
                ERROR,
            )
        )
    known = set(columns.values())
    attributes = {
        header_text: value
        for index, (header_text, value) in enumerate(zip(table.headers, values, strict=False))
        if index not in known and header_text and value is not None
    }
    given_others = get("other_names")
    if given_others:
        others += [part.strip() for part in given_others.split(";") if part.strip()]
    others = [o for o in dict.fromkeys(others) if normalise(o) != normalise(checked.name)]
    if others:
        attributes[OTHER_NAMES] = "; ".join(others)
    number_text = get("employee_number")
    if not number_text and "employee_number" not in columns:
        number_text = split_name_and_code(get("name") or "")[1]
    start = get("start_date")
    entry = RosterEntry(
        row=number,
        name=checked.name,
        department=get("department"),
        team=get("team"),
        role=get("role"),
        employee_number=number_text.strip() if number_text else None,
        email=get("email"),
        trained_hr=trained,
        training=get("training"),
        start_date=date_text(start) if start else None,
        attributes=attributes,
    )
    return entry, problems


def _name(get: Any, usage_header: str | None) -> tuple[str | None, list[str], bool]:
    """(name, other names, naamgebruik not understood) from a full name or the name parts."""
    full = get("name")
    if full and full.strip():
        shown = natural_order(" ".join(split_name_and_code(full)[0].split()))
        return shown, ([full] if shown != full and "(" not in full else []), False
    numbers = header_key(usage_header or "") in NUMBERED_USAGE_HEADERS
    usage, understood = parse_usage(get("name_usage"), numbers)
    parts = NameParts(
        first_name=get("first_name"),
        given_names=get("given_names"),
        initials=get("initials"),
        prefix=get("prefix"),
        last_name=get("last_name"),
        partner_prefix=get("partner_prefix"),
        partner_name=get("partner_name"),
        usage=usage,
    )
    if not any(get(field_name) for field_name in NAME_PARTS if field_name != "name_usage"):
        return None, [], False
    name, others = build(parts)
    return name or None, others, not understood


def _refusal(row: int, name: str, why: str) -> str:
    if why == "invisible":
        return tr(
            "Row {row}: the name holds only invisible characters (such as a zero-width space).",
            row=row,
        )
    if why == "email":
        return tr(
            'Row {row}: "{name}" is an e-mail address, not a name. Put the name in the name '
            "column (e-mail addresses belong in the column E-mail).",
            row=row,
            name=name,
        )
    if why == "date":
        return tr('Row {row}: "{name}" is a date, not a name.', row=row, name=name)
    if why in ("number", "code"):
        return tr(
            'Row {row}: "{name}" is a number or code, not a name. Check that the right column '
            "is used for the names.",
            row=row,
            name=name,
        )
    return tr('Row {row}: "{name}" is not a name (it has no letters).', row=row, name=name)


def _duplicates(entries: list[RosterEntry]) -> list[Problem]:
    problems: list[Problem] = []
    numbers = Counter(e.employee_number.casefold() for e in entries if e.employee_number)
    first_row: dict[str, int] = {}
    for entry in entries:
        if entry.employee_number and numbers[entry.employee_number.casefold()] > 1:
            key = entry.employee_number.casefold()
            if key in first_row:
                problems.append(
                    Problem(
                        entry.row,
                        None,
                        tr(
                            "Row {row}: employee number {number} is also used in row {first}.",
                            row=entry.row,
                            number=entry.employee_number,
                            first=first_row[key],
                        ),
                        ERROR,
                    )
                )
            else:
                first_row[key] = entry.row
    seen: dict[tuple[str, str], RosterEntry] = {}
    for entry in entries:
        same = (normalise(entry.name), normalise(entry.department or ""))
        earlier = seen.get(same)
        if earlier is None:
            seen[same] = entry
            continue
        if earlier.employee_number and entry.employee_number:
            continue  # two people with the same name, told apart by their numbers
        problems.append(
            Problem(
                entry.row,
                None,
                tr(
                    'Row {row}: "{name}" appears twice (also in row {first}) without employee '
                    "numbers to tell them apart. Remove the double row, or add employee numbers.",
                    row=entry.row,
                    name=entry.name,
                    first=earlier.row,
                ),
                ERROR,
            )
        )
    return problems


def import_roster(
    project: Project, path: Path, mapping: Mapping[str, str] | None = None
) -> RosterReport:
    """Import or update the roster of ``project`` from ``path``: every row or none.

    People already in the project are updated (matched by employee number,
    else by name); their answers stay. People missing from the new file are
    kept and listed in the report.
    """
    plan = plan_roster(path, mapping)
    if plan.errors:
        count = len(plan.errors)
        raise RosterImportError(
            plan,
            ntr(
                "The roster was not imported: {count} problem must be fixed first.",
                "The roster was not imported: {count} problems must be fixed first.",
                count,
            ),
        )
    if not plan.entries:
        raise RosterImportError(plan, tr("The roster has no people in it."))
    existing = project.people(include_external=False)
    by_number = {p.employee_number.casefold(): p for p in existing if p.employee_number}
    by_name: dict[str, list[int]] = {}
    for person in existing:
        by_name.setdefault(normalise(person.name), []).append(person.id)
    people = {p.id: p for p in existing}
    by_other: dict[str, list[int]] = {}
    for person in existing:
        for other in _names_of(person.name, person.attributes):
            by_other.setdefault(other, []).append(person.id)
    # An update changes only what the file holds: a list without e-mail addresses or
    # training records keeps the ones the project has.
    in_file = {"name"} | {_PERSON_FIELD.get(field_name, field_name) for field_name in plan.mapping}
    added = updated = unchanged = 0
    touched: set[int] = set()
    with project.transaction():
        for entry in plan.entries:
            match = by_number.get((entry.employee_number or "").casefold())
            if match is None:
                ids = [i for i in by_name.get(normalise(entry.name), []) if i not in touched]
                if len(ids) == 1 and not (entry.employee_number and people[ids[0]].employee_number):
                    match = people[ids[0]]
            if match is None:
                # Known by another name: the list now shows "Anne Jansen-de Vries" where the
                # project had "Anne Jansen" (one of her other names), or the other way round.
                ids = sorted(
                    {
                        i
                        for other in _names_of(entry.name, entry.attributes)
                        for i in by_other.get(other, [])
                        if i not in touched
                    }
                )
                if len(ids) == 1 and not (entry.employee_number and people[ids[0]].employee_number):
                    match = people[ids[0]]
            if match is None and entry.employee_number:
                # An earlier import took the employee number for the name ("10000"): this is
                # the same person, now with a name.
                ids = [
                    i
                    for i in by_name.get(normalise(entry.employee_number), [])
                    if i not in touched and not people[i].employee_number
                ]
                if len(ids) == 1:
                    match = people[ids[0]]
            values = entry.values()
            if match is None:
                touched.add(project.add_person(**values))
                added += 1
                continue
            touched.add(match.id)
            current = {
                "name": match.name,
                "department": match.department,
                "team": match.team,
                "role": match.role,
                "employee_number": match.employee_number,
                "email": match.email,
                "trained_hr": match.trained_hr,
                "training": match.training,
                "start_date": match.start_date,
                "attributes": dict(match.attributes),
            }
            values = {k: v for k, v in values.items() if k in in_file or k == "attributes"}
            values["attributes"] = {**match.attributes, **entry.attributes}
            changes = {k: v for k, v in values.items() if current[k] != v}
            if changes:
                project.update_person(match.id, **changes)
                updated += 1
            else:
                unchanged += 1
        project.audit(
            "roster_imported",
            file=Path(path).name,
            added=added,
            updated=updated,
            unchanged=unchanged,
        )
    missing = tuple(sorted(p.name for p in existing if p.id not in touched))
    return RosterReport(plan, added, updated, unchanged, missing)


__all__ = [
    "ERROR",
    "FIELD_LABELS",
    "WARNING",
    "RosterEntry",
    "RosterImportError",
    "RosterPlan",
    "RosterReport",
    "import_roster",
    "plan_roster",
]
