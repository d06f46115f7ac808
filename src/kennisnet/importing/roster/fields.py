"""Roster columns: the fields Kennisnet knows, their Dutch/English headers, value parsing."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence

from kennisnet.i18n import N_

#: Field -> recognised header texts (compared after :func:`header_key`), most likely first.
#: Sources: the staff exports and import templates of AFAS Profit, Visma|Raet Youforce, Visma
#: Nmbrs, Loket.nl, HR2day, SAP SuccessFactors, Workday and Personio, and hand-made lists;
#: see docs/importing.md.
HEADERS: Mapping[str, tuple[str, ...]] = {
    "name": (
        "naam", "name", "volledige naam", "full name", "employee name", "naam medewerker",
        "medewerker naam", "medewerkernaam", "naam werknemer", "werknemer naam", "werknemernaam",
        "weergavenaam", "display name", "naam volledig", "volledige naam medewerker",
        "worker name", "legal name", "naam weergave", "naam (weergave)", "zoeknaam",
    ),
    "first_name": (
        "roepnaam", "preferred name", "preferred first name", "roepnaam medewerker",
        "call name", "known as", "voornaam", "first name", "firstname", "given name",
        "voornaam medewerker",
    ),
    "given_names": ("voornamen", "officiele voornamen", "given names", "legal first name"),
    "initials": ("voorletters", "initialen", "initials"),
    "prefix": (
        "tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "prefix", "infix",
        "voorvoegsel geboortenaam", "voorvoegsels geboortenaam", "voorv geb naam",
        "name prefix",
    ),
    "last_name": (
        "achternaam", "last name", "lastname", "surname", "family name", "geboortenaam",
        "geslachtsnaam", "achternaam medewerker", "eigen naam", "achternaam geboorte",
    ),
    "partner_name": (
        "naam partner", "naampartner", "achternaam partner", "geboortenaam partner",
        "geb naam partner", "partnernaam", "partner naam", "partner achternaam",
        "partner last name", "achternaam echtgenoot", "naam echtgeno o t e",
        "geslachtsnaam partner", "partner geslachtsnaam",
    ),
    "partner_prefix": (
        "voorvoegsel partner", "voorvoegsels partner", "voorvoegselspartner",
        "tussenvoegsel partner", "tussenvoegsels partner", "voorv geb naam partner",
        "voorvoegsel geboortenaam partner", "partner voorvoegsel", "partner prefix",
    ),
    "name_usage": (
        "naamgebruik", "naamsamenstelling", "naam samenstelling", "naamgebruik code",
        "name usage", "aanschrijfnaam code", "code naamgebruik", "aanduiding naamgebruik",
        "aanduiding naamgebruik code",
    ),
    "other_names": ("ook bekend als", "also known as", "bijnaam", "nickname", "alias"),
    "department": (
        "afdeling", "department", "dept", "afd", "afdelingsnaam", "afdeling omschrijving",
        "omschrijving afdeling", "organisatie eenheid", "organisatorische eenheid",
        "omschrijving organisatorische eenheid", "org eenheid", "organisatie onderdeel",
        "organisational unit", "organizational unit", "supervisory organization", "division",
        "business unit", "afdeling naam", "kostenplaats omschrijving", "kostenplaats",
        "cost center", "cost centre",
    ),
    "team": ("team", "teamnaam", "team name", "werkgroep"),
    "role": (
        "functie", "role", "functietitel", "job title", "function", "position", "functienaam",
        "functie omschrijving", "omschrijving functie", "functieomschrijving", "job profile",
        "business title",
    ),
    "employee_number": (
        "personeelsnummer", "employee number", "personeelsnr", "medewerkernummer",
        "medewerkercode", "medewerker code", "medewerkernr", "werknemersnummer",
        "werknemernummer", "werknemernr", "persnr", "pers nr", "employee id", "employee no",
        "emp no", "staff number", "personnel number", "worker id", "user id", "registratienummer",
        "nummer medewerker", "medewerker id", "id medewerker", "personeels nr", "id",
    ),
    "email": (
        "e mail werk", "email werk", "emailwerk", "werk e mail", "e mail zakelijk",
        "zakelijk e mailadres", "e mailadres werk", "work email", "business email",
        "email address work", "primary work email", "work email address", "e mail", "email",
        "e mailadres", "emailadres", "email address",
        "mail",
    ),
    "trained": ("getraind", "trained", "formeel getraind", "formally trained"),
    "training": ("training", "welke training", "opleiding", "course"),
    "start_date": (
        "in dienst", "start date", "datum in dienst", "startdatum", "hire date",
        "in dienst sinds", "datum indiensttreding", "indiensttreding", "begindatum dienstverband",
        "datum in dienst organisatie", "original hire date", "begindatum", "ingangsdatum",
    ),

}  # fmt: skip

#: Headers that are a name or an employee number depending on what the column holds.
EITHER_NAME_OR_NUMBER = frozenset(
    {"medewerker", "werknemer", "personeel", "personeelslid", "employee", "worker", "persoon"}
)

#: Fields that only help to build the name (not stored as they are).
NAME_PARTS = (
    "first_name",
    "given_names",
    "initials",
    "prefix",
    "last_name",
    "partner_name",
    "partner_prefix",
    "name_usage",
)

#: Field labels as shown to people (reports, the mapping step).
FIELD_LABELS: Mapping[str, str] = {
    "name": N_("Name"),
    "first_name": N_("First name"),
    "given_names": N_("Given names (official)"),
    "initials": N_("Initials"),
    "prefix": N_("Name prefix (tussenvoegsel)"),
    "last_name": N_("Last name"),
    "partner_name": N_("Partner's last name"),
    "partner_prefix": N_("Partner's name prefix"),
    "name_usage": N_("Name usage (naamgebruik)"),
    "other_names": N_("Also known as"),
    "department": N_("Department"),
    "team": N_("Team"),
    "role": N_("Role"),
    "employee_number": N_("Employee number"),
    "email": N_("Email"),
    "trained": N_("Trained"),
    "training": N_("Training"),
    "start_date": N_("Start date"),
}

_TRUE = {"ja", "j", "yes", "y", "1", "x", "true", "waar", "getraind", "trained", "wel", "✓"}
_FALSE = {"nee", "n", "no", "0", "false", "onwaar", "niet", "niet getraind", "not trained", "-"}
_UNKNOWN = {"", "?", "onbekend", "unknown", "weet niet", "don't know", "dont know", "nvt", "n.v.t."}


def header_key(text: str) -> str:
    """A header compared without case, accents, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


_LOOKUP = {header_key(h): field for field, hs in HEADERS.items() for h in hs}
_RANK = {header_key(h): rank for hs in HEADERS.values() for rank, h in enumerate(hs)}


def field_for_header(text: str) -> str | None:
    return _LOOKUP.get(header_key(text))


def header_rank(text: str) -> int:
    """How typical a header is for its field: 0 for the most usual one."""
    return _RANK.get(header_key(text), len(_RANK))


def is_name_or_number(text: str) -> bool:
    """A header such as "Medewerker" that holds names in one export and numbers in another."""
    return header_key(text) in EITHER_NAME_OR_NUMBER


def looks_like_roster_header(cells: Sequence[str]) -> bool:
    """True for a row that names a person column (a header row, not a title above it).

    A row in which a recognised header repeats side by side is a group heading made of merged
    cells ("Naam" over "Voornaam" and "Achternaam"), not the header row.
    """
    keys = [header_key(c) for c in cells if c]
    if any(a == b and a in _LOOKUP for a, b in itertools.pairwise(keys)):
        return False
    found = {field_for_header(c) for c in cells if c}
    either = any(is_name_or_number(c) for c in cells if c)
    given = bool(found & {"first_name", "given_names", "initials"})
    return (
        "name" in found or (given and "last_name" in found) or (either and len(found - {None}) >= 1)
    )


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
