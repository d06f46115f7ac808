"""Colour the network by any column of the staff list: the values, their colours, the legend.

One mapping for the dashboard and every exported picture, so that the same value has
the same colour everywhere: the values of an attribute, largest group first, get the
shared :data:`kennisnet.palette.CATEGORICAL` colours in order; values beyond those
colours are "other" (grey), people without a value "unknown". In a pseudonymised
export a value held by fewer than ``min_group`` people is merged into "other": a rare
value (the only "Directeur") can tell who someone is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kennisnet import palette
from kennisnet.i18n import N_, tr
from kennisnet.matching import OTHER_NAMES
from kennisnet.model import Person

#: The staff list's own fields that can colour the network (key -> label).
KNOWN: Mapping[str, str] = {
    "department": N_("Department"),
    "team": N_("Team"),
    "role": N_("Role"),
    "start_date": N_("Years since start"),
}
#: Columns never offered: other names of a person identify them.
EXCLUDED = frozenset({OTHER_NAMES})
#: Prefix of the key of a column Kennisnet does not know (the column's own name follows).
COLUMN = "column:"

#: Years since start, in bands (upper bound in years, label).
YEAR_BANDS: Sequence[tuple[float, str]] = (
    (2.0, N_("less than 2 years")),
    (5.0, N_("2 to 5 years")),
    (10.0, N_("5 to 10 years")),
    (20.0, N_("10 to 20 years")),
    (float("inf"), N_("20 years or more")),
)
UNKNOWN_VALUE = N_("unknown")
OTHER_VALUE = N_("other")


@dataclass(frozen=True, slots=True)
class Attribute:
    """One column of the staff list: a known field (``role``) or ``column:<name>``."""

    key: str

    @property
    def known(self) -> bool:
        return self.key in KNOWN

    def label(self, lang: str | None = None) -> str:
        if self.known:
            return tr(KNOWN[self.key], lang=lang)
        return self.key.removeprefix(COLUMN)


def _years(start: str | None, today: date) -> float | None:
    if not start:
        return None
    try:
        began = date.fromisoformat(start[:10])
    except ValueError:
        return None
    return max(0.0, (today - began).days / 365.25)


def years_since_start(person: Person, today: date | None = None) -> float | None:
    """Years since the start date on the staff list (None: not known)."""
    return _years(person.start_date, today or date.today())


def value_of(person: Person, attribute: Attribute, today: date | None = None) -> str | None:
    """The person's value (for the start date: a band of years, an untranslated msgid)."""
    key = attribute.key
    raw: str | None
    if key == "start_date":
        years = years_since_start(person, today)
        if years is None:
            return None
        return next(label for limit, label in YEAR_BANDS if years < limit)
    if key in KNOWN:
        raw = getattr(person, key)
    else:
        raw = person.attributes.get(key.removeprefix(COLUMN))
    text = (raw or "").strip()
    return text or None


def available(people: Iterable[Person]) -> list[Attribute]:
    """Every column that tells people apart: at least 2 distinct values, and not one
    value per person (an identifier colours nothing). Known fields first, then the
    other columns by name."""
    people = [p for p in people if not p.external]
    names: set[str] = set()
    for p in people:
        names.update(k for k in p.attributes if k not in EXCLUDED)
    candidates = [Attribute(k) for k in KNOWN] + [
        Attribute(COLUMN + name) for name in sorted(names, key=str.casefold)
    ]
    today = date.today()
    return [a for a in candidates if _tells_apart(people, a, today)]


def _tells_apart(people: list[Person], attribute: Attribute, today: date) -> bool:
    """At least 2 distinct values and (but for the start date) one value shared by two
    people; stops as soon as that is known (10,000 people: 0.2 s a refresh otherwise)."""
    seen: set[str] = set()
    repeated = attribute.key == "start_date"
    for person in people:
        value = value_of(person, attribute, today)
        if value is None:
            continue
        if value in seen:
            repeated = True
        else:
            seen.add(value)
        if repeated and len(seen) >= 2:
            return True
    return False


def find(people: Iterable[Person], text: str) -> Attribute | None:
    """The attribute named ``text``: a key, a known field's label, or a column's name."""
    wanted = text.strip().casefold().replace(" ", "_")
    for attribute in available(people):
        names = {
            attribute.key.casefold(),
            attribute.label("en").casefold().replace(" ", "_"),
            attribute.label("nl").casefold().replace(" ", "_"),
            attribute.key.removeprefix(COLUMN).casefold().replace(" ", "_"),
        }
        if wanted in names or (attribute.key == "start_date" and wanted == "start"):
            return attribute
    return None


@dataclass(frozen=True, slots=True)
class Group:
    """One colour in the legend: a value (or "other" / "unknown") and how many have it."""

    #: The value; for "other" and "unknown" (and start-date bands) an untranslated msgid.
    value: str
    colour: str
    count: int
    #: "value", "band" (translated on display), "other" or "unknown".
    kind: str = "value"

    def label(self, lang: str | None = None) -> str:
        text = self.value if self.kind == "value" else tr(self.value, lang=lang)
        return tr("{value} ({count})", lang=lang, value=text, count=self.count)


@dataclass(frozen=True, slots=True)
class Grouping:
    """The colour of every person for one attribute, and the legend that explains it."""

    attribute: Attribute
    colours: Mapping[int, str]
    values: Mapping[int, str | None]
    groups: tuple[Group, ...]

    def colour(self, pid: int) -> str:
        return self.colours.get(pid, palette.UNKNOWN)

    def members(self, group: Group) -> set[int]:
        return {pid for pid, colour in self.colours.items() if colour == group.colour}

    def title(self, lang: str | None = None) -> str:
        return tr("Colour: {attribute}", lang=lang, attribute=self.attribute.label(lang))


def grouping(
    people: Iterable[Person],
    attribute: Attribute,
    *,
    min_group: int = 1,
    today: date | None = None,
) -> Grouping:
    """Colours per person for ``attribute``: values largest first in the shared palette."""
    values = {p.id: value_of(p, attribute, today) for p in people}
    counts: dict[str, int] = {}
    for value in values.values():
        if value is not None:
            counts[value] = counts.get(value, 0) + 1
    order = sorted(counts, key=lambda v: (-counts[v], v.casefold()))
    if attribute.key == "start_date":  # bands of years: shortest first, not by size
        order = [label for _limit, label in YEAR_BANDS if label in counts]
    named = [v for v in order if counts[v] >= min_group][: len(palette.CATEGORICAL)]
    colour_of = {v: palette.CATEGORICAL[i] for i, v in enumerate(named)}
    kind = "band" if attribute.key == "start_date" else "value"
    groups = [Group(v, colour_of[v], counts[v], kind) for v in named]
    other = sum(counts[v] for v in order if v not in colour_of)
    if other:
        groups.append(Group(OTHER_VALUE, palette.OTHER, other, "other"))
    unknown = sum(1 for v in values.values() if v is None)
    if unknown:
        groups.append(Group(UNKNOWN_VALUE, palette.UNKNOWN, unknown, "unknown"))
    colours = {
        pid: palette.UNKNOWN if v is None else colour_of.get(v, palette.OTHER)
        for pid, v in values.items()
    }
    return Grouping(attribute, colours, values, tuple(groups))


#: The colourings every picture knows without a staff-list column.
BUILT_IN = ("cluster", "trained")


def picture_grouping(
    people: Sequence[Person], color_by: str, *, lang: str, pseudonymised: bool = False
) -> Grouping | None:
    """The colours of an exported picture coloured by the column named ``color_by``
    (None for "cluster" and "trained"). Pseudonymised: values held by fewer than
    ``MIN_GROUP`` people are "other". Raises ValueError for a column nobody has."""
    from kennisnet.export.pseudonym import MIN_GROUP

    if color_by in BUILT_IN:
        return None
    attribute = Attribute(color_by) if color_by in KNOWN or color_by.startswith(COLUMN) else None
    if attribute is None or attribute not in available(people):
        attribute = find(people, color_by)
    if attribute is None:
        names = ", ".join([*BUILT_IN, *(a.label(lang) for a in available(people))])
        raise ValueError(
            tr(
                "The staff list has no column '{name}' to colour by. You can choose: {names}.",
                lang=lang,
                name=color_by,
                names=names,
            )
        )
    return grouping(people, attribute, min_group=MIN_GROUP if pseudonymised else 1)
