"""Comparing two waves of the survey: one comparison for the app, the CLI and its JSON.

A comparison states its *basis* first: the response in each wave, who was on
the staff list in both waves, who joined or left in between, and who answered
both times. Below a minimum response in either wave (the 65% caution level by
default) the waves are *not comparable yet* and only the basis is given.

Otherwise the changes are computed like for like: both waves are analysed again
with only the people on the staff list in both waves, and only the answers of
the people who answered both times (everyone keeps the training status of their
wave). Someone who did not answer the later wave is listed apart, never as
having lost anything.

A risk cluster of one wave *matches* a risk cluster of the other when their
member sets overlap with Jaccard similarity of at least 0.5 (shared members /
all members of the two). A risk cluster with no match on the other side is
*new* (after) or *gone* (before).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.engine import analyze
from kennisnet.analysis.messages import Message, message, percent
from kennisnet.analysis.options import AnalysisCancelled, AnalysisOptions
from kennisnet.analysis.quality import CAUTION_RATE
from kennisnet.analysis.result import AnalysisResult, ClusterResult
from kennisnet.i18n import N_, Nn_
from kennisnet.model import Person, SurveyData

#: Two clusters are the same cluster when their Jaccard similarity is at least this.
MATCH_JACCARD = 0.5
#: Below this response rate in either wave the changes are not shown.
MIN_RESPONSE = CAUTION_RATE


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


def count_sentence(code: str, count: int, forms: tuple[str, str], **values: str | int) -> Message:
    """A sentence about ``count``: ``forms`` are its singular and plural (``Nn_``)."""
    return message(
        code,
        forms,
        count=count,
        translated=("within",) if "within" in values else (),
        **values,
    )


@dataclass(frozen=True, slots=True)
class WaveResponse:
    """Who answered in one wave: people on its staff list who answered / all of them."""

    wave_id: int
    wave_name: str
    roster: int
    answered: int

    @property
    def rate(self) -> float:
        return self.answered / self.roster if self.roster else 0.0


@dataclass(frozen=True, slots=True)
class WaveBasis:
    """What a comparison of two waves rests on."""

    before: WaveResponse
    after: WaveResponse
    #: On the staff list in both waves.
    in_both: tuple[int, ...]
    #: On the staff list in both waves and answered both times: the changes are about them.
    answered_both: tuple[int, ...]
    #: On the staff list of the later wave only / of the earlier wave only.
    joined: tuple[int, ...]
    left: tuple[int, ...]
    #: On the staff list in both waves; answered the earlier wave but not the later one.
    not_answered_after: tuple[int, ...]
    #: On the staff list in both waves; answered the later wave but not the earlier one.
    not_answered_before: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class WaveChanges:
    """What changed for the people who answered both times (ids of people and clusters)."""

    #: The two waves analysed on the basis (see the module text).
    before: AnalysisResult
    after: AnalysisResult
    now_reach: tuple[int, ...]
    no_longer_reach: tuple[int, ...]
    #: Trained in the later wave, not in the earlier one (of the people in both waves).
    now_trained: tuple[int, ...]
    key_holders_new: tuple[int, ...]
    key_holders_gone: tuple[int, ...]
    gatekeepers_new: tuple[int, ...]
    gatekeepers_gone: tuple[int, ...]
    #: Cluster ids in ``after`` / in ``before`` / in ``after``.
    new_risk_clusters: tuple[int, ...]
    gone_risk_clusters: tuple[int, ...]
    still_risk_clusters: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class WaveComparison:
    basis: WaveBasis
    #: The smallest response rate in either wave for the changes to be shown.
    min_response: float
    comparable: bool
    #: Why the waves are not comparable (empty when they are).
    reasons: tuple[Message, ...]
    #: The basis in sentences (response per wave, people in both, joined, left).
    basis_sentences: tuple[Message, ...]
    #: The changes in sentences (empty when the waves are not comparable).
    sentences: tuple[Message, ...]
    changes: WaveChanges | None
    #: Everyone on the staff list of either wave, by id (for names in reports).
    people: Mapping[int, Person] = field(default_factory=dict)
    reach_steps: int = 2


def _roster(data: SurveyData) -> dict[int, Person]:
    return {p.id: p for p in data.people if not p.external}


def _answered(data: SurveyData, roster: Collection[int]) -> set[int]:
    return {r.respondent_id for r in data.responses if r.respondent_id in roster}


def comparison_basis(before: SurveyData, after: SurveyData) -> WaveBasis:
    """Response per wave, who is on both staff lists, who joined, left, answered both."""
    old, new = _roster(before), _roster(after)
    answered_old, answered_new = _answered(before, old), _answered(after, new)
    both = sorted(old.keys() & new.keys())
    return WaveBasis(
        before=WaveResponse(before.wave.id, before.wave.name, len(old), len(answered_old)),
        after=WaveResponse(after.wave.id, after.wave.name, len(new), len(answered_new)),
        in_both=tuple(both),
        answered_both=tuple(i for i in both if i in answered_old and i in answered_new),
        joined=tuple(sorted(new.keys() - old.keys())),
        left=tuple(sorted(old.keys() - new.keys())),
        not_answered_after=tuple(i for i in both if i in answered_old and i not in answered_new),
        not_answered_before=tuple(i for i in both if i in answered_new and i not in answered_old),
    )


def on_basis(data: SurveyData, basis: WaveBasis) -> SurveyData:
    """One wave with only the people in both waves and the answers of those who answered
    both times; everyone keeps the training status they had in this wave."""
    keep = set(basis.in_both)
    status = data.training_status()
    answered = set(basis.answered_both)
    people = tuple(
        replace(p, trained_hr=status.get(p.id, p.trained_hr))
        for p in data.people
        if p.id in keep or p.external
    )
    known = {p.id for p in people}
    responses = tuple(
        replace(r, nominations=tuple(n for n in r.nominations if n.source_id in known))
        for r in data.responses
        if r.respondent_id in answered
    )
    return replace(data, people=people, responses=responses)


def _reasons(basis: WaveBasis, min_response: float) -> tuple[Message, ...]:
    out: list[Message] = []
    for wave in (basis.before, basis.after):
        if wave.answered == 0:
            out.append(message("no_answers", N_("{wave} has no answers yet."), wave=wave.wave_name))
        elif wave.rate < min_response:
            out.append(
                message(
                    "low_response",
                    N_(
                        "Only {rate}% answered in {wave}; the waves can be compared when at "
                        "least {minimum}% answered in both."
                    ),
                    wave=wave.wave_name,
                    rate=percent(wave.rate),
                    minimum=percent(min_response),
                )
            )
    if not out and not basis.answered_both:
        out.append(message("nobody_answered_both", N_("Nobody answered in both waves.")))
    return tuple(out)


def _basis_sentences(basis: WaveBasis) -> tuple[Message, ...]:
    out = [
        message(
            "response",
            N_("{wave}: {answered} of {people} people answered ({rate}%)."),
            wave=wave.wave_name,
            answered=wave.answered,
            people=wave.roster,
            rate=percent(wave.rate),
        )
        for wave in (basis.before, basis.after)
    ]
    out.append(
        count_sentence(
            "answered_both",
            len(basis.answered_both),
            Nn_("{count} person answered both times.", "{count} people answered both times."),
        )
    )
    if basis.joined:
        out.append(
            count_sentence(
                "joined",
                len(basis.joined),
                Nn_(
                    "{count} person joined the staff list between the waves.",
                    "{count} people joined the staff list between the waves.",
                ),
            )
        )
    if basis.left:
        out.append(
            count_sentence(
                "left",
                len(basis.left),
                Nn_(
                    "{count} person left the staff list between the waves.",
                    "{count} people left the staff list between the waves.",
                ),
            )
        )
    if basis.not_answered_after:
        out.append(
            count_sentence(
                "not_answered_after",
                len(basis.not_answered_after),
                Nn_(
                    "{count} person answered in {wave} but not (yet) in {later}.",
                    "{count} people answered in {wave} but not (yet) in {later}.",
                ),
                wave=basis.before.wave_name,
                later=basis.after.wave_name,
            )
        )
    return tuple(out)


def compare(
    before: SurveyData,
    after: SurveyData,
    options: AnalysisOptions | None = None,
    *,
    min_response: float = MIN_RESPONSE,
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> WaveComparison:
    """Compare two waves: the basis always, the changes when the waves are comparable."""
    options = options or AnalysisOptions()
    basis = comparison_basis(before, after)
    reasons = _reasons(basis, min_response)
    people = {**_roster(before), **_roster(after)}
    changes = None
    if not reasons:
        results = []
        for step, data in enumerate((before, after)):

            def moved(fraction: float, label: str, step: int = step) -> None:
                if progress is not None:
                    progress((step + fraction) / 2, label)

            results.append(
                analyze(
                    on_basis(data, basis),
                    options,
                    progress=moved,
                    cancel=cancel,
                    betweenness=False,  # no comparison uses it; it is the slow part
                )
            )
            if cancel is not None and cancel():
                raise AnalysisCancelled
        changes = _changes(results[0], results[1], basis)
    return WaveComparison(
        basis=basis,
        min_response=min_response,
        comparable=changes is not None,
        reasons=reasons,
        basis_sentences=_basis_sentences(basis),
        sentences=() if changes is None else _sentences(changes, basis, options.reach_steps),
        changes=changes,
        people=people,
        reach_steps=options.reach_steps,
    )


def _changes(before: AnalysisResult, after: AnalysisResult, basis: WaveBasis) -> WaveChanges:
    old = {p.id: p for p in before.people if not p.external}
    new = {p.id: p for p in after.people if not p.external}
    answered = basis.answered_both
    holders_new, holders_gone = key_holder_changes(before, after)
    gone_risk = unmatched_risk(before.clusters, after.clusters)
    new_risk = unmatched_risk(after.clusters, before.clusters)
    return WaveChanges(
        before=before,
        after=after,
        now_reach=tuple(
            i for i in answered if new[i].reaches_trained and not old[i].reaches_trained
        ),
        no_longer_reach=tuple(
            i for i in answered if old[i].reaches_trained and not new[i].reaches_trained
        ),
        now_trained=tuple(i for i in basis.in_both if new[i].trained and not old[i].trained),
        key_holders_new=holders_new,
        key_holders_gone=holders_gone,
        gatekeepers_new=tuple(
            i for i in basis.in_both if new[i].gatekeeper_of > 0 and old[i].gatekeeper_of == 0
        ),
        gatekeepers_gone=tuple(
            i for i in basis.in_both if old[i].gatekeeper_of > 0 and new[i].gatekeeper_of == 0
        ),
        new_risk_clusters=new_risk,
        gone_risk_clusters=gone_risk,
        still_risk_clusters=tuple(c.id for c in after.clusters if c.risk and c.id not in new_risk),
    )


def _sentences(changes: WaveChanges, basis: WaveBasis, steps: int) -> tuple[Message, ...]:
    within = steps_phrase(steps)
    out: list[Message] = [
        count_sentence(
            "basis",
            len(basis.answered_both),
            Nn_(
                "Of the one person who answered both times:",
                "Of the {count} people who answered both times:",
            ),
        )
    ]
    plain = (
        ("now_reach", changes.now_reach,
         Nn_("{count} person can now reach a trained colleague within {within}.",
             "{count} people can now reach a trained colleague within {within}.")),
        ("no_longer_reach", changes.no_longer_reach,
         Nn_("{count} person can no longer reach a trained colleague within {within}.",
             "{count} people can no longer reach a trained colleague within {within}.")),
    )  # fmt: skip
    for code, ids, forms in plain:
        if ids:
            out.append(count_sentence(code, len(ids), forms, within=within, steps=steps))
    if not changes.now_reach and not changes.no_longer_reach:
        out.append(
            message("reach_unchanged", N_("Nobody's route to trained knowledge has changed."))
        )
    counted = (
        ("risk_clusters_gone", changes.gone_risk_clusters,
         Nn_("{count} risk cluster is no longer at risk.",
             "{count} risk clusters are no longer at risk.")),
        ("risk_clusters_new", changes.new_risk_clusters,
         Nn_("{count} new risk cluster has appeared.",
             "{count} new risk clusters have appeared.")),
        ("key_holders_new", changes.key_holders_new,
         Nn_("{count} person is now a key knowledge holder.",
             "{count} people are now key knowledge holders.")),
        ("key_holders_gone", changes.key_holders_gone,
         Nn_("{count} person is no longer a key knowledge holder.",
             "{count} people are no longer key knowledge holders.")),
        ("gatekeepers_new", changes.gatekeepers_new,
         Nn_("{count} person is now the only route to trained knowledge for others.",
             "{count} people are now the only route to trained knowledge for others.")),
        ("gatekeepers_gone", changes.gatekeepers_gone,
         Nn_("{count} person is no longer the only route to trained knowledge for others.",
             "{count} people are no longer the only route to trained knowledge for others.")),
    )  # fmt: skip
    for code, ids, forms in counted:
        if ids:
            out.append(count_sentence(code, len(ids), forms))
    return tuple(out)
