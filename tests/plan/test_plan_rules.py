"""Every plan rule on small organisations worked out by hand (docs/analysis.md, the plan)."""

from __future__ import annotations

from plan_helpers import names, org, person

from kennisnet.analysis import AnalysisOptions, analyze
from kennisnet.model import Channel
from kennisnet.plan import Finding, Form, PlanOptions, action_text, propose


def _plan(data, options=None, analysis=None):  # type: ignore[no-untyped-def]
    result = analyze(data, analysis or AnalysisOptions())
    return result, propose(result, data, options or PlanOptions())


def test_risk_cluster_training_first_then_job_shadowing_with_a_trained_colleague() -> None:
    # Group {1,2,3,4}: nobody trained; 2, 3, 4 learn from 1; 1, 3, 4 from 2; 4 from 3.
    # Group {5,6,7}: 5 trained; 6 learns from 4 and 5, 7 from 5 and 6.
    # 1 and 2 have 3 learners each, the most (top 10% of 7 = 1, tied): habit spreaders.
    # 5 is 2 steps from 4 (4 - 6 - 5): close by, trained, not overloaded.
    people = [person(i) for i in range(1, 5)] + [person(5, trained=True), person(6), person(7)]
    ties = [(2, 1), (3, 1), (4, 1), (1, 2), (3, 2), (4, 2), (4, 3), (6, 4), (6, 5), (7, 5), (7, 6)]
    data = org(people, ties)
    result, plan = _plan(data)
    assert [c.members for c in result.risk_clusters] == [(1, 2, 3, 4)]
    assert [p.id for p in result.people if p.habit_spreader] == [1, 2]
    keys = [a.key for a in plan.actions]
    shadow = plan.action("risk_cluster:1:on_the_job")
    assert keys.index("habit_spreader:1") < keys.index(shadow.key)
    assert keys.index("habit_spreader:2") < keys.index(shadow.key)
    assert shadow.form is Form.JOB_SHADOWING
    assert shadow.after == ("habit_spreader:1", "habit_spreader:2")
    # The advice trains 1 first (reaches all four); the others learn on the job from 5.
    assert result.advice.person_ids[0] == 1
    assert shadow.people == (2, 3, 4) and shadow.partners == (5,)
    text = action_text(shadow, names(data).__getitem__, "en")
    assert "after the formal training of P1" in text and "with P5" in text
    assert "risk_cluster:1:training" not in keys  # 1 has a training action already


def test_without_a_trained_colleague_nearby_they_learn_from_the_one_trained_first() -> None:
    # The same group; the trained person works in another department, without ties.
    people = [person(i) for i in range(1, 5)] + [person(5, trained=True, department="B")]
    data = org(people, [(2, 1), (3, 1), (4, 1), (1, 2), (3, 2), (4, 2), (4, 3)])
    result, plan = _plan(data)
    shadow = next(a for a in plan.actions if a.form is Form.JOB_SHADOWING)
    assert shadow.partners == (1,)
    assert shadow.people == (2, 3, 4)
    assert result.risk_clusters[0].members == (1, 2, 3, 4)
    assert "no other trained colleague close by" in action_text(shadow, str, "en")


def test_a_risk_cluster_without_a_habit_spreader_gets_its_own_training_action() -> None:
    # 2 and 3 learn from 1, 3 and 4 from 2, 4 from 3: nobody trained, nobody has 3
    # learners (no key holder). Training 1 reaches 1, 2, 3 and 4 (4 -> 2 -> 1): the advice.
    people = [person(i) for i in range(1, 5)]
    data = org(people, [(2, 1), (3, 1), (4, 2), (4, 3), (3, 2)])
    result, plan = _plan(data)
    assert [c.members for c in result.risk_clusters] == [(1, 2, 3, 4)]
    assert result.advice.person_ids[0] == 1
    training = plan.action("risk_cluster:1:training")
    assert training.form is Form.FORMAL_TRAINING and training.people == (1,)
    assert training.phase == 1
    assert "training advice names this person" in action_text(training, str, "en")
    shadow = plan.action("risk_cluster:1:on_the_job")
    assert shadow.after == ("risk_cluster:1:training",)
    assert [a.key for a in plan.actions].index(training.key) < [a.key for a in plan.actions].index(
        shadow.key
    )


def test_gatekeeper_mentors_a_second_colleague() -> None:
    # 2 learns from trained 1; 3 and 4 learn only from 2: without 2 they lose trained
    # knowledge (gatekeeper of 2). 1 is the only trained person: without 1, 2, 3 and 4
    # lose it (gatekeeper of 3). Nobody is a key holder (2 learners at most).
    people = [person(1, trained=True), person(2), person(3), person(4)]
    data = org(people, [(2, 1), (3, 2), (4, 2)])
    result, plan = _plan(data)
    assert result.person(2).gatekeeper_of == 2 and result.person(1).gatekeeper_of == 3
    assert [a.key for a in plan.actions] == ["gatekeeper:1", "gatekeeper:2"]
    assert plan.actions[0].partners == (2,)
    action = plan.actions[1]
    assert action.form is Form.MENTORING and action.people == (2,) and action.partners == (3, 4)
    assert action_text(action, names(data).__getitem__, "en") == (
        "P2 is the only route to trained knowledge for 2 colleagues. Let P2 mentor a second "
        "colleague — for example P3 and P4 — so that the knowledge no longer hangs on one person."
    )


def test_overloaded_shares_the_load_with_a_trained_colleague_nearby() -> None:
    # 2, 3, 4 and 5 learn from trained 1 (4 learners; overloaded from 4 on); 5 is trained.
    people = [person(1, trained=True), person(2), person(3), person(4), person(5, trained=True)]
    data = org(people, [(2, 1), (3, 1), (4, 1), (5, 1)])
    result, plan = _plan(data, analysis=AnalysisOptions(overloaded_threshold=4))
    assert result.person(1).overloaded
    action = plan.action("overloaded:1")
    assert action.form is Form.PEER_LEARNING and action.partners == (5,)
    assert "P5 is trained, close by" in action_text(action, names(data).__getitem__, "en")


def test_learns_alone_gets_peer_learning_with_a_trained_colleague() -> None:
    people = [person(1, trained=True), person(2), person(3)]
    data = org(people, [(2, 1), (3, 1)], channels={3: [Channel.TRIAL_ERROR]})
    data = org(people, [(2, 1)], channels={3: [Channel.TRIAL_ERROR]})
    result, plan = _plan(data)
    assert result.person(3).learns_alone
    action = plan.action("learns_alone:3")
    assert action.form is Form.PEER_LEARNING
    # 1 is trained and in the same department (no path from 3: department decides).
    assert action.partners == (1,)


def test_high_risk_work_needs_formal_instruction_whatever_the_network_says() -> None:
    # Monteurs 1 (untrained), 2 (trained), 3 (untrained, learns from planner 4, untrained),
    # 5 (training unknown). 1 learns from trained 2.
    people = [
        person(1, role="Monteur"),
        person(2, role="Monteur", trained=True),
        person(3, role="Monteur"),
        person(4, role="Planner"),
        person(5, role="monteur", trained=None),
    ]
    data = org(people, [(1, 2), (3, 4)])
    options = PlanOptions(high_risk_roles=frozenset({"Monteur"}))
    _, plan = _plan(data, options)
    flag = plan.action("high_risk:source:4")
    assert flag.form is Form.FORMAL_TRAINING and flag.people == (4,) and flag.partners == (3,)
    group = plan.action("high_risk:role:monteur")
    assert group.people == (1, 3, 5) and group.phase == 1
    text = action_text(group, names(data).__getitem__, "en")
    assert text.startswith("Work as Monteur is high-risk. P1, P3 and P5 have no formal training")
    # Without the mark there is no high-risk action.
    _, plain = _plan(data)
    assert not any(a.finding is Finding.HIGH_RISK for a in plain.actions)


def test_high_risk_department_counts_too_and_singular_reads_right() -> None:
    people = [person(1, department="Lab"), person(2, department="Lab", trained=True)]
    data = org(people, [(1, 2)])
    _, plan = _plan(data, PlanOptions(high_risk_departments=frozenset({"lab"})))
    group = plan.action("high_risk:department:lab")
    assert group.people == (1,)
    assert action_text(group, names(data).__getitem__, "en").startswith(
        "The work in lab is high-risk. P1 has no formal training on record: give formal"
    )


def _newcomer_org(trained_buddies: bool = True):  # type: ignore[no-untyped-def]
    people = [
        person(1, team="T1", start="2026-09-01"),
        person(2, team="T1", start="2026-08-01"),
        person(3, team="T1", start="2026-07-01"),
        person(4, team="T1", trained=trained_buddies, start="2010-01-01"),
        person(5, team="T2", trained=trained_buddies, start="2011-01-01"),
        person(6, department="B", trained=trained_buddies, start="2012-01-01"),
        person(7, team="T1", trained=False, start="2005-01-01"),
    ]
    # 7 is the experienced one many learn from, but untrained: never a buddy.
    return org(people, [(4, 7), (5, 7), (6, 7), (1, 7)])


def test_newcomers_get_a_trained_buddy_same_team_first_two_at_most() -> None:
    data = _newcomer_org()
    _, plan = _plan(data)
    assert plan.newcomers == (1, 2, 3)
    buddies = {b.newcomer: b.buddy for b in plan.buddies}
    assert set(buddies) == {1, 2, 3}
    assert sorted(buddies.values()).count(4) == 2  # the same team, at most 2
    assert sorted(buddies.values()).count(5) == 1  # the same department
    assert 7 not in buddies.values() and 6 not in buddies.values()
    # Capacity 1: everyone gets their own buddy; the other department comes last.
    _, one_each = _plan(data, PlanOptions(buddy_capacity=1))
    assert sorted(b.buddy for b in one_each.buddies) == [4, 5, 6]


def test_without_a_trained_buddy_the_plan_says_train_a_buddy_first_and_names_whom() -> None:
    data = _newcomer_org(trained_buddies=False)
    _, plan = _plan(data)
    assert plan.buddies == ()
    for newcomer in (1, 2, 3):
        action = plan.action(f"newcomer:{newcomer}")
        assert action.form is Form.FORMAL_TRAINING and action.partners == (newcomer,)
        # 7: same team, not overloaded, the most learners.
        assert action.people == (7,)
        assert "Train a buddy first — for example P7" in action_text(
            action, names(data).__getitem__, "en"
        )


def test_newcomer_window_is_configurable() -> None:
    data = _newcomer_org()
    # The wave began 2026-10-05: 2 months back is 2026-08-05, 3 months 2026-07-05.
    _, plan = _plan(data, PlanOptions(newcomer_months=2))
    assert plan.newcomers == (1,)
    _, plan = _plan(data, PlanOptions(newcomer_months=3))
    assert plan.newcomers == (1, 2)  # 3 started 2026-07-01, before 2026-07-05


def test_sentences_have_dutch_with_singular_and_plural() -> None:
    people = [person(1, trained=True), person(2), person(3), person(4)]
    data = org(people, [(2, 1), (3, 2), (4, 2)])
    _, plan = _plan(data)
    text = action_text(plan.action("gatekeeper:2"), names(data).__getitem__, "nl")
    assert text.startswith("P2 is voor 2 collega's de enige weg naar getrainde kennis.")
    assert text.endswith(
        "bijvoorbeeld P3 en P4 — zodat de kennis niet meer van één persoon afhangt."
    )
    data = org(people, [(2, 1), (3, 2)])
    _, plan = _plan(data)
    assert action_text(plan.action("gatekeeper:2"), names(data).__getitem__, "nl").startswith(
        "P2 is voor één collega de enige weg"
    )
