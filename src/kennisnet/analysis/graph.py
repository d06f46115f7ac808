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
from typing import TYPE_CHECKING

from kennisnet.model import Person, Response, SurveyData

if TYPE_CHECKING:
    import igraph
    import networkx as nx


@dataclass(frozen=True, slots=True)
class KnowledgeGraph:
    """The analysed network as index-based adjacency lists (index = position in ``ids``)."""

    ids: tuple[int, ...]
    index: Mapping[int, int]
    people: tuple[Person, ...]
    trained: tuple[bool | None, ...]
    responded: tuple[bool, ...]
    #: (learner index, source index, weight), sorted.
    edges: tuple[tuple[int, int, int], ...]
    #: Per node: indices of the people it learns from (ascending).
    sources: tuple[tuple[int, ...], ...]
    #: Per node: indices of the people who learn from it (ascending).
    learners: tuple[tuple[int, ...], ...]
    #: External people left out of the graph -> number of distinct learners naming them.
    external_named_by: Mapping[int, int]
    #: Nominations of ids that are not in ``SurveyData.people`` (ignored).
    unknown_nominations: int
    #: Active response per respondent in the graph (for channels and learns-alone).
    responses: Mapping[int, Response]

    @property
    def n(self) -> int:
        return len(self.ids)

    def to_igraph(self, *, reverse: bool = False) -> igraph.Graph:
        """The same graph for igraph (vertex i = ``ids[i]``), edge attribute ``weight``."""
        import igraph

        pairs = [(s, t) if not reverse else (t, s) for s, t, _ in self.edges]
        graph = igraph.Graph(n=self.n, edges=pairs, directed=True)
        graph.es["weight"] = [w for _, _, w in self.edges]
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
    status = data.training_status()
    by_id = {person.id: person for person in data.people}
    people = tuple(
        sorted(
            (p for p in by_id.values() if include_external or not p.external),
            key=lambda p: p.id,
        )
    )
    ids = tuple(p.id for p in people)
    index = {pid: i for i, pid in enumerate(ids)}

    weights: dict[tuple[int, int], int] = {}
    responses: dict[int, Response] = {}
    external_learners: dict[int, set[int]] = {}
    unknown = 0
    for response in data.responses:
        learner = index.get(response.respondent_id)
        if learner is None:
            continue
        responses[response.respondent_id] = _pick_response(
            responses.get(response.respondent_id), response
        )
        for nomination in response.nominations:
            source_id = nomination.source_id
            if source_id == response.respondent_id:
                continue
            source = index.get(source_id)
            if source is None:
                named = by_id.get(source_id)
                if named is None:
                    unknown += 1
                else:
                    external_learners.setdefault(source_id, set()).add(response.respondent_id)
                continue
            key = (learner, source)
            weights[key] = max(weights.get(key, 0), nomination.weight)

    edges = tuple(sorted((s, t, w) for (s, t), w in weights.items()))
    sources: list[list[int]] = [[] for _ in ids]
    learners: list[list[int]] = [[] for _ in ids]
    for s, t, _ in edges:
        sources[s].append(t)
        learners[t].append(s)
    return KnowledgeGraph(
        ids=ids,
        index=index,
        people=people,
        trained=tuple(status.get(pid) for pid in ids),
        responded=tuple(pid in responses for pid in ids),
        edges=edges,
        sources=tuple(tuple(x) for x in sources),
        learners=tuple(tuple(sorted(x)) for x in learners),
        external_named_by={k: len(v) for k, v in sorted(external_learners.items())},
        unknown_nominations=unknown,
        responses=responses,
    )


def build_graph(data: SurveyData, *, include_external: bool = False) -> nx.DiGraph:
    """The knowledge network as a ``networkx.DiGraph`` (learner -> source, ``weight``).

    Nodes are person ids with the attributes ``name``, ``department``, ``team``,
    ``trained`` (True/False/None), ``responded`` and ``external``.
    """
    return build_knowledge_graph(data, include_external=include_external).to_networkx()
