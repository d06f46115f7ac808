"""Errors of the project file; each carries a plain, translated sentence."""

from __future__ import annotations

from pathlib import Path

from kennisnet.i18n import tr


class ProjectError(Exception):
    """Something is wrong with a project file. ``str(error)`` is meant for people."""


class ProjectNotFound(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("There is no project file at {path}.", path=path))


class ProjectExists(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            tr(
                "{path} already exists. Choose another name, or remove the old file first.",
                path=path,
            )
        )


class NotAProject(ProjectError):
    """A damaged or foreign file. It has not been changed."""


class NewerVersion(ProjectError):
    def __init__(self, path: Path, version: int, supported: int) -> None:
        super().__init__(
            tr(
                "{path} was made with a newer version of Kennisnet (file format {version}; "
                "this version reads up to {supported}). Update Kennisnet to open it. "
                "The file has not been changed.",
                path=path,
                version=version,
                supported=supported,
            )
        )


class ProjectInUse(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            tr(
                "{path} is open in another Kennisnet window or program. Close it there "
                "first, then try again.",
                path=path,
            )
        )


class ProjectReadOnly(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            tr(
                "Kennisnet cannot write to {path} (the file or its folder is read-only). "
                "Copy the project to a folder where you may save files.",
                path=path,
            )
        )


class WriteFailed(ProjectError):
    """Saving failed (disk full, file gone, …); the data being saved was not stored."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            tr(
                "Kennisnet could not save to {path}: {reason}. Nothing was changed in the file.",
                path=path,
                reason=reason,
            )
        )


class CannotRead(ProjectError):
    """The file could not be read right now (a full disk, a missing drive); it is not damaged."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            tr(
                "Kennisnet could not read {path}: {reason}. The file has not been changed; "
                "nothing in it is lost.",
                path=path,
                reason=reason,
            )
        )


class BackupFailed(ProjectError):
    """No backup copy could be made; the project itself is fine and can still be saved."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(
            tr(
                "No backup copy could be made in {folder}: {reason}. Your work goes on "
                "without it; free some space there to get backups again.",
                folder=folder,
                reason=reason,
            )
        )
