"""Groups of people and the learning between them: what the group map draws.

For a big organisation a picture of every person is a grey tangle; the group map
(``kennisnet.export.group_map``, the app's "Groups" view) shows departments or
clusters instead. :func:`summarise_groups` counts, from one analysis result, every
group's people, how many are trained, how many cannot reach a trained colleague,
how many are in a risk cluster, and the ties from one group to another. The map
only draws these counts; it computes nothing of its own.

The rules are in docs/analysis.md ("Big organisations"):

* groups are the departments of the staff list (people without a department form
  one group), the clusters (people in no cluster of two or more form one group), or
  the values of any other staff-list column ("team", "role", ``column:<name>`` such
  as ``column:Divisie``; people without a value form one group);
* by default, when there are more departments than fit on one page
  (:data:`MAP_GROUPS`), a staff-list column that is a *higher level* of the
  departments (:func:`higher_level`) groups them instead;
* beyond :data:`MAP_GROUPS` groups, the smallest groups are put together in one
  "other" group (:func:`fold`), so nobody is ever left out; pseudonymised, groups
  under 5 people are always put there too, and the "other" group itself holds at
  least 5 people;
* a group "at risk": at least :data:`RISK_SHARE` of its people are in a risk cluster;
  "watch": at least :data:`UNREACHED_SHARE` cannot reach a trained colleague within
  the reach steps; otherwise "fine";
* a flow is every tie from a learner in one group to a source in another
  (the weight of a tie is not counted, only the tie); ties inside a group are
  counted per group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kennisnet.analysis.result import AnalysisResult
from kennisnet.matching import OTHER_NAMES
from kennisnet.model import Person

#: A group is at risk when at least this share of its people are in a risk cluster.
RISK_SHARE = 0.5
#: A group needs watching when at least this share cannot reach a trained colleague.
UNREACHED_SHARE = 1 / 3

BY_DEPARTMENT = "department"
BY_CLUSTER = "cluster"
GROUPINGS = (BY_DEPARTMENT, BY_CLUSTER)
#: Staff-list fields besides the department that can group people.
FIELDS = ("team", "role")
#: Prefix of the grouping by a column Kennisnet does not know (the column's name follows),
#: as in ``kennisnet.export.attributes``.
COLUMN = "column:"
#: At most this many groups fit on one page (the group map's circles); beyond it the
#: smallest are put together in one "other" group.
MAP_GROUPS = 40

#: Risk levels of a group, most urgent first.
RISK = "risk"
WATCH = "watch"
FINE = "fine"


@dataclass(frozen=True, slots=True)
class Group:
    """One department, cluster or value of a column, or the "other" group."""

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
    #: The value of the staff-list column when grouped by one (None: no value).
    value: str | None = None
    #: The "other" group: how many smaller groups it holds together (0: one group).
    other: int = 0

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
    #: :data:`BY_DEPARTMENT`, :data:`BY_CLUSTER`, a field of :data:`FIELDS` or
    #: ``column:<name>``.
    by: str
    #: Most people first, then by name or number; the group of people without a
    #: department (or in no cluster of two or more, or without a value) after them;
    #: the "other" group (:func:`fold`) last.
    groups: tuple[Group, ...]
    #: Every flow between two different groups, most ties first.
    flows: tuple[Flow, ...]
    #: Grouped by a higher level of the departments because these many departments
    #: do not fit on one page (0: not).
    replaces_departments: int = 0

    @property
    def people(self) -> int:
        return sum(g.size for g in self.groups)

    @property
    def other(self) -> Group | None:
        """The "other" group, if smaller groups were put together."""
        return next((g for g in self.groups if g.other), None)


def default_grouping(result: AnalysisResult) -> str:
    """Departments when the staff list has them (two or more), else clusters."""
    departments = {p.department for p in result.people if p.department}
    return BY_DEPARTMENT if len(departments) >= 2 else BY_CLUSTER


def _clean(raw: str | None) -> str | None:
    text = (raw or "").strip()
    return text or None


def column_values(
    result: AnalysisResult, by: str, people: Sequence[Person] = ()
) -> dict[int, str | None]:
    """Person id -> the value of the staff-list column ``by`` (a field of :data:`FIELDS`
    or ``column:<name>``) for everyone in ``result``; ``people``: the staff list."""
    if by in FIELDS:
        return {p.id: _clean(getattr(p, by)) for p in result.people}
    name = by.removeprefix(COLUMN)
    listed = {p.id: _clean(p.attributes.get(name)) for p in people}
    return {p.id: listed.get(p.id) for p in result.people}


def columns(result: AnalysisResult, people: Sequence[Person] = ()) -> list[str]:
    """Every staff-list column besides the department that someone has a value in:
    the fields of :data:`FIELDS`, then ``column:<name>`` by name (other names of a
    person are never one: they identify people)."""
    out = [f for f in FIELDS if any(getattr(p, f) for p in result.people)]
    names = {k for p in people if not p.external for k, v in p.attributes.items() if _clean(v)}
    names.discard(OTHER_NAMES)
    return out + [COLUMN + n for n in sorted(names, key=str.casefold)]


def higher_level(
    result: AnalysisResult, people: Sequence[Person], limit: int = MAP_GROUPS
) -> str | None:
    """The staff-list column that is a higher level of the departments, if any: every
    department lies within one value of it (its people all have the same value, or all
    none), and it makes between 2 and ``limit`` groups (people without a value count as
    one). Of several, the one with the most values (the most detail that fits); of
    those, the first by name."""
    department = {p.id: p.department for p in result.people if not p.external}
    found: list[tuple[int, str]] = []
    for by in columns(result, people):
        values = column_values(result, by, people)
        within: dict[str, str | None] = {}
        nested = True
        for pid, dept in department.items():
            if dept is not None and within.setdefault(dept, values[pid]) != values[pid]:
                nested = False
                break
        if not nested:
            continue
        distinct = {values[pid] for pid in department}
        named = len(distinct - {None})
        if named >= 2 and len(distinct) <= limit:
            found.append((named, by))
    if not found:
        return None
    return min(found, key=lambda f: (-f[0], f[1].casefold()))[1]


def summarise_groups(
    result: AnalysisResult,
    by: str | None = None,
    *,
    people: Sequence[Person] = (),
    limit: int | None = MAP_GROUPS,
    min_size: int = 1,
) -> GroupSummary:
    """Every group of ``result`` with its counts and the flows between groups.

    ``by`` None: departments (more than ``limit`` of them: a higher level of the
    departments on the staff list ``people`` when there is one, :func:`higher_level`),
    else clusters. ``limit``: at most this many groups, the smallest put together in
    one "other" group, as are groups under ``min_size`` people (:func:`fold`; None:
    every group on its own). Raises ValueError for a column nobody has a value in."""
    replaces = 0
    if by is None:
        by = default_grouping(result)
        departments = {p.department for p in result.people}
        if by == BY_DEPARTMENT and limit is not None and len(departments) > limit:
            higher = higher_level(result, people, limit)
            if higher is not None:
                by, replaces = higher, len(departments - {None})
    risky = {c.id for c in result.clusters if c.risk}
    single = {c.id for c in result.clusters if c.size < 2}
    keys: dict[int, str | int | None]
    if by == BY_DEPARTMENT:
        keys = {p.id: p.department for p in result.people}
    elif by == BY_CLUSTER:
        keys = {p.id: 0 if p.cluster in single else p.cluster for p in result.people}
    elif by in FIELDS or by.startswith(COLUMN):
        keys = dict(column_values(result, by, people))
    else:
        keys = {}
    if by not in GROUPINGS and not any(v is not None for v in keys.values()):
        choices = ", ".join((*GROUPINGS, *columns(result, people)))
        raise ValueError(f"unknown grouping {by!r}; use one of {choices}")
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
        chosen = [result.person(pid) for pid in sorted(members[key])]
        groups.append(
            Group(
                department=key if by == BY_DEPARTMENT and isinstance(key, str) else None,
                cluster=key if isinstance(key, int) and by == BY_CLUSTER else None,
                members=tuple(p.id for p in chosen),
                trained=sum(1 for p in chosen if p.trained is True),
                unreached=sum(1 for p in chosen if not p.reaches_trained),
                in_risk_cluster=sum(1 for p in chosen if p.cluster in risky),
                ties_within=within[key],
                value=key if by not in GROUPINGS and isinstance(key, str) else None,
            )
        )
    flows = sorted(
        (Flow(index[a], index[b], ties) for (a, b), ties in between.items()),
        key=lambda f: (-f.ties, f.learners, f.sources),
    )
    summary = GroupSummary(by, tuple(groups), tuple(flows), replaces)
    return summary if limit is None else fold(summary, limit, min_size)


def fold(summary: GroupSummary, limit: int = MAP_GROUPS, min_size: int = 1) -> GroupSummary:
    """``summary`` with at most ``limit`` groups: the ``limit - 1`` largest groups of at
    least ``min_size`` people, and one "other" group (last) holding everyone else
    (groups under ``min_size`` always). The "other" group holds at least ``min_size``
    people: when the groups put together are fewer, the smallest groups kept join
    them. Flows to and from the groups put together become flows to and from "other";
    ties between them are ties within it. ``summary`` itself when nothing needs it."""
    groups = summary.groups
    small = any(not g.other and g.size < min_size for g in groups)
    if len(groups) <= limit and not small:
        return summary
    candidates = sorted(
        (i for i, g in enumerate(groups) if not g.other and g.size >= min_size),
        key=lambda i: (-groups[i].size, i),
    )
    keep = candidates[: max(limit - 1, 0)]
    chosen = set(keep)
    together = sum(g.size for i, g in enumerate(groups) if i not in chosen)
    while keep and 0 < together < min_size:
        together += groups[keep.pop()].size
    kept = sorted(keep)
    if len(kept) == len(groups):
        return summary
    new_index = {old: new for new, old in enumerate(kept)}
    rest = [g for i, g in enumerate(groups) if i not in new_index]
    other_index = len(kept)
    merged: Counter[tuple[int, int]] = Counter()
    ties_inside = 0
    for f in summary.flows:
        a = new_index.get(f.learners, other_index)
        b = new_index.get(f.sources, other_index)
        if a == b:
            ties_inside += f.ties
        else:
            merged[(a, b)] += f.ties
    other = Group(
        department=None,
        cluster=None,
        members=tuple(sorted(pid for g in rest for pid in g.members)),
        trained=sum(g.trained for g in rest),
        unreached=sum(g.unreached for g in rest),
        in_risk_cluster=sum(g.in_risk_cluster for g in rest),
        ties_within=sum(g.ties_within for g in rest) + ties_inside,
        other=sum(g.other or 1 for g in rest),
    )
    flows = sorted(
        (Flow(a, b, ties) for (a, b), ties in merged.items()),
        key=lambda f: (-f.ties, f.learners, f.sources),
    )
    return GroupSummary(
        summary.by,
        (*(groups[i] for i in kept), other),
        tuple(flows),
        summary.replaces_departments,
    )
