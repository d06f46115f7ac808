"""Roster (staff list) import: recognised headers, value parsing, all-or-nothing import."""

from kennisnet.importing.roster.fields import FIELD_LABELS, looks_like_roster_header, parse_trained
from kennisnet.importing.roster.importer import (
    RosterEntry,
    RosterImportError,
    RosterPlan,
    RosterReport,
    import_roster,
    plan_roster,
)

__all__ = [
    "FIELD_LABELS",
    "RosterEntry",
    "RosterImportError",
    "RosterPlan",
    "RosterReport",
    "import_roster",
    "looks_like_roster_header",
    "parse_trained",
    "plan_roster",
]
