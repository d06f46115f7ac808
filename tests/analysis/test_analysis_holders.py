"""Key knowledge holders: degrees, PageRank, betweenness, thresholds; hand-worked."""

from __future__ import annotations

import pytest
from analysis_helpers import survey

from kennisnet.analysis import AnalysisOptions, analyze


def test_pagerank_of_two_people_by_hand() -> None:
    # 1 -> 2; 2 names nobody, so 2's score spreads evenly. Solving
    # x1 = 0.075 + 0.425 x2, x1 + x2 = 1 gives x1 = 0.5 / 1.425.
    result = analyze(survey(2, [(1, 2)]))
    assert result.person(1).pagerank == pytest.approx(0.5 / 1.425, abs=1e-12)
    assert result.person(2).pagerank == pytest.approx(1 - 0.5 / 1.425, abs=1e-12)


def test_pagerank_of_a_cycle_is_uniform_and_sums_to_one() -> None:
    result = analyze(survey(4, [(1, 2), (2, 3), (3, 4), (4, 1)]))
    assert [p.pagerank for p in result.people] == pytest.approx([0.25] * 4, abs=1e-12)


def test_pagerank_follows_weights() -> None:
    # 1 learns daily from 2 and less often from 3: 2 gets more of 1's score.
    result = analyze(survey(3, [(1, 2, None), (1, 3, None)]))
    assert result.person(2).pagerank == pytest.approx(result.person(3).pagerank)
    from kennisnet.model import Frequency

    weighted = analyze(survey(3, [(1, 2, Frequency.DAILY), (1, 3, Frequency.LESS)]))
    assert weighted.person(2).pagerank > weighted.person(3).pagerank


def test_betweenness_of_a_chain_by_hand() -> None:
    # 1 -> 2 -> 3: only the pair (1, 3) passes through 2; normalised by (n-1)(n-2) = 2.
    result = analyze(survey(3, [(1, 2), (2, 3)]))
    assert [p.betweenness for p in result.people] == pytest.approx([0.0, 0.5, 0.0])


def test_betweenness_splits_over_equal_shortest_paths() -> None:
    # 1 -> {2, 3} -> 4: the pair (1, 4) has two shortest paths; 2 and 3 each get 1/2.
    result = analyze(survey(4, [(1, 2), (1, 3), (2, 4), (3, 4)]))
    assert result.person(2).betweenness == pytest.approx(0.5 / 6)
    assert result.person(3).betweenness == pytest.approx(0.5 / 6)
    assert result.person(1).betweenness == 0.0


def _star_counts(counts: dict[int, int], n: int) -> list[tuple[int, int]]:
    """Ties so that person k gets counts[k] distinct learners among 1..n."""
    ties = []
    for source, count in counts.items():
        learners = [i for i in range(1, n + 1) if i != source][:count]
        ties += [(learner, source) for learner in learners]
    return ties


def test_key_holders_top_ten_percent_with_at_least_three_learners() -> None:
    # 30 people: at most 3 key holders. In-degrees 9, 6, 6, 4, 4, 2: 9 and the two 6s fit;
    # adding the 4s would make 5.
    ties = _star_counts({1: 9, 2: 6, 3: 6, 4: 4, 5: 4, 6: 2}, 30)
    result = analyze(survey(30, ties))
    assert result.key_holder_min_in_degree == 6
    assert [p.id for p in result.key_holders] == [1, 2, 3]


def test_people_tied_at_the_edge_are_left_out_together() -> None:
    # 20 people: at most 2. In-degrees 9, 6, 6: the two 6s together would make 3.
    ties = _star_counts({1: 9, 2: 6, 3: 6, 4: 4}, 20)
    result = analyze(survey(20, ties))
    assert result.key_holder_min_in_degree == 9
    assert [p.id for p in result.key_holders] == [1]


def test_a_tie_at_the_top_includes_everybody_in_it() -> None:
    # 10 people: at most 1, but 2 and 3 share the top with 4 learners each.
    ties = _star_counts({2: 4, 3: 4, 4: 3}, 10)
    result = analyze(survey(10, ties))
    assert result.key_holder_min_in_degree == 4
    assert [p.id for p in result.key_holders] == [2, 3]


def test_key_holders_need_at_least_the_minimum_learners() -> None:
    ties = _star_counts({1: 2, 2: 1}, 10)
    result = analyze(survey(10, ties))
    assert result.key_holder_min_in_degree is None
    assert result.key_holders == ()
    lowered = analyze(survey(10, ties), AnalysisOptions(key_holder_min_learners=2))
    assert [p.id for p in lowered.key_holders] == [1]


def test_habit_spreader_is_an_untrained_key_holder_and_unknown_is_not() -> None:
    ties = _star_counts({1: 5, 2: 5, 3: 5}, 30)  # at most 3 of 30
    result = analyze(survey(30, ties, trained=[1], unknown=[3]))
    assert [p.id for p in result.key_holders] == [1, 2, 3]
    assert [p.habit_spreader for p in result.key_holders] == [False, True, False]
    codes = [w.code for w in result.warnings]
    assert "key_holder_training_unknown" in codes


def test_overloaded_threshold() -> None:
    ties = _star_counts({1: 8, 2: 7}, 12)
    result = analyze(survey(12, ties))
    assert (result.person(1).overloaded, result.person(2).overloaded) == (True, False)
    stricter = analyze(survey(12, ties), AnalysisOptions(overloaded_threshold=7))
    assert (stricter.person(1).overloaded, stricter.person(2).overloaded) == (True, True)


def test_options_are_validated() -> None:
    with pytest.raises(ValueError):
        AnalysisOptions(key_holder_top=0)
    with pytest.raises(ValueError):
        AnalysisOptions(reach_steps=-1)
