"""Risk clusters on the network picture: a soft shaded, dashed outline around their members."""

from __future__ import annotations

import math
from collections.abc import Sequence

from kennisnet.analysis import ClusterResult
from kennisnet.export.figure_layout import Scene
from kennisnet.export.figure_page import RISK_COLOUR, Point


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


def draw_risk_areas(scene: Scene) -> list[tuple[ClusterResult, list[Point]]]:
    """Shade the risk clusters that may be shown; returns them with their outlines."""
    from matplotlib.patches import Polygon

    picture, ax, xy, font = scene.picture, scene.ax, scene.xy, scene.font
    result, naming = picture.result, picture.naming
    risk_shown = []
    if picture.shade_risk:
        for cluster in result.risk_clusters:
            if naming.hidden(cluster.size):
                continue
            points = [xy[m] for m in cluster.members if m in xy]
            if len(points) < 1:
                continue
            biggest = max(scene.diameter(result.person(m)) for m in cluster.members if m in xy)
            outline = _outline(points, (biggest / 2 + font * 0.4) * scene.data_per_pt)
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
    return risk_shown
