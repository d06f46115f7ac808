"""``to_json``: the documented ``kennisnet.analysis/1`` schema (docs/analysis-json.md)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from kennisnet.analysis.result import AnalysisResult, ChannelCounts, PersonResult
from kennisnet.i18n import language

SCHEMA = "kennisnet.analysis/1"


def _person(p: PersonResult) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "employee_number": p.employee_number,
        "department": p.department,
        "team": p.team,
        "role": p.role,
        "trained": p.trained,
        "responded": p.responded,
        "external": p.external,
        "sources": p.sources,
        "in_degree": p.in_degree,
        "weighted_in_degree": p.weighted_in_degree,
        "pagerank": p.pagerank,
        "betweenness": p.betweenness,
        "cluster": p.cluster,
        "steps_to_trained": p.steps_to_trained,
        "reaches_trained": p.reaches_trained,
        "gatekeeper_of": p.gatekeeper_of,
        "sole_source_of": p.sole_source_of,
        "key_holder": p.key_holder,
        "habit_spreader": p.habit_spreader,
        "overloaded": p.overloaded,
        "learns_alone": p.learns_alone,
    }


def _channels(counts: ChannelCounts) -> dict[str, Any]:
    return {
        "group": counts.group,
        "kind": counts.kind,
        "respondents": counts.respondents,
        "first": {channel.value: n for channel, n in counts.first},
        "any_rank": {channel.value: n for channel, n in counts.any_rank},
        "learns_alone": counts.learns_alone,
        "channel_answers": counts.answered,
        "ranked_answers": counts.ranked,
    }


def to_json(result: AnalysisResult, lang: str | None = None) -> dict[str, Any]:
    """The result as JSON-ready data; sentences and warnings in ``lang`` (default: current)."""
    target = lang or language()
    options = asdict(result.options)
    return {
        "schema": SCHEMA,
        "language": target,
        "wave": {"id": result.wave_id, "name": result.wave_name},
        "options": options,
        "response_rate": result.quality.rate,
        "response_quality": {
            "roster": result.quality.roster,
            "respondents": result.quality.respondents,
            "rate": result.quality.rate,
            "betweenness_reliable": result.quality.betweenness_reliable,
            "caution": result.quality.caution,
            "departments": [
                {
                    "department": d.department,
                    "roster": d.roster,
                    "respondents": d.respondents,
                    "rate": d.rate,
                }
                for d in result.quality.departments
            ],
        },
        "warnings": [w.text(target) for w in result.warnings],
        "warning_codes": [w.code for w in result.warnings],
        "key_holder_min_in_degree": result.key_holder_min_in_degree,
        "people": [_person(p) for p in result.people],
        "edges": [
            {"learner": e.learner, "source": e.source, "weight": e.weight} for e in result.edges
        ],
        "external_people": [
            {"id": x.id, "name": x.name, "named_by": x.named_by} for x in result.external_people
        ],
        "clusters": [
            {
                "id": c.id,
                "members": list(c.members),
                "size": c.size,
                "departments": [{"department": d, "count": n} for d, n in c.departments],
                "main_department": c.main_department,
                "main_department_share": c.main_department_share,
                "trained_count": c.trained_count,
                "trained_share": c.trained_share,
                "unreached_count": c.unreached_count,
                "unreached_share": c.unreached_share,
                "risk": c.risk,
                "sentence": c.sentence.text(target),
            }
            for c in result.clusters
        ],
        "training_advice": [
            {"id": s.person_id, "gain": s.gain, "reached_after": s.reached_after}
            for s in result.advice.steps
        ],
        "reach": {
            "steps": result.options.reach_steps,
            "population": result.advice.population,
            "reached_before": result.advice.reached_before,
            "reached_after": result.advice.reached_after,
        },
        "channels": {
            "overall": _channels(result.channels.overall),
            "groups": [_channels(g) for g in result.channels.groups],
        },
    }
