"""The published advice networks (Krackhardt 1987, Lazega 2001) against independent tools.

Figures from ``tests/data/advice-networks/README.md``; PageRank, betweenness and
in-degree recomputed with igraph and NetworkX straight from the CSV files.
"""

from __future__ import annotations

from dataclasses import replace

import igraph
import networkx as nx
import pytest
from analysis_helpers import (
    adjacency,
    brute_gatekeepers,
    brute_steps,
    krackhardt,
    lazega,
    published_edges,
)

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.model import SurveyData

Results = dict[str, tuple[SurveyData, AnalysisResult]]

NETWORKS = {"krackhardt": (krackhardt, 21, 190), "lazega": (lazega, 71, 892)}


def _density(result: AnalysisResult) -> float:
    n = len(result.people)
    return len(result.edges) / (n * (n - 1))


def _reciprocity(result: AnalysisResult) -> float:
    ties = {(e.learner, e.source) for e in result.edges}
    return sum(1 for a, b in ties if (b, a) in ties) / len(ties)


def _top(result: AnalysisResult, count: int) -> list[tuple[int, int]]:
    ranked = sorted(result.people, key=lambda p: (-p.in_degree, p.id))
    return [(p.id, p.in_degree) for p in ranked[:count]]


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[SurveyData, AnalysisResult]]:
    out = {}
    for name, (load, _, _) in NETWORKS.items():
        data = load()
        out[name] = (data, analyze(data))
    return out


def test_krackhardt_published_figures(results: Results) -> None:
    _, result = results["krackhardt"]
    assert len(result.people) == 21
    assert len(result.edges) == 190
    assert _density(result) == pytest.approx(0.452381, abs=5e-7)
    assert _reciprocity(result) == pytest.approx(0.473684, abs=5e-7)
    assert _top(result, 5) == [(2, 18), (18, 15), (21, 15), (1, 13), (7, 13)]
    assert result.quality.rate == 1.0


def test_lazega_published_figures(results: Results) -> None:
    _, result = results["lazega"]
    assert len(result.people) == 71
    assert len(result.edges) == 892
    assert _density(result) == pytest.approx(0.179477, abs=5e-7)
    assert _reciprocity(result) == pytest.approx(0.392377, abs=5e-7)
    assert _top(result, 4) == [(26, 37), (13, 34), (17, 26), (24, 26)]
    assert result.person(6).sources == 0
    assert result.person(6).responded is True


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_against_igraph(name: str, results: Results) -> None:
    _, result = results[name]
    _, n, _ = NETWORKS[name]
    edges = published_edges(name)
    graph = igraph.Graph(n=n, edges=[(a - 1, b - 1) for a, b in edges], directed=True)
    indegree = graph.indegree()
    pagerank = graph.pagerank(directed=True, damping=0.85, implementation="prpack")
    betweenness = graph.betweenness(directed=True)
    scale = (n - 1) * (n - 2)
    for person in result.people:
        i = person.id - 1
        assert person.in_degree == indegree[i]
        assert person.weighted_in_degree == indegree[i]  # no frequencies: weight 1
        assert person.pagerank == pytest.approx(pagerank[i], abs=1e-9)
        assert person.betweenness == pytest.approx(betweenness[i] / scale, abs=1e-12)


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_against_networkx(name: str, results: Results) -> None:
    _, result = results[name]
    graph = nx.DiGraph()
    graph.add_nodes_from(range(1, NETWORKS[name][1] + 1))
    graph.add_edges_from(published_edges(name))
    pagerank = nx.pagerank(graph, alpha=0.85, tol=1e-14, max_iter=10_000)
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    for person in result.people:
        assert person.pagerank == pytest.approx(pagerank[person.id], abs=1e-10)
        assert person.betweenness == pytest.approx(betweenness[person.id], abs=1e-12)


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_reach_and_gatekeepers_on_published_networks(name: str, results: Results) -> None:
    data, result = results[name]
    trained = {p.id for p in data.people if p.trained_hr}
    adj = adjacency(range(1, NETWORKS[name][1] + 1), published_edges(name))
    assert {p.id: p.steps_to_trained for p in result.people} == brute_steps(adj, trained)
    assert {p.id: p.gatekeeper_of for p in result.people} == brute_gatekeepers(adj, trained)


def test_gatekeepers_with_few_trained_people_against_networkx_dominators() -> None:
    # Only Lazega's lawyer 26 trained: many depend on few routes.
    data = lazega()
    people = tuple(replace(p, trained_hr=p.id == 26) for p in data.people)
    result = analyze(replace(data, people=people))
    graph = nx.DiGraph()
    graph.add_nodes_from(p.id for p in people)
    graph.add_edges_from((b, a) for a, b in published_edges("lazega"))  # source -> learner
    tree = nx.immediate_dominators(graph, 26)
    children: dict[int, list[int]] = {}
    for node, parent in tree.items():
        if node != parent:
            children.setdefault(parent, []).append(node)

    def subtree(v: int) -> int:
        return 1 + sum(subtree(c) for c in children.get(v, []))

    reachable = set(tree) | {26}  # NetworkX 3.6 leaves the root out of the mapping
    expected = {p.id: (subtree(p.id) - 1 if p.id in reachable else 0) for p in people}
    assert {p.id: p.gatekeeper_of for p in result.people} == expected
    assert result.person(26).gatekeeper_of == len(reachable) - 1
    assert max(expected.values()) > 0


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_power_iteration_pagerank_agrees_with_networkx(
    name: str, results: Results, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large networks use the power iteration instead of the exact solve: same figures."""
    from kennisnet.analysis import holders

    data, exact = results[name]
    monkeypatch.setattr(holders, "EXACT_PAGERANK_MAX", 0)
    iterated = analyze(data)
    graph = nx.DiGraph()
    graph.add_nodes_from(range(1, NETWORKS[name][1] + 1))
    graph.add_edges_from(published_edges(name))
    pagerank = nx.pagerank(graph, alpha=0.85, tol=1e-14, max_iter=10_000)
    for person, before in zip(iterated.people, exact.people, strict=True):
        assert person.pagerank == pytest.approx(pagerank[person.id], abs=1e-10)
        assert person.pagerank == pytest.approx(before.pagerank, abs=1e-12)
