"""Reach of trained knowledge: steps to a trained person, gatekeepers, only sources.

* ``steps_to_trained``: one breadth-first search from all trained people at once,
  following edges backwards (source -> learner). 0 for trained people, None when
  no learner -> source path leads to a trained person. Unknown training counts
  as not trained.
* ``gatekeeper_of[v]``: how many *other* people would lose every path to trained
  knowledge if v left. Reverse the graph (source -> learner) and add a virtual
  root with an edge to every trained person. Then u loses every path when v
  leaves exactly when v dominates u (every root -> u path passes v), so the
  answer is the size of v's subtree in the dominator tree minus v itself.
  Trained people are children of the root (they reach trained knowledge in 0
  steps, whoever leaves), so they are never counted for anyone; people with no
  path are not in the tree and never counted either. The dominator tree comes
  from igraph (Lengauer–Tarjan, near-linear); the tests check it against
  NetworkX and against removing each person in turn.
* ``sole_source_of[v]``: learners whose only source in the graph is v.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kennisnet.analysis.graph import KnowledgeGraph

if TYPE_CHECKING:
    import igraph


def steps_to_trained(graph: KnowledgeGraph) -> tuple[tuple[int | None, ...], list[int]]:
    """(steps per node, BFS order of the reached nodes: nearer first)."""
    steps: list[int | None] = [None] * graph.n
    queue: deque[int] = deque()
    order: list[int] = []
    for i, trained in enumerate(graph.trained):
        if trained is True:
            steps[i] = 0
            queue.append(i)
    learners = graph.learners
    while queue:
        v = queue.popleft()
        order.append(v)
        next_step = (steps[v] or 0) + 1
        for u in learners[v]:
            if steps[u] is None:
                steps[u] = next_step
                queue.append(u)
    return tuple(steps), order


def immediate_dominators(
    graph: KnowledgeGraph, directed: igraph.Graph | None = None
) -> list[int | None]:
    """Immediate dominator per node in the reversed graph rooted at a virtual root.

    -1 = the virtual root; None = not reachable (no path to trained knowledge).
    ``directed`` is ``graph.to_igraph(weighted=False)`` when the caller has it
    already (it is copied, not changed): the virtual root is added with an edge
    from every trained person, and the dominators are taken along the edges
    backwards, which is the same as on the reversed graph.
    """
    n = graph.n
    root = n
    with_root = (directed if directed is not None else graph.to_igraph(weighted=False)).copy()
    with_root.add_vertices(1)
    with_root.add_edges([(i, root) for i, trained in enumerate(graph.trained) if trained is True])
    raw: Sequence[float] = with_root.dominator(root, mode="in")
    result: list[int | None] = []
    for value in raw[:n]:
        if value is None or value != value:  # NaN: not reachable
            result.append(None)
        else:
            parent = int(value)
            result.append(-1 if parent in (root, -1) else parent)
    return result


def gatekeepers(
    graph: KnowledgeGraph, bfs_order: Sequence[int], directed: igraph.Graph | None = None
) -> tuple[int, ...]:
    """gatekeeper_of per node (size of the dominator subtree minus one)."""
    idom = immediate_dominators(graph, directed)
    subtree = [1] * graph.n
    # A dominator is strictly nearer to the root than the nodes it dominates, so
    # walking the BFS order backwards adds every subtree before its parent's.
    for v in reversed(bfs_order):
        parent = idom[v]
        if parent is not None and parent >= 0:
            subtree[parent] += subtree[v]
    return tuple([size - 1 if idom[v] is not None else 0 for v, size in enumerate(subtree)])


def sole_sources(graph: KnowledgeGraph) -> tuple[int, ...]:
    """Per node: learners whose only source in the graph is that node."""
    import numpy as np

    out_degree = np.diff(graph.self_loops.indptr) - 1
    only = graph.source_index[out_degree[graph.learner_index] == 1]
    counts: list[int] = np.bincount(only, minlength=graph.n).tolist()
    return tuple(counts)
