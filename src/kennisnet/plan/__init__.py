"""From findings to a learning plan: formal training first, then learning on the job.

Qt-free. Entry points (the CLI, the exports and a later Plan tab use these)::

    propose(result, data, options) -> Plan           # the analysis's proposal for one wave
    merge_plan(proposal, stored_actions) -> Plan     # with HR's decisions laid over it
    plan_json(plan, result, lang) -> dict            # schema "kennisnet.plan/1"
    indicators(results) -> list[Indicators]          # success over the waves
    indicators_figure(rows, lang) -> Figure          # the trend chart (no pyplot)

The rules in plain words are in docs/analysis.md ("The learning plan").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kennisnet.plan.merge import action_text, merge_plan
from kennisnet.plan.model import (
    FINDING_LABELS,
    FORM_LABELS,
    STATUS_LABELS,
    Action,
    Buddy,
    Finding,
    Form,
    Plan,
    PlanOptions,
    Status,
)
from kennisnet.plan.sentences import Sentence, join_names

if TYPE_CHECKING:
    from kennisnet.analysis import AnalysisResult
    from kennisnet.model import SurveyData


def propose(result: AnalysisResult, data: SurveyData, options: PlanOptions | None = None) -> Plan:
    """The proposed plan (see :mod:`kennisnet.plan.rules`; imported when first used, so
    that the project file can read plans without loading the analysis)."""
    from kennisnet.plan.rules import propose as work_out

    return work_out(result, data, options)


__all__ = [
    "FINDING_LABELS",
    "FORM_LABELS",
    "STATUS_LABELS",
    "Action",
    "Buddy",
    "Finding",
    "Form",
    "Plan",
    "PlanOptions",
    "Sentence",
    "Status",
    "action_text",
    "join_names",
    "merge_plan",
    "propose",
]
