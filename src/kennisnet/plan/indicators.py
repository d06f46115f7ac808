"""Success over the waves: the indicators of the approach, per wave (docs/analysis.md).

Per wave, from its analysis (people on the staff list only; external people
never count):

* ``reach_share``: share of people who reach a trained colleague within the
  reach steps (default 2), trained people included (0 steps);
* ``newcomers`` / ``newcomers_connected``: newcomers (start date at most the
  plan's ``newcomer_months`` before the wave began) and how many of them are
  trained or name a trained colleague directly (1 step);
* ``team_ties_per_person``: ties (learner -> source) inside a team — both in the
  same team, or, when either has no team, in the same department — divided by
  the people on the staff list;
* ``cross_department_ties``: ties between two different (known) departments;
* ``risk_clusters``, ``habit_spreaders``, ``overloaded``: counts;
* ``learners_per_overloaded``: learners of the overloaded sources divided by
  their number (None when nobody is overloaded).

:func:`follow_up` reports on an earlier wave's plan in the next wave: for each
action HR accepted or marked done, whether the people it was for are trained
and reach trained knowledge now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.model import SurveyData
from kennisnet.plan import buddies
from kennisnet.plan.model import NEWCOMER_MONTHS, Action, Plan, Status


@dataclass(frozen=True, slots=True)
class Indicators:
    wave_id: int
    wave_name: str
    started_at: str
    people: int
    response_rate: float
    reach_share: float
    newcomers: int
    newcomers_connected: int
    team_ties_per_person: float
    cross_department_ties: int
    risk_clusters: int
    habit_spreaders: int
    overloaded: int
    learners_per_overloaded: float | None

    @property
    def newcomers_connected_share(self) -> float | None:
        return self.newcomers_connected / self.newcomers if self.newcomers else None


def _inside_team(a: PersonResult, b: PersonResult) -> bool:
    if a.team and b.team:
        return a.team == b.team and a.department == b.department
    return bool(a.department and b.department and a.department == b.department)


def wave_indicators(
    result: AnalysisResult, data: SurveyData, newcomer_months: int = NEWCOMER_MONTHS
) -> Indicators:
    staff = [p for p in result.people if not p.external]
    ids = {p.id for p in staff}
    start = buddies.parse_date(data.wave.started_at[:10]) or date.today()
    new, _ = buddies.newcomers([p for p in data.people if p.id in ids], start, newcomer_months)
    connected = sum(
        1
        for n in new
        if result.person(n).steps_to_trained is not None
        and (result.person(n).steps_to_trained or 0) <= 1
    )
    team_ties = cross = 0
    for e in result.edges:
        if e.learner not in ids or e.source not in ids:
            continue
        a, b = result.person(e.learner), result.person(e.source)
        team_ties += _inside_team(a, b)
        if a.department and b.department and a.department != b.department:
            cross += 1
    overloaded = [p for p in staff if p.overloaded]
    return Indicators(
        wave_id=result.wave_id,
        wave_name=result.wave_name,
        started_at=data.wave.started_at,
        people=len(staff),
        response_rate=result.quality.rate,
        reach_share=sum(p.reaches_trained for p in staff) / len(staff) if staff else 0.0,
        newcomers=len(new),
        newcomers_connected=connected,
        team_ties_per_person=team_ties / len(staff) if staff else 0.0,
        cross_department_ties=cross,
        risk_clusters=len(result.risk_clusters),
        habit_spreaders=sum(p.habit_spreader for p in staff),
        overloaded=len(overloaded),
        learners_per_overloaded=(
            sum(p.in_degree for p in overloaded) / len(overloaded) if overloaded else None
        ),
    )


def indicators(
    waves: Sequence[tuple[AnalysisResult, SurveyData]], newcomer_months: int = NEWCOMER_MONTHS
) -> list[Indicators]:
    """The indicators of every wave, in the order given (oldest first)."""
    return [wave_indicators(r, d, newcomer_months) for r, d in waves]


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What became of one action of the earlier wave's plan."""

    action: Action
    #: The people it was for who are in the later wave's analysis.
    people: int
    trained_before: int
    trained_after: int
    reached_before: int
    reached_after: int


def follow_up(plan: Plan, before: AnalysisResult, after: AnalysisResult) -> list[FollowUp]:
    """For each accepted or done action of ``plan`` (the earlier wave): what changed."""
    out: list[FollowUp] = []
    for a in plan.actions:
        if a.status not in (Status.ACCEPTED, Status.DONE):
            continue
        people = [i for i in a.people if before.has_person(i) and after.has_person(i)]
        out.append(
            FollowUp(
                action=a,
                people=len(people),
                trained_before=sum(before.person(i).trained is True for i in people),
                trained_after=sum(after.person(i).trained is True for i in people),
                reached_before=sum(before.person(i).reaches_trained for i in people),
                reached_after=sum(after.person(i).reaches_trained for i in people),
            )
        )
    return out
