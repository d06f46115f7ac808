"""The first people of a roster as they will be stored: what the wizard and `new` show."""

from __future__ import annotations

from kennisnet.i18n import ntr, tr
from kennisnet.importing.roster.importer import RosterPlan


def trained_text(trained: bool | None) -> str:
    """The HR training record in a word (the staff list page, the wizard, `kennisnet new`)."""
    if trained is None:
        return tr("unknown")
    return tr("yes") if trained else tr("no")


def preview(plan: RosterPlan, count: int = 8) -> list[tuple[int, str, str, str, bool]]:
    """(row, name, department, trained, flagged) for the first ``count`` people; flagged people
    (a name that does not look right) come first so they are never hidden below the fold."""
    entries = sorted(plan.entries, key=lambda e: (e.row not in plan.flagged, e.row))
    return [
        (
            entry.row,
            entry.name,
            entry.department or entry.team or "",
            trained_text(entry.trained_hr),
            entry.row in plan.flagged,
        )
        for entry in entries[:count]
    ]


def flagged_summary(plan: RosterPlan) -> str:
    """One sentence about names that do not look right, or "" when they all do."""
    count = len(plan.flagged)
    if not count:
        return ""
    return ntr(
        "{count} name does not look right; check it below before you go on.",
        "{count} names do not look right; check them below before you go on.",
        count,
    )
