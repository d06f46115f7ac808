"""Clusters: communities, departments, risk and sentences."""

from __future__ import annotations

import networkx as nx
from analysis_helpers import krackhardt, lazega, survey

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.model import Person


def _triangle(a: int) -> list[tuple[int, int]]:
    return [(a, a + 1), (a + 1, a + 2), (a + 2, a), (a + 1, a), (a + 2, a + 1), (a, a + 2)]


def _members(result: AnalysisResult) -> list[tuple[int, ...]]:
    return [c.members for c in result.clusters]


def test_two_separate_groups_are_two_clusters_numbered_by_size() -> None:
    # A group of 4 (ids 5-8) and a group of 3 (ids 1-3); 4 is alone.
    group_of_four = [(5, 6), (6, 7), (7, 8), (8, 5), (6, 5), (7, 6), (8, 7), (5, 8)]
    result = analyze(survey(8, _triangle(1) + group_of_four, trained=[5]))
    assert _members(result) == [(5, 6, 7, 8), (1, 2, 3), (4,)]
    assert [p.cluster for p in result.people] == [2, 2, 2, 3, 1, 1, 1, 1]


def test_clusters_follow_the_undirected_projection() -> None:
    # Directed ties only one way still bind people together.
    ties = [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 4)]
    result = analyze(survey(6, ties, trained=[1, 4]))
    assert _members(result) == [(1, 2, 3), (4, 5, 6)]


def test_risk_when_nobody_in_the_cluster_is_trained() -> None:
    result = analyze(survey(6, _triangle(1) + _triangle(4), trained=[1]))
    safe, risky = result.clusters
    assert safe.members == (1, 2, 3)
    assert (safe.risk, safe.trained_share, safe.unreached_share) == (False, 1 / 3, 0.0)
    assert safe.sentence.text() == (
        "All 3 people in this cluster can reach a trained colleague within two steps."
    )
    assert risky.members == (4, 5, 6)
    assert (risky.risk, risky.trained_count, risky.unreached_count) == (True, 0, 3)
    assert risky.sentence.text() == (
        "Nobody in this cluster of 3 people has had formal training; 3 of them cannot reach "
        "a trained colleague within two steps."
    )
    assert risky.sentence.text("nl") == (
        "Niemand in deze groep van 3 mensen heeft een formele training gehad; 3 van hen "
        "kunnen binnen twee stappen geen getrainde collega bereiken."
    )


def test_less_than_half_unreached_is_not_a_risk() -> None:
    # 1-4 all name each other and 5, who did not answer; only 1 is trained.
    ties = [(a, b) for a in range(1, 5) for b in range(1, 6) if a != b]
    result = analyze(survey(5, ties, trained=[1], respondents=[1, 2, 3, 4]))
    (cluster,) = result.clusters
    assert (cluster.trained_count, cluster.unreached_count, cluster.risk) == (1, 1, False)
    assert cluster.unreached_share == 0.2
    assert cluster.sentence.text() == (
        "1 of 5 people in this cluster cannot reach a trained colleague within two steps."
    )


def test_half_unreached_makes_a_risk_cluster_with_its_sentence() -> None:
    # One tight group of 4 (everyone names everyone) where only 1 is trained and 3, 4
    # did not answer (so they have no route): 2 of 4 cannot reach -> risk.
    ties = [(1, 2), (2, 1)]
    people_ties = [*ties, (1, 3), (1, 4), (2, 3), (2, 4)]
    result = analyze(survey(4, people_ties, trained=[1], respondents=[1, 2]))
    (cluster,) = result.clusters
    assert (cluster.unreached_count, cluster.risk) == (2, True)
    assert cluster.sentence.text() == (
        "2 of 4 people in this cluster cannot reach a trained colleague within two steps."
    )


def test_small_clusters_are_never_risk() -> None:
    result = analyze(survey(2, [(1, 2), (2, 1)]))
    assert [c.risk for c in result.clusters] == [False]


def test_departments_breakdown() -> None:
    people = [
        Person(1, "u1", "A1", department="Sales", trained_hr=True),
        Person(2, "u2", "A2", department="Sales", trained_hr=False),
        Person(3, "u3", "A3", department="Care", trained_hr=False),
    ]
    result = analyze(survey(people, _triangle(1)))
    (cluster,) = result.clusters
    assert cluster.departments == (("Sales", 2), ("Care", 1))
    assert cluster.main_department == "Sales"
    assert cluster.main_department_share == 2 / 3


def _modularity(result: AnalysisResult) -> float:
    graph = nx.Graph()
    graph.add_nodes_from(p.id for p in result.people)
    for e in result.edges:
        if graph.has_edge(e.learner, e.source):
            graph[e.learner][e.source]["weight"] += e.weight
        else:
            graph.add_edge(e.learner, e.source, weight=e.weight)
    return float(
        nx.community.modularity(graph, [set(c.members) for c in result.clusters], weight="weight")
    )


def test_louvain_quality_matches_networkx_on_published_networks() -> None:
    for data in (krackhardt(), lazega()):
        result = analyze(data)
        graph = nx.Graph()
        graph.add_nodes_from(p.id for p in result.people)
        for e in result.edges:
            w = graph.get_edge_data(e.learner, e.source, {"weight": 0})["weight"]
            graph.add_edge(e.learner, e.source, weight=w + e.weight)
        theirs = nx.community.louvain_communities(graph, weight="weight", seed=1)
        reference = nx.community.modularity(graph, theirs, weight="weight")
        ours = _modularity(result)
        assert ours > 0.05
        assert ours >= reference - 0.03
        assert sorted(m for c in result.clusters for m in c.members) == sorted(graph.nodes)


def test_every_cluster_sentence_is_fully_dutch() -> None:
    """No English words left inside a Dutch sentence (values that are texts get translated)."""
    from kennisnet.analysis.clusters import _sentence

    for size, trained, unreached, risk in [
        (1, 0, 1, False),
        (1, 1, 0, False),
        (5, 0, 5, True),
        (5, 0, 2, True),
        (5, 0, 0, True),
        (5, 2, 0, False),
        (9, 2, 7, True),
    ]:
        dutch = _sentence(size, trained, unreached, risk, 2).text("nl")
        assert "two steps" not in dutch and "step" not in dutch, dutch
        assert "twee stappen" in dutch, dutch
