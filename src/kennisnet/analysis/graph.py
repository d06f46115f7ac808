"""Building the knowledge network (learner -> source) from the survey.

Rules (PRODUCT.md, "Analysis — exact meanings"):

* one node per person on the staff list; people named who are not on it
  (``Person.external``) are left out unless ``include_external`` is set;
* a directed edge learner -> source per nomination, weight from the frequency
  (daily 4, weekly 3, monthly 2, less often or missing 1);
* self-nominations are ignored; several nominations of the same source in one
  response collapse into one edge with the highest weight;
* people who did not respond stay in the graph without outgoing edges (their
  ties are missing, not zero);
* when one respondent has several responses in the data (the store should
  never hand over more than one), their nominations are merged the same way.

Nodes are kept in ascending id order and edges in (learner, source) order, so the
result never depends on the order of people or responses in the input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from kennisnet import igraph_lib
from kennisnet.model import FREQUENCY_WEIGHT, Person, Response, SurveyData

if TYPE_CHECKING:
    import igraph
    import networkx as nx
    import numpy as np
    import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class SelfLoops:
    """The pattern of A + I, A the adjacency matrix (learner row, source column).

    ``indices`` and ``indptr`` are its compressed sparse rows: row u holds u itself
    and the sources of u, ascending. The same arrays are the compressed sparse
    *columns* of the transpose. Edge k (in ``KnowledgeGraph`` order) is entry
    ``edge_entry[k]`` and the diagonal of node u is entry ``diagonal_entry[u]``, so
    values per edge and per node are placed with two assignments. PageRank and
    the training advice both build their sparse matrices on it.
    """

    indices: npt.NDArray[np.int32]
    indptr: npt.NDArray[np.int32]
    edge_entry: npt.NDArray[np.int64]
    diagonal_entry: npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class KnowledgeGraph:
    """The analysed network as index-based adjacency lists (index = position in ``ids``)."""

    ids: tuple[int, ...]
    index: Mapping[int, int]
    people: tuple[Person, ...]
    trained: tuple[bool | None, ...]
    responded: tuple[bool, ...]
    #: Per node: indices of the people who learn from it (ascending).
    learners: tuple[tuple[int, ...], ...]
    #: External people left out of the graph -> number of distinct learners naming them.
    external_named_by: Mapping[int, int]
    #: Nominations of ids that are not in ``SurveyData.people`` (ignored).
    unknown_nominations: int
    #: Active response per respondent in the graph (for channels and learns-alone).
    responses: Mapping[int, Response]
    #: The edges as three columns (learner index, source index, weight), sorted
    #: by (learner, source); see also :attr:`edges`.
    learner_index: npt.NDArray[np.int64]
    source_index: npt.NDArray[np.int64]
    edge_weight: npt.NDArray[np.int64]
    #: The pattern of A + I in compressed sparse rows (see :class:`SelfLoops`).
    self_loops: SelfLoops

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def edge_count(self) -> int:
        return len(self.learner_index)

    @property
    def edges(self) -> tuple[tuple[int, int, int], ...]:
        """(learner index, source index, weight), sorted."""
        columns = (self.learner_index, self.source_index, self.edge_weight)
        return tuple(zip(*(c.tolist() for c in columns), strict=True))

    @property
    def sources(self) -> tuple[tuple[int, ...], ...]:
        """Per node: indices of the people it learns from (ascending)."""
        targets: list[int] = self.source_index.tolist()
        bounds: list[int] = (self.self_loops.indptr - range(self.n + 1)).tolist()
        return tuple(tuple(targets[a:b]) for a, b in pairwise(bounds))

    def to_igraph(self, *, reverse: bool = False, weighted: bool = True) -> igraph.Graph:
        """The same graph for igraph (vertex i = ``ids[i]``), edge attribute ``weight``.

        ``weighted=False`` leaves the weights out (cheaper, for unweighted measures).
        """
        igraph = igraph_lib.load()

        learners: list[int] = self.learner_index.tolist()
        sources: list[int] = self.source_index.tolist()
        pairs = list(
            zip(sources, learners, strict=True) if reverse else zip(learners, sources, strict=True)
        )
        graph = igraph.Graph(n=self.n, edges=pairs, directed=True)
        if weighted:
            graph.es["weight"] = self.edge_weight.tolist()
        return graph

    def to_networkx(self) -> nx.DiGraph:
        """The graph as ``networkx.DiGraph`` keyed by person id, with person attributes."""
        import networkx as nx

        graph = nx.DiGraph()
        for i, person in enumerate(self.people):
            graph.add_node(
                person.id,
                name=person.name,
                department=person.department,
                team=person.team,
                trained=self.trained[i],
                responded=self.responded[i],
                external=person.external,
            )
        ids = self.ids
        graph.add_weighted_edges_from((ids[s], ids[t], w) for s, t, w in self.edges)
        return graph


def _pick_response(current: Response | None, other: Response) -> Response:
    if current is None:
        return other
    return max(current, other, key=lambda r: (r.submitted_at, r.uuid))


def build_knowledge_graph(data: SurveyData, *, include_external: bool = False) -> KnowledgeGraph:
    """Build the index-based network the analysis works on."""
    import numpy as np

    status = data.training_status()
    by_id = {person.id: person for person in data.people}
    people = tuple(
        sorted(
            (p for p in by_id.values() if include_external or not p.external),
            key=attrgetter("id"),
        )
    )
    ids = tuple(map(attrgetter("id"), people))
    n = len(ids)
    index = {pid: i for i, pid in enumerate(ids)}

    # Edge (learner, source) is keyed by the integer learner * n + source: cheaper
    # to hash and to sort than a tuple, and sorting the keys gives (learner, source) order.
    weights: dict[int, int] = {}
    responses: dict[int, Response] = {}
    external_learners: dict[int, set[int]] = {}
    unknown = 0
    weight_of = FREQUENCY_WEIGHT
    for response in data.responses:
        respondent = response.respondent_id
        learner = index.get(respondent)
        if learner is None:
            continue
        current = responses.get(respondent)
        responses[respondent] = response if current is None else _pick_response(current, response)
        row = learner * n
        for nomination in response.nominations:
            source_id = nomination.source_id
            if source_id == respondent:
                continue
            source = index.get(source_id)
            if source is None:
                if source_id in by_id:
                    external_learners.setdefault(source_id, set()).add(respondent)
                else:
                    unknown += 1
                continue
            key = row + source
            weight = weight_of[nomination.frequency]
            if weights.get(key, 0) < weight:
                weights[key] = weight

    count = len(weights)
    keys = np.fromiter(weights.keys(), dtype=np.int64, count=count)
    order = np.argsort(keys)
    keys = keys[order]
    learner_index = keys // max(n, 1)
    source_index = keys - learner_index * n
    edge_weight = np.fromiter(weights.values(), dtype=np.int64, count=count)[order]
    learners: list[list[int]] = [[] for _ in ids]
    # Edges are in (learner, source) order, so the lists come out ascending.
    for s, t in zip(learner_index.tolist(), source_index.tolist(), strict=True):
        learners[t].append(s)
    # Entries of A + I in order of their keys (row * n + column): the edge keys
    # are sorted, the diagonal key of u is u * n + u, and the two never collide,
    # so each entry's place is its own rank plus the entries of the other kind
    # with smaller keys.
    nodes = np.arange(n, dtype=np.int64)
    diagonal_keys = nodes * (n + 1)
    edge_entry = np.searchsorted(diagonal_keys, keys) + np.arange(count)
    diagonal_entry = np.searchsorted(keys, diagonal_keys) + nodes
    indices = np.empty(count + n, dtype=np.int32)
    indices[edge_entry] = source_index
    indices[diagonal_entry] = nodes
    indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(learner_index, minlength=n) + 1, out=indptr[1:])
    self_loops = SelfLoops(indices, indptr, edge_entry, diagonal_entry)
    return KnowledgeGraph(
        ids=ids,
        index=index,
        people=people,
        trained=tuple(map(status.get, ids)),
        responded=tuple(map(responses.__contains__, ids)),
        learners=tuple(map(tuple, learners)),
        external_named_by={k: len(v) for k, v in sorted(external_learners.items())},
        unknown_nominations=unknown,
        responses=responses,
        learner_index=learner_index,
        source_index=source_index,
        edge_weight=edge_weight,
        self_loops=self_loops,
    )


def build_graph(data: SurveyData, *, include_external: bool = False) -> nx.DiGraph:
    """The knowledge network as a ``networkx.DiGraph`` (learner -> source, ``weight``).

    Nodes are person ids with the attributes ``name``, ``department``, ``team``,
    ``trained`` (True/False/None), ``responded`` and ``external``.
    """
    return build_knowledge_graph(data, include_external=include_external).to_networkx()
