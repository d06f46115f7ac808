"""Response quality and the warnings of an analysis run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kennisnet.analysis.graph import KnowledgeGraph
from kennisnet.analysis.messages import CAUTION_RATE, RELIABLE_RATE, Message, message, percent
from kennisnet.analysis.result import DepartmentRate, ResponseQuality
from kennisnet.i18n import N_, Nn_
from kennisnet.model import SurveyData

__all__ = ["CAUTION_RATE", "RELIABLE_RATE", "response_quality", "warnings_for"]


def response_quality(data: SurveyData) -> ResponseQuality:
    """Response rate = respondents on the staff list / people on the staff list."""
    roster = [p for p in data.people if not p.external]
    roster_ids = {p.id for p in roster}
    answered = {r.respondent_id for r in data.responses if r.respondent_id in roster_ids}
    per_department: Counter[str | None] = Counter([p.department for p in roster])
    answered_department: Counter[str | None] = Counter(
        [p.department for p in roster if p.id in answered]
    )
    departments = tuple(
        DepartmentRate(
            department=dept,
            roster=size,
            respondents=answered_department[dept],
            rate=answered_department[dept] / size,
        )
        for dept, size in sorted(
            per_department.items(), key=lambda kv: (kv[0] is None, kv[0] or "")
        )
    )
    rate = len(answered) / len(roster) if roster else 0.0
    return ResponseQuality(
        roster=len(roster),
        respondents=len(answered),
        rate=rate,
        departments=departments,
        betweenness_reliable=rate >= RELIABLE_RATE,
        caution=rate < CAUTION_RATE,
        unresolved_names=data.unresolved_names,
    )


def warnings_for(
    data: SurveyData,
    graph: KnowledgeGraph,
    quality: ResponseQuality,
    key_holder: Sequence[bool],
) -> tuple[Message, ...]:
    out: list[Message] = []
    if quality.roster == 0:
        out.append(
            message("empty_roster", N_("The staff list is empty, so there is nothing to analyse."))
        )
    else:
        share = percent(quality.rate)
        if quality.respondents == 0:
            out.append(
                message(
                    "no_responses",
                    N_("Nobody has answered the survey yet, so there are no results to show."),
                )
            )
        elif quality.caution:
            out.append(
                message(
                    "low_response_caution",
                    N_(
                        "Only {percent}% of the staff answered the survey. "
                        "Treat all results with caution."
                    ),
                    percent=share,
                )
            )
        if quality.respondents > 0 and not quality.betweenness_reliable:
            out.append(
                message(
                    "low_response_brokers",
                    N_(
                        "Only {percent}% of the staff answered (less than 80%), so who "
                        "links groups is uncertain."
                    ),
                    percent=share,
                )
            )
        low = [
            d.department
            for d in quality.departments
            if d.department is not None and d.rate < RELIABLE_RATE
        ]
        if low and quality.respondents > 0 and len(quality.departments) > 1:
            out.append(
                message(
                    "low_response_departments",
                    N_("Fewer than 80% answered in: {departments}."),
                    departments=", ".join(low),
                )
            )
    if quality.roster > 0 and not any(t is True for t in graph.trained):
        out.append(
            message(
                "nobody_trained",
                N_(
                    "Nobody is recorded as trained, so nobody can reach trained knowledge. "
                    "Check the training column of the staff list."
                ),
            )
        )
    unknown_holders = sum(
        1 for k, t in zip(key_holder, graph.trained, strict=True) if k and t is None
    )
    if unknown_holders > 0:
        out.append(
            message(
                "key_holder_training_unknown",
                Nn_(
                    "For {count} key knowledge holder we do not know whether they "
                    "had formal training. Please check.",
                    "For {count} key knowledge holders we do not know whether they "
                    "had formal training. Please check.",
                ),
                count=unknown_holders,
            )
        )
    if data.unresolved_names > 0:
        out.append(
            message(
                "unresolved_names",
                Nn_(
                    "{count} name in the answers is not yet matched to the staff "
                    "list and is left out.",
                    "{count} names in the answers are not yet matched to the staff "
                    "list and are left out.",
                ),
                count=data.unresolved_names,
            )
        )
    if graph.unknown_nominations > 0:
        out.append(
            message(
                "unknown_nominations",
                Nn_(
                    "{count} nomination points to nobody in this project and was ignored.",
                    "{count} nominations point to nobody in this project and were ignored.",
                ),
                count=graph.unknown_nominations,
            )
        )
    externals = len(graph.external_named_by)
    if externals > 0:
        out.append(
            message(
                "external_people",
                Nn_(
                    "{count} person who was named is not on the staff list; they are "
                    "shown apart and not counted in the figures.",
                    "{count} people who were named are not on the staff list; they "
                    "are shown apart and not counted in the figures.",
                ),
                count=externals,
            )
        )
    return tuple(out)
