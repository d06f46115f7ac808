"""Where file dialogs start: the user's Documents, never a hidden folder.

Kennisnet keeps its own files (the demo copy, backups, logs) in the user's data folder,
which is hidden on Linux (``~/.local/share``), macOS (``~/Library``) and Windows
(``AppData``). A dialog that starts there leaves HR's export where they cannot find it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kennisnet.resources import user_data_dir


def documents_folder() -> str:
    """The user's Documents folder (its local name, e.g. "Documenten"); home without one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return found
    documents = Path.home() / "Documents"
    return str(documents if documents.is_dir() else Path.home())


def is_hidden(folder: Path) -> bool:
    """A folder HR does not see in a file manager: Kennisnet's own data folder (or in it),
    Library or AppData, or a folder whose name starts with a dot."""
    try:
        folder = folder.expanduser().resolve()
    except (OSError, RuntimeError):
        return True
    own = user_data_dir().expanduser().resolve()
    if folder == own or own in folder.parents:
        return True
    home = Path.home().resolve()
    inside = folder.relative_to(home).parts if home in folder.parents else folder.parts
    return any(part.startswith(".") or part in ("AppData", "Library") for part in inside)


def start_folder(folder: str | Path | None) -> str:
    """``folder`` when it is a folder HR can see; the Documents folder otherwise."""
    if folder:
        path = Path(folder).expanduser()
        if path.is_dir() and not is_hidden(path):
            return str(path)
    return documents_folder()
