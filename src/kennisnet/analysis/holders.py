"""Key knowledge holders: in-degree, weighted in-degree, PageRank, betweenness.

PageRank is the fixed point of ``nx.pagerank(G, alpha=0.85, weight="weight")``,
solved exactly with a sparse LU factorisation (see :func:`pagerank`; the tests
compare with NetworkX). Betweenness is computed with igraph (C) instead of
NetworkX: the figures are the same as ``nx.betweenness_centrality(G,
normalized=True)`` on the directed graph (the tests check this), but NetworkX's
pure-Python betweenness takes minutes at 10,000 people. Above 400 people
betweenness is computed in chunks of source vertices so that progress can be
reported and a cancel honoured in between. A run may skip it
(``analyze(..., betweenness=False)``): then it is 0.0 for everyone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.options import AnalysisOptions

if TYPE_CHECKING:
    import igraph
    import numpy as np
    import numpy.typing as npt
    from scipy import sparse

PAGERANK_ALPHA = 0.85

#: Sources per betweenness chunk (between two cancel checks).
BETWEENNESS_CHUNK = 400

#: Up to this many people PageRank is solved exactly (sparse LU); above it by
#: power iteration, whose cost does not depend on the shape of the network.
EXACT_PAGERANK_MAX = 600
#: Power iteration (above EXACT_PAGERANK_MAX): tolerance per person and iteration cap.
PAGERANK_TOL = 1e-15
PAGERANK_MAX_ITER = 10_000


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
    import numpy as np

    n = graph.n
    indeg: list[int] = np.bincount(graph.source_index, minlength=n).tolist()
    windeg: list[int] = (
        np.bincount(graph.source_index, weights=graph.edge_weight, minlength=n)
        .astype(np.int64)
        .tolist()
    )
    return tuple(indeg), tuple(windeg)


def pagerank(graph: KnowledgeGraph) -> tuple[float, ...]:
    """Weighted PageRank, damping 0.85; people without sources jump uniformly.

    The same fixed point as ``nx.pagerank``, solved exactly instead of by power
    iteration: with P the row-normalised weight matrix, d the people without
    sources and u uniform, PageRank x satisfies
    ``(I - a P^T) x = (1 - a) u + a (d . x) u``. One sparse LU factorisation of
    ``I - a P^T`` gives y (for the first term) and z (for u), and the rank-one
    dangling term follows from Sherman-Morrison: ``d.x = d.y / (1 - a d.z)``,
    ``x = y + a (d.x) z``. Exact to rounding, deterministic, and fast at every
    size (no iteration count that grows with the tolerance).

    The exact solve is used up to ``EXACT_PAGERANK_MAX`` people. Its cost depends on
    how much the LU factor fills in, which grows with ties that cross the whole
    organisation (random ties between 10,000 people: a minute); above that size
    the power iteration of ``nx.pagerank`` runs instead, to a per-person tolerance
    of ``PAGERANK_TOL`` (linear in the number of ties, whatever their shape).

    SuperLU settings for the exact solve: natural column order (computing a fill
    reducing order costs more than it saves at this size, and even the worst fill
    of a 600 x 600 factor is small); panels of one column without relaxed
    supernodes (``panel_size=1, relax=1``), since SuperLU's defaults are meant for
    factors with dense blocks. Both are deterministic.
    """
    import numpy as np
    from scipy import sparse
    from scipy.sparse.linalg import splu

    n = graph.n
    if n == 0:
        return ()
    uniform = np.full(n, 1.0 / n)
    if not graph.edge_count:
        return tuple(uniform.tolist())
    rows = graph.learner_index
    weight = graph.edge_weight.astype(float)
    out_weight = np.bincount(rows, weights=weight, minlength=n)
    dangling = out_weight == 0
    values = weight / out_weight[rows]
    # I - a P^T in compressed sparse columns: column s holds the diagonal 1 and
    # -a P[s, t] in row t for every source t of s, which is the pattern of A + I.
    pattern = graph.self_loops
    data = np.empty(len(pattern.indices))
    data[pattern.edge_entry] = -(PAGERANK_ALPHA * values)
    data[pattern.diagonal_entry] = 1.0
    indices, indptr = pattern.indices, pattern.indptr
    system = sparse.csc_matrix((data, indices, indptr), shape=(n, n))
    if n > EXACT_PAGERANK_MAX:
        return _pagerank_power(system, dangling, uniform)
    lu = splu(system, permc_spec="NATURAL", panel_size=1, relax=1)
    y = lu.solve((1 - PAGERANK_ALPHA) * uniform)
    z = lu.solve(uniform)
    dangling_share = y[dangling].sum() / (1 - PAGERANK_ALPHA * z[dangling].sum())
    x = y + PAGERANK_ALPHA * dangling_share * z
    return tuple((x / x.sum()).tolist())


def _pagerank_power(
    system: sparse.csc_matrix, dangling: npt.NDArray[np.bool_], uniform: npt.NDArray[np.float64]
) -> tuple[float, ...]:
    """The power iteration of ``nx.pagerank`` on the same matrix (``system = I - a P^T``)."""
    import numpy as np
    from scipy import sparse

    n = len(uniform)
    # a P^T = I - system, so P^T x = (x - system x) / a.
    transition_t = (sparse.identity(n, format="csr") - system.tocsr()) / PAGERANK_ALPHA
    x = uniform
    for _ in range(PAGERANK_MAX_ITER):
        previous = x
        x = (
            PAGERANK_ALPHA * (transition_t @ x + x[dangling].sum() * uniform)
            + (1 - PAGERANK_ALPHA) * uniform
        )
        if np.abs(x - previous).sum() < n * PAGERANK_TOL:
            break
    return tuple((x / x.sum()).tolist())


def betweenness(
    graph: KnowledgeGraph,
    tick: Callable[[float], None] | None = None,
    directed: igraph.Graph | None = None,
) -> tuple[float, ...]:
    """Directed, unweighted betweenness normalised by (n-1)(n-2) (as NetworkX does).

    ``directed`` is ``graph.to_igraph(weighted=False)`` when the caller has it already.
    (:mod:`kennisnet.analysis.betweenness` counts the same chunks over several processes.)
    """
    n = graph.n
    if n <= 2 or not graph.edge_count:
        return tuple([0.0] * n)
    ig = directed if directed is not None else graph.to_igraph(weighted=False)
    return betweenness_chunks(ig, n, tick)


def betweenness_chunks(
    ig: igraph.Graph, n: int, tick: Callable[[float], None] | None = None
) -> tuple[float, ...]:
    """Betweenness of the igraph graph ``ig`` with ``n`` vertices, counted chunk by chunk.

    Up to ``BETWEENNESS_CHUNK`` people one call; above, per chunk of that many source
    people, added up in order (``tick(fraction)`` after each).
    """
    if n <= 2 or not ig.ecount():
        return tuple([0.0] * n)
    totals: Sequence[float]
    if n <= BETWEENNESS_CHUNK:
        # One chunk: all sources at once (the same figures, a little cheaper).
        totals = ig.betweenness(directed=True)
        if tick is not None:
            tick(1.0)
    else:
        totals = [0.0] * n
        for start in range(0, n, BETWEENNESS_CHUNK):
            chunk = range(start, min(n, start + BETWEENNESS_CHUNK))
            part: Sequence[float] = ig.betweenness(directed=True, sources=chunk)
            totals = [total + value for total, value in zip(totals, part, strict=True)]
            if tick is not None:
                tick(min(n, start + BETWEENNESS_CHUNK) / n)
    return scaled(totals, n)


def scaled(totals: Sequence[float], n: int) -> tuple[float, ...]:
    """Raw betweenness totals normalised by (n-1)(n-2)."""
    if n <= 2:
        return tuple([0.0] * n)
    scale = 1.0 / ((n - 1) * (n - 2))
    return tuple([value * scale for value in totals])


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
    directed: igraph.Graph | None = None,
    *,
    with_betweenness: bool = True,
) -> HolderMetrics:
    """All holder figures; ``with_betweenness=False`` leaves betweenness at 0.0 (not computed)."""
    indeg, windeg = degrees(graph)
    bar = key_holder_threshold(indeg, options)
    key = tuple([bar is not None and d >= bar for d in indeg])
    threshold = options.overloaded_threshold
    return HolderMetrics(
        in_degree=indeg,
        weighted_in_degree=windeg,
        pagerank=pagerank(graph),
        betweenness=(
            betweenness(graph, tick, directed) if with_betweenness else tuple([0.0] * graph.n)
        ),
        key_holder=key,
        key_holder_min_in_degree=bar,
        overloaded=tuple([d >= threshold for d in indeg]),
        habit_spreader=tuple([k and t is False for k, t in zip(key, graph.trained, strict=True)]),
    )
