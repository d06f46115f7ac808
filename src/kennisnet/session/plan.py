"""The plan of one wave of a project: the proposal with HR's stored decisions laid over it."""

from __future__ import annotations

from dataclasses import dataclass

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.model import SurveyData
from kennisnet.plan.indicators import FollowUp, Indicators, follow_up, wave_indicators
from kennisnet.plan.merge import merge_plan
from kennisnet.plan.model import Action, Plan
from kennisnet.plan.rules import propose
from kennisnet.session.options import wave_options
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
    result = result or analyze(data, wave_options(project, data.wave.id))
    proposal = propose(result, data, project.plan_options())
    return WavePlan(data, result, merge_plan(proposal, project.plan_actions(data.wave.id)))


def project_indicators(project: Project, up_to: int | None = None) -> list[Indicators]:
    """The indicators of every wave of the project (up to wave ``up_to``), oldest first.

    A wave without any answers yet is left out: its figures would say nothing.
    The waves are analysed with their own stored options, without betweenness (no
    indicator uses it).
    """
    months = project.plan_options().newcomer_months
    rows = []
    for wave_id, _, _ in project.waves():
        if up_to is not None and wave_id > up_to:
            break
        data = project.snapshot(wave_id)
        if not data.responses:
            continue
        options = wave_options(project, wave_id)
        rows.append(wave_indicators(analyze(data, options, betweenness=False), data, months))
    return rows


def previous_wave_follow_up(
    project: Project, data: SurveyData, result: AnalysisResult
) -> tuple[str, list[FollowUp]] | None:
    """(the earlier wave's name, what became of its accepted and done actions), or None."""
    earlier = [w for w in project.waves() if w[0] < data.wave.id]
    if not earlier:
        return None
    before_data = project.snapshot(earlier[-1][0])
    options = wave_options(project, before_data.wave.id)
    before = analyze(before_data, options, betweenness=False)
    plan = wave_plan(project, before_data, before).plan
    return before.wave_name, follow_up(plan, before, result)
