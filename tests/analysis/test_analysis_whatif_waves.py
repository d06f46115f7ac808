"""What if someone leaves, and comparing two waves."""

from __future__ import annotations

from analysis_helpers import survey
from hypothesis import given, settings
from hypothesis import strategies as st

from kennisnet.analysis import analyze, compare, what_if, without


def test_without_removes_the_person_their_answers_and_their_nominations() -> None:
    data = survey(3, [(1, 2), (2, 3), (3, 2)], trained=[3])
    smaller = without(data, [2])
    assert [p.id for p in smaller.people] == [1, 3]
    assert [r.respondent_id for r in smaller.responses] == [1, 3]
    assert all(n.source_id != 2 for r in smaller.responses for n in r.nominations)


def test_what_if_a_gatekeeper_leaves() -> None:
    # 1 -> 2 -> 3 (trained); 4 -> 3 as well.
    data = survey(4, [(1, 2), (2, 3), (4, 3)], trained=[3])
    result = what_if(data, [2])
    assert result.leaving == (2,)
    assert result.no_longer_at_all == (1,)
    assert result.no_longer_within == (1,)
    assert result.lose_all_sources == (1,)
    assert not result.after.has_person(2)
    assert [s.text() for s in result.sentences] == [
        "1 colleague would lose every route to trained knowledge.",
        "1 colleague could no longer reach a trained colleague within two steps.",
        "1 colleague would have nobody left to learn from.",
    ]
    assert result.sentences[0].text("nl") == (
        "1 collega zou elke route naar getrainde kennis kwijtraken."
    )


def test_what_if_several_leave() -> None:
    # 1 learns from 2 and 3 (both trained): one leaving changes nothing, both leaving does.
    data = survey(3, [(1, 2), (1, 3)], trained=[2, 3])
    one = what_if(data, [2])
    assert (one.no_longer_at_all, one.lose_all_sources) == ((), ())
    assert [s.code for s in one.sentences] == ["what_if_no_loss"]
    both = what_if(data, {2, 3})
    assert both.leaving == (2, 3)
    assert both.no_longer_at_all == (1,)
    assert both.lose_all_sources == (1,)
    assert both.key_holders_gone == ()


def test_what_if_reach_within_two_steps_only() -> None:
    # 1 -> 2 -> 3 (trained) and 1 -> 4 -> 5 -> 3: without 2, 1 needs three steps.
    data = survey(5, [(1, 2), (2, 3), (1, 4), (4, 5), (5, 3)], trained=[3])
    result = what_if(data, [2])
    assert result.no_longer_within == (1,)
    assert result.no_longer_at_all == ()
    assert result.after.person(1).steps_to_trained == 3


def test_what_if_new_risk_cluster_and_key_holder_gone() -> None:
    # Group 1-4 all learn from 5 (trained, key holder) and from each other.
    ties = [(a, b) for a in range(1, 5) for b in range(1, 5) if a != b]
    ties += [(a, 5) for a in range(1, 5)]
    ties += [(6, 7), (7, 6), (6, 8), (8, 6), (7, 8), (8, 7), (6, 9), (9, 6)]
    data = survey(9, ties, trained=[5, 6])
    base = analyze(data)
    assert base.person(5).key_holder
    result = what_if(data, [5], base=base)
    assert result.before is base
    assert 5 in result.key_holders_gone
    risky = [result.after.cluster(c).members for c in result.new_risk_clusters]
    assert risky == [(1, 2, 3, 4)]
    assert "what_if_new_risk" in [s.code for s in result.sentences]


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=1, max_value=9), data=st.data())
def test_one_person_leaving_agrees_with_gatekeeper_of(n: int, data: st.DataObject) -> None:
    ids = list(range(1, n + 1))
    ties = data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=20))
    trained = set(data.draw(st.lists(st.sampled_from(ids), max_size=n)))
    survey_data = survey(n, ties, trained=trained)
    base = analyze(survey_data)
    leaving = data.draw(st.sampled_from(ids))
    result = what_if(survey_data, [leaving], base=base)
    assert len(result.no_longer_at_all) == base.person(leaving).gatekeeper_of
    sole = [p for p in base.people if p.sources == 1 and p.id != leaving]
    expected = sorted(
        p.id for p in sole if any(e.learner == p.id and e.source == leaving for e in base.edges)
    )
    assert list(result.lose_all_sources) == expected
    assert len(expected) == base.person(leaving).sole_source_of


def test_compare_two_waves() -> None:
    # Wave 1: 1 -> 2 -> 3 -> 4 (trained); 5-7 form an untrained triangle.
    triangle = [(5, 6), (6, 7), (7, 5), (6, 5), (7, 6), (5, 7)]
    first_data = survey(7, [(1, 2), (2, 3), (3, 4), *triangle], trained=[4])
    # Wave 2: 1 now learns from 4 directly, 6 got trained, 3 did not answer, 8 joined.
    second_data = survey(
        8,
        [(1, 4), (2, 1), *triangle, (8, 4)],
        trained=[4, 6],
        respondents=[1, 2, 4, 5, 6, 7, 8],
    )
    assert analyze(first_data).person(1).reaches_trained is False
    comparison = compare(first_data, second_data)
    assert comparison.comparable
    assert comparison.basis.joined == (8,)
    assert comparison.basis.left == ()
    assert comparison.basis.answered_both == (1, 2, 4, 5, 6, 7)
    assert comparison.basis.not_answered_after == (3,)
    changes = comparison.changes
    assert changes is not None
    # Both waves on the basis: the answers of 1, 2, 4, 5, 6 and 7 only. Wave 1: 1 -> 2 ->
    # 3 ends at 3 (whose answer is not part of the basis), so only 4 reaches trained
    # knowledge; wave 2: 1 -> 4, 2 -> 1 -> 4, and 5 and 7 ask 6, now trained.
    assert changes.now_reach == (1, 2, 5, 6, 7)
    # 3 did not answer wave 2: listed apart, not as someone who can no longer reach.
    assert changes.no_longer_reach == ()
    # Wave 1 on the basis: 1, 2, 3 (nobody trained) and the triangle are risk clusters;
    # in wave 2 1 and 2 learn from 4 (trained) and 6 is trained.
    gone = [changes.before.cluster(c).members for c in changes.gone_risk_clusters]
    assert gone == [(1, 2, 3), (5, 6, 7)]
    assert changes.new_risk_clusters == ()
    texts = [s.text() for s in comparison.basis_sentences]
    assert texts[:2] == [
        "Wave 1: 7 of 7 people answered (100%).",
        "Wave 1: 7 of 8 people answered (88%).",
    ]
    texts = [s.text() for s in comparison.sentences]
    assert texts[0] == "Of the 6 people who answered both times:"
    assert "5 people can now reach a trained colleague within two steps." in texts
    assert "2 risk clusters are no longer at risk." in texts


def test_compare_a_wave_with_itself_changes_nothing() -> None:
    data = survey(4, [(1, 2), (2, 3)], trained=[3])
    comparison = compare(data, data)
    changes = comparison.changes
    assert changes is not None
    assert changes.now_reach == changes.no_longer_reach == ()
    assert changes.new_risk_clusters == changes.gone_risk_clusters == ()
    assert changes.key_holders_new == changes.key_holders_gone == ()
    assert [s.code for s in comparison.sentences] == ["basis", "reach_unchanged"]
