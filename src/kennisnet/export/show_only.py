"""'Show only' in the exported pictures: one value of one staff-list column in full
colour, everyone else faded — as the dashboard's "Show only" does.

``kennisnet export … --only Vestiging=Zwolle`` (or ``--only department=Service``); the
app's export uses what the dashboard shows. The column is named like ``--colour-by``
(a key, a label in either language, or the column's own heading); the value like it
shows on the dashboard (case does not matter). The legend gets a line saying who is
shown.

Pseudonymised pictures refuse a value held by fewer than 5 people: showing only them
would single them out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kennisnet.export.attributes import Attribute, available, find, value_of
from kennisnet.export.pseudonym import MIN_GROUP
from kennisnet.i18n import ntr, tr
from kennisnet.model import Person


@dataclass(frozen=True, slots=True)
class ShowOnly:
    """Who is shown in full colour: the people with ``value`` in ``attribute``."""

    attribute: Attribute
    #: The value as the staff list has it (for the start date: a band, a msgid).
    value: str
    ids: frozenset[int]

    def label(self, lang: str | None = None) -> str:
        """E.g. "Shown: Vestiging Zwolle (14 people); everyone else faded"."""
        return ntr(
            "Shown: {column} {value} ({count} person); everyone else faded",
            "Shown: {column} {value} ({count} people); everyone else faded",
            len(self.ids),
            lang=lang,
            column=self.attribute.label(lang),
            value=tr(self.value, lang=lang),
        )


def values(people: Sequence[Person], attribute: Attribute) -> Counter[str]:
    """Every value of ``attribute`` on the staff list and how many people have it."""
    return Counter(
        v for v in (value_of(p, attribute) for p in people if not p.external) if v is not None
    )


def show_only(
    people: Sequence[Person], only: str, *, lang: str, pseudonymised: bool = False
) -> ShowOnly | None:
    """``only`` ("COLUMN=VALUE") as the people to show (None: ``only`` is empty).

    Raises ValueError, with the choices, for a column or value the staff list does not
    have, and — pseudonymised — for a value fewer than 5 people have."""
    if not only.strip():
        return None
    column, sep, wanted = only.partition("=")
    people = [p for p in people if not p.external]
    attribute = Attribute(column) if Attribute(column) in available(people) else None
    attribute = attribute or find(people, column)
    if not sep or attribute is None:
        names = ", ".join(a.label(lang) for a in available(people))
        raise ValueError(
            tr(
                "The staff list has no column '{name}' to show only a part of. Write "
                "COLUMN=VALUE; you can choose: {names}.",
                lang=lang,
                name=column.strip() or only,
                names=names,
            )
        )
    counts = values(people, attribute)
    text = wanted.strip().casefold()
    match = [v for v in counts if text in (v.casefold(), tr(v, lang=lang).casefold())]
    if not match:
        shown = [v for v, n in counts.items() if n >= MIN_GROUP or not pseudonymised]
        raise ValueError(
            tr(
                "Nobody has '{value}' in {column}. You can choose: {values}.",
                lang=lang,
                value=wanted.strip(),
                column=attribute.label(lang),
                values=", ".join(sorted((tr(v, lang=lang) for v in shown), key=str.casefold)),
            )
        )
    value = match[0]
    if pseudonymised and counts[value] < MIN_GROUP:
        raise ValueError(
            tr(
                "Fewer than {min} people have '{value}' in {column}: a pseudonymised picture "
                "that shows only them would single them out. Choose a larger group.",
                lang=lang,
                min=MIN_GROUP,
                value=tr(value, lang=lang),
                column=attribute.label(lang),
            )
        )
    ids = frozenset(p.id for p in people if value_of(p, attribute) == value)
    return ShowOnly(attribute, value, ids)
