"""``plan_json``: the documented ``kennisnet.plan/1`` schema (docs/plan-json.md)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kennisnet.i18n import language, tr
from kennisnet.plan.merge import action_text
from kennisnet.plan.model import Plan

SCHEMA = "kennisnet.plan/1"

REMOVED = "(removed person)"


def labeller(names: Mapping[int, str], lang: str | None = None) -> Callable[[int], str]:
    """Label per person id; someone no longer in the project reads "(removed person)"."""

    def label(person_id: int) -> str:
        return names.get(person_id) or tr(REMOVED, lang=lang)

    return label


def plan_json(
    plan: Plan,
    label: Callable[[int], str],
    lang: str | None = None,
    scrub: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """The plan as JSON-ready data; sentences in ``lang`` with people named by ``label``."""
    target = lang or language()
    return {
        "schema": SCHEMA,
        "language": target,
        "wave": {"id": plan.wave_id, "name": plan.wave_name},
        "options": {
            "newcomer_months": plan.options.newcomer_months,
            "buddy_capacity": plan.options.buddy_capacity,
            "high_risk_roles": sorted(plan.options.high_risk_roles),
            "high_risk_departments": sorted(plan.options.high_risk_departments),
        },
        "actions": [
            {
                "number": number,
                "key": a.key,
                "phase": a.phase,
                "form": a.form.value,
                "finding": a.finding.value,
                "people": list(a.people),
                "partners": list(a.partners),
                "sentence": action_text(a, label, target, scrub),
                "status": a.status.value,
                "after": list(a.after),
                "cluster": a.cluster,
                "owner": a.owner,
                "due": a.due,
                "done_at": a.done_at,
                "edited": a.edited,
                "proposed": a.proposed,
            }
            for number, a in enumerate(plan.actions, start=1)
        ],
        "buddies": [{"newcomer": b.newcomer, "buddy": b.buddy} for b in plan.buddies],
        "newcomers": list(plan.newcomers),
        "unreadable_start_dates": list(plan.unreadable_start_dates),
    }
