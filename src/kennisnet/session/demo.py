"""The demo project: a copy in the user's own folder, never over a real project."""

from __future__ import annotations

import shutil
import sqlite3
from functools import cache
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.outputs import SIDE_FILES, OutputRefused, is_project_file, output_file
from kennisnet.resources import resource, user_data_dir

DEMO_NAME = "Demo Installatietechniek Van Dijk.kennisnet"


def _project_id(path: Path) -> str | None:
    """The project id in a project file, read without changing it (None if unreadable)."""
    try:
        # immutable: read only, and no -wal/-shm file is made beside it.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def is_demo_project(project_id: str) -> bool:
    """Whether ``project_id`` is the shipped demo's: any copy of it (the demo copy in the
    user's folder, or one made with ``--path``) is the demo with made-up people."""
    return bool(project_id) and project_id == _shipped_demo_id()


@cache
def _shipped_demo_id() -> str | None:
    return _project_id(resource("demo", "demo.kennisnet"))


def demo_copy(fresh: bool = False, path: str | None = None, force: bool = False) -> Path:
    """The demo project's copy (made when missing; made again with ``fresh``).

    Only an earlier demo copy is ever replaced: a real project at ``path`` is refused,
    another file only with ``force`` (``kennisnet.outputs``).
    """
    target = Path(path) if path else user_data_dir() / "demo" / DEMO_NAME
    if target.exists() and not fresh:
        return target
    source = resource("demo", "demo.kennisnet")
    if not path:
        target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and is_project_file(target):
        if _project_id(target) != _project_id(source):
            raise OutputRefused(
                tr(
                    "{path} is a Kennisnet project, not a copy of the demo: the demo never "
                    "replaces a project. Nothing was changed; choose another --path.",
                    path=target,
                )
            )
        # An earlier demo copy: disposable, replaced with its side files.
        for leftover in [target] + [target.with_name(target.name + s) for s in SIDE_FILES]:
            leftover.unlink(missing_ok=True)
    else:
        for side in SIDE_FILES:  # leftovers of a demo copy removed by hand
            leftover = target.with_name(target.name + side)
            if leftover.exists() and not is_project_file(leftover):
                leftover.unlink()
    with output_file(target, force=force, project_name_ok=True) as temp:
        shutil.copyfile(source, temp)
    return target
