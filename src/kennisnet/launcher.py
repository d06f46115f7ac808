"""The program's entry point: the command line, which starts the app window when asked.

This is the one place that joins the Qt-free core (``kennisnet.cli``) and the
screens (``kennisnet.ui``), so that the core never imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _start_gui(mode: str, project: str | None) -> int:
    try:
        from kennisnet.ui.app import run  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        from kennisnet.cli.commands import cmd_demo_summary, not_yet
        from kennisnet.i18n import tr

        if mode == "app" and project:
            from pathlib import Path

            return cmd_demo_summary(Path(project))
        return not_yet(tr("Kiosk mode") if mode == "kiosk" else tr("The app window"))
    return int(run(mode, project))


def main(argv: Sequence[str] | None = None) -> int:
    from kennisnet.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, start_gui=_start_gui)
