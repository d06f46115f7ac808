"""The plan of one wave of a project: the proposal with HR's stored decisions laid over it."""

from __future__ import annotations

from dataclasses import dataclass

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.model import SurveyData
from kennisnet.plan.merge import merge_plan
from kennisnet.plan.model import Action, Plan
from kennisnet.plan.rules import propose
from kennisnet.store import Project


@dataclass(frozen=True, slots=True)
class WavePlan:
    data: SurveyData
    result: AnalysisResult
    plan: Plan

    def find(self, reference: str) -> Action | None:
        """An action by its number in the plan (1, 2, …) or by its key."""
        text = reference.strip()
        if text.isdigit():
            number = int(text)
            return self.plan.actions[number - 1] if 1 <= number <= len(self.plan.actions) else None
        for a in self.plan.actions:
            if a.key == text:
                return a
        return None


def wave_plan(project: Project, data: SurveyData, result: AnalysisResult | None = None) -> WavePlan:
    """The plan HR sees for the wave of ``data`` (analysed here unless ``result`` is given)."""
    result = result or analyze(data)
    proposal = propose(result, data, project.plan_options())
    return WavePlan(data, result, merge_plan(proposal, project.plan_actions(data.wave.id)))
