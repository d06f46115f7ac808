"""Dutch names built from the parts an HR system keeps.

The name shown is the one colleagues use: the call name (roepnaam) before the official given
names (voornamen) before the initials; the surname with its tussenvoegsel; and the surname chosen
by *naamgebruik*: own name, partner's name, partner's name before the own ("de Vries-Jansen"),
or own before the partner's ("Jansen-de Vries"). The other forms a colleague may write are kept
as other names for matching.
"""

from __future__ import annotations

from dataclasses import dataclass

OWN, PARTNER, PARTNER_OWN, OWN_PARTNER = "own", "partner", "partner-own", "own-partner"

#: naamgebruik values (after casefold and removing punctuation) -> the surname to show.
#: BRP letter codes E/P/V/N; the number codes 1-4 of Nmbrs; the texts of AFAS, Loket.nl and
#: Youforce.
USAGE: dict[str, str] = {
    "e": OWN, "p": PARTNER, "v": PARTNER_OWN, "n": OWN_PARTNER,
    "1": OWN, "2": PARTNER, "3": PARTNER_OWN, "4": OWN_PARTNER,
    "eigen naam": OWN, "eigennaam": OWN, "alleen eigen naam": OWN, "alleen eigennaam": OWN,
    "geboortenaam": OWN, "eigen geslachtsnaam": OWN, "own name": OWN, "own": OWN,
    "partnernaam": PARTNER, "naam partner": PARTNER, "alleen partnernaam": PARTNER,
    "alleen naam partner": PARTNER, "geboortenaam partner": PARTNER,
    "geb naam partner": PARTNER, "naam echtgenoot": PARTNER, "partner name": PARTNER,
    "partner": PARTNER,
    "partnernaam eigennaam": PARTNER_OWN, "partnernaam eigen naam": PARTNER_OWN,
    "naam partner eigen naam": PARTNER_OWN, "naam partner gevolgd door eigen naam": PARTNER_OWN,
    "geb naam partner geboortenaam": PARTNER_OWN, "geboortenaam partner geboortenaam": PARTNER_OWN,
    "naam echtgenoot eigen naam": PARTNER_OWN, "partner name own name": PARTNER_OWN,
    "eigennaam partnernaam": OWN_PARTNER, "eigen naam partnernaam": OWN_PARTNER,
    "eigen naam naam partner": OWN_PARTNER, "eigen naam gevolgd door naam partner": OWN_PARTNER,
    "geboortenaam geb naam partner": OWN_PARTNER, "geboortenaam geboortenaam partner": OWN_PARTNER,
    "eigen naam naam echtgenoot": OWN_PARTNER, "own name partner name": OWN_PARTNER,
}  # fmt: skip


def usage_key(text: str) -> str:
    kept = "".join(ch if ch.isalnum() else " " for ch in text.casefold())
    return " ".join(word for word in kept.split() if word not in {"gevolgd", "door", "en"}) or ""


#: Headers of the columns whose number codes 1-4 are known (Nmbrs' NaamSamenstelling); other
#: systems number their codes differently, so a bare number elsewhere is not guessed at.
NUMBERED_USAGE_HEADERS = frozenset({"naamsamenstelling", "naam samenstelling"})


def parse_usage(text: str | None, numbers: bool = True) -> tuple[str, bool]:
    """(usage, understood); empty means the own name. ``numbers``: whether 1-4 are understood."""
    if not text or not text.strip():
        return OWN, True
    key = usage_key(text)
    if key.isdigit() and not numbers:
        return OWN, False
    if key in USAGE:
        return USAGE[key], True
    key = " ".join(w for w in key.split() if w not in {"gevolgd", "door"})
    return (USAGE[key], True) if key in USAGE else (OWN, False)


@dataclass(frozen=True, slots=True)
class NameParts:
    first_name: str | None = None  # roepnaam / voornaam
    given_names: str | None = None  # voornamen (official)
    initials: str | None = None
    prefix: str | None = None
    last_name: str | None = None
    partner_prefix: str | None = None
    partner_name: str | None = None
    usage: str = OWN


def format_initials(text: str) -> str:
    """ "JP" / "J P" / "J.P" -> "J.P." (only for plain capitals; anything else stays)."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) <= 6:
        return "".join(f"{ch}." for ch in letters)
    return text.strip()


def surname(prefix: str | None, last: str | None) -> str:
    """ "de" + "Vries" -> "de Vries"; a prefix already in the surname is not repeated."""
    last = " ".join((last or "").split())
    prefix = " ".join((prefix or "").split())
    if not last:
        return ""
    if prefix and not last.casefold().startswith(prefix.casefold() + " "):
        return f"{prefix} {last}"
    return last


def build(parts: NameParts) -> tuple[str, list[str]]:
    """(the name to show, other names a colleague may write)."""
    given_options = []
    for given in (parts.first_name, parts.given_names):
        if given and given.strip() and given.strip() not in given_options:
            given_options.append(" ".join(given.split()))
    if not given_options and parts.initials and parts.initials.strip():
        given_options.append(format_initials(parts.initials))
    own = surname(parts.prefix, parts.last_name)
    partner = surname(parts.partner_prefix, parts.partner_name)
    forms = {OWN: own}
    if partner:
        forms[PARTNER] = partner
        if own:
            forms[PARTNER_OWN] = f"{partner}-{own}"
            forms[OWN_PARTNER] = f"{own}-{partner}"
    shown_surname = forms.get(parts.usage) or own or partner
    given = given_options[0] if given_options else ""
    name = " ".join(part for part in (given, shown_surname) if part)
    others: list[str] = []
    for given_option in given_options or [""]:
        for form in forms.values():
            other = " ".join(part for part in (given_option, form) if part)
            if other and other != name and other not in others:
                others.append(other)
    return name, others
