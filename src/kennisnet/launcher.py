"""The program's entry point: the command line, which starts the app window when asked.

This is the one place that joins the Qt-free core (``kennisnet.cli``) and the
screens (``kennisnet.ui``), so that the core never imports Qt. Qt itself is imported
only when a window is asked for: ``kennisnet info P`` starts without it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _start_gui(mode: str, project: str | None, config: str | None, lang: str | None) -> int:
    from kennisnet.ui.app import run

    return run(mode, project, config, lang)


def main(argv: Sequence[str] | None = None) -> int:
    from kennisnet.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, start_gui=_start_gui)
