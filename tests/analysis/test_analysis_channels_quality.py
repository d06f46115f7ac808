"""Channels, learning alone, response quality and warnings."""

from __future__ import annotations

import pytest
from analysis_helpers import survey

from kennisnet.analysis import analyze
from kennisnet.model import Channel, Person

T, NET, A, C, M = (
    Channel.TRIAL_ERROR,
    Channel.INTERNET,
    Channel.AI,
    Channel.COLLEAGUE,
    Channel.MANAGER,
)


def test_learns_alone_rule() -> None:
    channels = {
        1: (T, C),  # trial and error first, named nobody -> alone
        2: (NET, A),  # only solitary channels -> alone
        3: (C, T),  # asks colleagues first -> not alone
        4: (T,),  # named somebody -> not alone
        5: (),  # gave no channels -> not alone (we do not know)
        6: (NET, T, M),  # a manager among the channels, not trial and error first -> not alone
    }
    result = analyze(survey(7, [(4, 7)], channels=channels, respondents=range(1, 7)))
    assert [p.id for p in result.people if p.learns_alone] == [1, 2]
    assert result.channels.overall.learns_alone == 2


def test_more_sources_tick_means_not_alone() -> None:
    from dataclasses import replace

    data = survey(1, channels={1: (T,)})
    ticked = replace(data, responses=(replace(data.responses[0], more_sources=True),))
    assert analyze(data).person(1).learns_alone is True
    assert analyze(ticked).person(1).learns_alone is False


def test_channel_counts_per_team_falling_back_to_department() -> None:
    people = [
        Person(1, "u1", "A", department="Care", team="Night"),
        Person(2, "u2", "B", department="Care", team="Night"),
        Person(3, "u3", "C", department="Care"),
        Person(4, "u4", "D"),
        Person(5, "u5", "E", department="Care", team="Night"),  # did not answer
    ]
    channels = {1: (C, T), 2: (T,), 3: (C, NET), 4: (M,)}
    result = analyze(survey(people, channels=channels, respondents=[1, 2, 3, 4]))
    overall = result.channels.overall
    assert overall.respondents == 4
    assert dict(overall.first) == {**dict.fromkeys(Channel, 0), C: 2, T: 1, M: 1}
    assert dict(overall.any_rank) == {**dict.fromkeys(Channel, 0), C: 2, T: 2, NET: 1, M: 1}
    groups = [(g.kind, g.group, g.respondents) for g in result.channels.groups]
    assert groups == [("team", "Night", 2), ("department", "Care", 1), ("none", None, 1)]
    night = result.channels.groups[0]
    assert dict(night.first)[T] == 1
    assert night.learns_alone == 1


@pytest.mark.parametrize(
    ("answered", "codes"),
    [
        (100, []),
        (80, []),
        (79, ["low_response_brokers"]),
        (65, ["low_response_brokers"]),
        (64, ["low_response_caution", "low_response_brokers"]),
        (0, ["no_responses"]),
    ],
)
def test_response_rate_warnings(answered: int, codes: list[str]) -> None:
    result = analyze(survey(100, trained=[1], respondents=range(1, answered + 1)))
    assert result.quality.rate == answered / 100
    response_codes = [
        w.code for w in result.warnings if w.code.startswith(("low_response", "no_resp"))
    ]
    assert response_codes == codes
    assert result.quality.betweenness_reliable is (answered >= 80)
    assert result.quality.caution is (answered < 65)


def test_response_rate_per_department() -> None:
    people = [
        Person(1, "u1", "A", department="Care"),
        Person(2, "u2", "B", department="Care"),
        Person(3, "u3", "C", department="Sales"),
        Person(4, "u4", "D"),
        Person(5, "u5", "X", external=True),
    ]
    result = analyze(survey(people, respondents=[1, 3, 4]))
    rates = [(d.department, d.roster, d.respondents, d.rate) for d in result.quality.departments]
    assert rates == [("Care", 2, 1, 0.5), ("Sales", 1, 1, 1.0), (None, 1, 1, 1.0)]
    assert result.quality.rate == 3 / 4
    low = [w for w in result.warnings if w.code == "low_response_departments"]
    assert [w.text() for w in low] == ["Fewer than 80% answered in: Care."]


def test_unresolved_names_warning_singular_and_plural() -> None:
    one = analyze(survey(2, trained=[1], unresolved=1))
    many = analyze(survey(2, trained=[1], unresolved=4))
    none = analyze(survey(2, trained=[1]))
    assert [w.text() for w in one.warnings if w.code == "unresolved_names"] == [
        "1 name in the answers is not yet matched to the staff list and is left out."
    ]
    assert [w.text() for w in many.warnings if w.code == "unresolved_names"] == [
        "4 names in the answers are not yet matched to the staff list and are left out."
    ]
    assert [w.text("nl") for w in many.warnings if w.code == "unresolved_names"] == [
        "4 namen in de antwoorden zijn nog niet aan de personeelslijst gekoppeld en tellen "
        "niet mee."
    ]
    assert "unresolved_names" not in [w.code for w in none.warnings]


def test_channels_chosen_without_order_are_never_a_first_choice() -> None:
    """Forms answers (ticked, no order) count at any rank, never as a first choice."""
    from dataclasses import replace

    channels = {1: (C, T), 2: (T, C), 3: (NET, C)}
    data = survey(4, channels=channels, respondents=[1, 2, 3])
    forms = {2, 3}
    data = replace(
        data,
        responses=tuple(
            replace(r, channels_ranked=r.respondent_id not in forms) for r in data.responses
        ),
    )
    overall = analyze(data).channels.overall
    assert (overall.answered, overall.ranked, overall.all_ranked) == (3, 1, False)
    assert dict(overall.first) == {**dict.fromkeys(Channel, 0), C: 1}
    assert dict(overall.any_rank) == {**dict.fromkeys(Channel, 0), C: 3, T: 2, NET: 1}
    # Ticking trial and error next to a colleague is not "trial and error first".
    result = analyze(data)
    assert result.person(2).learns_alone is False
