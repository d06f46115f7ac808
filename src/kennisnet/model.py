"""Plain data shared by the store, the imports and the analysis.

Everything here is a frozen dataclass without behaviour beyond small derived
values, so that views, exporters and the analysis all read the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Frequency(StrEnum):
    """How often a learner learns from a source (the questionnaire's answer)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    LESS = "less"


#: Tie weight per frequency (PRODUCT.md); a missing frequency weighs 1.
FREQUENCY_WEIGHT: Mapping[Frequency | None, int] = {
    Frequency.DAILY: 4,
    Frequency.WEEKLY: 3,
    Frequency.MONTHLY: 2,
    Frequency.LESS: 1,
    None: 1,
}


class Channel(StrEnum):
    """How someone solves a problem when they don't know something."""

    COLLEAGUE = "colleague"
    MANAGER = "manager"
    DOCUMENTATION = "documentation"
    INTERNET = "internet"
    AI = "ai"
    TRIAL_ERROR = "trial_error"
    TRAINING = "training"
    OTHER = "other"


class TrainingAnswer(StrEnum):
    """The respondent's own answer to 'did you have formal training?'."""

    YES = "yes"
    NO = "no"
    DONT_KNOW = "dont_know"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the roster, or (``external``) someone named who is not on it."""

    id: int
    uid: str
    name: str
    department: str | None = None
    team: str | None = None
    role: str | None = None
    employee_number: str | None = None
    email: str | None = None
    #: Training status from the HR record: True, False or None (unknown).
    trained_hr: bool | None = None
    training: str | None = None
    start_date: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    external: bool = False


@dataclass(frozen=True, slots=True)
class Nomination:
    """'I learn from this person': one tie learner -> source."""

    source_id: int
    frequency: Frequency | None = None
    topic: str | None = None

    @property
    def weight(self) -> int:
        return FREQUENCY_WEIGHT[self.frequency]


@dataclass(frozen=True, slots=True)
class Response:
    """One respondent's active answers in one wave (resolved to person ids)."""

    uuid: str
    respondent_id: int
    wave_id: int
    submitted_at: str
    nominations: tuple[Nomination, ...] = ()
    #: The respondent ticked "there are more people I learn from".
    more_sources: bool = False
    #: Ranked channels, most used first (at most 3); see ``channels_ranked``.
    channels: tuple[Channel, ...] = ()
    channel_other: str | None = None
    training: TrainingAnswer | None = None
    training_which: str | None = None
    training_when: str | None = None
    laptop_id: str | None = None
    language: str | None = None
    #: False when the channels were chosen without order (a Forms multi-select):
    #: then no channel is the "first choice".
    channels_ranked: bool = True


@dataclass(frozen=True, slots=True)
class Wave:
    id: int
    name: str
    started_at: str


@dataclass(frozen=True, slots=True)
class SurveyData:
    """Everything the analysis needs from a project, for one wave.

    ``people`` holds the roster and the external people; ``responses`` holds
    the active (not replaced) response of each respondent in the wave whose
    respondent is known. Names that HR still has to resolve are not in it;
    ``unresolved_names`` counts them so that a warning can say so.
    """

    people: tuple[Person, ...]
    responses: tuple[Response, ...]
    wave: Wave
    unresolved_names: int = 0

    def training_status(self) -> dict[int, bool | None]:
        """Trained per person id: the HR record when present, else the self-report.

        'Don't know' and no answer stay unknown (None) and never count as trained.
        """
        self_report: dict[int, bool | None] = {}
        for response in self.responses:
            if response.training is TrainingAnswer.YES:
                self_report[response.respondent_id] = True
            elif response.training is TrainingAnswer.NO:
                self_report[response.respondent_id] = False
        return {
            person.id: person.trained_hr
            if person.trained_hr is not None
            else self_report.get(person.id)
            for person in self.people
        }
