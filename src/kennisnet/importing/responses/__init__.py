"""Response import: the template, Microsoft Forms and Google Forms exports, kiosk rescue files."""

from kennisnet.importing.responses.fields import FIELDS, FieldRef, detect_format
from kennisnet.importing.responses.importer import (
    FORMAT_NAMES,
    Replacement,
    ResponseImportError,
    ResponsePlan,
    ResponseReport,
    UnresolvedName,
    import_responses,
    plan_responses,
)
from kennisnet.importing.responses.options import (
    parse_channel,
    remember_options,
    remembered_options,
)
from kennisnet.importing.responses.rescue import (
    RescueError,
    RescueReport,
    import_rescue,
    looks_like_rescue,
    read_rescue,
    rescue_path,
    waiting_answers,
)

__all__ = [
    "FIELDS",
    "FORMAT_NAMES",
    "FieldRef",
    "Replacement",
    "RescueError",
    "RescueReport",
    "ResponseImportError",
    "ResponsePlan",
    "ResponseReport",
    "UnresolvedName",
    "detect_format",
    "import_rescue",
    "import_responses",
    "looks_like_rescue",
    "parse_channel",
    "plan_responses",
    "read_rescue",
    "remember_options",
    "remembered_options",
    "rescue_path",
    "waiting_answers",
]
