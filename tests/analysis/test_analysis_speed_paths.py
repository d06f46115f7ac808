"""Shortcuts for speed: skipping betweenness, building records column-wise."""

from __future__ import annotations

import dataclasses
import random

import pytest
from analysis_helpers import lazega, survey

from kennisnet.analysis import AnalysisOptions, PersonResult, analyze, what_if
from kennisnet.analysis.result import frozen_records


def test_betweenness_is_computed_by_default() -> None:
    # 1 -> 2 -> 3: everything from 1 to 3 passes 2.
    result = analyze(survey(3, [(1, 2), (2, 3)], trained=[3]))
    assert result.betweenness_computed
    assert result.person(2).betweenness > 0


def test_skipping_betweenness_changes_nothing_else() -> None:
    data = lazega()
    full = analyze(data)
    quick = analyze(data, betweenness=False)
    assert not quick.betweenness_computed
    assert {p.betweenness for p in quick.people} == {0.0}
    assert any(p.betweenness > 0 for p in full.people)
    assert quick.people == tuple(dataclasses.replace(p, betweenness=0.0) for p in full.people)
    assert dataclasses.replace(quick, people=full.people, betweenness_computed=True) == full


def test_what_if_without_betweenness_finds_the_same_changes() -> None:
    data = lazega()
    leaving = [p.id for p in analyze(data).key_holders[:2]]
    full = what_if(data, leaving)
    quick = what_if(data, leaving, betweenness=False)
    assert not quick.after.betweenness_computed and not quick.before.betweenness_computed
    for name in (
        "leaving",
        "no_longer_within",
        "no_longer_at_all",
        "lose_all_sources",
        "new_risk_clusters",
        "gone_risk_clusters",
        "key_holders_new",
        "key_holders_gone",
        "sentences",
    ):
        assert getattr(quick, name) == getattr(full, name), name
    # With a full base result, only the "after" side skips betweenness.
    base = analyze(data)
    mixed = what_if(data, leaving, base=base, betweenness=False)
    assert mixed.before is base and not mixed.after.betweenness_computed


def test_frozen_records_equal_the_normal_constructor() -> None:
    rng = random.Random(3)
    names = [f.name for f in dataclasses.fields(PersonResult)]
    rows = [{name: rng.choice([0, 1.5, None, "x", True]) for name in names} for _ in range(5)]
    built = frozen_records(PersonResult, {name: [row[name] for row in rows] for name in names})
    expected = tuple(PersonResult(**row) for row in rows)
    assert built == expected
    assert [type(p) for p in built] == [PersonResult] * 5
    assert [hash(p) for p in built] == [hash(p) for p in expected]
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].id = 7  # type: ignore[misc]
    with pytest.raises(TypeError):
        frozen_records(PersonResult, {"id": [1]})
    with pytest.raises(TypeError):
        frozen_records(AnalysisOptions, {})  # has __post_init__


def test_frozen_records_of_nothing() -> None:
    names = [f.name for f in dataclasses.fields(PersonResult)]
    assert frozen_records(PersonResult, {name: [] for name in names}) == ()
