"""``kennisnet phones PROJECT``: collect answers on phones over the laptop's own network.

The first line on stdout is the survey address (with its token); the command then
serves until Ctrl+C or SIGTERM and prints the number of answers as they come in.
``--poster`` writes an A4 poster with the QR code first; ``--cards`` writes sheets of
personal code cards and stops; ``--codes-used`` lists which codes were used.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kennisnet.cli.output import CommandError, print_coverage, say
from kennisnet.i18n import ntr, tr
from kennisnet.store import Project, ProjectNotFound

if TYPE_CHECKING:
    from kennisnet.phones.session import PhoneSession

#: Ctrl+C and SIGTERM (and a closed console) stop collecting cleanly.
_SIGNALS = [signal.SIGINT, signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])


def add_arguments(p: argparse.ArgumentParser) -> None:
    from kennisnet.phones import DEFAULT_PORT

    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument(
        "--host",
        metavar=tr("ADDRESS"),
        help=tr(
            "the laptop's address on the network the phones use (default: its Wi-Fi or "
            "cable address; for a hotspot give the hotspot's address)"
        ),
    )
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="N",
        help=tr("the port to listen on (default: {port}; 0 = any free port)", port=DEFAULT_PORT),
    )
    p.add_argument(
        "--codes",
        action="store_true",
        help=tr("personal codes: each person types the one-time code on their card"),
    )
    p.add_argument(
        "--poster", metavar=tr("FILE"), help=tr("also write an A4 poster with the QR code (PDF)")
    )
    p.add_argument(
        "--cards",
        metavar=tr("FILE"),
        help=tr("write A4 sheets of personal code cards (PDF) and stop"),
    )
    p.add_argument(
        "--codes-used",
        action="store_true",
        help=tr("list whose personal code was used (not what they answered) and stop"),
    )
    p.add_argument(
        "--force", action="store_true", help=tr("write over an existing poster or cards file")
    )


def _open(text: str, *, readonly: bool = False) -> Project:
    path = Path(text)
    if not path.exists():
        raise ProjectNotFound(path)
    return Project.open(path, readonly=readonly)


def cmd_phones(args: argparse.Namespace) -> int:
    from kennisnet.outputs import OutputRefused
    from kennisnet.phones import codes
    from kennisnet.phones.printouts import write_cards, write_poster
    from kennisnet.phones.server import (
        AddressError,
        PhoneServer,
        check_host,
        default_host,
        log_requests,
    )
    from kennisnet.phones.session import CODES, OPEN, PhoneSession

    if not 0 <= args.port <= 65535:
        raise CommandError(tr("The port must be a number from 0 to 65535."), usage=True)
    if args.codes_used:
        with _open(args.project, readonly=True) as project:
            cards = codes.code_cards(project)
            if not cards:
                say(tr("No personal codes have been made for this wave."))
                return 0
            used = [c for c in cards if c.used_at]
            for card in cards:
                mark = tr("used {at}", at=card.used_at) if card.used_at else tr("not used")
                say(f"{card.person.name}\t{card.person.department or ''}\t{mark}")
            say(tr("{used} of {total} codes used.", used=len(used), total=len(cards)))
        return 0
    if args.cards:
        with _open(args.project) as project:
            cards = codes.issue_codes(project)
            try:
                write_cards(Path(args.cards), cards, force=args.force, protect=[project.path])
            except ValueError as error:
                raise CommandError(str(error)) from error
        say(
            ntr(
                "{count} card written to {file}.",
                "{count} cards written to {file}.",
                len(cards),
                file=args.cards,
            )
        )
        return 0
    try:
        host = check_host(args.host) if args.host else default_host()
    except AddressError as error:
        raise CommandError(str(error), usage=bool(args.host)) from error
    project = _open(args.project)
    try:
        if project.roster_size() == 0:
            raise CommandError(
                tr("This project has no staff list yet. Import the staff list first.")
            )
        session = PhoneSession(project, mode=CODES if args.codes else OPEN)
        if args.codes and not codes.code_cards(project):
            raise CommandError(
                tr(
                    "This wave has no personal codes yet. Print the cards first with "
                    "kennisnet phones PROJECT --cards FILE.pdf."
                )
            )
        try:
            server = PhoneServer(session, host, args.port)
        except AddressError as error:
            raise CommandError(str(error)) from error
        if args.poster:
            try:
                write_poster(
                    Path(args.poster), server.url, force=args.force, protect=[project.path]
                )
            except OutputRefused:
                server.stop()
                raise
        log_requests()
        print(server.url, flush=True)
        if sys.stderr.isatty():  # a QR code to scan straight from the laptop's screen
            import segno

            segno.make(server.url, error="m").terminal(out=sys.stderr, compact=True)
        say(
            tr(
                "Phones can answer at {address}. Stop with Ctrl+C.",
                address=server.address.short,
            ),
            err=True,
        )
        stop = threading.Event()
        handlers = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in _SIGNALS}
        try:
            server.start()
            last = -1
            while not stop.wait(1.0):
                if session.counters.saved != last:
                    last = session.counters.saved
                    print(_count_line(session), flush=True)
        finally:
            server.stop()
            for sig, handler in handlers.items():
                signal.signal(sig, handler)
        print_coverage(session.coverage())  # per department, against the 80% target
        say(tr("Stopped. Every answer that was confirmed is in the project file."), err=True)
    finally:
        project.close()
    return 0


def _count_line(session: PhoneSession) -> str:
    rows = session.coverage()
    roster = sum(r.roster for r in rows)
    done = sum(r.responded for r in rows)
    share = round(100 * done / roster) if roster else 0
    return ntr(
        "{count} answer of {roster} people ({share}%; target 80%).",
        "{count} answers of {roster} people ({share}%; target 80%).",
        done,
        roster=roster,
        share=share,
    )
