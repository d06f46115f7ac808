"""The command line's arguments, with help texts in Dutch and English."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kennisnet import __version__
from kennisnet.cli.phones_cmd import add_arguments as add_phones_arguments
from kennisnet.cli.plan_cmd import add_arguments as add_plan_arguments
from kennisnet.i18n import N_, tr

# argparse's own words ("usage:", "options", error lines) translated too.
_ARGPARSE: dict[str, str] = {
    "usage: ": N_("usage: "),
    "positional arguments": N_("positional arguments"),
    "options": N_("options"),
    "show this help message and exit": N_("show this help message and exit"),
    "the following arguments are required: %s": N_("the following arguments are required: %s"),
    "unrecognized arguments: %s": N_("unrecognized arguments: %s"),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: error: %(message)s\n"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "expected one argument": N_("expected one argument"),
    "expected at least one argument": N_("expected at least one argument"),
}


def _argparse_gettext(text: str) -> str:
    return tr(_ARGPARSE[text]) if text in _ARGPARSE else text


argparse._ = _argparse_gettext  # type: ignore[attr-defined]


def build_parser(
    handlers: dict[str, Callable[[argparse.Namespace], int]],
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kennisnet",
        description=tr(
            "Kennisnet maps how people in an organisation learn from each other. "
            "Without a command it starts the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Kennisnet {__version__}")
    parser.add_argument(
        "--lang", choices=("nl", "en"), help=tr("language of the messages (default: the system's)")
    )
    parser.add_argument(
        "--config-file",
        metavar=tr("FILE"),
        help=tr("use this settings file (for kiosk laptops and tests)"),
    )
    sub = parser.add_subparsers(dest="command", metavar=tr("COMMAND"))

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handlers[name])
        return p

    p = command("demo", tr("open the built-in demo project (a copy in your own folder)"))
    p.add_argument("--fresh", action="store_true", help=tr("start again from a fresh copy"))
    p.add_argument("--path", help=tr("where to put the demo copy (a .kennisnet file)"))
    p.add_argument(
        "--force",
        action="store_true",
        help=tr(
            "replace another file at --path (a project is never replaced, except an earlier "
            "demo copy with --fresh)"
        ),
    )

    p = command("new", tr("create a new project from a roster (staff list)"))
    p.add_argument("project", help=tr("the new project file (.kennisnet)"))
    p.add_argument("--roster", required=True, help=tr("the staff list (.xlsx or .csv)"))
    p.add_argument("--name", help=tr("the project's name (default: the file name)"))
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=tr("FIELD=COLUMN"),
        help=tr('say which column holds a field, e.g. --column name="Volledige naam"'),
    )

    p = command("roster", tr("update a project's roster from a new staff list"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("file", help=tr("the staff list (.xlsx or .csv)"))
    p.add_argument("--column", action="append", default=[], metavar=tr("FIELD=COLUMN"))

    p = command(
        "import",
        tr(
            "import responses (template, Microsoft Forms or Google Forms, or answers the "
            "kiosk could not save)"
        ),
    )
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("file", help=tr("the responses (.xlsx or .csv)"))
    p.add_argument(
        "--format",
        choices=("template", "msforms", "gforms"),
        help=tr("the kind of file (default: recognised from its columns)"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar=tr("COLUMN=FIELD"),
        help=tr(
            'say what a column holds, e.g. --map "Wie ben je?=respondent" or '
            '--map "Collega 2=source 2"'
        ),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=tr("check the file and show what would happen")
    )
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar=tr("TEXT=WAY"),
        help=tr(
            "say which way to solve a problem an answer option of your own form means, e.g. "
            '--option "Ik vraag het een collega=colleague" (remembered for the project)'
        ),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=tr("let answers in the file replace earlier answers of the same people"),
    )
    p.add_argument(
        "--wave",
        help=tr(
            "put every answer in this wave (name or number); default: the current wave, and "
            "a Forms export over several waves is split by its answer times"
        ),
    )
    p.add_argument("--report", help=tr("also write every problem to this CSV file"))
    p.add_argument(
        "--force",
        action="store_true",
        help=tr("replace the --report file if it exists (a project file is never replaced)"),
    )

    p = command("resolve", tr("decide about names that did not match the roster"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("name", nargs="?", help=tr("the name as it was written"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--as", dest="as_person", help=tr("the roster person it means"))
    group.add_argument(
        "--external", action="store_true", help=tr("someone not on the roster (kept apart)")
    )
    group.add_argument("--drop", action="store_true", help=tr("ignore this name"))
    p.add_argument("--write", help=tr("write a decisions sheet (CSV) to fill in"))
    p.add_argument("--file", help=tr("apply a filled-in decisions sheet (CSV)"))
    p.add_argument(
        "--force",
        action="store_true",
        help=tr("replace the --write file if it exists (a project file is never replaced)"),
    )

    p = command("merge", tr("merge the responses of other laptops' project files"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("others", nargs="+", help=tr("the other project files"))

    p = command("info", tr("show a project's roster, responses and names to resolve"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))

    p = command("template", tr("write the response template to fill in"))
    p.add_argument("file", help=tr("where to write it (.xlsx or .csv)"))
    p.add_argument(
        "--force",
        action="store_true",
        help=tr("replace the file if it exists (a project file is never replaced)"),
    )

    p = command("analyze", tr("analyse a project: knowledge holders, risk clusters, advice"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output (JSON)"))
    p.add_argument("--wave", help=tr("which wave (name or number; default: the current one)"))

    p = command("waves", tr("list the waves of a project, or start a new one"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument(
        "--new", metavar=tr("NAME"), help=tr("start a new wave (a repeat of the survey)")
    )

    p = command("compare", tr("compare two waves: who now reaches trained knowledge, and more"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("before", help=tr("the earlier wave (name or number)"))
    p.add_argument("after", help=tr("the later wave (name or number)"))
    p.add_argument(
        "--json",
        action="store_true",
        help=tr("machine-readable output (JSON, schema kennisnet.compare/1)"),
    )
    p.add_argument(
        "--min-response",
        type=int,
        default=65,
        metavar=tr("PERCENT"),
        help=tr(
            "the response needed in both waves before changes are shown (default: 65, "
            "the level under which all results are to be treated with caution)"
        ),
    )

    p = command(
        "plan",
        tr("the learning plan: formal training first, then learning on the job; your decisions"),
    )
    add_plan_arguments(p)

    p = command(
        "export",
        tr(
            "export the results: Excel, pictures, management report, slide deck, workshop "
            "pack and files for network tools"
        ),
    )
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    for option, help_text in (
        ("xlsx", tr("the Excel workbook to write (.xlsx)")),
        ("png", tr("the network picture to write (.png)")),
        ("svg", tr("the network picture as SVG")),
        ("pdf", tr("the network picture as PDF")),
        ("graphml", tr("the network for Gephi and other tools (GraphML)")),
        ("gexf", tr("the network for Gephi (GEXF)")),
        ("kumu", tr("people and ties as a workbook for Kumu (.xlsx)")),
        ("polinode", tr("people and ties as a workbook for Polinode (.xlsx)")),
        ("report", tr("a short management report to read or print (A4 PDF)")),
        ("pptx", tr("a slide deck of the results, with speaker notes (PowerPoint .pptx)")),
        (
            "pack",
            tr("a workshop pack to print: a sheet per department or team (A4 PDF, codes)"),
        ),
        ("html", tr("an interactive map to send: one HTML file, opens in any browser")),
        ("codes", tr("a list of names with their personal codes (CSV), to hand out")),
        ("cards", tr("a card per person with their name and code, to cut out (A4 PDF)")),
    ):
        p.add_argument(f"--{option}", metavar=tr("FILE"), help=help_text)
    p.add_argument("--pseudonymize", action="store_true", help=tr("codes instead of names"))
    p.add_argument(
        "--names",
        action="store_true",
        help=tr("the workshop pack shows real names instead of codes (confidential)"),
    )
    p.add_argument(
        "--pack-by",
        choices=("department", "team"),
        default="department",
        help=tr("a workshop pack sheet per department (default) or per team"),
    )
    p.add_argument(
        "--pack-only",
        action="append",
        default=[],
        metavar=tr("NAME"),
        help=tr(
            "only this department or team in the workshop pack (repeat for more); "
            "small ones are on the sheet of small ones together"
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=tr("replace files that exist (a project file is never replaced)"),
    )
    p.add_argument(
        "--page",
        choices=("slide", "a4", "a3", "a4-landscape", "a3-landscape"),
        default="slide",
        help=tr("size of the picture: a 16:9 slide (1920x1080) or A4/A3 at 300 dpi"),
    )
    p.add_argument(
        "--colour-by",
        "--color-by",
        dest="colour_by",
        metavar=tr("ATTRIBUTE"),
        default="cluster",
        help=tr(
            "colour the dots by cluster (default), trained, or any column of the staff list "
            "(department, role, team, start date or a column of your own)"
        ),
    )
    p.add_argument(
        "--size-by",
        dest="size_by",
        metavar=tr("NUMBER"),
        default="learners",
        help=tr(
            "size the dots by how many colleagues learn from someone (learners, the "
            "default), weighted, years since start, or any column of the staff list that "
            "holds numbers (hours, FTE, ...)"
        ),
    )
    p.add_argument(
        "--only",
        dest="show_only",
        metavar=tr("COLUMN=VALUE"),
        default="",
        help=tr(
            "show only the people with this value of a staff-list column in full colour, "
            "everyone else faded, like the dashboard's 'Show only' (--only Vestiging=Zwolle, "
            "--only department=Service); pseudonymised: at least 5 people"
        ),
    )
    p.add_argument(
        "--picture",
        choices=("auto", "network", "groups"),
        default="auto",
        help=tr(
            "the overview picture: every person (network), one circle per group (groups), "
            "or auto: groups from 1,000 people on (default)"
        ),
    )
    p.add_argument(
        "--groups",
        dest="groups_by",
        metavar=tr("COLUMN"),
        help=tr(
            "the groups of the group map: department, cluster or any staff-list column "
            "(--groups Divisie); default: departments, or a higher level of them (such as "
            "divisions) when there are more than fit on one page"
        ),
    )
    p.add_argument(
        "--per-department",
        dest="per_department",
        metavar=tr("FOLDER"),
        help=tr("also write one picture per department (PNG) into this folder"),
    )
    p.add_argument("--wave", help=tr("which wave (name or number; default: the current one)"))
    p.add_argument(
        "--lang",
        dest="export_lang",
        choices=("nl", "en"),
        help=tr("language of the exported files (default: the language of the messages)"),
    )

    p = command("workshop", tr("show the results full screen for a team workshop"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    shown = p.add_mutually_exclusive_group()
    shown.add_argument(
        "--pseudonymize", action="store_true", help=tr("codes instead of names (the default)")
    )
    shown.add_argument(
        "--names",
        action="store_true",
        help=tr("show real names: everyone in the room will see them"),
    )

    p = command("kiosk", tr("start the survey in kiosk mode on this laptop"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))

    p = command("phones", tr("collect answers on phones over this laptop's own network"))
    add_phones_arguments(p)

    p = command("backups", tr("list the backup copies of a project"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))

    p = command(
        "erase",
        tr("remove a person and every trace of them (also from the backup copies)"),
    )
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("person", help=tr("the person's name or employee number"))
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))

    p = command("restore", tr("put a backup copy back in place of the project"))
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument(
        "backup", nargs="?", help=tr("the number of the copy in the list (default: the newest)")
    )
    return parser
