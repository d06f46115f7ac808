"""``kennisnet export PROJECT --xlsx F --png F --report F --pptx F --pack F …
[--pseudonymize] [--colour-by A] [--size-by N] [--only COLUMN=VALUE]
[--picture auto|network|groups] [--groups department|cluster] [--per-department FOLDER]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import language, tr
from kennisnet.outputs import OutputSet
from kennisnet.session import Session

_OUTPUTS = (
    "xlsx",
    "png",
    "svg",
    "pdf",
    "graphml",
    "gexf",
    "kumu",
    "polinode",
    "report",
    "pptx",
    "html",
    "pack",
    "codes",
    "cards",
)


def _target(text: str | None, option: str) -> Path | None:
    if text is None:
        return None
    path = Path(text)
    if path.is_dir():
        raise CommandError(
            tr("--{option} needs a file name, not a folder: {path}", option=option, path=path),
            usage=True,
        )
    if not path.parent.exists():
        raise CommandError(tr("The folder {folder} does not exist.", folder=path.parent))
    return path


def _folder(text: str | None) -> Path | None:
    """The folder of ``--per-department``: there already, or made in a folder that is."""
    if text is None:
        return None
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise CommandError(
            tr("--per-department needs a folder, not a file: {path}", path=path), usage=True
        )
    if not path.parent.exists():
        raise CommandError(tr("The folder {folder} does not exist.", folder=path.parent))
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from kennisnet.export import ExportCancelled, ExportRequest

    targets = {option: _target(getattr(args, option), option) for option in _OUTPUTS}
    per_department = _folder(getattr(args, "per_department", None))
    if not any(targets.values()) and per_department is None:
        raise CommandError(
            tr(
                "Say which files to write, for example: --xlsx results.xlsx --png network.png "
                "(also --svg, --pdf, --graphml, --gexf, --kumu, --polinode, --report, --pptx, "
                "--html, --pack, --codes, --cards)."
            ),
            usage=True,
        )
    if args.pseudonymize and targets["cards"] is not None:
        raise CommandError(
            tr(
                "--cards shows names, so it cannot be combined with --pseudonymize. "
                "Write the code cards in a separate command."
            ),
            usage=True,
        )
    if args.pseudonymize and targets["codes"] is not None:
        raise CommandError(
            tr(
                "--codes lists names, so it cannot be combined with --pseudonymize. "
                "Write the code list in a separate command."
            ),
            usage=True,
        )
    if args.names and args.pseudonymize:
        raise CommandError(
            tr(
                "--names shows names in the workshop pack, so it cannot be combined with "
                "--pseudonymize."
            ),
            usage=True,
        )
    pack_options = args.names or args.pack_by != "department" or args.pack_only
    if pack_options and targets["pack"] is None:
        raise CommandError(
            tr(
                "--names, --pack-by and --pack-only are for the workshop pack: add --pack FILE.pdf."
            ),
            usage=True,
        )
    lang = args.export_lang or language()
    project_file = Path(args.project)
    force = bool(getattr(args, "force", False))
    # Before any work: never onto the project (or any project), never over a file unasked.
    OutputSet(force=force, protect=[project_file]).check(
        [path for path in targets.values() if path is not None]
    )
    shown: list[str] = []

    def progress(fraction: float, label: str) -> None:
        if not shown or shown[-1] != label:
            shown.append(label)
            say(f"[{round(fraction * 100):3d}%] {label}", err=True)

    request = ExportRequest(
        pseudonymise=bool(args.pseudonymize),
        lang=lang,
        page=args.page,
        color_by=args.colour_by,
        size_by=args.size_by,
        show_only=args.show_only,
        xlsx=targets["xlsx"],
        png=targets["png"],
        svg=targets["svg"],
        pdf=targets["pdf"],
        graphml=targets["graphml"],
        gexf=targets["gexf"],
        kumu=targets["kumu"],
        polinode=targets["polinode"],
        report=targets["report"],
        deck=targets["pptx"],
        html=targets["html"],
        codes=targets["codes"],
        picture=getattr(args, "picture", "auto"),
        groups_by=getattr(args, "groups_by", None),
        per_department=per_department,
        pack=targets["pack"],
        pack_names=bool(args.names),
        pack_by=args.pack_by,
        pack_only=tuple(args.pack_only),
        cards=targets["cards"],
        force=force,
        protect=(project_file,),
    )
    progress(0.0, tr("Analysing the answers"))
    with Session.open(project_file, readonly=True) as session:
        try:
            written = session.export(request, args.wave, progress=progress)
        except ExportCancelled as error:  # pragma: no cover - the CLI never cancels
            raise CommandError(str(error)) from error
        except ValueError as error:  # e.g. --colour-by a column the staff list does not have
            raise CommandError(str(error)) from error
    for path in written:
        say(tr("Written: {path}", path=path))
    return 0
