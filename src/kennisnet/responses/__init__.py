"""Response import: the template, Microsoft Forms and Google Forms exports."""

from kennisnet.responses.fields import FIELDS, FieldRef, detect_format
from kennisnet.responses.importer import (
    FORMAT_NAMES,
    ResponseImportError,
    ResponsePlan,
    ResponseReport,
    UnresolvedName,
    import_responses,
    plan_responses,
)

__all__ = [
    "FIELDS",
    "FORMAT_NAMES",
    "FieldRef",
    "ResponseImportError",
    "ResponsePlan",
    "ResponseReport",
    "UnresolvedName",
    "detect_format",
    "import_responses",
    "plan_responses",
]
