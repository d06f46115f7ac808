"""The A4 poster (QR code and two lines in Dutch and English) and sheets of code cards.

Drawn on a matplotlib ``Figure`` (no pyplot) into a PDF. The QR code comes from
segno's module matrix, drawn as vector rectangles, so it stays sharp at any print
size. Files are written to a temporary file beside the target and then renamed into
place; an existing file is never overwritten unless asked (``force``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kennisnet.i18n import N_, tr
from kennisnet.outputs import output_file
from kennisnet.phones.codes import CodeCard, shown

A4 = (8.27, 11.69)  # inches
_INK = "#1a1a1a"
_ACCENT = "#12355b"


def write_safely(
    path: Path, draw: Callable[[Path], None], *, force: bool = False, protect: Sequence[Path] = ()
) -> Path:
    """Let ``draw`` write a temporary file beside ``path``; the output guard puts it in place.

    Never onto a project file; never over an existing file without ``force``
    (:class:`kennisnet.outputs.OutputRefused` says why).
    """
    with output_file(Path(path), force=force, protect=protect) as temp:
        draw(temp)
    return Path(path)


def qr_runs(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The QR code for ``text``: its size in modules and dark runs (row, first column, length)."""
    import segno

    qr = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix]
    runs: list[tuple[int, int, int]] = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return len(matrix), runs


def _draw_qr(fig: Any, text: str, left: float, bottom: float, size: float) -> None:
    """The QR code as vector rectangles in figure coordinates (a square of ``size`` inches)."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Rectangle

    width, height = fig.get_size_inches()
    modules, runs = qr_runs(text)
    quiet = 4
    total = modules + 2 * quiet
    ax = fig.add_axes((left / width, bottom / height, size / width, size / height))
    ax.set_xlim(0, total)
    ax.set_ylim(total, 0)
    ax.set_axis_off()
    ax.add_collection(
        PatchCollection(
            [Rectangle((quiet + x, quiet + y), n, 1) for y, x, n in runs],
            facecolor="#000000",
            edgecolor="#000000",
            linewidth=0.2,
            antialiased=False,
        )
    )


POSTER_TITLE = N_("Answer the survey on your phone")
POSTER_LINE = N_(
    "Scan the QR code with your phone's camera, on this room's Wi-Fi network. "
    "It takes about 3 minutes."
)
POSTER_ADDRESS = N_("Camera not working? Type this address:")
POSTER_LOCAL = N_("Your answers go only to HR's laptop, never to the internet.")
CARD_CODE = N_("Your personal code")
CARD_LINE = N_("Scan the QR code on the poster and type this code. It works once.")


def _both(text: str, width: int) -> list[tuple[str, str]]:
    """Dutch first, then English: wrapped lines, each with its language."""
    return [(line, "nl") for line in textwrap.wrap(tr(text, lang="nl"), width)] + [
        (line, "en") for line in textwrap.wrap(tr(text, lang="en"), width)
    ]


def write_poster(
    path: Path, url: str, *, force: bool = False, protect: Sequence[Path] = ()
) -> Path:
    """An A4 poster: the QR code for ``url``, the address, and instructions in NL and EN."""
    from matplotlib.figure import Figure

    def draw(target: Path) -> None:
        fig = Figure(figsize=A4)
        width, _height = A4
        fig.text(
            0.5,
            0.935,
            tr(POSTER_TITLE, lang="nl"),
            ha="center",
            fontsize=26,
            weight="bold",
            color=_ACCENT,
        )
        fig.text(
            0.5,
            0.9,
            tr(POSTER_TITLE, lang="en"),
            ha="center",
            fontsize=20,
            color=_ACCENT,
            style="italic",
        )
        size = 5.8
        _draw_qr(fig, url, (width - size) / 2, 3.75, size)
        y = 0.29
        for line, lang in _both(POSTER_LINE, 58):
            fig.text(
                0.5,
                y,
                line,
                ha="center",
                va="top",
                color=_INK,
                fontsize=16 if lang == "nl" else 14,
                style="italic" if lang == "en" else "normal",
            )
            y -= 0.03
        y -= 0.03
        fig.text(
            0.5,
            y,
            f"{tr(POSTER_ADDRESS, lang='nl')} / {tr(POSTER_ADDRESS, lang='en')}",
            ha="center",
            va="top",
            fontsize=10,
            color=_INK,
        )
        fig.text(
            0.5, y - 0.025, url, ha="center", va="top", fontsize=10, family="monospace", color=_INK
        )
        fig.text(
            0.5,
            0.03,
            f"{tr(POSTER_LOCAL, lang='nl')} / {tr(POSTER_LOCAL, lang='en')}",
            ha="center",
            fontsize=8.5,
            color="#3d3d3d",
        )
        fig.savefig(target, format="pdf", metadata={"Title": "Kennisnet", "Creator": "Kennisnet"})

    return write_safely(path, draw, force=force, protect=protect)


#: Cards per A4 sheet: two columns of five (each about 9.5 x 5.5 cm, cut along the lines).
COLUMNS, ROWS = 2, 5


def write_cards(
    path: Path, cards: Sequence[CodeCard], *, force: bool = False, protect: Sequence[Path] = ()
) -> Path:
    """A4 sheets of cards, one per person: name, department, the one-time code, instructions."""
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    if not cards:
        raise ValueError(tr("There are no people on the roster to make cards for."))

    def draw(target: Path) -> None:
        per_page = COLUMNS * ROWS
        with PdfPages(target, metadata={"Title": "Kennisnet", "Creator": "Kennisnet"}) as pdf:
            for first in range(0, len(cards), per_page):
                fig = Figure(figsize=A4)
                margin_x, margin_y = 0.06, 0.04
                cell_w = (1 - 2 * margin_x) / COLUMNS
                cell_h = (1 - 2 * margin_y) / ROWS
                for i in range(COLUMNS + 1):
                    x = margin_x + i * cell_w
                    fig.add_artist(
                        Line2D(
                            [x, x],
                            [margin_y, 1 - margin_y],
                            color="#9aa5b1",
                            linewidth=0.6,
                            linestyle=(0, (4, 3)),
                        )
                    )
                for j in range(ROWS + 1):
                    y = margin_y + j * cell_h
                    fig.add_artist(
                        Line2D(
                            [margin_x, 1 - margin_x],
                            [y, y],
                            color="#9aa5b1",
                            linewidth=0.6,
                            linestyle=(0, (4, 3)),
                        )
                    )
                for k, card in enumerate(cards[first : first + per_page]):
                    col, row = k % COLUMNS, k // COLUMNS
                    x0 = margin_x + col * cell_w + 0.02
                    top = 1 - margin_y - row * cell_h
                    fig.text(
                        x0,
                        top - 0.022,
                        _clip(card.person.name, 34),
                        fontsize=12,
                        weight="bold",
                        color=_INK,
                        va="top",
                    )
                    fig.text(
                        x0,
                        top - 0.045,
                        _clip(card.person.department or "", 44),
                        fontsize=9,
                        color="#3d3d3d",
                        va="top",
                    )
                    fig.text(
                        x0,
                        top - 0.068,
                        f"{tr(CARD_CODE, lang='nl')} / {tr(CARD_CODE, lang='en')}",
                        fontsize=8.5,
                        color=_INK,
                        va="top",
                    )
                    fig.text(
                        x0,
                        top - 0.088,
                        shown(card.code),
                        fontsize=22,
                        family="monospace",
                        weight="bold",
                        color=_ACCENT,
                        va="top",
                    )
                    lines = "\n".join(line for line, _ in _both(CARD_LINE, 62))
                    fig.text(
                        x0, top - 0.131, lines, fontsize=7.5, color=_INK, va="top", linespacing=1.35
                    )
                pdf.savefig(fig)

    return write_safely(path, draw, force=force, protect=protect)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
