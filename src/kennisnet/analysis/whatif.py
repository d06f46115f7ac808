"""What if one or several people leave? Recompute without them and say what changed.

The people leaving are removed from the survey: their node, their own answers
and every nomination of them. Everything is then analysed again with the same
options and compared with the analysis with them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.engine import analyze
from kennisnet.analysis.messages import Message, message
from kennisnet.analysis.options import AnalysisOptions, CancelCheck, ProgressCallback
from kennisnet.analysis.result import AnalysisResult
from kennisnet.analysis.waves import count_sentence, key_holder_changes, unmatched_risk
from kennisnet.i18n import N_, Nn_
from kennisnet.model import SurveyData

_DEFAULT_OPTIONS = AnalysisOptions()
#: What someone's leaving costs others: their every route to trained knowledge, or
#: everyone they learn from. Also said of a gatekeeper without analysing again
#: (:func:`loss_sentences`), so that both read the same.
NO_PATH = Nn_(
    "{count} colleague would lose every route to trained knowledge.",
    "{count} colleagues would lose every route to trained knowledge.",
)
LOSE_SOURCES = Nn_(
    "{count} colleague would have nobody left to learn from.",
    "{count} colleagues would have nobody left to learn from.",
)


@dataclass(frozen=True, slots=True)
class WhatIfResult:
    #: Ids of the people leaving (ascending).
    leaving: tuple[int, ...]
    before: AnalysisResult
    #: The analysis without the people leaving.
    after: AnalysisResult
    #: Reached trained knowledge within reach_steps before, not after.
    no_longer_within: tuple[int, ...]
    #: Had some path to trained knowledge before, none after.
    no_longer_at_all: tuple[int, ...]
    #: Named at least one source, and every source they named is leaving.
    lose_all_sources: tuple[int, ...]
    #: Risk cluster ids in ``after`` that match no risk cluster before.
    new_risk_clusters: tuple[int, ...]
    #: Risk cluster ids in ``before`` that match no risk cluster after.
    gone_risk_clusters: tuple[int, ...]
    key_holders_new: tuple[int, ...]
    #: Key holders before who are not after (the people leaving included).
    key_holders_gone: tuple[int, ...]
    sentences: tuple[Message, ...]


def without(data: SurveyData, leaving: Collection[int]) -> SurveyData:
    """The survey as if ``leaving`` had never been there."""
    gone = set(leaving)
    # Only the answers that name someone leaving are copied (a few dozen of 10,000).
    responses = tuple(
        replace(
            response,
            nominations=tuple(n for n in response.nominations if n.source_id not in gone),
        )
        if any(n.source_id in gone for n in response.nominations)
        else response
        for response in data.responses
        if response.respondent_id not in gone
    )
    return replace(
        data, people=tuple(p for p in data.people if p.id not in gone), responses=responses
    )


def what_if(
    data: SurveyData,
    leaving: Collection[int],
    options: AnalysisOptions = _DEFAULT_OPTIONS,
    *,
    base: AnalysisResult | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    betweenness: bool = True,
) -> WhatIfResult:
    """Analyse ``data`` without ``leaving`` and compare with the analysis with them.

    Pass ``base`` (the result of ``analyze(data, options)``) to save recomputing it.

    None of the comparisons uses betweenness, so ``betweenness=False`` gives the
    same comparisons and sentences much faster on large networks (at 10,000
    people betweenness is about 90% of an analysis): ``after`` (and ``before``
    when no ``base`` is given) then has ``betweenness_computed`` False and
    betweenness 0.0 for everyone, so do not show those figures from it.
    """
    before = (
        base if base is not None else analyze(data, options, cancel=cancel, betweenness=betweenness)
    )
    after = analyze(
        without(data, leaving),
        options,
        progress=progress,
        cancel=cancel,
        betweenness=betweenness,
    )
    gone = tuple(sorted(set(leaving)))
    new = {p.id: p for p in after.people}
    stay = [p for p in before.people if p.id in new]
    no_longer_within = tuple(
        p.id for p in stay if p.reaches_trained and not new[p.id].reaches_trained
    )
    no_longer_at_all = tuple(
        p.id for p in stay if p.steps_to_trained is not None and new[p.id].steps_to_trained is None
    )
    gone_set = set(gone)
    named: dict[int, set[int]] = {}
    for edge in before.edges:
        named.setdefault(edge.learner, set()).add(edge.source)
    lose_all = tuple(
        sorted(
            learner
            for learner, sources in named.items()
            if learner not in gone_set and sources <= gone_set
        )
    )
    holders_new, holders_gone = key_holder_changes(before, after)
    new_risk = unmatched_risk(after.clusters, before.clusters)
    gone_risk = unmatched_risk(before.clusters, after.clusters)

    within = steps_phrase(options.reach_steps)
    sentences: list[Message] = []
    if no_longer_at_all:
        sentences.append(count_sentence("what_if_no_path", len(no_longer_at_all), NO_PATH))
    if no_longer_within:
        sentences.append(
            count_sentence(
                "what_if_not_within",
                len(no_longer_within),
                Nn_(
                    "{count} colleague could no longer reach a trained colleague within {within}.",
                    "{count} colleagues could no longer reach a trained colleague within {within}.",
                ),
                within=within,
                steps=options.reach_steps,
            )
        )
    if lose_all:
        sentences.append(count_sentence("what_if_lose_sources", len(lose_all), LOSE_SOURCES))
    if new_risk:
        sentences.append(
            count_sentence(
                "what_if_new_risk",
                len(new_risk),
                Nn_(
                    "{count} new risk cluster would appear.",
                    "{count} new risk clusters would appear.",
                ),
            )
        )
    if holders_new:
        sentences.append(
            count_sentence(
                "what_if_new_holders",
                len(holders_new),
                Nn_(
                    "{count} colleague would become a key knowledge holder.",
                    "{count} colleagues would become key knowledge holders.",
                ),
            )
        )
    if not (no_longer_at_all or no_longer_within or lose_all or new_risk):
        sentences.append(
            message(
                "what_if_no_loss",
                N_("Nobody else would lose their route to trained knowledge."),
            )
        )
    return WhatIfResult(
        leaving=gone,
        before=before,
        after=after,
        no_longer_within=no_longer_within,
        no_longer_at_all=no_longer_at_all,
        lose_all_sources=lose_all,
        new_risk_clusters=new_risk,
        gone_risk_clusters=gone_risk,
        key_holders_new=holders_new,
        key_holders_gone=holders_gone,
        sentences=tuple(sentences),
    )


def loss_sentences(no_path: int, lose_sources: int) -> tuple[Message, ...]:
    """What one person's leaving costs, in :func:`what_if`'s own sentences, from counts
    the analysis already has (``PersonResult.gatekeeper_of``: colleagues who would lose
    every route to trained knowledge; ``sole_source_of``: colleagues who learn from them
    alone)."""
    out = []
    if no_path:
        out.append(count_sentence("what_if_no_path", no_path, NO_PATH))
    if lose_sources:
        out.append(count_sentence("what_if_lose_sources", lose_sources, LOSE_SOURCES))
    return tuple(out)
