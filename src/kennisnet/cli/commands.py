"""What each command does. Every command returns an exit code; errors raise."""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

from kennisnet.cli.output import (
    CommandError,
    print_coverage,
    print_mapping,
    print_problems,
    print_unresolved,
    say,
)
from kennisnet.i18n import language, tr
from kennisnet.matching import NameIndex
from kennisnet.merge import merge_projects
from kennisnet.model import SurveyData
from kennisnet.resources import resource, user_data_dir
from kennisnet.responses import (
    FORMAT_NAMES,
    ResponseImportError,
    import_rescue,
    import_responses,
    looks_like_rescue,
    plan_responses,
    waiting_answers,
)
from kennisnet.roster import RosterImportError, import_roster
from kennisnet.store import PROJECT_SUFFIX, Project
from kennisnet.store.backup import Backup, restore_backup

NOT_YET = 3


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise CommandError(
                tr('"{item}" should look like {what}.', item=item, what=what), usage=True
            )
        out[key.strip()] = value.strip().strip('"')
    return out


def _project_path(text: str, *, new: bool = False) -> Path:
    path = Path(text)
    if new and path.suffix != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    return path


def cmd_new(args: argparse.Namespace) -> int:
    path = _project_path(args.project, new=True)
    roster = Path(args.roster)
    mapping = _pairs(args.column, "name=Volledige naam")
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
        say(
            tr(
                "Next: collect answers with the kiosk, or import them: "
                "kennisnet import {path} FILE",
                path=path,
            )
        )
    return 0


def cmd_roster(args: argparse.Namespace) -> int:
    with Project.open(_project_path(args.project)) as project:
        try:
            report = import_roster(project, Path(args.file), _pairs(args.column, "name=Naam"))
        except RosterImportError as error:
            if error.plan is not None:
                print_problems(error.plan.problems, out=sys.stderr)
            raise CommandError(str(error)) from error
        print_problems(report.plan.problems)
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


def _write_report(path: str, problems: object) -> None:
    from kennisnet.tabular import Problem

    assert isinstance(problems, tuple)
    with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([tr("Row"), tr("Column"), tr("Severity"), tr("Problem")])
        for p in problems:
            assert isinstance(p, Problem)
            writer.writerow(
                [
                    p.row or "",
                    p.column or "",
                    tr("error") if p.severity == "error" else tr("warning"),
                    p.message,
                ]
            )


def _import_rescue(args: argparse.Namespace) -> int:
    """``kennisnet import PROJECT kiosk-….json``: the answers a kiosk could not save."""
    from kennisnet.responses.rescue import RescueError, check_rescue, report_lines

    with Project.open(_project_path(args.project)) as project:
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
    mapping = _pairs(args.map, '"Wie ben je?=respondent"')
    with Project.open(_project_path(args.project)) as project:
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
                    _write_report(args.report, error.plan.problems)
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
            _write_report(args.report, plan.problems)
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


def cmd_resolve(args: argparse.Namespace) -> int:
    with Project.open(_project_path(args.project)) as project:
        people = project.people(include_external=False)
        index = NameIndex((p.id, p.name, p.employee_number) for p in people)
        names = {p.id: p.name for p in people}
        if args.file:
            return _apply_decisions(project, index, Path(args.file))
        if args.name:
            return _decide(project, index, names, args)
        pending = project.pending_names()
        if args.write:
            with Path(args.write).open("w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle, delimiter=";")
                writer.writerow([tr("Written"), tr("Times"), tr("Suggestions"), tr("Decision")])
                for item in pending:
                    found = index.match(item.written)
                    writer.writerow(
                        [
                            item.written,
                            item.as_source + item.as_respondent,
                            " | ".join(names[c] for c in found.candidates if c in names),
                            "",
                        ]
                    )
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
        written, decision = row.values[0], (row.values[3] or "").strip()
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


def cmd_merge(args: argparse.Namespace) -> int:
    with Project.open(_project_path(args.project)) as project:
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
    with Project.open(_project_path(args.project), readonly=True) as project:
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
    shutil.copyfile(source, target)
    say(tr("Wrote the response template to {file}.", file=target))
    return 0


def demo_copy(fresh: bool = False, path: str | None = None) -> Path:
    target = (
        Path(path)
        if path
        else user_data_dir() / "demo" / "Demo Installatietechniek Van Dijk.kennisnet"
    )
    if fresh or not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (target, target.with_name(target.name + "-wal")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(resource("demo", "demo.kennisnet"), target)
    return target


def not_yet(what: str) -> int:
    say(
        tr(
            "{what} is not available in this version of Kennisnet yet.",
            what=what,
        ),
        err=True,
    )
    return NOT_YET


def wave_snapshot(project: Project, wave: str | None) -> SurveyData:
    """The survey data of the wave named on the command line (default: the current one)."""
    wave_id = None
    if wave:
        wave_id = project.wave_id_by_name_or_number(wave)
        if wave_id is None:
            names = ", ".join(f"{wid} ({name})" for wid, name, _ in project.waves())
            raise CommandError(
                tr("This project has no wave {wave}. Its waves: {names}.", wave=wave, names=names)
            )
    return project.snapshot(wave_id)


def cmd_analyze(args: argparse.Namespace) -> int:
    import json

    from kennisnet.analysis import analyze, summary_text, to_json

    with Project.open(_project_path(args.project), readonly=True) as project:
        data = wave_snapshot(project, args.wave)
        title = project.name
    result = analyze(data)
    if args.json:
        print(json.dumps(to_json(result), ensure_ascii=False, indent=2))
    else:
        say(title)
        say(summary_text(result))
    return 0


def cmd_demo_summary(path: Path) -> int:
    """Until the app window exists: show what is in the demo and what the analysis finds."""
    say(tr("The demo project is at {path}.", path=path))
    args = argparse.Namespace(project=str(path), json=False, wave=None)
    return cmd_analyze(args)


def _backups_of(path: Path) -> list[Backup]:
    with Project.open(path, readonly=True) as project:
        return project.backups()


def cmd_backups(args: argparse.Namespace) -> int:
    backups = _backups_of(_project_path(args.project))
    if not backups:
        say(tr("There are no backup copies of this project yet."))
        return 0
    say(tr("Backup copies (newest first); made each time the project is opened for changes:"))
    for number, backup in enumerate(backups, start=1):
        when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        say(f"  {number}. {when}  ({backup.size // 1024} kB)")
    say(tr("Put one back with: kennisnet restore {project} NUMBER", project=args.project))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = _project_path(args.project)
    backups = _backups_of(path)
    if not backups:
        raise CommandError(tr("There are no backup copies of this project."))
    choice = args.backup or "1"
    if not choice.isdigit() or not 1 <= int(choice) <= len(backups):
        raise CommandError(
            tr("Choose a copy from 1 to {count} (see kennisnet backups).", count=len(backups)),
            usage=True,
        )
    chosen = backups[int(choice) - 1]
    with tempfile.TemporaryDirectory() as folder:
        # Set the chosen copy aside first: opening for changes makes a new copy of the
        # current state, and the rotation could remove the chosen (oldest) one.
        aside = Path(folder) / chosen.path.name
        shutil.copyfile(chosen.path, aside)
        # Opening for changes checks the project is not in use and backs up its current state.
        with Project.open(path):
            pass
        restore_backup(aside, path)
    when = chosen.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    say(
        tr(
            "Restored the copy of {when}. The state before the restore was saved as a new "
            "backup copy.",
            when=when,
        )
    )
    return 0
