"""What an import read and what it stores, in sentences (the CLI and the app say the same)."""

from __future__ import annotations

from kennisnet.i18n import N_, ntr, tr
from kennisnet.importing.responses.importer import ResponsePlan

KIND_LABELS = {
    "sources": N_("Colleagues named"),
    "channels": N_("Ways to solve a problem chosen"),
    "training": N_("Training answers"),
}


def tally_lines(plan: ResponsePlan) -> list[str]:
    """One line per kind: read in the file, stored; and what "stored" means for Forms."""
    lines = [
        tr("{what}: {read} read, {stored} stored", what=tr(KIND_LABELS[kind]), read=r, stored=s)
        for kind, (r, s) in plan.tally().items()
    ]
    if plan.already:
        lines.append(
            ntr(
                "{count} answer in this file is already in the project, read the same way: it "
                "is not stored again.",
                "{count} answers in this file are already in the project, read the same way: "
                "they are not stored again.",
                len(plan.already),
            )
        )
    if not plan.ranked:
        lines.append(
            tr(
                "Ways chosen in a Forms export are stored as chosen, without order: none of "
                "them counts as a first choice."
            )
        )
    return lines


def difference_lines(plan: ResponsePlan) -> list[str]:
    """Every row where not everything read is stored, with the reason."""
    return [
        problem.message
        if problem is not None
        else tr("Row {row}: not everything in this row is stored.", row=row)
        for row, problem in plan.differences()
    ]


def wave_lines(plan: ResponsePlan) -> list[str]:
    """How many rows go to which wave, when the file was split by answer time."""
    if not plan.split_by_time:
        return []
    return [
        ntr(
            "{wave}: {count} answer",
            "{wave}: {count} answers",
            rows,
            wave=name,
        )
        for _, name, rows in plan.waves
    ]


def replacement_lines(plan: ResponsePlan) -> list[str]:
    return [
        tr("Row {row}: {name} already answered in {wave}.", row=r.row, name=r.name, wave=r.wave)
        for r in plan.replacing
    ]


__all__ = ["difference_lines", "replacement_lines", "tally_lines", "wave_lines"]
