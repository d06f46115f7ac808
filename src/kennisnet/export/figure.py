"""The knowledge-network picture, drawn on a matplotlib ``Figure`` (never pyplot).

The same drawing serves the PNG/SVG/PDF exports (Agg, SVG and PDF backends)
and the workshop screen (the Qt canvas). It only reads the analysis result and
the shared layout (:func:`kennisnet.layout.compute_layout`):

* every tie as one ``LineCollection`` (small arrowheads, pointing at the person
  learned from, only when there are few ties), every person as one scatter;
* dot size grows with the number of learners; colour by cluster or by training;
  a dark ring = formally trained, a red ring = key holder without training;
* risk clusters shaded with a dashed outline around their members;
* names (or codes) of key holders placed so that they do not collide;
* title, a legend and key figures beside (landscape) or below (portrait) the
  network, and a footer with date, wave and response rate.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.messages import percent
from kennisnet.export.placement import DotGrid, LabelPlacer
from kennisnet.export.pseudonym import Naming
from kennisnet.i18n import N_, tr

Point = tuple[float, float]

CLUSTER_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
)
OTHER_COLOUR = "#c9c9c9"
TRAINED_COLOUR = "#2a9d8f"
UNTRAINED_COLOUR = "#f4a259"
UNKNOWN_COLOUR = "#c9c9c9"
RISK_COLOUR = "#d62728"
RING_TRAINED = "#1f1f1f"
TIE_COLOUR = "#6b7280"
TEXT_COLOUR = "#1f2937"
#: Above this many ties, SVG/PDF embed ties and dots as a bitmap.
RASTER_LIMIT = 3000
#: Ties up to this many get arrowheads.
ARROW_LIMIT = 400


@dataclass(frozen=True, slots=True)
class Page:
    """A drawing size: inches, dots per inch and the body text size in points."""

    key: str
    width_in: float
    height_in: float
    dpi: float
    font: float

    @property
    def pixels(self) -> tuple[int, int]:
        return round(self.width_in * self.dpi), round(self.height_in * self.dpi)

    @property
    def landscape(self) -> bool:
        return self.width_in > self.height_in * 1.2


def _page(key: str, px_w: int, px_h: int, dpi: float, font: float) -> Page:
    return Page(key, px_w / dpi, px_h / dpi, dpi, font)


#: Slide 16:9 (1920 x 1080) and print sizes at 300 dpi.
PAGES: Mapping[str, Page] = {
    "slide": _page("slide", 1920, 1080, 100, 15),
    "a4": _page("a4", 2480, 3508, 300, 8),
    "a3": _page("a3", 3508, 4961, 300, 10),
    "a4-landscape": _page("a4-landscape", 3508, 2480, 300, 8),
    "a3-landscape": _page("a3-landscape", 4961, 3508, 300, 10),
}


@dataclass(frozen=True)
class NetworkPicture:
    """What to draw. ``result`` may be a pseudonymised copy; ``naming`` gives labels."""

    result: AnalysisResult
    positions: Mapping[int, Point]
    naming: Naming
    lang: str
    title: str = ""
    subtitle: str = ""
    footer: str = ""
    #: "cluster" or "trained".
    color_by: str = "cluster"
    #: People to name, most important first (None: the key knowledge holders).
    labelled: Sequence[int] | None = None
    #: Text per person instead of their name/code (e.g. "1. P-017").
    label_texts: Mapping[int, str] = field(default_factory=dict)
    max_labels: int = 24
    #: Only these people in full colour; the others faded (None: everybody).
    emphasis: frozenset[int] | None = None
    #: A coloured ring per person (find yourself, what-if, advice).
    rings: Mapping[int, str] = field(default_factory=dict)
    #: People who leave (what if): crossed out, their ties in red.
    leaving: frozenset[int] = frozenset()
    shade_risk: bool = True
    #: Extra legend entries: (ring colour, text).
    extra_legend: Sequence[tuple[str, str]] = ()
    #: Lines under the legend (None: the key figures of the result).
    facts: Sequence[str] | None = None
    legend: bool = True


def _renderer(fig: Any) -> Any:
    canvas = fig.canvas
    if not hasattr(canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = FigureCanvasAgg(fig)
    return canvas.get_renderer()


def _text_size(renderer: Any, text: str, size: float, weight: str) -> tuple[float, float]:
    """Width and height in pixels of one line of text."""
    from matplotlib.font_manager import FontProperties

    w, h, _ = renderer.get_text_width_height_descent(
        text, FontProperties(size=size, weight=weight), ismath=False
    )
    return float(w), float(h)


def cluster_colour(cluster: int) -> str:
    return CLUSTER_COLOURS[cluster - 1] if 1 <= cluster <= len(CLUSTER_COLOURS) else OTHER_COLOUR


def _face(person: PersonResult, color_by: str) -> str:
    if color_by == "trained":
        if person.trained is True:
            return TRAINED_COLOUR
        return UNTRAINED_COLOUR if person.trained is False else UNKNOWN_COLOUR
    return cluster_colour(person.cluster)


def default_facts(result: AnalysisResult, naming: Naming, lang: str) -> list[str]:
    """Key figures for the side panel, read from the result."""
    q = result.quality
    within = tr(
        steps_phrase(result.options.reach_steps), lang=lang, steps=result.options.reach_steps
    )
    advice = result.advice
    facts = [
        tr(
            "{respondents} of {roster} people answered ({percent}%)",
            lang=lang,
            respondents=q.respondents,
            roster=q.roster,
            percent=percent(q.rate),
        ),
        tr("{count} key knowledge holders", lang=lang, count=len(result.key_holders)),
        tr(
            "{count} risk clusters where bad habits may spread",
            lang=lang,
            count=sum(1 for c in result.risk_clusters if not naming.hidden(c.size)),
        ),
        tr(
            "{reached} of {population} reach a trained colleague within {within}",
            lang=lang,
            reached=advice.reached_before,
            population=advice.population,
            within=within,
        ),
    ]
    if advice.steps:
        facts.append(
            tr(
                "After the advised training: {reached} of {population}",
                lang=lang,
                reached=advice.reached_after,
                population=advice.population,
            )
        )
    if not q.betweenness_reliable:
        facts.append(tr("Fewer than 80% answered: bridge scores are unreliable", lang=lang))
    return facts


def _hull(points: Sequence[Point]) -> list[Point]:
    """Convex hull (monotone chain), counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return list(pts)

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _outline(points: Sequence[Point], pad: float) -> list[Point]:
    """A padded, rounded outline around ``points`` (data units)."""
    hull = _hull(points)
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    if len(hull) < 3:
        radius = max(math.hypot(p[0] - cx, p[1] - cy) for p in points) + pad
        return [
            (cx + radius * math.cos(a), cy + radius * math.sin(a))
            for a in (i * 2 * math.pi / 32 for i in range(32))
        ]
    out: list[Point] = []
    for x, y in hull:
        for k in range(-3, 4):
            # Round the corner: spread a few points around each hull vertex.
            angle = math.atan2(y - cy, x - cx) + k * 0.22
            out.append((x + pad * math.cos(angle), y + pad * math.sin(angle)))
    return _hull(out)


class _Layout:
    """Where header, network, legend panel and footer go (figure fractions).

    The legend and key figures go beside the network or below it, whichever
    leaves the network bigger (a wide network on a wide page gets the legend
    below it).
    """

    def __init__(
        self, fig: Any, page: Page, picture: NetworkPicture, aspect: float, entries: int
    ) -> None:
        w, h = fig.get_size_inches()
        self.w, self.h = float(w), float(h)
        font = page.font
        margin = 0.3 if page.landscape else 0.35
        self.margin_x = margin / self.w
        top = self.h - margin
        self.title_y = top / self.h
        if picture.title:
            top -= font * 2.0 * 1.3 / 72
        self.subtitle_y = top / self.h
        if picture.subtitle:
            top -= font * 1.15 * 1.5 / 72
        top -= font * 0.6 / 72
        bottom = margin * 0.6
        self.footer_y = bottom / self.h
        if picture.footer:
            bottom += font * 0.8 * 1.8 / 72
        side = picture.legend or picture.facts is not None
        body_top, body_bottom = top / self.h, bottom / self.h
        body_w = self.w * (1 - 2 * self.margin_x)
        body_h = (body_top - body_bottom) * self.h
        has_facts = picture.facts is None or len(picture.facts) > 0
        self.columns = 2 if has_facts else 3
        rows = math.ceil(entries / self.columns)
        below_h = font / 72 * (3.5 + rows * 2.5)
        below_h = min(below_h, body_h * 0.45)
        split = 0.735
        beside_scale = min(body_w * (split - self.margin_x) / aspect, body_h)
        below_scale = min(body_w / aspect, body_h - below_h)
        self.beside = side and beside_scale >= below_scale
        self.legend_width = 0.62 if has_facts else 1.0
        if not side:
            self.axes = (self.margin_x, body_bottom, 1 - 2 * self.margin_x, body_top - body_bottom)
            self.panel = (0.0, 0.0, 0.0, 0.0)
        elif self.beside:
            self.axes = (self.margin_x, body_bottom, split - self.margin_x, body_top - body_bottom)
            self.panel = (split + 0.015, body_bottom, 1 - self.margin_x - split - 0.015, body_top)
        else:
            panel = below_h / self.h
            self.axes = (
                self.margin_x,
                body_bottom + panel,
                1 - 2 * self.margin_x,
                body_top - body_bottom - panel,
            )
            self.panel = (self.margin_x, body_bottom, 1 - 2 * self.margin_x, body_bottom + panel)


def draw_network(fig: Any, picture: NetworkPicture, page: Page) -> None:
    """Draw ``picture`` on ``fig`` (a ``matplotlib.figure.Figure``) for ``page``."""
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.patches import Polygon

    fig.clear()
    fig.set_facecolor("white")
    font = page.font
    result, naming = picture.result, picture.naming
    placed = [picture.positions[p.id] for p in result.people if p.id in picture.positions]
    if placed:
        span_x = max(x for x, _ in placed) - min(x for x, _ in placed) + 0.06
        span_y = max(y for _, y in placed) - min(y for _, y in placed) + 0.06
        aspect = span_x / span_y
    else:
        aspect = 1.0
    entries = 6 + min(7, len(result.clusters)) + len(picture.extra_legend)
    lay = _Layout(fig, page, picture, aspect, entries)
    if picture.title:
        fig.text(
            lay.margin_x,
            lay.title_y,
            picture.title,
            ha="left",
            va="top",
            fontsize=font * 2.0,
            fontweight="bold",
            color=TEXT_COLOUR,
        )
    if picture.subtitle:
        fig.text(
            lay.margin_x,
            lay.subtitle_y,
            picture.subtitle,
            ha="left",
            va="top",
            fontsize=font * 1.15,
            color="#4b5563",
        )
    if picture.footer:
        fig.text(
            lay.margin_x,
            lay.footer_y,
            picture.footer,
            ha="left",
            va="bottom",
            fontsize=font * 0.8,
            color="#6b7280",
        )

    ax = fig.add_axes(lay.axes)
    ax.set_axis_off()
    people = [p for p in result.people if p.id in picture.positions]
    # The layout's y points down (screen); matplotlib's points up.
    xy = {p.id: (picture.positions[p.id][0], 1.0 - picture.positions[p.id][1]) for p in people}
    pad = 0.03
    if xy:
        xs = [v[0] for v in xy.values()]
        ys = [v[1] for v in xy.values()]
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.set_aspect("equal", adjustable="box")
    if not lay.beside:
        # A legend below: keep the network at the top, the legend right under it.
        ax.set_anchor("N")
    ax.apply_aspect()
    bbox = ax.get_position()
    axes_w_pt = bbox.width * lay.w * 72
    axes_h_pt = bbox.height * lay.h * 72
    x0, x1 = ax.get_xlim()
    data_per_pt = (x1 - x0) / max(axes_w_pt, 1.0)

    n = max(len(people), 1)
    base = min(14.0, max(2.2, 0.42 * math.sqrt(axes_w_pt * axes_h_pt / n))) * font / 15 * 1.0
    base = max(base, 2.0)
    emphasis = picture.emphasis

    def diameter(p: PersonResult) -> float:
        return base * min(3.2, 1.0 + 0.4 * math.sqrt(p.in_degree))

    # Ties: one collection (plus one for the ties of people leaving).
    segments, leaving_segments, arrow_tris = [], [], []
    arrows = len(result.edges) <= ARROW_LIMIT
    for edge in result.edges:
        a, b = xy.get(edge.learner), xy.get(edge.source)
        if a is None or b is None:
            continue
        if edge.learner in picture.leaving or edge.source in picture.leaving:
            leaving_segments.append((a, b))
            continue
        segments.append((a, b))
        if arrows:
            length = math.hypot(b[0] - a[0], b[1] - a[1])
            if length > 0:
                ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
                r = (diameter(result.person(edge.source)) / 2 + 1.0) * data_per_pt
                size = font * 0.45 * data_per_pt
                tip = (b[0] - ux * r, b[1] - uy * r)
                back = (tip[0] - ux * size, tip[1] - uy * size)
                arrow_tris.append(
                    [
                        tip,
                        (back[0] - uy * size * 0.45, back[1] + ux * size * 0.45),
                        (back[0] + uy * size * 0.45, back[1] - ux * size * 0.45),
                    ]
                )
    tie_alpha = max(0.06, min(0.45, 14.0 / math.sqrt(max(len(segments), 1))))
    tie_width = max(0.3, min(1.0, 30.0 / math.sqrt(max(len(segments), 1)))) * font / 15
    if emphasis is not None:
        tie_alpha *= 0.6
    ties = LineCollection(
        segments, colors=TIE_COLOUR, alpha=tie_alpha, linewidths=tie_width, zorder=1
    )
    # Large networks: ties and dots as one embedded bitmap in SVG/PDF (small, fast files);
    # text, outlines and labels stay vector.
    ties.set_rasterized(len(segments) > RASTER_LIMIT)
    ax.add_collection(ties)
    if arrow_tris:
        ax.add_collection(
            PolyCollection(
                arrow_tris,
                facecolors=TIE_COLOUR,
                edgecolors="none",
                alpha=min(0.8, tie_alpha * 1.6),
                zorder=1,
            )
        )
    if leaving_segments:
        ax.add_collection(
            LineCollection(
                leaving_segments,
                colors=RISK_COLOUR,
                alpha=0.7,
                linewidths=tie_width * 1.6,
                linestyles="dashed",
                zorder=2,
            )
        )

    # Risk clusters: a soft shaded outline around their members.
    taken_px: list[tuple[float, float, float, float]] = []
    renderer = _renderer(fig)
    px_per_pt = fig.dpi / 72
    risk_shown = []
    if picture.shade_risk:
        for cluster in result.risk_clusters:
            if naming.hidden(cluster.size):
                continue
            points = [xy[m] for m in cluster.members if m in xy]
            if len(points) < 1:
                continue
            biggest = max(diameter(result.person(m)) for m in cluster.members if m in xy)
            outline = _outline(points, (biggest / 2 + font * 0.4) * data_per_pt)
            ax.add_patch(
                Polygon(
                    outline,
                    closed=True,
                    facecolor=RISK_COLOUR,
                    alpha=0.07,
                    edgecolor="none",
                    zorder=0,
                )
            )
            ax.add_patch(
                Polygon(
                    outline,
                    closed=True,
                    fill=False,
                    edgecolor=RISK_COLOUR,
                    alpha=0.75,
                    linestyle="--",
                    linewidth=font * 0.1,
                    zorder=0,
                )
            )
            risk_shown.append((cluster, outline))

    # People: one scatter; faded when outside the emphasis.
    from matplotlib.colors import to_rgba

    faces, edges, widths, sizes, coords = [], [], [], [], []
    for p in people:
        d = diameter(p)
        faded = emphasis is not None and p.id not in emphasis
        alpha = 0.22 if faded else 0.95
        faces.append(to_rgba(_face(p, picture.color_by), alpha))
        if p.habit_spreader:
            ring, width = RISK_COLOUR, max(1.2, d * 0.14)
        elif p.trained is True:
            ring, width = RING_TRAINED, max(0.7, d * 0.1)
        else:
            ring, width = "white", max(0.3, d * 0.04)
        edges.append(to_rgba(ring, 0.3 if faded else 1.0))
        widths.append(width * min(1.0, font / 8))
        sizes.append(d * d)
        coords.append(xy[p.id])
    if coords:
        dots = ax.scatter(
            [c[0] for c in coords],
            [c[1] for c in coords],
            s=sizes,
            c=faces,
            edgecolors=edges,
            linewidths=widths,
            zorder=3,
        )
        dots.set_rasterized(len(coords) > RASTER_LIMIT)
    ring_ids = [pid for pid in picture.rings if pid in xy]
    if ring_ids:
        ring_d = [diameter(result.person(pid)) + font * 0.55 for pid in ring_ids]
        ax.scatter(
            [xy[pid][0] for pid in ring_ids],
            [xy[pid][1] for pid in ring_ids],
            s=[d * d for d in ring_d],
            facecolors="none",
            edgecolors=[picture.rings[pid] for pid in ring_ids],
            linewidths=font * 0.16,
            zorder=4,
        )
    gone = [pid for pid in picture.leaving if pid in xy]
    if gone:
        ax.scatter(
            [xy[pid][0] for pid in gone],
            [xy[pid][1] for pid in gone],
            s=[(diameter(result.person(pid)) * 1.1) ** 2 for pid in gone],
            marker="X",
            c=TEXT_COLOUR,
            edgecolors="white",
            linewidths=0.8,
            zorder=5,
        )

    # Labels: risk cluster names first, then people, without collisions.
    trans = ax.transData
    pixels = trans.transform(coords) if coords else []
    ax_box = ax.get_window_extent(renderer)
    area = (ax_box.x0, ax_box.y0, ax_box.x1, ax_box.y1)
    grid = DotGrid(
        [(float(x), float(y)) for x, y in pixels],
        cell=max(8.0, base * px_per_pt * 2),
        margin=base * px_per_pt / 2,
    )
    placer = LabelPlacer(area, grid, taken_px)
    label_size = font * 0.95
    for cluster, outline in risk_shown:
        text = tr("Risk cluster {id}", lang=picture.lang, id=cluster.id)
        top = max(outline, key=lambda v: v[1])
        cx = sum(v[0] for v in outline) / len(outline)
        anchor = trans.transform((cx, top[1]))
        w, h = _text_size(renderer, text, label_size, "bold")
        spot = placer.place((float(anchor[0]), float(anchor[1])), (w + 4, h + 4), 2.0)
        if spot is None:
            continue
        where = trans.inverted().transform(
            ((spot.box[0] + spot.box[2]) / 2, (spot.box[1] + spot.box[3]) / 2)
        )
        ax.text(
            where[0],
            where[1],
            text,
            fontsize=label_size,
            color=RISK_COLOUR,
            fontweight="bold",
            ha="center",
            va="center",
            zorder=6,
        )

    ordered = (
        list(picture.labelled)
        if picture.labelled is not None
        else [p.id for p in result.key_holders]
    )
    shown = 0
    for pid in ordered:
        if shown >= picture.max_labels or pid not in xy:
            continue
        person = result.person(pid)
        text = picture.label_texts.get(pid) or naming.label(person)
        weight = "bold" if person.habit_spreader or pid in picture.rings else "normal"
        w, h = _text_size(renderer, text, label_size, weight)
        box_pad = 0.25 * label_size * px_per_pt
        size = (w + 2 * box_pad + 2, h + 2 * box_pad + 2)
        anchor = trans.transform(xy[pid])
        gap = (diameter(person) / 2 + font * 0.35) * px_per_pt
        spot = placer.place((float(anchor[0]), float(anchor[1])), size, gap)
        if spot is None:
            continue
        cx = ((spot.box[0] + spot.box[2]) / 2 - anchor[0]) / px_per_pt
        cy = ((spot.box[1] + spot.box[3]) / 2 - anchor[1]) / px_per_pt
        arrow = (
            {
                "arrowstyle": "-",
                "color": "#6b7280",
                "lw": 0.6,
                "shrinkA": 0,
                "shrinkB": diameter(person) / 2,
            }
            if spot.far
            else None
        )
        ax.annotate(
            text,
            xy=xy[pid],
            xytext=(cx, cy),
            textcoords="offset points",
            ha="center",
            va="center",
            fontsize=label_size,
            fontweight=weight,
            color=TEXT_COLOUR,
            zorder=7,
            arrowprops=arrow,
            bbox={
                "boxstyle": "round,pad=0.25",
                "fc": "white",
                "ec": "#d1d5db",
                "lw": 0.5,
                "alpha": 0.9,
            },
        )
        shown += 1

    if picture.legend or picture.facts is not None:
        _side_panel(fig, picture, page, lay, renderer, risk_shown != [])


def _wrap(text: str, chars: int) -> str:
    return "\n".join(textwrap.wrap(text, max(chars, 12))) or text


def _side_panel(
    fig: Any, picture: NetworkPicture, page: Page, lay: _Layout, renderer: Any, risk: bool
) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    font = page.font
    lang = picture.lang
    x, _bottom, width, top = lay.panel
    if not lay.beside:
        top = fig.axes[0].get_position().y0 - font * 0.8 / 72 / lay.h
    columns = 1 if lay.beside else lay.columns
    legend_width = width if lay.beside else width * lay.legend_width
    column_width = legend_width / columns - font * 2.6 / 72 / lay.w
    # About 0.52 em per character in DejaVu Sans.
    chars = int(column_width * lay.w * 72 / (font * 0.95 * 0.56))
    facts_width = width if lay.beside else width * (1 - lay.legend_width - 0.02)
    fact_chars = int(facts_width * lay.w * 72 / (font * 0.95 * 0.52))
    handles: list[Any] = []
    labels: list[str] = []

    def dot(colour: str, ring: str = "white", ring_width: float = 0.5) -> Line2D:
        return Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=font * 0.8,
            markerfacecolor=colour,
            markeredgecolor=ring,
            markeredgewidth=ring_width,
        )

    result, naming = picture.result, picture.naming
    if picture.legend:
        if picture.color_by == "trained":
            for colour, text in (
                (TRAINED_COLOUR, N_("Formally trained")),
                (UNTRAINED_COLOUR, N_("No formal training")),
                (UNKNOWN_COLOUR, N_("Training unknown")),
            ):
                handles.append(dot(colour))
                labels.append(tr(text, lang=lang))
        else:
            big = [c for c in result.clusters if c.id <= len(CLUSTER_COLOURS) and c.size > 1]
            for c in big[:6]:
                handles.append(dot(cluster_colour(c.id)))
                if c.main_department and not naming.hidden(c.size):
                    labels.append(
                        tr(
                            "Cluster {id}: mostly {department}",
                            lang=lang,
                            id=c.id,
                            department=c.main_department,
                        )
                    )
                else:
                    labels.append(tr("Cluster {id}", lang=lang, id=c.id))
            if len(result.clusters) > len(big[:6]):
                handles.append(dot(OTHER_COLOUR))
                labels.append(tr("Other small clusters", lang=lang))
            handles.append(dot("#ffffff", RING_TRAINED, font * 0.12))
            labels.append(tr("Dark ring: formally trained", lang=lang))
        handles.append(dot("#ffffff", RISK_COLOUR, font * 0.16))
        labels.append(tr("Red ring: key knowledge holder without formal training", lang=lang))
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=font * 1.4,
                markerfacecolor="#9ca3af",
                markeredgecolor="white",
            )
        )
        labels.append(tr("Bigger dot: more colleagues learn from this person", lang=lang))
        handles.append(Line2D([], [], color=TIE_COLOUR, linewidth=font * 0.1))
        if len(result.edges) <= ARROW_LIMIT:
            labels.append(tr("Line: learns from (the arrow points to the source)", lang=lang))
        else:
            labels.append(tr("Line: one of them learns from the other", lang=lang))
        if risk:
            handles.append(
                Patch(facecolor=(0.84, 0.15, 0.16, 0.1), edgecolor=RISK_COLOUR, linestyle="--")
            )
            labels.append(tr("Risk cluster: bad habits may spread", lang=lang))
        for colour, text in picture.extra_legend:
            handles.append(dot("#ffffff", colour, font * 0.22))
            labels.append(text)
        legend = fig.legend(
            handles,
            [_wrap(t, chars) for t in labels],
            loc="upper left",
            bbox_to_anchor=(x, top),
            frameon=False,
            fontsize=font * 0.95,
            title=_wrap(tr("How to read this", lang=lang), int(chars * 0.95)),
            ncols=columns,
            columnspacing=1.5,
            title_fontproperties={"weight": "bold", "size": font * 1.05},
            alignment="left",
            labelspacing=0.7,
            borderaxespad=0,
            handletextpad=0.6,
            borderpad=0,
        )
        legend_box = legend.get_window_extent(renderer)
        legend_bottom = legend_box.y0 / (lay.h * fig.dpi)
    else:
        legend_bottom = top
    facts = picture.facts
    if facts is None:
        facts = default_facts(result, naming, lang)
    if facts:
        if lay.beside:
            fx, fy = x, legend_bottom - font * 1.6 / 72 / lay.h
        else:
            fx, fy = x + width * (lay.legend_width + 0.02), top
        body = "\n".join(
            "\n".join(
                ("• " if i == 0 else "   ") + line
                for i, line in enumerate(textwrap.wrap(fact, max(fact_chars - 3, 12)))
            )
            for fact in facts
        )
        fig.text(
            fx,
            fy,
            tr("Key figures", lang=lang),
            ha="left",
            va="top",
            fontsize=font * 1.05,
            fontweight="bold",
            color=TEXT_COLOUR,
        )
        fig.text(
            fx,
            fy - font * 1.8 / 72 / lay.h,
            body,
            ha="left",
            va="top",
            fontsize=font * 0.95,
            color=TEXT_COLOUR,
            linespacing=1.45,
        )
