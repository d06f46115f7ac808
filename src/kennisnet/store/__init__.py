"""The project file (``*.kennisnet``, SQLite): roster, questionnaire, waves, responses, audit."""

from kennisnet.store.base import PROJECT_SUFFIX, fixed_clock, now
from kennisnet.store.errors import (
    NewerVersion,
    NotAProject,
    ProjectError,
    ProjectExists,
    ProjectInUse,
    ProjectNotFound,
    ProjectReadOnly,
    WriteFailed,
)
from kennisnet.store.names import PendingName
from kennisnet.store.project import Project
from kennisnet.store.responses import (
    AlreadyAnswered,
    Coverage,
    NominationDraft,
    ResponseDraft,
    ResponseSummary,
)

__all__ = [
    "PROJECT_SUFFIX",
    "AlreadyAnswered",
    "Coverage",
    "NewerVersion",
    "NominationDraft",
    "NotAProject",
    "PendingName",
    "Project",
    "ProjectError",
    "ProjectExists",
    "ProjectInUse",
    "ProjectNotFound",
    "ProjectReadOnly",
    "ResponseDraft",
    "ResponseSummary",
    "WriteFailed",
    "fixed_clock",
    "now",
]
