"""Clusters: Louvain communities on the undirected projection, with risk.

The undirected projection joins two people when either names the other; the
weight is the sum of both directions. Communities come from igraph's
``community_multilevel`` (the Louvain method, resolution 1; the final level),
with igraph's random visiting order drawn from ``random.Random(options.seed)``.
Nodes and edges are given in ascending id order, so the same survey always gives
the same clusters, whatever the order of the input. (NetworkX's
``louvain_communities`` is the same method but 5–20 times slower here; its seed
draws different random numbers, so the two can split a network differently.
The tests check that both reach a similar modularity.) Clusters are sorted by size (largest
first), then by their smallest member id, and numbered from 1. People without
any tie form a cluster of their own.

A cluster is a *risk cluster* (bad habits may spread) when it has at least 3
members and either nobody in it is trained, or at least half of its members
cannot reach a trained person within ``reach_steps`` steps.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from kennisnet import igraph_lib
from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.messages import Message, message
from kennisnet.analysis.options import AnalysisOptions
from kennisnet.analysis.result import ClusterResult
from kennisnet.i18n import N_

#: Smallest cluster that can be a risk cluster.
RISK_MIN_SIZE = 3

_IGRAPH_RNG_LOCK = threading.Lock()


def communities(graph: KnowledgeGraph, seed: int) -> list[list[int]]:
    """Louvain communities (node indices), sorted and numbered as described above."""
    import numpy as np

    igraph = igraph_lib.load()

    n = graph.n
    if n == 0:
        return []
    # Undirected pairs (low, high) in ascending order with the weights of both
    # directions summed: np.unique sorts the keys low * n + high.
    low = np.minimum(graph.learner_index, graph.source_index)
    high = np.maximum(graph.learner_index, graph.source_index)
    keys, slot = np.unique(low * n + high, return_inverse=True)
    summed = np.bincount(slot, weights=graph.edge_weight, minlength=len(keys))
    first = keys // n
    pairs = list(zip(first.tolist(), (keys - first * n).tolist(), strict=True))
    undirected = igraph.Graph(n=n, edges=pairs, directed=False)
    undirected.es["weight"] = summed.astype(np.int64).tolist()
    with seeded_igraph(seed):
        membership: list[int] = undirected.community_multilevel(weights="weight").membership
    found: dict[int, list[int]] = {}
    for node, community in enumerate(membership):
        found.setdefault(community, []).append(node)
    groups = list(found.values())
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups


@contextmanager
def seeded_igraph(seed: int) -> Iterator[None]:
    """Let igraph draw its random numbers from ``random.Random(seed)`` for a moment.

    igraph's multilevel (Louvain) visits the nodes in a random order. igraph's
    default generator is Python's ``random`` module, which is restored after.
    The lock keeps two analyses in different threads from sharing the generator.
    """
    igraph = igraph_lib.load()

    with _IGRAPH_RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            igraph.set_random_number_generator(random)


def steps_phrase(steps: int) -> str:
    """'two steps' etc., translated, for sentences about reach."""
    if steps == 1:
        return N_("one step")
    if steps == 2:
        return N_("two steps")
    if steps == 3:
        return N_("three steps")
    return N_("{steps} steps")


def _sentence(size: int, trained: int, unreached: int, risk: bool, reach_steps: int) -> Message:
    within = steps_phrase(reach_steps)
    if size == 1:
        if unreached:
            return message(
                "cluster_single_unreached",
                N_("This person cannot reach a trained colleague within {within}."),
                within=within,
                steps=reach_steps,
                translated=("within",),
            )
        return message(
            "cluster_single_reached",
            N_("This person can reach a trained colleague within {within}."),
            within=within,
            steps=reach_steps,
            translated=("within",),
        )
    if trained == 0 and risk:
        if unreached == 0:
            return message(
                "cluster_none_trained",
                N_(
                    "Nobody in this cluster of {size} people has had formal training; "
                    "all of them can still reach a trained colleague outside it within {within}."
                ),
                size=size,
                within=within,
                steps=reach_steps,
                translated=("within",),
            )
        return message(
            "cluster_none_trained_unreached",
            N_(
                "Nobody in this cluster of {size} people has had formal training; "
                "{count} of them cannot reach a trained colleague within {within}."
            ),
            size=size,
            count=unreached,
            within=within,
            steps=reach_steps,
            translated=("within",),
        )
    if unreached == 0:
        return message(
            "cluster_all_reached",
            N_("All {size} people in this cluster can reach a trained colleague within {within}."),
            size=size,
            within=within,
            steps=reach_steps,
            translated=("within",),
        )
    return message(
        "cluster_unreached",
        N_(
            "{count} of {size} people in this cluster cannot reach a trained colleague "
            "within {within}."
        ),
        size=size,
        count=unreached,
        within=within,
        steps=reach_steps,
        translated=("within",),
    )


def summarise_clusters(
    graph: KnowledgeGraph,
    groups: Sequence[Sequence[int]],
    steps: Sequence[int | None],
    options: AnalysisOptions,
) -> tuple[tuple[ClusterResult, ...], tuple[int, ...]]:
    """(cluster results, cluster number per node)."""
    membership = [0] * graph.n
    results: list[ClusterResult] = []
    ids = graph.ids
    department = [person.department for person in graph.people]
    is_trained = [t is True for t in graph.trained]
    is_unreached = [value is None or value > options.reach_steps for value in steps]
    for number, group in enumerate(groups, start=1):
        size = len(group)
        departments = Counter([department[i] for i in group])
        ranked = list(departments.items())
        if len(ranked) > 1:
            ranked.sort(key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
        trained = sum(map(is_trained.__getitem__, group))
        unreached = sum(map(is_unreached.__getitem__, group))
        for i in group:
            membership[i] = number
        risk = size >= RISK_MIN_SIZE and (trained == 0 or 2 * unreached >= size)
        results.append(
            ClusterResult(
                id=number,
                members=tuple([ids[i] for i in group]),
                departments=tuple(ranked),
                main_department=ranked[0][0],
                main_department_share=ranked[0][1] / size,
                trained_count=trained,
                trained_share=trained / size,
                unreached_count=unreached,
                unreached_share=unreached / size,
                risk=risk,
                sentence=_sentence(size, trained, unreached, risk, options.reach_steps),
            )
        )
    return tuple(results), tuple(membership)
