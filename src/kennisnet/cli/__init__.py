"""The command line: ``kennisnet COMMAND …``; the same engine as the app.

Errors go to stderr as plain sentences with a non-zero exit code, never a
traceback: 1 for a problem with a file or project, 2 for wrong arguments,
3 for a feature this version does not have yet, 70 for an unexpected error
(details in the log file), 141 when the output pipe was closed (``| head``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from kennisnet.cli import commands
from kennisnet.cli.errors import guarded
from kennisnet.cli.output import CommandError, say
from kennisnet.cli.parser import build_parser
from kennisnet.i18n import set_language, system_language, tr
from kennisnet.outputs import OutputRefused
from kennisnet.store import ProjectError
from kennisnet.store.warnings import listen
from kennisnet.tabular import TableError

#: start_gui(mode, project, settings file, language chosen on the command line or None)
GuiStarter = Callable[[str, str | None, str | None, str | None], int]


def _handlers(start_gui: GuiStarter | None) -> dict[str, Callable[[argparse.Namespace], int]]:
    def demo(args: argparse.Namespace) -> int:
        path = commands.demo_copy(args.fresh, args.path, args.force)
        if start_gui is not None:
            return start_gui("app", str(path), args.config_file, args.lang)
        return commands.cmd_demo_summary(path)

    def kiosk(args: argparse.Namespace) -> int:
        if start_gui is not None:
            return start_gui("kiosk", args.project, args.config_file, args.lang)
        return commands.no_screen(tr("Kiosk mode"))

    def export(args: argparse.Namespace) -> int:
        from kennisnet.cli.export_cmd import cmd_export

        return cmd_export(args)

    def erase(args: argparse.Namespace) -> int:
        from kennisnet.cli.erase_cmd import cmd_erase

        return cmd_erase(args)

    def workshop(args: argparse.Namespace) -> int:
        if start_gui is not None:
            if args.names:  # real names only on an explicit choice; codes by default
                mode = "workshop-names"
            else:
                mode = "workshop-pseudonymized" if args.pseudonymize else "workshop"
            return start_gui(mode, args.project, args.config_file, args.lang)
        return commands.no_screen(tr("Workshop mode"))

    def plan(args: argparse.Namespace) -> int:
        from kennisnet.cli.plan_cmd import cmd_plan

        return cmd_plan(args)

    def phones(args: argparse.Namespace) -> int:
        from kennisnet.cli.phones_cmd import cmd_phones

        return cmd_phones(args)

    return {
        "demo": demo,
        "plan": plan,
        "new": commands.cmd_new,
        "roster": commands.cmd_roster,
        "import": commands.cmd_import,
        "resolve": commands.cmd_resolve,
        "merge": commands.cmd_merge,
        "info": commands.cmd_info,
        "template": commands.cmd_template,
        "analyze": commands.cmd_analyze,
        "export": export,
        "workshop": workshop,
        "kiosk": kiosk,
        "phones": phones,
        "backups": commands.cmd_backups,
        "waves": commands.cmd_waves,
        "compare": commands.cmd_compare,
        "restore": commands.cmd_restore,
        "erase": erase,
    }


def _known(error: BaseException) -> tuple[str, int] | None:
    """The command line's own errors: (message, exit code)."""
    if isinstance(error, CommandError):
        return tr("kennisnet: {message}", message=str(error)), 2 if error.usage else 1
    if isinstance(error, (ProjectError, TableError, OutputRefused)):
        return tr("kennisnet: {message}", message=str(error)), 1
    return None


def main(argv: Sequence[str] | None = None, *, start_gui: GuiStarter | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = system_language()
    for i, arg in enumerate(args_list):
        if arg == "--lang" and i + 1 < len(args_list) and args_list[i + 1] in ("nl", "en"):
            lang = args_list[i + 1]
        elif arg.startswith("--lang=") and arg[7:] in ("nl", "en"):
            lang = arg[7:]
    set_language(lang)

    def run() -> int:
        parser = build_parser(_handlers(start_gui))
        args = parser.parse_args(args_list)  # --help, --version, wrong arguments: SystemExit
        if args.command is None:
            if start_gui is not None:
                return start_gui("app", None, args.config_file, args.lang)
            return commands.no_screen(tr("The app window"))
        with listen(lambda text: say(tr("kennisnet: warning: {message}", message=text), err=True)):
            return int(args.handler(args))

    return guarded(run, _known)
