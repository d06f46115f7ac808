"""Determinism, progress and cancel."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from analysis_helpers import lazega, survey

from kennisnet.analysis import AnalysisCancelled, analyze
from kennisnet.model import SurveyData


def _shuffled(data: SurveyData, seed: int) -> SurveyData:
    rng = random.Random(seed)
    people = list(data.people)
    responses = [
        replace(r, nominations=tuple(rng.sample(r.nominations, len(r.nominations))))
        for r in data.responses
    ]
    rng.shuffle(people)
    rng.shuffle(responses)
    return replace(data, people=tuple(people), responses=tuple(responses))


def test_same_result_twice_and_with_shuffled_input() -> None:
    data = lazega()
    first = analyze(data)
    assert analyze(data) == first
    for seed in (1, 2, 3):
        assert analyze(_shuffled(data, seed)) == first


def test_different_seed_still_partitions_everybody() -> None:
    from kennisnet.analysis import AnalysisOptions

    result = analyze(lazega(), AnalysisOptions(seed=12345))
    members = sorted(m for c in result.clusters for m in c.members)
    assert members == [p.id for p in result.people]


def test_progress_runs_from_zero_to_one_with_labels() -> None:
    seen: list[tuple[float, str]] = []
    analyze(lazega(), progress=lambda fraction, label: seen.append((fraction, label)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(label for _, label in seen)
    assert seen[0][1] == "Building the knowledge network"


def test_progress_labels_are_translated() -> None:
    from kennisnet.i18n import set_language

    set_language("nl")
    labels: list[str] = []
    analyze(survey(3, [(1, 2)]), progress=lambda _f, label: labels.append(label))
    assert labels[0] == "Het kennisnetwerk opbouwen"


@pytest.mark.parametrize("after_checks", [0, 1, 3, 5])
def test_cancel_raises_between_steps(after_checks: int) -> None:
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > after_checks

    with pytest.raises(AnalysisCancelled):
        analyze(lazega(), cancel=cancel)
    assert calls["n"] == after_checks + 1


def test_cancel_never_true_runs_to_the_end() -> None:
    result = analyze(survey(3, [(1, 2)]), cancel=lambda: False)
    assert len(result.people) == 3
