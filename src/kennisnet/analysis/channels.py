"""Channels: how people solve a problem when they don't know something.

Counts per team (people without a team are grouped by department, people with
neither in one group "none") and overall: how many respondents ranked each
channel first, and how many chose it at any rank.

*Learns alone* (rule): the person responded, named nobody they learn from (not
even someone outside the staff list) and did not tick "there are more people I
learn from", and either put trial and error first, or chose only solitary
channels (trial and error, the internet, an AI assistant).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Set

from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.result import ChannelCounts, ChannelReport
from kennisnet.model import Channel, Person, Response

#: Channels that involve no other person.
SOLITARY_CHANNELS = frozenset({Channel.TRIAL_ERROR, Channel.INTERNET, Channel.AI})


def learns_alone(response: Response | None) -> bool:
    if response is None or response.more_sources or not response.channels:
        return False
    if any(n.source_id != response.respondent_id for n in response.nominations):
        return False
    return response.channels[0] is Channel.TRIAL_ERROR or all(
        c in SOLITARY_CHANNELS for c in response.channels
    )


def _group(person: Person) -> tuple[str, str | None]:
    if person.team:
        return "team", person.team
    if person.department:
        return "department", person.department
    return "none", None


def _counts(
    group: str | None, kind: str, responses: Iterable[Response], alone_ids: Set[int]
) -> ChannelCounts:
    first: Counter[Channel] = Counter()
    anywhere: Counter[Channel] = Counter()
    respondents = alone = 0
    for response in responses:
        respondents += 1
        if response.channels:
            first[response.channels[0]] += 1
            anywhere.update(set(response.channels))
        alone += response.respondent_id in alone_ids
    return ChannelCounts(
        group=group,
        kind=kind,
        respondents=respondents,
        first=tuple((c, first[c]) for c in Channel),
        any_rank=tuple((c, anywhere[c]) for c in Channel),
        learns_alone=alone,
    )


def channel_report(graph: KnowledgeGraph, alone_ids: Set[int]) -> ChannelReport:
    """Channel counts; ``alone_ids`` are the people who learn alone."""
    grouped: dict[tuple[str, str | None], list[Response]] = {}
    everyone: list[Response] = []
    for person in graph.people:
        response = graph.responses.get(person.id)
        if response is None or person.external:
            continue
        grouped.setdefault(_group(person), []).append(response)
        everyone.append(response)
    order = {"team": 0, "department": 1, "none": 2}
    groups = tuple(
        _counts(name, kind, responses, alone_ids)
        for (kind, name), responses in sorted(
            grouped.items(), key=lambda kv: (order[kv[0][0]], kv[0][1] or "")
        )
    )
    return ChannelReport(overall=_counts(None, "overall", everyone, alone_ids), groups=groups)
