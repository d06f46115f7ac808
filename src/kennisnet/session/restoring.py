"""Putting a backup copy back in the project's place (the app and ``kennisnet restore``)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.store import Project, ProjectError
from kennisnet.store.backup import Backup, restore_backup
from kennisnet.store.warnings import listen


class NotRestored(ProjectError):
    """Nothing was restored; the project is as it was."""


def restore(path: Path, chosen: Backup) -> None:
    """Put ``chosen`` back as the project at ``path``; the project must be closed.

    The chosen copy is set aside first (opening the project for changes makes a copy of
    its current state, and the rotation could remove the chosen, oldest one). Without
    that copy of the current state nothing is restored. An erased person never comes
    back (``store.backup.restore_backup``).
    """
    with tempfile.TemporaryDirectory(prefix="kennisnet-restore-") as folder:
        aside = Path(folder) / chosen.path.name
        try:
            shutil.copyfile(chosen.path, aside)
        except OSError as error:
            raise NotRestored(
                tr("Nothing was restored: the copy cannot be read ({reason}).", reason=error)
            ) from error
        told: list[str] = []
        with listen(told.append), Project.open(path):
            pass
        if told:
            raise NotRestored(
                tr("Nothing was restored: no copy of the current state could be made.")
                + " "
                + " ".join(told)
            )
        restore_backup(aside, path)
