"""Big organisations: key knowledge holders ranked within departments, the groups of
the group map, and the headline figures that every surface reads for them."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from analysis_helpers import survey

from kennisnet.analysis import analyze, ranking, summary_text
from kennisnet.analysis.figures import headline, key_figures
from kennisnet.analysis.groups import (
    BY_CLUSTER,
    BY_DEPARTMENT,
    FINE,
    RISK,
    WATCH,
    Group,
    summarise_groups,
)
from kennisnet.model import Frequency, Person


def _people(departments: dict[str, range]) -> list[Person]:
    return [
        Person(id=i, uid=f"u{i}", name=f"P{i}", department=name, trained_hr=i in (1, 20))
        for name, ids in departments.items()
        for i in ids
    ]


def _two_departments():  # type: ignore[no-untyped-def]
    # Sales 1..10, Lab 11..20. In Sales: 1 has 5 learners, 2 and 3 four each (3's ties
    # are daily, so 3 ranks first), 4 has three, 5 has two (under the floor of 3).
    people = _people({"Sales": range(1, 11), "Lab": range(11, 21)})
    ties: list[tuple[int, int] | tuple[int, int, Frequency | None]] = []
    ties += [(learner, 1) for learner in (6, 7, 8, 9, 10)]
    ties += [(learner, 2, Frequency.LESS) for learner in (6, 7, 8, 9)]
    ties += [(learner, 3, Frequency.DAILY) for learner in (6, 7, 8, 9)]
    ties += [(learner, 4) for learner in (6, 7, 8)]
    ties += [(learner, 5) for learner in (6, 7)]
    # Lab learns from Sales' 1 (learners from elsewhere count too) and from 20.
    ties += [(learner, 1) for learner in (11, 12, 13)]
    ties += [(learner, 20) for learner in (11, 12, 13, 14)]
    ties += [(14, 15)]
    return survey(people, ties)


def test_holders_are_ranked_within_departments_by_the_documented_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ranking, "BIG_PROJECT", 20)
    result = analyze(_two_departments())
    ranked = {d.department: d for d in result.department_holders}
    assert set(ranked) == {"Sales", "Lab"}
    # 1: 8 learners; 3 before 2 (same learners, more weighted); 4 not in the top 3; 5 under 3.
    assert ranked["Sales"].holders == (1, 3, 2)
    assert ranked["Sales"].people == 10
    # Lab: only 20 has at least 3 learners.
    assert ranked["Lab"].holders == (20,)
    h = headline(result)
    assert (h.ranked_holders, h.holder_departments, h.ranked) == (4, 2, True)
    assert key_figures(h, result.options.reach_steps, "en")[1] == (
        "4 top knowledge holders ranked within 2 departments"
    )


def test_the_threshold_is_the_staff_list_size(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _two_departments()
    monkeypatch.setattr(ranking, "BIG_PROJECT", 21)
    assert analyze(data).department_holders == ()
    monkeypatch.setattr(ranking, "BIG_PROJECT", 20)
    assert analyze(data).department_holders != ()


def test_a_real_thousand_people_is_big_and_999_is_not() -> None:
    assert ranking.BIG_PROJECT == 1000
    ties = [(i, 1) for i in range(2, 6)]
    assert analyze(survey(999, ties)).department_holders == ()
    big = analyze(survey(1000, ties))
    assert [(d.department, d.holders) for d in big.department_holders] == [("A", (1,))]


def test_small_projects_keep_the_one_list_unchanged() -> None:
    # No department ranking, the key figure and the summary as before.
    data = _two_departments()
    result = analyze(data)
    assert result.department_holders == ()
    h = headline(result)
    assert not h.ranked and h.ranked_holders == 0
    assert h.key_holders == 1
    assert key_figures(h, result.options.reach_steps, "en")[1] == "1 key knowledge holder"
    text = summary_text(result, "en")
    assert "Key knowledge holders (colleagues who are asked most often):" in text
    assert "per department" not in text


def test_every_surface_agrees_on_the_ranked_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    from kennisnet.export.bundle import summary_facts
    from kennisnet.export.excel_book import Book
    from kennisnet.export.figure_legend import default_facts
    from kennisnet.export.pseudonym import Naming
    from kennisnet.export.report_text import findings, holder_lines

    monkeypatch.setattr(ranking, "BIG_PROJECT", 20)
    data = _two_departments()
    result = analyze(data)
    h = headline(result)
    lines = key_figures(h, result.options.reach_steps, "en")
    naming = Naming.build(data.people, pseudonymised=False)
    # The picture's key figures and `kennisnet analyze`.
    assert default_facts(result, naming, "en")[: len(lines)] == lines
    text = summary_text(result, "en")
    for line in lines:
        assert f"  - {line}" in text
    assert "  - Sales: P1: 8 colleagues learn from this person" in text
    # The report: the finding and one line per department.
    assert any(
        f"{h.ranked_holders} people in {h.holder_departments} departments" in f
        for f in findings(result, h, "en")
    )
    assert [line.split(":")[0] for line in holder_lines(result, "en")] == ["Sales", "Lab"]
    # The workbook: its Summary sheet and one row per ranked holder.
    facts = dict(summary_facts(result, naming, "en", "T", date(2026, 1, 1)))
    assert facts["Key knowledge holders"] == h.key_holders
    book = Book(result, naming, "en")
    rows = sum(len(d.holders) for d in book.result.department_holders)
    assert rows == h.ranked_holders


def test_groups_count_people_training_reach_and_ties() -> None:
    # A: 1,2,3 (1 trained); B: 4,5; C: 6 alone. 2->1, 3->1 inside A; 4->1, 5->1, 5->2 B to A.
    people = [
        Person(id=i, uid=f"u{i}", name=f"P{i}", department=d, trained_hr=i == 1)
        for i, d in ((1, "A"), (2, "A"), (3, "A"), (4, "B"), (5, "B"), (6, "C"))
    ]
    result = analyze(survey(people, [(2, 1), (3, 1), (4, 1), (5, 1), (5, 2), (6, 6)][:5]))
    summary = summarise_groups(result)
    assert summary.by == BY_DEPARTMENT
    by_name = {g.department: g for g in summary.groups}
    assert [g.department for g in summary.groups] == ["A", "B", "C"]
    assert by_name["A"].members == (1, 2, 3) and by_name["A"].trained == 1
    assert by_name["A"].ties_within == 2 and by_name["B"].ties_within == 0
    assert by_name["C"].unreached == 1 and by_name["B"].unreached == 0
    assert [(f.learners, f.sources, f.ties) for f in summary.flows] == [(1, 0, 3)]
    # Every tie is inside a group or in a flow.
    inside = sum(g.ties_within for g in summary.groups)
    assert inside + sum(f.ties for f in summary.flows) == len(result.edges)


def test_groups_by_cluster_put_single_people_together() -> None:
    result = analyze(survey(6, [(1, 2), (2, 1), (3, 4), (4, 3)], trained=[1]))
    summary = summarise_groups(result, BY_CLUSTER)
    sizes = Counter(g.size for g in summary.groups)
    assert sizes == Counter({2: 3})  # two clusters of two, and 5+6 "not in a group"
    assert summary.groups[-1].cluster == 0
    assert summarise_groups(result).by == BY_CLUSTER  # one department: clusters
    with pytest.raises(ValueError, match="grouping"):
        summarise_groups(result, "team")


@pytest.mark.parametrize(
    ("size", "risky", "unreached", "level"),
    [(10, 5, 0, RISK), (10, 4, 4, WATCH), (9, 4, 3, WATCH), (9, 4, 2, FINE)],
)
def test_the_risk_level_of_a_group(size: int, risky: int, unreached: int, level: str) -> None:
    group = Group("A", None, tuple(range(size)), 0, unreached, risky, 0)
    assert group.level == level
