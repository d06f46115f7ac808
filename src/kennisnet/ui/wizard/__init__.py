"""A new survey: the wizard that creates a project (name, staff list, columns, questionnaire).

``NewProjectWizard(settings, parent)``; its ``created`` holds the new project's path.
"""

from kennisnet.ui.wizard.pages import (
    DONE_PAGE,
    MAPPING_PAGE,
    NAME_PAGE,
    QUESTIONNAIRE_PAGE,
    ROSTER_PAGE,
)
from kennisnet.ui.wizard.wizard import NewProjectWizard, analysis_defaults, create_project

__all__ = [
    "DONE_PAGE",
    "MAPPING_PAGE",
    "NAME_PAGE",
    "QUESTIONNAIRE_PAGE",
    "ROSTER_PAGE",
    "NewProjectWizard",
    "analysis_defaults",
    "create_project",
]
