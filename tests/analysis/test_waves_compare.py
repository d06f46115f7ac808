"""Comparing two waves on small organisations worked out by hand.

The organisation (wave 1, "W1"): P1..P10, P1 trained on the staff list; everyone
answered (10 of 10, 100%). Ties (learner -> source):

    2->1, 3->2, 4->3, 5->4, 6->1, 7->6, 8->6, 9->10, 10->9

Within two steps of P1: 2 (1 step), 3 (2), 6 (1), 7 (2), 8 (2); 4 and 5 are 3 and 4
steps away; 9 and 10 only have each other.

Between the waves P4 takes the training, P10 leaves and P11 joins. Wave 2 ("W2"),
roster P1..P9 and P11 (10 people); ties as before except 9->4 (P9 now asks P4) and
11->4, and P8 did not answer: 9 of 10 answered (90%).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from analysis_helpers import survey

from kennisnet.analysis import compare
from kennisnet.analysis.waves_json import comparison_json
from kennisnet.analysis.waves_report import comparison_report
from kennisnet.i18n import set_language
from kennisnet.model import Person, SurveyData, Wave

W1 = Wave(1, "W1", "2026-01-01")
W2 = Wave(2, "W2", "2026-06-01")
FIRST_TIES = [(2, 1), (3, 2), (4, 3), (5, 4), (6, 1), (7, 6), (8, 6), (9, 10), (10, 9)]
SECOND_TIES = [(2, 1), (3, 2), (4, 3), (5, 4), (6, 1), (7, 6), (9, 4), (11, 4)]


def person(i: int, trained: bool) -> Person:
    return Person(id=i, uid=f"u{i}", name=f"P{i}", department="A", trained_hr=trained)


def first_wave() -> SurveyData:
    return replace(survey(10, FIRST_TIES, trained=[1]), wave=W1)


def second_wave(respondents: list[int]) -> SurveyData:
    roster = [person(i, i in (1, 4)) for i in (*range(1, 10), 11)]
    ties = [t for t in SECOND_TIES if t[0] in respondents]
    return replace(survey(roster, ties, respondents=respondents), wave=W2)


def test_identical_answers_in_two_waves_change_nothing() -> None:
    same = replace(first_wave(), wave=W2)
    c = compare(first_wave(), same)
    assert c.comparable and c.reasons == ()
    assert (c.basis.before.rate, c.basis.after.rate) == (1.0, 1.0)
    assert c.basis.answered_both == tuple(range(1, 11))
    assert c.basis.joined == c.basis.left == c.basis.not_answered_after == ()
    ch = c.changes
    assert ch is not None
    assert ch.now_reach == ch.no_longer_reach == ch.now_trained == ()
    assert ch.key_holders_new == ch.key_holders_gone == ()
    assert ch.gatekeepers_new == ch.gatekeepers_gone == ()
    assert ch.new_risk_clusters == ch.gone_risk_clusters == ()
    # 9 and 10 only learn from each other, nobody trained: a risk cluster that stays
    # (a cluster needs 3 people, so it is a risk cluster only if Louvain adds someone;
    # whatever it is, it is the same in both waves).
    assert len(ch.still_risk_clusters) == len([k for k in ch.before.clusters if k.risk])
    assert [m.code for m in c.sentences] == ["basis", "reach_unchanged"]
    assert c.sentences[0].text() == "Of the 10 people who answered both times:"


def test_a_complete_second_wave_with_a_leaver_and_a_newcomer() -> None:
    c = compare(first_wave(), second_wave([1, 2, 3, 4, 5, 6, 7, 9, 11]))
    b = c.basis
    assert (b.before.roster, b.before.answered, b.after.roster, b.after.answered) == (10, 10, 10, 9)
    assert b.after.rate == 0.9
    assert b.in_both == (1, 2, 3, 4, 5, 6, 7, 8, 9)
    assert b.answered_both == (1, 2, 3, 4, 5, 6, 7, 9)  # 8 did not answer W2
    assert (b.joined, b.left) == ((11,), (10,))
    assert b.not_answered_after == (8,) and b.not_answered_before == ()
    assert c.comparable
    ch = c.changes
    assert ch is not None
    # On the basis (8 people, ties among P1..P9 only): W1 reach 1,2,3,6,7; 4 and 5 too
    # far; 9's only tie went to P10 (left). W2 (P1 and P4 trained): everyone reaches:
    # 4 is trained, 5 and 9 ask 4.
    assert ch.now_reach == (4, 5, 9)
    assert ch.no_longer_reach == ()  # P8 did not answer W2: not "lost", listed apart
    assert ch.now_trained == (4,)
    # Gatekeepers (people whose leaving cuts others off from every trained person):
    # W1 1 (for 2-7), 2 (3, 4, 5), 3 (4, 5), 4 (5), 6 (7); W2 1 (2, 3, 6, 7), 2 (3),
    # 4 (5, 9), 6 (7). 3 is no longer one; nobody new.
    assert ch.gatekeepers_gone == (3,) and ch.gatekeepers_new == ()
    # Nobody has 3 or more learners: no key knowledge holders in either wave.
    assert ch.key_holders_new == ch.key_holders_gone == ()
    assert [m.text() for m in c.basis_sentences] == [
        "W1: 10 of 10 people answered (100%).",
        "W2: 9 of 10 people answered (90%).",
        "8 people answered both times.",
        "1 person joined the staff list between the waves.",
        "1 person left the staff list between the waves.",
        "1 person answered in W1 but not (yet) in W2.",
    ]
    texts = [m.text() for m in c.sentences]
    assert texts[:2] == [
        "Of the 8 people who answered both times:",
        "3 people can now reach a trained colleague within two steps.",
    ]
    assert "1 person is no longer the only route to trained knowledge for others." in texts
    assert not any("no longer reach" in t for t in texts)

    report = comparison_report(c)
    titles = [s.title for s in report.sections]
    assert titles[0] == "Can now reach a trained colleague (3)"
    assert report.sections[0].items == ("P4 (A, now trained)", "P5 (A)", "P9 (A)")
    assert "Answered in W1 but not (yet) in W2: not part of the changes (1)" in titles
    assert "Joined the staff list (1)" in titles and "Left the staff list (1)" in titles
    apart = dict((s.title, s.items) for s in report.sections)
    assert apart["Left the staff list (1)"] == ("P10 (A)",)
    assert apart["Joined the staff list (1)"] == ("P11 (A)",)
    set_language("nl")
    try:
        nl = comparison_report(c).text()
    finally:
        set_language("en")
    assert "Van de 8 mensen die beide keren antwoordden:" in nl
    assert "- 3 mensen kunnen nu binnen twee stappen een getrainde collega bereiken." in nl
    assert "1 persoon is tussen de metingen van de personeelslijst verdwenen." in nl

    out = comparison_json(c)
    assert out["schema"] == "kennisnet.compare/1"
    assert out["comparable"] is True and out["reasons"] == []
    assert out["basis"]["answered_both"] == 8
    assert out["basis"]["response_rate"] == {"before": 1.0, "after": 0.9}
    assert [p["name"] for p in out["basis"]["joined"]] == ["P11"]
    assert [p["name"] for p in out["basis"]["left"]] == ["P10"]
    assert [p["id"] for p in out["changes"]["now_reach"]] == [4, 5, 9]


def test_a_partial_second_wave_of_40_percent_is_not_comparable() -> None:
    # 4 of the 10 people on the W2 roster answered: 40% < 65%.
    c = compare(first_wave(), second_wave([2, 3, 5, 9]))
    assert c.basis.after.rate == 0.4
    assert not c.comparable and c.changes is None and c.sentences == ()
    assert [m.code for m in c.reasons] == ["low_response"]
    assert c.reasons[0].text() == (
        "Only 40% answered in W2; the waves can be compared when at least 65% answered in both."
    )
    assert c.basis.answered_both == (2, 3, 5, 9)
    report = comparison_report(c)
    assert report.sections == () and report.lead == ""
    assert report.warnings[0].startswith("These waves cannot be compared yet")
    text = report.text()
    assert "W2: 4 of 10 people answered (40%)." in text
    assert "reach" not in text  # no change is shown at all
    out = comparison_json(c)
    assert out["comparable"] is False and out["changes"] is None
    assert [r["code"] for r in out["reasons"]] == ["low_response"]


def test_an_empty_second_wave_says_it_has_no_answers_yet() -> None:
    c = compare(first_wave(), second_wave([]))
    assert (c.basis.after.answered, c.basis.after.rate) == (0, 0.0)
    assert not c.comparable and c.changes is None
    assert [m.text() for m in c.reasons] == ["W2 has no answers yet."]
    assert c.basis.answered_both == ()
    # Everyone in both waves who answered W1 is waiting, not "lost".
    assert c.basis.not_answered_after == (1, 2, 3, 4, 5, 6, 7, 8, 9)
    set_language("nl")
    try:
        text = comparison_report(c).text()
    finally:
        set_language("en")
    assert "W2 heeft nog geen antwoorden." in text
    assert "W2: 0 van de 10 mensen hebben geantwoord (0%)." in text
    assert "9 mensen hebben in W1 geantwoord, maar (nog) niet in W2." in text
    assert "kennishouder" not in text and "bereiken" not in text


@pytest.mark.parametrize(("answered", "comparable"), [(6, False), (7, True)])
def test_the_minimum_response_is_the_caution_level(answered: int, comparable: bool) -> None:
    # 6 of 10 = 60% is under 65%; 7 of 10 = 70% is not.
    respondents = [1, 2, 3, 4, 5, 6, 7, 9, 11][:answered]
    c = compare(first_wave(), second_wave(respondents))
    assert c.comparable is comparable
    assert c.min_response == 0.65


def test_a_low_first_wave_is_named_too() -> None:
    low = replace(survey(10, [(2, 1)], trained=[1], respondents=[1, 2, 3]), wave=W1)
    c = compare(low, second_wave([1, 2, 3, 4, 5, 6, 7, 9, 11]))
    assert not c.comparable
    assert [m.text() for m in c.reasons] == [
        "Only 30% answered in W1; the waves can be compared when at least 65% answered in both."
    ]


def test_every_compare_json_field_and_code_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "compare-json.md").read_text()
    # The triangle 8-9-10 of wave 1 with nobody trained becomes trained in wave 2: a
    # risk cluster that goes, so that clusters are in the output too.
    first = replace(survey(10, [*FIRST_TIES, (8, 9), (9, 8), (10, 8)], trained=[1]), wave=W1)
    second = replace(survey(10, [*FIRST_TIES, (8, 9), (9, 8), (10, 8)], trained=[1, 9]), wave=W2)
    out = comparison_json(compare(first, second))
    assert out["changes"]["risk_clusters_gone"]
    keys = set(out) | set(out["before"]) | set(out["basis"]) | set(out["changes"])
    keys |= set(out["changes"]["risk_clusters_gone"][0]) | set(out["sentences"][0])
    complete = comparison_json(compare(first_wave(), second_wave([1, 2, 3, 4, 5, 6, 7, 9, 11])))
    keys |= set(complete["basis"]["joined"][0])
    missing = sorted(k for k in keys if f"`{k}`" not in doc and f'"{k}"' not in doc)
    assert missing == []
    codes = {m["code"] for m in out["sentences"] + out["basis_sentences"]}
    codes |= {m["code"] for m in comparison_json(compare(first, second_wave([])))["reasons"]}
    assert all(f"`{code}`" in doc for code in codes), codes
