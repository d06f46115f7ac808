"""Where to put name labels so that they do not collide (greedy, most important first).

Every label tries a ring of spots around its dot (right, left, above, below,
diagonals; near first, then further away with a thin leader line). A spot is
scored by how much it overlaps labels already placed (never allowed), how many
other dots it covers, and whether it leaves the drawing area. Dots are looked
up in a coarse grid, so this stays fast with 10,000 people.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels

#: (dx, dy) unit directions, in order of preference.
_DIRECTIONS: tuple[tuple[float, float], ...] = (
    (1.0, 0.0),
    (-1.0, 0.0),
    (0.0, 1.0),
    (0.0, -1.0),
    (0.75, 0.75),
    (-0.75, 0.75),
    (0.75, -0.75),
    (-0.75, -0.75),
)
_DISTANCES = (1.0, 2.2, 3.6)


@dataclass(frozen=True, slots=True)
class Spot:
    """A label's box (pixels) and its offset from the dot (pixels)."""

    box: Box
    dx: float
    dy: float
    #: Horizontal alignment of the text at the offset point.
    ha: str
    va: str
    far: bool


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


class DotGrid:
    """Dots (pixel centres) in a coarse grid for counting how many a box covers."""

    def __init__(
        self, points: Sequence[tuple[float, float]], cell: float, margin: float = 0.0
    ) -> None:
        self.cell = max(cell, 1.0)
        #: Dots this close to a box count as covered (their radius).
        self.margin = margin
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for x, y in points:
            self.cells.setdefault((int(x // self.cell), int(y // self.cell)), []).append((x, y))

    def count(self, box: Box) -> int:
        x0, y0, x1, y1 = pad_box(box, self.margin)
        found = 0
        for i in range(int(x0 // self.cell), int(x1 // self.cell) + 1):
            for j in range(int(y0 // self.cell), int(y1 // self.cell) + 1):
                for x, y in self.cells.get((i, j), ()):
                    if x0 <= x <= x1 and y0 <= y <= y1:
                        found += 1
        return found


class LabelPlacer:
    """Places label boxes one by one inside ``area`` without overlapping earlier ones."""

    def __init__(self, area: Box, dots: DotGrid, taken: Sequence[Box] = ()) -> None:
        self.area = area
        self.dots = dots
        self.taken: list[Box] = list(taken)

    def place(
        self, anchor: tuple[float, float], size: tuple[float, float], gap: float
    ) -> Spot | None:
        """The best free spot for a ``size`` (w, h) label near ``anchor``; None if none is free.

        ``gap`` is the distance from the dot's centre to the nearest label edge.
        """
        x, y = anchor
        w, h = size
        best: tuple[float, Spot] | None = None
        for distance_rank, factor in enumerate(_DISTANCES):
            for direction_rank, (ux, uy) in enumerate(_DIRECTIONS):
                d = gap * factor
                cx = x + ux * (d + w / 2)
                cy = y + uy * (d + h / 2)
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if any(_overlap(box, other) > 0 for other in self.taken):
                    continue
                outside = (
                    max(0.0, self.area[0] - box[0])
                    + max(0.0, box[2] - self.area[2])
                    + max(0.0, self.area[1] - box[1])
                    + max(0.0, box[3] - self.area[3])
                )
                if outside > 0:
                    continue
                covered = self.dots.count(box)
                score = covered * 10.0 + distance_rank * 12.0 + direction_rank * 0.5
                if best is None or score < best[0]:
                    ha = "left" if ux > 0.1 else "right" if ux < -0.1 else "center"
                    va = "bottom" if uy > 0.1 else "top" if uy < -0.1 else "center"
                    ox = box[0] if ha == "left" else box[2] if ha == "right" else cx
                    oy = box[1] if va == "bottom" else box[3] if va == "top" else cy
                    spot = Spot(box, ox - x, oy - y, ha, va, distance_rank > 0)
                    best = (score, spot)
            if best is not None and best[0] < 10.0 * (distance_rank + 1):
                break
        if best is None:
            return None
        self.taken.append(best[1].box)
        return best[1]


def pad_box(box: Box, pad: float) -> Box:
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])
