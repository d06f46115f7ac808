"""Commands that fill a project: new, roster, merge, info and template (import: import_cmd)."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kennisnet.cli.common import pairs, project_path
from kennisnet.cli.output import (
    CommandError,
    print_coverage,
    print_mapping,
    print_problems,
    say,
)
from kennisnet.i18n import language, ntr, tr
from kennisnet.importing.roster import RosterImportError, RosterPlan, import_roster
from kennisnet.importing.roster.preview import preview
from kennisnet.merge import merge_projects
from kennisnet.outputs import output_file
from kennisnet.resources import resource
from kennisnet.store import Project


def cmd_new(args: argparse.Namespace) -> int:
    path = project_path(args.project, new=True)
    roster = Path(args.roster)
    mapping = pairs(args.column, "name=Volledige naam")
    project = Project.create(path, name=args.name or path.stem)
    try:
        report = import_roster(project, roster, mapping)
    except RosterImportError as error:
        project.close()
        path.unlink(missing_ok=True)
        if error.plan is not None:
            print_problems(error.plan.problems, out=sys.stderr)
        raise CommandError(tr("{message} No project was created.", message=str(error))) from error
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    with project:
        print_problems(report.plan.problems)
        say(
            tr(
                "Created {path} with {count} people from {roster} ({description}).",
                path=path,
                count=report.added,
                roster=roster.name,
                description=report.plan.description,
            )
        )
        print_mapping(report.plan.mapping)
        print_preview(report.plan)
        say(
            tr(
                "Next: collect answers with the kiosk, or import them: "
                "kennisnet import {path} FILE",
                path=path,
            )
        )
    return 0


def print_preview(plan: RosterPlan) -> None:
    """The first people as they were stored, and a warning for names that do not look right."""
    rows = preview(plan, 5)
    if not rows:
        return
    say(tr("The first people as stored (name | department | trained):"))
    for row, name, department, trained, flagged in rows:
        mark = "!" if flagged else " "
        say(f"  {mark} {tr('row {row}', row=row)}: {name} | {department or '—'} | {trained}")
    count = len(plan.flagged)
    if count:
        say(
            ntr(
                "{count} name does not look right (see the notes above); correct it in the file.",
                "{count} names do not look right (see the notes above); correct them in the file.",
                count,
            )
        )


def cmd_roster(args: argparse.Namespace) -> int:
    with Project.open(project_path(args.project)) as project:
        try:
            report = import_roster(project, Path(args.file), pairs(args.column, "name=Naam"))
        except RosterImportError as error:
            if error.plan is not None:
                print_problems(error.plan.problems, out=sys.stderr)
            raise CommandError(str(error)) from error
        print_problems(report.plan.problems)
        print_preview(report.plan)
        say(
            tr(
                "Roster updated: {added} added, {updated} changed, {unchanged} unchanged.",
                added=report.added,
                updated=report.updated,
                unchanged=report.unchanged,
            )
        )
        if report.not_in_file:
            say(
                tr(
                    "{count} people in the project are not in the new file; they were kept "
                    "with their answers: {names}",
                    count=len(report.not_in_file),
                    names=", ".join(report.not_in_file[:10])
                    + (" …" if len(report.not_in_file) > 10 else ""),
                )
            )
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with Project.open(project_path(args.project)) as project:
        report = merge_projects(project, [Path(p) for p in args.others])
        for note in report.notes:
            say(note)
        say(
            tr(
                "Merged {files}: {added}, {already}.",
                files=ntr("{count} file", "{count} files", len(args.others)),
                added=ntr("{count} new response", "{count} new responses", report.added),
                already=ntr(
                    "{count} was already here", "{count} were already here", report.already_there
                ),
            )
        )
        for conflict in report.conflicts:
            say("  ! " + conflict)
        if report.unmatched_names:
            say(
                tr(
                    "{count} names were not on this roster and wait for a decision "
                    "(kennisnet resolve): {names}",
                    count=len(report.unmatched_names),
                    names=", ".join(report.unmatched_names),
                )
            )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with Project.open(project_path(args.project), readonly=True) as project:
        say(f"{project.name} — {project.path}")
        say(tr("People on the roster: {count}", count=project.roster_size()))
        print_coverage(project.coverage())
        pending = project.pending_names()
        if pending:
            say(
                tr(
                    "Names to resolve: {count} (kennisnet resolve {project})",
                    count=len(pending),
                    project=project.path,
                )
            )
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CommandError(tr("Give the template a name ending in .xlsx or .csv."), usage=True)
    source = resource("templates", f"responses_{language()}{suffix}")
    with output_file(target, force=args.force) as temp:
        shutil.copyfile(source, temp)
    say(tr("Wrote the response template to {file}.", file=target))
    return 0
