"""The group map: the overview picture of a big organisation, on a matplotlib ``Figure``.

From :data:`kennisnet.analysis.ranking.BIG_PROJECT` people on, a picture of every
person is a grey tangle. The group map draws the groups instead
(:func:`kennisnet.analysis.groups.summarise_groups`: departments, clusters, the values
of a staff-list column, or a higher level of the departments when there are too many):

* one circle per group, its area by the number of people, coloured by the group's
  risk level or by its share of trained people (:data:`COLOURS`); a group at risk also
  gets a dashed outline, so the map reads printed in black and white;
* the groups are placed on a grid of cells (no circle or label ever overlaps another),
  groups that learn much from each other near each other;
* arrows for learning between groups, pointing at the group learned from, wider for
  more ties (the :data:`MAP_FLOWS` strongest);
* a legend that explains every colour, the circle size and the arrows, and the key
  figures; the same header and footer as the network picture.

At most :data:`MAP_GROUPS` circles are drawn, and nobody is left out: beyond them the
smallest groups are one circle "other" (:func:`kennisnet.analysis.groups.fold`), with a
double outline, drawn at the size of the largest circle (it is not to scale, and says
how many people it holds); pseudonymised, groups under 5 people are always in it, and
it holds at least 5 people. The legend says how the people are grouped, and what the
"other" circle holds. Every circle carries the SVG id ``group-<n>`` and
every arrow ``flow-<learners>-<sources>`` (indexes into the summary's groups), every
legend colour ``legend-colour-<n>``: the tests read the SVG.

The same drawing serves the PNG/SVG/PDF exports, the management report and the
app's "Groups" view (a Qt canvas).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kennisnet import palette
from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.groups import (
    BY_CLUSTER,
    BY_DEPARTMENT,
    FINE,
    RISK,
    RISK_SHARE,
    WATCH,
    Flow,
    Group,
    GroupSummary,
    fold,
)
from kennisnet.analysis.groups import MAP_GROUPS as MAP_GROUPS  # at most this many circles
from kennisnet.export.attributes import Attribute
from kennisnet.export.figure_page import Page
from kennisnet.export.pseudonym import MIN_GROUP, Naming
from kennisnet.i18n import ntr, tr

#: At most this many arrows (the flows with the most ties).
MAP_FLOWS = 60

COLOUR_RISK = "risk"
COLOUR_TRAINED = "trained"

#: Risk level -> fill colour.
LEVEL_COLOURS = {RISK: palette.RISK, WATCH: palette.UNTRAINED, FINE: palette.NEUTRAL}
#: Share of trained people: (lower bound, fill colour), lightest first.
TRAINED_BANDS: Sequence[tuple[float, str]] = (
    (0.0, "#EDF8E9"),
    (0.10, "#BAE4B3"),
    (0.25, "#74C476"),
    (0.50, "#238B45"),
)
EDGE = "#374151"
RISK_EDGE = "#7F1D1D"
ARROW = palette.TIE
TEXT = palette.TEXT
GREY_TEXT = "#4b5563"
#: A white box behind a label, so arrows never cross its letters.
_HALO = {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}


@dataclass(frozen=True)
class GroupMapPicture:
    """What to draw. ``result`` may be a pseudonymised copy; ``naming`` names the groups."""

    summary: GroupSummary
    result: AnalysisResult
    naming: Naming
    lang: str
    #: :data:`COLOUR_RISK` or :data:`COLOUR_TRAINED`.
    colour: str = COLOUR_RISK
    title: str = ""
    subtitle: str = ""
    footer: str = ""
    legend: bool = True
    #: Lines under the legend (None: none).
    facts: Sequence[str] | None = None
    #: Inches kept free at the bottom of the page, for a footer the caller draws.
    bottom_margin: float = 0.0


@dataclass
class DrawnMap:
    """Where the map put things (data coordinates of ``axes``), for clicks and tests."""

    axes: Any = None
    #: (group index, x, y, radius) of every circle drawn.
    circles: list[tuple[int, float, float, float]] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    #: The groups drawn (:func:`map_summary`; ``circles`` and ``flows`` index into it).
    summary: GroupSummary | None = None

    def group_at(self, x: float, y: float) -> int | None:
        """The group whose circle holds the data point (x, y), if any."""
        for index, cx, cy, r in self.circles:
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                return index
        return None


def map_summary(picture: GroupMapPicture) -> GroupSummary:
    """The groups drawn: the picture's summary with at most :data:`MAP_GROUPS` groups,
    the rest (pseudonymised: and every group under 5 people) in one "other" group, so
    that everyone is on the map. The summary itself when it fits (the app's summary
    does: ``summarise_groups`` folds already), so its indexes stay valid."""
    min_size = MIN_GROUP if picture.naming.pseudonymised else 1
    return fold(picture.summary, MAP_GROUPS, min_size)


def shown_flows(summary: GroupSummary, shown: Sequence[int]) -> list[Flow]:
    """The strongest flows between two drawn groups (at most :data:`MAP_FLOWS`)."""
    drawn = set(shown)
    flows = [f for f in summary.flows if f.learners in drawn and f.sources in drawn]
    return flows[:MAP_FLOWS]


def grouping_name(by: str, lang: str) -> str:
    """The column grouped by, as the legend names it ("Divisie", "Team")."""
    return Attribute(by).label(lang)


def group_label(group: Group, by: str, naming: Naming, lang: str) -> str:
    """The department's name (pseudonymised: scrubbed), "Cluster 3", the column's value,
    or "353 other departments"."""
    if group.other:
        if by == BY_DEPARTMENT:
            return ntr(
                "{count} other department", "{count} other departments", group.other, lang=lang
            )
        if by == BY_CLUSTER:
            return ntr("{count} other cluster", "{count} other clusters", group.other, lang=lang)
        return ntr("{count} other group", "{count} other groups", group.other, lang=lang)
    if by not in (BY_DEPARTMENT, BY_CLUSTER):
        if group.value is None:
            return tr("{column}: not known", lang=lang, column=grouping_name(by, lang))
        # A value may be a name (a manager's): scrubbed like every other text.
        return naming.scrub(group.value)
    if by == BY_DEPARTMENT:
        if group.department is None:
            return tr("no department known", lang=lang)
        return naming.department(group.department, lang) or ""
    if not group.cluster:
        return tr("Not in a group", lang=lang)
    return tr("Cluster {id}", lang=lang, id=group.cluster)


def fill_of(group: Group, colour: str) -> str:
    if colour == COLOUR_TRAINED:
        fill = TRAINED_BANDS[0][1]
        for bound, band in TRAINED_BANDS:
            if group.trained_share >= bound:
                fill = band
        return fill
    return LEVEL_COLOURS[group.level]


def legend_colours(picture: GroupMapPicture) -> list[tuple[str, str]]:
    """(fill colour, explanation) of every colour a circle can have, in legend order."""
    lang = picture.lang
    if picture.colour == COLOUR_TRAINED:
        bounds = [b for b, _ in TRAINED_BANDS] + [1.0]
        out = []
        for (low, fill), high in zip(TRAINED_BANDS, bounds[1:], strict=True):
            if high >= 1.0:
                text = tr("{low}% or more formally trained", lang=lang, low=round(low * 100))
            else:
                text = tr(
                    "{low}% to {high}% formally trained",
                    lang=lang,
                    low=round(low * 100),
                    high=round(high * 100),
                )
            out.append((fill, text))
        return out
    within = tr(
        steps_phrase(picture.result.options.reach_steps),
        lang=lang,
        steps=picture.result.options.reach_steps,
    )
    return [
        (
            LEVEL_COLOURS[RISK],
            tr(
                "Risk: {share}% or more of the people are in a risk cluster",
                lang=lang,
                share=round(RISK_SHARE * 100),
            ),
        ),
        (
            LEVEL_COLOURS[WATCH],
            tr(
                "Watch: a third or more cannot reach a trained colleague within {within}",
                lang=lang,
                within=within,
            ),
        ),
        (LEVEL_COLOURS[FINE], tr("Most reach a trained colleague", lang=lang)),
    ]


def _grid(count: int, aspect: float) -> tuple[int, int]:
    """(columns, rows) for ``count`` square cells in an area of width/height ``aspect``."""
    cols = max(1, min(count, round(math.sqrt(count * aspect))))
    rows = max(1, math.ceil(count / cols))
    while cols > 1 and (cols - 1) * rows >= count:
        cols -= 1
    return cols, rows


def _placement(
    summary: GroupSummary, shown: Sequence[int], cols: int, rows: int
) -> dict[int, tuple[int, int]]:
    """Group index -> (column, row): a spring layout of the learning between the
    groups, snapped to the free cell nearest each group, largest group first."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(shown)
    drawn = set(shown)
    for f in summary.flows:
        if f.learners in drawn and f.sources in drawn:
            old = graph.get_edge_data(f.learners, f.sources, {"weight": 0})["weight"]
            graph.add_edge(f.learners, f.sources, weight=old + f.ties)
    if len(shown) > 1:
        spring = nx.spring_layout(graph, seed=7, weight="weight", iterations=80)
    else:
        spring = {i: (0.0, 0.0) for i in shown}
    xs = [float(spring[i][0]) for i in shown]
    ys = [float(spring[i][1]) for i in shown]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    free = {(c, r) for c in range(cols) for r in range(rows)}
    out: dict[int, tuple[int, int]] = {}
    # The summary lists the largest first; the "other" group (last) is placed first:
    # it holds the most people and learns with nearly every group.
    others = [i for i in shown if summary.groups[i].other]
    for index in others + [i for i in shown if i not in others]:
        px = (float(spring[index][0]) - x0) / ((x1 - x0) or 1.0) * (cols - 1)
        py = (float(spring[index][1]) - y0) / ((y1 - y0) or 1.0) * (rows - 1)
        cell = min(free, key=lambda cr: ((cr[0] - px) ** 2 + (cr[1] - py) ** 2, cr))
        free.discard(cell)
        out[index] = cell
    return out


#: The legend's type sizes tried, largest first, until it fits.
LEGEND_SCALES = (1.0, 0.9, 0.8, 0.72)


def draw_group_map(fig: Any, picture: GroupMapPicture, page: Page) -> DrawnMap:
    """Draw ``picture`` on ``fig`` (a ``matplotlib.figure.Figure``) for ``page``."""
    picture = replace(picture, summary=map_summary(picture))
    fig.clear()
    fig.set_facecolor("white")
    font = page.font
    w, h = (float(v) for v in fig.get_size_inches())
    margin = 0.3 if page.landscape else 0.35
    top = h - margin
    texts = (
        (picture.title, font * 2.0, "bold", TEXT, 1.3),
        (picture.subtitle, font * 1.15, "normal", GREY_TEXT, 1.5),
    )
    for text, size, weight, colour, spacing in texts:
        if text:
            # Wrapped to the page (a long subtitle ran off an A4 portrait page); about
            # 0.55 em a character for DejaVu Sans, bold a little wider.
            em = 0.6 if weight == "bold" else 0.55
            chars = max(20, int((w - 2 * margin) * 72 / (size * em)))
            lines = textwrap.wrap(text, chars) or [text]
            fig.text(
                margin / w,
                top / h,
                "\n".join(lines),
                ha="left",
                va="top",
                fontsize=size,
                fontweight=weight,
                color=colour,
                linespacing=1.2,
            )
            top -= size * (spacing + 1.2 * (len(lines) - 1)) / 72
    top -= font * 0.6 / 72
    bottom = max(margin * 0.6, picture.bottom_margin)
    if picture.footer:
        fig.text(
            margin / w,
            bottom / h,
            picture.footer,
            ha="left",
            va="bottom",
            fontsize=font * 0.8,
            color="#6b7280",
        )
        bottom += font * 0.8 * 1.8 / 72
    body = (margin, bottom, w - 2 * margin, top - bottom)  # inches
    beside = picture.legend and body[2] > body[3] * 1.2
    if not picture.legend:
        map_box, panel = body, None
    elif beside:
        split = body[2] * 0.70
        map_box = (body[0], body[1], split, body[3])
        panel = (body[0] + split + 0.15, body[1], body[2] - split - 0.15, body[3])
    else:
        below = min(body[3] * 0.36, font / 72 * 24)
        map_box = (body[0], body[1] + below, body[2], body[3] - below)
        panel = (body[0], body[1], body[2], below - 0.1)
    drawn = _draw_map(fig, picture, map_box, (w, h), font)
    if panel is not None:
        # Smaller type until the legend fits its panel (on a slide it ran off the bottom).
        for scale in LEGEND_SCALES:
            legend, used, room = _draw_legend(
                fig, picture, drawn, panel, (w, h), font, beside, scale
            )
            if used <= room or scale == LEGEND_SCALES[-1]:
                break
            legend.remove()
    return drawn


def _draw_map(
    fig: Any,
    picture: GroupMapPicture,
    box: tuple[float, float, float, float],
    size: tuple[float, float],
    font: float,
) -> DrawnMap:
    from matplotlib.patches import Circle, FancyArrowPatch

    w, h = size
    ax = fig.add_axes((box[0] / w, box[1] / h, box[2] / w, box[3] / h))
    ax.set_axis_off()
    summary = picture.summary
    shown = list(range(len(summary.groups)))
    drawn = DrawnMap(axes=ax, summary=summary)
    if not shown:
        return drawn
    cols, rows = _grid(len(shown), box[2] / max(box[3], 0.01))
    ax.set_xlim(0, cols)
    ax.set_ylim(0, rows)
    ax.set_aspect("equal", adjustable="box")
    ax.apply_aspect()
    cell_pt = ax.get_position().width * w * 72 / cols
    cells = _placement(summary, shown, cols, rows)
    # The "other" circle is not to scale (it would dwarf every other circle): drawn at
    # the size of the largest, its label says how many people it holds.
    sizes = [g.size for g in summary.groups if not g.other] or [g.size for g in summary.groups]
    biggest = max(sizes)
    label_size = max(font * 0.75, min(font * 0.95, cell_pt * 0.085))
    # Bold DejaVu Sans: up to about 0.72 em per character (digits, capitals).
    chars = max(8, int(cell_pt * 0.92 / (label_size * 0.72)))
    # Room for the label under the circle (two lines of name, one of people).
    label_h = (2 * 1.05 + 1.3) * label_size * 1.2 / cell_pt
    biggest_r = max(0.12, min(0.34, (1 - 0.08 - label_h) / 2))
    centre: dict[int, tuple[float, float, float]] = {}
    for index in shown:
        group = summary.groups[index]
        c, r = cells[index]
        radius = (
            biggest_r if group.other else max(0.05, biggest_r * math.sqrt(group.size / biggest))
        )
        x, y = c + 0.5, (rows - 1 - r) + 1 - 0.04 - biggest_r
        centre[index] = (x, y, radius)
        drawn.circles.append((index, x, y, radius))
        at_risk = group.level == RISK and picture.colour == COLOUR_RISK
        circle = Circle(
            (x, y),
            radius,
            facecolor=fill_of(group, picture.colour),
            edgecolor=RISK_EDGE if at_risk else EDGE,
            linewidth=font / 15 * (1.6 if at_risk else 0.8),
            linestyle=(0, (3, 1.5)) if at_risk else "solid",
            zorder=3,
        )
        circle.set_gid(f"group-{index}")
        ax.add_patch(circle)
        if group.other:  # a double outline: several groups together
            ax.add_patch(_ring((x, y), radius * 0.84, font))
        name = group_label(group, summary.by, picture.naming, picture.lang)
        lines = textwrap.wrap(name, chars)[:2] or [name]
        if len(textwrap.wrap(name, chars)) > 2:
            lines[-1] = lines[-1][: max(chars - 1, 1)] + "…"
        people = ntr("{count} person", "{count} people", group.size, lang=picture.lang)
        ax.text(
            x,
            y - radius - 0.03,
            "\n".join(lines),
            ha="center",
            va="top",
            fontsize=label_size,
            fontweight="bold",
            color=TEXT,
            zorder=5,
            linespacing=1.05,
            bbox=_HALO,
        )
        ax.text(
            x,
            y - radius - 0.03 - len(lines) * label_size * 1.25 / cell_pt,
            people,
            ha="center",
            va="top",
            fontsize=label_size * 0.88,
            color=GREY_TEXT,
            zorder=5,
            bbox=_HALO,
        )
    drawn.flows = shown_flows(summary, shown)
    if drawn.flows:
        most = max(f.ties for f in drawn.flows)
        for flow in drawn.flows:
            x1, y1, r1 = centre[flow.learners]
            x2, y2, r2 = centre[flow.sources]
            width = _arrow_width(flow.ties, most, font)
            arrow = FancyArrowPatch(
                (x1, y1),
                (x2, y2),
                connectionstyle="arc3,rad=0.12",
                arrowstyle="-|>",
                mutation_scale=font * 0.6 + width * 2.2,
                linewidth=width,
                color=ARROW,
                alpha=0.6,
                shrinkA=r1 * cell_pt + 1,
                shrinkB=r2 * cell_pt + 2,
                zorder=2,
            )
            arrow.set_gid(f"flow-{flow.learners}-{flow.sources}")
            ax.add_patch(arrow)
    return drawn


def _ring(centre: tuple[float, float], radius: float, font: float) -> Any:
    """The inner line of the "other" circle's double outline."""
    from matplotlib.patches import Circle

    return Circle(
        centre, radius, facecolor="none", edgecolor=EDGE, linewidth=font / 15 * 0.8, zorder=3
    )


def grouping_line(summary: GroupSummary, lang: str) -> str:
    """How the people are grouped, for the legend ("One circle per department")."""
    if summary.replaces_departments:
        return ntr(
            "One circle per {column}: {count} department does not fit on one page",
            "One circle per {column}: {count} departments do not fit on one page",
            summary.replaces_departments,
            lang=lang,
            column=grouping_name(summary.by, lang),
        )
    if summary.by == BY_DEPARTMENT:
        return tr("One circle per department", lang=lang)
    if summary.by == BY_CLUSTER:
        return tr("One circle per cluster", lang=lang)
    return tr("One circle per {column}", lang=lang, column=grouping_name(summary.by, lang))


def other_line(summary: GroupSummary, pseudonymised: bool, lang: str) -> str:
    """What the "other" circle holds, for the legend ("" when there is none)."""
    other = summary.other
    if other is None:
        return ""
    text = ntr(
        "Double outline: the {count} smaller group together ({people}), so that everyone "
        "is on the map; not to scale.",
        "Double outline: the {count} smaller groups together ({people}), so that everyone "
        "is on the map; not to scale.",
        other.other,
        lang=lang,
        people=ntr("{count} person", "{count} people", other.size, lang=lang),
    )
    if pseudonymised:
        text += " " + tr(
            "Groups under {min} people are always counted here.", lang=lang, min=MIN_GROUP
        )
    return text


def _arrow_width(ties: int, most: int, font: float) -> float:
    """Line width in points: 0.6 for one tie up to 7 for the strongest flow."""
    return (0.6 + 6.4 * math.sqrt(ties / max(most, 1))) * font / 15


def _draw_legend(
    fig: Any,
    picture: GroupMapPicture,
    drawn: DrawnMap,
    box: tuple[float, float, float, float],
    size: tuple[float, float],
    font: float,
    beside: bool,
    scale: float = 1.0,
) -> tuple[Any, float, float]:
    """The legend, in an axes whose units are points (1 unit = 1 pt, y down), its type
    ``scale`` times the usual size; returns the axes, the height used and the room."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, FancyArrowPatch, Rectangle

    w, h = size
    lang = picture.lang
    ax = fig.add_axes((box[0] / w, box[1] / h, box[2] / w, box[3] / h))
    ax.set_axis_off()
    width, height = box[2] * 72, box[3] * 72
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    body = font * 0.95 * scale
    line = body * 1.45
    columns = 1 if beside else 2
    col_w = width / columns
    chars = max(16, int((col_w - body * 3) / (body * 0.55)))
    state = {"x": 0.0, "y": body * 0.3, "col": 0, "most": 0.0}

    def next_column() -> None:
        if columns > 1 and state["col"] < columns - 1:
            state["most"] = max(state["most"], state["y"])
            state["col"] += 1
            state["x"] = col_w * state["col"]
            state["y"] = body * 0.3

    def heading(text: str) -> None:
        wrapped = textwrap.wrap(text, max(12, int(chars * 0.85))) or [text]
        ax.text(
            state["x"],
            state["y"],
            "\n".join(wrapped),
            fontsize=body * 1.05,
            fontweight="bold",
            color=TEXT,
            va="top",
            ha="left",
            linespacing=1.15,
        )
        state["y"] += line * (len(wrapped) + 0.1)

    def entry(text: str) -> float:
        wrapped = textwrap.wrap(text, chars) or [text]
        ax.text(
            state["x"] + body * 2.2,
            state["y"],
            "\n".join(wrapped),
            fontsize=body,
            color=TEXT,
            va="top",
            ha="left",
            linespacing=1.15,
        )
        mid = state["y"] + body * 0.6
        state["y"] += line * len(wrapped) + body * 0.25
        return mid

    heading(grouping_line(picture.summary, lang))
    state["y"] += body * 0.3
    colour_title = (
        tr("Colour: share formally trained", lang=lang)
        if picture.colour == COLOUR_TRAINED
        else tr("Colour: risk", lang=lang)
    )
    heading(colour_title)
    for number, (fill, text) in enumerate(legend_colours(picture)):
        mid = entry(text)
        dashed = picture.colour == COLOUR_RISK and fill == LEVEL_COLOURS[RISK]
        swatch = Rectangle(
            (state["x"] + body * 0.2, mid - body * 0.55),
            body * 1.3,
            body * 1.1,
            facecolor=fill,
            edgecolor=RISK_EDGE if dashed else EDGE,
            linewidth=font / 15 * (1.6 if dashed else 0.8),
            linestyle=(0, (3, 1.5)) if dashed else "solid",
        )
        swatch.set_gid(f"legend-colour-{number}")
        ax.add_patch(swatch)
    state["y"] += body * 0.6

    # Circle size: reference circles at the map's own scale.
    heading(tr("Circle size: number of people", lang=lang))
    groups = picture.summary.groups
    real = [c for c in drawn.circles if not groups[c[0]].other] or drawn.circles
    if real:
        biggest_index, _x, _y, biggest_r = max(real, key=lambda c: c[3])
        biggest = picture.summary.groups[biggest_index].size
        map_ax = drawn.axes
        pt_per_unit = map_ax.get_position().width * w * 72 / (map_ax.get_xlim()[1] or 1)
        sizes = sorted({biggest, _nice(biggest / 4), _nice(biggest / 16)}, reverse=True)
        sizes = [s for s in sizes if s >= 1][:3]
        scale = biggest_r * pt_per_unit / math.sqrt(biggest)
        radii = [max(scale * math.sqrt(s), 1.5) for s in sizes]
        cap = min(radii[0], (col_w * 0.45) / 2, height * 0.12)
        shrink = cap / radii[0] if radii[0] > cap else 1.0
        x = state["x"] + body * 0.4
        base = state["y"] + 2 * radii[0] * shrink
        for s, r in zip(sizes, radii, strict=True):
            r *= shrink
            ax.add_patch(
                Circle(
                    (x + r, base - r),
                    r,
                    facecolor="none",
                    edgecolor=EDGE,
                    linewidth=font / 15 * 0.8,
                )
            )
            ax.text(
                x + r,
                base + body * 0.2,
                str(s),
                fontsize=body * 0.85,
                color=TEXT,
                ha="center",
                va="top",
            )
            x += 2 * r + body * 1.2
        state["y"] = base + line * 1.1
        if shrink < 1.0:
            entry(tr("(drawn smaller here than on the map)", lang=lang))
    other = other_line(picture.summary, picture.naming.pseudonymised, lang)
    if other:
        mid = entry(other)
        r = body * 0.6
        centre = (state["x"] + body * 0.2 + r, mid)
        ax.add_patch(
            Circle(centre, r, facecolor="white", edgecolor=EDGE, linewidth=font / 15 * 0.8)
        )
        ax.add_patch(_ring(centre, r * 0.7, font))
    state["y"] += body * 0.4
    if not beside:
        next_column()

    heading(tr("Arrows: learning between groups", lang=lang))
    if drawn.flows:
        most = max(f.ties for f in drawn.flows)
        least = min(f.ties for f in drawn.flows)
        for ties in sorted({most, least}, reverse=True):
            mid = entry(ntr("{count} tie", "{count} ties", ties, lang=lang))
            lw = _arrow_width(ties, most, font)
            ax.add_patch(
                FancyArrowPatch(
                    (state["x"] + body * 0.1, mid),
                    (state["x"] + body * 1.9, mid),
                    arrowstyle="-|>",
                    mutation_scale=font * 0.6 + lw * 2.2,
                    linewidth=lw,
                    color=ARROW,
                    alpha=0.6,
                )
            )
        entry(
            tr(
                "An arrow points at the group learned from; wider means more colleagues "
                "learn there.",
                lang=lang,
            )
        )
        left = sum(1 for f in picture.summary.flows) - len(drawn.flows)
        if left > 0:
            entry(
                ntr(
                    "Only the strongest {shown} are drawn; {count} weaker flow is left out.",
                    "Only the strongest {shown} are drawn; {count} weaker flows are left out.",
                    left,
                    lang=lang,
                    shown=len(drawn.flows),
                )
            )
    else:
        entry(tr("No learning between the groups drawn.", lang=lang))
    if picture.facts:
        state["y"] += body * 0.6
        if state["y"] < height - line * 3:
            heading(tr("Key figures", lang=lang))
            for fact in picture.facts:
                if state["y"] > height - line * 1.5:
                    break
                mid = entry(fact)
                ax.add_line(
                    Line2D(
                        [state["x"] + body * 0.9],
                        [mid],
                        marker="o",
                        markersize=body * 0.3,
                        color=TEXT,
                    )
                )
    return ax, max(state["most"], state["y"]), height


def _nice(value: float) -> int:
    """``value`` rounded to 1, 2 or 5 times a power of ten."""
    if value < 1:
        return 0
    power = 10 ** math.floor(math.log10(value))
    for step in (5, 2, 1):
        if value >= step * power:
            return int(step * power)
    return int(power)
