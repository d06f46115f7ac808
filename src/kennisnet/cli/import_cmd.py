"""``kennisnet import PROJECT FILE``: responses from the template, a Forms export or a kiosk.

It says what it read and what it stored (sources, channel choices, training
answers), lists every difference row by row with the reason, says how many rows
went to which wave, refuses a file without answers, and replaces earlier
answers only with ``--replace``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from kennisnet.cli.common import pairs, project_path, wave_id_of
from kennisnet.cli.output import CommandError, print_problems, print_unresolved, say
from kennisnet.i18n import ntr, tr
from kennisnet.importing.responses import (
    FORMAT_NAMES,
    ResponseImportError,
    ResponsePlan,
    import_rescue,
    import_responses,
    looks_like_rescue,
    parse_channel,
    plan_responses,
    waiting_answers,
)
from kennisnet.importing.responses.report import (
    difference_lines,
    replacement_lines,
    tally_lines,
    wave_lines,
)
from kennisnet.model import Channel
from kennisnet.outputs import check_target, csv_row, output_file
from kennisnet.store import Project
from kennisnet.tabular import Problem


def _write_report(args: argparse.Namespace, problems: Sequence[Problem]) -> None:
    """The --report CSV, through the output guard (never onto the project)."""
    target = Path(args.report)
    protect = [project_path(args.project)]
    with (
        output_file(target, force=args.force, protect=protect) as temp,
        temp.open("w", newline="", encoding="utf-8-sig") as handle,
    ):
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([tr("Row"), tr("Column"), tr("Severity"), tr("Problem")])
        for p in problems:
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
    from kennisnet.importing.responses.rescue import (
        RescueError,
        check_rescue,
        read_rescue,
        report_lines,
    )

    try:
        read_rescue(Path(args.file))  # a damaged file is refused before the project is opened
    except RescueError as error:
        raise CommandError(str(error)) from error
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


def _options(items: list[str]) -> dict[str, Channel]:
    out: dict[str, Channel] = {}
    for text, way in pairs(items, '"Ik vraag het een collega=colleague"').items():
        try:
            out[text] = parse_channel(way)
        except ValueError:
            raise CommandError(
                tr(
                    '"{way}" is not a way to solve a problem. Use colleague, manager, '
                    "documentation, internet, ai, trial_error, training or other.",
                    way=way,
                ),
                usage=True,
            ) from None
    return out


def print_read_and_stored(plan: ResponsePlan) -> None:
    """What was read against what will be stored, and every row where they differ."""
    say(tr("Read in the file and stored:"))
    for line in tally_lines(plan):
        say("  " + line)
    differences = difference_lines(plan)
    if differences:
        say(tr("Rows where not everything read is stored, and why:"))
        for line in differences:
            say("  " + line)


def print_waves(plan: ResponsePlan) -> None:
    lines = wave_lines(plan)
    if lines:
        say(tr("Split over the waves by the answer time:"))
        for line in lines:
            say("  " + line)
    elif len(plan.waves) == 1:
        say(tr("Wave: {wave}.", wave=plan.waves[0][1]))


def print_mapping_pairs(pairs: list[tuple[str, str]]) -> None:
    say(tr("Columns used:"))
    for header, target in pairs:
        say(f'  "{header}" → {target}')


def cmd_import(args: argparse.Namespace) -> int:
    if looks_like_rescue(Path(args.file)):
        if args.report or args.wave:
            raise CommandError(
                tr(
                    "--report and --wave are for response files. A kiosk rescue file says "
                    "on screen what it imports, and its answers keep the wave they were "
                    "given in."
                ),
                usage=True,
            )
        return _import_rescue(args)
    mapping = pairs(args.map, '"Wie ben je?=respondent"')
    options = _options(args.option)
    _check_report(args)
    with Project.open(project_path(args.project)) as project:
        wave_id = wave_id_of(project, args.wave)
        try:
            if args.dry_run:
                plan = plan_responses(
                    project,
                    Path(args.file),
                    fmt=args.format,
                    mapping=mapping,
                    options=options,
                    wave_id=wave_id,
                )
                report = None
            else:
                report = import_responses(
                    project,
                    Path(args.file),
                    fmt=args.format,
                    mapping=mapping,
                    options=options,
                    wave_id=wave_id,
                    replace_earlier=args.replace,
                )
                plan = report.plan
        except ResponseImportError as error:
            if error.plan is not None:
                say(tr("Read as: {format}.", format=tr(FORMAT_NAMES[error.plan.format])))
                print_mapping_pairs(error.plan.mapping_text())
                print_problems(error.plan.problems, out=sys.stderr)
                if error.plan.replacing and not error.plan.errors:
                    say(tr("Answers that would replace an earlier answer:"), err=True)
                for line in replacement_lines(error.plan):
                    say("  " + line, err=True)
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
        if plan.time_column is not None:
            say(f'  "{plan.headers[plan.time_column]}" → ' + tr("answer time"))
        print_problems(plan.problems + plan.option_notes)
        if args.report:
            _write_report(args, plan.problems + plan.option_notes)
        print_read_and_stored(plan)
        print_waves(plan)
        if report is None:
            say(
                tr(
                    "Dry run: {count} responses would be imported; nothing was changed.",
                    count=len(plan.drafts) - len(plan.already),
                )
            )
            if plan.replacing:
                say(
                    tr(
                        "{count} of them would replace an earlier answer of the same person "
                        "(that needs --replace): {names}",
                        count=len(plan.replacing),
                        names=", ".join(r.name for r in plan.replacing),
                    )
                )
        else:
            say(
                tr(
                    "Imported {added} ({replaced}; {already}).",
                    added=ntr("{count} response", "{count} responses", report.added),
                    replaced=ntr(
                        "{count} replaces an earlier answer",
                        "{count} replace an earlier answer",
                        report.replaced,
                    ),
                    already=ntr(
                        "{count} was already in the project",
                        "{count} were already in the project",
                        report.already_there,
                    ),
                )
            )
        print_unresolved(plan.unresolved, project.path)
    return 0
