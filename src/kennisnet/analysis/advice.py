"""Training advice: whom to train first so that the most people reach trained knowledge.

Greedy maximum coverage. Someone *reaches trained knowledge* when a trained
person is at most ``reach_steps`` learner -> source steps away. Training person c
would make everybody within ``reach_steps`` steps of c reach it. Candidates are
people on the staff list whose training status is not True (False or unknown).
Step by step we pick the candidate that adds the most people who did not reach
trained knowledge yet; ties go to the candidate with more learners, then the
lower id. We stop after ``advice_k`` people, or earlier when nobody would gain
anything (then everybody already reaches trained knowledge).

The "who is within k steps of whom" table is the pattern of the sparse matrix
(I + A)^k (the same pattern as I + A + … + A^k), kept as (row, column) pairs, so
that the gain of every candidate is one count over the pairs.
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

    # within[u, c] = 1 when c is at most reach_steps steps from u.
    indices, indptr = graph.self_loops.indices, graph.self_loops.indptr
    step = sparse.csr_matrix((np.ones(len(indices), dtype=np.int64), indices, indptr), shape=(n, n))
    within = step
    for _ in range(reach_steps - 1):
        within = within @ step
        within.data[:] = 1
    if reach_steps == 0:
        rows = columns = np.arange(n)
    else:
        rows = np.repeat(np.arange(n), np.diff(within.indptr))
        columns = within.indices

    order_key = np.lexsort((np.arange(n), -np.asarray(in_degree, dtype=np.int64)))
    chosen: list[AdviceStep] = []
    reached = before
    for _ in range(k):
        # gains[c]: people not covered yet who have c within reach_steps.
        gains = np.bincount(columns, weights=~covered[rows], minlength=n).astype(np.int64)
        gains = np.where(candidates, gains, -1)
        best_gain = int(gains.max())
        if best_gain <= 0:
            break
        # First candidate in (more learners, lower id) order among the best gains.
        best = int(order_key[np.argmax(gains[order_key] == best_gain)])
        covered[rows[columns == best]] = True
        candidates[best] = False
        reached += best_gain
        chosen.append(AdviceStep(graph.ids[best], best_gain, reached))
    return TrainingAdvice(tuple(chosen), n, before, reached)
