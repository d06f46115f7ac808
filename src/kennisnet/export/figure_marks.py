"""The ties and the people of the network picture: line collections and one scatter."""

from __future__ import annotations

import math

import numpy as np

from kennisnet.analysis import PersonResult
from kennisnet.export.attributes import Grouping
from kennisnet.export.figure_layout import Scene
from kennisnet.export.figure_page import (
    ARROW_LIMIT,
    RASTER_LIMIT,
    RING_TRAINED,
    RISK_COLOUR,
    TEXT_COLOUR,
    TIE_COLOUR,
    TRAINED_COLOUR,
    UNKNOWN_COLOUR,
    UNTRAINED_COLOUR,
    NetworkPicture,
    Point,
    cluster_colour,
)


def _face(person: PersonResult, picture: NetworkPicture) -> str:
    return face_colour(person, picture.color_by, picture.grouping)


def face_colour(person: PersonResult, color_by: str, grouping: Grouping | None) -> str:
    """The colour of a person's dot: by a staff-list column, by training or by cluster."""
    if grouping is not None:
        return grouping.colour(person.id)
    if color_by == "trained":
        if person.trained is True:
            return TRAINED_COLOUR
        return UNTRAINED_COLOUR if person.trained is False else UNKNOWN_COLOUR
    return cluster_colour(person.cluster)


def draw_ties(scene: Scene) -> None:
    """Ties: one collection (plus one for the ties of people leaving)."""
    from matplotlib.collections import LineCollection, PolyCollection

    picture, ax, xy, font = scene.picture, scene.ax, scene.xy, scene.font
    result = picture.result
    data_per_pt = scene.data_per_pt
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
                r = (scene.diameter(result.person(edge.source)) / 2 + 1.0) * data_per_pt
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
    if picture.emphasis is not None:
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


def draw_people(scene: Scene) -> list[Point]:
    """People: one scatter; faded when outside the emphasis. Returns the dots drawn."""
    from matplotlib.colors import to_rgba

    picture, ax, xy, font = scene.picture, scene.ax, scene.xy, scene.font
    result, emphasis = picture.result, picture.emphasis
    diameter = scene.diameter
    faces, edges, widths, sizes, coords = [], [], [], [], []
    for p in scene.people:
        d = diameter(p)
        faded = emphasis is not None and p.id not in emphasis
        alpha = 0.22 if faded else 0.95
        faces.append(to_rgba(_face(p, picture), alpha))
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
        # Arrays, not lists: matplotlib checks lists element by element (half the time).
        dots = ax.scatter(
            np.array([c[0] for c in coords]),
            np.array([c[1] for c in coords]),
            s=np.array(sizes),
            c=np.array(faces),
            edgecolors=np.array(edges),
            linewidths=np.array(widths),
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
    return coords
