"""``kennisnet erase PROJECT PERSON [--yes]``: remove a person and every trace of them.

The same engine as the app's *Remove and erase…* (``Project.erase_person``): the
project and every backup copy; afterwards a byte search of the project, its journal
and all backup copies is printed as the proof.
"""

from __future__ import annotations

import argparse
import sys

from kennisnet.cli.common import project_path
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import tr
from kennisnet.model import Person
from kennisnet.store import Project
from kennisnet.store.backup import cached_analyses, rescue_file
from kennisnet.store.erasure import search_files, traces_of
from kennisnet.store.opening import wal_of

_YES = ("yes", "y", "ja", "j")


def _describe(person: Person) -> str:
    details = [d for d in (person.department, person.employee_number) if d]
    return f"{person.name} ({', '.join(details)})" if details else person.name


def _pick(project: Project, text: str) -> Person:
    if not text.strip():
        raise CommandError(tr("Say whom to erase: a name or an employee number."), usage=True)
    found = project.find_people(text)
    if not found:
        raise CommandError(
            tr(
                'No one on the roster of {project} is called "{person}" or has that employee '
                "number. Nothing was changed.",
                project=project.path,
                person=text,
            )
        )
    if len(found) > 1:
        names = "; ".join(_describe(p) for p in found)
        raise CommandError(
            tr(
                'More than one person is called "{person}": {names}. Give the employee '
                "number instead. Nothing was changed.",
                person=text,
                names=names,
            )
        )
    return found[0]


def _confirmed(person: Person, project: Project) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(
            tr(
                "Erasing cannot be undone, so it asks for confirmation, and there is no one "
                "to ask here. Pass --yes to erase without asking. Nothing was changed."
            ),
            usage=True,
        )
    say(
        tr(
            "This removes {name} and every trace of them from {project} and from all its "
            "backup copies: their answers, their name in other people's answers (they become "
            "an anonymous person) and every mention in free text. It cannot be undone.",
            name=_describe(person),
            project=project.path,
        )
    )
    try:
        answer = input(tr("Erase? Type yes to go on: "))
    except EOFError:
        answer = ""
    return answer.strip().casefold() in _YES


def cmd_erase(args: argparse.Namespace) -> int:
    path = project_path(args.project)
    # Opening for changes also completes an earlier erasure that was interrupted.
    with Project.open(path) as project:
        person = _pick(project, args.person)
        if not args.yes and not _confirmed(person, project):
            say(tr("Nothing was erased."))
            return 1
        namesakes = [p for p in project.find_people(person.name) if p.id != person.id]
        traces = traces_of(person, name=not namesakes)
        report = project.erase_person(person.id)
        backups = [b.path for b in project.backups()]
        rescue = rescue_file(project.project_id)
        cached = cached_analyses(project.project_id)
    # The proof, after closing: the project, its journal, every backup copy, the kiosk's
    # rescue file and any cached analysis left (the erasure removes them all).
    searched = [path, wal_of(path), *backups, rescue, *cached]
    found = search_files(searched, traces)
    say(tr("Erased {name}.", name=person.name))
    say(tr("  Answers removed: {count}", count=report.answers_removed))
    say(tr("  Ties now pointing to an anonymous person: {count}", count=report.ties_anonymised))
    say(tr("  Mentions in free text replaced: {count}", count=report.mentions_removed))
    say(tr("  Backup copies erased as well: {count}", count=report.backups_cleaned))
    if namesakes:
        say(
            tr(
                "Someone else on the roster is also called {name}, so the check below looks "
                "for the employee number and e-mail address only.",
                name=person.name,
            )
        )
    say(tr("Check: a byte search for the name, employee number and e-mail in:"))
    for file in searched:
        if not file.exists():
            continue
        mark = tr("FOUND") if file in found else tr("not found")
        say(f"  {file}: {mark}")
    if found:
        raise CommandError(
            tr(
                "A trace was still found in {count} of the files above. Keep them away from "
                "others and ask for help.",
                count=len(found),
            )
        )
    return 0
