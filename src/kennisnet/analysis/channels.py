"""Channels: how people solve a problem when they don't know something.

Counts per team (people without a team are grouped by department, people with
neither in one group "none") and overall: how many respondents ranked each
channel first, and how many chose it at any rank. Answers from a Forms export
were chosen without order: they count in "any rank", never as a first choice.

*Learns alone* (rule): the person responded, named nobody they learn from (not
even someone outside the staff list) and did not tick "there are more people I
learn from", and either put trial and error first (in a ranked answer), or chose only
solitary channels (trial and error, the internet, an AI assistant).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from itertools import chain
from operator import attrgetter

from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.result import ChannelCounts, ChannelReport
from kennisnet.model import Channel, Person, Response

#: Channels that involve no other person.
SOLITARY_CHANNELS = frozenset({Channel.TRIAL_ERROR, Channel.INTERNET, Channel.AI})


def learns_alone(response: Response | None) -> bool:
    if response is None or response.more_sources or not response.channels:
        return False
    respondent = response.respondent_id
    for nomination in response.nominations:
        if nomination.source_id != respondent:
            return False
    first = response.channels[0] if response.channels_ranked else None
    return first is Channel.TRIAL_ERROR or all(c in SOLITARY_CHANNELS for c in response.channels)


def _group(person: Person) -> tuple[str, str | None]:
    if person.team:
        return "team", person.team
    if person.department:
        return "department", person.department
    return "none", None


_CHANNELS = tuple(Channel)
_channels_of = attrgetter("channels")
_respondent_of = attrgetter("respondent_id")


def _counts(
    group: str | None, kind: str, responses: Sequence[Response], alone_ids: Set[int]
) -> ChannelCounts:
    chosen = [channels for channels in map(_channels_of, responses) if channels]
    ranked = [r.channels for r in responses if r.channels and r.channels_ranked]
    first = Counter([channels[0] for channels in ranked])
    # Each channel once per respondent, at whatever rank.
    anywhere = Counter(chain.from_iterable(map(set, chosen)))
    return ChannelCounts(
        group=group,
        kind=kind,
        respondents=len(responses),
        # dict.get: a Counter's own lookup calls __missing__ for every absent channel.
        first=tuple([(c, first.get(c, 0)) for c in _CHANNELS]),
        any_rank=tuple([(c, anywhere.get(c, 0)) for c in _CHANNELS]),
        learns_alone=sum(map(alone_ids.__contains__, map(_respondent_of, responses))),
        answered=len(chosen),
        ranked=len(ranked),
    )


def channel_report(graph: KnowledgeGraph, alone_ids: Set[int]) -> ChannelReport:
    """Channel counts; ``alone_ids`` are the people who learn alone."""
    grouped: dict[tuple[str, str | None], list[Response]] = {}
    active = graph.responses
    for person in graph.people:
        response = active.get(person.id)
        if response is None or person.external:
            continue
        grouped.setdefault(_group(person), []).append(response)
    order = {"team": 0, "department": 1, "none": 2}
    groups = tuple(
        _counts(name, kind, responses, alone_ids)
        for (kind, name), responses in sorted(
            grouped.items(), key=lambda kv: (order[kv[0][0]], kv[0][1] or "")
        )
    )
    # Every respondent is in exactly one group: the overall counts are the sums.
    overall = ChannelCounts(
        group=None,
        kind="overall",
        respondents=sum(g.respondents for g in groups),
        first=tuple([(c, sum(g.first[i][1] for g in groups)) for i, c in enumerate(_CHANNELS)]),
        any_rank=tuple(
            [(c, sum(g.any_rank[i][1] for g in groups)) for i, c in enumerate(_CHANNELS)]
        ),
        learns_alone=sum(g.learns_alone for g in groups),
        answered=sum(g.answered for g in groups),
        ranked=sum(g.ranked for g in groups),
    )
    return ChannelReport(overall=overall, groups=groups)
