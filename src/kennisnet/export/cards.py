"""Personal code cards: a card per person with their name and workshop code, to cut out.

The companion of the pseudonymised workshop pack (:mod:`kennisnet.export.pack`): the
pack shows codes only; HR prints these cards separately, cuts them apart and gives
each person their own card, privately, so that people can find themselves in the
pictures without the room seeing whose code is whose. A card links a name to a code,
so the cards are a file of their own that is never part of a pseudonymised export
(the same rule as the code list), and the pack never holds them.

Twelve cards per A4 page (two columns of six), ordered by department and then by name
so that they can be handed out per team; dashed lines to cut along.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from kennisnet.export.pseudonym import Naming
from kennisnet.export.report import A4, GREY, _metadata
from kennisnet.i18n import tr
from kennisnet.model import SurveyData

COLUMNS = 2
ROWS = 6
#: The block of cards on the page (inches): left and top margins.
LEFT = 0.6
TOP = 0.8


def render_cards(data: SurveyData, naming: Naming, lang: str, title: str, on: date) -> bytes:
    """The cards as PDF bytes (names shown: never for a pseudonymised export)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    people = sorted(
        (p for p in data.people if not p.external),
        key=lambda p: ((p.department or "").casefold(), p.name.casefold(), p.id),
    )
    per_page = COLUMNS * ROWS
    width = (A4[0] - 2 * LEFT) / COLUMNS
    height = (A4[1] - 2 * TOP) / ROWS
    heading = tr("Personal code cards", lang=lang)
    note = tr(
        "Confidential: names with their codes. Cut along the dashed lines and give each "
        "person only their own card.",
        lang=lang,
    )
    keep = tr("Your workshop code — keep it to yourself", lang=lang)
    out = io.BytesIO()
    with (
        matplotlib.rc_context({"pdf.fonttype": 42}),
        PdfPages(out, metadata=_metadata(heading)) as pdf,
    ):
        for start in range(0, max(len(people), 1), per_page):
            fig = _page(note, on, start // per_page + 1)
            for index, person in enumerate(people[start : start + per_page]):
                column, row = index % COLUMNS, index // COLUMNS
                x = LEFT + column * width + 0.2
                y = TOP + row * height + 0.25  # inches from the top
                lines = [
                    (0.0, keep, 8, False, GREY),
                    (0.3, person.name, 12, True, "#000000"),
                    (0.65, naming.code(person.id), 22, True, "#000000"),
                    (1.15, person.department or "", 8, False, GREY),
                ]
                for dy, text, size, bold, colour in lines:
                    fig.text(
                        x / A4[0],
                        1 - (y + dy) / A4[1],
                        text,
                        ha="left",
                        va="top",
                        fontsize=size,
                        fontweight="bold" if bold else "normal",
                        color=colour,
                    )
            pdf.savefig(fig)
    return out.getvalue()


def _page(note: str, on: date, number: int) -> Any:
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    fig = Figure(figsize=A4)
    fig.set_facecolor("white")
    fig.text(LEFT / A4[0], 1 - 0.45 / A4[1], note, ha="left", va="top", fontsize=8, color=GREY)
    fig.text(
        1 - LEFT / A4[0],
        0.4 / A4[1],
        f"{on.isoformat()} · {number}",
        ha="right",
        va="bottom",
        fontsize=7.5,
        color=GREY,
    )
    width = (A4[0] - 2 * LEFT) / COLUMNS
    height = (A4[1] - 2 * TOP) / ROWS
    right, bottom = A4[0] - LEFT, A4[1] - TOP
    lines = [
        [
            (LEFT / A4[0], 1 - (TOP + r * height) / A4[1]),
            (right / A4[0], 1 - (TOP + r * height) / A4[1]),
        ]
        for r in range(ROWS + 1)
    ] + [
        [
            ((LEFT + c * width) / A4[0], 1 - TOP / A4[1]),
            ((LEFT + c * width) / A4[0], 1 - bottom / A4[1]),
        ]
        for c in range(COLUMNS + 1)
    ]
    fig.add_artist(
        LineCollection(
            lines,
            colors="#808080",
            linewidths=0.6,
            linestyles=(0, (4, 3)),
            transform=fig.transFigure,
        )
    )
    return fig
