"""Groups of people and the learning between them: what the group map draws.

For a big organisation a picture of every person is a grey tangle; the group map
(``kennisnet.export.group_map``, the app's "Groups" view) shows departments or
clusters instead. :func:`summarise_groups` counts, from one analysis result, every
group's people, how many are trained, how many cannot reach a trained colleague,
how many are in a risk cluster, and the ties from one group to another. The map
only draws these counts; it computes nothing of its own.

The rules are in docs/analysis.md ("Big organisations"):

* groups are the departments of the staff list (people without a department form
  one group), or the clusters (people in no cluster of two or more form one group);
* a group "at risk": at least :data:`RISK_SHARE` of its people are in a risk cluster;
  "watch": at least :data:`UNREACHED_SHARE` cannot reach a trained colleague within
  the reach steps; otherwise "fine";
* a flow is every tie from a learner in one group to a source in another
  (the weight of a tie is not counted, only the tie); ties inside a group are
  counted per group.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kennisnet.analysis.result import AnalysisResult

#: A group is at risk when at least this share of its people are in a risk cluster.
RISK_SHARE = 0.5
#: A group needs watching when at least this share cannot reach a trained colleague.
UNREACHED_SHARE = 1 / 3

BY_DEPARTMENT = "department"
BY_CLUSTER = "cluster"
GROUPINGS = (BY_DEPARTMENT, BY_CLUSTER)

#: Risk levels of a group, most urgent first.
RISK = "risk"
WATCH = "watch"
FINE = "fine"


@dataclass(frozen=True, slots=True)
class Group:
    """One department or cluster."""

    #: The department's name (None: no department known) when grouped by department.
    department: str | None
    #: The cluster's number when grouped by cluster (0: people in no cluster of two or more).
    cluster: int | None
    #: Person ids, ascending.
    members: tuple[int, ...]
    trained: int
    #: Members who cannot reach a trained colleague within the reach steps.
    unreached: int
    #: Members in a risk cluster.
    in_risk_cluster: int
    #: Ties with learner and source both in this group.
    ties_within: int

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def trained_share(self) -> float:
        return self.trained / self.size if self.members else 0.0

    @property
    def level(self) -> str:
        """:data:`RISK`, :data:`WATCH` or :data:`FINE` (the rule above)."""
        if not self.members:
            return FINE
        if self.in_risk_cluster >= RISK_SHARE * self.size:
            return RISK
        if self.unreached >= UNREACHED_SHARE * self.size:
            return WATCH
        return FINE


@dataclass(frozen=True, slots=True)
class Flow:
    """Learning from one group to another: ``ties`` learners of ``learners`` name a
    source in ``sources`` (indexes into :attr:`GroupSummary.groups`)."""

    learners: int
    sources: int
    ties: int


@dataclass(frozen=True, slots=True)
class GroupSummary:
    #: :data:`BY_DEPARTMENT` or :data:`BY_CLUSTER`.
    by: str
    #: Most people first, then by name or number; the group of people without a
    #: department (or in no cluster of two or more) last.
    groups: tuple[Group, ...]
    #: Every flow between two different groups, most ties first.
    flows: tuple[Flow, ...]

    def group_of(self, person_id: int) -> int | None:
        for index, group in enumerate(self.groups):
            if person_id in group.members:
                return index
        return None


def default_grouping(result: AnalysisResult) -> str:
    """Departments when the staff list has them (two or more), else clusters."""
    departments = {p.department for p in result.people if p.department}
    return BY_DEPARTMENT if len(departments) >= 2 else BY_CLUSTER


def summarise_groups(result: AnalysisResult, by: str | None = None) -> GroupSummary:
    """Every group of ``result`` with its counts and the flows between groups."""
    by = by or default_grouping(result)
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; use one of {', '.join(GROUPINGS)}")
    risky = {c.id for c in result.clusters if c.risk}
    single = {c.id for c in result.clusters if c.size < 2}
    keys: dict[int, str | int | None] = {}
    for p in result.people:
        if by == BY_DEPARTMENT:
            keys[p.id] = p.department
        else:
            keys[p.id] = 0 if p.cluster in single else p.cluster
    members: dict[str | int | None, list[int]] = {}
    for pid, key in keys.items():
        members.setdefault(key, []).append(pid)
    within: Counter[str | int | None] = Counter()
    between: Counter[tuple[str | int | None, str | int | None]] = Counter()
    for edge in result.edges:
        a, b = keys.get(edge.learner, -1), keys.get(edge.source, -1)
        if a == -1 or b == -1:
            continue
        if a == b:
            within[a] += 1
        else:
            between[(a, b)] += 1

    def order(key: str | int | None) -> tuple[int, int, str]:
        name = key if isinstance(key, str) else ""
        number = key if isinstance(key, int) else 0
        last = key is None or key == 0
        return (int(last), -len(members[key]), f"{name.casefold()}\0{number:09d}")

    ordered = sorted(members, key=order)
    index = {key: i for i, key in enumerate(ordered)}
    groups = []
    for key in ordered:
        people = [result.person(pid) for pid in sorted(members[key])]
        groups.append(
            Group(
                department=key if by == BY_DEPARTMENT and isinstance(key, str) else None,
                cluster=key if isinstance(key, int) and by == BY_CLUSTER else None,
                members=tuple(p.id for p in people),
                trained=sum(1 for p in people if p.trained is True),
                unreached=sum(1 for p in people if not p.reaches_trained),
                in_risk_cluster=sum(1 for p in people if p.cluster in risky),
                ties_within=within[key],
            )
        )
    flows = sorted(
        (Flow(index[a], index[b], ties) for (a, b), ties in between.items()),
        key=lambda f: (-f.ties, f.learners, f.sources),
    )
    return GroupSummary(by, tuple(groups), tuple(flows))
