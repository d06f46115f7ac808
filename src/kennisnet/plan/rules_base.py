"""What every plan rule shares: the analysis, who helps, the actions made so far."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.model import Person, SurveyData
from kennisnet.plan import buddies as buddy_rules
from kennisnet.plan.model import Action, Finding, Form, PlanOptions
from kennisnet.plan.network import Helpers, undirected

#: Someone named as the only source by at least this many learners gets a mentoring action.
SOLE_SOURCE_MIN = 2


def wave_start(data: SurveyData) -> date:
    return buddy_rules.parse_date(data.wave.started_at[:10]) or date.today()


class ProposalBase:
    """The state of one proposal while the rules run."""

    def __init__(self, result: AnalysisResult, data: SurveyData, options: PlanOptions) -> None:
        self.result = result
        self.data = data
        self.options = options
        self.adj = undirected(result)
        self.helpers = Helpers(result, self.adj)
        self.learners: dict[int, list[int]] = {}
        for e in result.edges:
            self.learners.setdefault(e.source, []).append(e.learner)
        self.persons: dict[int, Person] = {p.id: p for p in data.people}
        self.actions: list[Action] = []
        #: Person id -> key of the formal training action that covers them.
        self.training: dict[int, str] = {}

    def p(self, person_id: int) -> PersonResult:
        return self.result.person(person_id)

    def add(self, action: Action) -> None:
        self.actions.append(action)
        if action.form is Form.FORMAL_TRAINING and action.finding is not Finding.NEWCOMER:
            for pid in action.people:
                self.training.setdefault(pid, action.key)

    def waits_for(self, people: Collection[int]) -> tuple[str, ...]:
        return tuple(sorted({self.training[i] for i in people if i in self.training}))

    def learners_of(self, person_id: int) -> list[int]:
        return sorted(self.learners.get(person_id, ()))
