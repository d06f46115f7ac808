"""Percentages that never contradict a threshold; single people are not groups."""

from __future__ import annotations

from analysis_helpers import survey

from kennisnet.analysis import analyze
from kennisnet.analysis.figures import headline, is_group
from kennisnet.analysis.messages import percent
from kennisnet.i18n import tr


def test_a_share_under_a_threshold_never_rounds_up_to_it() -> None:
    # 51 of 64 = 79.69%: "80%" next to "under 80%" contradicts it.
    assert percent(51 / 64).text("en") == "79.7"
    assert percent(51 / 64).text("nl") == "79,7"
    assert tr("{percent}%", lang="en", percent=percent(51 / 64)) == "79.7%"
    assert percent(0.8).text("en") == "80"
    assert percent(0.8049).text("en") == "80"
    assert percent(0.6449).text("en") == "64"
    assert percent(0.6451).text("en") == "64.5"
    assert percent(199 / 200).text("en") == "99.5"
    assert percent(1.0).text("en") == "100"
    # Rounded down, so it stays under: 79.96% is 79.9, not 80.0.
    assert percent(0.79996).text("en") == "79.9"
    # Elsewhere: whole numbers, rounded half up.
    assert percent(0.735).text("en") == "74"
    assert percent(2 / 3).text("en") == "67"


def test_single_people_are_not_groups_and_counts_agree() -> None:
    # 1-2-3 learn from each other; 4 and 5 have no tie at all.
    data = survey(5, [(1, 2), (1, 3), (2, 3), (3, 1)], trained=[3])
    result = analyze(data)
    h = headline(result)
    assert h.groups == 1
    assert h.alone_in_network == 2
    assert [c.size for c in result.clusters if is_group(c)] == [3]
    # Clusters are numbered 1..k, largest first.
    assert [c.id for c in result.clusters] == list(range(1, len(result.clusters) + 1))
    assert [c.size for c in result.clusters] == sorted(
        (c.size for c in result.clusters), reverse=True
    )
