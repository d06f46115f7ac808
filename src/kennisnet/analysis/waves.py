"""Comparing two analyses: two waves of the survey, or before/after someone leaves.

People are matched by id. A risk cluster of one result *matches* a risk cluster
of the other when their member sets overlap with Jaccard similarity of at least
0.5 (shared members / all members of the two). A risk cluster with no match on
the other side is *new* (after) or *gone* (before).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.messages import Message, message, percent
from kennisnet.analysis.result import AnalysisResult, ClusterResult
from kennisnet.i18n import N_

#: Two clusters are the same cluster when their Jaccard similarity is at least this.
MATCH_JACCARD = 0.5


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    sa, sb = set(a), set(b)
    union = len(sa | sb)
    return len(sa & sb) / union if union else 1.0


def unmatched_risk(
    these: Sequence[ClusterResult], others: Sequence[ClusterResult]
) -> tuple[int, ...]:
    """Ids of the risk clusters in ``these`` that match no risk cluster in ``others``."""
    other_risk = [c.members for c in others if c.risk]
    return tuple(
        c.id
        for c in these
        if c.risk and all(jaccard(c.members, o) < MATCH_JACCARD for o in other_risk)
    )


def key_holder_changes(
    before: AnalysisResult, after: AnalysisResult
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(new key holders, key holders who are no longer one or no longer there)."""
    old = {p.id for p in before.people if p.key_holder}
    new = {p.id for p in after.people if p.key_holder}
    return tuple(sorted(new - old)), tuple(sorted(old - new))


def count_sentence(code: str, count: int, one: str, many: str, **values: str | int) -> Message:
    """Pick the singular or plural sentence for ``count``."""
    return message(
        code,
        one if count == 1 else many,
        count=count,
        translated=("within",) if "within" in values else (),
        **values,
    )


@dataclass(frozen=True, slots=True)
class WaveComparison:
    before: AnalysisResult
    after: AnalysisResult
    #: In both waves; reach trained knowledge (within reach_steps) now, not before.
    now_reach: tuple[int, ...]
    #: In both waves; reached trained knowledge before, not any more.
    no_longer_reach: tuple[int, ...]
    #: In the graph only after / only before.
    joined: tuple[int, ...]
    left: tuple[int, ...]
    #: Cluster ids in ``after`` / in ``before``.
    new_risk_clusters: tuple[int, ...]
    gone_risk_clusters: tuple[int, ...]
    key_holders_new: tuple[int, ...]
    key_holders_gone: tuple[int, ...]
    response_rate_change: float
    sentences: tuple[Message, ...]


def compare(before: AnalysisResult, after: AnalysisResult) -> WaveComparison:
    """What changed between two waves (or two analyses of the same people)."""
    old = {p.id: p for p in before.people}
    new = {p.id: p for p in after.people}
    both = sorted(old.keys() & new.keys())
    now_reach = tuple(i for i in both if new[i].reaches_trained and not old[i].reaches_trained)
    no_longer = tuple(i for i in both if old[i].reaches_trained and not new[i].reaches_trained)
    new_risk = unmatched_risk(after.clusters, before.clusters)
    gone_risk = unmatched_risk(before.clusters, after.clusters)
    holders_new, holders_gone = key_holder_changes(before, after)
    change = after.quality.rate - before.quality.rate
    within = steps_phrase(after.options.reach_steps)
    steps = after.options.reach_steps

    sentences: list[Message] = [
        message(
            "response_rate_change",
            N_("Response rate: {before}% before, {after}% now."),
            before=percent(before.quality.rate),
            after=percent(after.quality.rate),
        )
    ]
    if now_reach:
        sentences.append(
            count_sentence(
                "now_reach",
                len(now_reach),
                N_("1 person can now reach a trained colleague within {within}."),
                N_("{count} people can now reach a trained colleague within {within}."),
                within=within,
                steps=steps,
            )
        )
    if no_longer:
        sentences.append(
            count_sentence(
                "no_longer_reach",
                len(no_longer),
                N_("1 person can no longer reach a trained colleague within {within}."),
                N_("{count} people can no longer reach a trained colleague within {within}."),
                within=within,
                steps=steps,
            )
        )
    if not now_reach and not no_longer:
        sentences.append(
            message("reach_unchanged", N_("Nobody's route to trained knowledge has changed."))
        )
    sentences.extend(_risk_and_holder_sentences(new_risk, gone_risk, holders_new, holders_gone))
    return WaveComparison(
        before=before,
        after=after,
        now_reach=now_reach,
        no_longer_reach=no_longer,
        joined=tuple(sorted(new.keys() - old.keys())),
        left=tuple(sorted(old.keys() - new.keys())),
        new_risk_clusters=new_risk,
        gone_risk_clusters=gone_risk,
        key_holders_new=holders_new,
        key_holders_gone=holders_gone,
        response_rate_change=change,
        sentences=tuple(sentences),
    )


def _risk_and_holder_sentences(
    new_risk: Sequence[int],
    gone_risk: Sequence[int],
    holders_new: Sequence[int],
    holders_gone: Sequence[int],
) -> list[Message]:
    out: list[Message] = []
    if gone_risk:
        out.append(
            count_sentence(
                "risk_clusters_gone",
                len(gone_risk),
                N_("1 risk cluster is no longer at risk."),
                N_("{count} risk clusters are no longer at risk."),
            )
        )
    if new_risk:
        out.append(
            count_sentence(
                "risk_clusters_new",
                len(new_risk),
                N_("1 new risk cluster has appeared."),
                N_("{count} new risk clusters have appeared."),
            )
        )
    if holders_new:
        out.append(
            count_sentence(
                "key_holders_new",
                len(holders_new),
                N_("1 person is now a key knowledge holder."),
                N_("{count} people are now key knowledge holders."),
            )
        )
    if holders_gone:
        out.append(
            count_sentence(
                "key_holders_gone",
                len(holders_gone),
                N_("1 person is no longer a key knowledge holder."),
                N_("{count} people are no longer key knowledge holders."),
            )
        )
    return out
