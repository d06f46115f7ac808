"""Training advice: whom to train first so that the most people reach trained knowledge.

Greedy maximum coverage. Someone *reaches trained knowledge* when a trained
person is at most ``reach_steps`` learner -> source steps away. Training person c
would make everybody within ``reach_steps`` steps of c reach it. Candidates are
people on the staff list whose training status is not True (False or unknown).
Step by step we pick the candidate that adds the most people who did not reach
trained knowledge yet; ties go to the candidate with more learners, then the
lower id. We stop after ``advice_k`` people, or earlier when nobody would gain
anything (then everybody already reaches trained knowledge).

The "who is within k steps of whom" table is a sparse matrix (I + A + … + A^k),
so that the gain of every candidate is one matrix-vector product.
"""

from __future__ import annotations

from collections.abc import Sequence

from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.result import AdviceStep, TrainingAdvice


def training_advice(
    graph: KnowledgeGraph,
    steps: Sequence[int | None],
    in_degree: Sequence[int],
    k: int,
    reach_steps: int,
) -> TrainingAdvice:
    import numpy as np
    from scipy import sparse

    n = graph.n
    covered = np.array([s is not None and s <= reach_steps for s in steps], dtype=bool)
    before = int(covered.sum())
    candidates = np.array(
        [
            t is not True and not p.external
            for t, p in zip(graph.trained, graph.people, strict=True)
        ],
        dtype=bool,
    )
    if n == 0 or k == 0 or not candidates.any():
        return TrainingAdvice((), n, before, before)

    rows = np.fromiter((s for s, _, _ in graph.edges), dtype=np.int64, count=len(graph.edges))
    cols = np.fromiter((t for _, t, _ in graph.edges), dtype=np.int64, count=len(graph.edges))
    adjacency = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, cols)), shape=(n, n))
    # within[u, c] = 1 when c is at most reach_steps steps from u.
    within = sparse.identity(n, dtype=np.int64, format="csr")
    frontier = within
    for _ in range(reach_steps):
        frontier = frontier @ adjacency
        frontier.data[:] = 1
        within = within + frontier
        within.data[:] = 1
    within_csc = within.tocsc()

    order_key = np.lexsort((np.arange(n), -np.asarray(in_degree, dtype=np.int64)))
    chosen: list[AdviceStep] = []
    reached = before
    for _ in range(k):
        gains = np.asarray(within_csc.T @ (~covered).astype(np.int64)).ravel()
        gains = np.where(candidates, gains, -1)
        best_gain = int(gains.max())
        if best_gain <= 0:
            break
        # First candidate in (more learners, lower id) order among the best gains.
        best = int(order_key[np.argmax(gains[order_key] == best_gain)])
        column = within_csc.indices[within_csc.indptr[best] : within_csc.indptr[best + 1]]
        covered[column] = True
        candidates[best] = False
        reached += best_gain
        chosen.append(AdviceStep(graph.ids[best], best_gain, reached))
    return TrainingAdvice(tuple(chosen), n, before, reached)
