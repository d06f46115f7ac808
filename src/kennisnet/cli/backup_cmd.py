"""``kennisnet backups`` and ``kennisnet restore``: the project's backup copies."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from kennisnet.cli.common import project_path
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import tr
from kennisnet.store import Project
from kennisnet.store.backup import Backup, restore_backup
from kennisnet.store.warnings import listen


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
    with tempfile.TemporaryDirectory() as folder:
        # Set the chosen copy aside first: opening for changes makes a new copy of the
        # current state, and the rotation could remove the chosen (oldest) one.
        aside = Path(folder) / chosen.path.name
        shutil.copyfile(chosen.path, aside)
        # Opening for changes checks the project is not in use and backs up its current
        # state; without that copy nothing is restored.
        told: list[str] = []
        with listen(told.append), Project.open(path):
            pass
        if told:
            raise CommandError(
                tr("Nothing was restored: no copy of the current state could be made.")
                + " "
                + " ".join(told)
            )
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
