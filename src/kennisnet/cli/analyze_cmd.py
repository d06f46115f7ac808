"""``kennisnet analyze`` and the demo project."""

from __future__ import annotations

import argparse
from pathlib import Path

from kennisnet.cli.common import project_path
from kennisnet.cli.output import say
from kennisnet.i18n import tr
from kennisnet.session import Session


def cmd_analyze(args: argparse.Namespace) -> int:
    import json

    from kennisnet.analysis import summary_text, to_json

    with Session.open(project_path(args.project), readonly=True) as session:
        found = session.analysis(session.wave_id(args.wave))
        title = session.name
    result = found.result
    if args.json:
        print(json.dumps(to_json(result), ensure_ascii=False, indent=2))
    else:
        say(title)
        say(summary_text(result))
    return 0


def cmd_demo_summary(path: Path) -> int:
    """Without a window (``kennisnet.cli.main`` used on its own, with no window starter):
    show where the demo is and what the analysis finds."""
    say(tr("The demo project is at {path}.", path=path))
    args = argparse.Namespace(project=str(path), json=False, wave=None)
    return cmd_analyze(args)
