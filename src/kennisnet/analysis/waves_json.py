"""``kennisnet compare --json``: a comparison of two waves as a versioned JSON document.

The schema is documented in docs/compare-json.md; add fields freely, but bump
:data:`SCHEMA` when a field changes meaning or goes away.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kennisnet.analysis.messages import Message
from kennisnet.analysis.result import AnalysisResult
from kennisnet.analysis.waves import WaveComparison, WaveResponse

SCHEMA = "kennisnet.compare/1"


def _wave(w: WaveResponse) -> dict[str, Any]:
    return {
        "id": w.wave_id,
        "name": w.wave_name,
        "roster": w.roster,
        "answered": w.answered,
        "response_rate": round(w.rate, 4),
    }


def _people(c: WaveComparison, ids: Sequence[int]) -> list[dict[str, Any]]:
    return [
        {
            "id": i,
            "name": c.people[i].name,
            "employee_number": c.people[i].employee_number,
            "department": c.people[i].department,
        }
        for i in ids
    ]


def _messages(messages: Sequence[Message], lang: str | None) -> list[dict[str, str]]:
    return [{"code": m.code, "text": m.text(lang)} for m in messages]


def _clusters(result: AnalysisResult, ids: Sequence[int]) -> list[dict[str, Any]]:
    clusters = {k.id: k for k in result.clusters}
    return [
        {
            "members": list(clusters[i].members),
            "main_department": clusters[i].main_department,
            "trained": clusters[i].trained_count,
            "cannot_reach_trained": clusters[i].unreached_count,
        }
        for i in ids
    ]


def comparison_json(c: WaveComparison, lang: str | None = None) -> dict[str, Any]:
    """The comparison as a JSON-ready dict; sentences in ``lang`` (default: current)."""
    basis = c.basis
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "before": _wave(basis.before),
        "after": _wave(basis.after),
        "min_response_rate": c.min_response,
        "comparable": c.comparable,
        "reasons": _messages(c.reasons, lang),
        "basis": {
            "response_rate": {
                "before": round(basis.before.rate, 4),
                "after": round(basis.after.rate, 4),
            },
            "in_both": len(basis.in_both),
            "answered_both": len(basis.answered_both),
            "joined": _people(c, basis.joined),
            "left": _people(c, basis.left),
            "not_answered_after": _people(c, basis.not_answered_after),
            "not_answered_before": _people(c, basis.not_answered_before),
        },
        "basis_sentences": _messages(c.basis_sentences, lang),
        "sentences": _messages(c.sentences, lang),
        "changes": None,
    }
    ch = c.changes
    if ch is not None:
        out["changes"] = {
            "reach_steps": c.reach_steps,
            "now_reach": _people(c, ch.now_reach),
            "no_longer_reach": _people(c, ch.no_longer_reach),
            "now_trained": _people(c, ch.now_trained),
            "key_holders_new": _people(c, ch.key_holders_new),
            "key_holders_gone": _people(c, ch.key_holders_gone),
            "gatekeepers_new": _people(c, ch.gatekeepers_new),
            "gatekeepers_gone": _people(c, ch.gatekeepers_gone),
            "risk_clusters_new": _clusters(ch.after, ch.new_risk_clusters),
            "risk_clusters_gone": _clusters(ch.before, ch.gone_risk_clusters),
            "risk_clusters_still": _clusters(ch.after, ch.still_risk_clusters),
        }
    return out
