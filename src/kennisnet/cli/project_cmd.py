"""Commands that fill a project: new, roster, import, merge, info and template."""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

from kennisnet.cli.common import pairs, project_path
from kennisnet.cli.output import (
    CommandError,
    print_coverage,
    print_mapping,
    print_problems,
    print_unresolved,
    say,
)
from kennisnet.i18n import language, tr
from kennisnet.merge import merge_projects
from kennisnet.outputs import check_target, csv_row, output_file
from kennisnet.resources import resource
from kennisnet.responses import (
    FORMAT_NAMES,
    ResponseImportError,
    import_rescue,
    import_responses,
    looks_like_rescue,
    plan_responses,
    waiting_answers,
)
from kennisnet.roster import RosterImportError, RosterPlan, import_roster
from kennisnet.roster.preview import preview
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
    if count == 1:
        say(tr("1 name does not look right (see the notes above); correct it in the file."))
    elif count:
        say(
            tr(
                "{count} names do not look right (see the notes above); correct them in the file.",
                count=count,
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


def _write_report(args: argparse.Namespace, problems: object) -> None:
    """The --report CSV, through the output guard (never onto the project)."""
    from kennisnet.tabular import Problem

    assert isinstance(problems, tuple)
    target = Path(args.report)
    protect = [project_path(args.project)]
    with (
        output_file(target, force=args.force, protect=protect) as temp,
        temp.open("w", newline="", encoding="utf-8-sig") as handle,
    ):
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([tr("Row"), tr("Column"), tr("Severity"), tr("Problem")])
        for p in problems:
            assert isinstance(p, Problem)
            writer.writerow(
                csv_row(
                    [
                        p.row or "",
                        p.column or "",
                        tr("error") if p.severity == "error" else tr("warning"),
                        p.message,
                    ]
                )
            )
    say(tr("Wrote every problem to {file}.", file=target))


def _check_report(args: argparse.Namespace) -> None:
    """Refuse a --report target before importing, so nothing is imported without it."""
    if args.report:
        check_target(Path(args.report), force=args.force, protect=[project_path(args.project)])


def _import_rescue(args: argparse.Namespace) -> int:
    """``kennisnet import PROJECT kiosk-….json``: the answers a kiosk could not save."""
    from kennisnet.responses.rescue import RescueError, check_rescue, report_lines

    with Project.open(project_path(args.project)) as project:
        try:
            if args.dry_run:
                check_rescue(project, Path(args.file))
                waiting = waiting_answers(project, Path(args.file))
            else:
                report = import_rescue(project, Path(args.file))
        except RescueError as error:
            raise CommandError(str(error)) from error
        if args.dry_run:
            say(
                tr(
                    "Dry run: {count} responses would be imported; nothing was changed.",
                    count=waiting,
                )
            )
            return 0
        for line in report_lines(report):
            say(line)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if looks_like_rescue(Path(args.file)):
        return _import_rescue(args)
    mapping = pairs(args.map, '"Wie ben je?=respondent"')
    _check_report(args)
    with Project.open(project_path(args.project)) as project:
        try:
            if args.dry_run:
                plan = plan_responses(project, Path(args.file), fmt=args.format, mapping=mapping)
                report = None
            else:
                report = import_responses(
                    project, Path(args.file), fmt=args.format, mapping=mapping
                )
                plan = report.plan
        except ResponseImportError as error:
            if error.plan is not None:
                say(tr("Read as: {format}.", format=tr(FORMAT_NAMES[error.plan.format])))
                print_mapping_pairs(error.plan.mapping_text())
                print_problems(error.plan.problems, out=sys.stderr)
                if args.report:
                    _write_report(args, error.plan.problems)
            raise CommandError(str(error)) from error
        say(
            tr(
                "Read as: {format} ({description}).",
                format=tr(FORMAT_NAMES[plan.format]),
                description=plan.description,
            )
        )
        print_mapping_pairs(plan.mapping_text())
        print_problems(plan.problems)
        if args.report:
            _write_report(args, plan.problems)
        if report is None:
            say(
                tr(
                    "Dry run: {count} responses would be imported; nothing was changed.",
                    count=len(plan.drafts),
                )
            )
        else:
            say(
                tr(
                    "Imported {added} responses ({replaced} replace an earlier answer; "
                    "{already} were already in the project).",
                    added=report.added,
                    replaced=report.replaced,
                    already=report.already_there,
                )
            )
        print_unresolved(plan.unresolved, project.path)
    return 0


def print_mapping_pairs(pairs: list[tuple[str, str]]) -> None:
    say(tr("Columns used:"))
    for header, target in pairs:
        say(f'  "{header}" → {target}')


def cmd_merge(args: argparse.Namespace) -> int:
    with Project.open(project_path(args.project)) as project:
        report = merge_projects(project, [Path(p) for p in args.others])
        for note in report.notes:
            say(note)
        say(
            tr(
                "Merged {files} file(s): {added} new responses, {already} were already here.",
                files=len(args.others),
                added=report.added,
                already=report.already_there,
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
