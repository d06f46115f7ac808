"""Old home of the small shared pieces of the HR screens; it goes away.

Each piece now lives with its concern: ``kennisnet.ui.dialogs.messages`` (message,
error, confirm, exec_dialog), ``kennisnet.ui.dialogs.files`` (open and save
dialogs, the file filters), ``kennisnet.ui.busy`` (Busy), ``kennisnet.ui.typography``
(heading, scaled_font) and ``kennisnet.ui.problems`` (ProblemsModel). Import from
there; this module only forwards the names for the modules not yet switched.
"""

from kennisnet.ui.busy import Busy
from kennisnet.ui.dialogs.files import (
    PROJECT_FILTER,
    RESPONSES_FILTER,
    ROSTER_FILTER,
    file_filter,
    open_file,
    open_files,
    save_file,
)
from kennisnet.ui.dialogs.messages import confirm, error, exec_dialog, message
from kennisnet.ui.problems import ProblemsModel
from kennisnet.ui.typography import heading, scaled_font

__all__ = [
    "PROJECT_FILTER",
    "RESPONSES_FILTER",
    "ROSTER_FILTER",
    "Busy",
    "ProblemsModel",
    "confirm",
    "error",
    "exec_dialog",
    "file_filter",
    "heading",
    "message",
    "open_file",
    "open_files",
    "save_file",
    "scaled_font",
]
