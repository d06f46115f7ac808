"""The learning plan as plain data: forms, findings, actions, options.

A plan is a list of actions. Each action names a form of learning, the finding
it answers, the people it is for, the people who help (partners), and a plain
sentence why. The proposal is derived from one wave's analysis
(:func:`kennisnet.plan.propose`); HR's decisions are stored in the project and
laid over it (:func:`kennisnet.plan.merge_plan`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kennisnet.i18n import N_
from kennisnet.plan.sentences import Sentence


class Form(StrEnum):
    """Formal training first, then the six forms of workplace learning, and the buddy."""

    FORMAL_TRAINING = "formal_training"
    JOB_SHADOWING = "job_shadowing"
    MENTORING = "mentoring"
    PROJECT = "project"
    PEER_LEARNING = "peer_learning"
    STRETCH_ASSIGNMENT = "stretch_assignment"
    REFLECTION = "reflection"
    ONBOARDING_BUDDY = "onboarding_buddy"


class Finding(StrEnum):
    """What the action answers; ``hr`` for HR's own actions."""

    RISK_CLUSTER = "risk_cluster"
    HABIT_SPREADER = "habit_spreader"
    GATEKEEPER = "gatekeeper"
    OVERLOADED = "overloaded"
    LEARNS_ALONE = "learns_alone"
    NEWCOMER = "newcomer"
    HIGH_RISK = "high_risk"
    HR = "hr"


class Status(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DONE = "done"


FORM_LABELS: dict[Form, str] = {
    Form.FORMAL_TRAINING: N_("Formal training"),
    Form.JOB_SHADOWING: N_("Job shadowing"),
    Form.MENTORING: N_("Mentoring and coaching"),
    Form.PROJECT: N_("Project participation"),
    Form.PEER_LEARNING: N_("Peer learning"),
    Form.STRETCH_ASSIGNMENT: N_("Stretch assignment"),
    Form.REFLECTION: N_("Reflection and feedback"),
    Form.ONBOARDING_BUDDY: N_("Onboarding buddy"),
}

FINDING_LABELS: dict[Finding, str] = {
    Finding.RISK_CLUSTER: N_("Risk cluster"),
    Finding.HABIT_SPREADER: N_("Possible habit spreader"),
    Finding.GATEKEEPER: N_("Gatekeeper or only source"),
    Finding.OVERLOADED: N_("Possibly overloaded"),
    Finding.LEARNS_ALONE: N_("Learns alone"),
    Finding.NEWCOMER: N_("New employee"),
    Finding.HIGH_RISK: N_("High-risk work"),
    Finding.HR: N_("HR's own action"),
}

STATUS_LABELS: dict[Status, str] = {
    Status.PROPOSED: N_("Proposed"),
    Status.ACCEPTED: N_("Accepted"),
    Status.REJECTED: N_("Rejected"),
    Status.DONE: N_("Done"),
}


NEWCOMER_MONTHS = 6
BUDDY_CAPACITY = 2


@dataclass(frozen=True, slots=True)
class PlanOptions:
    """What counts as a newcomer, how many newcomers one buddy takes, high-risk work."""

    #: A newcomer started at most this many months before the wave began.
    newcomer_months: int = NEWCOMER_MONTHS
    #: At most this many newcomers per onboarding buddy.
    buddy_capacity: int = BUDDY_CAPACITY
    #: Roles (job titles) HR marked as high-risk work (compared without case).
    high_risk_roles: frozenset[str] = frozenset()
    #: Departments HR marked as high-risk work (compared without case).
    high_risk_departments: frozenset[str] = frozenset()
    #: How many candidates an action names at most.
    candidates: int = 3

    def __post_init__(self) -> None:
        if self.newcomer_months < 0:
            raise ValueError("newcomer_months must not be negative")
        if self.buddy_capacity < 1:
            raise ValueError("buddy_capacity must be at least 1")
        if self.candidates < 1:
            raise ValueError("candidates must be at least 1")


@dataclass(frozen=True, slots=True)
class Action:
    """One action of the plan."""

    #: Stable key: the same finding in the same wave gives the same key, so HR's
    #: decision stays with it when the proposal is worked out again.
    key: str
    form: Form
    finding: Finding
    #: The people the action is for (person ids).
    people: tuple[int, ...]
    #: The people who help: candidates, the buddy, the mentor (person ids).
    partners: tuple[int, ...]
    sentence: Sentence
    #: 1 = formal training or instruction (first), 2 = learning on the job (after).
    phase: int
    #: Keys of the actions that must come first (formal training before this).
    after: tuple[str, ...] = ()
    #: The cluster the action is about (risk clusters), else None.
    cluster: int | None = None
    status: Status = Status.PROPOSED
    owner: str | None = None
    #: Planned date (ISO yyyy-mm-dd) or None.
    due: str | None = None
    #: When HR marked it done (ISO) or None.
    done_at: str | None = None
    #: HR's own wording; replaces the sentence when set.
    text: str | None = None
    #: HR changed the form, the people or the wording.
    edited: bool = False
    #: Still proposed by the analysis of this wave (False: HR's own, or a finding
    #: that is gone while HR's decision stays).
    proposed: bool = True


@dataclass(frozen=True, slots=True)
class Buddy:
    newcomer: int
    buddy: int


@dataclass(frozen=True, slots=True)
class Plan:
    """The plan of one wave: actions in order (formal training first)."""

    wave_id: int
    wave_name: str
    options: PlanOptions
    actions: tuple[Action, ...]
    #: Newcomers (person ids) found for this wave.
    newcomers: tuple[int, ...] = ()
    #: People whose start date could not be read (not counted as newcomers).
    unreadable_start_dates: tuple[int, ...] = field(default=())

    def action(self, key: str) -> Action:
        for a in self.actions:
            if a.key == key:
                return a
        raise KeyError(key)

    @property
    def buddies(self) -> tuple[Buddy, ...]:
        """Newcomer -> buddy pairs of the onboarding-buddy actions that are not rejected."""
        return tuple(
            Buddy(a.people[0], a.partners[0])
            for a in self.actions
            if a.form is Form.ONBOARDING_BUDDY
            and a.people
            and a.partners
            and a.status is not Status.REJECTED
        )
