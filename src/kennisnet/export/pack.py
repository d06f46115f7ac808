"""The workshop pack: a printable A4 PDF with one sheet per team or department.

Pages 1–2: the cover (how to use the pack, privacy) and how to read the team
picture. Then two pages per group (one sheet printed double-sided): the front
shows the group's part of the network, its knowledge holders and what to watch
(the sentences of the management report, :mod:`kennisnet.export.report_text`);
the back holds questions for a team conversation and an empty action table
(what / who / by when) to fill in by pen. Groups come from
:func:`kennisnet.export.pack_groups.pack_groups`: groups under 5 people are put
together or left out, never shown alone.

Pseudonymised unless names are chosen deliberately: every person is their code,
free text is scrubbed. Real text (TrueType subsets embedded) and vector
graphics on the page machinery of the management report (:mod:`kennisnet.export.report`);
black, white and greys only, with meaning carried by fills, dashes and words.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.figures import is_gatekeeper
from kennisnet.export.pack_groups import (
    PACK_BY,
    PackGroup,
    PackGroups,
    outside_sources,
    pack_groups,
)
from kennisnet.export.pack_picture import MAX_LABELS, draw_team
from kennisnet.export.pdf_text import PdfTextCache, attach
from kennisnet.export.pseudonym import Naming
from kennisnet.export.report import (
    A4,
    GREY,
    MARGIN,
    WRAP,
    _Flow,
    _footer,
    _metadata,
    report_title,
)
from kennisnet.export.report_text import (
    cluster_line,
    gatekeeper_line,
    glossary,
    holder_line,
    in_brackets,
)
from kennisnet.i18n import N_, ntr, tr
from kennisnet.model import SurveyData

if TYPE_CHECKING:
    from kennisnet.export.bundle import ExportRequest

Point = tuple[float, float]

#: Questions for the team conversation (plain language; Dutch B1 with "je").
QUESTIONS = (
    N_("Who do you go to when you get stuck? Can you find that person in the picture?"),
    N_("What do you know that others in the team would like to learn from you?"),
    N_("Which tasks can only one or two of us do? What happens when they are away?"),
    N_("Who outside the team helps you? How could more of us learn from them?"),
    N_("Where do we learn by trial and error? Who could show us how to do it right?"),
    N_("What is one thing we will try in the coming month?"),
)
#: Empty rows of the action table.
ACTION_ROWS = 8
#: The team picture: inches from the top of the page and its height.
PICTURE_TOP = 1.55
PICTURE_HEIGHT = 4.7
#: Text on a team's front page stops here (inches from the top), above the footer.
BOTTOM = A4[1] - 0.85


@dataclass(frozen=True)
class PackInput:
    """What the pack shows; ``result`` is the analysis as it is (not pseudonymised)."""

    result: AnalysisResult
    positions: Mapping[int, Point]
    naming: Naming
    lang: str
    title: str
    on: date
    #: Group people by "department" or "team".
    by: str = "department"
    #: Only these departments/teams (empty: all); see :func:`pack_groups`.
    only: tuple[str, ...] = ()


def check_pack(data: SurveyData, by: str, names: bool, pseudonymise: bool, lang: str) -> None:
    """Refuse a pack that cannot be made, before anything is written (ValueError)."""
    if by not in PACK_BY:
        raise ValueError(
            tr(
                "A workshop pack is made per department or per team, not per {by}.",
                lang=lang,
                by=by,
            )
        )
    if names and pseudonymise:
        raise ValueError(
            tr("The workshop pack cannot show names in a pseudonymised export.", lang=lang)
        )
    if by == "team" and not any(p.team and p.team.strip() for p in data.people if not p.external):
        raise ValueError(
            tr("The staff list has no teams: make the workshop pack per department.", lang=lang)
        )


def check_pack_only(data: SurveyData, by: str, only: tuple[str, ...], lang: str) -> None:
    """Refuse a choice of a department or team that the staff list does not have."""
    known = {
        value.strip().casefold()
        for p in data.people
        if not p.external
        for value in ((p.team if by == "team" else p.department) or "",)
        if value.strip()
    }
    unknown = [name for name in only if name.strip().casefold() not in known]
    if unknown:
        message = (
            tr("The staff list has no team called “{name}”.", lang=lang, name=unknown[0])
            if by == "team"
            else tr("The staff list has no department called “{name}”.", lang=lang, name=unknown[0])
        )
        raise ValueError(message)


def pack_input(
    result: AnalysisResult,
    data: SurveyData,
    positions: Mapping[int, Point],
    request: ExportRequest,
    on: date,
) -> PackInput:
    """The pack of an export: pseudonymised unless names were chosen deliberately."""
    naming = Naming.build(data.people, pseudonymised=request.pseudonymise or not request.pack_names)
    return PackInput(
        result,
        positions,
        naming,
        request.lang,
        request.title,
        on,
        request.pack_by,
        tuple(request.pack_only),
    )


def render_pack(source: PackInput, sheet: Callable[[float], None] | None = None) -> bytes:
    """The pack as PDF bytes; ``sheet(fraction)`` is called before each group's sheet
    (for progress; it may raise to stop)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    result, naming, lang = source.result, source.naming, source.lang
    groups = pack_groups(result, source.by, source.only)
    shown = naming.result(result, lang)
    heading = report_title(naming, lang, source.title)
    made = tr("Made with Kennisnet on {date}", lang=lang, date=source.on.isoformat())
    if naming.pseudonymised:
        footer = (
            made
            + " · "
            + tr("names replaced by codes; figures about groups under 5 people hidden", lang=lang)
        )
        # Each sheet's footer is short: every letter on a few hundred sheets counts.
        sheet_footer = made
    else:
        footer = sheet_footer = made + " · " + tr("confidential: shows names", lang=lang)
    out = io.BytesIO()
    with (
        # Names and free text are never read as mathematics ("$" is a letter).
        matplotlib.rc_context({"pdf.fonttype": 42, "text.parse_math": False}),
        PdfPages(out, metadata=_metadata(heading)) as pdf,
    ):
        pages: list[Any] = []
        flow = _PackFlow(pages, footer)
        _cover(flow, source, groups, heading)
        _reading_guide(flow, source)
        risky = frozenset(pid for c in result.risk_clusters for pid in c.members)
        flow.save(pdf)
        flow.footer = sheet_footer
        flow.fixed = True
        for number, group in enumerate(groups.groups):
            if sheet is not None:
                sheet(number / len(groups.groups))
            name = group_name(group, source)
            _front(flow, source, shown, group, name, risky)
            _back(flow, source, name)
            flow.save(pdf)
    return out.getvalue()


class _PackFlow(_Flow):
    """The report's flow of text, its pages written out in steps (numbered on)."""

    def __init__(self, pages: list[Any], footer: str) -> None:
        super().__init__(pages, footer)
        self.written = 0
        #: Every line of text is shaped once for the whole pack.
        self.cache = PdfTextCache()
        #: A sheet has exactly its two pages: text never runs on to a new one (the lists
        #: stop in time, see ``_items``).
        self.fixed = False
        #: The figures of a sheet's pages, used again for every sheet (``fixed`` only).
        self.reused: list[Any] = []

    def _room(self, height: float) -> None:
        if self.fig is None or not self.fixed:
            super()._room(height)

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        index = len(self.pages)
        if self.fixed and index < len(self.reused):
            # A sheet's page on the figure of the previous sheet's page, emptied: making
            # a figure and the picture's axes anew for every sheet took a tenth of the time.
            self.fig = self.reused[index]
            self.fig.empty()
        else:
            self.fig = _sheet_figure() if self.fixed else Figure(figsize=A4)
            attach(self.fig, self.cache)
            self.fig.set_facecolor("white")
            if self.fixed:
                self.reused.append(self.fig)
        self.pages.append(self.fig)
        self.y = MARGIN
        _footer(self.fig, self.footer, self.written + len(self.pages))

    def axes(self, rect: tuple[float, float, float, float]) -> Any:
        """Axes on this page at ``rect`` (figure fractions), empty; kept for the next sheet."""
        if not self.fig.axes:
            return self.fig.add_axes(rect)
        ax = self.fig.axes[0]
        for artist in [*ax.collections, *ax.patches, *ax.artists, *ax.texts, *ax.lines, *ax.images]:
            artist.remove()
        ax.set_position(rect)
        return ax

    def save(self, pdf: Any) -> None:
        """Write the pages so far: a pack of a few hundred sheets never keeps them all."""
        for fig in self.pages:
            # Not pdf.savefig(fig): that would draw with a canvas of its own choosing.
            fig.savefig(pdf, format="pdf")
        self.written += len(self.pages)
        self.pages.clear()


#: What the pack's texts on a page are made with (see ``_sheet_figure``).
_TEXT_KEYS = frozenset({"ha", "va", "fontsize", "fontweight", "color"})


def _sheet_figure() -> Any:
    """An A4 figure for a sheet's page, emptied and drawn again for every sheet, that keeps
    its texts for the next sheet: making a matplotlib Text for every line of every sheet
    took a tenth of the pack's time. A text used again gets every property the pack's
    texts are made with (the rest are never changed)."""
    import matplotlib as mpl
    from matplotlib.figure import Figure

    class SheetFigure(Figure):
        spare: list[Any]

        def empty(self) -> None:
            self.spare.extend(self.texts)
            self.texts.clear()
            for artist in [*self.artists, *self.lines, *self.patches]:
                artist.remove()

        def text(self, x: float, y: float, s: str, fontdict: Any = None, **kwargs: Any) -> Any:
            if fontdict is not None or not self.spare or not kwargs.keys() <= _TEXT_KEYS:
                return super().text(x, y, s, fontdict, **kwargs)
            text = self.spare.pop()
            text.set_position((x, y))
            text.set_text(s)
            text.set_horizontalalignment(kwargs.get("ha", "left"))
            text.set_verticalalignment(kwargs.get("va", "baseline"))
            text.set_fontsize(kwargs.get("fontsize", mpl.rcParams["font.size"]))
            text.set_fontweight(kwargs.get("fontweight", mpl.rcParams["font.weight"]))
            text.set_color(kwargs.get("color", mpl.rcParams["text.color"]))
            self.texts.append(text)
            self.stale = True
            return text

    figure = SheetFigure(figsize=A4)
    figure.spare = []
    return figure


def group_name(group: PackGroup, source: PackInput) -> str:
    lang, team = source.lang, source.by == "team"
    if group.merged:
        return (
            tr("Small teams together", lang=lang)
            if team
            else tr("Small departments together", lang=lang)
        )
    if group.name is None:
        return tr("No team known", lang=lang) if team else tr("No department known", lang=lang)
    return source.naming.scrub(group.name) if source.naming.pseudonymised else group.name


# -- the cover -----------------------------------------------------------------------------


def _cover(flow: _PackFlow, source: PackInput, groups: PackGroups, heading: str) -> None:
    lang, naming = source.lang, source.naming
    result = source.result
    wave = naming.scrub(result.wave_name) if naming.pseudonymised else result.wave_name
    team = source.by == "team"
    flow.new_page()
    flow.text(tr("Workshop pack", lang=lang).upper(), size=9, colour=GREY, after=0.02)
    flow.text(heading, size=20, bold=True, after=0.05, wrap=36)
    flow.text(
        tr("{wave} · {date}", lang=lang, wave=wave, date=source.on.isoformat()),
        size=11,
        colour=GREY,
        after=0.15,
    )
    count = len(groups.groups)
    flow.heading(tr("In this pack", lang=lang))
    if not count:
        summary = tr(
            "No team or department has 5 people or more, so the pack has no sheets.", lang=lang
        )
    elif team:
        summary = ntr(
            "{count} team, each on one sheet: the front shows the team's part of the "
            "network and what stands out, the back has questions and an action table.",
            "{count} teams, each on one sheet: the front shows the team's part of the "
            "network and what stands out, the back has questions and an action table.",
            count,
            lang=lang,
        )
    else:
        summary = ntr(
            "{count} department, each on one sheet: the front shows the department's part "
            "of the network and what stands out, the back has questions and an action table.",
            "{count} departments, each on one sheet: the front shows the department's part "
            "of the network and what stands out, the back has questions and an action table.",
            count,
            lang=lang,
        )
    flow.text(summary)
    if source.only:
        flow.text(
            ntr(
                "A choice for this pack: {count} of {total} sheet.",
                "A choice for this pack: {count} of {total} sheets.",
                groups.total,
                lang=lang,
                count=count,
                total=groups.total,
            )
        )
    flow.heading(tr("How to use it", lang=lang))
    steps = (
        tr("Print the pack double-sided, so that each team has one sheet.", lang=lang),
        tr(
            "Give each team its own sheet and about 45 minutes. Start with the picture: "
            "find the people you learn from, and who learns from you.",
            lang=lang,
        ),
        tr(
            "Talk through the questions on the back. There are no wrong answers: the "
            "picture shows how people learn now, not how well they work.",
            lang=lang,
        ),
        tr(
            "Fill in the action table together: what you will do, who does it and by "
            "when. Keep the sheet and look at it again in the next team meeting.",
            lang=lang,
        ),
    )
    for number, line in enumerate(steps, start=1):
        flow.item(line, marker=f"{number}.")
    flow.heading(tr("Privacy", lang=lang))
    if naming.pseudonymised:
        flow.item(
            tr(
                "Names are replaced by personal codes such as P-017. Give each person only "
                "their own code, privately; never read out or show whose code is whose.",
                lang=lang,
            )
        )
    else:
        flow.item(
            tr(
                "This pack shows real names: it is confidential. Give each team only its own "
                "sheet, and do not leave the pack lying around.",
                lang=lang,
            )
        )
    flow.item(
        tr(
            "Teams and departments under 5 people are never shown on their own: they are "
            "put together on one sheet, so that nobody's answers can be traced.",
            lang=lang,
        )
    )
    if groups.left_out and team:
        flow.item(
            ntr(
                "{count} person in small teams is left out: even together they are under 5.",
                "{count} people in small teams are left out: even together they are under 5.",
                groups.left_out,
                lang=lang,
            )
        )
    elif groups.left_out:
        flow.item(
            ntr(
                "{count} person in small departments is left out: even together they are under 5.",
                "{count} people in small departments are left out: even together they are under 5.",
                groups.left_out,
                lang=lang,
            )
        )


def _reading_guide(flow: _PackFlow, source: PackInput) -> None:
    """Page 2: how to read the team picture (a legend drawn with the marks) and the words."""
    from matplotlib.collections import LineCollection

    lang = source.lang
    flow.new_page()
    flow.heading(tr("How to read the team picture", lang=lang))
    fig = flow.fig
    top = flow.y
    rows = (
        ("dot", "#000000", tr("formally trained", lang=lang)),
        ("dot", "#ffffff", tr("no formal training", lang=lang)),
        ("dot", "#a6a6a6", tr("training unknown", lang=lang)),
        ("big", "#ffffff", tr("a larger dot: more colleagues learn from this person", lang=lang)),
        ("risk", "#ffffff", tr("dashed ring: in a risk cluster", lang=lang)),
        ("square", "#ffffff", tr("small square: a colleague outside the team", lang=lang)),
        ("line", "", tr("solid line: one learns from the other, within the team", lang=lang)),
        ("dashed", "", tr("dashed line: a tie with a colleague outside the team", lang=lang)),
    )
    row_h = 0.3
    height = row_h * len(rows)
    ax = fig.add_axes((MARGIN / A4[0], 1 - (top + height) / A4[1], 0.5 / A4[0], height / A4[1]))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(len(rows), 0)
    lines: list[list[Point]] = []
    dashed: list[list[Point]] = []
    for i, (kind, face, text) in enumerate(rows):
        y = i + 0.5
        if kind in ("dot", "big", "risk"):
            size = 150 if kind == "big" else 45
            ax.scatter([0.5], [y], s=size, c=face, edgecolors="#000000", linewidths=0.7)
            if kind == "risk":
                ax.scatter(
                    [0.5], [y], s=45 * 2.6 + 30, facecolors="none", edgecolors="#000000",
                    linewidths=0.7, linestyles=(0, (2, 1.5)),
                )  # fmt: skip
        elif kind == "square":
            ax.scatter(
                [0.5], [y], s=14, marker="s", facecolors="white", edgecolors="#555555",
                linewidths=0.6,
            )  # fmt: skip
        else:
            (lines if kind == "line" else dashed).append([(0.1, y), (0.9, y)])
        fig.text(
            (MARGIN + 0.65) / A4[0],
            1 - (top + row_h * y) / A4[1],
            text,
            ha="left",
            va="center",
            fontsize=10,
        )
    ax.add_collection(LineCollection(lines, colors="#000000", linewidths=0.9))
    ax.add_collection(
        LineCollection(dashed, colors="#555555", linewidths=0.8, linestyles=(0, (3, 2)))
    )
    flow.y = top + height + 0.1
    flow.text(
        tr(
            "The team's people stand inside the circle, close to those they learn from; the "
            "colleagues outside stand around it, in the direction where they are in the whole "
            "network. The people most others learn from are named.",
            lang=lang,
        ),
        after=0.15,
    )
    flow.heading(tr("Words in this pack", lang=lang))
    for term, meaning in glossary(source.result, lang)[:5]:
        flow.text(term, bold=True, after=0.0)
        flow.text(meaning, indent=0.2, after=0.1)


# -- one group -----------------------------------------------------------------------------


def _front(
    flow: _PackFlow,
    source: PackInput,
    shown: AnalysisResult,
    group: PackGroup,
    name: str,
    risky: frozenset[int],
) -> None:
    lang, naming, result = source.lang, source.naming, source.result
    flow.new_page()
    flow.text(name, size=16, bold=True, after=0.02, wrap=60)
    members = [result.person(pid) for pid in group.members]
    flow.text(
        ntr(
            "{count} person · {answered} answered · {trained} formally trained",
            "{count} people · {answered} answered · {trained} formally trained",
            group.size,
            lang=lang,
            answered=sum(p.responded for p in members),
            trained=sum(p.trained is True for p in members),
        ),
        size=10,
        colour=GREY,
        after=0.02,
    )
    if group.merged:
        flow.text(
            tr(
                "Teams under 5 people, together on one sheet so that nobody's answers can "
                "be traced.",
                lang=lang,
            )
            if source.by == "team"
            else tr(
                "Departments under 5 people, together on one sheet so that nobody's answers "
                "can be traced.",
                lang=lang,
            ),
            size=9,
            colour=GREY,
        )
    ranked = sorted((p for p in members if p.in_degree > 0), key=lambda p: (-p.in_degree, p.id))
    labels = {p.id: naming.label(p) for p in ranked[:MAX_LABELS]}
    picture_top = max(PICTURE_TOP, flow.y + 0.05)
    ax = flow.axes(
        (
            MARGIN / A4[0],
            1 - (picture_top + PICTURE_HEIGHT) / A4[1],
            1 - 2 * MARGIN / A4[0],
            PICTURE_HEIGHT / A4[1],
        )
    )
    left_off = draw_team(ax, result, group, source.positions, labels, risky)
    flow.y = picture_top + PICTURE_HEIGHT + 0.05
    legend = tr(
        "● trained   ○ not trained   grey: unknown   dashed ring: risk cluster   "
        "solid line: within the team   dashed line and □: colleagues outside",
        lang=lang,
    )
    flow.text(legend, size=7.5, colour=GREY, after=0.0, wrap=130)
    if left_off:
        flow.text(
            ntr(
                "{count} more colleague outside the team is not drawn.",
                "{count} more colleagues outside the team are not drawn.",
                left_off,
                lang=lang,
            ),
            size=7.5,
            colour=GREY,
            after=0.0,
        )
    flow.y += 0.05

    holders = [shown.person(p.id) for p in ranked[:5]]
    _section(flow, tr("Knowledge holders", lang=lang))
    # On a department's own sheet its name after every holder says nothing new.
    where = group.merged or source.by == "team"
    lines = [holder_line(p, lang, where=where) for p in holders]
    if not lines:
        lines = [tr("Nobody in this group is named yet as someone others learn from.", lang=lang)]
    for pid, count in outside_sources(group):
        p = shown.person(pid) if shown.has_person(pid) else None
        if p is None:
            continue
        lines.append(
            ntr(
                "Outside the group: {name} ({department}); {count} person here learns from them",
                "Outside the group: {name} ({department}); {count} people here learn from them",
                count,
                lang=lang,
                name=p.name,
                # "(small department, hidden)" is not put in brackets twice.
                department=in_brackets(p.department or tr("no department known", lang=lang))[1:-1],
            )
        )
    _items(flow, lines)

    _section(flow, tr("What to watch", lang=lang))
    _items(flow, watch_lines(source, shown, group))


def watch_lines(source: PackInput, shown: AnalysisResult, group: PackGroup) -> list[str]:
    """The risk sentences about one group: its risk clusters, gatekeepers, reach, alone."""
    lang, naming, result = source.lang, source.naming, source.result
    members = set(group.members)
    out = []
    in_risk = [(sum(pid in members for pid in c.members), c) for c in result.risk_clusters]
    for _n, c in sorted(((n, c) for n, c in in_risk if n), key=lambda item: (-item[0], item[1].id))[
        :2
    ]:
        out.append(cluster_line(c, shown, naming, lang))
    people = [result.person(pid) for pid in group.members]
    spreaders = sum(p.habit_spreader for p in people)
    if spreaders:
        out.append(
            ntr(
                "{count} knowledge holder here never had formal training, so wrong habits "
                "may spread.",
                "{count} knowledge holders here never had formal training, so wrong habits "
                "may spread.",
                spreaders,
                lang=lang,
            )
        )
    keepers = sorted(
        (p for p in people if is_gatekeeper(p)),
        key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, p.id),
    )[:2]
    out += [gatekeeper_line(shown.person(p.id), lang) for p in keepers]
    steps = result.options.reach_steps
    out.append(
        tr(
            "Now {reached} of {population} people reach a trained colleague within {within}.",
            lang=lang,
            reached=sum(p.reaches_trained for p in people),
            population=len(people),
            within=tr(steps_phrase(steps), lang=lang, steps=steps),
        )
    )
    alone = sum(p.learns_alone for p in people)
    if alone:
        out.append(
            ntr(
                "{count} person learns alone: named nobody and mostly uses trial and error.",
                "{count} people learn alone: named nobody and mostly use trial and error.",
                alone,
                lang=lang,
            )
        )
    return out


def _section(flow: _Flow, title: str) -> None:
    if flow.y + 0.7 > BOTTOM:
        return
    flow.y += 0.08
    flow.text(title, size=12, bold=True, after=0.04)


def _items(flow: _Flow, lines: list[str]) -> None:
    """Items while they fit on the page; the rest is left off with "…"."""
    line_h = 10 * 1.35 / 72
    for line in lines:
        wrapped = textwrap.wrap(line, width=WRAP - 4, break_on_hyphens=False)
        needed = line_h * len(wrapped) + 0.05
        if flow.y + needed > BOTTOM:
            flow.item("…")
            return
        flow.item(line)


def _back(flow: _PackFlow, source: PackInput, name: str) -> None:
    from matplotlib.collections import LineCollection

    lang = source.lang
    flow.new_page()
    flow.text(tr("Talking together", lang=lang).upper(), size=9, colour=GREY, after=0.02)
    flow.text(name, size=16, bold=True, after=0.1, wrap=60)
    flow.heading(tr("Questions for the conversation", lang=lang))
    for number, question in enumerate(QUESTIONS, start=1):
        flow.item(tr(question, lang=lang), marker=f"{number}.")
    flow.heading(tr("What we will do", lang=lang))
    fig = flow.fig
    left, right = MARGIN, A4[0] - MARGIN
    columns = (left, left + 3.6, left + 5.1, right)
    heads = (tr("What", lang=lang), tr("Who", lang=lang), tr("By when", lang=lang))
    top = flow.y + 0.05
    row_h = min(0.5, (BOTTOM - top - 0.3) / (ACTION_ROWS + 1))
    for x, head in zip(columns, heads, strict=False):
        fig.text(
            (x + 0.06) / A4[0],
            1 - (top + row_h / 2) / A4[1],
            head,
            ha="left",
            va="center",
            fontsize=10,
            fontweight="bold",
        )
    bottom = top + row_h * (ACTION_ROWS + 1)
    segments = [
        [(left / A4[0], 1 - y / A4[1]), (right / A4[0], 1 - y / A4[1])]
        for y in (top + row_h * i for i in range(ACTION_ROWS + 2))
    ]
    segments += [[(x / A4[0], 1 - top / A4[1]), (x / A4[0], 1 - bottom / A4[1])] for x in columns]
    widths = [1.0 if i in (0, 1, ACTION_ROWS + 1) else 0.5 for i in range(ACTION_ROWS + 2)]
    widths += [1.0] * len(columns)
    fig.add_artist(
        LineCollection(segments, colors="#000000", linewidths=widths, transform=fig.transFigure)
    )
