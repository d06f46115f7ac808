"""Graphics items that paint many people at once (fast at 2,000 and 10,000 people).

One item paints all dots and one item paints all arrows: thousands of separate
QGraphicsItems would make building the scene and hit-testing slow. Hit-testing
is done by the view with numpy (``nearest``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kennisnet.ui.results.palette import AFFECTED, LEAVING, RISK

#: Dots are never painted smaller than this (device pixels).
MIN_DOT_PX = 2.2
#: Arrowheads are left out when they would be smaller than this (device pixels).
MIN_ARROW_PX = 4.0
DIM_ALPHA = 40
#: Up to this many ties they are drawn smooth (antialiased); above, plain and fast (the
#: 1,951 ties between the clusters of 10,000 people took 0.4 s to paint smooth, 0.13 plain).
SMOOTH_TIES_MAX = 1500


def _lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class DotsItem(QGraphicsItem):
    """Dots (people or clusters) with colour, size, rings and dimming."""

    def __init__(self, xs: Sequence[float], ys: Sequence[float], radii: Sequence[float]) -> None:
        super().__init__()
        self.xs = np.asarray(xs, dtype=float)
        self.ys = np.asarray(ys, dtype=float)
        self.radii = np.asarray(radii, dtype=float)
        n = len(self.xs)
        self.colours: list[QColor] = [QColor("#5B7DB1")] * n
        self.open: list[bool] = [False] * n
        self.ringed: list[bool] = [False] * n
        self.affected: list[bool] = [False] * n
        self.dimmed: list[bool] = [False] * n
        self.selected: int | None = None
        self._fit_rect()
        self.setZValue(10)
        # Repaints of a part (a name moved, a hover) come from a picture of the dots.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_radii(self, radii: Sequence[float]) -> None:
        """Other sizes (the dots sized by another number)."""
        self.prepareGeometryChange()
        self.radii = np.asarray(radii, dtype=float)
        self._fit_rect()
        self.update()

    def _fit_rect(self) -> None:
        if len(self.xs):
            pad = float(self.radii.max()) + 20.0
            self._rect = QRectF(
                float(self.xs.min()) - pad,
                float(self.ys.min()) - pad,
                float(self.xs.max() - self.xs.min()) + 2 * pad,
                float(self.ys.max() - self.ys.min()) + 2 * pad,
            )
        else:
            self._rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect

    def nearest(self, x: float, y: float, slack: float) -> int | None:
        """Index of the dot under (x, y) in scene units, with ``slack`` extra radius."""
        if not len(self.xs):
            return None
        d = np.hypot(self.xs - x, self.ys - y) - self.radii
        i = int(np.argmin(d))
        return i if d[i] <= slack else None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = _lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = option.exposedRect
        minimum = MIN_DOT_PX / max(lod, 1e-6)
        outline = QPen(QColor(255, 255, 255, 220), 1.0)
        outline.setCosmetic(True)
        faint_outline = QPen(Qt.PenStyle.NoPen)
        ring = QPen(RISK, 2.5)
        ring.setCosmetic(True)
        affected_pen = QPen(AFFECTED, 3.0)
        affected_pen.setCosmetic(True)
        selected_pen = QPen(QColor("#111111"), 3.0)
        selected_pen.setCosmetic(True)
        left, right = exposed.left(), exposed.right()
        top, bottom = exposed.top(), exposed.bottom()
        order = range(len(self.xs))
        # Dimmed dots first, so that what is in focus is painted on top.
        for pass_dimmed in (True, False):
            for i in order:
                if self.dimmed[i] is not pass_dimmed:
                    continue
                x, y = float(self.xs[i]), float(self.ys[i])
                r = max(float(self.radii[i]), minimum)
                if x + r < left or x - r > right or y + r < top or y - r > bottom:
                    continue
                colour = QColor(self.colours[i])
                if pass_dimmed:
                    colour.setAlpha(DIM_ALPHA)
                if self.open[i]:
                    pen = QPen(colour, 2.0)
                    pen.setCosmetic(True)
                    painter.setPen(pen)
                    painter.setBrush(QColor(255, 255, 255, 60 if pass_dimmed else 235))
                else:
                    painter.setPen(faint_outline if pass_dimmed else outline)
                    painter.setBrush(colour)
                painter.drawEllipse(QPointF(x, y), r, r)
                if pass_dimmed:
                    continue
                if self.affected[i]:
                    painter.setPen(affected_pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    extra = 4.0 / lod
                    painter.drawEllipse(QPointF(x, y), r + extra, r + extra)
                elif self.ringed[i]:
                    painter.setPen(ring)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    extra = 2.5 / lod
                    painter.drawEllipse(QPointF(x, y), r + extra, r + extra)
        if self.selected is not None and 0 <= self.selected < len(self.xs):
            i = self.selected
            r = max(float(self.radii[i]), minimum) + 6.0 / lod
            painter.setPen(selected_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(float(self.xs[i]), float(self.ys[i])), r, r)


class CrossesItem(QGraphicsItem):
    """People who leave in a what-if: a grey cross at their old place."""

    def __init__(self, points: Sequence[tuple[float, float]], size: float) -> None:
        super().__init__()
        self.points = list(points)
        self.size = size
        xs = [p[0] for p in self.points] or [0.0]
        ys = [p[1] for p in self.points] or [0.0]
        pad = size * 2
        self._rect = QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        )
        self.setZValue(12)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = _lod(painter)
        s = max(self.size, 6.0 / lod)
        pen = QPen(LEAVING, 3.0)
        pen.setCosmetic(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 200))
        for x, y in self.points:
            painter.drawEllipse(QPointF(x, y), s, s)
            painter.drawLine(QPointF(x - s * 0.6, y - s * 0.6), QPointF(x + s * 0.6, y + s * 0.6))
            painter.drawLine(QPointF(x - s * 0.6, y + s * 0.6), QPointF(x + s * 0.6, y - s * 0.6))


class ArrowsItem(QGraphicsItem):
    """All ties as a few pre-built paths: faint ones and ones in focus, per line width."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self._rect = rect
        #: (line path, arrowhead path, colour, cosmetic width)
        self.layers: list[tuple[QPainterPath, QPainterPath, QColor, float]] = []
        self.arrow_size = 6.0
        self.antialias = True
        self.setZValue(5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect

    def set_layers(self, layers: list[tuple[QPainterPath, QPainterPath, QColor, float]]) -> None:
        self.layers = layers
        # Smooth lines cost five times as much to paint: with thousands of ties (where
        # they blur into a haze anyway) the window would wait for every repaint.
        elements = sum(lines.elementCount() for lines, _heads, _colour, _width in layers)
        self.antialias = elements <= SMOOTH_TIES_MAX * 2
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = _lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        show_arrows = self.arrow_size * lod >= MIN_ARROW_PX
        for lines, heads, colour, width in self.layers:
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(lines)
            if show_arrows and not heads.isEmpty():
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPath(heads)


def add_tie(
    lines: QPainterPath,
    heads: QPainterPath | None,
    start: tuple[float, float],
    end: tuple[float, float],
    start_gap: float,
    end_gap: float,
    arrow: float,
) -> bool:
    """A line from ``start`` to ``end`` stopping at the dots' edges, with an arrowhead at end.

    False when the dots touch (nothing to draw).
    """
    x1, y1 = start
    x2, y2 = end
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if length <= start_gap + end_gap + 1e-6:
        return False
    ux, uy = dx / length, dy / length
    sx, sy = x1 + ux * start_gap, y1 + uy * start_gap
    ex, ey = x2 - ux * end_gap, y2 - uy * end_gap
    lines.moveTo(sx, sy)
    if heads is None:
        lines.lineTo(ex, ey)
        return True
    bx, by = ex - ux * arrow, ey - uy * arrow
    lines.lineTo(bx, by)
    half = arrow * 0.45
    heads.moveTo(ex, ey)
    heads.lineTo(bx - uy * half, by + ux * half)
    heads.lineTo(bx + uy * half, by - ux * half)
    heads.closeSubpath()
    return True


class LabelItem(QGraphicsItem):
    """A name on a light background; keeps its size on screen whatever the zoom."""

    def __init__(self, text: str, *, bold: bool = False, colour: QColor | None = None) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(20)
        self.text = text
        self.font = QFont()
        self.font.setPointSizeF(9.0)
        self.font.setBold(bold)
        self.colour = colour or QColor("#1F1F1F")
        self._rect = QRectF()
        self.priority = 0.0
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.prepareGeometryChange()
        self.text = text
        metrics = QFontMetricsF(self.font)
        width = metrics.horizontalAdvance(text) + 8
        height = metrics.height() + 2
        self._rect = QRectF(3, -height / 2, width, height)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.setPen(self.colour)
        painter.setFont(self.font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


def hull_path(points: Iterable[tuple[float, float, float]], pad: float) -> QPainterPath:
    """A rounded convex hull around dots (x, y, radius), ``pad`` scene units around them."""
    cloud: list[tuple[float, float]] = []
    for x, y, r in points:
        reach = r + pad
        for k in range(12):
            angle = 2 * math.pi * k / 12
            cloud.append((x + reach * math.cos(angle), y + reach * math.sin(angle)))
    hull = convex_hull(cloud)
    path = QPainterPath()
    if len(hull) < 3:
        return path
    path.moveTo(*hull[0])
    for p in hull[1:]:
        path.lineTo(*p)
    path.closeSubpath()
    return path


def convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain; counter-clockwise, no repeated end point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def brush(colour: QColor, alpha: int) -> QBrush:
    c = QColor(colour)
    c.setAlpha(alpha)
    return QBrush(c)
