"""Training advice: greedy maximum coverage, by hand and against recomputation."""

from __future__ import annotations

from analysis_helpers import adjacency, covered, survey
from hypothesis import given, settings
from hypothesis import strategies as st

from kennisnet.analysis import AnalysisOptions, analyze


def test_advice_by_hand() -> None:
    # 1-4 learn from 5 (untrained); 6, 7 learn from 8 (untrained); 9 learns from 10 (trained).
    ties = [(1, 5), (2, 5), (3, 5), (4, 5), (6, 8), (7, 8), (9, 10)]
    result = analyze(survey(10, ties, trained=[10]))
    advice = result.advice
    assert advice.reached_before == 2
    assert [(s.person_id, s.gain, s.reached_after) for s in advice.steps] == [
        (5, 5, 7),
        (8, 3, 10),
    ]  # then everybody is reached: the advice stops early
    assert advice.reached_after == 10
    assert advice.population == 10


def test_advice_counts_two_steps() -> None:
    # 1 -> 2 -> 3 -> 4: training 4 reaches 4, 3, 2 (not 1: three steps).
    result = analyze(survey(4, [(1, 2), (2, 3), (3, 4)]), AnalysisOptions(advice_k=1))
    (step,) = result.advice.steps
    assert (step.person_id, step.gain) in {(3, 3), (4, 3)}
    # Both 3 and 4 gain 3; 3 has one learner, 4 has one learner: the lower id wins.
    assert step.person_id == 3


def test_ties_go_to_more_learners_then_lower_id() -> None:
    # 1 <- 2 <- 3 (gain 3, one learner); 4 <- 5, 4 <- 6 (gain 3, two learners).
    result = analyze(survey(6, [(2, 1), (3, 2), (5, 4), (6, 4)]), AnalysisOptions(advice_k=1))
    assert result.advice.person_ids == (4,)
    # Two equal candidates: lower id first.
    equal = analyze(survey(6, [(2, 1), (3, 1), (5, 4), (6, 4)]), AnalysisOptions(advice_k=2))
    assert equal.advice.person_ids == (1, 4)


def test_unknown_training_can_be_advised_but_trained_people_cannot() -> None:
    result = analyze(survey(3, [(2, 1), (3, 1)], unknown=[1]))
    assert result.advice.person_ids[0] == 1


def test_k_zero_gives_no_advice() -> None:
    result = analyze(survey(3, [(2, 1)]), AnalysisOptions(advice_k=0))
    assert result.advice.steps == ()
    assert result.advice.reached_after == result.advice.reached_before == 0


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=10),
    data=st.data(),
    k=st.integers(min_value=0, max_value=4),
    reach=st.integers(min_value=0, max_value=3),
)
def test_greedy_gains_match_recomputation(n: int, data: st.DataObject, k: int, reach: int) -> None:
    ids = list(range(1, n + 1))
    ties = data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=25))
    trained = set(data.draw(st.lists(st.sampled_from(ids), max_size=n)))
    unknown = set(data.draw(st.lists(st.sampled_from(ids), max_size=3))) - trained
    result = analyze(
        survey(n, ties, trained=trained, unknown=unknown),
        AnalysisOptions(advice_k=k, reach_steps=reach),
    )
    adj = adjacency(ids, ties)
    now = set(trained)
    reached = covered(adj, now, reach)
    assert result.advice.reached_before == len(reached)
    for step in result.advice.steps:
        assert step.person_id not in now
        # The greedy choice: no other candidate adds more.
        best = max(len(covered(adj, now | {c}, reach) - reached) for c in ids if c not in now)
        now.add(step.person_id)
        after = covered(adj, now, reach)
        assert step.gain == len(after - reached) == best
        assert step.gain > 0
        reached = after
        assert step.reached_after == len(reached)
    assert result.advice.reached_after == len(reached)
    if len(result.advice.steps) < k:
        assert reached == set(ids)  # stopped early only because everybody is reached
