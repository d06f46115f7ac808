"""The two levels of the graph: people (with ties, risk areas, names) and clusters."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from kennisnet.analysis import AnalysisResult, ClusterResult
from kennisnet.export.sizes import Sizing
from kennisnet.i18n import tr
from kennisnet.ui.results.frame import Frame, Point, cluster_radius, radius, sized_radius
from kennisnet.ui.results.items import (
    ArrowsItem,
    CrossesItem,
    DotsItem,
    LabelItem,
    add_tie,
    brush,
    hull_path,
)
from kennisnet.ui.results.palette import NEUTRAL, RISK, SMALL_GROUP, Colours

TIE_WIDTH = {1: 0.7, 2: 1.0, 3: 1.4, 4: 1.9}
TIE_COLOUR = QColor(80, 92, 112, 120)
TIE_FOCUS = QColor(30, 40, 60, 230)
TIE_FAINT = QColor(80, 92, 112, 22)
#: How many names are shown without zooming in (most important first; no overlaps).
MAX_NAMES = 40


class PeopleLayer:
    """Everyone as a dot, ties as arrows learner → source, risk clusters shaded."""

    def __init__(self, scene: QGraphicsScene, frame: Frame) -> None:
        self.scene = scene
        self.frame = frame
        result = frame.result
        self.people = result.people
        self.ids = [p.id for p in self.people]
        self.index = {pid: i for i, pid in enumerate(self.ids)}
        pos = frame.positions
        self.dots = DotsItem(
            [pos[p.id][0] for p in self.people],
            [pos[p.id][1] for p in self.people],
            [radius(p) for p in self.people],
        )
        self.dots.open = [not p.responded for p in self.people]
        self.dots.ringed = [p.habit_spreader for p in self.people]
        self.dots.affected = [p.id in frame.affected for p in self.people]
        scene.addItem(self.dots)
        self.sources: dict[int, list[int]] = {}
        self.learners: dict[int, list[int]] = {}
        for e in result.edges:
            self.sources.setdefault(e.learner, []).append(e.source)
            self.learners.setdefault(e.source, []).append(e.learner)
        self.arrows = ArrowsItem(self.dots.boundingRect())
        self.arrows.arrow_size = 7.0
        scene.addItem(self.arrows)
        self.hulls: list[QGraphicsPathItem] = []
        self.hull_labels: list[LabelItem] = []
        for cluster in result.risk_clusters:
            parts: dict[int, list[int]] = {}
            for m in cluster.members:
                if m in self.index:
                    group = frame.layout_groups.get(m, cluster.id)
                    parts.setdefault(group, []).append(self.index[m])
            ordered = sorted(parts.values(), key=len, reverse=True)
            for n, members in enumerate(ordered):
                if n and len(members) < 2:
                    continue
                path = hull_path(
                    ((self.dots.xs[i], self.dots.ys[i], self.dots.radii[i]) for i in members),
                    10.0,
                )
                item = QGraphicsPathItem(path)
                pen = QPen(RISK, 1.5, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                item.setPen(pen)
                item.setBrush(brush(RISK, 34))
                item.setZValue(1)
                item.setData(0, cluster.id)
                scene.addItem(item)
                self.hulls.append(item)
                if n == 0:
                    label = LabelItem("", bold=True, colour=RISK)
                    label.setData(0, cluster.id)
                    rect = path.boundingRect()
                    label.setPos(QPointF(rect.left(), rect.top() - 4))
                    label.priority = 1e9
                    scene.addItem(label)
                    self.hull_labels.append(label)
        self.crosses: CrossesItem | None = None
        self.leaver_labels: list[LabelItem] = []
        if frame.leavers:
            self.crosses = CrossesItem([(lv.x, lv.y) for lv in frame.leavers], 9.0)
            scene.addItem(self.crosses)
            for lv in frame.leavers:
                label = LabelItem(lv.name, bold=True, colour=QColor("#555555"))
                label.setPos(QPointF(lv.x + 9.0, lv.y))
                label.priority = 2e9
                scene.addItem(label)
                self.leaver_labels.append(label)
        self.labels: dict[int, LabelItem] = {}
        for pid, score in self.important():
            self._label(pid, score)
        self.focus: frozenset[int] | None = None
        #: The dots sized by a number (None: by the colleagues who learn from someone).
        self.sizing: Sizing | None = None
        #: Ties drawn (learner -> source), for tests and checks (None until drawn).
        self.tie_count: int | None = None
        self.retranslate()
        self.set_focus(None)

    # -- names ------------------------------------------------------------------

    def important(self) -> list[tuple[int, float]]:
        """People named on the graph without zooming in: key holders, gatekeepers, advice."""
        result = self.frame.result
        chosen: dict[int, float] = {}
        for p in self.people:
            score = 0.0
            if p.key_holder:
                score = 1000 + p.in_degree
            if p.habit_spreader:
                score += 500
            if p.gatekeeper_of > 0:
                score = max(score, 100 + 10 * p.gatekeeper_of)
            if p.id in self.frame.affected:
                score = max(score, 50.0)
            if score:
                chosen[p.id] = score
        for step in result.advice.steps:
            chosen[step.person_id] = max(chosen.get(step.person_id, 0.0), 80.0)
        ranked = sorted(chosen, key=lambda pid: -chosen[pid])[:MAX_NAMES]
        return [(pid, chosen[pid]) for pid in ranked]

    def _label(self, pid: int, priority: float | None = None) -> LabelItem:
        label = self.labels.get(pid)
        i = self.index[pid]
        person = self.people[i]
        if label is None:
            label = LabelItem(person.name, bold=person.key_holder)
            label.setPos(QPointF(self.dots.xs[i] + self.dots.radii[i], self.dots.ys[i]))
            label.setData(0, pid)
            self.scene.addItem(label)
            self.labels[pid] = label
        label.priority = (
            priority if priority is not None else max(label.priority, float(person.in_degree))
        )
        return label

    def all_labels(self) -> list[LabelItem]:
        return [*self.leaver_labels, *self.hull_labels, *self.labels.values()]

    def retranslate(self) -> None:
        for label in self.hull_labels:
            label.set_text(tr("Cluster {number} (risk)", number=int(label.data(0))))

    # -- state ------------------------------------------------------------------

    def set_colours(self, colours: Colours) -> None:
        self.dots.colours = [colours.colour(p) for p in self.people]
        self.dots.update()

    def set_sizing(self, sizing: Sizing | None) -> None:
        """Size the dots by a number (None: by the colleagues who learn from them)."""
        self.sizing = sizing
        if sizing is None:
            radii = [radius(p) for p in self.people]
        else:
            radii = [sized_radius(sizing.fraction(p.id)) for p in self.people]
        self.dots.set_radii(radii)
        for pid, label in self.labels.items():
            i = self.index[pid]
            label.setPos(QPointF(self.dots.xs[i] + self.dots.radii[i], self.dots.ys[i]))
        self._build_ties()  # the arrows end at the edge of the dots

    def set_focus(self, focus: Collection[int] | None, *, names: bool = False) -> None:
        """Dim everyone outside ``focus`` (None: nobody dimmed); optionally name them all."""
        chosen = frozenset(focus) if focus is not None else None
        # The ties are drawn again only when the focus changed (thousands at 10,000 people).
        same_ties = self.tie_count is not None and chosen == self.focus
        self.focus = chosen
        self.dots.dimmed = [self.focus is not None and pid not in self.focus for pid in self.ids]
        self.dots.update()
        if names and self.focus is not None:
            for pid in self.focus:
                if pid in self.index:
                    self._label(pid, 3e9 if pid == self.dots_selected_id() else None)
        for pid, label in self.labels.items():
            label.setData(1, self.focus is None or pid in self.focus)
        if not same_ties:
            self._build_ties()

    def dots_selected_id(self) -> int | None:
        i = self.dots.selected
        return self.ids[i] if i is not None else None

    def set_selected(self, pid: int | None) -> None:
        self.dots.selected = self.index.get(pid) if pid is not None else None
        if pid is not None and pid in self.index:
            self._label(pid, 4e9)
        self.dots.update()

    def _build_ties(self) -> None:
        pos = self.dots
        focus = self.focus
        buckets: dict[tuple[bool, int], tuple[QPainterPath, QPainterPath]] = {}
        arrow = self.arrows.arrow_size
        self.tie_count = 0
        for e in self.frame.result.edges:
            i, j = self.index.get(e.learner), self.index.get(e.source)
            if i is None or j is None:
                continue
            strong = focus is not None and e.learner in focus and e.source in focus
            key = (strong, min(max(e.weight, 1), 4))
            if key not in buckets:
                buckets[key] = (QPainterPath(), QPainterPath())
            lines, heads = buckets[key]
            self.tie_count += add_tie(
                lines,
                heads,
                (float(pos.xs[i]), float(pos.ys[i])),
                (float(pos.xs[j]), float(pos.ys[j])),
                float(pos.radii[i]),
                float(pos.radii[j]) + 1.0,
                arrow,
            )
        layers = []
        for (strong, weight), (lines, heads) in sorted(buckets.items()):
            if focus is None:
                colour = TIE_COLOUR
            else:
                colour = TIE_FOCUS if strong else TIE_FAINT
            layers.append((lines, heads, colour, TIE_WIDTH[weight] * (1.3 if strong else 1.0)))
        self.arrows.set_layers(layers)

    def rect(self, ids: Collection[int] | None = None) -> QRectF:
        """Scene rectangle around these people (default: everyone)."""
        if ids is None:
            rect = self.dots.boundingRect()
            for hull in self.hulls:
                rect = rect.united(hull.boundingRect())
            return rect
        idx = [self.index[p] for p in ids if p in self.index]
        if not idx:
            return self.dots.boundingRect()
        xs = [float(self.dots.xs[i]) for i in idx]
        ys = [float(self.dots.ys[i]) for i in idx]
        pad = max(float(self.dots.radii[i]) for i in idx) + 40.0
        return QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        )

    def person_at(self, x: float, y: float, slack: float) -> int | None:
        i = self.dots.nearest(x, y, slack)
        return self.ids[i] if i is not None else None

    def position(self, pid: int) -> QPointF:
        i = self.index[pid]
        return QPointF(float(self.dots.xs[i]), float(self.dots.ys[i]))

    def items(self) -> list[QGraphicsItem]:
        out: list[QGraphicsItem] = [self.dots, self.arrows, *self.hulls, *self.all_labels()]
        if self.crosses is not None:
            out.append(self.crosses)
        return out


def cluster_centres(
    clusters: Sequence[ClusterResult], positions: Mapping[int, Point]
) -> tuple[np.ndarray, np.ndarray]:
    """The mean position of each cluster's members (those with a position), in order."""
    index = [i for i, c in enumerate(clusters) for m in c.members if m in positions]
    points = np.array(
        [positions[m] for c in clusters for m in c.members if m in positions], dtype=float
    ).reshape(-1, 2)
    n = len(clusters)
    counts = np.maximum(np.bincount(np.asarray(index, dtype=np.int64), minlength=n), 1)
    xs = np.bincount(index, weights=points[:, 0], minlength=n) / counts if index else counts * 0.0
    ys = np.bincount(index, weights=points[:, 1], minlength=n) / counts if index else counts * 0.0
    return xs, ys


def tie_paths(
    result: AnalysisResult, xs: np.ndarray, ys: np.ndarray, radii: np.ndarray
) -> dict[int, QPainterPath]:
    """The lines between clusters (cluster ``i`` drawn at index ``i - 1``), by how many
    ties they stand for: bucket 1 (one), 2 (under 5), 3 (under 10), 4 (more)."""
    cluster_of = {p.id: -1 if p.cluster is None else p.cluster for p in result.people}
    edges = result.edges
    a = np.fromiter((cluster_of.get(e.learner, -1) for e in edges), np.int64, len(edges))
    b = np.fromiter((cluster_of.get(e.source, -1) for e in edges), np.int64, len(edges))
    keep = (a >= 0) & (b >= 0) & (a != b)
    low, high = np.minimum(a, b)[keep], np.maximum(a, b)[keep]
    span = int(high.max()) + 1 if len(high) else 1
    keys, counts = np.unique(low * span + high, return_counts=True)
    ia, ib = keys // span - 1, keys % span - 1
    dx, dy = xs[ib] - xs[ia], ys[ib] - ys[ia]
    length = np.hypot(dx, dy)
    drawn = length > radii[ia] + radii[ib] + 1e-6  # dots that touch: no line
    length = np.where(drawn, length, 1.0)
    ux, uy = dx / length, dy / length
    sx, sy = xs[ia] + ux * radii[ia], ys[ia] + uy * radii[ia]
    ex, ey = xs[ib] - ux * radii[ib], ys[ib] - uy * radii[ib]
    bucket = np.where(counts == 1, 1, np.where(counts < 5, 2, np.where(counts < 10, 3, 4)))
    buckets: dict[int, QPainterPath] = {}
    for number in (1, 2, 3, 4):
        chosen = drawn & (bucket == number)
        if not chosen.any():
            continue
        path = buckets[number] = QPainterPath()
        for x1, y1, x2, y2 in zip(
            sx[chosen].tolist(),
            sy[chosen].tolist(),
            ex[chosen].tolist(),
            ey[chosen].tolist(),
            strict=True,
        ):
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
    return buckets


class ClusterLayer:
    """Clusters as dots (size = members, red = risk), ties between clusters as lines."""

    def __init__(self, scene: QGraphicsScene, frame: Frame) -> None:
        result = frame.result
        self.clusters = result.clusters
        xs, ys = cluster_centres(self.clusters, frame.positions)
        self.dots = DotsItem(
            xs.tolist(), ys.tolist(), [cluster_radius(c.size) for c in self.clusters]
        )
        self.dots.colours = [
            QColor(RISK) if c.risk else QColor(NEUTRAL) if c.size >= 3 else QColor(SMALL_GROUP)
            for c in self.clusters
        ]
        scene.addItem(self.dots)
        buckets = tie_paths(result, self.dots.xs, self.dots.ys, self.dots.radii)
        self.arrows = ArrowsItem(self.dots.boundingRect())
        widths = {1: 0.6, 2: 1.3, 3: 2.4, 4: 4.0}
        faint = QColor(TIE_COLOUR)
        faint.setAlpha(55)
        self.arrows.set_layers(
            [
                (p, QPainterPath(), faint if b < 3 else TIE_COLOUR, widths[b])
                for b, p in sorted(buckets.items())
            ]
        )
        scene.addItem(self.arrows)
        self.labels: list[LabelItem] = []
        for c, x, y in zip(self.clusters, xs.tolist(), ys.tolist(), strict=True):
            if c.size < 3:
                continue
            label = LabelItem("", bold=c.risk, colour=RISK if c.risk else None)
            label.setData(0, c.id)
            label.setPos(QPointF(x + cluster_radius(c.size), y))
            label.priority = c.size + (1e6 if c.risk else 0)
            scene.addItem(label)
            self.labels.append(label)
        self.retranslate()

    def retranslate(self) -> None:
        for label in self.labels:
            c = self.clusters[int(label.data(0)) - 1]
            label.set_text(
                tr(
                    "{department} · {size}",
                    department=c.main_department or tr("department unknown"),
                    size=c.size,
                )
            )

    def set_focus(self, clusters: Collection[int] | None) -> None:
        self.dots.dimmed = [clusters is not None and c.id not in clusters for c in self.clusters]
        self.dots.update()

    def cluster_at(self, x: float, y: float, slack: float) -> int | None:
        i = self.dots.nearest(x, y, slack)
        return self.clusters[i].id if i is not None else None

    def rect(self) -> QRectF:
        return self.dots.boundingRect()

    def position(self, cluster_id: int) -> QPointF:
        i = cluster_id - 1
        return QPointF(float(self.dots.xs[i]), float(self.dots.ys[i]))

    def items(self) -> list[QGraphicsItem]:
        return [self.dots, self.arrows, *self.labels]
