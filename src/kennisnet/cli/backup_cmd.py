"""``kennisnet backups`` and ``kennisnet restore``: the project's backup copies."""

from __future__ import annotations

import argparse
from pathlib import Path

from kennisnet.cli.common import project_path
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import tr
from kennisnet.session import NotRestored, restore
from kennisnet.store import Project
from kennisnet.store.backup import Backup


def _backups_of(path: Path) -> list[Backup]:
    with Project.open(path, readonly=True) as project:
        return project.backups()


def cmd_backups(args: argparse.Namespace) -> int:
    backups = _backups_of(project_path(args.project))
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
    path = project_path(args.project)
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
    try:
        restore(path, chosen)
    except NotRestored as error:
        raise CommandError(str(error)) from error
    when = chosen.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    say(
        tr(
            "Restored the copy of {when}. The state before the restore was saved as a new "
            "backup copy.",
            when=when,
        )
    )
    return 0
