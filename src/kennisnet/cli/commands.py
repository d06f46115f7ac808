"""What each command does. Every command returns an exit code; errors raise.

The commands live in modules by concern (``project_cmd``, ``import_cmd``, ``resolve_cmd``,
``backup_cmd``, ``analyze_cmd``, ``wave_cmd``; ``export_cmd`` is loaded only when used); this
module gathers them for the command line, the launcher and the app.
"""

from __future__ import annotations

from kennisnet.cli.analyze_cmd import cmd_analyze, cmd_demo_summary
from kennisnet.cli.backup_cmd import cmd_backups, cmd_restore
from kennisnet.cli.common import NO_SCREEN, no_screen, wave_snapshot
from kennisnet.cli.import_cmd import cmd_import, print_mapping_pairs
from kennisnet.cli.project_cmd import (
    cmd_info,
    cmd_merge,
    cmd_new,
    cmd_roster,
    cmd_template,
)
from kennisnet.cli.resolve_cmd import cmd_resolve
from kennisnet.cli.wave_cmd import cmd_compare, cmd_waves
from kennisnet.session import demo_copy

__all__ = [
    "NO_SCREEN",
    "cmd_analyze",
    "cmd_backups",
    "cmd_compare",
    "cmd_demo_summary",
    "cmd_import",
    "cmd_info",
    "cmd_merge",
    "cmd_new",
    "cmd_resolve",
    "cmd_restore",
    "cmd_roster",
    "cmd_template",
    "cmd_waves",
    "demo_copy",
    "no_screen",
    "print_mapping_pairs",
    "wave_snapshot",
]
