"""Who is close to whom, and which colleagues can help: helpers for the plan rules.

*Close in the network* is measured on the undirected ties (either person named
the other): the fewest steps between two people. Helpers proposed for
learning on the job are always **trained** (the HR record, else the
self-report; unknown never counts) and **not overloaded**, never external.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Mapping

from kennisnet.analysis import AnalysisResult, PersonResult

#: Helpers further away than this in the network are only proposed from the same department.
NEAR = 3


def undirected(result: AnalysisResult) -> dict[int, set[int]]:
    """Neighbours of every person, whichever way the tie points."""
    adj: dict[int, set[int]] = {p.id: set() for p in result.people}
    for e in result.edges:
        adj[e.learner].add(e.source)
        adj[e.source].add(e.learner)
    return adj


def distances(adj: Mapping[int, set[int]], start: Iterable[int], limit: int) -> dict[int, int]:
    """Fewest undirected steps from any of ``start`` (0 for themselves), up to ``limit``."""
    dist = {s: 0 for s in start}
    queue = deque(dist)
    while queue:
        v = queue.popleft()
        if dist[v] >= limit:
            continue
        for u in adj.get(v, ()):
            if u not in dist:
                dist[u] = dist[v] + 1
                queue.append(u)
    return dist


def can_help(p: PersonResult) -> bool:
    """Trained, not overloaded, on the staff list."""
    return p.trained is True and not p.overloaded and not p.external


class Helpers:
    """Trained, not overloaded colleagues close to a group, best first (see :meth:`near`)."""

    def __init__(self, result: AnalysisResult, adj: Mapping[int, set[int]]) -> None:
        self.adj = adj
        self.pool = {p.id: p for p in result.people if can_help(p)}
        self.by_department: dict[str, list[PersonResult]] = {}
        for p in self.pool.values():
            if p.department is not None:
                self.by_department.setdefault(p.department, []).append(p)

    def near(
        self,
        near: Collection[int],
        *,
        department: str | None,
        exclude: Collection[int] = (),
        count: int = 3,
    ) -> tuple[int, ...]:
        """Order: fewer steps away, then the same department, then fewer learners already
        (more room), then the lower id. Someone further than :data:`NEAR` steps (or
        without any path) is only named when in ``department``."""
        dist = distances(self.adj, near, NEAR)
        skip = set(exclude) | set(near)
        found: dict[int, PersonResult] = {i: self.pool[i] for i in dist if i in self.pool}
        if department is not None:
            found.update((p.id, p) for p in self.by_department.get(department, ()))
        ranked = sorted(
            (
                dist.get(p.id, NEAR + 1),
                0 if department is not None and p.department == department else 1,
                p.in_degree,
                p.id,
            )
            for p in found.values()
            if p.id not in skip
        )
        return tuple(r[3] for r in ranked[:count])


def helpers(
    result: AnalysisResult,
    adj: Mapping[int, set[int]],
    near: Collection[int],
    *,
    department: str | None,
    exclude: Collection[int] = (),
    count: int = 3,
) -> tuple[int, ...]:
    """:meth:`Helpers.near` for one question (builds the pool each time)."""
    return Helpers(result, adj).near(near, department=department, exclude=exclude, count=count)
