"""``kennisnet analyze`` and the demo project."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from kennisnet.cli.common import project_path, wave_snapshot
from kennisnet.cli.output import say
from kennisnet.i18n import tr
from kennisnet.resources import resource, user_data_dir
from kennisnet.store import Project


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


def cmd_analyze(args: argparse.Namespace) -> int:
    import json

    from kennisnet.analysis import analyze, summary_text, to_json

    with Project.open(project_path(args.project), readonly=True) as project:
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
