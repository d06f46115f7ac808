"""The management report: a short A4 PDF that management reads (2–4 pages).

Page 1: the project, wave, date and response, the findings in sentences and the
numbers that matter (with the response per department). Page 2: the network
picture (the same drawing as the PNG/PDF export). Then what to do: the key
knowledge holders, the risk clusters, the gatekeepers, the training advice and
the plan's top actions when there is a plan; last a short glossary.

Real text (TrueType subsets embedded, ``pdf.fonttype`` 42) and vector graphics,
drawn with ``matplotlib.figure.Figure`` and ``PdfPages`` (never pyplot). Only black,
greys and the picture's colours; risk is said in words and shown by dashed
outlines, so the report reads printed in black and white too.

Pseudonymised: every person is their code (:class:`~kennisnet.export.pseudonym.Naming`),
free text is scrubbed, and figures about groups under 5 people are hidden.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kennisnet import APP_NAME
from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.figures import headline
from kennisnet.analysis.groups import GroupSummary
from kennisnet.export.figure import NetworkPicture, Page, draw_network
from kennisnet.export.pseudonym import Naming
from kennisnet.export.report_text import (
    action_lines,
    advice_lines,
    cluster_lines,
    department_rows,
    findings,
    gatekeeper_lines,
    glossary,
    holder_lines,
    numbers,
)
from kennisnet.i18n import tr
from kennisnet.plan import Plan

Point = tuple[float, float]

#: A4 portrait in inches; the picture page is drawn at this size.
A4 = (8.27, 11.69)
#: The network picture on page 2 (vector; ties beyond the raster limit as a bitmap).
PICTURE_PAGE = Page("report", A4[0], A4[1], 150, 8)
#: For a network much wider than high: the picture page turned (A4 landscape).
PICTURE_LANDSCAPE = Page("report-landscape", A4[1], A4[0], 150, 8)
MARGIN = 0.75  # inches
BODY = 10.0  # points
#: Characters per line of body text (DejaVu Sans at 10 pt over 6.8 inches).
WRAP = 92
TEXT = "#000000"
GREY = "#4b4b4b"


@dataclass(frozen=True)
class ReportInput:
    """What the report shows; ``result`` is the analysis as it is (not pseudonymised)."""

    result: AnalysisResult
    positions: Mapping[int, Point]
    naming: Naming
    lang: str
    title: str
    on: date
    #: The plan of the wave (HR's decisions over the proposal), if any.
    plan: Plan | None = None
    #: Big projects: the groups of the group map, drawn instead of the network.
    groups: GroupSummary | None = None


class _Flow:
    """Text placed top-down on A4 figures; a new page when one is full."""

    def __init__(self, pages: list[Any], footer: str) -> None:
        self.pages = pages
        self.footer = footer
        self.fig: Any = None
        self.y = 0.0  # inches from the top

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        self.fig = Figure(figsize=A4)
        self.fig.set_facecolor("white")
        self.pages.append(self.fig)
        self.y = MARGIN
        _footer(self.fig, self.footer, len(self.pages))

    def _room(self, height: float) -> None:
        if self.fig is None or self.y + height > A4[1] - MARGIN - 0.3:
            self.new_page()

    def text(
        self,
        text: str,
        *,
        size: float = BODY,
        bold: bool = False,
        indent: float = 0.0,
        colour: str = TEXT,
        after: float = 0.08,
        wrap: int | None = None,
    ) -> None:
        width = wrap or max(20, round(WRAP * BODY / size - indent * 13.5))
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
        line_h = size * 1.35 / 72
        self._room(line_h * min(len(lines), 3))
        for line in lines:
            self._room(line_h)
            self.fig.text(
                (MARGIN + indent) / A4[0],
                1 - self.y / A4[1],
                line,
                ha="left",
                va="top",
                fontsize=size,
                fontweight="bold" if bold else "normal",
                color=colour,
            )
            self.y += line_h
        self.y += after

    def heading(self, text: str) -> None:
        self._room(0.9)
        self.y += 0.12
        self.text(text, size=13, bold=True, after=0.06)
        self.fig.add_artist(_rule(self.fig, self.y - 0.04))
        self.y += 0.04

    def item(self, text: str, marker: str = "•") -> None:
        width = max(20, WRAP - 4)
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
        line_h = BODY * 1.35 / 72
        self._room(line_h * min(len(lines), 3))
        self.fig.text(
            (MARGIN + 0.05) / A4[0],
            1 - self.y / A4[1],
            marker,
            ha="left",
            va="top",
            fontsize=BODY,
            color=TEXT,
        )
        for line in lines:
            self._room(line_h)
            self.fig.text(
                (MARGIN + 0.3) / A4[0],
                1 - self.y / A4[1],
                line,
                ha="left",
                va="top",
                fontsize=BODY,
                color=TEXT,
            )
            self.y += line_h
        self.y += 0.05

    def table(self, rows: Sequence[tuple[str, str]], *, size: float = BODY) -> None:
        """Two columns: a label and a figure (right-aligned), thin rules between rows."""
        line_h = size * 1.55 / 72
        for label, value in rows:
            self._room(line_h)
            top = 1 - self.y / A4[1]
            self.fig.text(
                MARGIN / A4[0], top, label, ha="left", va="top", fontsize=size, color=TEXT
            )
            self.fig.text(
                (A4[0] - MARGIN) / A4[0],
                top,
                value,
                ha="right",
                va="top",
                fontsize=size,
                fontweight="bold",
                color=TEXT,
            )
            self.y += line_h
            self.fig.add_artist(_rule(self.fig, self.y - 0.05, colour="#b0b0b0", width=0.4))
        self.y += 0.1


def _rule(fig: Any, y_in: float, colour: str = TEXT, width: float = 0.8) -> Any:
    from matplotlib.lines import Line2D

    y = 1 - y_in / A4[1]
    return Line2D(
        [MARGIN / A4[0], 1 - MARGIN / A4[0]],
        [y, y],
        transform=fig.transFigure,
        color=colour,
        linewidth=width,
    )


#: Inches from the page's bottom edge to above the footer's line.
_FOOTER_TOP = 0.7


def _footer(fig: Any, footer: str, number: int, width: float = A4[0]) -> None:
    height = A4[0] if width > A4[0] else A4[1]
    y = 0.45 / height
    fig.text(MARGIN / width, y, footer, ha="left", va="bottom", fontsize=7.5, color=GREY)
    fig.text(1 - MARGIN / width, y, str(number), ha="right", va="bottom", fontsize=7.5, color=GREY)


# -- the document ------------------------------------------------------------------------


def report_title(naming: Naming, lang: str, title: str) -> str:
    shown = naming.scrub(title) if naming.pseudonymised else title
    return (
        tr("Knowledge network — {project}", lang=lang, project=shown)
        if shown
        else tr("Knowledge network", lang=lang)
    )


def render_report(source: ReportInput) -> bytes:
    """The report as PDF bytes."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    result, naming, lang = source.result, source.naming, source.lang
    shown = naming.result(result, lang)
    h = headline(result)
    wave = naming.scrub(result.wave_name) if naming.pseudonymised else result.wave_name
    heading = report_title(naming, lang, source.title)
    footer = tr("Made with Kennisnet on {date}", lang=lang, date=source.on.isoformat())
    if naming.pseudonymised:
        footer += " · " + tr(
            "names replaced by codes; figures about groups under 5 people hidden", lang=lang
        )
    pages: list[Any] = []
    flow = _Flow(pages, footer)
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        flow.new_page()
        flow.text(tr("Management report", lang=lang).upper(), size=9, colour=GREY, after=0.02)
        flow.text(heading, size=20, bold=True, after=0.05, wrap=36)
        flow.text(
            tr("{wave} · {date}", lang=lang, wave=wave, date=source.on.isoformat()),
            size=11,
            colour=GREY,
            after=0.15,
        )
        flow.heading(tr("What we found", lang=lang))
        for sentence in findings(result, h, lang):
            flow.item(sentence)
        for warning in shown.warnings[:2]:
            flow.item(warning.text(lang), marker="!")
        flow.heading(tr("The numbers that matter", lang=lang))
        flow.table(numbers(h, result, lang))
        departments = department_rows(result, naming, lang)
        if departments:
            flow.heading(tr("Response per department (lowest first)", lang=lang))
            flow.table(departments, size=9)

        pages.append(_picture_page(source, shown, footer, len(pages) + 1))

        flow.new_page()
        sections = [
            (tr("Key knowledge holders", lang=lang), holder_lines(shown, lang)),
            (tr("Risk clusters", lang=lang), cluster_lines(result, shown, naming, lang)),
            (tr("Gatekeepers", lang=lang), gatekeeper_lines(shown, lang)),
            (tr("Train these people first", lang=lang), advice_lines(shown, lang)),
        ]
        if source.plan is not None:
            actions = action_lines(source.plan, result, naming, lang)
            if actions:
                sections.append((tr("Top actions of the learning plan", lang=lang), actions))
        for title, lines in sections:
            flow.heading(title)
            if not lines:
                flow.text(tr("None found.", lang=lang), colour=GREY)
            for number, line in enumerate(lines, start=1):
                flow.item(line, marker=f"{number}.")

        if len(pages) < 4:
            flow.new_page()
        flow.heading(tr("Glossary", lang=lang))
        for term, meaning in glossary(result, lang):
            flow.text(term, bold=True, after=0.0)
            flow.text(meaning, indent=0.2, after=0.12)
        if naming.pseudonymised:
            flow.text(tr("Personal code", lang=lang), bold=True, after=0.0)
            flow.text(
                tr(
                    "Names are replaced by codes such as P-017; figures about groups "
                    "under 5 people are hidden.",
                    lang=lang,
                ),
                indent=0.2,
            )

        out = io.BytesIO()
        with PdfPages(out, metadata=_metadata(heading)) as pdf:
            for fig in pages:
                pdf.savefig(fig)
    return out.getvalue()


def _picture_page(
    source: ReportInput,
    shown: AnalysisResult,
    footer: str,
    number: int,
) -> Any:
    from matplotlib.figure import Figure

    lang = source.lang
    if source.groups is not None:
        return _group_map_page(source, shown, footer, number)
    picture = NetworkPicture(
        result=shown,
        positions=source.positions,
        naming=source.naming,
        lang=lang,
        title=tr("The network", lang=lang),
        subtitle=tr(
            "Each dot is a person; a line means one learns from the other. Dashed "
            "outlines: risk clusters.",
            lang=lang,
        ),
        footer="",
        max_labels=30,
    )
    page = PICTURE_LANDSCAPE if _aspect(source.positions) > 1.3 else PICTURE_PAGE
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    draw_network(fig, picture, page)
    _footer(fig, footer, number, page.width_in)
    return fig


def _group_map_page(source: ReportInput, shown: AnalysisResult, footer: str, number: int) -> Any:
    """The picture page of a big project: the group map (A4 portrait)."""
    from matplotlib.figure import Figure

    from kennisnet.export.group_map import GroupMapPicture, draw_group_map

    assert source.groups is not None
    lang = source.lang
    picture = GroupMapPicture(
        summary=source.groups,
        result=shown,
        naming=source.naming,
        lang=lang,
        title=tr("The groups", lang=lang),
        subtitle=tr(
            "Each circle is a group; an arrow means its people learn from the other group. "
            "Dashed outlines: groups at risk.",
            lang=lang,
        ),
        bottom_margin=_FOOTER_TOP,
    )
    page = PICTURE_PAGE
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    draw_group_map(fig, picture, page)
    _footer(fig, footer, number, page.width_in)
    return fig


def _aspect(positions: Mapping[int, Point]) -> float:
    """Width / height of the drawn network."""
    if not positions:
        return 1.0
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    return (max(xs) - min(xs) + 0.06) / (max(ys) - min(ys) + 0.06)


def _metadata(title: str) -> dict[str, Any]:
    return {
        "Creator": APP_NAME,
        "Producer": APP_NAME,
        "Title": title,
        "Author": None,
        "Subject": None,
        "Keywords": None,
        "CreationDate": None,
        "ModDate": None,
    }
