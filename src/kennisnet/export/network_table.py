"""What the files for other network programs hold: one row per person, one per tie.

GraphML, GEXF and the Kumu/Polinode workbooks are written from one
:class:`NetworkTable`, so that they agree with each other and with the picture:

* every person with the figures of :class:`kennisnet.analysis.PersonResult`, typed
  (text, whole number, decimal, yes/no), plus the staff list's own extra columns;
* the colour the picture gives the person (the same ``color_by``), the position of
  the picture in pixel-like units (y pointing down, as on screen) and the dot size;
* every tie learner -> source with its weight.

Pseudonymised (``naming.pseudonymised``): codes instead of names, no employee
number, team or job title, small departments hidden (:mod:`kennisnet.export.pseudonym`);
of the extra columns only those that cannot point at one person are kept (no column
whose name or values look like a name, e-mail or number), and a value held by fewer
than :data:`~kennisnet.export.pseudonym.MIN_GROUP` people becomes "other".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.export.attributes import EXCLUDED, OTHER_VALUE, Grouping
from kennisnet.export.excel_book import IDENTIFYING
from kennisnet.export.figure_layout import degree_factor
from kennisnet.export.figure_marks import face_colour
from kennisnet.export.pseudonym import MIN_GROUP, Naming
from kennisnet.i18n import tr
from kennisnet.model import Person

Point = tuple[float, float]
Value = str | int | float | bool

#: Fields of the result never written as a column (id and label are the node's own).
_SKIP = frozenset({"id", "name"})
#: Column names that say the column identifies people (Dutch and English).
_IDENTIFYING_NAME = re.compile(
    r"naam|name|mail|nummer|number|\bnr\b|\bno\b|\bid\b|code|phone|telefoon|mobiel|"
    r"adres|address|postcode|zip|birth|geboren|geboorte|bsn|iban|login|account|user",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"\w+")
#: Words of names that say nothing about who someone is.
_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "la",
        "le",
        "du",
        "von",
        "el",
        "al",
        "bin",
        "ben",
        "da",
        "di",
        "dos",
        "del",
    ]
)
_NUMBER_LIKE = re.compile(r"^[\s\d\-+./()#]*\d[\s\d\-+./()#]*$")
#: Pixel-like units: the picture's unit square becomes this many units wide at 100 people.
_SCALE = 1000.0
#: The picture's dot size for a person named by nobody, in these units.
_BASE_SIZE = 10.0


@dataclass(frozen=True, slots=True)
class Column:
    """One node attribute: a stable key, its title and its type."""

    key: str
    title: str
    #: "string", "integer", "double" or "boolean".
    kind: str


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    #: Column key -> value; a column without a value (unknown) is left out.
    values: Mapping[str, Value]
    #: "#RRGGBB", the colour of the person's dot in the picture.
    colour: str
    x: float
    y: float
    size: float

    @property
    def rgb(self) -> tuple[int, int, int]:
        text = self.colour.lstrip("#")
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


@dataclass(frozen=True, slots=True)
class Tie:
    source: str
    target: str
    weight: int


@dataclass(frozen=True, slots=True)
class NetworkTable:
    title: str
    description: str
    columns: tuple[Column, ...]
    nodes: tuple[Node, ...]
    ties: tuple[Tie, ...]
    pseudonymised: bool


def node_id(person: PersonResult, naming: Naming) -> str:
    return naming.code(person.id) if naming.pseudonymised else str(person.id)


def dot_size(person: PersonResult) -> float:
    """The picture's dot diameter rule (``Scene.diameter``) in pixel-like units."""
    return round(_BASE_SIZE * degree_factor(person.in_degree), 3)


def scale(count: int) -> float:
    """How many pixel-like units the unit square of the layout spans for ``count`` people."""
    return _SCALE * max(1.0, math.sqrt(count / 100.0))


def _result_columns(pseudonymised: bool) -> list[Column]:
    columns = [] if pseudonymised else [Column("person_id", "person_id", "integer")]
    types = {
        "str | None": "string",
        "bool | None": "boolean",
        "bool": "boolean",
        "int": "integer",
        "int | None": "integer",
        "float": "double",
    }
    for f in fields(PersonResult):
        if f.name in _SKIP or (pseudonymised and f.name in IDENTIFYING):
            continue
        columns.append(Column(f.name, f.name, types.get(str(f.type), "string")))
    columns += [
        Column("trained_known", "trained_known", "boolean"),
        Column("has_route", "has_route", "boolean"),
        Column("risk_cluster", "risk_cluster", "boolean"),
    ]
    return columns


def name_words(people: Sequence[Person]) -> frozenset[str]:
    """Every word of every name on the staff list (first names, surnames), lower case."""
    words = {w.casefold() for p in people for w in _WORD.findall(p.name)}
    return frozenset(w for w in words if len(w) >= 3 and w not in _PARTICLES)


def identifying_column(
    name: str, values: Sequence[str], secrets: Naming, names: frozenset[str]
) -> bool:
    """True when a staff-list column could point at one person: its name says so (name,
    e-mail, number, …), or a value looks like an e-mail or a number, holds a name,
    employee number or e-mail of someone, or a word of someone's name ("Jan")."""
    if _IDENTIFYING_NAME.search(name):
        return True
    for value in values:
        if _EMAIL.search(value) or _NUMBER_LIKE.match(value) or secrets.scrub(value) != value:
            return True
        if any(w.casefold() in names for w in _WORD.findall(value)):
            return True
    return False


def roster_columns(
    people: Sequence[Person], naming: Naming, lang: str
) -> tuple[list[str], dict[int, dict[str, str]]]:
    """The staff list's extra columns to write, and each person's values in them.

    Named: every column. Pseudonymised: no identifying column (see
    :func:`identifying_column`), values of fewer than ``MIN_GROUP`` people are "other",
    and a column left with nothing but "other" is dropped."""
    names: set[str] = set()
    for p in people:
        names.update(k for k in p.attributes if k not in EXCLUDED)
    kept: list[str] = []
    values: dict[int, dict[str, str]] = {p.id: {} for p in people}
    other = tr(OTHER_VALUE, lang=lang)
    words = name_words(people) if naming.pseudonymised else frozenset()
    for name in sorted(names, key=str.casefold):
        raw = {p.id: (p.attributes.get(name) or "").strip() for p in people}
        present = {pid: v for pid, v in raw.items() if v}
        if not present:
            continue
        if naming.pseudonymised:
            if identifying_column(name, sorted(set(present.values())), naming, words):
                continue
            counts = Counter(present.values())
            present = {pid: (v if counts[v] >= MIN_GROUP else other) for pid, v in present.items()}
            if set(present.values()) == {other}:
                continue
        kept.append(name)
        for pid, v in present.items():
            values[pid][name] = v
    return kept, values


def build(
    result: AnalysisResult,
    people: Sequence[Person],
    naming: Naming,
    lang: str,
    positions: Mapping[int, Point],
    *,
    title: str,
    description: str,
    color_by: str = "cluster",
    grouping: Grouping | None = None,
) -> NetworkTable:
    """The table of ``result`` as the picture shows it (names replaced when pseudonymised)."""
    shown = naming.result(result, lang)
    risk = {c.id for c in shown.clusters if c.risk and not naming.hidden(c.size)}
    columns = _result_columns(naming.pseudonymised)
    taken = {c.key for c in columns} | {"label", "x", "y", "size", "color", "r", "g", "b"}
    extra, extra_values = roster_columns(people, naming, lang)
    extra_key = {}
    for name in extra:
        key = name if name not in taken else f"roster_{name}"
        extra_key[name] = key
        taken.add(key)
        columns.append(Column(key, key, "string"))
    width = scale(len(shown.people))
    nodes = []
    for p in sorted(shown.people, key=lambda p: node_id(p, naming)):
        values: dict[str, Value] = {}
        if not naming.pseudonymised:
            values["person_id"] = p.id
        for f in fields(PersonResult):
            if f.name in _SKIP or (naming.pseudonymised and f.name in IDENTIFYING):
                continue
            value = getattr(p, f.name)
            if value is not None:
                values[f.name] = value
        values["trained_known"] = p.trained is not None
        values["has_route"] = p.steps_to_trained is not None
        values["risk_cluster"] = p.cluster in risk
        for name, value in extra_values.get(p.id, {}).items():
            values[extra_key[name]] = value
        x, y = positions.get(p.id, (0.5, 0.5))
        nodes.append(
            Node(
                id=node_id(p, naming),
                label=naming.label(p),
                values=values,
                colour=face_colour(p, color_by, grouping).upper(),
                x=round(float(x) * width, 2),
                y=round(float(y) * width, 2),
                size=dot_size(p),
            )
        )
    by_id = {p.id: node_id(p, naming) for p in shown.people}
    ties = sorted(
        (Tie(by_id[e.learner], by_id[e.source], e.weight) for e in shown.edges),
        key=lambda t: (t.source, t.target),
    )
    return NetworkTable(
        title=naming.scrub(title) if naming.pseudonymised else title,
        description=description,
        columns=tuple(columns),
        nodes=tuple(nodes),
        ties=tuple(ties),
        pseudonymised=naming.pseudonymised,
    )
