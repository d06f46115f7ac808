"""Printing for the command line: plain sentences, problems row by row."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from kennisnet.i18n import tr
from kennisnet.importing.roster import FIELD_LABELS
from kennisnet.store import Coverage
from kennisnet.tabular import Problem

MAX_LINES = 40


class CommandError(Exception):
    """A plain message for stderr; ``usage`` errors exit with 2, others with 1."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


def say(text: str, *, err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout)


def print_problems(problems: Sequence[Problem], out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    for title, items, mark in (
        (tr("Problems ({count}):", count=len(errors)), errors, "✗"),
        (tr("Notes ({count}):", count=len(warnings)), warnings, "!"),
    ):
        if not items:
            continue
        print(title, file=stream)
        for problem in items[:MAX_LINES]:
            print(f"  {mark} {problem.message}", file=stream)
        if len(items) > MAX_LINES:
            print(
                "  "
                + tr(
                    "… and {count} more (use --report FILE to see them all).",
                    count=len(items) - MAX_LINES,
                ),
                file=stream,
            )


def print_mapping(mapping: Mapping[str, str]) -> None:
    say(tr("Columns used:"))
    for field_name, header in mapping.items():
        say(f'  "{header}" → {tr(FIELD_LABELS[field_name])}')


def print_coverage(rows: Iterable[Coverage]) -> None:
    rows = list(rows)
    total = sum(r.roster for r in rows)
    answered = sum(r.responded for r in rows)
    rate = answered / total if total else 0.0
    say(
        tr(
            "Responses: {answered} of {total} ({rate:.0%}); the target is 80%.",
            answered=answered,
            total=total,
            rate=rate,
        )
    )
    for row in rows:
        flag = "" if row.rate >= 0.8 else "  ← " + tr("below 80%")
        say(
            f"  {row.department or tr('(no department)')}: {row.responded}/{row.roster} "
            f"({row.rate:.0%}){flag}"
        )


def print_unresolved(unresolved: Sequence[object], project: Path) -> None:
    from kennisnet.importing.responses import UnresolvedName

    items = [u for u in unresolved if isinstance(u, UnresolvedName)]
    if not items:
        return
    say(
        tr(
            "{count} names did not match one person on the roster; they wait for your decision "
            "and are not counted until then:",
            count=len(items),
        )
    )
    for item in items[:MAX_LINES]:
        if item.status == "ambiguous":
            line = tr(
                '  Row {row}: "{name}" could be: {options}',
                row=item.row,
                name=item.written,
                options=", ".join(item.candidates),
            )
        elif item.candidates:
            line = tr(
                '  Row {row}: "{name}" is not on the roster (maybe: {options})',
                row=item.row,
                name=item.written,
                options=", ".join(item.candidates),
            )
        else:
            line = tr('  Row {row}: "{name}" is not on the roster', row=item.row, name=item.written)
        say(line)
    say(tr("Decide with: kennisnet resolve {project}", project=project))
