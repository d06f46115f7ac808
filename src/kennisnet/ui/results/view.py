"""The interactive knowledge graph: zoom, pan, fit, hover, click, focus and levels of detail."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QLabel, QToolTip, QWidget

from kennisnet.export.attributes import Attribute, grouping, value_of
from kennisnet.export.sizes import LEARNERS, SizeBy, Sizing, sizing
from kennisnet.i18n import N_, ntr, tr
from kennisnet.model import Person
from kennisnet.ui.results.frame import Frame
from kennisnet.ui.results.layers import ClusterLayer, PeopleLayer
from kennisnet.ui.results.palette import ColourBy, Colours

ZOOM_STEP = 1.25
#: The note shown while the positions of a large network are still being worked out.
DRAWING_NOTE = N_("Drawing the network…")
#: A click is a press and release closer than this (pixels); more is a drag (pan).
CLICK_SLOP = 5


class GraphView(QGraphicsView):
    """Shows a :class:`Frame` as people or as clusters; the panel drives it."""

    person_clicked = Signal(int)
    cluster_clicked = Signal(int)
    background_clicked = Signal()
    #: "people" or "clusters"
    level_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QColor("#FAFAF7"))
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.frame: Frame | None = None
        self.people: PeopleLayer | None = None
        self.clusters: ClusterLayer | None = None
        self.level = "people"
        self.colour_by: str = ColourBy.CLUSTER
        self.colours: Colours | None = None
        #: What the dots are sized by: ``export.sizes`` key (LEARNERS: the default).
        self.size_by: str = LEARNERS
        #: The sizes by a number (None: by the colleagues who learn from someone).
        self.sizing: Sizing | None = None
        self.department: str | None = None
        #: The staff list (for colouring and filtering by any of its columns).
        self.roster: Sequence[Person] = ()
        #: Show only people with this value of this column: (key, value), or None.
        self.show_only: tuple[str, str] | None = None
        self.ego: int | None = None
        self.selected: int | None = None
        #: True when someone was found (to centre on) before the network was drawn.
        self.centre_later = False
        self._press: QPoint | None = None
        #: True until the user zooms or moves: then a resize keeps showing everything.
        self.auto_fit = True
        self._declutter = QTimer(self)
        self._declutter.setSingleShot(True)
        self._declutter.setInterval(0)
        self._declutter.timeout.connect(self.declutter)
        #: A note over the empty view (English, marked with N_), "" for none.
        self._note_text = ""
        self.note = QLabel(self)
        self.note.setObjectName("networkNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555; font-size: 11pt;")
        self.note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.note.setVisible(False)

    # -- content ----------------------------------------------------------------

    def set_frame(self, frame: Frame, level: str) -> None:
        """Show ``frame``; ``level`` is "people" or "clusters"."""
        self.show_note("")
        self.scene().clear()
        self.people = None
        self.clusters = None
        self.frame = frame
        self.ego = None
        self.selected = None
        self.centre_later = False
        self.level = ""
        xs = [p[0] for p in frame.positions.values()] or [0.0]
        ys = [p[1] for p in frame.positions.values()] or [0.0]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
        pad = max(rect.width(), rect.height())
        self.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))
        self.set_level(level)

    def show_note(self, text: str) -> None:
        """Show ``text`` (English, marked with N_) over the view; "" hides the note."""
        self._note_text = text
        self.note.setText(tr(text) if text else "")
        self.note.setVisible(bool(text))
        self.note.setGeometry(self.rect())

    def note_shown(self) -> str:
        """The note on the view in the current language ("" when none is shown)."""
        return self.note.text() if self.note.isVisible() else ""

    def clear(self) -> None:
        """Show nothing (the project was closed, or the network is not drawn yet)."""
        self.show_note("")
        self.scene().clear()
        self.people = None
        self.clusters = None
        self.frame = None
        self.colours = None
        self.ego = None
        self.selected = None
        self.level = "people"

    def _ensure_layer(self) -> None:
        assert self.frame is not None
        if self.level == "people" and self.people is None:
            self.people = PeopleLayer(self.scene(), self.frame)
        if self.level == "clusters" and self.clusters is None:
            self.clusters = ClusterLayer(self.scene(), self.frame)

    def set_level(self, level: str) -> None:
        if self.frame is None or level == self.level:
            return
        self.level = level
        self._ensure_layer()
        for layer, shown in ((self.people, level == "people"), (self.clusters, level != "people")):
            if layer is not None:
                for item in layer.items():
                    item.setVisible(shown)
        if self.people is not None and level == "people":
            self.set_colour_by(self.colour_by)
            self.set_size_by(self.size_by)
            self._apply_focus()
        if self.clusters is not None and level == "clusters":
            self.clusters.set_focus(self._department_clusters())
        self.fit()
        self.level_changed.emit(level)

    def set_colour_by(self, mode: str) -> None:
        """Colour by a :class:`ColourBy` or by the column with this key (``attributes``)."""
        self.colour_by = mode
        if self.frame is None:
            return
        modes = {m.value for m in ColourBy}
        by_column = None if mode in modes else grouping(self.roster, Attribute(mode))
        self.colours = Colours(self.frame.result, mode, by_column)
        if self.people is not None:
            self.people.set_colours(self.colours)

    def set_size_by(self, key: str) -> None:
        """Size the dots by an ``export.sizes`` choice (LEARNERS: colleagues who learn)."""
        self.size_by = key
        if self.frame is None or self.people is None:
            # Only the people's dots are sized: worked out when they are drawn (set_level).
            self.sizing = None
            return
        self.sizing = (
            None if key == LEARNERS else sizing(self.roster, SizeBy(key), self.frame.result)
        )
        if self.people is not None and (self.people.sizing or self.sizing) is not None:
            self.people.set_sizing(self.sizing)
            self._declutter.start()

    def retranslate(self) -> None:
        if self._note_text:
            self.note.setText(tr(self._note_text))
        for layer in (self.people, self.clusters):
            if layer is not None:
                layer.retranslate()
        self._declutter.start()

    # -- focus: department filter, ego view, selection -----------------------------

    def set_department(self, department: str | None) -> None:
        self.department = department
        if self.level == "people":
            self._apply_focus()
        elif self.clusters is not None:
            self.clusters.set_focus(self._department_clusters())

    def set_show_only(self, key: str | None, value: str | None) -> None:
        """Dim everyone without ``value`` in the column ``key`` (None: nobody dimmed)."""
        self.show_only = (key, value) if key is not None and value is not None else None
        if self.level == "people":
            self._apply_focus()
        elif self.clusters is not None:
            self.clusters.set_focus(self._department_clusters())

    def _filtered(self) -> set[int] | None:
        """The people the department and the 'show only' filters leave (None: everyone)."""
        if self.frame is None:
            return None
        chosen: set[int] | None = None
        if self.department is not None:
            chosen = {p.id for p in self.frame.result.people if p.department == self.department}
        if self.show_only is not None:
            key, value = self.show_only
            attribute = Attribute(key)
            having = {p.id for p in self.roster if value_of(p, attribute) == value}
            chosen = having if chosen is None else chosen & having
        return chosen

    def _department_clusters(self) -> set[int] | None:
        chosen = self._filtered()
        if self.frame is None or chosen is None:
            return None
        return {p.cluster for p in self.frame.result.people if p.id in chosen}

    def ego_members(self, pid: int) -> set[int]:
        assert self.people is not None
        return {pid, *self.people.sources.get(pid, ()), *self.people.learners.get(pid, ())}

    def set_ego(self, pid: int | None) -> None:
        """Show only this person with their sources and learners (None: everyone)."""
        if pid is not None and self.level != "people":
            self.set_level("people")
        self.ego = pid
        self._apply_focus()
        if self.people is not None:
            self.fit()

    def _apply_focus(self) -> None:
        if self.people is None or self.frame is None:
            return
        focus = self._filtered()
        if self.ego is not None and self.ego in self.people.index:
            ego = self.ego_members(self.ego)
            focus = ego if focus is None else (ego & focus) | {self.ego}
        names = self.ego is not None or (focus is not None and len(focus) <= 60)
        self.people.set_focus(focus, names=names)
        self.people.set_selected(self.selected)
        self._declutter.start()

    def select(self, pid: int | None, *, centre: bool = False) -> None:
        self.selected = pid
        if pid is not None and self.level != "people":
            self.set_level("people")
        if self.people is None:
            self.centre_later = centre and pid is not None
            return
        self.people.set_selected(pid)
        if pid is not None and centre and pid in self.people.index:
            if self.transform().m11() < self._fit_scale() * 2.0:
                self.zoom_to(self.people.rect(self.ego_members(pid)))
            self.centerOn(self.people.position(pid))
            self.auto_fit = False
        self._declutter.start()

    # -- zoom, pan, fit -----------------------------------------------------------

    def content_rect(self) -> QRectF:
        if self.level == "people" and self.people is not None:
            ids = self.ego_members(self.ego) if self.ego is not None else None
            return self.people.rect(ids)
        if self.clusters is not None:
            return self.clusters.rect()
        return QRectF()

    def _fit_scale(self) -> float:
        rect = self.content_rect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        return min(view.width() / rect.width(), view.height() / rect.height())

    def fit(self) -> None:
        self.zoom_to(self.content_rect())
        self.auto_fit = True

    def zoom_to(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        margin = max(rect.width(), rect.height()) * 0.04
        self.fitInView(
            rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.auto_fit = False
        self._declutter.start()

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        low = self._fit_scale() / 4
        new = min(max(current * factor, low), 60.0)
        if current > 0:
            self.scale(new / current, new / current)
        self.auto_fit = False
        self._declutter.start()

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_F:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.note.setGeometry(self.rect())
        if self.auto_fit:
            self.fit()
        self._declutter.start()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        super().scrollContentsBy(dx, dy)
        self._declutter.start()

    # -- names without overlaps ------------------------------------------------------

    def declutter(self) -> None:
        """Show the most important names that fit on screen without overlapping."""
        layer = self.people if self.level == "people" else self.clusters
        if layer is None:
            return
        labels = layer.all_labels() if isinstance(layer, PeopleLayer) else layer.labels
        view = QRectF(self.viewport().rect())
        taken: list[QRectF] = []
        dots = self._dot_rects()
        for label in sorted(labels, key=lambda lb: -lb.priority):
            if label.data(1) is False:
                label.setVisible(False)
                continue
            at = QPointF(self.mapFromScene(label.pos()))
            rect = label.boundingRect().translated(at)
            ok = view.contains(rect) and not any(rect.intersects(t) for t in taken)
            ok = ok and (label.priority >= 1000 or not any(rect.intersects(d) for d in dots))
            label.setVisible(ok)
            if ok:
                taken.append(rect)

    def _dot_rects(self) -> list[QRectF]:
        """Screen rectangles of the biggest dots (names should not cover them)."""
        if self.level != "people" or self.people is None:
            return []
        dots = self.people.dots
        order = sorted(range(len(dots.xs)), key=lambda i: -dots.radii[i])[:60]
        scale = self.transform().m11()
        out = []
        for i in order:
            c = QPointF(self.mapFromScene(QPointF(float(dots.xs[i]), float(dots.ys[i]))))
            r = float(dots.radii[i]) * scale
            if r >= 6:
                out.append(QRectF(c.x() - r * 0.7, c.y() - r * 0.7, r * 1.4, r * 1.4))
        return out

    # -- mouse: click and hover ------------------------------------------------------

    def _slack(self) -> float:
        return 4.0 / max(self.transform().m11(), 1e-6)

    def item_at(self, pos: QPoint) -> tuple[str, int] | None:
        """("person", id) or ("cluster", id) under a viewport position."""
        scene = self.mapToScene(pos)
        if self.level == "people" and self.people is not None:
            pid = self.people.person_at(scene.x(), scene.y(), self._slack())
            if pid is not None:
                return ("person", pid)
        if self.level == "clusters" and self.clusters is not None:
            cid = self.clusters.cluster_at(scene.x(), scene.y(), self._slack())
            if cid is not None:
                return ("cluster", cid)
        return None

    def view_position(self, pid: int) -> QPoint:
        """Where this person is drawn, in viewport coordinates (for tests and tours)."""
        assert self.people is not None
        return self.mapFromScene(self.people.position(pid))

    def cluster_view_position(self, cluster_id: int) -> QPoint:
        assert self.clusters is not None
        return self.mapFromScene(self.clusters.position(cluster_id))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is None or (pos - press).manhattanLength() > CLICK_SLOP:
            self.auto_fit = False
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.item_at(pos)
        if hit is None:
            self.background_clicked.emit()
        elif hit[0] == "person":
            self.person_clicked.emit(hit[1])
        else:
            self.cluster_clicked.emit(hit[1])

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        hit = self.item_at(pos)
        if hit is None or self.frame is None:
            return ""
        result = self.frame.result
        if hit[0] == "person":
            p = result.person(hit[1])
            lines = [p.name, p.department or tr("Department unknown")]
            lines.append(
                ntr(
                    "{count} colleague learns from this person",
                    "{count} colleagues learn from this person",
                    p.in_degree,
                )
            )
            lines.append(
                tr("Had formal training")
                if p.trained is True
                else tr("No formal training")
                if p.trained is False
                else tr("Training unknown")
            )
            if not p.responded:
                lines.append(tr("Did not fill in the survey"))
            lines.append(tr("Click for details"))
            return "\n".join(lines)
        cluster = result.cluster(hit[1])
        return "\n".join(
            [
                tr("Cluster {number}: {size} people", number=cluster.id, size=cluster.size),
                cluster.sentence.text(),
                tr("Click to see these people"),
            ]
        )

    def visible_people(self) -> Collection[int]:
        """People not dimmed (everyone when nothing is in focus)."""
        if self.people is None:
            return ()
        if self.people.focus is None:
            return list(self.people.ids)
        return sorted(self.people.focus)
