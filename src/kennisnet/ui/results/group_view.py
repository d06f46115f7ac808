"""The dashboard's "Groups" view: the group map of a big organisation, on a Qt canvas.

The same drawing as the exported overview picture (:mod:`kennisnet.export.group_map`):
departments (or clusters) as circles, learning between them as arrows. Click a circle
to list its people beside the map, most learners first, the department's ranked
knowledge holders marked. :class:`ViewChoice` is the toolbar's "Groups | People"
switch; the panel shows the group map by default from
:data:`kennisnet.analysis.ranking.BIG_PROJECT` people on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.groups import GroupSummary, summarise_groups
from kennisnet.analysis.ranking import HOLDERS_PER_DEPARTMENT
from kennisnet.export.figure_page import Page
from kennisnet.export.group_map import DrawnMap, GroupMapPicture, draw_group_map, group_label
from kennisnet.export.pseudonym import Naming
from kennisnet.i18n import N_, ntr, tr
from kennisnet.model import Person
from kennisnet.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from matplotlib.transforms import Transform

log = logging.getLogger("kennisnet.results")

GROUPS = "groups"
PEOPLE = "people"
#: Body text of the map on screen, in points.
SCREEN_FONT = 8.5
#: Dots per inch of the map on screen (times the screen's device pixel ratio).
DPI = 100.0
#: Shown while the map is drawn.
DRAWING_MAP = N_("Drawing the group map…")
#: The note's colour while the map is drawn.
GREY = "#6b7280"
PERSON_ROLE = Qt.ItemDataRole.UserRole


class ViewChoice(QWidget):
    """Two buttons: Groups (the group map) or People (every person)."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphViewChoice")
        self.groups_button = QPushButton()
        self.groups_button.setObjectName("showGroupsButton")
        self.people_button = QPushButton()
        self.people_button.setObjectName("showPeopleButton")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(0)
        for button in (self.groups_button, self.people_button):
            button.setCheckable(True)
            self._group.addButton(button)
            layout.addWidget(button)
        self.people_button.setChecked(True)
        self.groups_button.clicked.connect(lambda: self.changed.emit(GROUPS))
        self.people_button.clicked.connect(lambda: self.changed.emit(PEOPLE))
        self.retranslate()

    @property
    def mode(self) -> str:
        return GROUPS if self.groups_button.isChecked() else PEOPLE

    def set_mode(self, mode: str) -> None:
        (self.groups_button if mode == GROUPS else self.people_button).setChecked(True)

    def retranslate(self) -> None:
        self.groups_button.setText(tr("Groups"))
        self.groups_button.setToolTip(
            tr("One circle per department or cluster: readable for a big organisation")
        )
        self.people_button.setText(tr("People"))
        self.people_button.setToolTip(tr("Every person as a dot"))


@dataclass(frozen=True)
class _Wanted:
    """One drawing of the map: what is drawn, at which size (device pixels)."""

    result: AnalysisResult
    people: tuple[Person, ...]
    width: int
    height: int
    ratio: float
    lang: str

    def key(self) -> tuple[object, ...]:
        return (id(self.result), self.width, self.height, self.ratio, self.lang)


@dataclass(frozen=True)
class _Rendered:
    """A drawing made off the GUI thread: its pixels and where it put the circles."""

    wanted: _Wanted
    summary: GroupSummary
    naming: Naming
    #: Where the circles are (its ``axes`` left out: the figure is not kept).
    drawn: DrawnMap
    #: From the map's data coordinates to the image's pixels (y upwards).
    to_pixels: Transform
    #: Emptied once the image is made from it.
    pixels: bytes
    width: int
    height: int


def _render(wanted: _Wanted) -> _Rendered:
    """Count the groups and draw the map into pixels (on a worker thread: no Qt here).

    A figure of its own with matplotlib's Agg canvas: nothing in it is shared with the
    GUI thread until it is finished and handed over.
    """
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # With the staff list: a higher level of many departments (such as divisions) is found.
    summary = summarise_groups(wanted.result, people=wanted.people)
    naming = Naming.build(wanted.people, pseudonymised=False)
    dpi = DPI * wanted.ratio
    figure = Figure(figsize=(wanted.width / dpi, wanted.height / dpi), dpi=dpi)
    w, h = (float(v) for v in figure.get_size_inches())
    page = Page("screen", w, h, dpi, SCREEN_FONT)
    picture = GroupMapPicture(
        summary=summary, result=wanted.result, naming=naming, lang=wanted.lang
    )
    drawn = draw_group_map(figure, picture, page)
    canvas = FigureCanvasAgg(figure)
    # matplotlib's Agg backend carries no annotations (its other modules do).
    canvas.draw()  # type: ignore[no-untyped-call]
    rgba = np.asarray(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    height, width = int(rgba.shape[0]), int(rgba.shape[1])
    pixels = rgba.tobytes()
    to_pixels = drawn.axes.transData.frozen()
    # Nothing of the figure is kept: a figure is a web of references (its axes, canvas
    # and renderer point at each other) that only a full collection would free, and the
    # renderer holds the whole image. Emptied, and the renderer let go, it is freed.
    drawn = replace(drawn, axes=None)
    del rgba
    figure.clear()
    canvas.renderer = None
    return _Rendered(wanted, summary, naming, drawn, to_pixels, pixels, width, height)


class _MapImage(QWidget):
    """The drawn map as an image; a note while it is being drawn."""

    pressed = Signal(float, float)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.note = ""
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def set_note(self, note: str) -> None:
        self.note = note
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        image = self.image
        if image is not None:
            size = image.deviceIndependentSize()
            if round(size.width()) == self.width() and round(size.height()) == self.height():
                painter.drawImage(0, 0, image)
            else:
                # Drawn for another size (the new drawing follows): scaled meanwhile.
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                fitted = size.scaled(QSizeF(self.size()), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(QPointF(0, 0), fitted), image)
        if self.note:
            painter.setPen(QColor(GREY))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.note)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.pressed.emit(event.position().x(), event.position().y())
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.resized.emit()


class GroupMapView(QWidget):
    """The group map and, beside it, the people of the group clicked.

    The map is drawn by matplotlib (the same drawing as the exports) on a worker thread
    into an image: at 10,000 people a drawing takes a few tenths of a second, which on
    the GUI thread kept the window waiting each time it was drawn. Meanwhile the view
    says it is drawing; a drawing asked for while another is under way follows it, and
    only the newest is shown.
    """

    #: The index (into ``summary.groups``) of the group clicked.
    group_chosen = Signal(int)
    #: A drawing is on screen.
    drawn_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupMap")
        self.canvas = _MapImage()
        self.canvas.setObjectName("groupMapCanvas")
        self.caption = QLabel()
        self.caption.setObjectName("groupMapCaption")
        self.caption.setWordWrap(True)
        self.people = QListWidget()
        self.people.setObjectName("groupMapPeople")
        side = QVBoxLayout()
        side.addWidget(self.caption)
        side.addWidget(self.people, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(210)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(side_widget)
        self.result: AnalysisResult | None = None
        self._people: tuple[Person, ...] = ()
        self.summary: GroupSummary | None = None
        self.naming: Naming | None = None
        self.drawn: DrawnMap | None = None
        self.chosen: int | None = None
        #: The last drawing could not be made (its note says why).
        self.failed = False
        self._stale = True
        self._shown: _Rendered | None = None
        self._running: _Wanted | None = None
        self._pending: _Wanted | None = None
        self._task: Task | None = None
        self.canvas.pressed.connect(self._pressed)
        # A resize redraws once it settles (drawing at every step of a drag would only
        # queue drawings nobody sees).
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(200)
        self._settle.timeout.connect(self.redraw)
        self.canvas.resized.connect(self._settle.start)
        self.retranslate()

    def set_result(self, result: AnalysisResult | None, people: Sequence[Person] = ()) -> None:
        self.result = result
        self._people = tuple(people)
        self.summary = None
        self.naming = None
        self.drawn = None
        self._shown = None
        self.failed = False
        self.chosen = None
        self.people.clear()
        self._caption()
        self.canvas.set_image(None)
        self._pending = None  # a drawing of an older result is not wanted any more
        self._stale = True
        if self.isVisible():
            # Once the dashboard around it is filled in: its boxes change the canvas's
            # size a moment later, and each drawing takes tenths of a second.
            self.canvas.set_note(tr(DRAWING_MAP) if result is not None else "")
            self._settle.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            # Once the layout has given the canvas its size and the dashboard around it
            # is filled in (drawn now, the map had the size of the hidden canvas).
            self._settle.start()

    def busy(self) -> bool:
        """A drawing is under way or waiting."""
        return self._running is not None or self._pending is not None

    def wait(self, seconds: float = 30.0) -> None:
        """Block until the drawing under way is finished (for closing and for tests)."""
        if self._task is not None:
            self._task.done.wait(seconds)

    def ready(self) -> bool:
        """The map is on screen at the canvas's size (or it could not be drawn): nothing is
        being or waiting to be drawn."""
        done = self.drawn is not None or self.failed
        return done and not self.busy() and not self._settle.isActive()

    def redraw(self) -> None:
        """Draw the map at the canvas's size (later, when it is not visible)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.result is None:
            self.canvas.set_image(None)
            self.canvas.set_note("")
            return
        ratio = self.canvas.devicePixelRatioF() or 1.0
        wanted = _Wanted(
            result=self.result,
            people=self._people,
            width=max(1, round(self.canvas.width() * ratio)),
            height=max(1, round(self.canvas.height() * ratio)),
            ratio=ratio,
            lang=_language(),
        )
        for known in (self._shown.wanted if self._shown else None, self._running):
            if known is not None and known.key() == wanted.key():
                self._pending = None
                return  # this map at this size is on screen, or being drawn
        if self._shown is None or self._shown.wanted.result is not self.result:
            self.canvas.set_note(tr(DRAWING_MAP))
        if self._running is None:
            self._start(wanted)
        else:
            self._pending = wanted

    def _start(self, wanted: _Wanted) -> None:
        self._running = wanted
        self._task = run_task(
            lambda _progress, _cancelled: _render(wanted),
            on_done=self._rendered,
            on_error=self._failed,
            pool=_pool(),
        )
        # Kept until it is done, also when this view is closed before: the worker
        # thread still reports to the task's signals.
        _UNFINISHED[:] = [task for task in _UNFINISHED if not task.done.is_set()]
        _UNFINISHED.append(self._task)

    def _next(self) -> None:
        self._running, self._task = None, None
        pending, self._pending = self._pending, None
        if pending is not None:
            self._start(pending)

    def _rendered(self, rendered: _Rendered) -> None:
        if not shiboken6.isValid(self):
            return
        wanted = rendered.wanted
        if wanted.result is self.result and wanted.lang == _language():
            image = QImage(
                rendered.pixels,
                rendered.width,
                rendered.height,
                rendered.width * 4,
                QImage.Format.Format_RGBA8888,
            ).copy()
            image.setDevicePixelRatio(wanted.ratio)
            rendered = replace(rendered, pixels=b"")  # the image has its own copy
            self._shown = rendered
            self.failed = False
            self.summary, self.naming, self.drawn = (
                rendered.summary,
                rendered.naming,
                rendered.drawn,
            )
            self.canvas.set_note("")
            self.canvas.set_image(image)
            if self.chosen is not None:
                self.choose(self.chosen)
        self._next()
        if self._shown is rendered:
            self.drawn_ready.emit()

    def _failed(self, error: BaseException, trace: str) -> None:
        if not shiboken6.isValid(self):
            return
        log.error("the group map could not be drawn:\n%s", trace)
        self._next()
        if self._running is None:  # (else the next drawing follows: its note stays)
            self.failed = True
            self.canvas.set_note(tr("The group map could not be drawn: {error}", error=str(error)))

    def retranslate(self) -> None:
        self._caption()
        if self.chosen is not None and self.summary is not None:
            self.choose(self.chosen)
        self.redraw()

    def circle_centre(self, index: int) -> tuple[float, float] | None:
        """Where the group's circle is on the canvas, in widget pixels (for tests and tips)."""
        shown, drawn = self._shown, self.drawn
        if shown is None or drawn is None:
            return None
        for group, x, y, _r in drawn.circles:
            if group == index:
                px, py = shown.to_pixels.transform((x, y))
                ratio = shown.wanted.ratio
                return float(px) / ratio, (shown.height - float(py)) / ratio
        return None

    def choose(self, index: int) -> None:
        """List the people of group ``index``: most learners first."""
        result, summary, naming = self.result, self.summary, self.naming
        if result is None or summary is None or naming is None:
            return
        self.chosen = index
        group = summary.groups[index]
        # Holders are ranked within their own department: a group of departments (a
        # division, "other departments") marks the ranked holders of each of them.
        ranked = {pid for d in result.department_holders for pid in d.holders}
        marked = ranked.intersection(group.members)
        lines = [
            f"<b>{group_label(group, summary.by, naming, _language())}</b>",
            ntr("{count} person", "{count} people", group.size),
        ]
        if marked:
            lines.append(
                ntr(
                    "★ one of the {count} most asked in their department",
                    "★ one of the {count} most asked in their department",
                    HOLDERS_PER_DEPARTMENT,
                )
            )
        self.caption.setText("<br>".join(lines))
        self.people.clear()
        members = sorted(
            (result.person(pid) for pid in group.members), key=lambda p: (-p.in_degree, p.name)
        )
        for p in members:
            text = ntr(
                "{name}: {count} learner", "{name}: {count} learners", p.in_degree, name=p.name
            )
            if p.id in ranked:
                text = "★ " + text
            item = QListWidgetItem(text)
            item.setData(PERSON_ROLE, p.id)
            self.people.addItem(item)
        self.group_chosen.emit(index)

    def _pressed(self, x: float, y: float) -> None:
        shown, drawn = self._shown, self.drawn
        if shown is None or drawn is None:
            return
        ratio = shown.wanted.ratio
        data = shown.to_pixels.inverted().transform((x * ratio, shown.height - y * ratio))
        index = drawn.group_at(float(data[0]), float(data[1]))
        if index is not None:
            self.choose(index)

    def _caption(self) -> None:
        self.caption.setText(tr("Click a circle to see its people."))


#: Drawings under way (see ``GroupMapView._start``).
_UNFINISHED: list[Task] = []
_POOL: list[QThreadPool] = []


def _pool() -> QThreadPool:
    """One thread for the map's drawings, apart from the analysis's threads (a drawing
    never waits for an analysis to finish)."""
    if not _POOL:
        # A child of the application: when it quits, a drawing under way is finished
        # first (as for the global pool), not cut off in the middle of reporting.
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(1)
        _POOL.append(pool)
    return _POOL[0]


def _language() -> str:
    from kennisnet.i18n import language

    return language()
