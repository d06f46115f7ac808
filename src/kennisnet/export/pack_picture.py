"""The picture of one team in the workshop pack: its people and their ties in and out.

The members get a small layout of their own (their ties within the team; the same
Fruchterman-Reingold layout as the big picture, seeded); the colleagues outside the
team that they learn from or who learn from them stand on a ring around it, each in
the direction of where they are in the export's layout of the whole network.
Black and white only, so that it reads when
copied: a filled dot is formally trained, an open dot not, a grey dot unknown; a
dashed ring marks someone in a risk cluster; solid lines stay inside the team,
dashed lines go out of it; colleagues outside are small squares.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from typing import Any

from kennisnet.analysis import AnalysisResult
from kennisnet.export.pack_groups import PackGroup

Point = tuple[float, float]

#: At most this many colleagues outside the team are drawn (those with most ties).
MAX_OUTSIDE = 48
#: At most this many members are named in the picture (most learners first).
MAX_LABELS = 10
INK = "#000000"
TRAINED_FACE = "#000000"
UNTRAINED_FACE = "#ffffff"
UNKNOWN_FACE = "#a6a6a6"
OUTSIDE_EDGE = "#555555"
RING = 1.32


def _inner(group: PackGroup) -> dict[int, Point]:
    """Members placed in the unit disc by a small layout of their own ties (seeded: the
    same pack every time), spread evenly: each keeps its direction from the middle, and
    its distance becomes its rank, so that a dense core opens up and loners stay out."""
    from kennisnet.layout import _layout_of

    index = {pid: i for i, pid in enumerate(group.members)}
    edges = sorted({tuple(sorted((index[a], index[b]))) for a, b in group.inside if a != b})
    points = _layout_of(len(group.members), [(a, b) for a, b in edges], 7)
    n = len(points)
    cx = sum(x for x, _ in points) / n
    cy = sum(y for _, y in points) / n
    order = sorted(range(n), key=lambda i: (math.hypot(points[i][0] - cx, points[i][1] - cy), i))
    out = {}
    for rank, i in enumerate(order):
        x, y = points[i][0] - cx, points[i][1] - cy
        r = math.hypot(x, y)
        # Equal areas of the disc for equal numbers of people.
        spread = 0.93 * math.sqrt((rank + 0.5) / n) if n > 1 else 0.0
        out[group.members[i]] = (x / r * spread, y / r * spread) if r > 1e-12 else (spread, 0.0)
    return out


def _outer(
    group: PackGroup, positions: Mapping[int, Point], members: set[int]
) -> tuple[dict[int, Point], int]:
    """Colleagues outside on a ring, in the direction where they are; and how many left off."""
    ties = Counter(
        other
        for learner, source in group.crossing
        for other in (learner, source)
        if other not in members
    )
    chosen = sorted(ties, key=lambda pid: (-ties[pid], pid))[:MAX_OUTSIDE]
    inside = [positions[pid] for pid in group.members if pid in positions]
    if inside:
        cx = sum(x for x, _ in inside) / len(inside)
        cy = sum(y for _, y in inside) / len(inside)
    else:
        cx = cy = 0.0

    def angle(pid: int) -> float:
        if pid in positions:
            x, y = positions[pid]
            if (x, y) != (cx, cy):
                return math.atan2(-(y - cy), x - cx)
        return (pid * 2.399963) % (2 * math.pi)  # the golden angle: spread evenly

    # In the order of their directions, evenly spaced so that none overlap.
    ordered = sorted(chosen, key=angle)
    out = {}
    if ordered:
        start = angle(ordered[0])
        step = 2 * math.pi / len(ordered)
        for i, pid in enumerate(ordered):
            a = start + i * step
            out[pid] = (RING * math.cos(a), RING * math.sin(a))
    return out, len(ties) - len(chosen)


def draw_team(
    ax: Any,
    result: AnalysisResult,
    group: PackGroup,
    positions: Mapping[int, Point],
    labels: Mapping[int, str],
    risk_members: frozenset[int],
    font: float = 7.0,
) -> int:
    """Draw ``group`` on ``ax``; returns how many colleagues outside were left off."""
    members = set(group.members)
    xy = _inner(group)
    outside, left_off = _outer(group, positions, members)
    xy_all = {**xy, **outside}
    ax.set_axis_off()
    ax.set_xlim(-1.42, 1.42)
    ax.set_ylim(-1.42, 1.42)
    ax.set_aspect("equal", adjustable="box")
    inner_ties = [(xy[a], xy[b]) for a, b in group.inside]
    outer_ties = [(xy_all[a], xy_all[b]) for a, b in group.crossing if a in xy_all and b in xy_all]
    n = max(len(inner_ties), 1)
    width = max(0.25, min(0.9, 12 / math.sqrt(n)))
    _ties(ax, outer_ties, OUTSIDE_EDGE, width * 0.8, (0, (3, 2)), 1)
    _ties(ax, inner_ties, INK, width, "solid", 2)
    # The ring around the team.
    from matplotlib.patches import Circle

    # add_artist, not add_patch: the limits are set, so the patch's extent is not worked out.
    ax.add_artist(Circle((0, 0), 1.08, fill=False, edgecolor="#b0b0b0", linewidth=0.6, zorder=0))
    if outside:
        ax.scatter(
            [p[0] for p in outside.values()],
            [p[1] for p in outside.values()],
            s=14,
            marker="s",
            facecolors="white",
            edgecolors=OUTSIDE_EDGE,
            linewidths=0.6,
            zorder=3,
        )
    people = [result.person(pid) for pid in group.members]
    scale = min(60.0, 20000 / max(len(people), 1))
    sizes = [scale * (1 + min(p.in_degree, 12) * 0.25) for p in people]
    faces = [
        TRAINED_FACE
        if p.trained is True
        else UNTRAINED_FACE
        if p.trained is False
        else UNKNOWN_FACE
        for p in people
    ]
    ax.scatter(
        [xy[p.id][0] for p in people],
        [xy[p.id][1] for p in people],
        s=sizes,
        c=faces,
        edgecolors=INK,
        linewidths=0.7,
        zorder=4,
    )
    risky = [(xy[p.id], s) for p, s in zip(people, sizes, strict=True) if p.id in risk_members]
    if risky:
        ax.scatter(
            [q[0] for q, _ in risky],
            [q[1] for q, _ in risky],
            s=[s * 2.2 + 25 for _, s in risky],
            facecolors="none",
            edgecolors=INK,
            linewidths=0.7,
            linestyles=(0, (2, 1.5)),
            zorder=3,
        )
    _labels(ax, {pid: (xy[pid], text) for pid, text in labels.items() if pid in xy}, font)
    return left_off


def _ties(
    ax: Any, segments: list[tuple[Point, Point]], colour: str, width: float, style: Any, z: int
) -> None:
    """Lines of one look as one path of separate pieces: drawn as a line collection would
    draw them (butt ends; a dash pattern starts anew on each piece), written to the PDF
    once instead of piece by piece."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    if not segments:
        return
    path = Path(
        [point for segment in segments for point in segment],
        [Path.MOVETO, Path.LINETO] * len(segments),
    )
    path.should_simplify = False  # every tie, however short
    ax.add_artist(  # not add_patch: the limits are set (see the ring)
        PathPatch(
            path,
            fill=False,
            edgecolor=colour,
            linewidth=width,
            linestyle=style,
            capstyle="butt",
            joinstyle="round",
            zorder=z,
        )
    )


#: Where a label may go beside its dot (points): right above, right below, left …
_OFFSETS = ((5, 3), (5, -10), (-5, 3), (-5, -10), (0, 8), (0, -15))


def _labels(ax: Any, labels: Mapping[int, tuple[Point, str]], font: float) -> None:
    """Name the most important people first, each where it overlaps no earlier label;
    a label that fits nowhere is left off (the list below the picture names them)."""
    from matplotlib.transforms import offset_copy

    ax.apply_aspect()
    scale = ax.figure.dpi / 72
    taken: list[tuple[float, float, float, float]] = []
    for (x, y), text in labels.values():
        px, py = ax.transData.transform((x, y))
        width, height = len(text) * font * 0.6 * scale, font * 1.25 * scale
        for dx, dy in _OFFSETS:
            left = px + dx * scale - (width if dx < 0 else width / 2 if dx == 0 else 0)
            bottom = py + dy * scale
            box = (left, bottom, left + width, bottom + height)
            if all(box[2] < t[0] or box[0] > t[2] or box[3] < t[1] or box[1] > t[3] for t in taken):
                taken.append(box)
                # A text moved by points from its dot: what ``annotate(textcoords="offset
                # points")`` draws, without an annotation's work for arrows and clipping.
                ax.text(
                    x,
                    y,
                    text,
                    transform=offset_copy(ax.transData, ax.figure, dx, dy, units="points"),
                    ha="right" if dx < 0 else "center" if dx == 0 else "left",
                    va="bottom",
                    fontsize=font,
                    color=INK,
                    zorder=6,
                    clip_on=False,
                    bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"},
                )
                break
