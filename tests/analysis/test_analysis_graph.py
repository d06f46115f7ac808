"""Graph building and the per-person figures on small graphs worked out by hand."""

from __future__ import annotations

import pytest
from analysis_helpers import WAVE, survey

from kennisnet.analysis import AnalysisOptions, analyze, build_graph
from kennisnet.model import Frequency, Nomination, Person, Response, SurveyData


def test_empty_survey() -> None:
    result = analyze(SurveyData((), (), WAVE))
    assert result.people == ()
    assert result.edges == ()
    assert result.clusters == ()
    assert result.advice.steps == ()
    assert result.quality.rate == 0.0
    assert [w.code for w in result.warnings] == ["empty_roster"]


def test_one_person() -> None:
    result = analyze(survey(1, trained=[1]))
    (only,) = result.people
    assert only.pagerank == pytest.approx(1.0)
    assert only.betweenness == 0.0
    assert only.in_degree == 0
    assert only.cluster == 1
    assert only.steps_to_trained == 0
    assert only.gatekeeper_of == 0
    assert result.quality.rate == 1.0


def test_self_nominations_are_ignored() -> None:
    result = analyze(survey(2, [(1, 1), (1, 2), (2, 2)]))
    assert [e.learner for e in result.edges] == [1]
    assert result.person(1).in_degree == 0
    assert result.person(2).in_degree == 1
    assert result.person(2).sources == 0


def test_duplicate_nominations_collapse_to_the_highest_weight() -> None:
    data = survey(
        3,
        [(1, 2, Frequency.MONTHLY), (1, 2, Frequency.DAILY), (1, 2, None), (3, 2, None)],
    )
    result = analyze(data)
    assert [(e.learner, e.source, e.weight) for e in result.edges] == [(1, 2, 4), (3, 2, 1)]
    assert result.person(2).in_degree == 2
    assert result.person(2).weighted_in_degree == 5


def test_frequency_weights() -> None:
    ties = [
        (1, 5, Frequency.DAILY),
        (2, 5, Frequency.WEEKLY),
        (3, 5, Frequency.MONTHLY),
        (4, 5, Frequency.LESS),
    ]
    result = analyze(survey(5, ties))
    assert result.person(5).weighted_in_degree == 4 + 3 + 2 + 1
    assert result.person(5).in_degree == 4


def test_non_respondents_stay_in_the_graph_without_outgoing_ties() -> None:
    # 1 answered and named 2; 2 and 3 did not answer; 3 is named by nobody.
    result = analyze(survey(3, [(1, 2)], trained=[2], respondents=[1]))
    ids = [p.id for p in result.people]
    assert ids == [1, 2, 3]
    two, three = result.person(2), result.person(3)
    assert (two.responded, two.in_degree, two.sources) == (False, 1, 0)
    assert (three.responded, three.in_degree, three.sources) == (False, 0, 0)
    assert three.steps_to_trained is None
    assert result.person(1).steps_to_trained == 1
    assert result.quality.rate == pytest.approx(1 / 3)


def test_untrained_non_respondent_has_no_path_even_if_named() -> None:
    # 2 did not answer, so we do not know whom 2 learns from: no path through 2.
    result = analyze(survey(3, [(1, 2)], trained=[3], respondents=[1]))
    assert result.person(1).steps_to_trained is None
    assert result.person(2).steps_to_trained is None


def _with_external() -> SurveyData:
    people = (
        Person(1, "u1", "Ann", department="A", trained_hr=False),
        Person(2, "u2", "Bob", department="A", trained_hr=True),
        Person(3, "u3", "Coach", external=True),
    )
    responses = (
        Response("r1", 1, 1, "t", (Nomination(2), Nomination(3))),
        Response("r2", 2, 1, "t", (Nomination(3),)),
    )
    return SurveyData(people, responses, WAVE)


def test_external_people_are_kept_apart_by_default() -> None:
    result = analyze(_with_external())
    assert [p.id for p in result.people] == [1, 2]
    assert [(x.id, x.name, x.named_by) for x in result.external_people] == [(3, "Coach", 2)]
    assert result.person(2).sole_source_of == 1  # within the analysed network
    assert result.quality.roster == 2
    assert result.quality.rate == 1.0
    assert "external_people" in [w.code for w in result.warnings]
    assert not result.has_person(3)


def test_external_people_can_be_included_but_are_never_advised() -> None:
    result = analyze(_with_external(), AnalysisOptions(include_external=True))
    assert [p.id for p in result.people] == [1, 2, 3]
    coach = result.person(3)
    assert (coach.external, coach.in_degree, coach.responded) == (True, 2, False)
    assert result.external_people == ()
    assert 3 not in result.advice.person_ids
    assert result.quality.roster == 2  # the response rate never counts external people


def test_unknown_nomination_ids_are_ignored_with_a_warning() -> None:
    data = survey(2, [(1, 2), (1, 99)])
    result = analyze(data)
    assert [(e.learner, e.source) for e in result.edges] == [(1, 2)]
    assert "unknown_nominations" in [w.code for w in result.warnings]


def test_build_graph_gives_a_networkx_digraph() -> None:
    graph = build_graph(survey(3, [(1, 2, Frequency.WEEKLY), (2, 3)], trained=[3]))
    assert sorted(graph.nodes) == [1, 2, 3]
    assert graph[1][2]["weight"] == 3
    assert graph.nodes[3]["trained"] is True
    assert graph.nodes[1]["trained"] is False
    assert graph.number_of_edges() == 2


def test_training_status_prefers_hr_record_then_self_report() -> None:
    from kennisnet.model import TrainingAnswer

    data = survey(
        3,
        unknown=[1, 2, 3],
        self_report={1: TrainingAnswer.YES, 2: TrainingAnswer.NO, 3: TrainingAnswer.DONT_KNOW},
    )
    result = analyze(data)
    assert [p.trained for p in result.people] == [True, False, None]
    assert [p.steps_to_trained for p in result.people] == [0, None, None]
