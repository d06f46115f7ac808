"""Roster columns: the fields Kennisnet knows, their Dutch/English headers, value parsing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from kennisnet.i18n import N_

#: Field -> recognised header texts (compared after :func:`header_key`).
HEADERS: Mapping[str, tuple[str, ...]] = {
    "name": ("naam", "name", "volledige naam", "full name", "medewerker", "employee name"),
    "first_name": ("voornaam", "first name", "firstname", "given name", "roepnaam"),
    "prefix": ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "prefix", "infix"),
    "last_name": ("achternaam", "last name", "lastname", "surname", "family name"),
    "department": ("afdeling", "department", "dept", "afd"),
    "team": ("team", "teamnaam", "team name"),
    "role": ("functie", "role", "functietitel", "job title", "function", "position"),
    "employee_number": (
        "personeelsnummer",
        "employee number",
        "personeelsnr",
        "medewerkernummer",
        "employee id",
        "employee no",
        "emp no",
        "staff number",
    ),
    "email": ("e mail", "email", "e mailadres", "emailadres", "email address", "mail"),
    "trained": ("getraind", "trained", "formeel getraind", "formally trained"),
    "training": ("training", "welke training", "opleiding", "course"),
    "start_date": ("in dienst", "start date", "datum in dienst", "startdatum", "hire date"),
}

#: Field labels as shown to people (reports, the mapping step).
FIELD_LABELS: Mapping[str, str] = {
    "name": N_("Name"),
    "first_name": N_("First name"),
    "prefix": N_("Name prefix (tussenvoegsel)"),
    "last_name": N_("Last name"),
    "department": N_("Department"),
    "team": N_("Team"),
    "role": N_("Role"),
    "employee_number": N_("Employee number"),
    "email": N_("Email"),
    "trained": N_("Trained"),
    "training": N_("Training"),
    "start_date": N_("Start date"),
}

_TRUE = {"ja", "j", "yes", "y", "1", "x", "true", "waar", "getraind", "trained", "wel"}
_FALSE = {"nee", "n", "no", "0", "false", "onwaar", "niet", "niet getraind", "not trained", "-"}
_UNKNOWN = {"", "?", "onbekend", "unknown", "weet niet", "don't know", "dont know", "nvt", "n.v.t."}


def header_key(text: str) -> str:
    """A header compared without case, accents, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


_LOOKUP = {header_key(h): field for field, hs in HEADERS.items() for h in hs}


def field_for_header(text: str) -> str | None:
    return _LOOKUP.get(header_key(text))


def looks_like_roster_header(cells: Sequence[str]) -> bool:
    """True for a row that names a person column (a header row, not a title above it)."""
    found = {field_for_header(c) for c in cells if c}
    return "name" in found or {"first_name", "last_name"} <= found


def parse_trained(value: str | None) -> tuple[bool | None, bool]:
    """(trained, understood): ja/nee/yes/no/1/0/x/empty; unknown words are not understood."""
    key = (value or "").strip().casefold()
    if key in _TRUE:
        return True, True
    if key in _FALSE:
        return False, True
    if key in _UNKNOWN:
        return None, True
    return None, False
