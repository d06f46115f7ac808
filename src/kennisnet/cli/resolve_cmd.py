"""``kennisnet resolve``: decide what the names in the answers that match nobody mean."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from kennisnet.cli.common import project_path
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import tr
from kennisnet.matching import NameIndex, index_people
from kennisnet.outputs import csv_row, csv_unescape, output_file
from kennisnet.store import Project


def cmd_resolve(args: argparse.Namespace) -> int:
    with Project.open(project_path(args.project)) as project:
        people = project.people(include_external=False)
        index = index_people(people)
        names = {p.id: p.name for p in people}
        if args.file:
            return _apply_decisions(project, index, Path(args.file))
        if args.name:
            return _decide(project, index, names, args)
        pending = project.pending_names()
        if args.write:
            target = Path(args.write)
            with output_file(target, force=args.force, protect=[project.path]) as temp:
                _write_sheet(temp, pending, index, names)
            say(
                tr(
                    'Wrote {count} names to {file}. In the column "Decision" write the roster '
                    'name, "extern" (not on the roster) or "weg" (ignore), then run: '
                    "kennisnet resolve {project} --file {file}",
                    count=len(pending),
                    file=args.write,
                    project=project.path,
                )
            )
            return 0
        if not pending:
            say(tr("There are no names left to resolve."))
            return 0
        say(tr("{count} names still need a decision:", count=len(pending)))
        for item in pending:
            found = index.match(item.written)
            hint = ", ".join(names[c] for c in found.candidates if c in names)
            times = item.as_source + item.as_respondent
            line = tr('  "{name}" ({times}×)', name=item.written, times=times)
            if hint:
                line += " — " + tr("maybe: {names}", names=hint)
            say(line)
        say(
            tr(
                'Decide with: kennisnet resolve {project} "NAME" --as "ROSTER NAME" '
                "(or --external, or --drop), or all at once with --write and --file.",
                project=project.path,
            )
        )
    return 0


def _write_sheet(path: Path, pending: list[Any], index: NameIndex, names: dict[int, str]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([tr("Written"), tr("Times"), tr("Suggestions"), tr("Decision")])
        for item in pending:
            found = index.match(item.written)
            writer.writerow(
                csv_row(
                    [
                        item.written,
                        item.as_source + item.as_respondent,
                        " | ".join(names[c] for c in found.candidates if c in names),
                        "",
                    ]
                )
            )


def _decide(
    project: Project, index: NameIndex, names: dict[int, str], args: argparse.Namespace
) -> int:
    if args.external:
        changed = project.decide_name(args.name, "external")
    elif args.drop:
        changed = project.decide_name(args.name, "drop")
    elif args.as_person:
        found = index.match(args.as_person)
        if found.status != "unique" or found.person_id is None:
            options = ", ".join(names[c] for c in found.candidates if c in names)
            raise CommandError(
                tr('"{name}" does not point to one person on the roster.', name=args.as_person)
                + (" " + tr("Did you mean: {names}?", names=options) if options else "")
            )
        changed = project.decide_name(args.name, "person", found.person_id)
    else:
        raise CommandError(tr("Say what the name means: --as, --external or --drop."), usage=True)
    say(tr("{count} answers updated.", count=changed))
    return 0


_EXTERNAL_WORDS = {"extern", "external", "niet op de lijst", "not on the list"}
_DROP_WORDS = {"weg", "drop", "negeer", "ignore", "verwijder", "remove"}


def _apply_decisions(project: Project, index: NameIndex, path: Path) -> int:
    from kennisnet.tabular import TableError, read_table

    try:
        table = read_table(path)
    except TableError as error:
        raise CommandError(str(error)) from error
    if len(table.headers) < 4:
        raise CommandError(tr("{file} is not a decisions sheet written by --write.", file=path))
    problems: list[str] = []
    decisions: list[tuple[str, str, int | None]] = []
    for row in table.rows:
        written = csv_unescape(row.values[0] or "")
        decision = csv_unescape((row.values[3] or "").strip())
        if not written or not decision:
            continue
        if decision.casefold() in _EXTERNAL_WORDS:
            decisions.append((written, "external", None))
        elif decision.casefold() in _DROP_WORDS:
            decisions.append((written, "drop", None))
        else:
            found = index.match(decision)
            if found.status == "unique" and found.person_id is not None:
                decisions.append((written, "person", found.person_id))
            else:
                problems.append(
                    tr(
                        'Row {row}: "{decision}" is not one person on the roster.',
                        row=row.number,
                        decision=decision,
                    )
                )
    if problems:
        for line in problems:
            say(line, err=True)
        raise CommandError(tr("No decisions were applied; fix the rows above first."))
    changed = 0
    with project.transaction():
        for written, decision, person_id in decisions:
            changed += project.decide_name(written, decision, person_id)
    say(
        tr(
            "{count} decisions applied; {changed} answers updated.",
            count=len(decisions),
            changed=changed,
        )
    )
    return 0
