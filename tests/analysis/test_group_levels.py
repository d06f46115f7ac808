"""Big organisations on one page: grouping by any staff-list column, a higher level of
the departments found on the staff list, and the "other" group that keeps everyone on
the map (docs/analysis.md, "Big organisations")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.analysis.groups import (
    BY_DEPARTMENT,
    GroupSummary,
    columns,
    fold,
    higher_level,
    summarise_groups,
)
from kennisnet.model import Nomination, Person, Response, SurveyData, Wave


def survey(
    sizes: Sequence[int], attributes: Mapping[str, Sequence[str | None]] | None = None
) -> SurveyData:
    """Departments "D1", "D2", … of ``sizes`` people; ``attributes``: column -> the
    value of every department (None: no value). In every department everyone learns
    from its first person, who learns from the first person of the department before
    and of department 1 (so there are flows between groups); every department's first
    person is trained."""
    people, responses = [], []
    firsts, pid = [], 0
    for d, size in enumerate(sizes):
        firsts.append(pid + 1)
        for k in range(size):
            pid += 1
            values = {c: v[d] for c, v in (attributes or {}).items() if v[d] is not None}
            people.append(
                Person(
                    id=pid,
                    uid=f"u{pid}",
                    name=f"Persoon {pid}",
                    department=f"D{d + 1}",
                    trained_hr=k == 0,
                    attributes={str(c): str(v) for c, v in values.items()},
                )
            )
            if k:
                sources = [firsts[d]]
            else:
                sources = sorted({firsts[max(d - 1, 0)], firsts[0]} - {pid})
            responses.append(
                Response(
                    uuid=f"r{pid}",
                    respondent_id=pid,
                    wave_id=1,
                    submitted_at="2026-10-05T10:00:00",
                    nominations=tuple(Nomination(s, None) for s in sources),
                    channels=(),
                )
            )
    return SurveyData(tuple(people), tuple(responses), Wave(1, "Meting", "2026-10-01"))


def _check_everyone(summary: GroupSummary, result: AnalysisResult) -> None:
    """Everyone in exactly one group; the ties inside and between groups are all ties."""
    members = [pid for g in summary.groups for pid in g.members]
    assert sorted(members) == sorted(p.id for p in result.people)
    assert summary.people == len(result.people)
    inside = sum(g.ties_within for g in summary.groups)
    assert inside + sum(f.ties for f in summary.flows) == len(result.edges)


SIX = [6, 6, 6, 6, 6, 6]


def test_a_column_that_nests_the_departments_is_their_higher_level() -> None:
    data = survey(SIX, {"Divisie": ["Noord", "Noord", "Zuid", "Zuid", "Zuid", "West"]})
    result = analyze(data)
    assert higher_level(result, data.people, limit=4) == "column:Divisie"
    summary = summarise_groups(result, people=data.people, limit=4)
    assert summary.by == "column:Divisie" and summary.replaces_departments == 6
    assert [(g.value, g.size) for g in summary.groups] == [
        ("Zuid", 18),
        ("Noord", 12),
        ("West", 6),
    ]
    assert summary.other is None
    _check_everyone(summary, result)
    # Enough room for the departments themselves: no higher level.
    assert summarise_groups(result, people=data.people, limit=6).by == BY_DEPARTMENT
    # No staff list given (the app's view without it): the departments, folded.
    assert summarise_groups(result, limit=4).by == BY_DEPARTMENT


def test_a_column_that_splits_a_department_is_no_higher_level() -> None:
    # One person of D2 is in "Zuid", the rest of D2 in "Noord".
    data = survey(SIX, {"Divisie": ["Noord", "Noord", "Zuid", "Zuid", "Zuid", "West"]})
    people = list(data.people)
    people[7] = replace(people[7], attributes={"Divisie": "Zuid"})
    data = SurveyData(tuple(people), data.responses, data.wave)
    result = analyze(data)
    assert higher_level(result, data.people, limit=4) is None
    summary = summarise_groups(result, people=data.people, limit=4)
    assert summary.by == BY_DEPARTMENT and summary.replaces_departments == 0
    assert summary.other is not None


def test_a_department_without_the_value_still_nests_but_half_without_does_not() -> None:
    data = survey(SIX, {"Divisie": ["Noord", "Noord", "Zuid", "Zuid", None, None]})
    result = analyze(data)
    assert higher_level(result, data.people, limit=4) == "column:Divisie"
    summary = summarise_groups(result, people=data.people, limit=4)
    # People without a value form one group, after the values.
    assert [(g.value, g.size) for g in summary.groups] == [
        ("Noord", 12),
        ("Zuid", 12),
        (None, 12),
    ]
    people = list(data.people)
    people[0] = replace(people[0], attributes={})  # D1: "Noord" and no value
    result2 = analyze(SurveyData(tuple(people), data.responses, data.wave))
    assert higher_level(result2, people, limit=4) is None


@pytest.mark.parametrize(
    ("values", "limit", "found"),
    [
        (["A", "B", "C", "D", "E", "E"], 4, None),  # 5 values: too many for 4 circles
        (["A", "B", "C", "D", "D", "D"], 4, "column:Laag"),  # 4 values fit
        (["A", "A", "A", "A", "A", "A"], 4, None),  # 1 value tells nothing
        (["A", "B", "C", "D", None, None], 4, None),  # 4 values and "none": 5 circles
    ],
)
def test_a_higher_level_has_between_2_and_limit_groups(
    values: list[str | None], limit: int, found: str | None
) -> None:
    data = survey(SIX, {"Laag": values})
    assert higher_level(analyze(data), data.people, limit=limit) == found


def test_of_several_higher_levels_the_most_detailed_then_the_first_by_name() -> None:
    data = survey(
        SIX,
        {
            "Divisie": ["N", "N", "N", "Z", "Z", "Z"],
            "Directie": ["N1", "N1", "N2", "Z1", "Z1", "Z2"],
            "Cluster B": ["x", "x", "y", "y", "z", "z"],
            "Locatie": ["U", "Z", "U", "Z", "U", "Z"],  # nests too, 2 values
        },
    )
    result = analyze(data)
    # Directie (4 values) is finer than Divisie (2) and Cluster B (3); all nest.
    assert higher_level(result, data.people, limit=4) == "column:Directie"
    # With room for 3 circles only: "Cluster B" (3 values; Directie is too many).
    assert higher_level(result, data.people, limit=3) == "column:Cluster B"
    # A tie of 2 values each: the first by name.
    tied = survey(SIX, {"Regio": ["a", "a", "a", "b", "b", "b"], "Bedrijf": list("xxyyyy")})
    assert higher_level(analyze(tied), tied.people, limit=4) == "column:Bedrijf"


def test_the_other_group_holds_everyone_left_and_the_flows_to_and_from_them() -> None:
    data = survey([9, 8, 7, 6, 5, 4, 3])
    result = analyze(data)
    full = summarise_groups(result, BY_DEPARTMENT, limit=None)
    assert len(full.groups) == 7 and full.other is None
    summary = summarise_groups(result, BY_DEPARTMENT, limit=4)
    assert len(summary.groups) == 4
    assert [g.department for g in summary.groups[:3]] == ["D1", "D2", "D3"]
    other = summary.groups[-1]
    assert other is summary.other and other.other == 4 and other.department is None
    assert other.size == 6 + 5 + 4 + 3
    assert other.trained == 4
    _check_everyone(summary, result)
    # The flows, counted here from the ties themselves: D4..D7 are "other" (index 3).
    index = {"D1": 0, "D2": 1, "D3": 2}
    group = {p.id: index.get(p.department or "", 3) for p in result.people}
    between = Counter(
        (group[e.learner], group[e.source])
        for e in result.edges
        if group[e.learner] != group[e.source]
    )
    assert {(f.learners, f.sources): f.ties for f in summary.flows} == dict(between)
    assert (3, 0) in between and (3, 2) in between  # to "other" and from it
    inside = sum(1 for e in result.edges if group[e.learner] == group[e.source] == 3)
    assert other.ties_within == inside
    # D5 learns from D4: a tie between two groups put together is a tie inside "other".
    assert inside > sum(g.ties_within for g in full.groups[3:])
    assert fold(summary, 4) is summary  # nothing more to put together


def test_pseudonymised_small_groups_are_never_alone() -> None:
    data = survey([9, 8, 7, 4, 2])
    result = analyze(data)
    summary = summarise_groups(result, BY_DEPARTMENT, min_size=5)
    assert [g.department for g in summary.groups if not g.other] == ["D1", "D2", "D3"]
    assert summary.other is not None and summary.other.size == 6
    # Groups put together under 5 people: the smallest group kept joins them.
    small = summarise_groups(analyze(survey([9, 8, 7, 2, 1])), BY_DEPARTMENT, min_size=5)
    assert [g.department for g in small.groups if not g.other] == ["D1", "D2"]
    assert small.other is not None and small.other.size == 10 and small.other.other == 3
    assert all(g.size >= 5 for g in small.groups)


def test_any_staff_list_column_groups_people_and_nobody_with_it_is_refused() -> None:
    data = survey([6, 6, 6], {"Locatie": ["Zwolle", None, "Assen"]})
    result = analyze(data)
    assert columns(result, data.people) == ["column:Locatie"]
    summary = summarise_groups(result, "column:Locatie", people=data.people)
    assert [(g.value, g.size) for g in summary.groups] == [
        ("Assen", 6),
        ("Zwolle", 6),
        (None, 6),
    ]
    assert summary.groups[0].department is None and summary.groups[0].cluster is None
    _check_everyone(summary, result)
    with pytest.raises(ValueError, match=r"grouping 'column:Kostenplaats'.*column:Locatie"):
        summarise_groups(result, "column:Kostenplaats", people=data.people)
