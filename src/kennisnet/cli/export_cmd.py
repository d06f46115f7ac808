"""``kennisnet export PROJECT --xlsx F --png F --report F … [--pseudonymize] [--colour-by A]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import language, tr
from kennisnet.outputs import OutputSet
from kennisnet.session import Session

_OUTPUTS = ("xlsx", "png", "svg", "pdf", "graphml", "gexf", "report", "html", "codes")


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


def cmd_export(args: argparse.Namespace) -> int:
    from kennisnet.export import ExportCancelled, ExportRequest

    targets = {option: _target(getattr(args, option), option) for option in _OUTPUTS}
    if not any(targets.values()):
        raise CommandError(
            tr(
                "Say which files to write, for example: --xlsx results.xlsx --png network.png "
                "(also --svg, --pdf, --graphml, --gexf, --report, --html, --codes)."
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
        xlsx=targets["xlsx"],
        png=targets["png"],
        svg=targets["svg"],
        pdf=targets["pdf"],
        graphml=targets["graphml"],
        gexf=targets["gexf"],
        report=targets["report"],
        html=targets["html"],
        codes=targets["codes"],
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
