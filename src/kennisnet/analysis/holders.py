"""Key knowledge holders: in-degree, weighted in-degree, PageRank, betweenness.

PageRank is NetworkX's power iteration run on our own sparse matrix (same
numbers as ``nx.pagerank(G, alpha=0.85, weight="weight")`` with a tight
tolerance). Betweenness is computed with igraph (C) instead of NetworkX: the
figures are the same as ``nx.betweenness_centrality(G, normalized=True)`` on the
directed graph (the tests check this), but NetworkX's pure-Python betweenness
takes minutes at 10,000 people. Betweenness is computed in chunks of source vertices so that
progress can be reported and a cancel honoured in between.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.options import AnalysisOptions

PAGERANK_ALPHA = 0.85
PAGERANK_TOL = 1e-15
PAGERANK_MAX_ITER = 10_000

#: Sources per betweenness chunk (between two cancel checks).
_BETWEENNESS_CHUNK = 400


@dataclass(frozen=True, slots=True)
class HolderMetrics:
    in_degree: tuple[int, ...]
    weighted_in_degree: tuple[int, ...]
    pagerank: tuple[float, ...]
    betweenness: tuple[float, ...]
    key_holder: tuple[bool, ...]
    key_holder_min_in_degree: int | None
    overloaded: tuple[bool, ...]
    habit_spreader: tuple[bool, ...]


def degrees(graph: KnowledgeGraph) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(in-degree, weighted in-degree) per node."""
    indeg = [0] * graph.n
    windeg = [0] * graph.n
    for _, t, w in graph.edges:
        indeg[t] += 1
        windeg[t] += w
    return tuple(indeg), tuple(windeg)


def pagerank(graph: KnowledgeGraph) -> tuple[float, ...]:
    """Weighted PageRank, damping 0.85; people without sources jump uniformly.

    The power iteration of ``nx.pagerank`` (its SciPy implementation), with a
    much tighter tolerance (``PAGERANK_TOL`` per node). Written out here so that
    it runs on our arrays and gives bit-for-bit the same numbers every run
    (igraph's PRPACK differs in the last digits from run to run).
    """
    import numpy as np
    from scipy import sparse

    n = graph.n
    if n == 0:
        return ()
    uniform = np.full(n, 1.0 / n)
    if not graph.edges:
        return tuple(float(v) for v in uniform)
    rows = np.fromiter((s for s, _, _ in graph.edges), dtype=np.int64, count=len(graph.edges))
    cols = np.fromiter((t for _, t, _ in graph.edges), dtype=np.int64, count=len(graph.edges))
    data = np.fromiter((w for _, _, w in graph.edges), dtype=float, count=len(graph.edges))
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(n, n))
    out_weight = np.asarray(matrix.sum(axis=1)).ravel()
    dangling = out_weight == 0
    scale = np.zeros(n)
    scale[~dangling] = 1.0 / out_weight[~dangling]
    transition_t = (sparse.diags(scale, format="csr") @ matrix).T.tocsr()
    x = uniform
    for _ in range(PAGERANK_MAX_ITER):
        previous = x
        x = (
            PAGERANK_ALPHA * (transition_t @ x + x[dangling].sum() * uniform)
            + (1 - PAGERANK_ALPHA) * uniform
        )
        if np.abs(x - previous).sum() < n * PAGERANK_TOL:
            break
    return tuple(float(v) for v in x / x.sum())


def betweenness(
    graph: KnowledgeGraph, tick: Callable[[float], None] | None = None
) -> tuple[float, ...]:
    """Directed, unweighted betweenness normalised by (n-1)(n-2) (as NetworkX does)."""
    n = graph.n
    if n <= 2 or not graph.edges:
        return tuple([0.0] * n)
    ig = graph.to_igraph()
    totals = [0.0] * n
    for start in range(0, n, _BETWEENNESS_CHUNK):
        chunk = range(start, min(n, start + _BETWEENNESS_CHUNK))
        part: Sequence[float] = ig.betweenness(directed=True, sources=chunk)
        for i, value in enumerate(part):
            totals[i] += value
        if tick is not None:
            tick(min(n, start + _BETWEENNESS_CHUNK) / n)
    scale = 1.0 / ((n - 1) * (n - 2))
    return tuple(value * scale for value in totals)


def key_holder_threshold(in_degree: Sequence[int], options: AnalysisOptions) -> int | None:
    """The in-degree a key knowledge holder needs (None when nobody qualifies).

    At most ``k = ceil(key_holder_top * n)`` people: the bar is the lowest
    in-degree ``v`` such that no more than ``k`` people have ``v`` learners or more,
    so people tied at the edge are left out together rather than listed beyond
    the share. Only when the most-named people alone are more than ``k`` (all tied
    at the top) are they all key holders. The bar is never below
    ``key_holder_min_learners``.
    """
    if not in_degree:
        return None
    top = max(in_degree)
    if top < options.key_holder_min_learners:
        return None
    k = max(1, math.ceil(options.key_holder_top * len(in_degree) - 1e-9))
    counts = Counter(in_degree)
    bar = top
    at_least = counts[top]
    for value in sorted(counts, reverse=True)[1:]:
        if value < options.key_holder_min_learners or at_least + counts[value] > k:
            break
        at_least += counts[value]
        bar = value
    return bar


def holder_metrics(
    graph: KnowledgeGraph,
    options: AnalysisOptions,
    tick: Callable[[float], None] | None = None,
) -> HolderMetrics:
    indeg, windeg = degrees(graph)
    bar = key_holder_threshold(indeg, options)
    key = tuple(bar is not None and d >= bar for d in indeg)
    return HolderMetrics(
        in_degree=indeg,
        weighted_in_degree=windeg,
        pagerank=pagerank(graph),
        betweenness=betweenness(graph, tick),
        key_holder=key,
        key_holder_min_in_degree=bar,
        overloaded=tuple(d >= options.overloaded_threshold for d in indeg),
        habit_spreader=tuple(k and t is False for k, t in zip(key, graph.trained, strict=True)),
    )
