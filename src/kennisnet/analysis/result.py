"""The analysis result: plain frozen dataclasses that views and exporters only read."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, make_dataclass
from itertools import repeat
from typing import Any, NamedTuple, TypeVar, cast

from kennisnet.analysis.messages import Message
from kennisnet.analysis.options import AnalysisOptions
from kennisnet.model import Channel


@dataclass(frozen=True, slots=True)
class PersonResult:
    """Every figure for one person (see :func:`kennisnet.analysis.explain`)."""

    id: int
    name: str
    employee_number: str | None
    department: str | None
    team: str | None
    role: str | None
    #: True / False / None (unknown: never counts as trained).
    trained: bool | None
    responded: bool
    external: bool
    #: Number of distinct people this person named as a source (in the graph).
    sources: int
    #: Number of distinct learners who named this person.
    in_degree: int
    #: Sum of the frequency weights of those nominations (daily 4 … less often 1).
    weighted_in_degree: int
    pagerank: float
    #: Directed, unweighted, normalised by (n-1)(n-2). 0.0 for everyone when the
    #: run skipped it (``AnalysisResult.betweenness_computed`` is False).
    betweenness: float
    #: Cluster number (1 = largest cluster).
    cluster: int
    #: Fewest learner -> source steps to a trained person; 0 = trained; None = no path.
    steps_to_trained: int | None
    #: ``steps_to_trained`` is at most ``options.reach_steps``.
    reaches_trained: bool
    #: Others who would lose every path to trained knowledge if this person left.
    gatekeeper_of: int
    #: Learners who named this person as their only source.
    sole_source_of: int
    key_holder: bool
    #: Key holder whose training status is False (unknown is not counted).
    habit_spreader: bool
    overloaded: bool
    learns_alone: bool


class Edge(NamedTuple):
    """A tie learner -> source with its weight (after collapsing duplicates).

    A named tuple rather than a dataclass: results hold one per tie (tens of
    thousands at 10,000 people) and a tuple is several times cheaper to build.
    """

    learner: int
    source: int
    weight: int


def edges_from_columns(
    learners: Iterable[int], sources: Iterable[int], weights: Iterable[int]
) -> tuple[Edge, ...]:
    """``Edge(learner, source, weight)`` for each position of the three columns.

    ``tuple.__new__(Edge, triple)`` is exactly what ``Edge(...)`` and ``Edge._make``
    do, without a Python call per edge.
    """
    triples = zip(learners, sources, weights, strict=True)
    return cast(tuple[Edge, ...], tuple(map(tuple.__new__, repeat(Edge), triples)))


_Record = TypeVar("_Record")


_DRAFTS: dict[type[Any], type[Any]] = {}


def _draft_class(cls: type[Any]) -> type[Any]:
    """A plain (not frozen) slotted dataclass with exactly the fields and slots of ``cls``.

    Instances of the two classes have the same memory layout, so an instance
    can be moved from one class to the other by assigning ``__class__``.
    """
    draft = _DRAFTS.get(cls)
    if draft is not None:
        return draft
    draft = make_dataclass(
        f"_{cls.__name__}Draft", [(f.name, f.type) for f in fields(cast(Any, cls))], slots=True
    )
    if (
        cls.__bases__ != (object,)
        or getattr(cls, "__slots__", None) != getattr(draft, "__slots__", ())
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} cannot be built by frozen_records")
    _DRAFTS[cls] = draft
    return draft


def frozen_records(cls: type[_Record], columns: Mapping[str, Sequence[Any]]) -> tuple[_Record, ...]:
    """Instances of the frozen, slotted dataclass ``cls``, given column by column.

    ``columns`` maps every field name to its values, one per instance. The
    result is the same as ``cls(**row)`` for each row: instances of ``cls`` with
    the same fields, equality and hash, and frozen. Only faster: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    which costs about 4 µs for the 23 fields of a ``PersonResult``. Here each
    record is built by the plain ``__init__`` of an unfrozen twin class with the
    same slots (:func:`_draft_class`), then its ``__class__`` is set to ``cls``
    (allowed because the layouts are identical), about 0.6 µs per record.
    Only for dataclasses without base classes or ``__post_init__``; every field
    must be given, and all columns must be equally long.
    """
    draft = _draft_class(cast(type[Any], cls))
    names = [f.name for f in fields(cast(Any, cls))]
    if sorted(names) != sorted(columns):
        raise TypeError(f"frozen_records: columns {sorted(columns)} do not match {cls.__name__}")
    count = len(columns[names[0]]) if names else 0
    if any(len(values) != count for values in columns.values()):
        raise ValueError("frozen_records: columns differ in length")
    records = list(map(draft, *(columns[name] for name in names)))
    deque(map(setattr, records, repeat("__class__"), repeat(cls)), maxlen=0)
    return tuple(records)


@dataclass(frozen=True, slots=True)
class ExternalPerson:
    """Someone named who is not on the staff list (kept out of the metrics by default)."""

    id: int
    name: str
    #: Number of distinct learners who named them.
    named_by: int


@dataclass(frozen=True, slots=True)
class ClusterResult:
    id: int
    #: Person ids, ascending.
    members: tuple[int, ...]
    #: (department, number of members), most members first; None = no department.
    departments: tuple[tuple[str | None, int], ...]
    main_department: str | None
    main_department_share: float
    trained_count: int
    trained_share: float
    #: Members who cannot reach a trained person within ``reach_steps``.
    unreached_count: int
    unreached_share: float
    risk: bool
    sentence: Message

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True, slots=True)
class AdviceStep:
    person_id: int
    #: Additional people who reach trained knowledge when this person is trained too.
    gain: int
    #: People who reach trained knowledge after this step.
    reached_after: int


@dataclass(frozen=True, slots=True)
class TrainingAdvice:
    steps: tuple[AdviceStep, ...]
    #: People counted (everyone in the graph).
    population: int
    reached_before: int
    reached_after: int

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(step.person_id for step in self.steps)


@dataclass(frozen=True, slots=True)
class ChannelCounts:
    """How one group (or everybody) solves unknowns."""

    #: Team name, department name (when the team is unknown), or None.
    group: str | None
    #: "team", "department", "none" (no team nor department) or "overall".
    kind: str
    respondents: int
    #: Respondents who ranked the channel first, for every channel in enum order (only
    #: answers given in order count: Forms answers were chosen without order).
    first: tuple[tuple[Channel, int], ...]
    #: Respondents who chose the channel at any rank (or, without order, at all).
    any_rank: tuple[tuple[Channel, int], ...]
    learns_alone: int
    #: Respondents who chose at least one channel.
    answered: int = 0
    #: Of those, the ones who gave their channels in order (kiosk, template).
    ranked: int = 0

    @property
    def all_ranked(self) -> bool:
        """Every channel answer was given in order, so "first choice" means something."""
        return self.ranked == self.answered


@dataclass(frozen=True, slots=True)
class ChannelReport:
    overall: ChannelCounts
    groups: tuple[ChannelCounts, ...]


@dataclass(frozen=True, slots=True)
class DepartmentRate:
    department: str | None
    roster: int
    respondents: int
    rate: float


@dataclass(frozen=True, slots=True)
class ResponseQuality:
    #: People on the staff list (external people not counted).
    roster: int
    respondents: int
    #: respondents / roster (0.0 for an empty staff list).
    rate: float
    departments: tuple[DepartmentRate, ...]
    #: False when the response rate is under 80%.
    betweenness_reliable: bool
    #: True when the response rate is under 65%.
    caution: bool
    #: Distinct names (as written, compared without case and accents) in this wave's
    #: answers that are not yet matched to the staff list, so left out.
    unresolved_names: int = 0


@dataclass(frozen=True, slots=True)
class DepartmentHolders:
    """The ranked knowledge holders of one department."""

    #: The department as on the staff list (None: people without a department).
    department: str | None
    #: People of the department in the network.
    people: int
    #: Person ids, best first (at most ``HOLDERS_PER_DEPARTMENT``; may be empty).
    holders: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    """Everything one analysis run found, for one wave."""

    wave_id: int
    wave_name: str
    options: AnalysisOptions
    #: Everyone in the graph, by id (external people only with ``include_external``).
    people: tuple[PersonResult, ...]
    edges: tuple[Edge, ...]
    #: People named who are not on the staff list and were left out of the graph.
    external_people: tuple[ExternalPerson, ...]
    clusters: tuple[ClusterResult, ...]
    advice: TrainingAdvice
    channels: ChannelReport
    quality: ResponseQuality
    #: The in-degree a key knowledge holder needs in this run (None: nobody can be one).
    key_holder_min_in_degree: int | None
    warnings: tuple[Message, ...]
    #: False when the run skipped betweenness (``analyze(..., betweenness=False)``,
    #: as a what-if may): then every ``PersonResult.betweenness`` is 0.0, not a figure.
    betweenness_computed: bool = True
    #: Big projects only (``kennisnet.analysis.ranking``): key knowledge holders ranked
    #: within each department; empty for a project under ``BIG_PROJECT`` people.
    department_holders: tuple[DepartmentHolders, ...] = ()
    _index: Mapping[int, int] = field(default_factory=dict, repr=False, compare=False)

    def person(self, person_id: int) -> PersonResult:
        """The person with this id (KeyError when not in the graph)."""
        index = self._index or {p.id: i for i, p in enumerate(self.people)}
        return self.people[index[person_id]]

    def has_person(self, person_id: int) -> bool:
        index = self._index or {p.id: i for i, p in enumerate(self.people)}
        return person_id in index

    def cluster(self, cluster_id: int) -> ClusterResult:
        return self.clusters[cluster_id - 1]

    @property
    def response_rate(self) -> float:
        return self.quality.rate

    @property
    def key_holders(self) -> tuple[PersonResult, ...]:
        """Key knowledge holders, most learners first (then lower id)."""
        return tuple(
            sorted((p for p in self.people if p.key_holder), key=lambda p: (-p.in_degree, p.id))
        )

    @property
    def risk_clusters(self) -> tuple[ClusterResult, ...]:
        return tuple(c for c in self.clusters if c.risk)
