"""Which column holds which field: by the header, checked against what the cells hold.

A header says what a column should hold; the cells say what it does. A "Naam" full of numbers
is not used for names; a "Medewerker" (or Werknemer, Personeel) column is the name when it holds
names and the employee number when it holds numbers or codes. When both a full-name column and
name parts (Roepnaam, Voorvoegsel, Achternaam…) are there, the one that gives whole names wins:
a full name with only initials ("Vries, J. de") loses to a call name and a surname, and a "Naam"
that holds only the surname next to a Roepnaam column is the surname.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kennisnet.i18n import N_, tr
from kennisnet.importing.roster.fields import (
    HEADERS,
    field_for_header,
    header_key,
    header_rank,
    is_name_or_number,
)
from kennisnet.importing.roster.values import DATE, EMAIL, INITIALS, NAME, OTHER, Profile, profile
from kennisnet.matching import PARTICLES, normalise
from kennisnet.tabular import Table

_SAMPLE = 500  # rows looked at to judge a column
_NAME_FIELDS = ("name", "first_name", "given_names", "last_name", "partner_name")
_TEXT_FIELDS = ("department", "team", "role")

_KIND_WORDS = {
    "number": N_("numbers"),
    "code": N_("codes"),
    "email": N_("e-mail addresses"),
    "date": N_("dates"),
    "flag": N_("yes/no values"),
    "name": N_("names"),
    "initials": N_("initials"),
    "other": N_("other values"),
}


@dataclass
class Choice:
    """field -> column index, with notes (warnings) and errors as sentences."""

    columns: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: column index -> a note about it that a choice by hand makes moot
    column_notes: dict[int, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def has_name(self) -> bool:
        given = bool({"first_name", "given_names", "initials"} & self.columns.keys())
        return "name" in self.columns or (given and "last_name" in self.columns)


def holds(prof: Profile) -> str:
    """What a column holds, in words for a message ("numbers", "e-mail addresses" …)."""
    return tr(_KIND_WORDS[prof.main_kind()])


def _profiles(table: Table) -> list[Profile]:
    rows = table.rows[:_SAMPLE]
    return [
        profile(row.values[i] if i < len(row.values) else None for row in rows)
        for i in range(len(table.headers))
    ]


def _fits(field_name: str, prof: Profile) -> bool:
    """Whether a column's content can be this field."""
    if field_name in _NAME_FIELDS:
        if field_name == "partner_name" and not prof.filled:
            return True
        # The header says names: the column is used unless it mostly holds something else
        # (rows that are not names are then refused one by one).
        return prof.filled > 0 and prof.share(NAME, INITIALS, OTHER) > 0.5
    if field_name == "email":
        return not prof.filled or prof.share(EMAIL) >= 0.8
    if field_name == "employee_number":
        return not prof.names
    if field_name in ("prefix", "partner_prefix"):
        return not prof.numbers
    if field_name == "start_date":
        return not prof.names
    return True


def choose(table: Table, override: Mapping[str, str] | None = None) -> Choice:
    choice = Choice()
    profiles = _profiles(table)
    candidates: dict[str, list[tuple[tuple[int, int, int], int]]] = {}
    for index, header in enumerate(table.headers):
        if not header:
            continue
        prof = profiles[index]
        found = field_for_header(header)
        if found is None and is_name_or_number(header):
            found = "name" if prof.names else "employee_number" if prof.numbers else None
            rank = 99  # after the headers that say it plainly
            if found is None and prof.filled:
                choice.column_notes[index] = tr(
                    'The column "{column}" holds {kind} (for example {examples}), not names or '
                    "employee numbers; it was not used.",
                    column=header,
                    kind=holds(prof),
                    examples=", ".join(prof.examples),
                )
        else:
            rank = header_rank(header)
        if found is None:
            continue
        if not _fits(found, prof):
            if found in ("name", "last_name", "first_name") and prof.filled:
                choice.column_notes[index] = tr(
                    'The column "{column}" holds {kind} (for example {examples}), not names; '
                    "it was not used for the names.",
                    column=header,
                    kind=holds(prof),
                    examples=", ".join(prof.examples),
                )
            continue
        # Prefer text over codes for departments and roles ("Afdeling omschrijving" over
        # "Afdeling" with 4100, 4200 …), then the most usual header, then the first column.
        coded = int(found in _TEXT_FIELDS and prof.numbers)
        candidates.setdefault(found, []).append(((coded, rank, index), index))
    for field_name, options in candidates.items():
        choice.columns[field_name] = min(options)[1]
    # A call name (Roepnaam, Preferred name) and a first name: the call name where it is
    # filled in, else the first name (Personio leaves "Preferred name" mostly empty).
    first = sorted(candidates.get("first_name", []))
    if len(first) > 1 and "given_names" not in choice.columns:
        choice.columns["given_names"] = first[1][1]
    _full_or_parts(table, choice)
    _apply_override(table, override or {}, profiles, choice)
    chosen = set(choice.columns.values())
    choice.notes[:0] = [note for i, note in choice.column_notes.items() if i not in chosen]
    return choice


def _full_or_parts(table: Table, choice: Choice) -> None:
    """Both a full name and name parts: keep the one that gives whole names."""
    columns = choice.columns
    if "name" not in columns:
        return
    given = next((columns[f] for f in ("first_name", "given_names") if f in columns), None)
    if given is None:
        return
    full = columns["name"]
    rows = table.rows[:_SAMPLE]
    normalised = (
        (normalise(row.values[full] or ""), normalise(row.values[given] or "")) for row in rows
    )
    pairs = [(name, first) for name, first in normalised if name and first]
    if not pairs:
        return
    contains_given = sum(1 for name, first in pairs if first.split()[0] in name.split())
    one_word = sum(
        1 for name, _first in pairs if len([w for w in name.split() if w not in PARTICLES]) == 1
    )
    if (
        "last_name" not in columns
        and contains_given < len(pairs) / 5
        and one_word >= len(pairs) * 0.8
    ):
        # "Naam" next to "Roepnaam", one word without the given name: the surname (Nmbrs).
        columns["last_name"] = columns.pop("name")
        return
    if "last_name" in columns and contains_given < len(pairs) / 2:
        # mostly initials ("Vries, J. de"): the call name and the surname say more
        del columns["name"]


def _apply_override(
    table: Table, override: Mapping[str, str], profiles: list[Profile], choice: Choice
) -> None:
    """The columns the user chose; an empty choice means "not in the file"."""
    for field_name, header in override.items():
        if field_name not in HEADERS:
            choice.errors.append(
                tr(
                    'There is no roster field "{field}". Known fields: {fields}.',
                    field=field_name,
                    fields=", ".join(HEADERS),
                )
            )
            continue
        if not header or not header.strip():
            choice.columns.pop(field_name, None)
            continue
        wanted = header_key(header)
        matches = [i for i, h in enumerate(table.headers) if header_key(h) == wanted]
        if not matches:
            choice.errors.append(
                tr(
                    'The file has no column "{column}". Its columns are: {columns}.',
                    column=header,
                    columns=", ".join(f'"{h}"' for h in table.headers if h),
                )
            )
            continue
        index = matches[0]
        for other, used in list(choice.columns.items()):
            if used == index:
                del choice.columns[other]
        if field_name == "name":
            # a name chosen by hand replaces the parts it would otherwise be built from
            for part in ("first_name", "given_names", "initials", "prefix", "last_name"):
                choice.columns.pop(part, None)
        choice.columns[field_name] = index
        prof = profiles[index]
        if field_name == "name" and prof.filled and not prof.names and prof.share(NAME) < 0.5:
            choice.errors.append(
                tr(
                    'The column "{column}" holds {kind} (for example {examples}), not names. '
                    "Choose the column with the names, or the columns with the first name and "
                    "the last name.",
                    column=table.headers[index],
                    kind=holds(prof),
                    examples=", ".join(prof.examples),
                )
            )
        if field_name == "start_date" and prof.share(DATE) == 0 and prof.names:
            choice.notes.append(
                tr('The column "{column}" does not hold dates.', column=table.headers[index])
            )
