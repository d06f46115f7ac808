"""Labels on the network picture: risk cluster names first, then people, without collisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kennisnet.analysis import ClusterResult
from kennisnet.export.figure_layout import Scene, text_size
from kennisnet.export.figure_page import RISK_COLOUR, TEXT_COLOUR, Point
from kennisnet.export.placement import DotGrid, LabelPlacer
from kennisnet.i18n import tr


def place_labels(
    scene: Scene,
    renderer: Any,
    coords: Sequence[Point],
    risk_shown: Sequence[tuple[ClusterResult, Sequence[Point]]],
    px_per_pt: float,
) -> None:
    """Name the risk clusters shown and the people to label, most important first."""
    picture, ax, xy, font, base = scene.picture, scene.ax, scene.xy, scene.font, scene.base
    result, naming = picture.result, picture.naming
    diameter = scene.diameter
    taken_px: list[tuple[float, float, float, float]] = []
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
        text = tr("Cluster {number} (risk)", lang=picture.lang, number=cluster.id)
        top = max(outline, key=lambda v: v[1])
        cx = sum(v[0] for v in outline) / len(outline)
        anchor = trans.transform((cx, top[1]))
        w, h = text_size(renderer, text, label_size, "bold")
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
        w, h = text_size(renderer, text, label_size, weight)
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
