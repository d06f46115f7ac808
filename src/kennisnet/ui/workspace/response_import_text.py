"""Texts of the response import: field names, the read-vs-stored report, the replace question."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QWidget

from kennisnet.i18n import ntr, tr
from kennisnet.importing.responses import FORMAT_NAMES, ResponsePlan, ResponseReport
from kennisnet.importing.responses.forms import GOOGLE_META, MS_META, is_quiz_column
from kennisnet.importing.responses.report import replacement_lines, tally_lines, wave_lines
from kennisnet.importing.roster.fields import header_key
from kennisnet.ui.dialogs.messages import confirm


def exporter_column(plan: ResponsePlan, index: int) -> bool:
    """A column the Forms exporter adds itself (ID, times, points …): never an answer."""
    if plan.format not in ("msforms", "gforms") or index >= len(plan.headers):
        return False
    header = plan.headers[index]
    meta = MS_META if plan.format == "msforms" else GOOGLE_META
    return header_key(header) in meta or is_quiz_column(header)


def field_choices(numbers: int) -> list[tuple[str, str]]:
    """(field as text, label) for the mapping combobox."""
    choices = [
        ("ignore", tr("— not imported —")),
        ("respondent", tr("Who answered (name or employee number)")),
        ("source", tr("Colleagues, several names in one cell")),
    ]
    for n in range(1, numbers + 1):
        choices += [
            (f"source {n}", tr("Colleague {n}", n=n)),
            (f"frequency {n}", tr("How often, colleague {n}", n=n)),
            (f"topic {n}", tr("About what, colleague {n}", n=n)),
        ]
    choices += [
        ("channels", tr("How they solve problems (up to 3)")),
        ("training", tr("Formal training (yes/no/don't know)")),
        ("training_which", tr("Which training")),
        ("training_when", tr("When trained")),
        ("more_sources", tr("There are more people they learn from")),
    ]
    return choices


def import_summary(report: ResponseReport) -> str:
    fmt = tr(FORMAT_NAMES[report.plan.format])
    return ntr(
        "{added} answer imported from {format}.",
        "{added} answers imported from {format}.",
        report.added,
        format=fmt,
        added=report.added,
    )


def import_details(report: ResponseReport) -> list[str]:
    """What was read and stored, the waves, answers already there or replaced."""
    lines = tally_lines(report.plan)
    if report.plan.split_by_time:
        lines += [tr("Per wave (by the answer time):")]
        lines += [
            ntr(
                "{wave}: {count} answer",
                "{wave}: {count} answers",
                count,
                wave=name,
            )
            for name, count in report.per_wave
        ]
    if report.already_there:
        lines.append(
            ntr(
                "{count} was already imported before.",
                "{count} were already imported before.",
                report.already_there,
            )
        )
    if report.replaced:
        lines.append(
            ntr(
                "{count} replaced an earlier answer of the same person.",
                "{count} replaced an earlier answer of the same person.",
                report.replaced,
            )
        )
    return lines


def mapping_arguments(headers: tuple[str, ...], refs: dict[int, str]) -> dict[str, str]:
    """Column -> field for the core: the header text, or the column number when not unique."""
    counts = Counter(h.strip().casefold() for h in headers)
    out: dict[str, str] = {}
    for index, ref in refs.items():
        header = headers[index]
        unique = header.strip() and counts[header.strip().casefold()] == 1
        key = header if unique and not header.strip().isdigit() else str(index + 1)
        out[key] = ref
    return out


def report_text(plan: ResponsePlan) -> str:
    """Read against stored, the waves, and the answers that would be replaced."""
    lines = [tr("Read in the file and stored:")] + ["• " + line for line in tally_lines(plan)]
    waves = wave_lines(plan)
    if waves:
        lines += [tr("Split over the waves by the answer time:")]
        lines += ["• " + line for line in waves]
    if plan.replacing:
        lines.append(
            ntr(
                "{count} answer replaces an earlier answer; you are asked before importing.",
                "{count} answers replace an earlier answer; you are asked before importing.",
                len(plan.replacing),
            )
        )
    return "\n".join(lines)


def ask_replace(parent: QWidget, plan: ResponsePlan) -> bool:
    """Ask before answers in the file replace earlier answers of the same people."""
    count = len(plan.replacing)
    lines = replacement_lines(plan)
    shown = "\n".join(lines[:15]) + ("\n…" if len(lines) > 15 else "")
    return confirm(
        parent,
        tr("Replace earlier answers?"),
        ntr(
            "{count} answer in this file replaces an earlier answer of the same person.",
            "{count} answers in this file replace an earlier answer of the same people.",
            count,
        ),
        shown
        + "\n\n"
        + tr(
            "The earlier answers are kept in the file but no longer count. Is this the "
            "right file? If not, cancel: nothing is imported."
        ),
        tr("Replace and import"),
        destructive=True,
    )
