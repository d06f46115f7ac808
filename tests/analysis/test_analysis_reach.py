"""Steps to trained knowledge, gatekeepers and only sources: by hand and by brute force."""

from __future__ import annotations

from analysis_helpers import adjacency, brute_gatekeepers, brute_steps, survey
from hypothesis import given, settings
from hypothesis import strategies as st

from kennisnet.analysis import AnalysisResult, analyze


def _column(result: AnalysisResult, name: str) -> dict[int, object]:
    return {p.id: getattr(p, name) for p in result.people}


def test_chain() -> None:
    # 1 -> 2 -> 3 (trained)
    result = analyze(survey(3, [(1, 2), (2, 3)], trained=[3]))
    assert _column(result, "steps_to_trained") == {1: 2, 2: 1, 3: 0}
    assert _column(result, "gatekeeper_of") == {1: 0, 2: 1, 3: 2}
    assert _column(result, "sole_source_of") == {1: 0, 2: 1, 3: 1}
    assert _column(result, "reaches_trained") == {1: True, 2: True, 3: True}


def test_diamond_has_one_gatekeeper() -> None:
    # 1 -> 2 -> 4 and 1 -> 3 -> 4; only 4 is trained.
    result = analyze(survey(4, [(1, 2), (1, 3), (2, 4), (3, 4)], trained=[4]))
    assert _column(result, "gatekeeper_of") == {1: 0, 2: 0, 3: 0, 4: 3}
    assert _column(result, "sole_source_of") == {1: 0, 2: 0, 3: 0, 4: 2}
    assert result.person(1).steps_to_trained == 2


def test_trained_people_never_lose_trained_knowledge() -> None:
    # 1 -> 2 (trained) -> 3 (trained): if 3 leaves, 2 is still trained.
    result = analyze(survey(3, [(1, 2), (2, 3)], trained=[2, 3]))
    assert _column(result, "gatekeeper_of") == {1: 0, 2: 1, 3: 0}
    assert _column(result, "steps_to_trained") == {1: 1, 2: 0, 3: 0}


def test_two_trained_sources_mean_no_gatekeeper() -> None:
    result = analyze(survey(3, [(1, 2), (1, 3)], trained=[2, 3]))
    assert _column(result, "gatekeeper_of") == {1: 0, 2: 0, 3: 0}
    assert _column(result, "sole_source_of") == {1: 0, 2: 0, 3: 0}


def test_cycle() -> None:
    # 1 -> 2 -> 3 -> 1; 3 trained. Every path from 1 to 3 passes 2.
    result = analyze(survey(3, [(1, 2), (2, 3), (3, 1)], trained=[3]))
    assert _column(result, "steps_to_trained") == {1: 2, 2: 1, 3: 0}
    assert _column(result, "gatekeeper_of") == {1: 0, 2: 1, 3: 2}


def test_nobody_trained() -> None:
    result = analyze(survey(3, [(1, 2), (2, 3), (3, 1)]))
    assert set(_column(result, "steps_to_trained").values()) == {None}
    assert set(_column(result, "gatekeeper_of").values()) == {0}
    assert "nobody_trained" in [w.code for w in result.warnings]


def test_everybody_trained() -> None:
    result = analyze(survey(3, [(1, 2), (2, 3)], trained=[1, 2, 3]))
    assert set(_column(result, "steps_to_trained").values()) == {0}
    assert set(_column(result, "gatekeeper_of").values()) == {0}
    assert result.advice.steps == ()
    assert result.advice.reached_before == result.advice.reached_after == 3


def test_disconnected_groups() -> None:
    # 1 -> 2 -> 3 (trained); 4 -> 5 -> 6 nobody trained.
    result = analyze(survey(6, [(1, 2), (2, 3), (4, 5), (5, 6)], trained=[3]))
    assert _column(result, "steps_to_trained") == {1: 2, 2: 1, 3: 0, 4: None, 5: None, 6: None}
    assert _column(result, "gatekeeper_of") == {1: 0, 2: 1, 3: 2, 4: 0, 5: 0, 6: 0}


def test_reach_steps_option_changes_reaches_trained() -> None:
    from kennisnet.analysis import AnalysisOptions

    data = survey(4, [(1, 2), (2, 3), (3, 4)], trained=[4])
    assert _column(analyze(data), "reaches_trained") == {1: False, 2: True, 3: True, 4: True}
    wider = analyze(data, AnalysisOptions(reach_steps=3))
    assert _column(wider, "reaches_trained") == {1: True, 2: True, 3: True, 4: True}


@st.composite
def random_networks(draw: st.DrawFn) -> tuple[int, list[tuple[int, int]], set[int], set[int]]:
    n = draw(st.integers(min_value=0, max_value=11))
    ids = list(range(1, n + 1))
    if not ids:
        return 0, [], set(), set()
    pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    ties = draw(st.lists(pairs, max_size=3 * n))
    trained = set(draw(st.lists(st.sampled_from(ids), max_size=n)))
    silent = set(draw(st.lists(st.sampled_from(ids), max_size=n)))
    # Non-respondents name nobody.
    ties = [(a, b) for a, b in ties if a not in silent]
    return n, ties, trained, silent


@settings(max_examples=300, deadline=None)
@given(random_networks())
def test_steps_gatekeepers_and_sole_sources_match_brute_force(
    network: tuple[int, list[tuple[int, int]], set[int], set[int]],
) -> None:
    n, ties, trained, silent = network
    respondents = [i for i in range(1, n + 1) if i not in silent]
    result = analyze(survey(n, ties, trained=trained, respondents=respondents))
    adj = adjacency(range(1, n + 1), ties)
    assert _column(result, "steps_to_trained") == brute_steps(adj, trained)
    assert _column(result, "gatekeeper_of") == brute_gatekeepers(adj, trained)
    sole = {v: sum(1 for u in adj if adj[u] == {v}) for v in adj}
    assert _column(result, "sole_source_of") == sole
    indeg = {v: sum(1 for u in adj if v in adj[u]) for v in adj}
    assert _column(result, "in_degree") == indeg
