"""The program's entry point: the command line, which starts the app window when asked.

This is the one place that joins the Qt-free core (``kennisnet.cli``) and the
screens (``kennisnet.ui``), so that the core never imports Qt.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

_SCREENS = {
    "app": "kennisnet.ui.workspace",
    "kiosk": "kennisnet.ui.kiosk",
    "workshop": "kennisnet.ui.workshop",
    "workshop-pseudonymized": "kennisnet.ui.workshop",
}


def _start_gui(mode: str, project: str | None, config: str | None, lang: str | None) -> int:
    from kennisnet.cli.commands import cmd_demo_summary, not_yet
    from kennisnet.i18n import tr

    if importlib.util.find_spec(_SCREENS[mode]) is None:
        # This build has no such screen yet: say so, or show the demo's findings.
        if mode == "app" and project:
            return cmd_demo_summary(Path(project))
        return not_yet(tr("Kiosk mode") if mode == "kiosk" else tr("The app window"))
    from kennisnet.ui.app import run

    return run(mode, project, config, lang)


def main(argv: Sequence[str] | None = None) -> int:
    from kennisnet.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, start_gui=_start_gui)
